/* test-decide.c: what an authority decides with, and the catalog's lists
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fields added for the filters, the fit finder, the deadlines and the
 * glossary: a fixture with every one of them valid (tests/data/decide/
 * good.json) read back through the accessors; one bad fixture per rule,
 * each with its message and position; the freshness rule at a fixed "now";
 * the weak-source policy and its warnings. The fixtures are written by
 * tests/data/decide/make-decide-fixtures.py, which prints the positions. */

#include <string.h>

#include "cn-catalog.h"
#include "cn-source-policy.h"

static GFile *
decide_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "decide", name, NULL);

  return g_file_new_for_path (path);
}

static CnCatalog *
load (const char *name)
{
  g_autoptr(GFile) file = decide_file (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  CnCatalog *catalog;

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

static const char *
en (const CnText *text)
{
  g_assert_nonnull (text);
  return cn_text_get_for_language (text, "en");
}

static void
test_good_network (void)
{
  g_autoptr(CnCatalog) catalog = load ("good.json");
  CnNetwork *old = cn_catalog_find_network (catalog, "old");
  CnNetwork *recent = cn_catalog_find_network (catalog, "recent");
  const CnEligibilityConditions *conditions;
  const CnCommitmentStep *steps;
  const CnHowToJoin *how;
  const CnCall *calls;
  const CnSource *sources;
  const CnTerm * const *flags;
  guint n;

  g_assert_nonnull (old);
  g_assert_nonnull (recent);
  g_assert_cmpuint (cn_catalog_get_warnings (catalog)->len, ==, 0);

  g_assert_cmpint (cn_network_get_israel_eligibility (old), ==, CN_ISRAEL_ELIGIBILITY_PARTLY);
  g_assert_cmpstr (en (cn_network_get_guide (old)), ==, "The guide says it helps.");
  /* A short name in Hebrew only is valid even in the bundled dataset's mode. */
  g_assert_cmpstr (cn_text_get_for_language (cn_network_get_short_name (old), "he"), ==, "ותיקה");
  g_assert_null (cn_text_get_for_language (cn_network_get_short_name (old), "en"));
  g_assert_null (cn_network_get_short_name (recent));

  g_assert_cmpint (cn_network_get_fee_status (old), ==, CN_FEE_PAID);
  g_assert_cmpstr (en (cn_network_get_fee_amount (old)), ==, "€450 a year");
  g_assert_cmpint (cn_network_get_fee_year (old), ==, 2024);
  sources = cn_network_get_fee_sources (old, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (sources[0].url, ==, "https://example.org/fee");
  g_assert_cmpint (cn_network_get_fee_status (recent), ==, CN_FEE_NONE);
  g_assert_null (cn_network_get_fee_amount (recent));
  g_assert_cmpint (cn_network_get_fee_year (recent), ==, 0);

  flags = cn_network_get_flags (old, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (flags[0]->id, ==, "competition");
  g_assert_cmpstr (cn_text_get_for_language (flags[0]->label, "he"), ==, "תחרות");
  g_assert_true (cn_network_has_flag (old, "competition"));
  g_assert_false (cn_network_has_flag (old, "states-only"));
  g_assert_true (cn_network_has_flag (recent, "states-only"));

  conditions = cn_network_get_eligibility_conditions (old);
  g_assert_nonnull (conditions);
  g_assert_cmpint (conditions->population_min, ==, 50000);
  g_assert_cmpstr (en (conditions->population_note), ==, "50,000 or more.");
  g_assert_cmpuint (conditions->areas->len, ==, 1);
  g_assert_cmpstr (((CnTerm *) g_ptr_array_index (conditions->areas, 0))->id, ==, "global");
  g_assert_cmpuint (conditions->authority_types->len, ==, 2);
  g_assert_cmpstr (((CnTerm *) g_ptr_array_index (conditions->authority_types, 1))->id, ==, "local-authority");
  g_assert_cmpint (conditions->process, ==, CN_JOIN_PROCESS_COMPETITION);
  g_assert_cmpstr (en (conditions->note), ==, "Entries compete.");
  g_assert_cmpuint (conditions->sources->len, ==, 1);
  g_assert_null (cn_network_get_eligibility_conditions (recent));

  steps = cn_network_get_commitment_steps (old, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (en (steps[0].what), ==, "Sign a letter.");
  g_assert_cmpint (steps[0].due_months, ==, 0);
  g_assert_cmpint (steps[0].repeat_months, ==, 0);
  g_assert_cmpint (steps[1].due_months, ==, -1);
  g_assert_cmpint (steps[1].repeat_months, ==, 12);
  g_assert_cmpuint (steps[1].sources->len, ==, 1);
  cn_network_get_commitment_steps (recent, &n);
  g_assert_cmpuint (n, ==, 0);

  how = cn_network_get_how_to_join (old);
  g_assert_nonnull (how);
  g_assert_cmpstr (en (how->steps), ==, "Apply online.");
  g_assert_cmpstr (how->contact_url, ==, "https://example.org/join");
  g_assert_cmpstrv (how->languages, ((const char * const []) { "en", "fr", NULL }));
  g_assert_cmpstr (en (how->reporting_platform), ==, "CDP-ICLEI Track");
  g_assert_null (cn_network_get_how_to_join (recent));

  calls = cn_network_get_calls (old, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (calls[0].network == old);
  g_assert_cmpint (calls[0].kind, ==, CN_CALL_KIND_AWARD_EDITION);
  g_assert_cmpstr (calls[0].opens, ==, "2025-01-15");
  g_assert_cmpstr (calls[0].closes, ==, "2025-03-31");
  g_assert_cmpstr (calls[0].url, ==, "https://example.org/2025");
  g_assert_cmpint (calls[1].kind, ==, CN_CALL_KIND_CALL);
  g_assert_null (calls[1].opens);
  g_assert_null (calls[1].closes);
}

static void
test_good_catalog (void)
{
  g_autoptr(CnCatalog) catalog = load ("good.json");
  const CnDatasetInfo *info = cn_catalog_get_dataset_info (catalog);
  const CnGlossaryEntry *glossary;
  const CnIsraeliAuthority *authorities;
  const char * const * const *synonyms;
  const CnTerm * const *terms;
  g_autoptr(GPtrArray) calls = NULL;
  const CnCall *call;
  g_autoptr(CnCaseStudy) study = NULL;
  const CnCaseSection *sections;
  const CnAchievement *achievements;
  const CnTimelineEvent *timeline;
  guint n;

  g_assert_nonnull (info);
  g_assert_cmpstr (en (info->title), ==, "Test dataset");
  g_assert_cmpstr (en (info->publisher), ==, "Tests");
  g_assert_cmpstr (info->version, ==, "2026.12.1");
  g_assert_cmpstr (info->published, ==, "2026-12-02");

  terms = cn_catalog_get_vocabulary (catalog, CN_VOCABULARY_FLAGS, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (terms[0]->id, ==, "states-only");
  terms = cn_catalog_get_vocabulary (catalog, CN_VOCABULARY_ELIGIBLE_AREAS, &n);
  g_assert_cmpuint (n, ==, 2);
  terms = cn_catalog_get_vocabulary (catalog, CN_VOCABULARY_AUTHORITY_TYPES, &n);
  g_assert_cmpuint (n, ==, 2);
  terms = cn_catalog_get_vocabulary (catalog, CN_VOCABULARY_THEMES, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (terms[0]->id, ==, "mitigation");

  synonyms = cn_catalog_get_synonyms (catalog, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstrv (synonyms[0], ((const char * const []) { "transport", "mobility", "תחבורה", "ניידות", NULL }));

  glossary = cn_catalog_get_glossary (catalog, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (glossary[0].term, ==, "GCoM");
  g_assert_cmpstr (en (glossary[0].expansion), ==, "Global Covenant of Mayors");
  g_assert_null (glossary[1].expansion);
  g_assert_true (cn_catalog_find_glossary_entry (catalog, "gcom") == &glossary[0]);
  g_assert_null (cn_catalog_find_glossary_entry (catalog, "NDC"));

  authorities = cn_catalog_get_israeli_authorities (catalog, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (en (authorities[0].authority), ==, "Old Town");
  g_assert_cmpint (authorities[0].year, ==, 2013);
  g_assert_cmpuint (authorities[0].networks->len, ==, 1);
  g_assert_true (g_ptr_array_index (authorities[0].networks, 0) == cn_catalog_find_network (catalog, "old"));
  g_assert_cmpuint (authorities[0].sources->len, ==, 1);

  /* All calls, each with its network, by date; the undated one last. */
  calls = cn_catalog_dup_calls (catalog);
  g_assert_cmpuint (calls->len, ==, 3);
  call = g_ptr_array_index (calls, 0);
  g_assert_cmpstr (call->closes, ==, "2024-06-30");
  g_assert_true (call->network == cn_catalog_find_network (catalog, "recent"));
  call = g_ptr_array_index (calls, 1);
  g_assert_cmpstr (call->closes, ==, "2025-03-31");
  g_assert_true (call->network == cn_catalog_find_network (catalog, "old"));
  call = g_ptr_array_index (calls, 2);
  g_assert_null (call->closes);
  g_assert_null (call->opens);

  study = g_list_model_get_item (cn_catalog_get_case_studies (catalog), 0);
  sections = cn_case_study_get_sections (study, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_false (sections[0].own_reading);
  g_assert_true (sections[1].own_reading);
  g_assert_cmpuint (sections[0].sources->len, ==, 1);
  g_assert_cmpstr (g_array_index (sections[1].sources, CnSource, 0).url, ==, "https://example.org/lessons");
  achievements = cn_case_study_get_achievements (study, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (achievements[0].sources->len, ==, 1);
  timeline = cn_case_study_get_timeline (study, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (g_array_index (timeline[0].sources, CnSource, 0).url, ==, "https://example.org/joined");
}

/* A catalog without the new fields still loads, with nothing in them. */
static void
test_absent (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, NULL, &error);
  g_autoptr(GPtrArray) calls = NULL;
  CnNetwork *c40;
  guint n;

  g_assert_no_error (error);
  g_assert_null (cn_catalog_get_dataset_info (catalog));
  cn_catalog_get_glossary (catalog, &n);
  g_assert_cmpuint (n, ==, 0);
  cn_catalog_get_israeli_authorities (catalog, &n);
  g_assert_cmpuint (n, ==, 0);
  cn_catalog_get_synonyms (catalog, &n);
  g_assert_cmpuint (n, ==, 0);
  cn_catalog_get_vocabulary (catalog, CN_VOCABULARY_FLAGS, &n);
  g_assert_cmpuint (n, ==, 0);
  calls = cn_catalog_dup_calls (catalog);
  g_assert_cmpuint (calls->len, ==, 0);

  c40 = cn_catalog_find_network (catalog, "c40");
  g_assert_cmpint (cn_network_get_fee_status (c40), ==, CN_FEE_UNKNOWN);
  cn_network_get_fee_sources (c40, &n);
  g_assert_cmpuint (n, ==, 0);
  cn_network_get_flags (c40, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_null (cn_network_get_guide (c40));
  g_assert_null (cn_network_get_eligibility_conditions (c40));
  g_assert_null (cn_network_get_how_to_join (c40));
}

typedef struct
{
  const char     *file;
  CnCatalogError  code;
  guint           line;
  guint           column;
  const char     *path;
  const char     *message;    /* a part of the message */
  gboolean        strict_only; /* a problem only under REQUIRE_TRANSLATIONS */
} BadFile;

static const BadFile bad_files[] = {
  { "bad-fee-status.json", CN_CATALOG_ERROR_INVALID_VALUE, 295, 9, "networks[0].fee.status",
    "“monthly” is not one of “none”, “fee”, “unknown”, “not-applicable”", FALSE },
  { "bad-fee-amount.json", CN_CATALOG_ERROR_INVALID_VALUE, 296, 9, "networks[0].fee.amount",
    "only when the status is “fee”", FALSE },
  { "bad-flag.json", CN_CATALOG_ERROR_BAD_REFERENCE, 310, 9, "networks[0].flags[1]",
    "there is no flag with the id “no-such-flag”", FALSE },
  { "bad-israel-eligibility.json", CN_CATALOG_ERROR_INVALID_VALUE, 267, 9, "networks[0].israel_eligibility.status",
    "“maybe” is not one of “yes”, “no”, “unclear”, “partly”", FALSE },
  { "bad-process.json", CN_CATALOG_ERROR_INVALID_VALUE, 324, 9, "networks[0].eligibility_conditions.process",
    "“lottery” is not one of", FALSE },
  { "bad-area.json", CN_CATALOG_ERROR_BAD_REFERENCE, 318, 11, "networks[0].eligibility_conditions.areas[0]",
    "there is no eligible area with the id “moon”", FALSE },
  { "bad-population.json", CN_CATALOG_ERROR_INVALID_VALUE, 312, 9,
    "networks[0].eligibility_conditions.population_min", "0 is out of range", FALSE },
  { "bad-due-months.json", CN_CATALOG_ERROR_INVALID_VALUE, 342, 11, "networks[0].commitment_steps[0].due_months",
    "-3 is out of range (expected 0 to 1200)", FALSE },
  /* A missing member has no place of its own: the object that lacks it. */
  { "bad-step-sources.json", CN_CATALOG_ERROR_MISSING_FIELD, 350, 9, "networks[0].commitment_steps[1]",
    "the required field “sources” is missing", FALSE },
  { "bad-contact-url.json", CN_CATALOG_ERROR_UNSAFE_LINK, 369, 9, "networks[0].how_to_join.contact_url",
    "“javascript:alert(1)” is not an allowed link", FALSE },
  { "bad-language.json", CN_CATALOG_ERROR_INVALID_VALUE, 372, 11, "networks[0].how_to_join.languages[1]",
    "“English” is not a language code", FALSE },
  { "bad-call-date.json", CN_CATALOG_ERROR_INVALID_VALUE, 392, 11, "networks[0].calls[0].opens",
    "“2025-02-30” is not a date in the form YYYY-MM-DD", FALSE },
  { "bad-call-order.json", CN_CATALOG_ERROR_INVALID_VALUE, 393, 11, "networks[0].calls[0].closes",
    "the call closes (2025-03-31) before it opens (2025-04-01)", FALSE },
  { "bad-call-kind.json", CN_CATALOG_ERROR_INVALID_VALUE, 407, 11, "networks[0].calls[1].kind",
    "“party” is not one of “call”, “award-edition”, “deadline”", FALSE },
  { "bad-short-name.json", CN_CATALOG_ERROR_INVALID_VALUE, 287, 7, "networks[0].short_name",
    "the text has no language", FALSE },
  { "bad-authority-reference.json", CN_CATALOG_ERROR_BAD_REFERENCE, 636, 9, "israeli_authorities[0].networks[0]",
    "there is no network with the id “no-such-network”", FALSE },
  { "bad-glossary-duplicate.json", CN_CATALOG_ERROR_DUPLICATE_ID, 611, 7, "glossary[1].term",
    "the term “gcom” is listed twice", FALSE },
  { "bad-dataset-date.json", CN_CATALOG_ERROR_INVALID_VALUE, 13, 5, "dataset.published",
    "“2026-12-32” is not a date", FALSE },
  { "bad-synonyms.json", CN_CATALOG_ERROR_INVALID_VALUE, 94, 7, "vocabularies.synonyms[2]",
    "a group of synonyms needs at least two words", FALSE },
  { "bad-own-reading.json", CN_CATALOG_ERROR_WRONG_TYPE, 533, 11, "case_studies[0].sections[1].own_reading",
    "expected true or false, found a text", FALSE },
  { "bad-timeline-source.json", CN_CATALOG_ERROR_UNSAFE_LINK, 578, 15, "case_studies[0].timeline[0].sources[0].url",
    "“file:///etc/passwd” is not an allowed link", FALSE },
  { "bad-call-missing-he.json", CN_CATALOG_ERROR_MISSING_TRANSLATION, 387, 11, "networks[0].calls[0].title",
    "the Hebrew text (“he”) is missing", TRUE },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autoptr(GFile) file = decide_file (bad->file);
  g_autofree char *filename = g_file_get_path (file);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  g_autofree char *line = NULL;
  g_autofree char *expected = NULL;
  const CnCatalogProblem *first;

  if (bad->strict_only)
    {
      g_autoptr(CnCatalog) lax = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (lax);
    }

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, (int) bad->code);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);

  first = g_ptr_array_index (problems, 0);
  g_assert_false (first->warning);
  g_assert_cmpint (first->code, ==, bad->code);
  g_assert_cmpstr (first->path, ==, bad->path);
  g_assert_cmpuint (first->line, ==, bad->line);
  g_assert_cmpuint (first->column, ==, bad->column);
  if (strstr (first->message, bad->message) == NULL)
    g_error ("%s: “%s” does not contain “%s”", bad->file, first->message, bad->message);

  line = cn_catalog_problem_to_string (first);
  expected = g_strdup_printf ("%s:%u:%u: %s: %s", filename, bad->line, bad->column, bad->path, first->message);
  g_assert_cmpstr (line, ==, expected);
}

static void
test_freshness (void)
{
  g_autoptr(CnCatalog) catalog = load ("good.json");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 12, 2, 12, 0, 0);

  g_assert_cmpint (CN_FRESHNESS_MONTHS, ==, 12);
  /* Verified 2025-11-30: twelve months and two days before "now". */
  g_assert_true (cn_network_is_stale (cn_catalog_find_network (catalog, "old"), now));
  /* Verified 2026-11-28: four days before. */
  g_assert_false (cn_network_is_stale (cn_catalog_find_network (catalog, "recent"), now));

  /* The edge: exactly twelve months is not yet older than twelve months. */
  g_assert_false (cn_date_is_stale ("2025-12-02", now));
  g_assert_true (cn_date_is_stale ("2025-12-01", now));
  g_assert_false (cn_date_is_stale ("2026-12-02", now));
  /* A missing or unreadable date is due for a check. */
  g_assert_true (cn_date_is_stale (NULL, now));
  g_assert_true (cn_date_is_stale ("2025-02-30", now));
}

static void
test_source_policy (void)
{
  const char * const *hosts = cn_source_denied_hosts ();

  g_assert_nonnull (hosts);
  g_assert_cmpuint (g_strv_length ((char **) hosts), >, 10);

  g_assert_true (cn_source_host_is_denied ("scribd.com"));
  g_assert_true (cn_source_host_is_denied ("www.scribd.com"));
  g_assert_true (cn_source_host_is_denied ("WWW.Scribd.COM."));
  g_assert_true (cn_source_host_is_denied ("tirrenonotizie.blogspot.com"));
  g_assert_true (cn_source_host_is_denied ("dev.gcom.anais.tech"));
  g_assert_false (cn_source_host_is_denied ("notscribd.com"));
  g_assert_false (cn_source_host_is_denied ("scribd.com.example.org"));
  g_assert_false (cn_source_host_is_denied ("globalcovenantofmayors.org"));
  g_assert_false (cn_source_host_is_denied ("gcom.anais.tech"));

  g_assert_true (cn_source_is_weak ("https://www.scribd.com/document/1", "Fee table"));
  g_assert_false (cn_source_is_weak ("https://www.scribd.com/document/1",
                                     "Fee table (copy on scribd.com; original not found)"));
  g_assert_false (cn_source_is_weak ("https://www.c40.org/about-c40/", "About C40"));
  g_assert_true (cn_source_is_weak ("http://feedreader.com/observe/x", "WWF news (via Feedreader)"));
}

/* A weak source is a warning: the file loads, and the warning has its
 * place and says "warning:". A copy that says so is not warned about. */
static void
test_weak_source_warning (void)
{
  g_autoptr(GFile) file = decide_file ("weak-source.json");
  g_autofree char *filename = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  g_autofree char *line = NULL;
  g_autofree char *expected = NULL;
  const CnCatalogProblem *warning;
  GPtrArray *warnings;

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_null (problems);

  warnings = cn_catalog_get_warnings (catalog);
  g_assert_cmpuint (warnings->len, ==, 1);
  warning = g_ptr_array_index (warnings, 0);
  g_assert_true (warning->warning);
  g_assert_cmpint (warning->code, ==, CN_CATALOG_ERROR_WEAK_SOURCE);
  g_assert_cmpstr (warning->path, ==, "networks[0].fee.sources[0].url");
  g_assert_cmpuint (warning->line, ==, 304);
  g_assert_cmpuint (warning->column, ==, 13);
  g_assert_nonnull (strstr (warning->message, "https://www.scribd.com/document/1/fee-table"));

  line = cn_catalog_problem_to_string (warning);
  expected = g_strdup_printf ("%s:304:13: networks[0].fee.sources[0].url: warning: %s", filename, warning->message);
  g_assert_cmpstr (line, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/decide/good/network", test_good_network);
  g_test_add_func ("/decide/good/catalog", test_good_catalog);
  g_test_add_func ("/decide/absent", test_absent);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *test_path = g_strconcat ("/decide/bad/", bad_files[i].file, NULL);

      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/decide/freshness", test_freshness);
  g_test_add_func ("/decide/source-policy", test_source_policy);
  g_test_add_func ("/decide/weak-source-warning", test_weak_source_warning);

  return g_test_run ();
}
