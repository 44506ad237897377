/* fuzz-catalog.c: libFuzzer target over the model.
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Feeds each input to everything that reads untrusted bytes:
 *
 * - the loader, cn_catalog_new_from_bytes(), with and without
 *   CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS and without a problem list,
 *   formatting every problem and checking the promises of the API (a catalog
 *   or an error, never both; every problem names the file; the error is the
 *   first problem; at most CN_CATALOG_MAX_PROBLEMS + 1 problems);
 * - the search: a query from the input's first 64 bytes (their valid UTF-8
 *   prefix) matched against every document of the loaded catalog and of the
 *   reference catalog (data/catalog.json), through the catalog's index and
 *   record by record, which must agree; and an index over documents made
 *   from the input's lines, checked the same way;
 * - the scanner directly: cn_json_scan() with the loader's, the default and
 *   tiny limits, and with a callback that stops early; cn_json_locate() with
 *   a path taken from the input's last bytes;
 * - cn_uri_is_safe() on the input as text.
 *
 * Build and run: build-aux/dev fuzz [SECONDS]. A crash is written to
 * tests/data/regress/; tests/test-regress.c then loads it in every test run.
 *
 * Set CN_FUZZ_STRICT=1 to also abort when the scanner accepts a document
 * that json-glib then refuses (the loader reports that as a syntax problem,
 * so it is not a crash, but it means the two disagree about JSON).
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cn-catalog.h"
#include "cn-json-scan.h"
#include "cn-search.h"
#include "cn-search-index-testing.h"
#include "cn-uri.h"

#define FUZZ_FILENAME "fuzz.json"
#define QUERY_BYTES   64

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static CnCatalog *reference;
static gboolean strict;

#define CHECK(cond) \
  G_STMT_START { \
    if (G_UNLIKELY (!(cond))) \
      { \
        g_printerr ("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        abort (); \
      } \
  } G_STMT_END

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *path;

  /* GLib 2.74 allocates GObjects and many structs from GSlice, whose
   * magazines hide use-after-free and overflows from ASan. GSlice reads
   * G_SLICE in the libraries' constructors, before this runs, so the only
   * reliable way is to start again with it set. */
  if (g_strcmp0 (getenv ("G_SLICE"), "always-malloc") != 0)
    {
      setenv ("G_SLICE", "always-malloc", 1);
      execv ("/proc/self/exe", *argv);
      /* Not fatal: the fuzzing still works, it only sees less. */
      g_printerr ("fuzz-catalog: could not restart with G_SLICE=always-malloc\n");
    }

  /* A critical or warning from our code or GLib is a bug worth a crash. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  strict = g_strcmp0 (getenv ("CN_FUZZ_STRICT"), "1") == 0;

  /* Both orders of languages are exercised over a run. */
  cn_text_set_preferred_languages ((const char * const[]) { "he", "en", NULL });

  path = getenv ("CN_FUZZ_REFERENCE");
  if (path == NULL)
    path = CN_FUZZ_REFERENCE;
  if (path[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      reference = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, NULL, &error);
      if (reference == NULL)
        g_printerr ("fuzz-catalog: no reference catalog for the search: %s\n", error->message);
    }

  return 0;
}

/* Problems */

static void
check_problem_text (const CnCatalogProblem *problem,
                    const char             *text)
{
  CHECK (text != NULL);
  CHECK (g_str_has_prefix (text, FUZZ_FILENAME));
  CHECK (g_utf8_validate (text, -1, NULL));
  CHECK (problem->path != NULL);
  CHECK (problem->message != NULL && problem->message[0] != '\0');
  CHECK (problem->code <= CN_CATALOG_ERROR_UNSUPPORTED_VERSION);
  CHECK (problem->line > 0 || problem->column == 0);

  if (problem->line > 0)
    {
      g_autofree char *position = g_strdup_printf (FUZZ_FILENAME ":%u:%u: ", problem->line, problem->column);

      CHECK (problem->column > 0);
      CHECK (g_str_has_prefix (text, position));
    }
}

