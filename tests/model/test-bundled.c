/* test-bundled.c: the catalog compiled into the app
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>
#include <string.h>

#include "cn-catalog.h"
#include "cn-source-policy.h"
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
      if (cn_source_is_weak (sources[i].url, sources[i].title))
        g_test_fail_printf ("%s: weak source %s (see cn-source-policy.c)", owner, sources[i].url);
    }
}

static void
check_source_array (GArray     *sources,
                    const char *owner)
{
  check_sources ((const CnSource *) (gpointer) sources->data, sources->len, owner);
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

  /* Toronto first, then Tel Aviv-Yafo. */
  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_case_studies (catalog)), ==, 2);
  {
    g_autoptr(CnCaseStudy) first = g_list_model_get_item (cn_catalog_get_case_studies (catalog), 0);
    g_autoptr(CnCaseStudy) second = g_list_model_get_item (cn_catalog_get_case_studies (catalog), 1);

    g_assert_cmpstr (cn_case_study_get_id (first), ==, "toronto");
    g_assert_cmpstr (cn_case_study_get_id (second), ==, "tel-aviv-yafo");
  }
}

/* The loader found no weak source (the deny list of cn-source-policy.c). */
static void
test_no_warnings (void)
{
  GPtrArray *warnings;

  get_catalog ();

  warnings = cn_catalog_get_warnings (catalog);
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = cn_catalog_problem_to_string (g_ptr_array_index (warnings, i));

      g_test_fail_printf ("%s", line);
    }
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

/* Parts of the Toronto case study written before parts had sources of
 * their own: the case study's list covers them. Every other section,
 * achievement and event, and every section of every other case study,
 * has its own sources. */
static gboolean
predates_part_sources (const char *study,
                       const char *section)
{
  static const char * const toronto_sections[] = { "why", "networks", "achievements", "lessons", NULL };

  return g_str_equal (study, "toronto") && (section == NULL || g_strv_contains (toronto_sections, section));
}

/* Every source of a part is in the case study's own list as well. */
static void
check_part_sources (GArray         *part_sources,
                    const CnSource *study_sources,
                    guint           n_study_sources,
                    const char     *owner)
{
  for (guint i = 0; i < part_sources->len; i++)
    {
      const char *url = g_array_index (part_sources, CnSource, i).url;
      gboolean found = FALSE;

      for (guint j = 0; j < n_study_sources && !found; j++)
        found = g_str_equal (study_sources[j].url, url);
      if (!found)
        g_test_fail_printf ("%s: %s is not in the case study's sources", owner, url);
    }
}

static void
check_networks_resolve (GPtrArray  *networks,
                        const char *owner)
{
  for (guint i = 0; i < networks->len; i++)
    {
      CnNetwork *network = g_ptr_array_index (networks, i);

      if (cn_catalog_find_network (catalog, cn_network_get_id (network)) != network)
        g_test_fail_printf ("%s: network %u does not resolve", owner, i);
    }
}

