/* cn-catalog-reader-decide.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parts of a network record that an authority decides with: the fee,
 * the flags, the conditions of eligibility, the steps membership asks
 * for, how to join and the dated calls. Each is optional in the schema;
 * whatever is given is checked like the rest of the record. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-catalog-private.h"

static const CnFieldEnumValue fee_statuses[] = {
  { "none", CN_FEE_NONE },
  { "fee", CN_FEE_PAID },
  { "unknown", CN_FEE_UNKNOWN },
  { "not-applicable", CN_FEE_NOT_APPLICABLE },
  { NULL, 0 }
};

static const CnFieldEnumValue processes[] = {
  { "open-application", CN_JOIN_PROCESS_OPEN_APPLICATION },
  { "selection", CN_JOIN_PROCESS_SELECTION },
  { "invitation", CN_JOIN_PROCESS_INVITATION },
  { "competition", CN_JOIN_PROCESS_COMPETITION },
  { "approval", CN_JOIN_PROCESS_APPROVAL },
  { "unknown", CN_JOIN_PROCESS_UNKNOWN },
  { NULL, 0 }
};

static const CnFieldEnumValue call_kinds[] = {
  { "call", CN_CALL_KIND_CALL },
  { "award-edition", CN_CALL_KIND_AWARD_EDITION },
  { "deadline", CN_CALL_KIND_DEADLINE },
  { NULL, 0 }
};

/* The largest number of months a step may be due in or repeat after: a
 * century says "wrong field" more than "long commitment". */
#define MAX_MONTHS 1200

static void
read_fee (CnCatalogLoader *L,
          JsonObject      *obj,
          CnNetwork       *network)
{
  static const char * const allowed[] = { "status", "amount", "year", "sources", NULL };
  static const char * const required[] = { "status", "sources", NULL };
  JsonObject *fee = _cn_field_object (L, obj, "fee");
  int status;

  if (fee == NULL)
    return;

  _cn_loader_push_key (L, "fee");
  _cn_field_check_members (L, fee, allowed, required);
  /* -1: absent or not a status, already reported. */
  status = _cn_field_enum (L, fee, "status", fee_statuses, -1);
  network->fee_status = status >= 0 ? (CnFeeStatus) status : CN_FEE_UNKNOWN;
  network->fee_amount = _cn_field_text (L, fee, "amount");
  network->fee_year = _cn_field_year (L, fee, "year");
  _cn_field_sources (L, fee, network->fee_sources);
  if (status >= 0 && status != CN_FEE_PAID && network->fee_amount != NULL)
    _cn_loader_problem (L, "amount", CN_CATALOG_ERROR_INVALID_VALUE,
                        _("an amount is given only when the status is “fee”"));
  _cn_loader_pop (L);
}

static void
read_conditions (CnCatalogLoader *L,
                 JsonObject      *obj,
                 CnNetwork       *network)
{
  static const char * const allowed[] = {
    "population_min", "population_note", "areas", "authority_types", "process", "note", "sources", NULL
  };
  static const char * const required[] = { "process", "sources", NULL };
  JsonObject *sub = _cn_field_object (L, obj, "eligibility_conditions");
  CnEligibilityConditions *conditions;
  int population;

  if (sub == NULL)
    return;

  conditions = network->conditions = _cn_eligibility_conditions_new ();
  _cn_loader_push_key (L, "eligibility_conditions");
  _cn_field_check_members (L, sub, allowed, required);
  population = _cn_field_count (L, sub, "population_min", 1, G_MAXINT);
  conditions->population_min = MAX (population, 0);
  conditions->population_note = _cn_field_text (L, sub, "population_note");
  _cn_field_references (L, sub, "areas", L->area_by_id, _("eligible area"), conditions->areas);
  _cn_field_references (L, sub, "authority_types", L->authority_type_by_id, _("authority type"),
                        conditions->authority_types);
  conditions->process = _cn_field_enum (L, sub, "process", processes, CN_JOIN_PROCESS_UNKNOWN);
  conditions->note = _cn_field_text (L, sub, "note");
  _cn_field_sources (L, sub, conditions->sources);
  _cn_loader_pop (L);
}