static void
check_failure (CnCatalog *catalog,
               GPtrArray *problems,
               GError    *error)
{
  CnCatalogProblem *first;
  g_autofree char *first_text = NULL;

  CHECK (catalog == NULL);
  CHECK (error != NULL);
  CHECK (error->domain == CN_CATALOG_ERROR);
  CHECK (g_str_has_prefix (error->message, FUZZ_FILENAME));
  CHECK (problems != NULL);
  CHECK (problems->len > 0);
  CHECK (problems->len <= CN_CATALOG_MAX_PROBLEMS + 1);

  for (guint i = 0; i < problems->len; i++)
    {
      const CnCatalogProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = cn_catalog_problem_to_string (problem);

      CHECK (g_strcmp0 (problem->file, FUZZ_FILENAME) == 0);
      check_problem_text (problem, text);
    }

  first = g_ptr_array_index (problems, 0);
  first_text = cn_catalog_problem_to_string (first);
  CHECK ((int) first->code == error->code);
  CHECK (g_str_has_prefix (error->message, first_text));
}

/* Search */

static void
match_catalog (CnCatalog           *catalog,
               const CnSearchQuery *query)
{
  guint n, n_matches = 0;
  g_autofree int *ranks = NULL;

  /* The index gives the same answers as matching each record. */
  n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  ranks = g_new (int, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    ranks[i] = G_MININT;
  CHECK (cn_catalog_search_networks (catalog, query, ranks) <= n);
  for (guint i = 0; i < n; i++)
    {
      int rank = cn_search_doc_match (cn_catalog_get_network_search_doc (catalog, i), query);

      CHECK (rank >= CN_SEARCH_NO_MATCH);
      CHECK (ranks[i] == rank);
      n_matches += rank != CN_SEARCH_NO_MATCH;
    }
  CHECK (cn_catalog_search_networks (catalog, query, ranks) == n_matches);

  n = g_list_model_get_n_items (cn_catalog_get_benefits (catalog));
  for (guint i = 0; i < n; i++)
    {
      int rank = cn_search_doc_match (cn_catalog_get_benefit_search_doc (catalog, i), query);
      CHECK (rank >= CN_SEARCH_NO_MATCH);
    }
}

/* An index over documents made from the input's lines (before a tab: the
 * primary tier; after: the secondary), repeated to @n_docs records so that
 * frequent words get bitmaps and records span several 64-bit blocks. */
static void
fuzz_index (const char          *text,
            const CnSearchQuery *query,
            guint                n_docs)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", 64);
  guint n_lines = g_strv_length (lines);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_search_doc_free);
  g_autoptr(CnSearchIndex) index = NULL;
  g_autofree int *ranks = NULL;
  guint n_matches = 0;

  if (n_lines == 0)
    return;
  n_docs = MAX (n_docs, n_lines);

  for (guint i = 0; i < n_docs; i++)
    {
      const char *line = lines[i % n_lines];
      const char *tab = strchr (line, '\t');
      CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

      if (tab != NULL)
        {
          g_autofree char *primary = g_strndup (line, tab - line);
          cn_search_doc_builder_add (builder, CN_SEARCH_PRIMARY, primary);
          cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, tab + 1);
        }
      else
        cn_search_doc_builder_add (builder, (i & 1) ? CN_SEARCH_SECONDARY : CN_SEARCH_PRIMARY, line);
      g_ptr_array_add (docs, cn_search_doc_builder_end (builder));
    }

  index = cn_search_index_new ((const CnSearchDoc * const *) docs->pdata, docs->len);
  CHECK (cn_search_index_get_size (index) > 0);
  ranks = g_new (int, docs->len);
  for (guint i = 0; i < docs->len; i++)
    ranks[i] = G_MININT;
  n_matches = cn_search_index_query (index, query, ranks);
  for (guint i = 0; i < docs->len; i++)
    CHECK (ranks[i] == cn_search_doc_match (g_ptr_array_index (docs, i), query));
  for (guint i = 0; i < docs->len; i++)
    n_matches -= ranks[i] != CN_SEARCH_NO_MATCH;
  CHECK (n_matches == 0);
}

