/* cn-fit.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Which networks fit us?": a questionnaire's answers against each network's
 * structured facts (benefits, themes, fee, status, flags, eligibility
 * conditions, commitment steps). The rule, documented in the README's "Fit
 * finder scoring":
 *
 * - points only for confirmed matches: each wanted benefit the network
 *   delivers, each wanted theme it works on, and a confirmed absence of a
 *   fee;
 * - a confirmed fact that rules the network out (ended, renamed, closed to
 *   applications, states only, a population floor above the answer, no
 *   eligible area or authority type) is a blocker: the network is ranked
 *   after every network without one, whatever its points;
 * - what the data does not confirm is listed as unknown and neither adds
 *   points nor excludes;
 * - equal scores keep the dataset's order.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-benefit.h"
#include "cn-catalog.h"
#include "cn-fit.h"
#include "cn-network.h"

static const char * const region_names[] = {
  [CN_FIT_REGION_EU_MEMBER] = "eu-member",
  [CN_FIT_REGION_EU_NEIGHBOURHOOD_MEDITERRANEAN] = "eu-neighbourhood-mediterranean",
  [CN_FIT_REGION_ELSEWHERE] = "elsewhere",
};

static const char * const fee_names[] = {
  [CN_FIT_FEE_UNSURE] = "unsure",
  [CN_FIT_FEE_YES] = "yes",
  [CN_FIT_FEE_NO] = "no",
};

static const char * const staff_names[] = {
  [CN_FIT_STAFF_LOW] = "low",
  [CN_FIT_STAFF_MEDIUM] = "medium",
  [CN_FIT_STAFF_HIGH] = "high",
};

static gboolean
enum_from_string (const char * const *names,
                  guint               n_names,
                  const char         *string,
                  int                *value)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], string) == 0)
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

const char *
cn_fit_region_to_string (CnFitRegion region)
{
  g_return_val_if_fail (region < G_N_ELEMENTS (region_names), NULL);
  return region_names[region];
}

gboolean
cn_fit_region_from_string (const char  *string,
                           CnFitRegion *region)
{
  int value;

  if (!enum_from_string (region_names, G_N_ELEMENTS (region_names), string, &value))
    return FALSE;
  *region = value;
  return TRUE;
}

const char *
cn_fit_fee_to_string (CnFitFee fee)
{
  g_return_val_if_fail (fee < G_N_ELEMENTS (fee_names), NULL);
  return fee_names[fee];
}

gboolean
cn_fit_fee_from_string (const char *string,
                        CnFitFee   *fee)
{
  int value;

  if (!enum_from_string (fee_names, G_N_ELEMENTS (fee_names), string, &value))
    return FALSE;
  *fee = value;
  return TRUE;
}

const char *
cn_fit_staff_to_string (CnFitStaff staff)
{
  g_return_val_if_fail (staff < G_N_ELEMENTS (staff_names), NULL);
  return staff_names[staff];
}

gboolean
cn_fit_staff_from_string (const char *string,
                          CnFitStaff *staff)
{
  int value;

  if (!enum_from_string (staff_names, G_N_ELEMENTS (staff_names), string, &value))
    return FALSE;
  *staff = value;
  return TRUE;
}

/* Notes */

static void
note_clear (gpointer data)
{
  CnFitNote *note = data;

  g_clear_pointer (&note->text, g_free);
}

static void
add_note (CnFitResult   *result,
          CnFitNoteKind  kind,
          CnFitFact      fact,
          const CnText  *detail,
          char          *text)
{
  CnFitNote note = { kind, fact, text, detail };

  g_array_append_val (result->notes, note);
  if (kind == CN_FIT_NOTE_BLOCKER)
    result->blocked = TRUE;
}

/* "a, b and c" would need per-language grammar: a list separated by the
 * translators' separator is enough for names. */
static char *
join_labels (GPtrArray *labels)
{
  /* Translators: separates the items of a list, as in "Energy, Water" */
  const char *separator = _(", ");

  g_ptr_array_add (labels, NULL);
  return g_strjoinv (separator, (char **) labels->pdata);
}

