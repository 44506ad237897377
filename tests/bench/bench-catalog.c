/* bench-catalog.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The model benchmark (issue 7), for one catalog size per process so the
 * memory figures start from a clean heap:
 *
 *   bench-catalog --size=N --dir=DIR [--parts=gen,memory,search,load]
 *
 * gen     writes DIR/catalog-N.json (if missing) with bench-generate.c
 * memory  heap and RSS held by the loaded catalog, against the file size
 *         (the JSON bytes are freed by then), and the peak during the load
 * search  per-keystroke latency of the search, as CnSearchFilter runs it:
 *         build the query, then cn_catalog_search_networks_corrected() (the
 *         catalog's index, typos corrected in the same pass) into a rank
 *         array; for comparison, and to check the index, the plain matcher
 *         over every record's document
 * load    cn_catalog_new_from_bytes() against json-glib parsing the same
 *         bytes, with a breakdown (scanner, json-glib, search index); wall
 *         clock, since the loader indexes on several processors
 * facets  per change of the filters (a value chosen or dropped, or a
 *         keystroke while filters are active), what the window does once
 *         per change: CnSearchFilter's pass that hides the networks the
 *         facets leave out, then cn_facets_count() for every value shown in
 *         the Filters popover (not run by default; bench-run --only=facets)
 * profile only cn_catalog_new_from_bytes() --reps times, nothing else, for
 *         perf record / valgrind --tool=callgrind (not run by default)
 *
 * Search times are the thread's CPU time (CLOCK_THREAD_CPUTIME_ID), so that
 * other processes on a shared machine do not inflate them; --wall-clock uses
 * the monotonic clock instead. Load times are always wall clock.
 *
 * Figures go to standard output as CNBENCH lines (see bench-common.h);
 * bench-run gathers them into one table. Targets are reported, not
 * asserted: the exit status is 0 unless the catalog fails to load. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-catalog.h"
#include "bench-common.h"
#include "bench-generate.h"
#include "cn-catalog.h"
#include "cn-facets.h"
#include "cn-json-scan.h"
#include "cn-search-index-testing.h"

#define MEMORY_RATIO_TARGET  3.0

static const char * const english_keys[] = {
  "c", "cl", "cli", "clim", "clima", "climat", "climate", "climate ", "climate a", "climate ad",
  "climate ada", "climate adap", "climate adapt", "climate adapta", "climate adaptat",
  "climate adaptati", "climate adaptatio", "climate adaptation", NULL
};

static const char * const hebrew_keys[] = { "א", "אק", "אקל", "אקלי", "אקלים", NULL };

static int     size = 0;
static char   *dir = NULL;
static char   *parts = NULL;
static int     reps = 0;
static int     rounds = 0;
static char   *label = NULL;   /* "100 000" */
static gboolean wall_clock = FALSE;

static const GOptionEntry entries[] = {
  { "size", 0, 0, G_OPTION_ARG_INT, &size, "Number of networks", "N" },
  { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Directory of the generated catalogs", "DIR" },
  { "parts", 0, 0, G_OPTION_ARG_STRING, &parts, "What to run (default gen,memory,search,load)", "LIST" },
  { "reps", 0, 0, G_OPTION_ARG_INT, &reps, "Load repetitions (default by size)", "N" },
  { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds of the typed sequences (default by size)", "N" },
  { "wall-clock", 0, 0, G_OPTION_ARG_NONE, &wall_clock, "Time with the wall clock, not the CPU time", NULL },
  { NULL }
};

static gboolean
want (const char *part)
{
  g_auto(GStrv) list = g_strsplit (parts ? parts : "gen,memory,search,load", ",", -1);

  return g_strv_contains ((const char * const *) list, part);
}

char *
bench_catalog_figure (const char *what)
{
  return g_strdup_printf ("model %s: %s", label, what);
}

CnCatalog *
bench_catalog_load_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  CnCatalog *catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_LARGE, &problems, &error);

  if (catalog == NULL)
    {
      fprintf (stderr, "bench-catalog: %s does not load: %s\n", path, error->message);
      for (guint i = 0; problems != NULL && i < problems->len && i < 10; i++)
        {
          g_autofree char *line = cn_catalog_problem_to_string (g_ptr_array_index (problems, i));
          fprintf (stderr, "  %s\n", line);
        }
      exit (1);
    }
  return catalog;
}