static void
fuzz_search (const uint8_t *data,
             size_t         size,
             CnCatalog     *loaded)
{
  const char *text = (const char *) data;
  const char *end = NULL;
  gsize len = MIN (size, QUERY_BYTES);
  g_autofree char *query_text = NULL;
  g_autoptr(CnSearchQuery) query = NULL;

  /* The valid UTF-8 prefix of the first bytes, up to any NUL. */
  g_utf8_validate_len (text, len, &end);
  query_text = g_strndup (text, end - text);
  query = cn_search_query_new (query_text);
  CHECK (g_strcmp0 (cn_search_query_get_text (query), query_text) == 0);
  CHECK (cn_search_query_is_empty (query) == (cn_search_query_get_n_words (query) == 0));

  if (reference != NULL)
    match_catalog (reference, query);
  if (loaded != NULL)
    match_catalog (loaded, query);

  /* The whole input as a record, when it is text: every query word is in
   * it, so a query built from the same text must match it. */
  if (size <= 4096 && g_utf8_validate_len (text, size, NULL))
    {
      g_autofree char *whole = g_strndup (text, size);
      g_autofree char *normalized = cn_search_normalize (whole);
      CnSearchDocBuilder *builder = cn_search_doc_builder_new ();
      g_autoptr(CnSearchDoc) doc = NULL;
      g_autoptr(CnSearchQuery) self_query = cn_search_query_new (whole);

      CHECK (g_utf8_validate (normalized, -1, NULL));
      cn_search_doc_builder_add (builder, (size & 1) ? CN_SEARCH_PRIMARY : CN_SEARCH_SECONDARY, whole);
      cn_search_doc_builder_add (builder, CN_SEARCH_PRIMARY, query_text);
      doc = cn_search_doc_builder_end (builder);
      CHECK (cn_search_doc_get_size (doc) > 0);
      cn_search_doc_match (doc, query);
      CHECK (cn_search_doc_match (doc, self_query) != CN_SEARCH_NO_MATCH);

      fuzz_index (whole, query, (size & 2) ? 130 : 0);
      fuzz_index (whole, self_query, 0);
    }
}

/* A loaded catalog: read everything the UI reads. */

static void
read_text (const CnText *text)
{
  if (text == NULL)
    return;
  CHECK (cn_text_get (text) != NULL);
  CHECK (g_utf8_validate (cn_text_get (text), -1, NULL));
  for (guint i = 0; i < cn_text_get_n_values (text); i++)
    {
      const char *language = NULL;
      CHECK (cn_text_get_nth (text, i, &language) != NULL);
      CHECK (language != NULL);
    }
}