static void
read_step (CnCatalogLoader *L,
           JsonObject      *s,
           guint            position,
           gpointer         user_data)
{
  static const char * const allowed[] = { "what", "due_months", "repeat_months", "sources", NULL };
  static const char * const required[] = { "what", "sources", NULL };
  CnNetwork *network = user_data;
  CnCommitmentStep step = { 0 };
  int repeat;

  _cn_field_check_members (L, s, allowed, required);
  step.what = _cn_field_text (L, s, "what");
  step.due_months = _cn_field_count (L, s, "due_months", 0, MAX_MONTHS);
  repeat = _cn_field_count (L, s, "repeat_months", 1, MAX_MONTHS);
  step.repeat_months = MAX (repeat, 0);
  step.sources = _cn_source_array_new ();
  _cn_field_sources (L, s, step.sources);
  g_array_append_val (network->commitment_steps, step);
}

static void
read_how_to_join (CnCatalogLoader *L,
                  JsonObject      *obj,
                  CnNetwork       *network)
{
  static const char * const allowed[] = {
    "steps", "contact_url", "languages", "reporting_platform", "sources", NULL
  };
  static const char * const required[] = { "steps", "sources", NULL };
  JsonObject *sub = _cn_field_object (L, obj, "how_to_join");
  CnHowToJoin *how;

  if (sub == NULL)
    return;

  how = network->how_to_join = _cn_how_to_join_new ();
  _cn_loader_push_key (L, "how_to_join");
  _cn_field_check_members (L, sub, allowed, required);
  how->steps = _cn_field_text (L, sub, "steps");
  how->contact_url = _cn_field_url (L, sub, "contact_url");
  how->languages = _cn_field_language_codes (L, sub, "languages");
  how->reporting_platform = _cn_field_text (L, sub, "reporting_platform");
  _cn_field_sources (L, sub, how->sources);
  _cn_loader_pop (L);
}

static void
read_call (CnCatalogLoader *L,
           JsonObject      *c,
           guint            position,
           gpointer         user_data)
{
  static const char * const allowed[] = { "title", "kind", "opens", "closes", "url", "sources", NULL };
  static const char * const required[] = { "title", "kind", "url", "sources", NULL };
  CnNetwork *network = user_data;
  CnCall call = { 0 };

  _cn_field_check_members (L, c, allowed, required);
  call.network = network;
  call.title = _cn_field_text (L, c, "title");
  call.kind = _cn_field_enum (L, c, "kind", call_kinds, CN_CALL_KIND_CALL);
  call.opens = _cn_field_date (L, c, "opens");
  call.closes = _cn_field_date (L, c, "closes");
  /* The dates have one form, so their text order is their time order. */
  if (call.opens != NULL && call.closes != NULL && strcmp (call.opens, call.closes) > 0)
    _cn_loader_problem (L, "closes", CN_CATALOG_ERROR_INVALID_VALUE,
                        _("the call closes (%s) before it opens (%s)"), call.closes, call.opens);
  call.url = _cn_field_url (L, c, "url");
  call.sources = _cn_source_array_new ();
  _cn_field_sources (L, c, call.sources);
  g_array_append_val (network->calls, call);
}

/* Reads what an authority decides with into @network. */
void
_cn_read_network_decide (CnCatalogLoader *L,
                         JsonObject      *obj,
                         CnNetwork       *network)
{
  read_fee (L, obj, network);
  _cn_field_references (L, obj, "flags", L->flag_by_id, _("flag"), network->flags);
  read_conditions (L, obj, network);
  _cn_field_objects (L, obj, "commitment_steps", read_step, network);
  read_how_to_join (L, obj, network);
  _cn_field_objects (L, obj, "calls", read_call, network);
}
