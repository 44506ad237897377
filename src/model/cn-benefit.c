/* cn-benefit.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cn-model-private.h"

G_DEFINE_FINAL_TYPE (CnBenefit, cn_benefit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cn_benefit_finalize (GObject *object)
{
  CnBenefit *self = (CnBenefit *)object;

  g_free (self->id);
  g_clear_pointer (&self->title, cn_text_free);
  g_clear_pointer (&self->summary, cn_text_free);
  g_clear_pointer (&self->explanation, cn_text_free);
  g_clear_pointer (&self->in_practice, cn_text_free);
  g_clear_pointer (&self->deliveries, g_array_unref);
  g_clear_pointer (&self->sources, g_array_unref);
  g_free (self->verified);

  G_OBJECT_CLASS (cn_benefit_parent_class)->finalize (object);
}

static void
cn_benefit_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CnBenefit *self = CN_BENEFIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, cn_text_get (self->title));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, cn_text_get (self->summary));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_benefit_class_init (CnBenefitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cn_benefit_finalize;
  object_class->get_property = cn_benefit_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cn_benefit_init (CnBenefit *self)
{
  self->deliveries = g_array_new (FALSE, TRUE, sizeof (CnDelivery));
  self->sources = _cn_source_array_new ();
}

guint
cn_benefit_get_position (CnBenefit *self)
{
  g_return_val_if_fail (CN_IS_BENEFIT (self), 0);
  return self->position;
}

const char *
cn_benefit_get_id (CnBenefit *self)
{
  g_return_val_if_fail (CN_IS_BENEFIT (self), NULL);
  return self->id;
}

const CnText *
cn_benefit_get_title (CnBenefit *self)
{
  g_return_val_if_fail (CN_IS_BENEFIT (self), NULL);
  return self->title;
}

const CnText *
cn_benefit_get_summary (CnBenefit *self)
{
  g_return_val_if_fail (CN_IS_BENEFIT (self), NULL);
  return self->summary;
}

const CnText *
cn_benefit_get_explanation (CnBenefit *self)
{
  g_return_val_if_fail (CN_IS_BENEFIT (self), NULL);
  return self->explanation;
}

const CnText *
cn_benefit_get_in_practice (CnBenefit *self)
{
  g_return_val_if_fail (CN_IS_BENEFIT (self), NULL);
  return self->in_practice;
}

/**
 * cn_benefit_get_deliveries:
 *
 * Returns: the networks that deliver this benefit, in catalog order, each
 *   with its example
 */
const CnDelivery *
cn_benefit_get_deliveries (CnBenefit *self,
                           guint     *n_deliveries)
{
  g_return_val_if_fail (CN_IS_BENEFIT (self), NULL);
  *n_deliveries = self->deliveries->len;
  return (const CnDelivery *) (gpointer) self->deliveries->data;
}

const CnSource *
cn_benefit_get_sources (CnBenefit *self,
                        guint     *n_sources)
{
  g_return_val_if_fail (CN_IS_BENEFIT (self), NULL);
  *n_sources = self->sources->len;
  return (const CnSource *) (gpointer) self->sources->data;
}

const char *
cn_benefit_get_verified (CnBenefit *self)
{
  g_return_val_if_fail (CN_IS_BENEFIT (self), NULL);
  return self->verified;
}