static void
read_catalog (CnCatalog *catalog)
{
  GListModel *networks = cn_catalog_get_networks (catalog);
  GListModel *benefits = cn_catalog_get_benefits (catalog);
  GListModel *studies = cn_catalog_get_case_studies (catalog);
  const CnSource *sources;
  guint n_sources;

  read_text (cn_catalog_get_introduction_title (catalog));
  read_text (cn_catalog_get_introduction_body (catalog));
  sources = cn_catalog_get_introduction_sources (catalog, &n_sources);
  for (guint i = 0; i < n_sources; i++)
    CHECK (cn_uri_is_safe (sources[i].url));

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);
      const CnProgramme *programmes;
      const CnBenefitLink *links;
      CnNetwork *walk;
      guint n, steps = 0;

      CHECK (cn_network_get_position (network) == i);
      CHECK (cn_catalog_find_network (catalog, cn_network_get_id (network)) == network);
      read_text (cn_network_get_name (network));
      read_text (cn_network_get_summary (network));
      read_text (cn_network_get_description (network));
      read_text (cn_network_get_successor_name (network));
      CHECK (cn_uri_is_safe (cn_network_get_website (network)));
      if (cn_network_get_successor_website (network) != NULL)
        CHECK (cn_uri_is_safe (cn_network_get_successor_website (network)));

      /* A loaded catalog has no loop of successors. */
      for (walk = cn_network_get_successor (network); walk != NULL; walk = cn_network_get_successor (walk))
        CHECK (++steps <= g_list_model_get_n_items (networks));

      programmes = cn_network_get_programmes (network, &n);
      for (guint j = 0; j < n; j++)
        read_text (programmes[j].name);
      links = cn_network_get_benefits (network, &n);
      for (guint j = 0; j < n; j++)
        CHECK (links[j].benefit != NULL);
      sources = cn_network_get_sources (network, &n_sources);
      for (guint j = 0; j < n_sources; j++)
        CHECK (cn_uri_is_safe (sources[j].url));

      read_text (cn_network_get_guide (network));
      read_text (cn_network_get_short_name (network));
      read_text (cn_network_get_fee_amount (network));
      CHECK (cn_network_get_fee_amount (network) == NULL || cn_network_get_fee_status (network) == CN_FEE_PAID);
      sources = cn_network_get_fee_sources (network, &n_sources);
      for (guint j = 0; j < n_sources; j++)
        CHECK (cn_uri_is_safe (sources[j].url));
      {
        const CnTerm * const *flags = cn_network_get_flags (network, &n);
        const CnEligibilityConditions *conditions = cn_network_get_eligibility_conditions (network);
        const CnCommitmentStep *steps_ = cn_network_get_commitment_steps (network, &n_sources);
        const CnHowToJoin *how = cn_network_get_how_to_join (network);
        const CnCall *calls;

        for (guint j = 0; j < n; j++)
          read_text (flags[j]->label);
        if (conditions != NULL)
          CHECK (conditions->population_min >= 0 && conditions->sources != NULL);
        for (guint j = 0; j < n_sources; j++)
          CHECK (steps_[j].due_months >= -1 && steps_[j].repeat_months >= 0);
        if (how != NULL && how->contact_url != NULL)
          CHECK (cn_uri_is_safe (how->contact_url));
        calls = cn_network_get_calls (network, &n);
        for (guint j = 0; j < n; j++)
          {
            CHECK (calls[j].network == network);
            CHECK (cn_uri_is_safe (calls[j].url));
            CHECK (calls[j].opens == NULL || calls[j].closes == NULL || strcmp (calls[j].opens, calls[j].closes) <= 0);
          }
      }
    }

  {
    g_autoptr(GPtrArray) calls = cn_catalog_dup_calls (catalog);
    const CnGlossaryEntry *glossary = cn_catalog_get_glossary (catalog, &n_sources);

    for (guint i = 0; i < calls->len; i++)
      CHECK (((const CnCall *) g_ptr_array_index (calls, i))->network != NULL);
    for (guint i = 0; i < n_sources; i++)
      CHECK (cn_catalog_find_glossary_entry (catalog, glossary[i].term) != NULL);
  }

  for (guint i = 0; i < g_list_model_get_n_items (benefits); i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);

      CHECK (cn_catalog_find_benefit (catalog, cn_benefit_get_id (benefit)) == benefit);
      read_text (cn_benefit_get_title (benefit));
    }

  for (guint i = 0; i < g_list_model_get_n_items (studies); i++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (studies, i);

      CHECK (cn_catalog_find_case_study (catalog, cn_case_study_get_id (study)) == study);
      read_text (cn_case_study_get_title (study));
    }
}

/* Loader */

static CnCatalog *
fuzz_load (GBytes         *bytes,
           CnCatalogFlags  flags)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  CnCatalog *catalog;

  catalog = cn_catalog_new_from_bytes (bytes, FUZZ_FILENAME, flags, &problems, &error);
  if (catalog != NULL)
    {
      CHECK (error == NULL);
      CHECK (problems == NULL);
      CHECK (g_strcmp0 (cn_catalog_get_filename (catalog), FUZZ_FILENAME) == 0);
      read_catalog (catalog);
    }
  else
    check_failure (catalog, problems, error);

  return catalog;
}

/* Scanner */

typedef struct
{
  guint count;
  guint stop_after;
} ScanCount;

static gboolean
count_cb (CnJsonScanProblem  problem,
          guint              line,
          guint              column,
          const char        *path,
          const char        *message,
          gpointer           user_data)
{
  ScanCount *count = user_data;

  CHECK (problem <= CN_JSON_SCAN_DUPLICATE_KEY);
  CHECK (line > 0 && column > 0);
  CHECK (path != NULL && g_utf8_validate (path, -1, NULL));
  CHECK (message != NULL && message[0] != '\0');
  return ++count->count < count->stop_after;
}

/* Names an input's last bytes give to path elements: the catalog's keys,
 * some oddities, and array indices. */
static const char * const path_keys[] = {
  "networks", "benefits", "case_studies", "vocabularies", "themes", "name", "en", "he",
  "id", "sources", "url", "successor", "network", "x-a", "", "a b", "\"", "ש",
};