static void
test_case_studies (void)
{
  GListModel *studies;

  get_catalog ();

  studies = cn_catalog_get_case_studies (catalog);
  for (guint s = 0; s < g_list_model_get_n_items (studies); s++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (studies, s);
      const char *id = cn_case_study_get_id (study);
      const CnCaseSection *sections;
      const CnAchievement *achievements;
      const CnTimelineEvent *timeline;
      const CnSource *sources;
      guint n, n_sources, n_own = 0;

      check_text (cn_case_study_get_title (study), id, "title", FALSE);
      check_text (cn_case_study_get_summary (study), id, "summary", FALSE);
      sources = cn_case_study_get_sources (study, &n_sources);
      check_sources (sources, n_sources, id);
      check_date (cn_case_study_get_verified (study), id);

      sections = cn_case_study_get_sections (study, &n);
      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *owner = g_strdup_printf ("%s.sections[%s]", id, sections[i].id);

          check_text (sections[i].title, owner, "title", FALSE);
          check_text (sections[i].body, owner, "body", FALSE);
          check_networks_resolve (sections[i].networks, owner);
          if (!predates_part_sources (id, sections[i].id) || sections[i].sources->len > 0)
            check_source_array (sections[i].sources, owner);
          check_part_sources (sections[i].sources, sources, n_sources, owner);
          /* The app's own reading is marked as such. */
          if (g_str_equal (sections[i].id, "lessons") || g_str_equal (sections[i].id, "takeaway"))
            {
              if (!sections[i].own_reading)
                g_test_fail_printf ("%s: not marked own_reading", owner);
            }
          else if (sections[i].own_reading)
            g_test_fail_printf ("%s: marked own_reading", owner);
          n_own += sections[i].own_reading;
        }
      if (n_own == 0)
        g_test_fail_printf ("%s: no section is marked as the app's own reading", id);

      achievements = cn_case_study_get_achievements (study, &n);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *owner = g_strdup_printf ("%s.achievements[%u]", id, i);

          check_text (achievements[i].title, owner, "title", FALSE);
          check_text (achievements[i].text, owner, "text", FALSE);
          if (achievements[i].benefit == NULL ||
              cn_catalog_find_benefit (catalog, cn_benefit_get_id (achievements[i].benefit)) != achievements[i].benefit)
            g_test_fail_printf ("%s: the benefit does not resolve", owner);
          check_networks_resolve (achievements[i].networks, owner);
          if (!predates_part_sources (id, NULL))
            check_source_array (achievements[i].sources, owner);
          check_part_sources (achievements[i].sources, sources, n_sources, owner);
        }

      timeline = cn_case_study_get_timeline (study, &n);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *owner = g_strdup_printf ("%s.timeline[%u]", id, i);

          check_text (timeline[i].event, owner, "event", FALSE);
          if (i > 0)
            g_assert_cmpint (timeline[i - 1].year, <=, timeline[i].year);
          check_networks_resolve (timeline[i].networks, owner);
          if (!predates_part_sources (id, NULL))
            check_source_array (timeline[i].sources, owner);
          check_part_sources (timeline[i].sources, sources, n_sources, owner);
        }
    }
}

/* What an authority decides with: present, in both languages, sourced. */
static void
test_decide (void)
{
  GListModel *networks;

  get_catalog ();

  networks = cn_catalog_get_networks (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);
      const char *id = cn_network_get_id (network);
      const CnEligibilityConditions *conditions;
      const CnCommitmentStep *steps;
      const CnHowToJoin *how;
      const CnCall *calls;
      const CnSource *sources;
      const CnTerm * const *flags;
      const CnText *short_name;
      guint n;

      check_text (cn_network_get_guide (network), id, "guide", FALSE);
      short_name = cn_network_get_short_name (network);
      if (short_name != NULL && cn_text_get_for_language (short_name, "he") == NULL)
        g_test_fail_printf ("%s.short_name: no Hebrew short name", id);

      /* A fee for every network, "unknown" where the sources do not say. */
      sources = cn_network_get_fee_sources (network, &n);
      check_sources (sources, n, id);
      check_text (cn_network_get_fee_amount (network), id, "fee.amount", TRUE);
      if (cn_network_get_fee_amount (network) != NULL && cn_network_get_fee_status (network) != CN_FEE_PAID)
        g_test_fail_printf ("%s.fee: an amount without a fee", id);

      flags = cn_network_get_flags (network, &n);
      for (guint j = 0; j < n; j++)
        check_text (flags[j]->label, flags[j]->id, "label", FALSE);

      conditions = cn_network_get_eligibility_conditions (network);
      if (conditions == NULL)
        g_test_fail_printf ("%s: no eligibility_conditions", id);
      else
        {
          g_autofree char *owner = g_strdup_printf ("%s.eligibility_conditions", id);

          check_text (conditions->population_note, owner, "population_note", TRUE);
          check_text (conditions->note, owner, "note", TRUE);
          for (guint j = 0; j < conditions->areas->len; j++)
            check_text (((CnTerm *) g_ptr_array_index (conditions->areas, j))->label, owner, "areas[].label", FALSE);
          for (guint j = 0; j < conditions->authority_types->len; j++)
            check_text (((CnTerm *) g_ptr_array_index (conditions->authority_types, j))->label, owner,
                        "authority_types[].label", FALSE);
          check_source_array (conditions->sources, owner);
        }

      steps = cn_network_get_commitment_steps (network, &n);
      for (guint j = 0; j < n; j++)
        {
          g_autofree char *owner = g_strdup_printf ("%s.commitment_steps[%u]", id, j);

          check_text (steps[j].what, owner, "what", FALSE);
          check_source_array (steps[j].sources, owner);
        }

      how = cn_network_get_how_to_join (network);
      if (how != NULL)
        {
          g_autofree char *owner = g_strdup_printf ("%s.how_to_join", id);

          check_text (how->steps, owner, "steps", FALSE);
          check_text (how->reporting_platform, owner, "reporting_platform", TRUE);
          if (how->contact_url != NULL && !cn_uri_is_safe (how->contact_url))
            g_test_fail_printf ("%s: unsafe contact link", owner);
          check_source_array (how->sources, owner);
        }
      /* The SUM network's name is used by several initiatives: no one way in. */
      else if (!cn_network_has_flag (network, "ambiguous-name"))
        g_test_fail_printf ("%s: no how_to_join", id);

      calls = cn_network_get_calls (network, &n);
      for (guint j = 0; j < n; j++)
        {
          g_autofree char *owner = g_strdup_printf ("%s.calls[%u]", id, j);

          check_text (calls[j].title, owner, "title", FALSE);
          if (calls[j].network != network)
            g_test_fail_printf ("%s: the call's network is wrong", owner);
          if (!cn_uri_is_safe (calls[j].url))
            g_test_fail_printf ("%s: unsafe link", owner);
          if (calls[j].opens != NULL && !is_iso_date (calls[j].opens))
            g_test_fail_printf ("%s: opens is not a date", owner);
          if (calls[j].closes != NULL && !is_iso_date (calls[j].closes))
            g_test_fail_printf ("%s: closes is not a date", owner);
          check_source_array (calls[j].sources, owner);
        }
    }
}