static gboolean
strv_contains (const char * const *strv,
               const char         *id)
{
  return strv != NULL && id != NULL && g_strv_contains (strv, id);
}

static guint
strv_length0 (const char * const *strv)
{
  return strv != NULL ? g_strv_length ((char **) strv) : 0;
}

/* Benefits and themes: the points. */

static void
score_benefits (CnFitResult        *result,
                const CnFitAnswers *answers)
{
  guint n_wanted = strv_length0 (answers->benefits);
  g_autoptr(GPtrArray) names = NULL;
  const CnBenefitLink *links;
  guint n_links;

  if (n_wanted == 0)
    return;

  names = g_ptr_array_new ();
  links = cn_network_get_benefits (result->network, &n_links);
  for (guint i = 0; i < n_links; i++)
    if (links[i].benefit != NULL && strv_contains (answers->benefits, cn_benefit_get_id (links[i].benefit)))
      g_ptr_array_add (names, (gpointer) cn_text_get (cn_benefit_get_title (links[i].benefit)));

  result->n_benefits = names->len;
  result->score += CN_FIT_POINTS_BENEFIT * names->len;
  if (names->len > 0)
    {
      g_autofree char *list = join_labels (names);

      add_note (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_BENEFITS, NULL,
                /* Translators: "Delivers 3 of your 4 benefits: Knowledge sharing, …" */
                g_strdup_printf (ngettext ("Delivers %u of your %u benefits: %s",
                                           "Delivers %u of your %u benefits: %s", n_wanted),
                                 result->n_benefits, n_wanted, list));
    }
}

static void
score_themes (CnFitResult        *result,
              const CnFitAnswers *answers)
{
  guint n_wanted = strv_length0 (answers->themes);
  g_autoptr(GPtrArray) names = NULL;
  const CnTerm * const *themes;
  guint n_themes;

  if (n_wanted == 0)
    return;

  names = g_ptr_array_new ();
  themes = cn_network_get_themes (result->network, &n_themes);
  for (guint i = 0; i < n_themes; i++)
    if (strv_contains (answers->themes, themes[i]->id))
      g_ptr_array_add (names, (gpointer) cn_text_get (themes[i]->label));

  result->n_themes = names->len;
  result->score += CN_FIT_POINTS_THEME * names->len;
  if (names->len > 0)
    {
      g_autofree char *list = join_labels (names);

      add_note (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_THEMES, NULL,
                /* Translators: "Works on 2 of your 3 themes: Energy, Water" */
                g_strdup_printf (ngettext ("Works on %u of your %u themes: %s",
                                           "Works on %u of your %u themes: %s", n_wanted),
                                 result->n_themes, n_wanted, list));
    }
}

static void
score_fee (CnFitResult        *result,
           const CnFitAnswers *answers)
{
  CnNetwork *network = result->network;

  switch (cn_network_get_fee_status (network))
    {
    case CN_FEE_NONE:
      result->score += CN_FIT_POINTS_NO_FEE;
      add_note (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_FEE, NULL, g_strdup (_("No membership fee")));
      break;

    case CN_FEE_PAID:
      if (answers->can_pay_fee == CN_FIT_FEE_NO)
        add_note (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_FEE, cn_network_get_fee_amount (network),
                  g_strdup (_("Charges a membership fee, and you cannot pay one")));
      else
        add_note (result, CN_FIT_NOTE_CAUTION, CN_FIT_FACT_FEE, cn_network_get_fee_amount (network),
                  g_strdup (_("Charges a membership fee")));
      break;

    case CN_FEE_UNKNOWN:
      add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_FEE, NULL, g_strdup (_("Fee not confirmed")));
      break;

    case CN_FEE_NOT_APPLICABLE:
    default:
      break;
    }
}

/* Status and flags: whether anyone can join at all. */

