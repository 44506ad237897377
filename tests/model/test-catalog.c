/* test-catalog.c: loading and validating catalogs
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cn-catalog.h"
#include "cn-uri.h"

/* Helpers */

static GFile *
data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return g_file_new_for_path (path);
}

static CnCatalog *
load_good (CnCatalogFlags flags)
{
  g_autoptr(GFile) file = data_file ("good.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  CnCatalog *catalog;

  catalog = cn_catalog_new_from_file (file, flags, &problems, &error);
  g_assert_no_error (error);
  g_assert_null (problems);
  g_assert_true (CN_IS_CATALOG (catalog));

  return catalog;
}

static CnCatalog *
load_string (const char      *json,
             CnCatalogFlags   flags,
             GPtrArray      **problems,
             GError         **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return cn_catalog_new_from_bytes (bytes, "test.json", flags, problems, error);
}

/* good.json with @extra_members (may be NULL) added at the top of the
 * root object, on line 2 from column 3. */
static char *
catalog_with (const char *extra_members)
{
  g_autoptr(GFile) file = data_file ("good.json");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (contents[0] == '{');

  return g_strconcat ("{\n  ", extra_members ? extra_members : "", contents + 1, NULL);
}

static const char *
network_id_at (CnCatalog *catalog,
               guint      position)
{
  g_autoptr(CnNetwork) network = g_list_model_get_item (cn_catalog_get_networks (catalog), position);

  g_assert_nonnull (network);
  /* The catalog's store keeps the network (and so its id) alive. */
  return cn_network_get_id (network);
}

/* The good catalog */

static void
test_good_counts (void)
{
  g_autoptr(CnCatalog) catalog = load_good (CN_CATALOG_FLAGS_NONE);
  static const char * const network_ids[] = {
    "c40", "iclei", "100-resilient-cities", "resilient-cities-network", "ecomobility-alliance"
  };
  static const char * const benefit_ids[] = {
    "knowledge-sharing", "resources", "guidelines", "partnerships", "recognition"
  };
  GListModel *networks = cn_catalog_get_networks (catalog);
  GListModel *benefits = cn_catalog_get_benefits (catalog);
  GListModel *studies = cn_catalog_get_case_studies (catalog);
  const CnSource *sources;
  guint n_sources;

  g_assert_true (g_str_has_suffix (cn_catalog_get_filename (catalog), "good.json"));

  g_assert_cmpuint (g_list_model_get_n_items (networks), ==, G_N_ELEMENTS (network_ids));
  g_assert_true (g_list_model_get_item_type (networks) == CN_TYPE_NETWORK);
  for (guint i = 0; i < G_N_ELEMENTS (network_ids); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);

      g_assert_cmpstr (cn_network_get_id (network), ==, network_ids[i]);
      g_assert_cmpuint (cn_network_get_position (network), ==, i);
    }

  g_assert_cmpuint (g_list_model_get_n_items (benefits), ==, G_N_ELEMENTS (benefit_ids));
  for (guint i = 0; i < G_N_ELEMENTS (benefit_ids); i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);

      g_assert_cmpstr (cn_benefit_get_id (benefit), ==, benefit_ids[i]);
      g_assert_cmpuint (cn_benefit_get_position (benefit), ==, i);
      g_assert_cmpstr (cn_benefit_get_verified (benefit), ==, "2026-11-28");
      g_assert_nonnull (cn_benefit_get_sources (benefit, &n_sources));
      g_assert_cmpuint (n_sources, ==, 1);
    }

  g_assert_cmpuint (g_list_model_get_n_items (studies), ==, 1);

  g_assert_cmpstr (cn_text_get_for_language (cn_catalog_get_introduction_title (catalog), "en"), ==,
                   "Why cities join climate networks");
  g_assert_cmpstr (cn_text_get_for_language (cn_catalog_get_introduction_title (catalog), "he"), ==,
                   "למה ערים מצטרפות לרשתות אקלים");
  g_assert_cmpstr (cn_text_get_for_language (cn_catalog_get_introduction_body (catalog), "en"), ==,
                   "Cities learn from each other.\n\nNetworks give them tools and visibility.");
  sources = cn_catalog_get_introduction_sources (catalog, &n_sources);
  g_assert_cmpuint (n_sources, ==, 1);
  g_assert_cmpstr (sources[0].title, ==, "Test introduction source");
  g_assert_cmpstr (sources[0].url, ==, "https://example.org/introduction");
}

static void
test_good_lookups (void)
{
  g_autoptr(CnCatalog) catalog = load_good (CN_CATALOG_FLAGS_NONE);
  CnNetwork *c40 = cn_catalog_find_network (catalog, "c40");
  CnBenefit *resources = cn_catalog_find_benefit (catalog, "resources");
  CnCaseStudy *toronto = cn_catalog_find_case_study (catalog, "toronto");
  g_autoptr(CnNetwork) first = g_list_model_get_item (cn_catalog_get_networks (catalog), 0);
  g_autoptr(CnBenefit) second = g_list_model_get_item (cn_catalog_get_benefits (catalog), 1);

  g_assert_nonnull (c40);
  g_assert_true (c40 == first);
  g_assert_nonnull (resources);
  g_assert_true (resources == second);
  g_assert_nonnull (toronto);
  g_assert_cmpstr (cn_case_study_get_id (toronto), ==, "toronto");

  g_assert_null (cn_catalog_find_network (catalog, "C40"));
  g_assert_null (cn_catalog_find_network (catalog, "no-such-network"));
  g_assert_null (cn_catalog_find_network (catalog, NULL));
  g_assert_null (cn_catalog_find_benefit (catalog, "funding"));
  g_assert_null (cn_catalog_find_benefit (catalog, NULL));
  g_assert_null (cn_catalog_find_case_study (catalog, "tel-aviv"));
  g_assert_null (cn_catalog_find_case_study (catalog, NULL));
}

