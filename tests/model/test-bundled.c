/* test-bundled.c: the catalog compiled into the app
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>
#include <string.h>

#include "cn-catalog.h"
#include "cn-uri.h"

/* Content checks report every problem (g_test_fail_printf) before the test
 * fails, so one run lists everything the dataset lacks. */

static CnCatalog *catalog;
static guint n_texts_checked;

static CnCatalog *
get_catalog (void)
{
  if (catalog == NULL)
    {
      g_autoptr(GError) error = NULL;

      catalog = cn_catalog_new_bundled (&error);
      g_assert_no_error (error);
      g_assert_nonnull (catalog);
    }
  return catalog;
}

/* Every text of the bundled dataset has non-empty English and Hebrew. */
static void
check_text (const CnText *text,
            const char   *owner,
            const char   *field,
            gboolean      optional)
{
  const char *en;
  const char *he;

  if (text == NULL)
    {
      if (!optional)
        g_test_fail_printf ("%s.%s: the text is missing", owner, field);
      return;
    }

  n_texts_checked++;
  en = cn_text_get_for_language (text, "en");
  he = cn_text_get_for_language (text, "he");
  if (en == NULL || en[0] == '\0')
    g_test_fail_printf ("%s.%s: no English text", owner, field);
  if (he == NULL || he[0] == '\0')
    g_test_fail_printf ("%s.%s: no Hebrew text", owner, field);
}

static gboolean
is_iso_date (const char *date)
{
  guint y, m, d;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;

  y = atoi (date);
  m = atoi (date + 5);
  d = atoi (date + 8);
  return g_date_valid_dmy (d, m, y);
}

static void
check_sources (const CnSource *sources,
               guint           n_sources,
               const char     *owner)
{
  if (n_sources == 0)
    g_test_fail_printf ("%s: no sources", owner);
  for (guint i = 0; i < n_sources; i++)
    {
      if (sources[i].title == NULL || sources[i].title[0] == '\0')
        g_test_fail_printf ("%s: source %u has no title", owner, i);
      if (!cn_uri_is_safe (sources[i].url))
        g_test_fail_printf ("%s: unsafe source link %s", owner, sources[i].url);
    }
}

static void
check_date (const char *date,
            const char *owner)
{
  if (!is_iso_date (date))
    g_test_fail_printf ("%s: verified “%s” is not a YYYY-MM-DD date", owner, date ? date : "(none)");
}

static void
test_loads (void)
{
  CnCatalog *bundled = get_catalog ();

  g_assert_cmpstr (cn_catalog_get_filename (bundled), ==, "catalog.json");
}

static void
test_counts (void)
{
  static const char * const network_ids[] = {
    "c40", "iclei", "smart-cities-council", "100-resilient-cities", "global-covenant-of-mayors",
    "eu-urban-agenda", "ungc-cities-programme", "medadapt-awards", "wwf-one-planet-city-challenge",
    "sum-network", "ecomobility-alliance", "gggi",
  };
  static const char * const benefit_ids[] = {
    "knowledge-sharing", "resources", "guidelines", "partnerships", "recognition",
  };
  GListModel *benefits;

  get_catalog ();

  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_networks (catalog)), ==, 12);
  for (guint i = 0; i < G_N_ELEMENTS (network_ids); i++)
    if (cn_catalog_find_network (catalog, network_ids[i]) == NULL)
      g_test_fail_printf ("the network “%s” is missing", network_ids[i]);

  /* Exactly the five, in this order. */
  benefits = cn_catalog_get_benefits (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (benefits), ==, G_N_ELEMENTS (benefit_ids));
  for (guint i = 0; i < G_N_ELEMENTS (benefit_ids); i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);

      g_assert_cmpstr (cn_benefit_get_id (benefit), ==, benefit_ids[i]);
    }

  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_case_studies (catalog)), ==, 1);
  g_assert_nonnull (cn_catalog_find_case_study (catalog, "toronto"));
}

static void
test_introduction (void)
{
  const CnSource *sources;
  guint n_sources;

  get_catalog ();

  check_text (cn_catalog_get_introduction_title (catalog), "introduction", "title", FALSE);
  check_text (cn_catalog_get_introduction_body (catalog), "introduction", "body", FALSE);
  sources = cn_catalog_get_introduction_sources (catalog, &n_sources);
  check_sources (sources, n_sources, "introduction");
}