static void
check_status (CnFitResult *result)
{
  CnNetwork *network = result->network;
  int year = cn_network_get_status_year (network);

  switch (cn_network_get_status (network))
    {
    case CN_NETWORK_STATUS_ENDED:
      add_note (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_STATUS, cn_network_get_status_note (network),
                year > 0 ? g_strdup_printf (_("Ended in %d"), year) : g_strdup (_("Ended")));
      break;

    case CN_NETWORK_STATUS_RENAMED:
      add_note (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_STATUS, cn_network_get_status_note (network),
                g_strdup (_("Renamed: look at its successor instead")));
      break;

    case CN_NETWORK_STATUS_UNCONFIRMED:
      add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_STATUS, cn_network_get_status_note (network),
                g_strdup (_("Whether it is still active is not confirmed")));
      break;

    case CN_NETWORK_STATUS_ACTIVE:
    default:
      break;
    }

  if (cn_network_has_flag (network, "application-closed"))
    add_note (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_APPLICATIONS, NULL,
              g_strdup (_("Closed to new members")));
}

/* Who may apply */

/* 3000000 → "3,000,000": English and Hebrew both group by thousands with a
 * comma, and the C locale the tests run in would not group at all. */
static char *
format_count (int count)
{
  g_autofree char *digits = g_strdup_printf ("%d", count);
  GString *out = g_string_new (NULL);
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

static void
check_population (CnFitResult                   *result,
                  const CnFitAnswers            *answers,
                  const CnEligibilityConditions *conditions)
{
  int floor = conditions != NULL ? conditions->population_min : 0;
  const CnText *note = conditions != NULL ? conditions->population_note : NULL;
  g_autofree char *count = NULL;

  if (floor <= 0)
    {
      /* No floor in the data: it may have none, or it may not be known.
       * The record's note, if any, is shown for the reader to judge. */
      add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_POPULATION, note,
                g_strdup (_("Population threshold not confirmed")));
      return;
    }

  count = format_count (floor);
  if (answers->population <= 0)
    add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_POPULATION, note,
              /* Translators: %s is a number of residents, e.g. 50,000 */
              g_strdup_printf (_("Needs more than %s residents; you did not give your population"), count));
  else if (answers->population < floor)
    add_note (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_POPULATION, note,
              g_strdup_printf (_("Only for authorities of more than %s residents"), count));
  else
    /* Meeting the floor is a condition met, not a benefit: no points. */
    add_note (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_POPULATION, note,
              g_strdup_printf (_("Your population meets its floor of %s residents"), count));
}

typedef enum
{
  AREA_NO,
  AREA_UNKNOWN,
  AREA_YES,
} AreaMatch;

/* Whether an authority in @region is inside the eligible area @area. Only
 * what follows from the words themselves is a yes or a no: an EU member
 * may or may not be on the Mediterranean, a country "elsewhere" may be in
 * Europe or Africa. */
static AreaMatch
match_area (const char  *area,
            CnFitRegion  region)
{
  if (g_strcmp0 (area, "global") == 0)
    return AREA_YES;

  switch (region)
    {
    case CN_FIT_REGION_EU_MEMBER:
      if (g_strcmp0 (area, "eu-member") == 0 || g_strcmp0 (area, "europe") == 0)
        return AREA_YES;
      if (g_strcmp0 (area, "mediterranean") == 0)
        return AREA_UNKNOWN;
      if (g_strcmp0 (area, "eu-neighbourhood-mediterranean") == 0 || g_strcmp0 (area, "north-america") == 0 ||
          g_strcmp0 (area, "asia-pacific") == 0 || g_strcmp0 (area, "africa") == 0 ||
          g_strcmp0 (area, "latin-america") == 0)
        return AREA_NO;
      return AREA_UNKNOWN;

    case CN_FIT_REGION_EU_NEIGHBOURHOOD_MEDITERRANEAN:
      if (g_strcmp0 (area, "eu-neighbourhood-mediterranean") == 0 || g_strcmp0 (area, "mediterranean") == 0)
        return AREA_YES;
      if (g_strcmp0 (area, "eu-member") == 0 || g_strcmp0 (area, "europe") == 0 ||
          g_strcmp0 (area, "north-america") == 0 || g_strcmp0 (area, "asia-pacific") == 0 ||
          g_strcmp0 (area, "latin-america") == 0)
        return AREA_NO;
      /* Part of the southern neighbourhood is in Africa. */
      return AREA_UNKNOWN;

    case CN_FIT_REGION_ELSEWHERE:
    default:
      if (g_strcmp0 (area, "eu-member") == 0 || g_strcmp0 (area, "eu-neighbourhood-mediterranean") == 0)
        return AREA_NO;
      return AREA_UNKNOWN;
    }
}