static void
test_good_network_fields (void)
{
  g_autoptr(CnCatalog) catalog = load_good (CN_CATALOG_FLAGS_NONE);
  CnNetwork *c40 = cn_catalog_find_network (catalog, "c40");
  CnNetwork *iclei = cn_catalog_find_network (catalog, "iclei");
  CnNetwork *mobility = cn_catalog_find_network (catalog, "ecomobility-alliance");
  const char * const *aliases;
  const CnTerm * const *terms;
  const CnProgramme *programmes;
  const CnBenefitLink *links;
  const CnDatedText *israel;
  const CnSource *sources;
  guint n;

  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_name (c40), "en"), ==, "C40 Cities");
  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_name (c40), "he"), ==,
                   "C40 Cities – רשת ערים גדולות");
  g_assert_cmpstr (cn_network_get_acronym (c40), ==, "C40");
  aliases = cn_network_get_aliases (c40);
  g_assert_nonnull (aliases);
  g_assert_cmpuint (g_strv_length ((char **) aliases), ==, 4);
  g_assert_true (g_strv_contains (aliases, "סי 40"));
  g_assert_true (g_strv_contains (aliases, "C40 Cities Climate Leadership Group"));
  g_assert_cmpint (cn_network_get_kind (c40), ==, CN_NETWORK_KIND_MEMBERSHIP_NETWORK);
  g_assert_cmpint (cn_network_get_status (c40), ==, CN_NETWORK_STATUS_ACTIVE);
  g_assert_cmpint (cn_network_get_status_year (c40), ==, 0);
  g_assert_null (cn_network_get_status_note (c40));
  g_assert_cmpint (cn_network_get_founded (c40), ==, 2005);
  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_secretariat (c40), "he"), ==, "לונדון");
  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_description (c40), "en"), ==,
                   "Mayors of large cities work together on emissions.\n\nMembers report every year.");
  g_assert_cmpint (cn_network_get_israel_eligibility (c40), ==, CN_ISRAEL_ELIGIBILITY_UNCLEAR);
  g_assert_nonnull (cn_network_get_israel_eligibility_note (c40));
  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_size (c40), "en"), ==, "Nearly 100 cities");
  g_assert_cmpint (cn_network_get_size_year (c40), ==, 2025);
  g_assert_null (cn_network_get_cost (c40));
  g_assert_null (cn_network_get_commitments (c40));
  g_assert_null (cn_network_get_unconfirmed (c40));

  terms = cn_network_get_themes (c40, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (terms[0]->id, ==, "mitigation");
  g_assert_cmpstr (terms[1]->id, ==, "adaptation");
  g_assert_cmpstr (cn_text_get_for_language (terms[1]->label, "en"), ==, "Adaptation");
  terms = cn_network_get_regions (iclei, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (terms[0]->id, ==, "global");
  g_assert_cmpstr (terms[1]->id, ==, "europe");

  programmes = cn_network_get_programmes (c40, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (cn_text_get_for_language (programmes[0].name, "en"), ==, "Clean Construction");
  g_assert_cmpint (programmes[0].year, ==, 2019);
  cn_network_get_programmes (iclei, &n);
  g_assert_cmpuint (n, ==, 0);

  links = cn_network_get_benefits (c40, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (links[0].benefit == cn_catalog_find_benefit (catalog, "knowledge-sharing"));
  g_assert_true (links[1].benefit == cn_catalog_find_benefit (catalog, "resources"));
  g_assert_cmpstr (cn_text_get_for_language (links[1].example, "en"), ==, "The Cities Finance Facility.");

  cn_network_get_israel (c40, &n);
  g_assert_cmpuint (n, ==, 0);
  israel = cn_network_get_israel (iclei, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (israel[0].year, ==, 2020);
  g_assert_cmpint (cn_network_get_israel_eligibility (iclei), ==, CN_ISRAEL_ELIGIBILITY_YES);
  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_israel_eligibility_note (iclei), "en"), ==,
                   "Any local authority may join.");

  sources = cn_network_get_sources (c40, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (sources[0].title, ==, "C40 Cities – About");
  g_assert_cmpstr (sources[1].url, ==, "https://www.c40.org/cities/");
  g_assert_cmpstr (cn_network_get_website (c40), ==, "https://www.c40.org");
  g_assert_cmpstr (cn_network_get_verified (c40), ==, "2026-11-28");

  /* http: is allowed where a site has no https. */
  g_assert_cmpstr (cn_network_get_website (mobility), ==, "http://www.ecomobility.org");
  g_assert_cmpint (cn_network_get_kind (mobility), ==, CN_NETWORK_KIND_PROGRAMME);
  g_assert_cmpint (cn_network_get_status (mobility), ==, CN_NETWORK_STATUS_UNCONFIRMED);
  g_assert_nonnull (cn_network_get_unconfirmed (mobility));
  g_assert_null (cn_network_get_acronym (mobility));
  g_assert_nonnull (cn_network_get_aliases (mobility));
  g_assert_null (cn_network_get_aliases (mobility)[0]);
}

static void
test_good_successor (void)
{
  g_autoptr(CnCatalog) catalog = load_good (CN_CATALOG_FLAGS_NONE);
  CnNetwork *rc100 = cn_catalog_find_network (catalog, "100-resilient-cities");
  CnNetwork *rcn = cn_catalog_find_network (catalog, "resilient-cities-network");

  g_assert_nonnull (rc100);
  g_assert_nonnull (rcn);
  g_assert_cmpint (cn_network_get_status (rc100), ==, CN_NETWORK_STATUS_ENDED);
  g_assert_cmpint (cn_network_get_status_year (rc100), ==, 2019);
  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_status_note (rc100), "en"), ==,
                   "The programme ended in 2019.");
  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_successor_name (rc100), "en"), ==,
                   "Resilient Cities Network");
  g_assert_cmpstr (cn_network_get_successor_website (rc100), ==, "https://resilientcitiesnetwork.org");
  g_assert_true (cn_network_get_successor (rc100) == rcn);

  g_assert_null (cn_network_get_successor (rcn));
  g_assert_null (cn_network_get_successor_name (rcn));
  g_assert_null (cn_network_get_successor_website (rcn));
  g_assert_null (cn_network_get_successor (cn_catalog_find_network (catalog, "c40")));
}

