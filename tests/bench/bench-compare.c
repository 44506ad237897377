/* bench-compare.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening a comparison of four networks (issue 13):
 *
 *   bench-compare [--rounds=N]
 *
 * Under a display (Xvfb, GSK_RENDERER=cairo), the real window over the
 * bundled dataset, 1280×800. Four networks are put in the comparison;
 * then, N times, the set changes (one network out and back in, so that the
 * table is built again, as after any change) and win.show-comparison is
 * activated, timed with the monotonic clock:
 * - to the first frame painted after it (the frame clock's "after-paint"):
 *   the target, ≤ 50 ms;
 * - to the frame in which the table is complete (its rows after the
 *   first come one a frame) and the view stack's crossfade has ended;
 * - the synchronous part (the action itself, the table is built on map).
 * - the longest frame in the 700 ms after the action, counted as in
 *   bench-views.c (a frame after an idle main loop counts from one refresh
 *   interval before the loop woke, the first from the action).
 * Between rounds the window goes back to the Networks view and settles,
 * and, as a reference in the same conditions, switches to the (built)
 * Benefits view and back: on a loaded machine the ratio tells more than
 * the figure. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench-common.h"
#include "cn-application.h"
#include "cn-window-private.h"

#define TARGET_MS     50.0
#define WAIT_LIMIT_NS (G_GINT64_CONSTANT (10) * 1000000000)

static int rounds = 15;

static const GOptionEntry entries[] = {
  { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "How many times to open the comparison (default 15)", "N" },
  { NULL }
};

#define OPEN_NS       (G_GINT64_CONSTANT (700) * 1000000)
#define INTERVAL_NS   (G_GINT64_CONSTANT (1000000000) / 60)

static guint     n_paints;
static gint64    last_paint_ns;
static gint64    action_ns;       /* 0 outside a measurement */
static gint64    idle_end_ns;     /* when a long poll() last returned */
static double    longest_ms;
static GPollFunc default_poll;

/* The main loop is idle when poll() waits longer than a frame would. */
static int
timed_poll (GPollFD *fds,
            guint    n_fds,
            int      timeout)
{
  gint64 before = bench_now_ns ();
  int result = default_poll (fds, n_fds, timeout);
  gint64 after = bench_now_ns ();

  if (after - before > INTERVAL_NS * 3 / 2)
    idle_end_ns = after;
  return result;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 now = bench_now_ns ();

  if (action_ns != 0 && now - action_ns <= OPEN_NS)
    {
      gint64 from = last_paint_ns < action_ns ? action_ns : MAX (last_paint_ns, idle_end_ns - INTERVAL_NS);

      longest_ms = MAX (longest_ms, (now - from) / 1e6);
    }
  last_paint_ns = now;
  n_paints++;
}

static void
realize_cb (GtkWidget *window,
            gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
wait_for_paint (guint  paints,
                gint64 start_ns)
{
  guint wake = g_timeout_add (20, wake_cb, NULL);

  while (n_paints == paints && bench_now_ns () - start_ns < WAIT_LIMIT_NS)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return n_paints != paints;
}

static void
settle (guint ms)
{
  gint64 end = bench_now_ns () + (gint64) ms * 1000000;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (bench_now_ns () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

static void
append (GArray *array,
        double  value)
{
  g_array_append_val (array, value);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time opening a comparison of four networks");
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) sync = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reference = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) longest = g_array_new (FALSE, FALSE, sizeof (double));
  const char * const ids[] = { "c40", "iclei", "global-covenant-of-mayors", "100-resilient-cities" };
  GtkApplication *app;
  CnWindow *window;
  char value[64];
  double median, max;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-compare: %s\n", error->message);
      return 2;
    }

  gtk_init ();
  cn_text_set_preferred_languages ((const char *[]) { "en", NULL });
  catalog = cn_catalog_new_bundled (&error);
  if (catalog == NULL)
    {
      fprintf (stderr, "bench-compare: %s\n", error->message);
      return 1;
    }
  app = g_object_new (CN_TYPE_APPLICATION,
                      "application-id", APP_ID ".BenchCompare",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_PREFIX,
                      NULL);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      fprintf (stderr, "bench-compare: %s\n", error->message);
      return 1;
    }

  default_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timed_poll);

  window = cn_window_new (CN_APPLICATION (app), catalog);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_for_paint (0, bench_now_ns ()))
    {
      fprintf (stderr, "bench-compare: the window was never painted (is there a display?)\n");
      return 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-compare", "s", ids[i]);
  settle (500);

  for (int r = 0; r < rounds; r++)
    {
      guint paints;
      gint64 start;

      /* A changed set: the table is built again when it shows. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-compare", "s", ids[r % 4]);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-compare", "s", ids[r % 4]);
      settle (200);

      paints = n_paints;
      start = bench_now_ns ();
      action_ns = start;
      longest_ms = 0;
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comparison", NULL);
      append (sync, bench_ms_since (start));
      if (!wait_for_paint (paints, start))
        {
          fprintf (stderr, "bench-compare: no frame after opening the comparison\n");
          return 1;
        }
      append (first, (last_paint_ns - start) / 1e6);
      while ((gtk_stack_get_transition_running (window->view_stack) ||
              !cn_comparison_view_is_complete (window->comparison_view)) &&
             bench_now_ns () - start < WAIT_LIMIT_NS)
        wait_for_paint (n_paints, bench_now_ns ());
      append (done, (last_paint_ns - start) / 1e6);
      if (bench_now_ns () - start < OPEN_NS)
        settle ((guint) ((OPEN_NS - (bench_now_ns () - start)) / 1000000) + 20);
      action_ns = 0;
      append (longest, longest_ms);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.close-comparison", NULL);
      settle (400);

      /* The reference, in the same conditions: switching to the Benefits
       * view, already built, and back. */
      paints = n_paints;
      start = bench_now_ns ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "benefits");
      if (wait_for_paint (paints, start))
        append (reference, (last_paint_ns - start) / 1e6);
      settle (300);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "networks");
      settle (300);
    }

  printf ("compare: %d rounds, 4 networks, bundled dataset, 1280×800\n", rounds);
  median = bench_percentile (first, 50);
  max = bench_max (first);
  g_snprintf (value, sizeof value, "%.1f ms (max %.1f)", median, max);
  bench_result ("compare 4: open → first frame (median)", value, "≤ 50 ms", median <= TARGET_MS ? "PASS" : "MISS");
  g_snprintf (value, sizeof value, "%.1f ms (max %.1f)", bench_percentile (longest, 50), bench_max (longest));
  bench_result ("compare 4: longest frame in the 700 ms after opening (median)", value, NULL, NULL);
  median = bench_percentile (done, 50);
  g_snprintf (value, sizeof value, "%.1f ms (max %.1f)", median, bench_max (done));
  bench_result ("compare 4: open → every row shown (median)", value, NULL, NULL);
  median = bench_percentile (reference, 50);
  g_snprintf (value, sizeof value, "%.1f ms (max %.1f)", median, bench_max (reference));
  bench_result ("reference: Networks → Benefits view → first frame (median)", value, NULL, NULL);
  median = bench_percentile (sync, 50);
  g_snprintf (value, sizeof value, "%.2f ms", median);
  bench_result ("compare 4: the action itself (median)", value, NULL, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  g_main_context_set_poll_func (NULL, default_poll);
  g_object_unref (app);
  return 0;
}