static void
check_areas (CnFitResult                   *result,
             const CnFitAnswers            *answers,
             const CnEligibilityConditions *conditions)
{
  g_autoptr(GPtrArray) yes = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (conditions == NULL || conditions->areas == NULL || conditions->areas->len == 0)
    {
      add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_AREA, NULL,
                g_strdup (_("Where applicants may come from is not confirmed")));
      return;
    }

  for (guint i = 0; i < conditions->areas->len; i++)
    {
      const CnTerm *area = g_ptr_array_index (conditions->areas, i);
      const char *label = cn_text_get (area->label);

      g_ptr_array_add (all, (gpointer) label);
      switch (match_area (area->id, answers->region))
        {
        case AREA_YES:
          g_ptr_array_add (yes, (gpointer) label);
          break;
        case AREA_UNKNOWN:
          g_ptr_array_add (unknown, (gpointer) label);
          break;
        case AREA_NO:
        default:
          break;
        }
    }

  if (yes->len > 0)
    {
      list = join_labels (yes);
      add_note (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_AREA, NULL,
                /* Translators: %s names eligible areas, e.g. "EU southern neighbourhood (Mediterranean)" */
                g_strdup_printf (_("Open to your area: %s"), list));
    }
  else if (unknown->len > 0)
    {
      list = join_labels (unknown);
      add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_AREA, NULL,
                g_strdup_printf (_("Open to %s; whether that includes you is not confirmed"), list));
    }
  else
    {
      list = join_labels (all);
      add_note (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_AREA, NULL,
                g_strdup_printf (_("Only for applicants from: %s"), list));
    }
}

/* A city is run by its municipality, and both are local authorities: what
 * a network lists accepts these answers. Anything else must be named. */
static AreaMatch
match_authority_type (const char *listed,
                      const char *answer)
{
  if (g_strcmp0 (listed, answer) == 0)
    return AREA_YES;
  if (g_strcmp0 (listed, "local-authority") == 0 &&
      (g_strcmp0 (answer, "city") == 0 || g_strcmp0 (answer, "municipality") == 0))
    return AREA_YES;
  if ((g_strcmp0 (listed, "city") == 0 && g_strcmp0 (answer, "municipality") == 0) ||
      (g_strcmp0 (listed, "municipality") == 0 && g_strcmp0 (answer, "city") == 0))
    return AREA_YES;
  /* A local authority that is not a city (a local or regional council)
   * where the network names cities: the words do not settle it. */
  if ((g_strcmp0 (listed, "city") == 0 || g_strcmp0 (listed, "municipality") == 0) &&
      g_strcmp0 (answer, "local-authority") == 0)
    return AREA_UNKNOWN;
  return AREA_NO;
}