static void
assert_deliveries (CnCatalog          *catalog,
                   const char         *benefit_id,
                   const char * const *network_ids)
{
  CnBenefit *benefit = cn_catalog_find_benefit (catalog, benefit_id);
  const CnDelivery *deliveries;
  guint n;

  g_assert_nonnull (benefit);
  deliveries = cn_benefit_get_deliveries (benefit, &n);
  g_assert_cmpuint (n, ==, g_strv_length ((char **) network_ids));
  for (guint i = 0; i < n; i++)
    {
      const CnBenefitLink *links;
      guint n_links;
      gboolean found = FALSE;

      g_assert_cmpstr (cn_network_get_id (deliveries[i].network), ==, network_ids[i]);

      /* The example is the one the network's record gives for this benefit. */
      links = cn_network_get_benefits (deliveries[i].network, &n_links);
      for (guint j = 0; j < n_links; j++)
        if (links[j].benefit == benefit)
          {
            g_assert_true (deliveries[i].example == links[j].example);
            found = TRUE;
          }
      g_assert_true (found);
    }
}

static void
test_good_deliveries (void)
{
  g_autoptr(CnCatalog) catalog = load_good (CN_CATALOG_FLAGS_NONE);
  GListModel *networks = cn_catalog_get_networks (catalog);
  GListModel *benefits = cn_catalog_get_benefits (catalog);
  guint n_links_total = 0;
  guint n_deliveries_total = 0;

  assert_deliveries (catalog, "knowledge-sharing", (const char *[]) { "c40", "iclei", NULL });
  assert_deliveries (catalog, "resources", (const char *[]) { "c40", "100-resilient-cities", NULL });
  assert_deliveries (catalog, "guidelines", (const char *[]) { "iclei", NULL });
  assert_deliveries (catalog, "partnerships",
                     (const char *[]) { "100-resilient-cities", "resilient-cities-network", NULL });
  assert_deliveries (catalog, "recognition", (const char *[]) { "ecomobility-alliance", NULL });

  g_assert_cmpstr (cn_text_get_for_language (
                     cn_benefit_get_deliveries (cn_catalog_find_benefit (catalog, "recognition"), &(guint) { 0 })[0].example,
                     "en"), ==, "The EcoMobility World Festival.");

  /* Both sides agree: every link is one delivery, and nothing else is. */
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);
      guint n;

      cn_network_get_benefits (network, &n);
      n_links_total += n;
    }
  for (guint i = 0; i < g_list_model_get_n_items (benefits); i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);
      guint n;

      cn_benefit_get_deliveries (benefit, &n);
      n_deliveries_total += n;
    }
  g_assert_cmpuint (n_links_total, ==, 8);
  g_assert_cmpuint (n_deliveries_total, ==, n_links_total);
}

