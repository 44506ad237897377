/* cn-case-study.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cn-model-private.h"

G_DEFINE_FINAL_TYPE (CnCaseStudy, cn_case_study, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_section (gpointer data)
{
  CnCaseSection *section = data;

  g_free (section->id);
  g_clear_pointer (&section->title, cn_text_free);
  g_clear_pointer (&section->body, cn_text_free);
  g_clear_pointer (&section->networks, g_ptr_array_unref);
  g_clear_pointer (&section->sources, g_array_unref);
}

static void
clear_achievement (gpointer data)
{
  CnAchievement *achievement = data;

  g_clear_pointer (&achievement->title, cn_text_free);
  g_clear_pointer (&achievement->text, cn_text_free);
  g_clear_pointer (&achievement->networks, g_ptr_array_unref);
  g_clear_pointer (&achievement->sources, g_array_unref);
}

static void
clear_event (gpointer data)
{
  CnTimelineEvent *event = data;

  g_clear_pointer (&event->event, cn_text_free);
  g_clear_pointer (&event->networks, g_ptr_array_unref);
  g_clear_pointer (&event->sources, g_array_unref);
}

static void
cn_case_study_finalize (GObject *object)
{
  CnCaseStudy *self = (CnCaseStudy *)object;

  g_free (self->id);
  g_clear_pointer (&self->title, cn_text_free);
  g_clear_pointer (&self->summary, cn_text_free);
  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_pointer (&self->achievements, g_array_unref);
  g_clear_pointer (&self->timeline, g_array_unref);
  g_clear_pointer (&self->sources, g_array_unref);
  g_free (self->verified);

  G_OBJECT_CLASS (cn_case_study_parent_class)->finalize (object);
}

static void
cn_case_study_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CnCaseStudy *self = CN_CASE_STUDY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, cn_text_get (self->title));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_case_study_class_init (CnCaseStudyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cn_case_study_finalize;
  object_class->get_property = cn_case_study_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cn_case_study_init (CnCaseStudy *self)
{
  self->sections = g_array_new (FALSE, TRUE, sizeof (CnCaseSection));
  g_array_set_clear_func (self->sections, clear_section);
  self->achievements = g_array_new (FALSE, TRUE, sizeof (CnAchievement));
  g_array_set_clear_func (self->achievements, clear_achievement);
  self->timeline = g_array_new (FALSE, TRUE, sizeof (CnTimelineEvent));
  g_array_set_clear_func (self->timeline, clear_event);
  self->sources = _cn_source_array_new ();
}

const char *
cn_case_study_get_id (CnCaseStudy *self)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), NULL);
  return self->id;
}

const CnText *
cn_case_study_get_title (CnCaseStudy *self)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), NULL);
  return self->title;
}

const CnText *
cn_case_study_get_summary (CnCaseStudy *self)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), NULL);
  return self->summary;
}

const CnCaseSection *
cn_case_study_get_sections (CnCaseStudy *self,
                            guint       *n_sections)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), NULL);
  *n_sections = self->sections->len;
  return (const CnCaseSection *) (gpointer) self->sections->data;
}

const CnAchievement *
cn_case_study_get_achievements (CnCaseStudy *self,
                                guint       *n_achievements)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), NULL);
  *n_achievements = self->achievements->len;
  return (const CnAchievement *) (gpointer) self->achievements->data;
}

const CnTimelineEvent *
cn_case_study_get_timeline (CnCaseStudy *self,
                            guint       *n_events)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), NULL);
  *n_events = self->timeline->len;
  return (const CnTimelineEvent *) (gpointer) self->timeline->data;
}

const CnSource *
cn_case_study_get_sources (CnCaseStudy *self,
                           guint       *n_sources)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), NULL);
  *n_sources = self->sources->len;
  return (const CnSource *) (gpointer) self->sources->data;
}

const char *
cn_case_study_get_verified (CnCaseStudy *self)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), NULL);
  return self->verified;
}

/**
 * cn_case_study_find_section_for_network:
 *
 * Returns: (nullable): the first section that discusses @network
 */
const CnCaseSection *
cn_case_study_find_section_for_network (CnCaseStudy *self,
                                        CnNetwork   *network)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), NULL);
  g_return_val_if_fail (CN_IS_NETWORK (network), NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      const CnCaseSection *section = &g_array_index (self->sections, CnCaseSection, i);

      if (g_ptr_array_find (section->networks, network, NULL))
        return section;
    }

  return NULL;
}

gboolean
cn_case_study_mentions_network (CnCaseStudy *self,
                                CnNetwork   *network)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY (self), FALSE);

  if (cn_case_study_find_section_for_network (self, network) != NULL)
    return TRUE;

  for (guint i = 0; i < self->timeline->len; i++)
    if (g_ptr_array_find (g_array_index (self->timeline, CnTimelineEvent, i).networks, network, NULL))
      return TRUE;

  for (guint i = 0; i < self->achievements->len; i++)
    if (g_ptr_array_find (g_array_index (self->achievements, CnAchievement, i).networks, network, NULL))
      return TRUE;

  return FALSE;
}