/* Memory */

static gsize
text_bytes (const CnText *text)
{
  /* The allocation as malloc rounds it, plus its chunk header. */
  return text ? malloc_usable_size ((gpointer) text) + sizeof (gsize) : 0;
}

static gsize
network_text_bytes (CnNetwork *network)
{
  const CnProgramme *programmes;
  const CnBenefitLink *links;
  const CnDatedText *israel;
  guint n;
  gsize total = 0;

  total += text_bytes (cn_network_get_name (network));
  total += text_bytes (cn_network_get_status_note (network));
  total += text_bytes (cn_network_get_successor_name (network));
  total += text_bytes (cn_network_get_founders (network));
  total += text_bytes (cn_network_get_secretariat (network));
  total += text_bytes (cn_network_get_summary (network));
  total += text_bytes (cn_network_get_description (network));
  total += text_bytes (cn_network_get_eligibility (network));
  total += text_bytes (cn_network_get_israel_eligibility_note (network));
  total += text_bytes (cn_network_get_cost (network));
  total += text_bytes (cn_network_get_commitments (network));
  total += text_bytes (cn_network_get_size (network));
  total += text_bytes (cn_network_get_unconfirmed (network));
  programmes = cn_network_get_programmes (network, &n);
  for (guint i = 0; i < n; i++)
    total += text_bytes (programmes[i].name) + text_bytes (programmes[i].description);
  links = cn_network_get_benefits (network, &n);
  for (guint i = 0; i < n; i++)
    total += text_bytes (links[i].example);
  israel = cn_network_get_israel (network, &n);
  for (guint i = 0; i < n; i++)
    total += text_bytes (israel[i].text);
  return total;
}

typedef struct
{
  gsize  heap;
  gsize  texts;
  gsize  docs_heap;      /* measured by building them again */
  gsize  docs_strlen;    /* cn_search_doc_get_size() */
  double docs_ms;
  gsize  index_heap;     /* measured by building it again */
  gsize  index_size;     /* cn_search_index_get_size() */
  double index_ms;
} Breakdown;

static void
measure_breakdown (CnCatalog *catalog,
                   Breakdown *out)
{
  GListModel *networks = cn_catalog_get_networks (catalog);
  guint n = g_list_model_get_n_items (networks);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_full (n, (GDestroyNotify) cn_search_doc_free);
  gsize before;
  gint64 start;

  out->texts = 0;
  out->docs_strlen = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);

      out->texts += network_text_bytes (network);
      out->docs_strlen += cn_search_doc_get_size (cn_catalog_get_network_search_doc (catalog, i));
    }

  before = bench_heap_bytes ();
  start = bench_now_ns ();
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (docs, cn_catalog_new_network_search_doc (catalog, i));
    }
  out->docs_ms = bench_ms_since (start);
  out->docs_heap = bench_heap_bytes () - before;

  {
    CnSearchIndex *index;

    before = bench_heap_bytes ();
    start = bench_now_ns ();
    index = cn_search_index_new ((const CnSearchDoc * const *) docs->pdata, docs->len);
    out->index_ms = bench_ms_since (start);
    out->index_heap = bench_heap_bytes () - before;
    out->index_size = cn_search_index_get_size (index);
    cn_search_index_free (index);
  }
}