static void
test_good_case_study (void)
{
  g_autoptr(CnCatalog) catalog = load_good (CN_CATALOG_FLAGS_NONE);
  CnCaseStudy *toronto = cn_catalog_find_case_study (catalog, "toronto");
  CnNetwork *c40 = cn_catalog_find_network (catalog, "c40");
  CnNetwork *iclei = cn_catalog_find_network (catalog, "iclei");
  CnNetwork *rc100 = cn_catalog_find_network (catalog, "100-resilient-cities");
  CnNetwork *mobility = cn_catalog_find_network (catalog, "ecomobility-alliance");
  const CnCaseSection *sections;
  const CnAchievement *achievements;
  const CnTimelineEvent *timeline;
  const CnSource *sources;
  guint n;

  g_assert_nonnull (toronto);
  g_assert_cmpstr (cn_text_get_for_language (cn_case_study_get_title (toronto), "he"), ==, "טורונטו");
  g_assert_nonnull (cn_case_study_get_summary (toronto));
  g_assert_cmpstr (cn_case_study_get_verified (toronto), ==, "2026-11-28");
  sources = cn_case_study_get_sources (toronto, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (sources[0].url, ==, "https://www.toronto.ca/resilience");

  sections = cn_case_study_get_sections (toronto, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (sections[0].id, ==, "why");
  g_assert_cmpstr (sections[1].id, ==, "resilience");
  g_assert_cmpstr (sections[2].id, ==, "lessons");
  g_assert_cmpstr (cn_text_get_for_language (sections[1].body, "en"), ==,
                   "A resilience strategy.\n\nA chief resilience officer.");
  g_assert_cmpuint (sections[0].networks->len, ==, 2);
  g_assert_true (g_ptr_array_index (sections[0].networks, 0) == iclei);
  g_assert_true (g_ptr_array_index (sections[0].networks, 1) == c40);
  g_assert_cmpuint (sections[1].networks->len, ==, 2);
  g_assert_true (g_ptr_array_index (sections[1].networks, 0) == rc100);
  g_assert_nonnull (sections[2].networks);
  g_assert_cmpuint (sections[2].networks->len, ==, 0);

  achievements = cn_case_study_get_achievements (toronto, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (achievements[0].year, ==, 2019);
  g_assert_true (achievements[0].benefit == cn_catalog_find_benefit (catalog, "resources"));
  g_assert_cmpuint (achievements[0].networks->len, ==, 1);

  timeline = cn_case_study_get_timeline (toronto, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (timeline[0].year, ==, 1991);
  g_assert_cmpint (timeline[1].year, ==, 2013);
  g_assert_cmpint (timeline[2].year, ==, 2019);
  g_assert_true (g_ptr_array_index (timeline[0].networks, 0) == iclei);
  g_assert_cmpuint (timeline[2].networks->len, ==, 0);

  /* The first section that names the network. */
  g_assert_true (cn_case_study_find_section_for_network (toronto, c40) == &sections[0]);
  g_assert_true (cn_case_study_find_section_for_network (toronto, iclei) == &sections[0]);
  g_assert_true (cn_case_study_find_section_for_network (toronto, rc100) == &sections[1]);
  g_assert_null (cn_case_study_find_section_for_network (toronto, mobility));

  g_assert_true (cn_case_study_mentions_network (toronto, c40));
  g_assert_true (cn_case_study_mentions_network (toronto, iclei));
  g_assert_true (cn_case_study_mentions_network (toronto, rc100));
  g_assert_false (cn_case_study_mentions_network (toronto, mobility));
}

static void
test_good_case_study_achievement_mention (void)
{
  g_autoptr(CnCatalog) catalog = load_good (CN_CATALOG_FLAGS_NONE);
  CnCaseStudy *toronto = cn_catalog_find_case_study (catalog, "toronto");
  CnNetwork *rcn = cn_catalog_find_network (catalog, "resilient-cities-network");

  /* Named by an achievement only, in no section and no timeline event:
   * the case study still mentions it. */
  g_assert_null (cn_case_study_find_section_for_network (toronto, rcn));
  g_assert_true (cn_case_study_mentions_network (toronto, rcn));
}

static void
test_good_require_translations (void)
{
  /* Every text of good.json has "en" and "he". */
  g_autoptr(CnCatalog) catalog = load_good (CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS);

  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_networks (catalog)), ==, 5);
}

static void
test_good_with_bom (void)
{
  g_autoptr(GFile) file = data_file ("good.json");
  g_autofree char *contents = NULL;
  g_autofree char *with_bom = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  gsize length;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, &error));
  g_assert_no_error (error);
  with_bom = g_strconcat ("\xEF\xBB\xBF", contents, NULL);
  bytes = g_bytes_new (with_bom, strlen (with_bom));

  catalog = cn_catalog_new_from_bytes (bytes, "bom.json", CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpstr (cn_catalog_get_filename (catalog), ==, "bom.json");
  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_networks (catalog)), ==, 5);
}

static void
test_translations_required (void)
{
  g_autoptr(GFile) file = data_file ("missing-he.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) loose = NULL;
  g_autoptr(CnCatalog) strict = NULL;
  CnNetwork *iclei;
  const CnCatalogProblem *problem;

  /* Without the flag, a text in English only is fine. */
  loose = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loose);
  iclei = cn_catalog_find_network (loose, "iclei");
  g_assert_nonnull (iclei);
  g_assert_null (cn_text_get_for_language (cn_network_get_summary (iclei), "he"));
  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_summary (iclei), "en"), ==,
                   "Local governments for sustainability.");

  strict = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, &problems, &error);
  g_assert_null (strict);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_MISSING_TRANSLATION);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, CN_CATALOG_ERROR_MISSING_TRANSLATION);
  g_assert_cmpstr (problem->path, ==, "networks[1].summary");
  g_assert_cmpuint (problem->line, ==, 25);
  g_assert_cmpuint (problem->column, ==, 7);
}

static void
test_x_extension (void)
{
  g_autoptr(GFile) file = data_file ("x-extension.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  g_autofree char *with_typo = NULL;

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_networks (catalog)), ==, 2);

  /* Only the "x-" prefix is special: "x_" or "X-" are typos. */
  with_typo = catalog_with ("\"X-note\": 1, \"x_note\": 2,");
  g_clear_object (&catalog);
  catalog = load_string (with_typo, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_UNKNOWN_FIELD);
  g_assert_cmpuint (problems->len, ==, 2);
}

/* Bad files: each has one known problem at a known place. */

typedef struct
{
  const char     *file;
  CnCatalogError  code;
  guint           line;
  guint           column;
  const char     *path;
  guint           n_problems;
} BadFile;

