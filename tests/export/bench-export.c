/* bench-export.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long exports take: the brief of the bundled twelve networks as PDF
 * (target: at most 1 s) and Markdown, and a 1 000-network CSV from the
 * benchmarks' synthetic catalog. Medians of 5 runs, wall clock, one line
 * per figure. Run with: meson test -C BUILDDIR --benchmark export-bench */

#include "config.h"

#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "bench-generate.h"
#include "cn-brief-markdown.h"
#include "cn-brief-pdf.h"
#include "cn-catalog.h"
#include "cn-export.h"

#define RUNS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static GPtrArray *
all_networks (CnCatalog *catalog)
{
  GListModel *model = cn_catalog_get_networks (catalog);
  GPtrArray *networks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (networks, g_list_model_get_item (model, i));
  return networks;
}

typedef enum { PDF_EN, PDF_HE, MARKDOWN, CSV } Job;

static double
median_ms (Job        job,
           GPtrArray *networks,
           gsize     *size)
{
  double times[RUNS];

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) bytes = NULL;

      if (job == CSV)
        bytes = cn_export_csv ((CnNetwork * const *) networks->pdata, networks->len, "en");
      else
        {
          g_autoptr(CnBrief) brief = cn_brief_new ((CnNetwork * const *) networks->pdata, networks->len,
                                                   job == PDF_HE ? "he" : "en", NULL, NULL, "2026-12-02");

          if (job == MARKDOWN)
            {
              char *markdown = cn_brief_to_markdown (brief);

              bytes = g_bytes_new_take (markdown, strlen (markdown));
            }
          else
            bytes = cn_brief_to_pdf (brief, NULL);
        }
      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      *size = g_bytes_get_size (bytes);
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) bundled = NULL;
  g_autoptr(CnCatalog) large = NULL;
  g_autoptr(GPtrArray) twelve = NULL;
  g_autoptr(GPtrArray) thousand = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cn-bench-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "catalog-1000.json", NULL);
  const char *localedir = g_getenv ("CN_LOCALEDIR");
  gsize size = 0;
  double ms;

  setlocale (LC_ALL, "C.UTF-8");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);

  bundled = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  twelve = all_networks (bundled);

  g_assert_true (bench_generate_catalog (path, 1000, &error));
  file = g_file_new_for_path (path);
  large = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_LARGE, NULL, &error);
  g_assert_no_error (error);
  thousand = all_networks (large);
  g_unlink (path);
  g_rmdir (dir);

  ms = median_ms (PDF_EN, twelve, &size);
  g_print ("PDF brief, %u networks, English: %.0f ms (%zu KiB) — target ≤ 1000 ms: %s\n",
           twelve->len, ms, size / 1024, ms <= 1000 ? "PASS" : "MISS");
  ms = median_ms (PDF_HE, twelve, &size);
  g_print ("PDF brief, %u networks, Hebrew: %.0f ms (%zu KiB) — target ≤ 1000 ms: %s\n",
           twelve->len, ms, size / 1024, ms <= 1000 ? "PASS" : "MISS");
  ms = median_ms (MARKDOWN, twelve, &size);
  g_print ("Markdown brief, %u networks: %.1f ms (%zu KiB)\n", twelve->len, ms, size / 1024);
  ms = median_ms (CSV, thousand, &size);
  g_print ("CSV, %u networks: %.1f ms (%zu KiB)\n", thousand->len, ms, size / 1024);

  return 0;
}