/* Returns: (transfer full): the catalog, for the search benchmark */
static CnCatalog *
run_memory (const char *path,
            gsize       file_size)
{
  g_autoptr(CnCatalog) catalog = NULL;
  gsize heap0, rss0, heap1, rss1, peak;
  gboolean peak_ok;
  Breakdown breakdown = { 0 };
  g_autofree char *file_mib = bench_format_mib (file_size);
  g_autofree char *f_heap = bench_catalog_figure ("catalog heap ÷ file size");
  g_autofree char *f_rss = bench_catalog_figure ("RSS growth ÷ file size (after load)");
  g_autofree char *f_peak = bench_catalog_figure ("peak RSS growth ÷ file size (during load)");
  g_autofree char *f_split = bench_catalog_figure ("catalog heap breakdown");
  g_autofree char *value = NULL;
  g_autofree char *target = g_strdup_printf ("≤ %.0f×", MEMORY_RATIO_TARGET);
  double ratio;

  bench_trim_heap ();
  heap0 = bench_heap_bytes ();
  rss0 = bench_rss_bytes ();
  peak_ok = bench_reset_peak_rss ();

  catalog = bench_catalog_load_file (path);   /* reads the file, loads, frees the bytes */
  /* Its index built and the parser's tree freed, on other processors after
   * the load returned: the catalog as it stays. */
  cn_catalog_wait_for_search (catalog);

  peak = bench_peak_rss_bytes ();
  bench_trim_heap ();
  heap1 = bench_heap_bytes ();
  rss1 = bench_rss_bytes ();

  ratio = (double) (heap1 - heap0) / file_size;
  {
    g_autofree char *held = bench_format_mib (heap1 - heap0);
    value = g_strdup_printf ("%.2f× (%s / %s)", ratio, held, file_mib);
    bench_result (f_heap, value, target, ratio <= MEMORY_RATIO_TARGET ? "PASS" : "MISS");
    g_free (value);
  }
  {
    g_autofree char *held = bench_format_mib (rss1 > rss0 ? rss1 - rss0 : 0);
    value = g_strdup_printf ("%.2f× (%s)", (double) (rss1 > rss0 ? rss1 - rss0 : 0) / file_size, held);
    bench_result (f_rss, value, NULL, NULL);
    g_free (value);
  }
  if (peak_ok && peak > rss0)
    {
      g_autofree char *held = bench_format_mib (peak - rss0);
      value = g_strdup_printf ("%.2f× (%s)", (double) (peak - rss0) / file_size, held);
      bench_result (f_peak, value, NULL, NULL);
      g_free (value);
    }

  /* What the heap holds: texts (CnText), the search index, the rest
   * (GObjects, arrays, ids, URLs, the stores and the id table). The search
   * documents are not kept after the load (the plain matcher builds them
   * when asked): their size is what keeping them would add. */
  measure_breakdown (catalog, &breakdown);
  {
    gsize held = heap1 - heap0;
    gsize accounted = breakdown.texts + breakdown.index_heap;
    gsize rest = held > accounted ? held - accounted : 0;
    g_autofree char *t = bench_format_mib (breakdown.texts);
    g_autofree char *d = bench_format_mib (breakdown.docs_heap);
    g_autofree char *x = bench_format_mib (breakdown.index_heap);
    g_autofree char *r = bench_format_mib (rest);

    value = g_strdup_printf ("texts %s (%.0f%%), index %s (%.0f%%), other %s (%.0f%%); "
                             "search documents, not kept, would add %s",
                             t, 100.0 * breakdown.texts / held, x, 100.0 * breakdown.index_heap / held,
                             r, 100.0 * rest / held, d);
    bench_result (f_split, value, NULL, NULL);
    printf ("  search documents: %.1f MiB of text (%.2f× the file), %.1f MiB on the heap "
            "(GString capacity rounding), built in %.0f ms\n",
            breakdown.docs_strlen / 1048576.0, (double) breakdown.docs_strlen / file_size,
            breakdown.docs_heap / 1048576.0, breakdown.docs_ms);
    printf ("  search index: %.1f MiB (cn_search_index_get_size), %.1f MiB on the heap, built in %.0f ms\n",
            breakdown.index_size / 1048576.0, breakdown.index_heap / 1048576.0, breakdown.index_ms);
  }

  return g_steal_pointer (&catalog);
}

/* Search */

typedef struct
{
  GArray *en;   /* ms per keystroke */
  GArray *he;
} SearchSamples;

/* One keystroke, as CnSearchFilter's evaluate() does it: through the
 * catalog's index, or (@scan) with the plain matcher on every document.
 * @ranks_out: (out) (optional) (transfer full): the ranks */