static const BadFile bad_files[] = {
  { "bad-syntax.json", CN_CATALOG_ERROR_SYNTAX, 25, 7, "networks[1].status", 1 },
  { "bad-trailing-comma.json", CN_CATALOG_ERROR_SYNTAX, 35, 66, "networks[1].sources[1]", 1 },
  /* The typo also leaves "name" missing. */
  { "bad-unknown-field.json", CN_CATALOG_ERROR_UNKNOWN_FIELD, 22, 7, "networks[1].nmae", 2 },
  { "bad-missing-field.json", CN_CATALOG_ERROR_MISSING_FIELD, 20, 5, "networks[1]", 1 },
  { "bad-wrong-type.json", CN_CATALOG_ERROR_WRONG_TYPE, 9, 7, "networks[0].founded", 1 },
  { "bad-duplicate-id.json", CN_CATALOG_ERROR_DUPLICATE_ID, 21, 7, "networks[1].id", 1 },
  { "bad-duplicate-key.json", CN_CATALOG_ERROR_DUPLICATE_KEY, 25, 7, "networks[1]", 1 },
  { "bad-bad-reference.json", CN_CATALOG_ERROR_BAD_REFERENCE, 32, 10, "networks[1].benefits[0].benefit", 1 },
  { "bad-successor-loop.json", CN_CATALOG_ERROR_REFERENCE_LOOP, 10, 93, "networks[0].successor.network", 1 },
  { "bad-unsafe-link.json", CN_CATALOG_ERROR_UNSAFE_LINK, 9, 58, "networks[0].successor.website", 3 },
  { "bad-date.json", CN_CATALOG_ERROR_INVALID_VALUE, 36, 7, "networks[1].verified", 1 },
  { "bad-year.json", CN_CATALOG_ERROR_INVALID_VALUE, 9, 7, "networks[0].founded", 1 },
  { "bad-empty-text.json", CN_CATALOG_ERROR_INVALID_VALUE, 22, 31, "networks[1].name.he", 1 },
  { "bad-missing-en.json", CN_CATALOG_ERROR_MISSING_TRANSLATION, 10, 7, "networks[0].summary", 1 },
  /* Columns count characters: the line has Hebrew letters before the byte. */
  { "bad-invalid-utf8.json", CN_CATALOG_ERROR_ENCODING, 22, 51, "networks[1].name.he", 1 },
  { "bad-nul-byte.json", CN_CATALOG_ERROR_ENCODING, 10, 38, "networks[0].summary.en", 1 },
  { "bad-number-range.json", CN_CATALOG_ERROR_NUMBER_RANGE, 9, 18, "networks[0].founded", 1 },
  { "bad-schema-version.json", CN_CATALOG_ERROR_UNSUPPORTED_VERSION, 2, 3, "schema_version", 1 },
  { "bad-not-object.json", CN_CATALOG_ERROR_WRONG_TYPE, 1, 1, "", 1 },
  { "empty.json", CN_CATALOG_ERROR_SYNTAX, 1, 1, "", 1 },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autoptr(GFile) file = data_file (bad->file);
  g_autofree char *filename = g_file_get_path (file);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  g_autofree char *expected_prefix = NULL;
  const CnCatalogProblem *first;

  g_assert_true (g_file_query_exists (file, NULL));

  /* Must fail the same way with and without the strict flag. */
  for (guint pass = 0; pass < 2; pass++)
    {
      CnCatalogFlags flags = pass == 0 ? CN_CATALOG_FLAGS_NONE : CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS;

      g_clear_pointer (&problems, g_ptr_array_unref);
      g_clear_error (&error);
      g_clear_pointer (&expected_prefix, g_free);

      catalog = cn_catalog_new_from_file (file, flags, &problems, &error);
      g_assert_null (catalog);
      g_assert_true (g_error_matches (error, CN_CATALOG_ERROR, bad->code));

      g_assert_nonnull (problems);
      g_assert_cmpuint (problems->len, ==, bad->n_problems);
      first = g_ptr_array_index (problems, 0);
      g_assert_cmpint (first->code, ==, bad->code);
      g_assert_cmpstr (first->file, ==, filename);
      g_assert_cmpuint (first->line, ==, bad->line);
      g_assert_cmpuint (first->column, ==, bad->column);
      g_assert_cmpstr (first->path, ==, bad->path);
      g_assert_nonnull (first->message);
      g_assert_cmpstr (first->message, !=, "");

      /* "FILE:LINE:COLUMN: PATH: message", as compilers print it. */
      g_assert_true (g_str_has_prefix (error->message, filename));
      if (bad->path[0] != '\0')
        expected_prefix = g_strdup_printf ("%s:%u:%u: %s: %s", filename, bad->line, bad->column,
                                           bad->path, first->message);
      else
        expected_prefix = g_strdup_printf ("%s:%u:%u: %s", filename, bad->line, bad->column, first->message);
      g_assert_true (g_str_has_prefix (error->message, expected_prefix));
      if (bad->n_problems == 1)
        g_assert_cmpstr (error->message, ==, expected_prefix);
      else
        g_assert_nonnull (strstr (error->message, "more problem"));

      /* Without a problems array, the same error. */
      {
        g_autoptr(GError) error2 = NULL;
        g_autoptr(CnCatalog) catalog2 = cn_catalog_new_from_file (file, flags, NULL, &error2);

        g_assert_null (catalog2);
        g_assert_error (error2, CN_CATALOG_ERROR, (int) bad->code);
        g_assert_cmpstr (error2->message, ==, error->message);
      }
    }
}

