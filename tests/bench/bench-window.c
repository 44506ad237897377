/* bench-window.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Typing into the real window over a synthetic catalog (issue 7):
 *
 *   bench-window --catalog=FILE [--rounds=N]
 *
 * Under a display (Xvfb in build-aux/dev bench, GSK_RENDERER=cairo), the
 * catalog is loaded on another thread, as the application does, and the
 * window is built over it and presented. Then each keystroke of
 * the typed sequences ("c" … "climate adaptation", "א" … "אקלים", each
 * followed by clearing the search) is applied with cn_window_set_search()
 * right after the previous frame was painted, as a fast typist would, and
 * the main loop runs until the result is painted and nothing is pending.
 *
 * Measured, with the monotonic clock:
 * - frame time: the gap between consecutive "after-paint" signals of the
 *   window's GdkFrameClock while typing (a frame that follows an idle
 *   period counts from one refresh interval before the keystroke);
 * - keystroke → painted: from the call to the first frame painted after it;
 * - set_search: the synchronous part (query, filter and sort);
 * - settled: until the main loop has nothing pending after that frame;
 * - the phases of those frames: layout (measure and allocate, from
 *   "before-paint" to the end of "layout") and paint (snapshot and render,
 *   to the end of "paint");
 * - after each typed sequence, a pause of 700 ms in which the detail shows
 *   the selected network: the work of each of those frames.
 *
 * --frames prints each keystroke's frames and their phases (which keystroke
 * has the longest frame), and when it started and ended on the monotonic
 * clock, to cut a perf profile (perf record -k mono, perf script --time).
 * --hide-detail hides the network detail pane, to tell how much of a frame
 * goes to laying out the selected network's long texts (a diagnostic: the
 * figures then no longer describe the real window). */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench-common.h"
#include "cn-application.h"
#include "cn-network-detail.h"
#include "cn-window-private.h"

#define FRAME_TARGET_MS  33.0   /* two frames at 60 Hz (issue 18) */
#define TARGET_SIZE      100000
#define WAIT_LIMIT_NS    (G_GINT64_CONSTANT (10) * 1000000000)

static const char * const english_keys[] = {
  "c", "cl", "cli", "clim", "clima", "climat", "climate", "climate ", "climate a", "climate ad",
  "climate ada", "climate adap", "climate adapt", "climate adapta", "climate adaptat",
  "climate adaptati", "climate adaptatio", "climate adaptation", NULL
};

static const char * const hebrew_keys[] = { "א", "אק", "אקל", "אקלי", "אקלים", NULL };

static char *catalog_path = NULL;
static int   rounds = 0;
static gboolean hide_detail = FALSE;
static gboolean log_frames = FALSE;

