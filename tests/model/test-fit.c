/* test-fit.c: the fit finder's scoring (cn-fit.c)
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Over tests/data/fit/fit.json (make-fit-fixtures.py), whose networks
 * each carry one rule: eligibility blockers exclude, unknowns are listed
 * but never count, ties keep the dataset's order, and nothing unknown is
 * ever a fit. */

#include <string.h>

#include "cn-catalog.h"
#include "cn-fit.h"

static CnCatalog *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fit", "fit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CnCatalog *catalog;

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, NULL, &error);
  g_assert_no_error (error);
  return catalog;
}

static const char * const wanted_benefits[] = {
  "knowledge-sharing", "resources", "guidelines", "partnerships", NULL,
};
static const char * const wanted_themes[] = { "mitigation", "energy", NULL };

static CnFitAnswers
default_answers (void)
{
  return (CnFitAnswers) {
    .population = 50000,
    .region = CN_FIT_REGION_EU_NEIGHBOURHOOD_MEDITERRANEAN,
    .authority_type = "municipality",
    .themes = wanted_themes,
    .benefits = wanted_benefits,
    .can_pay_fee = CN_FIT_FEE_UNSURE,
    .staff_time = CN_FIT_STAFF_LOW,
  };
}

static const CnFitResult *
find_result (GPtrArray  *results,
             const char *id)
{
  for (guint i = 0; i < results->len; i++)
    {
      const CnFitResult *result = results->pdata[i];

      if (g_strcmp0 (cn_network_get_id (result->network), id) == 0)
        return result;
    }
  g_assert_not_reached ();
}

static char *
order_of (GPtrArray *results)
{
  GString *order = g_string_new (NULL);

  for (guint i = 0; i < results->len; i++)
    {
      const CnFitResult *result = results->pdata[i];

      g_string_append_printf (order, "%s%s", i ? " " : "", cn_network_get_id (result->network));
    }
  return g_string_free (order, FALSE);
}

static void
test_ranking (void)
{
  g_autoptr(CnCatalog) catalog = load_fixture ();
  CnFitAnswers answers = default_answers ();
  g_autoptr(GPtrArray) results = cn_fit_rank (catalog, &answers);
  g_autofree char *order = order_of (results);
  const CnFitResult *best;

  /* Fits by score; equal scores (tie-b, tie-a) in the dataset's order; the
   * blocked ones last, in the dataset's order, whatever their points. */
  g_assert_cmpstr (order, ==,
                   "open-free mediterranean tie-b tie-a unknown-fee all-unknown "
                   "big-cities states closed ended eu-only");

  best = find_result (results, "open-free");
  g_assert_cmpuint (best->n_benefits, ==, 3);
  g_assert_cmpuint (best->n_themes, ==, 2);
  g_assert_cmpint (best->score, ==, 3 * CN_FIT_POINTS_BENEFIT + 2 * CN_FIT_POINTS_THEME + CN_FIT_POINTS_NO_FEE);
  g_assert_true (cn_fit_result_is_fit (best));
  g_assert_cmpstr (cn_fit_result_find (best, CN_FIT_NOTE_REASON, CN_FIT_FACT_BENEFITS)->text, ==,
                   "Delivers 3 of your 4 benefits: knowledge-sharing, resources, guidelines");
  g_assert_cmpstr (cn_fit_result_find (best, CN_FIT_NOTE_REASON, CN_FIT_FACT_FEE)->text, ==, "No membership fee");
  g_assert_nonnull (cn_fit_result_find (best, CN_FIT_NOTE_REASON, CN_FIT_FACT_POPULATION));
  g_assert_nonnull (cn_fit_result_find (best, CN_FIT_NOTE_REASON, CN_FIT_FACT_AREA));
  g_assert_nonnull (cn_fit_result_find (best, CN_FIT_NOTE_REASON, CN_FIT_FACT_AUTHORITY_TYPE));
  /* Little staff time and a yearly report: a caution, not a blocker. */
  g_assert_nonnull (cn_fit_result_find (best, CN_FIT_NOTE_CAUTION, CN_FIT_FACT_COMMITMENTS));
  g_assert_cmpuint (cn_fit_result_count (best, CN_FIT_NOTE_BLOCKER), ==, 0);

  /* Notes come reasons first, unknowns last. */
  for (guint i = 1; i < best->notes->len; i++)
    {
      const CnFitNote *prev = &g_array_index (best->notes, CnFitNote, i - 1);
      const CnFitNote *note = &g_array_index (best->notes, CnFitNote, i);

      if (prev->kind == CN_FIT_NOTE_UNKNOWN)
        g_assert_cmpint (note->kind, ==, CN_FIT_NOTE_UNKNOWN);
      if (note->kind == CN_FIT_NOTE_REASON)
        g_assert_cmpint (prev->kind, ==, CN_FIT_NOTE_REASON);
    }
}