static void
test_catalog_lists (void)
{
  const CnDatasetInfo *info;
  const CnGlossaryEntry *glossary;
  const CnIsraeliAuthority *authorities;
  const char * const * const *synonyms;
  g_autoptr(GPtrArray) calls = NULL;
  guint n, n_calls = 0;

  get_catalog ();

  info = cn_catalog_get_dataset_info (catalog);
  g_assert_nonnull (info);
  check_text (info->title, "dataset", "title", FALSE);
  check_text (info->publisher, "dataset", "publisher", FALSE);
  g_assert_cmpstr (info->version, ==, "2026.12.2");
  g_assert_cmpstr (info->published, ==, "2026-12-03");

  for (CnVocabulary v = CN_VOCABULARY_THEMES; v <= CN_VOCABULARY_AUTHORITY_TYPES; v++)
    {
      const CnTerm * const *terms = cn_catalog_get_vocabulary (catalog, v, &n);

      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        check_text (terms[i]->label, terms[i]->id, "label", FALSE);
    }

  glossary = cn_catalog_get_glossary (catalog, &n);
  g_assert_cmpuint (n, >=, 15);
  for (guint i = 0; i < n; i++)
    {
      check_text (glossary[i].expansion, glossary[i].term, "expansion", TRUE);
      check_text (glossary[i].definition, glossary[i].term, "definition", FALSE);
      check_source_array (glossary[i].sources, glossary[i].term);
    }
  g_assert_nonnull (cn_catalog_find_glossary_entry (catalog, "GCoM"));
  g_assert_nonnull (cn_catalog_find_glossary_entry (catalog, "CDP"));

  authorities = cn_catalog_get_israeli_authorities (catalog, &n);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *owner = g_strdup_printf ("israeli_authorities[%u]", i);

      check_text (authorities[i].authority, owner, "authority", FALSE);
      check_text (authorities[i].text, owner, "text", FALSE);
      check_networks_resolve (authorities[i].networks, owner);
      check_source_array (authorities[i].sources, owner);
    }

  /* Each group joins English and Hebrew words. */
  synonyms = cn_catalog_get_synonyms (catalog, &n);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      gboolean hebrew = FALSE, latin = FALSE;

      for (guint j = 0; synonyms[i][j] != NULL; j++)
        for (const char *p = synonyms[i][j]; *p; p = g_utf8_next_char (p))
          {
            gunichar c = g_utf8_get_char (p);

            hebrew |= g_unichar_get_script (c) == G_UNICODE_SCRIPT_HEBREW;
            latin |= g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN;
          }
      if (!hebrew || !latin)
        g_test_fail_printf ("synonyms[%u] (“%s”, …) is not in both languages", i, synonyms[i][0]);
    }

  /* The calls are kept per network only; the catalog lists them all. */
  for (guint i = 0; i < g_list_model_get_n_items (cn_catalog_get_networks (catalog)); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (cn_catalog_get_networks (catalog), i);

      cn_network_get_calls (network, &n);
      n_calls += n;
    }
  calls = cn_catalog_dup_calls (catalog);
  g_assert_cmpuint (calls->len, ==, n_calls);
  g_assert_cmpuint (calls->len, >, 0);
}