static const GOptionEntry entries[] = {
  { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path, "The catalog to load", "FILE" },
  { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds of the typed sequences (default by size)", "N" },
  { "hide-detail", 0, 0, G_OPTION_ARG_NONE, &hide_detail, "Diagnostic: hide the network detail pane", NULL },
  { "frames", 0, 0, G_OPTION_ARG_NONE, &log_frames,
    "Diagnostic: print every keystroke with its frames and their phases, and its monotonic start and end "
    "(for perf script --time with perf record -k mono)", NULL },
  { NULL }
};

typedef enum { BUCKET_TYPING, BUCKET_CLEARING, BUCKET_PAUSE, N_BUCKETS } Bucket;

typedef struct
{
  GArray *frames;     /* ms between paints */
  GArray *painted;    /* keystroke → first paint, ms */
  GArray *sync;       /* set_search itself, ms */
  GArray *settled;    /* keystroke → idle after the paint, ms */
  GArray *layout;     /* per frame, ms */
  GArray *paint;
} Samples;

static struct
{
  GdkFrameClock *clock;
  guint          n_paints;
  gint64         last_paint_ns;
  gint64         before_paint_ns;
  gint64         layout_end_ns;
  gint64         frame_interval_ns;
  gboolean       recording;
  Bucket         bucket;
  Samples        samples[N_BUCKETS];
} bench;

static void
append (GArray *array,
        double  value)
{
  g_array_append_val (array, value);
}

/* Connected after GDK's and GTK's own handlers, so these mark the end of
 * each phase. */
static void
before_paint_cb (GdkFrameClock *clock,
                 gpointer       user_data)
{
  bench.before_paint_ns = bench_now_ns ();
}

static void
layout_cb (GdkFrameClock *clock,
           gpointer       user_data)
{
  bench.layout_end_ns = bench_now_ns ();
}

static void
paint_cb (GdkFrameClock *clock,
          gpointer       user_data)
{
  gint64 now = bench_now_ns ();

  if (bench.recording && bench.before_paint_ns != 0 && bench.layout_end_ns >= bench.before_paint_ns)
    {
      append (bench.samples[bench.bucket].layout, (bench.layout_end_ns - bench.before_paint_ns) / 1e6);
      append (bench.samples[bench.bucket].paint, (now - bench.layout_end_ns) / 1e6);
    }
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 now = bench_now_ns ();

  if (bench.recording && bench.last_paint_ns != 0)
    append (bench.samples[bench.bucket].frames, (now - bench.last_paint_ns) / 1e6);
  bench.last_paint_ns = now;
  bench.n_paints++;
}

static void
realize_cb (GtkWidget *window,
            gpointer   user_data)
{
  bench.clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (bench.clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (bench.clock, "layout", G_CALLBACK (layout_cb), NULL);
  g_signal_connect (bench.clock, "paint", G_CALLBACK (paint_cb), NULL);
  g_signal_connect (bench.clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until a frame is painted after @paints (or the limit). */
static gboolean
wait_for_paint (guint  paints,
                gint64 start_ns)
{
  guint wake = g_timeout_add (20, wake_cb, NULL);

  while (bench.n_paints == paints && bench_now_ns () - start_ns < WAIT_LIMIT_NS)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return bench.n_paints != paints;
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  gint64 end = bench_now_ns () + (gint64) ms * 1000000;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (bench_now_ns () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

/* Typing pauses: the detail follows the selected network (DETAIL_DELAY_MS
 * in cn-window.c, then its sections one per frame). Only the frames' work
 * (from "before-paint" to the end of "paint") is kept: the gaps between
 * them are idle time. */
static void
pause_typing (void)
{
  drain ();
  bench.bucket = BUCKET_PAUSE;
  bench.recording = TRUE;
  run_for (700);
  bench.recording = FALSE;
}

static void
keystroke (CnWindow   *window,
           const char *text,
           Bucket      bucket,
           gboolean    log)
{
  Samples *s = &bench.samples[bucket];
  guint paints;
  gint64 start;
  double sync;

  drain ();

  /* A frame after an idle main loop counts from one refresh interval
   * before the keystroke, not from the last paint long ago. */
  start = bench_now_ns ();
  if (bench.last_paint_ns < start - bench.frame_interval_ns)
    bench.last_paint_ns = start - bench.frame_interval_ns;

  bench.bucket = bucket;
  bench.recording = TRUE;
  paints = bench.n_paints;
  guint first_frame = s->frames->len, first_phase = s->layout->len;

  if (log_frames)
    printf ("  keystroke starts at %.6f s\n", start / 1e9);
  cn_window_set_search (window, text);
  sync = bench_ms_since (start);

  if (!wait_for_paint (paints, start))
    {
      fprintf (stderr, "bench-window: nothing was painted within %d s after typing “%s”\n",
               (int) (WAIT_LIMIT_NS / 1000000000), text);
      exit (1);
    }
  append (s->painted, (bench.last_paint_ns - start) / 1e6);
  append (s->sync, sync);

  /* Everything the keystroke set off: more frames, idles. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  append (s->settled, bench_ms_since (start));

  if (log_frames)
    {
      printf ("    frames:");
      for (guint i = first_frame; i < s->frames->len; i++)
        printf (" %.1f", g_array_index (s->frames, double, i));
      printf (" ms; layout/paint:");
      for (guint i = first_phase; i < s->layout->len; i++)
        printf (" %.1f/%.1f", g_array_index (s->layout, double, i), g_array_index (s->paint, double, i));
      printf (" ms; ends at %.6f s\n", bench_now_ns () / 1e9);
    }
  if (log || log_frames)
    printf ("  “%s”: %u results, set_search %.1f ms, painted after %.1f ms\n", text,
            g_list_model_get_n_items (G_LIST_MODEL (cn_ranked_selection_get_model (window->selection))), sync,
            (bench.last_paint_ns - start) / 1e6);
}

typedef struct
{
  GFile   *file;
  GError **error;
} LoadJob;

/* The catalog is loaded on a thread of its own, as the application loads
 * every dataset (cn-application.c, cn-catalog-loader.c). Loaded on the main
 * thread, it left the main thread's malloc arena with millions of freed
 * pieces of json-glib's tree, which the first large allocations of the
 * first searches then sorted (a 100 000-network catalog's first searches
 * took 15-24 ms more each, in _int_malloc): a cost the application does
 * not have. */
static gpointer
load_thread (gpointer data)
{
  LoadJob *job = data;

  return cn_catalog_new_from_file (job->file, CN_CATALOG_FLAGS_LARGE, NULL, job->error);
}

static char *
stats (GArray *values)
{
  double p50 = bench_percentile (values, 50);
  double p95 = bench_percentile (values, 95);

  return g_strdup_printf ("p50 %.1f / p95 %.1f / max %.1f ms", p50, p95, bench_max (values));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- Climate Networks window benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  g_autoptr(GtkApplication) app = NULL;
  g_autofree char *label = NULL;
  CnWindow *window;
  GdkMonitor *monitor;
  int refresh;
  guint n_networks;
  gint64 start, loaded_ns;
  int n_rounds;

  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("NO_AT_BRIDGE", "1", FALSE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-window: %s\n", error->message);
      return 2;
    }
  if (catalog_path == NULL)
    {
      fprintf (stderr, "bench-window: --catalog is required\n");
      return 2;
    }

  gtk_init ();
  cn_text_set_preferred_languages ((const char *[]) { "en", NULL });

  file = g_file_new_for_path (catalog_path);
  start = bench_now_ns ();
  catalog = g_thread_join (g_thread_new ("bench-load", load_thread, &(LoadJob) { file, &error }));
  if (catalog == NULL)
    {
      fprintf (stderr, "bench-window: %s\n", error->message);
      return 1;
    }
  n_networks = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  label = bench_format_count (n_networks);
  if (hide_detail)
    {
      char *diagnostic = g_strconcat (label, " (detail hidden)", NULL);
      g_free (label);
      label = diagnostic;
    }
  printf ("window %s: catalog loaded in %.0f ms\n", label, bench_ms_since (start));
  loaded_ns = bench_now_ns ();

  /* The real application class (style, accelerators) under its own id, so
   * a running instance is never reused. */
  app = g_object_new (CN_TYPE_APPLICATION,
                      "application-id", APP_ID ".Bench",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_PREFIX,
                      NULL);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      fprintf (stderr, "bench-window: %s\n", error->message);
      return 1;
    }

  for (guint b = 0; b < N_BUCKETS; b++)
    {
      bench.samples[b].frames = g_array_new (FALSE, FALSE, sizeof (double));
      bench.samples[b].painted = g_array_new (FALSE, FALSE, sizeof (double));
      bench.samples[b].sync = g_array_new (FALSE, FALSE, sizeof (double));
      bench.samples[b].settled = g_array_new (FALSE, FALSE, sizeof (double));
      bench.samples[b].layout = g_array_new (FALSE, FALSE, sizeof (double));
      bench.samples[b].paint = g_array_new (FALSE, FALSE, sizeof (double));
    }

  window = cn_window_new (CN_APPLICATION (app), catalog);
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  if (hide_detail)
    {
      GtkWidget *detail = GTK_WIDGET (_cn_window_get_network_detail (window));

      if (detail == NULL)
        {
          fprintf (stderr, "bench-window: no CnNetworkDetail in the window\n");
          return 1;
        }
      gtk_widget_set_visible (detail, FALSE);
      printf ("window %s: DIAGNOSTIC RUN, the network detail is hidden\n", label);
    }

  start = bench_now_ns ();
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_for_paint (0, start))
    {
      fprintf (stderr, "bench-window: the window was never painted (is there a display?)\n");
      return 1;
    }
  {
    g_autofree char *f = g_strdup_printf ("window %s: present → first frame", label);
    bench_result_info (f, (bench.last_paint_ns - start) / 1e6, "ms", 0);
  }

  monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (window)),
                                                gtk_native_get_surface (GTK_NATIVE (window)));
  /* Xvfb reports no usable refresh rate (1 Hz): assume 60 Hz below 20. */
  refresh = monitor ? gdk_monitor_get_refresh_rate (monitor) : 0;
  bench.frame_interval_ns = G_GINT64_CONSTANT (1000000000000) / (refresh >= 20000 ? refresh : 60000);
  printf ("window %s: refresh interval %.1f ms\n", label, bench.frame_interval_ns / 1e6);

  run_for (500);
  /* A large catalog builds its search index on another processor while the
   * window comes up; a keystroke before then waits for it. The typing below
   * is measured once it is ready, as a user starts typing seconds later. */
  {
    gint64 wait_start = bench_now_ns ();

    cn_catalog_wait_for_search (catalog);
    printf ("window %s: search index ready %.0f ms after the catalog loaded (waited for it %.0f ms)\n", label,
            (bench_now_ns () - loaded_ns) / 1e6, (bench_now_ns () - wait_start) / 1e6);
  }

  n_rounds = rounds > 0 ? rounds : (n_networks <= 1000 ? 10 : n_networks <= 10000 ? 5 : 2);
  for (int r = 0; r < n_rounds; r++)
    {
      for (guint k = 0; english_keys[k] != NULL; k++)
        keystroke (window, english_keys[k], BUCKET_TYPING, r == 0);
      pause_typing ();
      keystroke (window, "", BUCKET_CLEARING, r == 0);
      for (guint k = 0; hebrew_keys[k] != NULL; k++)
        keystroke (window, hebrew_keys[k], BUCKET_TYPING, r == 0);
      pause_typing ();
      keystroke (window, "", BUCKET_CLEARING, r == 0);
    }
  bench.recording = FALSE;

  {
    Samples *s = &bench.samples[BUCKET_TYPING];
    g_autofree char *f = g_strdup_printf ("window %s: frame time while typing (%u frames)", label, s->frames->len);
    double max = bench_max (s->frames);
    g_autofree char *value = g_strdup_printf ("max %.1f ms (p50 %.1f, p95 %.1f)", max,
                                              bench_percentile (s->frames, 50), bench_percentile (s->frames, 95));

    if (n_networks >= TARGET_SIZE && !hide_detail)
      bench_result (f, value, "max ≤ 33 ms", max <= FRAME_TARGET_MS ? "PASS" : "MISS");
    else
      bench_result (f, value, NULL, NULL);
  }
  {
    g_autofree char *f = g_strdup_printf ("window %s: keystroke → results painted", label);
    g_autofree char *value = stats (bench.samples[BUCKET_TYPING].painted);
    bench_result (f, value, NULL, NULL);
  }
  {
    g_autofree char *f = g_strdup_printf ("window %s: keystroke → main loop idle", label);
    g_autofree char *value = stats (bench.samples[BUCKET_TYPING].settled);
    bench_result (f, value, NULL, NULL);
  }
  {
    Samples *s = &bench.samples[BUCKET_TYPING];
    g_autofree char *f = g_strdup_printf ("window %s: frame phases while typing", label);
    g_autofree char *value = g_strdup_printf ("layout p50 %.1f / max %.1f ms, paint p50 %.1f / max %.1f ms",
                                              bench_percentile (s->layout, 50), bench_max (s->layout),
                                              bench_percentile (s->paint, 50), bench_max (s->paint));
    bench_result (f, value, NULL, NULL);
  }
  {
    g_autofree char *f = g_strdup_printf ("window %s: cn_window_set_search() alone", label);
    g_autofree char *value = stats (bench.samples[BUCKET_TYPING].sync);
    bench_result (f, value, NULL, NULL);
  }
  {
    Samples *s = &bench.samples[BUCKET_CLEARING];
    g_autofree char *f = g_strdup_printf ("window %s: clearing the search → painted", label);
    g_autofree char *value = g_strdup_printf ("max %.1f ms (longest frame %.1f ms)", bench_max (s->painted),
                                              bench_max (s->frames));
    bench_result (f, value, NULL, NULL);
  }

  {
    Samples *s = &bench.samples[BUCKET_PAUSE];
    g_autofree char *f = g_strdup_printf ("window %s: detail once typing pauses, work per frame (%u frames)",
                                          label, s->layout->len);
    g_autofree char *value = NULL;
    GArray *work = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < s->layout->len; i++)
      append (work, g_array_index (s->layout, double, i) + g_array_index (s->paint, double, i));
    value = g_strdup_printf ("max %.1f ms (p50 %.1f)", bench_max (work), bench_percentile (work, 50));
    bench_result (f, value, NULL, NULL);
    g_array_unref (work);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  run_for (50);

  for (guint b = 0; b < N_BUCKETS; b++)
    {
      g_array_unref (bench.samples[b].frames);
      g_array_unref (bench.samples[b].painted);
      g_array_unref (bench.samples[b].sync);
      g_array_unref (bench.samples[b].settled);
      g_array_unref (bench.samples[b].layout);
      g_array_unref (bench.samples[b].paint);
    }
  return 0;
}