static void
test_bad_several_problems (void)
{
  g_autoptr(GFile) file = data_file ("bad-unsafe-link.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  static const struct
  {
    guint       line;
    guint       column;
    const char *path;
    const char *url;
  } expected[] = {
    { 9, 58, "networks[0].successor.website", "https://user:pw@example.org/" },
    { 17, 7, "networks[0].website", "javascript:alert(1)" },
    { 18, 36, "networks[0].sources[0].url", "file:///etc/passwd" },
  };

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_UNSAFE_LINK);
  g_assert_nonnull (strstr (error->message, "(and 2 more problems)"));
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < problems->len; i++)
    {
      const CnCatalogProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = cn_catalog_problem_to_string (problem);
      g_autofree char *where = g_strdup_printf (":%u:%u: %s: ", expected[i].line, expected[i].column,
                                                expected[i].path);

      g_assert_cmpint (problem->code, ==, CN_CATALOG_ERROR_UNSAFE_LINK);
      g_assert_cmpuint (problem->line, ==, expected[i].line);
      g_assert_cmpuint (problem->column, ==, expected[i].column);
      g_assert_cmpstr (problem->path, ==, expected[i].path);
      g_assert_nonnull (strstr (problem->message, expected[i].url));
      g_assert_true (g_str_has_prefix (text, problem->file));
      g_assert_true (g_str_has_prefix (text + strlen (problem->file), where));
    }
}

static void
test_bad_unknown_field_then_missing (void)
{
  g_autoptr(GFile) file = data_file ("bad-unknown-field.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *second;

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (error->message, "(and 1 more problem)"));
  g_assert_nonnull (strstr (((CnCatalogProblem *) g_ptr_array_index (problems, 0))->message, "nmae"));

  /* A missing member has no place of its own: the object that lacks it. */
  second = g_ptr_array_index (problems, 1);
  g_assert_cmpint (second->code, ==, CN_CATALOG_ERROR_MISSING_FIELD);
  g_assert_cmpstr (second->path, ==, "networks[1]");
  g_assert_cmpuint (second->line, ==, 20);
  g_assert_cmpuint (second->column, ==, 5);
  g_assert_nonnull (strstr (second->message, "name"));
}

static void
test_bad_many_problems (void)
{
  g_autoptr(GString) extra = g_string_new (NULL);
  g_autofree char *json = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *last;

  for (guint i = 0; i < 150; i++)
    g_string_append_printf (extra, "\"unknown%u\": %u, ", i, i);
  json = catalog_with (extra->str);

  catalog = load_string (json, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_UNKNOWN_FIELD);

  /* At most CN_CATALOG_MAX_PROBLEMS, then one line saying there are more. */
  g_assert_cmpuint (problems->len, ==, CN_CATALOG_MAX_PROBLEMS + 1);
  g_assert_cmpstr (((CnCatalogProblem *) g_ptr_array_index (problems, 0))->path, ==, "unknown0");
  g_assert_cmpstr (((CnCatalogProblem *) g_ptr_array_index (problems, 99))->path, ==, "unknown99");
  last = g_ptr_array_index (problems, CN_CATALOG_MAX_PROBLEMS);
  g_assert_cmpuint (last->line, ==, 0);
  g_assert_nonnull (strstr (last->message, "more problems"));
}

/* Limits */

static void
test_too_deep (void)
{
  const gsize depth = 100000;
  g_autofree char *data = g_malloc (depth);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *problem;

  memset (data, '[', depth);
  bytes = g_bytes_new_static (data, depth);

  catalog = cn_catalog_new_from_bytes (bytes, "deep.json", CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_DEEP);
  g_assert_true (g_str_has_prefix (error->message, "deep.json:"));
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  /* The first "[" beyond the limit. */
  g_assert_cmpuint (problem->line, ==, 1);
  g_assert_cmpuint (problem->column, ==, CN_CATALOG_MAX_DEPTH + 1);
}

static char *
nested_arrays (guint depth)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (str, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (str, ']');
  return g_string_free (str, FALSE);
}

static void
test_depth_limit (void)
{
  /* The root object is one level: "x-deep" may nest MAX_DEPTH - 1 more. */
  g_autofree char *ok_arrays = nested_arrays (CN_CATALOG_MAX_DEPTH - 1);
  g_autofree char *deep_arrays = nested_arrays (CN_CATALOG_MAX_DEPTH);
  g_autofree char *ok_member = g_strdup_printf ("\"x-deep\": %s,", ok_arrays);
  g_autofree char *deep_member = g_strdup_printf ("\"x-deep\": %s,", deep_arrays);
  g_autofree char *ok_json = catalog_with (ok_member);
  g_autofree char *deep_json = catalog_with (deep_member);
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) ok = NULL;
  g_autoptr(CnCatalog) deep = NULL;

  ok = load_string (ok_json, CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ok);

  deep = load_string (deep_json, CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_assert_null (deep);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_DEEP);
}

static void
test_too_large (void)
{
  const gsize size = CN_CATALOG_MAX_SIZE + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *problem;

  memset (data, ' ', size);
  bytes = g_bytes_new_take (data, size);

  catalog = cn_catalog_new_from_bytes (bytes, "huge.json", CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_LARGE);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, CN_CATALOG_ERROR_TOO_LARGE);
  g_assert_cmpstr (problem->path, ==, "");
  g_assert_true (g_str_has_prefix (error->message, "huge.json:"));
}

static void
test_too_large_position (void)
{
  const gsize size = CN_CATALOG_MAX_SIZE + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *problem;

  memset (data, ' ', size);
  bytes = g_bytes_new_take (data, size);

  /* The size concerns the whole file: no line, like the same file read
   * with cn_catalog_new_from_file(). */
  catalog = cn_catalog_new_from_bytes (bytes, "huge.json", CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->line, ==, 0);
  g_assert_cmpuint (problem->column, ==, 0);
  g_assert_true (g_str_has_prefix (error->message, "huge.json: "));
}