static double
keystroke (CnCatalog   *catalog,
           const char  *text,
           gboolean     scan,
           int        **ranks_out)
{
  gint64 start = bench_now_ns ();
  /* With the catalog's synonyms, as the list searches. */
  CnSearchQuery *query = cn_catalog_new_search_query (catalog, text);
  guint n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  int *ranks = NULL;
  double ms;

  if (!cn_search_query_is_empty (query))
    {
      ranks = g_new (int, n);
      if (scan)
        for (guint i = 0; i < n; i++)
          ranks[i] = cn_search_doc_match (cn_catalog_get_network_search_doc (catalog, i), query);
      else
        {
          CnSearchQuery *corrected = NULL;

          cn_catalog_search_networks_corrected (catalog, query, ranks, &corrected);
          g_clear_pointer (&corrected, cn_search_query_unref);
        }
    }
  cn_search_query_free (query);
  ms = bench_ms_since (start);

  if (ranks_out != NULL)
    *ranks_out = ranks;
  else
    g_free (ranks);
  return ms;
}

static guint
count_matches (const int *ranks,
               guint      n)
{
  guint matches = 0;

  for (guint i = 0; ranks != NULL && i < n; i++)
    matches += ranks[i] != CN_SEARCH_NO_MATCH;
  return matches;
}

static void
report_search (const char *what,
               const char *language,
               GArray     *samples,
               double      target)
{
  g_autofree char *name = g_strdup_printf ("%s, %s (%u samples)", what, language, samples->len);
  g_autofree char *f = bench_catalog_figure (name);
  double p50 = bench_percentile (samples, 50);
  double p95 = bench_percentile (samples, 95);
  double max = bench_max (samples);
  g_autofree char *value = g_strdup_printf ("p50 %.3f / p95 %.3f / max %.3f ms", p50, p95, max);
  g_autofree char *target_text = target > 0 ? g_strdup_printf ("p95 ≤ %g ms", target) : NULL;

  bench_result (f, value, target_text, target > 0 ? (p95 <= target ? "PASS" : "MISS") : NULL);
}

static void
run_search (const char *path,
            CnCatalog  *catalog)
{
  SearchSamples indexed = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)) };
  SearchSamples scanned = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)) };
  guint n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  int n_rounds = rounds > 0 ? rounds : (n <= 1000 ? 200 : n <= 10000 ? 50 : 20);
  int n_scan_rounds = n <= 1000 ? 50 : n <= 10000 ? 5 : 1;
  double target = n <= 1000 ? 2.0 : n >= 100000 ? 16.0 : 0.0;
  const char * const *sequences[] = { english_keys, hebrew_keys };
  guint mismatches = 0;

  /* What each keystroke finds, for the log; and the index must give the
   * plain matcher's answers. */
  printf ("  matches per keystroke (of %u):", n);
  for (guint q = 0; q < G_N_ELEMENTS (sequences); q++)
    for (guint k = 0; sequences[q][k] != NULL; k++)
      {
        g_autofree int *by_index = NULL;
        g_autofree int *by_scan = NULL;

        keystroke (catalog, sequences[q][k], FALSE, &by_index);
        keystroke (catalog, sequences[q][k], TRUE, &by_scan);
        printf ("%s “%s” %u", q + k > 0 ? "," : "", sequences[q][k], count_matches (by_index, n));
        if (by_index != NULL && by_scan != NULL && memcmp (by_index, by_scan, n * sizeof (int)) != 0)
          mismatches++;
      }
  printf ("\n");
  if (mismatches > 0)
    {
      g_autofree char *f = bench_catalog_figure ("search index agrees with the plain matcher");
      g_autofree char *value = g_strdup_printf ("NO: %u of %u keystrokes differ", mismatches,
                                                g_strv_length ((char **) english_keys) +
                                                g_strv_length ((char **) hebrew_keys));
      bench_result (f, value, NULL, "FAIL");
    }

  for (int r = 0; r < MAX (n_rounds, n_scan_rounds); r++)
    for (guint q = 0; q < G_N_ELEMENTS (sequences); q++)
      for (guint k = 0; sequences[q][k] != NULL; k++)
        {
          double ms;

          if (r < n_rounds)
            {
              ms = keystroke (catalog, sequences[q][k], FALSE, NULL);
              g_array_append_val (q == 0 ? indexed.en : indexed.he, ms);
            }
          if (r < n_scan_rounds)
            {
              ms = keystroke (catalog, sequences[q][k], TRUE, NULL);
              g_array_append_val (q == 0 ? scanned.en : scanned.he, ms);
            }
        }

  report_search ("search per keystroke", "English", indexed.en, target);
  report_search ("search per keystroke", "Hebrew", indexed.he, target);
  report_search ("without the index (every document scanned)", "English", scanned.en, 0.0);
  report_search ("without the index (every document scanned)", "Hebrew", scanned.he, 0.0);

  g_array_unref (indexed.en);
  g_array_unref (indexed.he);
  g_array_unref (scanned.en);
  g_array_unref (scanned.he);
}

