/* bench-catalog-load.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* bench-catalog --parts=load: cn_catalog_new_from_bytes() against json-glib
 * parsing the same bytes, with a breakdown (scanner, json-glib, search
 * index). Wall clock for both sides, since the loader indexes on several
 * processors. bench-run runs it twice: on a quiet machine, and with one
 * processor kept busy by a competing process (issue 18). */

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-catalog.h"
#include "bench-common.h"
#include "cn-catalog.h"
#include "cn-json-scan.h"
#include "cn-search-index-testing.h"

#define LOAD_RATIO_TARGET 2.0

static double
median_of (GArray *values)
{
  return bench_percentile (values, 50);
}

static gboolean
ignore_problem_cb (CnJsonScanProblem  problem,
                   guint              line,
                   guint              column,
                   const char        *where,
                   const char        *message,
                   gpointer           user_data)
{
  return TRUE;
}

void
bench_catalog_run_load (const char *path,
                        gsize       file_size,
                        int         size,
                        int         reps)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);
  guint n_reps = reps > 0 ? (guint) reps : (size <= 1000 ? 11 : size <= 10000 ? 5 : 2);
  GArray *load = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *file_load = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *parse = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *parse_free = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *scan = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *index_ms = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *unload = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *index_wait = g_array_new (FALSE, FALSE, sizeof (double));
  CnJsonLimits limits = { CN_CATALOG_MAX_DEPTH, CN_CATALOG_MAX_TEXT };
  const char *data;
  gboolean was_cpu_clock = bench_is_cpu_clock ();
  gsize length;
  double t_load, t_json, t_parse, t_free, t_scan, ratio;

  if (bytes == NULL)
    {
      fprintf (stderr, "bench-catalog: %s\n", error->message);
      exit (1);
    }
  data = g_bytes_get_data (bytes, &length);

  /* Wall clock here, for both sides: the loader indexes a large catalog on
   * several processors, which its thread's CPU time would not count. */
  bench_use_cpu_clock (FALSE);

  /* The breakdown (scanner, index) needs fewer runs. */
  guint n_breakdown = size >= 100000 ? 1 : n_reps;

  for (guint r = 0; r < n_reps; r++)
    {
      gint64 start;
      double ms;

      /* json-glib alone: parse the same bytes, then free the tree (the
       * loader frees its tree too, inside the time measured). */
      {
        JsonParser *parser = json_parser_new ();
        double parsed;

        start = bench_now_ns ();
        if (!json_parser_load_from_data (parser, data, length, &error))
          {
            fprintf (stderr, "bench-catalog: json-glib: %s\n", error->message);
            exit (1);
          }
        parsed = bench_ms_since (start);
        g_object_unref (parser);
        ms = bench_ms_since (start);
        g_array_append_val (parse, parsed);
        g_array_append_val (parse_free, ms);
      }

      if (r < n_breakdown)
        {
          start = bench_now_ns ();
          cn_json_scan (data, length, &limits, ignore_problem_cb, NULL);
          ms = bench_ms_since (start);
          g_array_append_val (scan, ms);
        }

      {
        g_autoptr(GPtrArray) problems = NULL;
        CnCatalog *catalog;

        start = bench_now_ns ();
        catalog = cn_catalog_new_from_bytes (bytes, path, CN_CATALOG_FLAGS_LARGE, &problems, &error);
        ms = bench_ms_since (start);
        if (catalog == NULL)
          {
            fprintf (stderr, "bench-catalog: %s\n", error->message);
            exit (1);
          }
        g_array_append_val (load, ms);

        /* A large catalog builds its search index on another processor
         * once loaded (issue 18): until it is ready after the return. */
        start = bench_now_ns ();
        cn_catalog_wait_for_search (catalog);
        ms = bench_ms_since (start);
        g_array_append_val (index_wait, ms);

        /* Building the search index again, as the loader does. */
        if (r < n_breakdown)
          {
            start = bench_now_ns ();
            cn_search_index_free (cn_catalog_build_network_index (catalog));
            ms = bench_ms_since (start);
            g_array_append_val (index_ms, ms);
          }

        start = bench_now_ns ();
        g_object_unref (catalog);
        ms = bench_ms_since (start);
        g_array_append_val (unload, ms);
      }
    }

  /* From the file, as the app's --catalog does (reading included). */
  {
    g_autoptr(GBytes) dropped = g_steal_pointer (&bytes);
  }
  for (guint r = 0; r < (size >= 100000 ? 1 : MIN (n_reps, 3)); r++)
    {
      gint64 start = bench_now_ns ();
      CnCatalog *catalog = bench_catalog_load_file (path);
      double ms = bench_ms_since (start);

      g_array_append_val (file_load, ms);
      g_object_unref (catalog);
    }

  t_load = median_of (load);
  t_json = median_of (parse_free);
  t_parse = median_of (parse);
  t_free = t_json - t_parse;
  t_scan = median_of (scan);
  ratio = t_load / t_json;

  {
    g_autofree char *f = bench_catalog_figure ("load + validate ÷ json-glib parse (wall clock)");
    g_autofree char *value = g_strdup_printf ("%.2f× (%.0f ms / %.0f ms, median of %u)", ratio, t_load, t_json,
                                              n_reps);
    g_autofree char *target = g_strdup_printf ("≤ %.0f×", LOAD_RATIO_TARGET);

    bench_result (f, value, target, ratio <= LOAD_RATIO_TARGET ? "PASS" : "MISS");
  }
  {
    g_autofree char *f = bench_catalog_figure ("load breakdown");
    double t_index = median_of (index_ms);
    /* The index is no longer part of the load (see below). */
    double rest = t_load - t_scan - t_json;
    /* The rest is a difference of medians: below 3 % of the load it is noise. */
    g_autofree char *rest_text = rest < 0.03 * t_load ? g_strdup ("≈ 0") : g_strdup_printf ("%.0f", rest);
    g_autofree char *value = g_strdup_printf ("scan %.0f + json-glib %.0f + validate/items %s ms; "
                                              "then the search index, %.0f ms built alone",
                                              t_scan, t_json, rest_text, t_index);

    bench_result (f, value, NULL, NULL);
  }
  {
    g_autofree char *f = bench_catalog_figure ("search index ready after the load returned");
    g_autofree char *value = g_strdup_printf ("%.0f ms (built on another processor; a search waits for it)",
                                              median_of (index_wait));

    bench_result (f, value, NULL, NULL);
  }
  {
    g_autofree char *f = bench_catalog_figure ("load from file (read included)");
    g_autofree char *value = g_strdup_printf ("%.0f ms (%.0f MiB/s)", median_of (file_load),
                                              file_size / 1048576.0 / (median_of (file_load) / 1000.0));

    bench_result (f, value, NULL, NULL);
  }

  printf ("  json-glib: parse %.1f ms + free %.1f ms; catalog unref %.1f ms\n", t_parse, t_free,
          median_of (unload));

  g_array_unref (load);
  g_array_unref (file_load);
  g_array_unref (parse);
  g_array_unref (parse_free);
  g_array_unref (scan);
  g_array_unref (index_ms);
  g_array_unref (unload);
  g_array_unref (index_wait);
  bench_use_cpu_clock (was_cpu_clock);
}