static void
fuzz_scan (const uint8_t *data,
           size_t         size)
{
  const char *text = (const char *) data;
  const CnJsonLimits catalog_limits = { CN_CATALOG_MAX_DEPTH, CN_CATALOG_MAX_TEXT };
  const CnJsonLimits tiny_limits = { 3, 8 };
  CnJsonPathElement path[6];
  guint path_length;
  ScanCount count = { 0, G_MAXUINT };
  gboolean ok;
  guint line = 0, column = 0;

  /* With and without a callback, the verdict is the same. */
  ok = cn_json_scan (text, size, &catalog_limits, count_cb, &count);
  CHECK (cn_json_scan (text, size, &catalog_limits, NULL, NULL) == ok);
  CHECK (ok == (count.count == 0));

  if (ok)
    {
      /* The scanner is stricter than json-glib: what it accepts, the
       * loader hands to json-glib's recursive parser. */
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      gsize skip = (size >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
      gboolean parsed = json_parser_load_from_data (parser, text + skip, size - skip, NULL);

      if (strict)
        CHECK (parsed);
    }

  /* Stopping at the first problem gives the same verdict. */
  count = (ScanCount) { 0, 1 };
  CHECK (cn_json_scan (text, size, &catalog_limits, count_cb, &count) == ok);
  CHECK (count.count <= 1);

  count = (ScanCount) { 0, G_MAXUINT };
  cn_json_scan (text, size, &tiny_limits, count_cb, &count);
  cn_json_scan (text, size, NULL, NULL, NULL);

  /* A path from the last bytes: length, then one byte per element. */
  path_length = size > 0 ? data[size - 1] % G_N_ELEMENTS (path) : 0;
  if (path_length + 1 > size)
    path_length = 0;
  for (guint i = 0; i < path_length; i++)
    {
      guint8 b = data[size - 2 - i];

      if (b & 0x80)
        path[i] = (CnJsonPathElement) { NULL, b & 0x07 };
      else
        path[i] = (CnJsonPathElement) { path_keys[b % G_N_ELEMENTS (path_keys)], 0 };
    }

  if (cn_json_locate (text, size, path, path_length, &line, &column))
    CHECK (line > 0 && column > 0);
  g_free (cn_json_path_to_string (path, path_length));
}

/* Links */

static void
fuzz_uri (const uint8_t *data,
          size_t         size)
{
  g_autofree char *uri = NULL;

  if (size > 2048 || memchr (data, '\0', size) != NULL)
    return;

  uri = g_strndup ((const char *) data, size);
  if (cn_uri_is_safe (uri))
    {
      const char *rest;
      gsize authority;

      /* Only web and mail links, without credentials. */
      if (g_ascii_strncasecmp (uri, "mailto:", 7) == 0)
        return;
      if (g_ascii_strncasecmp (uri, "https://", 8) == 0)
        rest = uri + 8;
      else
        {
          CHECK (g_ascii_strncasecmp (uri, "http://", 7) == 0);
          rest = uri + 7;
        }
      authority = strcspn (rest, "/?#");
      CHECK (memchr (rest, '@', authority) == NULL);
      CHECK (authority > 0);
      for (const char *p = uri; *p; p++)
        CHECK ((guchar) *p > 0x20 && *p != 0x7F);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* Static: no copy, so ASan catches a read one byte past the input. */
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(CnCatalog) catalog = NULL;
  g_autoptr(CnCatalog) strict_catalog = NULL;
  g_autoptr(CnCatalog) quiet = NULL;
  g_autoptr(GError) error = NULL;

  catalog = fuzz_load (bytes, CN_CATALOG_FLAGS_NONE);
  strict_catalog = fuzz_load (bytes, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS);
  /* The strict flag only adds problems. */
  CHECK (strict_catalog == NULL || catalog != NULL);

  /* Without a problem list, the same verdict. */
  quiet = cn_catalog_new_from_bytes (bytes, FUZZ_FILENAME, CN_CATALOG_FLAGS_NONE, NULL, &error);
  CHECK ((quiet != NULL) == (catalog != NULL));
  CHECK ((error != NULL) == (quiet == NULL));

  fuzz_search (data, size, catalog);
  fuzz_scan (data, size);
  fuzz_uri (data, size);

  return 0;
}