/* Facets */

/* One change, as the window handles it: the filter's pass over the search
 * ranks (cn-search-filter.c, apply_facets()), then the popover's counts. */
static double
facet_change (CnFacets  *facets,
              const int *search_ranks,
              int       *shown,
              guint     *counts,
              guint      n)
{
  gint64 start = bench_now_ns ();

  if (search_ranks != NULL)
    memcpy (shown, search_ranks, sizeof (int) * n);
  else
    memset (shown, 0, sizeof (int) * n);
  if (cn_facets_is_active (facets))
    for (guint i = 0; i < n; i++)
      if (shown[i] != CN_SEARCH_NO_MATCH && !cn_facets_match (facets, i))
        shown[i] = CN_SEARCH_NO_MATCH;
  cn_facets_count (facets, search_ranks, search_ranks ? n : 0, counts);
  return bench_ms_since (start);
}

static void
run_facets (CnCatalog *catalog)
{
  guint n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree int *shown = g_new (int, n);
  g_autofree int *search_ranks = g_new (int, n);
  g_autofree guint *counts = g_new (guint, CN_N_FACETS * CN_FACET_MAX_VALUES);
  g_autoptr(CnFacets) facets = NULL;
  int n_rounds = rounds > 0 ? rounds : (n <= 1000 ? 200 : n <= 10000 ? 50 : 20);
  double target = n >= 100000 ? 16.0 : 0.0;
  gint64 start = bench_now_ns ();
  /* The filters a user might choose in turn: a value of each facet, a
   * second value of the first (OR), then dropping them one by one. */
  static const CnFacet sequence[] = { CN_FACET_THEME, CN_FACET_REGION, CN_FACET_KIND, CN_FACET_STATUS,
                                      CN_FACET_ISRAEL, CN_FACET_FEE };

  facets = cn_facets_new (catalog);
  {
    g_autofree char *f = bench_catalog_figure ("facets built from the networks (once per catalog)");
    bench_result_info (f, bench_ms_since (start), "ms", 1);
  }

  {
    CnSearchQuery *query = cn_search_query_new ("climate");
    cn_catalog_search_networks (catalog, query, search_ranks);
    cn_search_query_free (query);
  }

  for (int r = 0; r < n_rounds; r++)
    for (guint searched = 0; searched < 2; searched++)
      {
        const int *ranks = searched ? search_ranks : NULL;
        double ms;

        for (guint i = 0; i < G_N_ELEMENTS (sequence); i++)
          if (cn_facets_get_n_values (facets, sequence[i]) > 0)
            {
              cn_facets_set_selected (facets, sequence[i], 0, TRUE);
              ms = facet_change (facets, ranks, shown, counts, n);
              g_array_append_val (samples, ms);
            }
        if (cn_facets_get_n_values (facets, CN_FACET_THEME) > 1)
          {
            cn_facets_set_selected (facets, CN_FACET_THEME, 1, TRUE);
            ms = facet_change (facets, ranks, shown, counts, n);
            g_array_append_val (samples, ms);
          }
        /* A keystroke with the filters on: the counts follow the search. */
        ms = facet_change (facets, searched ? NULL : search_ranks, shown, counts, n);
        g_array_append_val (samples, ms);
        while (cn_facets_is_active (facets))
          {
            CnFacet facet;
            guint value;

            cn_facets_get_nth_selected (facets, cn_facets_get_n_selected (facets) - 1, &facet, &value);
            cn_facets_set_selected (facets, facet, value, FALSE);
            ms = facet_change (facets, ranks, shown, counts, n);
            g_array_append_val (samples, ms);
          }
      }

  {
    g_autofree char *name = g_strdup_printf ("facet counts update per change (%u samples)", samples->len);
    g_autofree char *f = bench_catalog_figure (name);
    double p50 = bench_percentile (samples, 50);
    double p95 = bench_percentile (samples, 95);
    double max = bench_max (samples);
    g_autofree char *value = g_strdup_printf ("p50 %.3f / p95 %.3f / max %.3f ms", p50, p95, max);
    g_autofree char *target_text = target > 0 ? g_strdup_printf ("p95 ≤ %g ms", target) : NULL;

    bench_result (f, value, target_text, target > 0 ? (p95 <= target ? "PASS" : "MISS") : NULL);
  }
}

