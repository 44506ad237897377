/* test-facets.c: filters with counts (OR inside a facet, AND across facets
 * and with the search)
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cn-catalog.h"
#include "cn-facets.h"
#include "cn-search.h"

static CnCatalog *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CnCatalog *catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);

  g_assert_no_error (error);
  return catalog;
}

static void
select_value (CnFacets   *facets,
              CnFacet     facet,
              const char *id)
{
  int value = cn_facets_find_value (facets, facet, id);

  g_assert_cmpint (value, >=, 0);
  cn_facets_set_selected (facets, facet, (guint) value, TRUE);
}

static guint
count_of (CnFacets   *facets,
          const guint *counts,
          CnFacet     facet,
          const char *id)
{
  int value = cn_facets_find_value (facets, facet, id);

  g_assert_cmpint (value, >=, 0);
  return counts[cn_facets_count_index (facet, (guint) value)];
}

static guint
n_matching (CnFacets *facets,
            guint     n_networks)
{
  guint n = 0;

  for (guint i = 0; i < n_networks; i++)
    n += cn_facets_match (facets, i);
  return n;
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

/* good.json: c40 (network, active, unclear; mitigation, adaptation),
 * iclei (network, active, yes; mitigation, adaptation, resilience; global,
 * europe), 100-resilient-cities (programme, ended, no; resilience),
 * resilient-cities-network (network, active, unclear; resilience),
 * ecomobility-alliance (programme, unconfirmed, unclear; mobility). */
static void
test_fixture_counts (void)
{
  g_autoptr(CnCatalog) catalog = load_fixture ("good.json");
  g_autoptr(CnFacets) facets = cn_facets_new (catalog);
  guint counts[CN_N_FACETS * CN_FACET_MAX_VALUES];
  guint changes = 0;

  g_assert_false (cn_facets_is_active (facets));
  g_assert_cmpuint (n_matching (facets, 5), ==, 5);

  /* Nothing chosen: each value counts the networks that have it. */
  cn_facets_count (facets, NULL, 0, counts);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_THEME, "resilience"), ==, 3);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_THEME, "mitigation"), ==, 2);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_KIND, "programme"), ==, 2);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_STATUS, "active"), ==, 3);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_STATUS, "ended"), ==, 1);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_STATUS, "unknown"), ==, 1);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_ISRAEL, "unknown"), ==, 3);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_ISRAEL, "partly"), ==, 0);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_FEE, "unknown"), ==, 5);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_REGION, "europe"), ==, 1);

  /* OR inside a facet. */
  select_value (facets, CN_FACET_THEME, "mitigation");
  g_assert_true (cn_facets_is_active (facets));
  g_assert_cmpuint (n_matching (facets, 5), ==, 2);
  select_value (facets, CN_FACET_THEME, "mobility");
  g_assert_cmpuint (n_matching (facets, 5), ==, 3);

  /* Counts of the same facet ignore its own choices (what choosing one
   * more value would add); other facets count within the choice. */
  cn_facets_count (facets, NULL, 0, counts);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_THEME, "resilience"), ==, 3);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_KIND, "programme"), ==, 1);
  g_assert_cmpuint (count_of (facets, counts, CN_FACET_KIND, "membership-network"), ==, 2);

  /* AND across facets. */
  select_value (facets, CN_FACET_KIND, "membership-network");
  g_assert_cmpuint (n_matching (facets, 5), ==, 2);
  g_assert_true (cn_facets_match (facets, 0));       /* c40 */
  g_assert_true (cn_facets_match (facets, 1));       /* iclei */
  g_assert_false (cn_facets_match (facets, 4));      /* ecomobility: a programme */

  /* AND with the search: only iclei matched the search. */
  {
    int ranks[5] = { CN_SEARCH_NO_MATCH, 0, CN_SEARCH_NO_MATCH, CN_SEARCH_NO_MATCH, CN_SEARCH_NO_MATCH };

    cn_facets_count (facets, ranks, G_N_ELEMENTS (ranks), counts);
    g_assert_cmpuint (count_of (facets, counts, CN_FACET_ISRAEL, "yes"), ==, 1);
    g_assert_cmpuint (count_of (facets, counts, CN_FACET_ISRAEL, "unknown"), ==, 0);
    g_assert_cmpuint (count_of (facets, counts, CN_FACET_REGION, "europe"), ==, 1);
  }

  /* The order of choice, for "Remove the last filter". */
  {
    CnFacet facet;
    guint value;

    g_assert_cmpuint (cn_facets_get_n_selected (facets), ==, 3);
    g_assert_true (cn_facets_get_nth_selected (facets, 2, &facet, &value));
    g_assert_cmpint (facet, ==, CN_FACET_KIND);
    g_assert_cmpstr (cn_facets_get_value_id (facets, facet, value), ==, "membership-network");
    cn_facets_set_selected (facets, facet, value, FALSE);
    g_assert_cmpuint (cn_facets_get_n_selected (facets), ==, 2);
    g_assert_cmpuint (n_matching (facets, 5), ==, 3);
  }

  g_signal_connect_swapped (facets, "changed", G_CALLBACK (count_change), &changes);
  cn_facets_clear (facets);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_false (cn_facets_is_active (facets));
  g_assert_cmpuint (n_matching (facets, 5), ==, 5);
  cn_facets_clear (facets);   /* nothing to clear: no signal */
  g_assert_cmpuint (changes, ==, 1);
}