static void
test_networks (void)
{
  GListModel *networks;

  get_catalog ();

  networks = cn_catalog_get_networks (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);
      const char *id = cn_network_get_id (network);
      const CnProgramme *programmes;
      const CnBenefitLink *links;
      const CnDatedText *israel;
      const CnSource *sources;
      const CnTerm * const *terms;
      guint n;

check_text (cn_network_get_name (network), id, "name", FALSE);
      check_text (cn_network_get_summary (network), id, "summary", FALSE);
      check_text (cn_network_get_description (network), id, "description", TRUE);
      check_text (cn_network_get_eligibility (network), id, "eligibility", TRUE);
      check_text (cn_network_get_status_note (network), id, "status_note", TRUE);
      check_text (cn_network_get_successor_name (network), id, "successor.name", TRUE);
      check_text (cn_network_get_founders (network), id, "founders", TRUE);
      check_text (cn_network_get_secretariat (network), id, "secretariat", TRUE);
      check_text (cn_network_get_israel_eligibility_note (network), id, "israel_eligibility.note", TRUE);
      check_text (cn_network_get_cost (network), id, "cost", TRUE);
      check_text (cn_network_get_commitments (network), id, "commitments", TRUE);
      check_text (cn_network_get_size (network), id, "size.text", TRUE);
      check_text (cn_network_get_unconfirmed (network), id, "unconfirmed", TRUE);

      programmes = cn_network_get_programmes (network, &n);
      for (guint j = 0; j < n; j++)
        {
          check_text (programmes[j].name, id, "programmes[].name", FALSE);
          check_text (programmes[j].description, id, "programmes[].description", FALSE);
        }
      links = cn_network_get_benefits (network, &n);
      for (guint j = 0; j < n; j++)
        check_text (links[j].example, id, "benefits[].example", FALSE);
      israel = cn_network_get_israel (network, &n);
      for (guint j = 0; j < n; j++)
        check_text (israel[j].text, id, "israel[].text", FALSE);
      terms = cn_network_get_themes (network, &n);
      for (guint j = 0; j < n; j++)
        check_text (terms[j]->label, terms[j]->id, "label", FALSE);
      terms = cn_network_get_regions (network, &n);
      for (guint j = 0; j < n; j++)
        check_text (terms[j]->label, terms[j]->id, "label", FALSE);

      sources = cn_network_get_sources (network, &n);
      check_sources (sources, n, id);
      if (!cn_uri_is_safe (cn_network_get_website (network)))
        g_test_fail_printf ("%s: unsafe website", id);
      check_date (cn_network_get_verified (network), id);
    }

  /* Twelve networks have at least name, summary, description, eligibility,
   * the eligibility note and their theme and region labels. */
  g_test_message ("%u texts checked", n_texts_checked);
  g_assert_cmpuint (n_texts_checked, >=, 12 * 7);
}

static void
test_ended_network (void)
{
  CnNetwork *rc100;
  const char *successor;

  get_catalog ();

  rc100 = cn_catalog_find_network (catalog, "100-resilient-cities");
  g_assert_nonnull (rc100);
  g_assert_cmpint (cn_network_get_status (rc100), ==, CN_NETWORK_STATUS_ENDED);
  g_assert_cmpint (cn_network_get_status_year (rc100), ==, 2019);
  g_assert_nonnull (cn_network_get_successor_name (rc100));
  successor = cn_text_get_for_language (cn_network_get_successor_name (rc100), "en");
  g_assert_nonnull (successor);
  g_assert_nonnull (strstr (successor, "Resilient Cities Network"));
}

static void
test_benefits (void)
{
  GListModel *benefits;

  get_catalog ();

  benefits = cn_catalog_get_benefits (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (benefits); i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);
      const char *id = cn_benefit_get_id (benefit);
      const CnSource *sources;
      guint n;

      check_text (cn_benefit_get_title (benefit), id, "title", FALSE);
      check_text (cn_benefit_get_summary (benefit), id, "summary", FALSE);
      check_text (cn_benefit_get_explanation (benefit), id, "explanation", FALSE);
      check_text (cn_benefit_get_in_practice (benefit), id, "in_practice", FALSE);
      sources = cn_benefit_get_sources (benefit, &n);
      check_sources (sources, n, id);
      check_date (cn_benefit_get_verified (benefit), id);

      /* Every benefit is delivered by at least one network. */
      cn_benefit_get_deliveries (benefit, &n);
      if (n == 0)
        g_test_fail_printf ("%s: no network delivers it", id);
    }
}

static void
test_case_study (void)
{
  CnCaseStudy *toronto;
  const CnCaseSection *sections;
  const CnAchievement *achievements;
  const CnTimelineEvent *timeline;
  const CnSource *sources;
  guint n;

  get_catalog ();

  toronto = cn_catalog_find_case_study (catalog, "toronto");
  g_assert_nonnull (toronto);
  check_text (cn_case_study_get_title (toronto), "toronto", "title", FALSE);
  check_text (cn_case_study_get_summary (toronto), "toronto", "summary", FALSE);

  sections = cn_case_study_get_sections (toronto, &n);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      check_text (sections[i].title, "toronto", "sections[].title", FALSE);
      check_text (sections[i].body, "toronto", "sections[].body", FALSE);
    }
  achievements = cn_case_study_get_achievements (toronto, &n);
  for (guint i = 0; i < n; i++)
    {
      check_text (achievements[i].title, "toronto", "achievements[].title", FALSE);
      check_text (achievements[i].text, "toronto", "achievements[].text", FALSE);
    }
  timeline = cn_case_study_get_timeline (toronto, &n);
  for (guint i = 0; i < n; i++)
    {
      check_text (timeline[i].event, "toronto", "timeline[].event", FALSE);
      if (i > 0)
        g_assert_cmpint (timeline[i - 1].year, <=, timeline[i].year);
    }
  sources = cn_case_study_get_sources (toronto, &n);
  check_sources (sources, n, "toronto");
  check_date (cn_case_study_get_verified (toronto), "toronto");
}

static void
test_search_docs (void)
{
  g_autoptr(CnSearchQuery) query = NULL;
  CnNetwork *c40;

  get_catalog ();

  /* The search documents are built for the bundled catalog too. */
  c40 = cn_catalog_find_network (catalog, "c40");
  g_assert_nonnull (c40);
  query = cn_search_query_new ("C40");
  g_assert_cmpint (cn_search_doc_match (cn_catalog_get_network_search_doc (catalog, cn_network_get_position (c40)),
                                        query), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Report every failing check, not only the first: a failed g_assert_*()
   * marks its test failed and the run goes on. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/bundled/loads", test_loads);
  g_test_add_func ("/bundled/counts", test_counts);
  g_test_add_func ("/bundled/introduction", test_introduction);
  g_test_add_func ("/bundled/networks", test_networks);
  g_test_add_func ("/bundled/ended-network", test_ended_network);
  g_test_add_func ("/bundled/benefits", test_benefits);
  g_test_add_func ("/bundled/case-study", test_case_study);
  g_test_add_func ("/bundled/search", test_search_docs);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