/* Load time */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- Climate Networks model benchmark");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-catalog: %s\n", error->message);
      return 2;
    }
  if (size <= 0 || dir == NULL)
    {
      fprintf (stderr, "bench-catalog: --size and --dir are required\n");
      return 2;
    }

  bench_use_cpu_clock (!wall_clock);

  /* Texts show in English; the matcher indexes every language anyway. */
  cn_text_set_preferred_languages ((const char *[]) { "en", NULL });

  label = bench_format_count ((guint64) size);
  name = g_strdup_printf ("catalog-%d.json", size);
  path = g_build_filename (dir, name, NULL);

  if (want ("gen") && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      gint64 start = bench_now_ns ();

      if (!bench_generate_catalog (path, (guint) size, &error))
        {
          fprintf (stderr, "bench-catalog: %s\n", error->message);
          return 1;
        }
      printf ("generated %s in %.0f ms\n", path, bench_ms_since (start));
    }

  if (g_stat (path, &st) != 0)
    {
      fprintf (stderr, "bench-catalog: %s is missing (run with --parts=gen first)\n", path);
      return 1;
    }

  if (want ("memory") || want ("search"))
  {
    g_autofree char *f = bench_catalog_figure ("file size");
    g_autofree char *mib = bench_format_mib ((guint64) st.st_size);
    g_autofree char *value = g_strdup_printf ("%s (%.1f KiB per network)", mib, st.st_size / 1024.0 / size);

    bench_result (f, value, NULL, NULL);
  }

  /* Memory first, on a clean heap; the search runs on that catalog. */
  if (want ("memory") || want ("search"))
    {
      g_autoptr(CnCatalog) catalog = NULL;

      if (want ("memory"))
        catalog = run_memory (path, (gsize) st.st_size);
      if (want ("search"))
        {
          if (catalog == NULL)
            catalog = bench_catalog_load_file (path);
          run_search (path, catalog);
        }
    }

  if (want ("facets"))
    {
      g_autoptr(CnCatalog) catalog = bench_catalog_load_file (path);

      run_facets (catalog);
    }

  if (want ("load"))
    bench_catalog_run_load (path, (gsize) st.st_size, size, reps);

  if (want ("profile"))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);

      for (int r = 0; bytes != NULL && r < MAX (reps, 1); r++)
        {
          gint64 start = bench_now_ns ();
          CnCatalog *catalog = cn_catalog_new_from_bytes (bytes, path, CN_CATALOG_FLAGS_LARGE, NULL, &error);

          if (catalog == NULL)
            {
              fprintf (stderr, "bench-catalog: %s\n", error->message);
              return 1;
            }
          printf ("  load %.0f ms\n", bench_ms_since (start));
          g_object_unref (catalog);
        }
    }

  g_free (label);
  return 0;
}