static void
test_too_large_file (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "huge.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *problem;
  int fd;

  /* A sparse file: the size is checked before anything is read. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) CN_CATALOG_MAX_SIZE + 1), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, CN_CATALOG_ERROR_TOO_LARGE);
  g_assert_cmpuint (problem->line, ==, 0);

  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
test_too_long_text (void)
{
  g_autofree char *ok_text = g_strnfill (CN_CATALOG_MAX_TEXT, 'a');
  g_autofree char *long_text = g_strnfill (CN_CATALOG_MAX_TEXT + 1, 'a');
  g_autofree char *ok_member = g_strdup_printf ("\"x-text\": \"%s\",", ok_text);
  g_autofree char *long_member = g_strdup_printf ("\"x-text\": \"%s\",", long_text);
  g_autofree char *ok_json = catalog_with (ok_member);
  g_autofree char *long_json = catalog_with (long_member);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) ok = NULL;
  g_autoptr(CnCatalog) too_long = NULL;
  const CnCatalogProblem *problem;

  ok = load_string (ok_json, CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ok);

  too_long = load_string (long_json, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (too_long);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_LONG);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->path, ==, "x-text");
  g_assert_cmpuint (problem->line, ==, 2);
  g_assert_cmpuint (problem->column, ==, 13);
}

/* Values */

/* good.json with the introduction's "verified" (the first one) set to @date. */
static char *
catalog_with_date (const char *date)
{
  g_autofree char *json = catalog_with (NULL);
  g_autofree char *verified = g_strdup_printf ("\"verified\": \"%s\"", date);
  GString *str = g_string_new (json);

  g_assert_cmpuint (g_string_replace (str, "\"verified\": \"2026-11-28\"", verified, 1), ==, 1);
  return g_string_free (str, FALSE);
}

static void
test_dates (void)
{
  static const struct
  {
    const char *date;
    gboolean    valid;
  } dates[] = {
    { "2026-11-28", TRUE },
    { "2024-02-29", TRUE },
    { "1800-01-01", TRUE },
    { "2026-13-45", FALSE },
    { "2025-02-29", FALSE },
    { "2026-00-10", FALSE },
    { "2026-11-00", FALSE },
    { "2026-1-28", FALSE },
    { "26-11-28", FALSE },
    { "2026/11/28", FALSE },
    { "28-11-2026", FALSE },
    { "2026-11-28T00:00", FALSE },
    { "1200-01-01", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *json = catalog_with_date (dates[i].date);
      g_autoptr(GError) error = NULL;
      g_autoptr(CnCatalog) catalog = load_string (json, CN_CATALOG_FLAGS_NONE, NULL, &error);

      g_test_message ("date %s", dates[i].date);
      if (dates[i].valid)
        {
          g_assert_no_error (error);
          g_assert_nonnull (catalog);
        }
      else
        {
          g_assert_null (catalog);
          g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_INVALID_VALUE);
        }
    }
}

static void
test_dates_strict (void)
{
  /* Only digits: sscanf()'s %u would also take a sign or a space. */
  static const char * const dates[] = { "2026-+1-28", "2026- 1-28", "2026-11-+8", "2026-11- 8" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *json = catalog_with_date (dates[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(CnCatalog) catalog = load_string (json, CN_CATALOG_FLAGS_NONE, NULL, &error);

      g_test_message ("date “%s”", dates[i]);
      g_assert_null (catalog);
      g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_INVALID_VALUE);
    }
}

static void
test_uri_is_safe (void)
{
  static const char * const safe[] = {
    "https://www.c40.org",
    "https://iclei.org/about_iclei_2/",
    "http://www.ecomobility.org",
    "HTTPS://EXAMPLE.ORG/Path?query=1#fragment",
    "mailto:info@example.org",
  };
  static const char * const unsafe[] = {
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "smb://server/share",
    "ftp://example.org/file",
    "https://user:pw@example.org/",
    "https://user@example.org/",
    "https://example.org@evil.example/",
    "mailto:",
    "https://",
    "https:///path",
    "//example.org",
    "example.org",
    "https://exa mple.org",
    "https://example.org/\n",
    "",
    NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (safe); i++)
    {
      g_test_message ("safe: %s", safe[i]);
      g_assert_true (cn_uri_is_safe (safe[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (unsafe); i++)
    {
      g_test_message ("unsafe: %s", unsafe[i] ? unsafe[i] : "(null)");
      g_assert_false (cn_uri_is_safe (unsafe[i]));
    }
}

static void
test_mailto_not_a_website (void)
{
  /* cn_uri_is_safe() accepts mail links, but a website or source must be a web page. */
  g_autofree char *json = catalog_with ("");
  g_autofree char *mail = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  GString *str = g_string_new (json);

  g_assert_cmpuint (g_string_replace (str, "\"website\": \"https://www.c40.org\"",
                                      "\"website\": \"mailto:info@c40.org\"", 1), ==, 1);
  mail = g_string_free (str, FALSE);

  catalog = load_string (mail, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_UNSAFE_LINK);
  g_assert_cmpstr (((CnCatalogProblem *) g_ptr_array_index (problems, 0))->path, ==, "networks[0].website");
}

/* good.json with the first @find replaced by @replace. */
static char *
good_replaced (const char *find,
               const char *replace)
{
  g_autofree char *json = catalog_with (NULL);
  GString *str = g_string_new (json);

  g_assert_cmpuint (g_string_replace (str, find, replace, 1), ==, 1);
  return g_string_free (str, FALSE);
}

static void
test_listed_twice (void)
{
  /* A theme listed twice is a problem ... */
  g_autofree char *themes = good_replaced ("\"themes\": [\"mitigation\", \"adaptation\", \"resilience\"]",
                                           "\"themes\": [\"mitigation\", \"adaptation\", \"mitigation\"]");
  /* ... and so is a benefit: the network would be listed twice among the
   * benefit's deliveries. */
  g_autofree char *benefits = good_replaced ("{\"benefit\": \"guidelines\", \"example\": {\"en\": \"The GreenClimateCities method.\", \"he\": \"שיטת GreenClimateCities.\"}}",
                                             "{\"benefit\": \"guidelines\", \"example\": {\"en\": \"The GreenClimateCities method.\", \"he\": \"שיטת GreenClimateCities.\"}}, "
                                             "{\"benefit\": \"guidelines\", \"example\": {\"en\": \"Again.\", \"he\": \"שוב.\"}}");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *problem;

  catalog = load_string (themes, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_DUPLICATE_ID);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->path, ==, "networks[1].themes[2]");

  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);
  catalog = load_string (benefits, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_DUPLICATE_ID);
  g_assert_nonnull (problems);
  if (problems != NULL)
    {
      problem = g_ptr_array_index (problems, 0);
      g_assert_true (g_str_has_prefix (problem->path, "networks[1].benefits[2]"));
    }
}

static void
test_helper_loads (void)
{
  /* Guards the helper the other tests build on: unchanged, it loads. */
  g_autofree char *json = catalog_with ("\"x-added\": true,");
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = load_string (json, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpstr (cn_catalog_get_filename (catalog), ==, "test.json");
  g_assert_cmpstr (network_id_at (catalog, 0), ==, "c40");
  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_networks (catalog)), ==, 5);
}

/* I/O */

static void
test_missing_file (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "no-such-dir", "catalog.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *problem;

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, CN_CATALOG_ERROR_IO);
  g_assert_cmpstr (problem->file, ==, path);
  g_assert_cmpuint (problem->line, ==, 0);
  g_assert_cmpstr (problem->path, ==, "");

  /* Also without a problems array. */
  g_clear_error (&error);
  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_IO);
}