/* Theme and region terms carry their labels from the dataset. */
static void
test_terms (void)
{
  g_autoptr(CnCatalog) catalog = load_fixture ("good.json");
  g_autoptr(CnFacets) facets = cn_facets_new (catalog);
  int value = cn_facets_find_value (facets, CN_FACET_THEME, "resilience");
  const CnTerm *term;

  g_assert_cmpint (value, >=, 0);
  term = cn_facets_get_value_term (facets, CN_FACET_THEME, (guint) value);
  g_assert_nonnull (term);
  g_assert_cmpstr (term->id, ==, "resilience");
  g_assert_nonnull (cn_text_get_for_language (term->label, "en"));
  g_assert_null (cn_facets_get_value_term (facets, CN_FACET_KIND, 0));
  g_assert_cmpint (cn_facets_find_value (facets, CN_FACET_THEME, "no-such-theme"), ==, -1);
  g_assert_cmpstr (cn_facet_get_id (CN_FACET_FEE), ==, "fee");
}

/* The counts and matches against a plain reference, on the bundled dataset
 * (whose fees, statuses and eligibility vary), for random choices and
 * random search results. */
static void
test_against_reference (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_bundled (&error);
  g_autoptr(CnFacets) facets = NULL;
  guint n;

  g_assert_no_error (error);
  facets = cn_facets_new (catalog);
  n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  g_assert_cmpuint (cn_facets_get_n_values (facets, CN_FACET_FEE), ==, 4);

  for (guint round = 0; round < 300; round++)
    {
      guint counts[CN_N_FACETS * CN_FACET_MAX_VALUES];
      g_autofree int *ranks = g_new (int, n);

      cn_facets_clear (facets);
      for (guint f = 0; f < CN_N_FACETS; f++)
        for (guint v = 0; v < cn_facets_get_n_values (facets, f); v++)
          if (g_test_rand_int_range (0, 6) == 0)
            cn_facets_set_selected (facets, f, v, TRUE);
      for (guint i = 0; i < n; i++)
        ranks[i] = g_test_rand_int_range (0, 4) == 0 ? CN_SEARCH_NO_MATCH : (int) i;

      cn_facets_count (facets, ranks, n, counts);

      for (guint f = 0; f < CN_N_FACETS; f++)
        for (guint v = 0; v < cn_facets_get_n_values (facets, f); v++)
          {
            guint expected = 0;

            for (guint i = 0; i < n; i++)
              {
                gboolean passes = ranks[i] != CN_SEARCH_NO_MATCH && cn_facets_network_has (facets, i, f, v);

                /* Every other facet with a choice must accept it. */
                for (guint g = 0; g < CN_N_FACETS && passes; g++)
                  {
                    gboolean any = FALSE, ok = FALSE;

                    if (g == f)
                      continue;
                    for (guint w = 0; w < cn_facets_get_n_values (facets, g); w++)
                      if (cn_facets_get_selected (facets, g, w))
                        {
                          any = TRUE;
                          ok = ok || cn_facets_network_has (facets, i, g, w);
                        }
                    passes = !any || ok;
                  }
                expected += passes;
              }
            g_assert_cmpuint (counts[cn_facets_count_index (f, v)], ==, expected);
          }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/facets/fixture-counts", test_fixture_counts);
  g_test_add_func ("/facets/terms", test_terms);
  g_test_add_func ("/facets/against-reference", test_against_reference);

  return g_test_run ();
}