static void
check_authority_type (CnFitResult                   *result,
                      const CnFitAnswers            *answers,
                      const CnEligibilityConditions *conditions)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autofree char *list = NULL;
  gboolean states_only = cn_network_has_flag (result->network, "states-only");
  gboolean only_national = TRUE;
  AreaMatch best = AREA_NO;
  const char *answer = answers->authority_type;

  if (answer == NULL || answer[0] == '\0')
    return;

  if (states_only && g_strcmp0 (answer, "national-government") != 0)
    {
      add_note (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_STATES_ONLY, NULL,
                g_strdup (_("Only states can join")));
      return;
    }

  if (conditions == NULL || conditions->authority_types == NULL || conditions->authority_types->len == 0)
    {
      add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_AUTHORITY_TYPE, NULL,
                g_strdup (_("Which kinds of authority may apply is not confirmed")));
      return;
    }

  for (guint i = 0; i < conditions->authority_types->len; i++)
    {
      const CnTerm *type = g_ptr_array_index (conditions->authority_types, i);

      g_ptr_array_add (all, (gpointer) cn_text_get (type->label));
      best = MAX (best, match_authority_type (type->id, answer));
      if (g_strcmp0 (type->id, "national-government") != 0)
        only_national = FALSE;
    }

  list = join_labels (all);
  if (best == AREA_YES)
    add_note (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_AUTHORITY_TYPE, NULL,
              /* Translators: %s lists kinds of authority, e.g. "City, Municipality" */
              g_strdup_printf (_("Your kind of authority may apply (%s)"), list));
  else if (best == AREA_UNKNOWN)
    add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_AUTHORITY_TYPE, NULL,
              g_strdup_printf (_("Open to %s; whether your kind of authority counts is not confirmed"), list));
  else if (only_national)
    add_note (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_STATES_ONLY, NULL, g_strdup (_("Only states can join")));
  else
    add_note (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_AUTHORITY_TYPE, NULL,
              g_strdup_printf (_("Only for: %s"), list));
}

static void
check_process (CnFitResult                   *result,
               const CnEligibilityConditions *conditions)
{
  const CnText *note = conditions != NULL ? conditions->note : NULL;

  switch (conditions != NULL ? conditions->process : CN_JOIN_PROCESS_UNKNOWN)
    {
    case CN_JOIN_PROCESS_SELECTION:
      add_note (result, CN_FIT_NOTE_CAUTION, CN_FIT_FACT_PROCESS, note, g_strdup (_("Members are selected")));
      break;
    case CN_JOIN_PROCESS_INVITATION:
      add_note (result, CN_FIT_NOTE_CAUTION, CN_FIT_FACT_PROCESS, note, g_strdup (_("Members join by invitation")));
      break;
    case CN_JOIN_PROCESS_COMPETITION:
      add_note (result, CN_FIT_NOTE_CAUTION, CN_FIT_FACT_PROCESS, note, g_strdup (_("Places are won in a competition")));
      break;
    case CN_JOIN_PROCESS_APPROVAL:
      add_note (result, CN_FIT_NOTE_CAUTION, CN_FIT_FACT_PROCESS, note, g_strdup (_("Membership needs the network's approval")));
      break;
    case CN_JOIN_PROCESS_OPEN_APPLICATION:
      add_note (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_PROCESS, note, g_strdup (_("Open application")));
      break;
    case CN_JOIN_PROCESS_UNKNOWN:
    default:
      add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_PROCESS, note, g_strdup (_("How to join is not confirmed")));
      break;
    }
}

/* Staff time: the commitment steps that come back, weighed against the
 * time the answers offer. A caution, never a blocker: the steps say what,
 * not how many hours. */
static void
check_commitments (CnFitResult        *result,
                   const CnFitAnswers *answers)
{
  guint n_steps, n_repeating = 0;
  const CnCommitmentStep *steps = cn_network_get_commitment_steps (result->network, &n_steps);

  if (n_steps == 0)
    {
      add_note (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_COMMITMENTS, NULL,
                g_strdup (_("What membership asks of your staff is not confirmed")));
      return;
    }

  for (guint i = 0; i < n_steps; i++)
    if (steps[i].repeat_months > 0)
      n_repeating++;

  if ((answers->staff_time == CN_FIT_STAFF_LOW && n_repeating > 0) ||
      (answers->staff_time == CN_FIT_STAFF_MEDIUM && n_repeating >= 3))
    add_note (result, CN_FIT_NOTE_CAUTION, CN_FIT_FACT_COMMITMENTS, NULL,
              g_strdup_printf (ngettext ("Asks for recurring work: %u commitment comes back regularly",
                                         "Asks for recurring work: %u commitments come back regularly",
                                         n_repeating), n_repeating));
}

/* Reasons first, then blockers, cautions and unknowns; each kind in the
 * order it was found. */