static void
test_directory (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_IO);
}

static void
test_problem_to_string (void)
{
  CnCatalogProblem located = { CN_CATALOG_ERROR_SYNTAX, (char *) "a.json", 3, 14, (char *) "networks[2].name",
                               (char *) "oops" };
  CnCatalogProblem whole = { CN_CATALOG_ERROR_IO, (char *) "b.json", 0, 0, (char *) "", (char *) "gone" };
  g_autofree char *a = cn_catalog_problem_to_string (&located);
  g_autofree char *b = cn_catalog_problem_to_string (&whole);

  g_assert_cmpstr (a, ==, "a.json:3:14: networks[2].name: oops");
  g_assert_cmpstr (b, ==, "b.json: gone");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Report every failing check, not only the first: a failed g_assert_*()
   * marks its test failed and the run goes on. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/catalog/good/counts", test_good_counts);
  g_test_add_func ("/catalog/good/lookups", test_good_lookups);
  g_test_add_func ("/catalog/good/network-fields", test_good_network_fields);
  g_test_add_func ("/catalog/good/successor", test_good_successor);
  g_test_add_func ("/catalog/good/deliveries", test_good_deliveries);
  g_test_add_func ("/catalog/good/case-study", test_good_case_study);
  g_test_add_func ("/catalog/good/case-study-achievement-mention", test_good_case_study_achievement_mention);
  g_test_add_func ("/catalog/good/require-translations", test_good_require_translations);
  g_test_add_func ("/catalog/good/bom", test_good_with_bom);
  g_test_add_func ("/catalog/helper", test_helper_loads);
  g_test_add_func ("/catalog/translations/required", test_translations_required);
  g_test_add_func ("/catalog/x-extension", test_x_extension);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const char *file = bad_files[i].file;
      g_autofree char *name = NULL;

      if (g_str_has_prefix (file, "bad-"))
        file += strlen ("bad-");
      name = g_strndup (file, strlen (file) - strlen (".json"));
      g_autofree char *test_path = g_strdup_printf ("/catalog/bad/%s", name);

      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/catalog/problems/several", test_bad_several_problems);
  g_test_add_func ("/catalog/problems/unknown-then-missing", test_bad_unknown_field_then_missing);
  g_test_add_func ("/catalog/problems/cap", test_bad_many_problems);
  g_test_add_func ("/catalog/problems/to-string", test_problem_to_string);

  g_test_add_func ("/catalog/limits/too-deep", test_too_deep);
  g_test_add_func ("/catalog/limits/depth-boundary", test_depth_limit);
  g_test_add_func ("/catalog/limits/too-large", test_too_large);
  g_test_add_func ("/catalog/limits/too-large-position", test_too_large_position);
  g_test_add_func ("/catalog/limits/too-large-file", test_too_large_file);
  g_test_add_func ("/catalog/limits/too-long-text", test_too_long_text);

  g_test_add_func ("/catalog/values/dates", test_dates);
  g_test_add_func ("/catalog/values/dates-digits-only", test_dates_strict);
  g_test_add_func ("/catalog/values/uri-is-safe", test_uri_is_safe);
  g_test_add_func ("/catalog/values/mailto-not-a-website", test_mailto_not_a_website);
  g_test_add_func ("/catalog/values/listed-twice", test_listed_twice);

  g_test_add_func ("/catalog/io/missing-file", test_missing_file);
  g_test_add_func ("/catalog/io/directory", test_directory);

  return g_test_run ();
}