/* Facts the research settled (facts.md), which the data must keep. */
static void
test_facts (void)
{
  CnNetwork *network;
  const CnCall *calls;
  guint n;

  get_catalog ();

  /* UN Global Compact Cities Programme: its secretariat closed in February
   * 2021 and nothing shows it admitting cities since. */
  network = cn_catalog_find_network (catalog, "ungc-cities-programme");
  g_assert_cmpint (cn_network_get_status (network), !=, CN_NETWORK_STATUS_ACTIVE);
  g_assert_true (cn_network_has_flag (network, "application-closed"));

  /* C40: membership is performance-based, not fee-based. */
  g_assert_cmpint (cn_network_get_fee_status (cn_catalog_find_network (catalog, "c40")), ==, CN_FEE_NONE);
  /* ICLEI: dues by population and national income. */
  network = cn_catalog_find_network (catalog, "iclei");
  g_assert_cmpint (cn_network_get_fee_status (network), ==, CN_FEE_PAID);
  g_assert_nonnull (cn_network_get_fee_amount (network));

  /* 100 Resilient Cities: a competition that ended in 2019. */
  network = cn_catalog_find_network (catalog, "100-resilient-cities");
  g_assert_true (cn_network_has_flag (network, "competition"));
  g_assert_true (cn_network_has_flag (network, "application-closed"));
  g_assert_cmpint (cn_network_get_eligibility_conditions (network)->population_min, ==, 50000);
  g_assert_cmpint (cn_network_get_israel_eligibility (network), ==, CN_ISRAEL_ELIGIBILITY_NO);
  calls = cn_network_get_calls (network, &n);
  for (guint i = 0; i < n; i++)
    if (calls[i].closes == NULL || strcmp (calls[i].closes, "2019-12-31") > 0)
      g_test_fail_printf ("100-resilient-cities.calls[%u]: closes after the programme ended", i);

  /* GGGI: members are states; a local authority cannot join. */
  network = cn_catalog_find_network (catalog, "gggi");
  g_assert_true (cn_network_has_flag (network, "states-only"));
  g_assert_cmpint (cn_network_get_fee_status (network), ==, CN_FEE_NOT_APPLICABLE);
  g_assert_cmpint (cn_network_get_israel_eligibility (network), ==, CN_ISRAEL_ELIGIBILITY_NO);

  /* The SUM network's name points at several initiatives. */
  g_assert_true (cn_network_has_flag (cn_catalog_find_network (catalog, "sum-network"), "ambiguous-name"));

  /* Awards and competitions carry the flag. */
  g_assert_true (cn_network_has_flag (cn_catalog_find_network (catalog, "medadapt-awards"), "competition"));
  g_assert_true (cn_network_has_flag (cn_catalog_find_network (catalog, "wwf-one-planet-city-challenge"),
                                      "competition"));

  /* Tel Aviv-Yafo is a C40 member: its case study names C40. */
  g_assert_true (cn_case_study_mentions_network (cn_catalog_find_case_study (catalog, "tel-aviv-yafo"),
                                                 cn_catalog_find_network (catalog, "c40")));
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
  g_test_add_func ("/bundled/no-warnings", test_no_warnings);
  g_test_add_func ("/bundled/case-studies", test_case_studies);
  g_test_add_func ("/bundled/decide", test_decide);
  g_test_add_func ("/bundled/catalog-lists", test_catalog_lists);
  g_test_add_func ("/bundled/facts", test_facts);
  g_test_add_func ("/bundled/search", test_search_docs);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
