/* cn-network.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cn-model-private.h"

G_DEFINE_FINAL_TYPE (CnNetwork, cn_network, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ACRONYM,
  PROP_SUMMARY,
  PROP_WEBSITE,
  PROP_ENDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_source (gpointer data)
{
  CnSource *source = data;

  g_free (source->title);
  g_free (source->url);
}

static void
clear_programme (gpointer data)
{
  CnProgramme *programme = data;

  g_clear_pointer (&programme->name, cn_text_free);
  g_clear_pointer (&programme->description, cn_text_free);
}

static void
clear_benefit_link (gpointer data)
{
  CnBenefitLink *link = data;

  g_clear_pointer (&link->example, cn_text_free);
}

static void
clear_dated_text (gpointer data)
{
  CnDatedText *dated = data;

  g_clear_pointer (&dated->text, cn_text_free);
}

GArray *
_cn_source_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (CnSource));
  g_array_set_clear_func (array, clear_source);
  return array;
}

GArray *
_cn_programme_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (CnProgramme));
  g_array_set_clear_func (array, clear_programme);
  return array;
}

GArray *
_cn_benefit_link_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (CnBenefitLink));
  g_array_set_clear_func (array, clear_benefit_link);
  return array;
}

GArray *
_cn_dated_text_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (CnDatedText));
  g_array_set_clear_func (array, clear_dated_text);
  return array;
}

static void
cn_network_finalize (GObject *object)
{
  CnNetwork *self = (CnNetwork *)object;

  g_free (self->id);
  g_clear_pointer (&self->name, cn_text_free);
  g_free (self->acronym);
  g_strfreev (self->aliases);
  g_clear_pointer (&self->status_note, cn_text_free);
  g_clear_pointer (&self->successor_name, cn_text_free);
  g_free (self->successor_website);
  g_clear_pointer (&self->founders, cn_text_free);
  g_clear_pointer (&self->secretariat, cn_text_free);
  g_clear_pointer (&self->summary, cn_text_free);
  g_clear_pointer (&self->description, cn_text_free);
  g_clear_pointer (&self->eligibility, cn_text_free);
  g_clear_pointer (&self->israel_eligibility_note, cn_text_free);
  g_clear_pointer (&self->cost, cn_text_free);
  g_clear_pointer (&self->commitments, cn_text_free);
  g_clear_pointer (&self->size, cn_text_free);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->programmes, g_array_unref);
  g_clear_pointer (&self->benefits, g_array_unref);
  g_clear_pointer (&self->israel, g_array_unref);
  g_clear_pointer (&self->unconfirmed, cn_text_free);
  g_free (self->website);
  g_clear_pointer (&self->sources, g_array_unref);
  g_free (self->verified);
  g_clear_pointer (&self->guide, cn_text_free);
  g_clear_pointer (&self->short_name, cn_text_free);
  g_clear_pointer (&self->fee_amount, cn_text_free);
  g_clear_pointer (&self->fee_sources, g_array_unref);
  g_clear_pointer (&self->flags, g_ptr_array_unref);
  g_clear_pointer (&self->conditions, _cn_eligibility_conditions_free);
  g_clear_pointer (&self->commitment_steps, g_array_unref);
  g_clear_pointer (&self->how_to_join, _cn_how_to_join_free);
  g_clear_pointer (&self->calls, g_array_unref);

  G_OBJECT_CLASS (cn_network_parent_class)->finalize (object);
}

static void
cn_network_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CnNetwork *self = CN_NETWORK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, cn_text_get (self->name));
      break;

    case PROP_ACRONYM:
      g_value_set_string (value, self->acronym);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, cn_text_get (self->summary));
      break;

    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;

    case PROP_ENDED:
      g_value_set_boolean (value, self->status == CN_NETWORK_STATUS_ENDED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_network_class_init (CnNetworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cn_network_finalize;
  object_class->get_property = cn_network_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACRONYM] =
    g_param_spec_string ("acronym", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENDED] =
    g_param_spec_boolean ("ended", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cn_network_init (CnNetwork *self)
{
  self->themes = g_ptr_array_new ();
  self->regions = g_ptr_array_new ();
  self->programmes = _cn_programme_array_new ();
  self->benefits = _cn_benefit_link_array_new ();
  self->israel = _cn_dated_text_array_new ();
  self->sources = _cn_source_array_new ();
  self->fee_status = CN_FEE_UNKNOWN;
  self->fee_sources = _cn_source_array_new ();
  self->flags = g_ptr_array_new ();
  self->commitment_steps = _cn_commitment_step_array_new ();
  self->calls = _cn_call_array_new ();
}

#define GETTER(type, name, field) \
  type cn_network_get_##name (CnNetwork *self) \
  { \
    g_return_val_if_fail (CN_IS_NETWORK (self), (type) 0); \
    return self->field; \
  }

GETTER (guint, position, position)
GETTER (const char *, id, id)
GETTER (const CnText *, name, name)
GETTER (const char *, acronym, acronym)
GETTER (CnNetworkKind, kind, kind)
GETTER (CnNetworkStatus, status, status)
GETTER (int, status_year, status_year)
GETTER (const CnText *, status_note, status_note)
GETTER (const CnText *, successor_name, successor_name)
GETTER (const char *, successor_website, successor_website)
GETTER (CnNetwork *, successor, successor)
GETTER (int, founded, founded)
GETTER (const CnText *, founders, founders)
GETTER (const CnText *, secretariat, secretariat)
GETTER (const CnText *, summary, summary)
GETTER (const CnText *, description, description)
GETTER (const CnText *, eligibility, eligibility)
GETTER (CnIsraelEligibility, israel_eligibility, israel_eligibility)
GETTER (const CnText *, israel_eligibility_note, israel_eligibility_note)
GETTER (const CnText *, cost, cost)
GETTER (const CnText *, commitments, commitments)
GETTER (const CnText *, size, size)
GETTER (int, size_year, size_year)
GETTER (const CnText *, unconfirmed, unconfirmed)
GETTER (const char *, website, website)
GETTER (const char *, verified, verified)
GETTER (const CnText *, guide, guide)
GETTER (const CnText *, short_name, short_name)
GETTER (CnFeeStatus, fee_status, fee_status)
GETTER (const CnText *, fee_amount, fee_amount)
GETTER (int, fee_year, fee_year)
GETTER (const CnEligibilityConditions *, eligibility_conditions, conditions)
GETTER (const CnHowToJoin *, how_to_join, how_to_join)

#undef GETTER

const char * const *
cn_network_get_aliases (CnNetwork *self)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  return (const char * const *) self->aliases;
}

const CnTerm * const *
cn_network_get_themes (CnNetwork *self,
                       guint     *n_themes)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_themes = self->themes->len;
  return (const CnTerm * const *) self->themes->pdata;
}

const CnTerm * const *
cn_network_get_regions (CnNetwork *self,
                        guint     *n_regions)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_regions = self->regions->len;
  return (const CnTerm * const *) self->regions->pdata;
}

const CnProgramme *
cn_network_get_programmes (CnNetwork *self,
                           guint     *n_programmes)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_programmes = self->programmes->len;
  return (const CnProgramme *) (gpointer) self->programmes->data;
}

const CnBenefitLink *
cn_network_get_benefits (CnNetwork *self,
                         guint     *n_benefits)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_benefits = self->benefits->len;
  return (const CnBenefitLink *) (gpointer) self->benefits->data;
}

const CnDatedText *
cn_network_get_israel (CnNetwork *self,
                       guint     *n_israel)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_israel = self->israel->len;
  return (const CnDatedText *) (gpointer) self->israel->data;
}

const CnSource *
cn_network_get_sources (CnNetwork *self,
                        guint     *n_sources)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_sources = self->sources->len;
  return (const CnSource *) (gpointer) self->sources->data;
}

const CnSource *
cn_network_get_fee_sources (CnNetwork *self,
                            guint     *n_sources)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_sources = self->fee_sources->len;
  return (const CnSource *) (gpointer) self->fee_sources->data;
}

const CnTerm * const *
cn_network_get_flags (CnNetwork *self,
                      guint     *n_flags)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_flags = self->flags->len;
  return (const CnTerm * const *) self->flags->pdata;
}

/**
 * cn_network_has_flag:
 * @flag_id: a flag's id, such as "states-only"
 *
 * Returns: whether the record carries the flag
 */
gboolean
cn_network_has_flag (CnNetwork  *self,
                     const char *flag_id)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), FALSE);
  g_return_val_if_fail (flag_id != NULL, FALSE);

  for (guint i = 0; i < self->flags->len; i++)
    if (g_str_equal (((CnTerm *) g_ptr_array_index (self->flags, i))->id, flag_id))
      return TRUE;
  return FALSE;
}

const CnCommitmentStep *
cn_network_get_commitment_steps (CnNetwork *self,
                                 guint     *n_steps)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_steps = self->commitment_steps->len;
  return (const CnCommitmentStep *) (gpointer) self->commitment_steps->data;
}

const CnCall *
cn_network_get_calls (CnNetwork *self,
                      guint     *n_calls)
{
  g_return_val_if_fail (CN_IS_NETWORK (self), NULL);
  *n_calls = self->calls->len;
  return (const CnCall *) (gpointer) self->calls->data;
}
