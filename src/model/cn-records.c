/* cn-records.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Making and freeing the plain records that hold what an authority needs
 * to decide (conditions, steps, how to join, calls) and the catalog's own
 * lists (glossary, Israeli authorities, dataset metadata). The loader
 * fills them; the items and the catalog own them. */

#include "config.h"

#include "cn-model-private.h"

static void
clear_step (gpointer data)
{
  CnCommitmentStep *step = data;

  g_clear_pointer (&step->what, cn_text_free);
  g_clear_pointer (&step->sources, g_array_unref);
}

static void
clear_call (gpointer data)
{
  CnCall *call = data;

  g_clear_pointer (&call->title, cn_text_free);
  g_clear_pointer (&call->opens, g_free);
  g_clear_pointer (&call->closes, g_free);
  g_clear_pointer (&call->url, g_free);
  g_clear_pointer (&call->sources, g_array_unref);
}

static void
clear_glossary_entry (gpointer data)
{
  CnGlossaryEntry *entry = data;

  g_clear_pointer (&entry->term, g_free);
  g_clear_pointer (&entry->expansion, cn_text_free);
  g_clear_pointer (&entry->definition, cn_text_free);
  g_clear_pointer (&entry->sources, g_array_unref);
}

static void
clear_israeli_authority (gpointer data)
{
  CnIsraeliAuthority *authority = data;

  g_clear_pointer (&authority->authority, cn_text_free);
  g_clear_pointer (&authority->text, cn_text_free);
  g_clear_pointer (&authority->networks, g_ptr_array_unref);
  g_clear_pointer (&authority->sources, g_array_unref);
}

static GArray *
record_array_new (gsize          size,
                  GDestroyNotify clear)
{
  GArray *array = g_array_new (FALSE, TRUE, size);

  g_array_set_clear_func (array, clear);
  return array;
}

GArray *
_cn_commitment_step_array_new (void)
{
  return record_array_new (sizeof (CnCommitmentStep), clear_step);
}

GArray *
_cn_call_array_new (void)
{
  return record_array_new (sizeof (CnCall), clear_call);
}

GArray *
_cn_glossary_array_new (void)
{
  return record_array_new (sizeof (CnGlossaryEntry), clear_glossary_entry);
}

GArray *
_cn_israeli_authority_array_new (void)
{
  return record_array_new (sizeof (CnIsraeliAuthority), clear_israeli_authority);
}

CnEligibilityConditions *
_cn_eligibility_conditions_new (void)
{
  CnEligibilityConditions *conditions = g_new0 (CnEligibilityConditions, 1);

  conditions->areas = g_ptr_array_new ();
  conditions->authority_types = g_ptr_array_new ();
  conditions->process = CN_JOIN_PROCESS_UNKNOWN;
  conditions->sources = _cn_source_array_new ();
  return conditions;
}

void
_cn_eligibility_conditions_free (CnEligibilityConditions *conditions)
{
  if (conditions == NULL)
    return;
  g_clear_pointer (&conditions->population_note, cn_text_free);
  g_clear_pointer (&conditions->areas, g_ptr_array_unref);
  g_clear_pointer (&conditions->authority_types, g_ptr_array_unref);
  g_clear_pointer (&conditions->note, cn_text_free);
  g_clear_pointer (&conditions->sources, g_array_unref);
  g_free (conditions);
}

CnHowToJoin *
_cn_how_to_join_new (void)
{
  CnHowToJoin *how = g_new0 (CnHowToJoin, 1);

  how->sources = _cn_source_array_new ();
  return how;
}

void
_cn_how_to_join_free (CnHowToJoin *how)
{
  if (how == NULL)
    return;
  g_clear_pointer (&how->steps, cn_text_free);
  g_free (how->contact_url);
  g_strfreev (how->languages);
  g_clear_pointer (&how->reporting_platform, cn_text_free);
  g_clear_pointer (&how->sources, g_array_unref);
  g_free (how);
}

void
_cn_dataset_info_free (CnDatasetInfo *info)
{
  if (info == NULL)
    return;
  g_clear_pointer (&info->title, cn_text_free);
  g_clear_pointer (&info->publisher, cn_text_free);
  g_free (info->version);
  g_free (info->published);
  g_free (info);
}