static void
order_notes (CnFitResult *result)
{
  static const CnFitNoteKind order[] = {
    CN_FIT_NOTE_REASON, CN_FIT_NOTE_BLOCKER, CN_FIT_NOTE_CAUTION, CN_FIT_NOTE_UNKNOWN,
  };
  guint n = result->notes->len;
  g_autofree CnFitNote *copy = g_memdup2 (result->notes->data, n * sizeof (CnFitNote));
  CnFitNote *notes = (CnFitNote *) result->notes->data;
  guint k = 0;

  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    for (guint i = 0; i < n; i++)
      if (copy[i].kind == order[o])
        notes[k++] = copy[i];
}

/**
 * cn_fit_network:
 *
 * Weighs one network against @answers.
 *
 * Returns: (transfer full): the result
 */
CnFitResult *
cn_fit_network (CnNetwork          *network,
                const CnFitAnswers *answers)
{
  CnFitResult *result;
  const CnEligibilityConditions *conditions;

  g_return_val_if_fail (CN_IS_NETWORK (network), NULL);
  g_return_val_if_fail (answers != NULL, NULL);

  result = g_new0 (CnFitResult, 1);
  result->network = network;
  result->notes = g_array_new (FALSE, FALSE, sizeof (CnFitNote));
  g_array_set_clear_func (result->notes, note_clear);

  conditions = cn_network_get_eligibility_conditions (network);

  score_benefits (result, answers);
  score_themes (result, answers);
  check_status (result);
  check_authority_type (result, answers, conditions);
  check_areas (result, answers, conditions);
  check_population (result, answers, conditions);
  score_fee (result, answers);
  check_process (result, conditions);
  check_commitments (result, answers);

  order_notes (result);

  return result;
}

void
cn_fit_result_free (CnFitResult *result)
{
  if (result == NULL)
    return;
  g_array_unref (result->notes);
  g_free (result);
}

/**
 * cn_fit_result_is_fit:
 *
 * A fit has no blocker and at least one point, and points come only from
 * confirmed facts: what is unknown never makes a network a fit.
 */
gboolean
cn_fit_result_is_fit (const CnFitResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);
  return !result->blocked && result->score > 0;
}

guint
cn_fit_result_count (const CnFitResult *result,
                     CnFitNoteKind      kind)
{
  guint count = 0;

  for (guint i = 0; i < result->notes->len; i++)
    if (g_array_index (result->notes, CnFitNote, i).kind == kind)
      count++;
  return count;
}

const CnFitNote *
cn_fit_result_find (const CnFitResult *result,
                    CnFitNoteKind      kind,
                    CnFitFact          fact)
{
  for (guint i = 0; i < result->notes->len; i++)
    {
      const CnFitNote *note = &g_array_index (result->notes, CnFitNote, i);

      if (note->kind == kind && note->fact == fact)
        return note;
    }
  return NULL;
}

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const CnFitResult *x = *(const CnFitResult * const *) a;
  const CnFitResult *y = *(const CnFitResult * const *) b;
  guint px, py;

  if (x->blocked != y->blocked)
    return x->blocked ? 1 : -1;
  /* Blocked ones keep the dataset's order: their points do not matter. */
  if (!x->blocked && x->score != y->score)
    return y->score - x->score;
  px = cn_network_get_position (x->network);
  py = cn_network_get_position (y->network);
  return px < py ? -1 : px > py ? 1 : 0;
}

/**
 * cn_fit_rank:
 *
 * Every network of @catalog weighed against @answers: those without a
 * blocker first, by score (equal scores in the dataset's order), then
 * those with one, in the dataset's order.
 *
 * Returns: (transfer full) (element-type CnFitResult): the results
 */
GPtrArray *
cn_fit_rank (CnCatalog          *catalog,
             const CnFitAnswers *answers)
{
  GListModel *networks;
  GPtrArray *results;
  guint n;

  g_return_val_if_fail (CN_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (answers != NULL, NULL);

  networks = cn_catalog_get_networks (catalog);
  n = g_list_model_get_n_items (networks);
  results = g_ptr_array_new_full (n, (GDestroyNotify) cn_fit_result_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);

      g_ptr_array_add (results, cn_fit_network (network, answers));
    }
  g_ptr_array_sort (results, compare_results);
  return results;
}