static void
test_blockers (void)
{
  g_autoptr(CnCatalog) catalog = load_fixture ();
  CnFitAnswers answers = default_answers ();
  g_autoptr(GPtrArray) results = cn_fit_rank (catalog, &answers);
  const struct { const char *id; CnFitFact fact; const char *text; } expected[] = {
    { "big-cities", CN_FIT_FACT_POPULATION, "Only for authorities of more than 3,000,000 residents" },
    { "states", CN_FIT_FACT_STATES_ONLY, "Only states can join" },
    { "closed", CN_FIT_FACT_APPLICATIONS, "Closed to new members" },
    { "ended", CN_FIT_FACT_STATUS, "Ended in 2019" },
    { "eu-only", CN_FIT_FACT_AREA, "Only for applicants from: EU member states" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const CnFitResult *result = find_result (results, expected[i].id);
      const CnFitNote *note = cn_fit_result_find (result, CN_FIT_NOTE_BLOCKER, expected[i].fact);

      g_assert_nonnull (note);
      g_assert_cmpstr (note->text, ==, expected[i].text);
      g_assert_true (result->blocked);
      /* Points do not save a blocked network (big-cities delivers all four). */
      g_assert_false (cn_fit_result_is_fit (result));
    }

  /* The record's own note comes with the blocker. */
  g_assert_cmpstr (cn_text_get_for_language (cn_fit_result_find (find_result (results, "big-cities"),
                                                                 CN_FIT_NOTE_BLOCKER,
                                                                 CN_FIT_FACT_POPULATION)->detail, "en"),
                   ==, "Cities of 3 million or more.");
  g_assert_cmpint (find_result (results, "big-cities")->score, >, find_result (results, "open-free")->score);

  /* Enough residents: the floor is met. */
  answers.population = 3500000;
  {
    g_autoptr(CnFitResult) result = cn_fit_network (cn_catalog_find_network (catalog, "big-cities"), &answers);

    g_assert_false (result->blocked);
    g_assert_nonnull (cn_fit_result_find (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_POPULATION));
  }

  /* The area follows the answer: an EU member may join eu-only, not the
   * southern neighbourhood's network. */
  answers.region = CN_FIT_REGION_EU_MEMBER;
  {
    g_autoptr(CnFitResult) eu = cn_fit_network (cn_catalog_find_network (catalog, "eu-only"), &answers);
    g_autoptr(CnFitResult) med = cn_fit_network (cn_catalog_find_network (catalog, "mediterranean"), &answers);

    g_assert_false (eu->blocked);
    g_assert_true (med->blocked);
    g_assert_nonnull (cn_fit_result_find (med, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_AREA));
  }

  /* No money for a fee: a confirmed fee blocks, an unknown one does not. */
  answers = default_answers ();
  answers.can_pay_fee = CN_FIT_FEE_NO;
  {
    g_autoptr(CnFitResult) paid = cn_fit_network (cn_catalog_find_network (catalog, "tie-a"), &answers);
    g_autoptr(CnFitResult) unknown = cn_fit_network (cn_catalog_find_network (catalog, "unknown-fee"), &answers);

    g_assert_nonnull (cn_fit_result_find (paid, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_FEE));
    g_assert_false (unknown->blocked);
    g_assert_nonnull (cn_fit_result_find (unknown, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_FEE));
  }

  /* A national government may join the states' network. */
  answers.authority_type = "national-government";
  {
    g_autoptr(CnFitResult) states = cn_fit_network (cn_catalog_find_network (catalog, "states"), &answers);

    g_assert_null (cn_fit_result_find (states, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_STATES_ONLY));
  }
}

static void
test_unknowns (void)
{
  g_autoptr(CnCatalog) catalog = load_fixture ();
  CnFitAnswers answers = default_answers ();
  g_autoptr(GPtrArray) results = cn_fit_rank (catalog, &answers);
  const CnFitResult *unknown_fee = find_result (results, "unknown-fee");
  const CnFitResult *all_unknown = find_result (results, "all-unknown");
  const CnFitFact listed[] = {
    CN_FIT_FACT_FEE, CN_FIT_FACT_POPULATION, CN_FIT_FACT_AREA, CN_FIT_FACT_AUTHORITY_TYPE,
    CN_FIT_FACT_PROCESS, CN_FIT_FACT_COMMITMENTS,
  };

  /* Each fact the record does not give is listed as unknown. */
  for (guint i = 0; i < G_N_ELEMENTS (listed); i++)
    {
      g_assert_nonnull (cn_fit_result_find (unknown_fee, CN_FIT_NOTE_UNKNOWN, listed[i]));
      g_assert_nonnull (cn_fit_result_find (all_unknown, CN_FIT_NOTE_UNKNOWN, listed[i]));
    }
  g_assert_cmpstr (cn_fit_result_find (unknown_fee, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_FEE)->text, ==,
                   "Fee not confirmed");
  g_assert_cmpstr (cn_fit_result_find (unknown_fee, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_POPULATION)->text, ==,
                   "Population threshold not confirmed");
  g_assert_nonnull (cn_fit_result_find (all_unknown, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_STATUS));

  /* Unknowns neither add nor exclude: unknown-fee scores its one benefit. */
  g_assert_cmpint (unknown_fee->score, ==, CN_FIT_POINTS_BENEFIT);
  g_assert_false (unknown_fee->blocked);
  g_assert_true (cn_fit_result_is_fit (unknown_fee));
  g_assert_false (all_unknown->blocked);

  /* A population floor with no population given is an unknown, not a pass. */
  answers.population = 0;
  {
    g_autoptr(CnFitResult) result = cn_fit_network (cn_catalog_find_network (catalog, "big-cities"), &answers);

    g_assert_false (result->blocked);
    g_assert_nonnull (cn_fit_result_find (result, CN_FIT_NOTE_UNKNOWN, CN_FIT_FACT_POPULATION));
    g_assert_null (cn_fit_result_find (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_POPULATION));
  }

  /* A Mediterranean area asked from an EU member: not known either way. */
  answers = default_answers ();
  answers.region = CN_FIT_REGION_ELSEWHERE;
  {
    g_autoptr(CnFitResult) result = cn_fit_network (cn_catalog_find_network (catalog, "mediterranean"), &answers);

    /* eu-neighbourhood-mediterranean is a list of countries: elsewhere is not in it. */
    g_assert_nonnull (cn_fit_result_find (result, CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_AREA));
  }
}

/* Whatever the answers, a network whose every fact is unknown is never a
 * fit, and no unknown note ever brings points. */
static void
test_nothing_unknown_fits (void)
{
  g_autoptr(CnCatalog) catalog = load_fixture ();
  const char * const all_benefits[] = { "knowledge-sharing", "resources", "guidelines", "partnerships",
                                        "recognition", NULL };
  const char * const all_themes[] = { "mitigation", "energy", "water", NULL };
  const char * const none[] = { NULL };
  const char * const types[] = { "city", "municipality", "local-authority", "national-government", NULL };

  for (int region = 0; region <= CN_FIT_REGION_ELSEWHERE; region++)
    for (int fee = 0; fee <= CN_FIT_FEE_NO; fee++)
      for (int staff = 0; staff <= CN_FIT_STAFF_HIGH; staff++)
        for (guint t = 0; types[t] != NULL; t++)
          for (int population = 0; population <= 5000000; population += 2500000)
            {
              CnFitAnswers answers = {
                .population = population, .region = region, .authority_type = types[t],
                .themes = none, .benefits = none, .can_pay_fee = fee, .staff_time = staff,
              };
              g_autoptr(GPtrArray) results = cn_fit_rank (catalog, &answers);

              /* Nothing wanted: only the confirmed absence of a fee scores. */
              for (guint i = 0; i < results->len; i++)
                {
                  const CnFitResult *result = results->pdata[i];
                  gboolean no_fee = cn_network_get_fee_status (result->network) == CN_FEE_NONE;

                  g_assert_cmpint (result->score, ==, no_fee ? CN_FIT_POINTS_NO_FEE : 0);
                  if (cn_fit_result_is_fit (result))
                    g_assert_nonnull (cn_fit_result_find (result, CN_FIT_NOTE_REASON, CN_FIT_FACT_FEE));
                }

              answers.themes = all_themes;
              answers.benefits = all_benefits;
              g_clear_pointer (&results, g_ptr_array_unref);
              results = cn_fit_rank (catalog, &answers);
              for (guint i = 0; i < results->len; i++)
                {
                  const CnFitResult *result = results->pdata[i];
                  int points = result->n_benefits * CN_FIT_POINTS_BENEFIT + result->n_themes * CN_FIT_POINTS_THEME;

                  /* The score is exactly the confirmed matches. */
                  if (cn_network_get_fee_status (result->network) == CN_FEE_NONE)
                    points += CN_FIT_POINTS_NO_FEE;
                  g_assert_cmpint (result->score, ==, points);
                  /* A fit has a reason and no blocker. */
                  if (cn_fit_result_is_fit (result))
                    {
                      g_assert_cmpuint (cn_fit_result_count (result, CN_FIT_NOTE_REASON), >, 0);
                      g_assert_cmpuint (cn_fit_result_count (result, CN_FIT_NOTE_BLOCKER), ==, 0);
                    }
                  /* No note is both unknown and a reason for the same fact. */
                  for (guint n = 0; n < result->notes->len; n++)
                    {
                      const CnFitNote *note = &g_array_index (result->notes, CnFitNote, n);

                      if (note->kind == CN_FIT_NOTE_UNKNOWN)
                        g_assert_null (cn_fit_result_find (result, CN_FIT_NOTE_REASON, note->fact));
                    }
                }
            }
}

/* The bundled dataset: the facts the report names drive the results. */
static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_bundled (&error);
  CnFitAnswers answers = default_answers ();
  g_autoptr(GPtrArray) results = NULL;

  g_assert_no_error (error);
  results = cn_fit_rank (catalog, &answers);
  g_assert_nonnull (cn_fit_result_find (find_result (results, "gggi"), CN_FIT_NOTE_BLOCKER, CN_FIT_FACT_STATES_ONLY));
  g_assert_nonnull (cn_fit_result_find (find_result (results, "100-resilient-cities"), CN_FIT_NOTE_BLOCKER,
                                        CN_FIT_FACT_STATUS));
  g_assert_nonnull (cn_fit_result_find (find_result (results, "eu-urban-agenda"), CN_FIT_NOTE_BLOCKER,
                                        CN_FIT_FACT_AREA));
  g_assert_nonnull (cn_fit_result_find (find_result (results, "global-covenant-of-mayors"), CN_FIT_NOTE_REASON,
                                        CN_FIT_FACT_AREA));
  g_assert_nonnull (cn_fit_result_find (find_result (results, "smart-cities-council"), CN_FIT_NOTE_UNKNOWN,
                                        CN_FIT_FACT_FEE));
  g_assert_true (cn_fit_result_is_fit (find_result (results, "c40")));

  if (g_test_verbose ())
    for (guint i = 0; i < results->len; i++)
      {
        const CnFitResult *result = results->pdata[i];

        g_test_message ("%s score %d%s", cn_network_get_id (result->network), result->score,
                        result->blocked ? " blocked" : "");
        for (guint n = 0; n < result->notes->len; n++)
          g_test_message ("  %d %s", g_array_index (result->notes, CnFitNote, n).kind,
                          g_array_index (result->notes, CnFitNote, n).text);
      }
}

static void
test_strings (void)
{
  CnFitRegion region;
  CnFitFee fee;
  CnFitStaff staff;

  for (int i = 0; i <= CN_FIT_REGION_ELSEWHERE; i++)
    {
      g_assert_true (cn_fit_region_from_string (cn_fit_region_to_string (i), &region));
      g_assert_cmpint (region, ==, i);
    }
  for (int i = 0; i <= CN_FIT_FEE_NO; i++)
    {
      g_assert_true (cn_fit_fee_from_string (cn_fit_fee_to_string (i), &fee));
      g_assert_cmpint (fee, ==, i);
    }
  for (int i = 0; i <= CN_FIT_STAFF_HIGH; i++)
    {
      g_assert_true (cn_fit_staff_from_string (cn_fit_staff_to_string (i), &staff));
      g_assert_cmpint (staff, ==, i);
    }
  g_assert_false (cn_fit_region_from_string ("mars", &region));
  g_assert_false (cn_fit_fee_from_string (NULL, &fee));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  cn_text_set_preferred_languages ((const char *[]) { "en", NULL });
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fit/ranking", test_ranking);
  g_test_add_func ("/fit/blockers", test_blockers);
  g_test_add_func ("/fit/unknowns", test_unknowns);
  g_test_add_func ("/fit/nothing-unknown-fits", test_nothing_unknown_fits);
  g_test_add_func ("/fit/bundled", test_bundled);
  g_test_add_func ("/fit/strings", test_strings);

  return g_test_run ();
}
