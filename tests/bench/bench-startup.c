/* bench-startup.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Startup of the app against a bare GtkApplicationWindow (issues 7, 18):
 *
 *   bench-startup --app=PATH --bare=PATH [--runs=N] [--schema-dir=DIR]
 *
 * Both programs paint their first frame and quit: the app with
 * CN_BENCHMARK_STARTUP=1, bare-window always. Each prints the microseconds
 * from its main() to that frame and, on a second line, its resident memory
 * then ("VmRSS: N kB", from /proc/self/status). They run with
 * GSK_RENDERER=cairo and GSETTINGS_BACKEND=memory, one warm-up run each
 * (not counted), then N runs each, alternating app, bare, app, bare, … so
 * that a slow spell of the machine hits both alike.
 *
 * Measured:
 * - the whole process: from just before the spawn to its exit, as the
 *   parent sees it (the target: the ratio of the medians ≤ 1.10);
 * - main() → first frame, as each program prints it;
 * - VmRSS at the first frame (the target: the app's median ≤ the bare
 *   window's + 10 MB).
 * Needs a display and a session bus (build-aux/dev bench provides both). */

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"

#define RATIO_TARGET     1.10
#define MEMORY_MARGIN_MB 10.0
#define CHILD_TIMEOUT    60

static char *app_path = NULL;
static char *bare_path = NULL;
static char *schema_dir = NULL;
static int   runs = 15;

static const GOptionEntry entries[] = {
  { "app", 0, 0, G_OPTION_ARG_FILENAME, &app_path, "The climate-networks binary", "PATH" },
  { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bare_path, "The bare-window binary", "PATH" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each (default 15)", "N" },
  { "schema-dir", 0, 0, G_OPTION_ARG_FILENAME, &schema_dir, "GSETTINGS_SCHEMA_DIR for both", "DIR" },
  { NULL }
};

typedef struct
{
  GMainLoop *loop;
  char      *out;
  GError    *error;
  gboolean   timed_out;
  gint64     exited;     /* monotonic µs */
} Run;

typedef struct
{
  double main_ms;        /* main() → first frame, as printed */
  double process_ms;     /* spawn → exit */
  double rss_mb;         /* VmRSS at the first frame, 10⁶ bytes */
} Sample;

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Run *run = user_data;

  /* communicate() completes once the child has exited and its output is read. */
  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out, NULL, &run->error);
  run->exited = g_get_monotonic_time ();
  g_main_loop_quit (run->loop);
}

static gboolean
timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  run->timed_out = TRUE;
  g_main_loop_quit (run->loop);
  return G_SOURCE_REMOVE;
}

/* Returns: whether @path ran, painted and said when */
static gboolean
run_once (const char *path,
          Sample     *sample)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Run run = { loop, NULL, NULL, FALSE, 0 };
  gboolean ok = FALSE;
  gint64 spawned;
  guint timeout;

  g_subprocess_launcher_setenv (launcher, "CN_BENCHMARK_STARTUP", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", "cairo", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  if (schema_dir != NULL)
    g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", schema_dir, TRUE);

  spawned = g_get_monotonic_time ();
  child = g_subprocess_launcher_spawn (launcher, &error, path, NULL);
  if (child == NULL)
    {
      fprintf (stderr, "bench-startup: %s: %s\n", path, error->message);
      return FALSE;
    }

  g_subprocess_communicate_utf8_async (child, NULL, NULL, communicated_cb, &run);
  timeout = g_timeout_add_seconds (CHILD_TIMEOUT, timeout_cb, &run);
  g_main_loop_run (loop);

  if (run.timed_out)
    {
      fprintf (stderr, "bench-startup: %s did not quit within %d s\n", path, CHILD_TIMEOUT);
      g_subprocess_force_exit (child);
      /* Let the pending communicate finish. */
      g_main_loop_run (loop);
    }
  else
    g_source_remove (timeout);

  if (run.error != NULL)
    fprintf (stderr, "bench-startup: %s: %s\n", path, run.error->message);
  else if (!run.timed_out)
    {
      g_auto(GStrv) lines = g_strsplit (run.out ? run.out : "", "\n", -1);
      gint64 micros = -1;
      guint64 rss_kib = 0;

      for (guint i = 0; lines[i] != NULL; i++)
        {
          char *end = NULL;
          gint64 n;

          if (g_str_has_prefix (lines[i], "VmRSS:"))
            rss_kib = g_ascii_strtoull (lines[i] + strlen ("VmRSS:"), NULL, 10);
          else if (g_ascii_isdigit (lines[i][0]) && (n = g_ascii_strtoll (lines[i], &end, 10)) > 0 && *end == '\0')
            micros = n;
        }
      if (micros <= 0 || rss_kib == 0)
        fprintf (stderr, "bench-startup: %s printed no time or memory (exit status %d): “%s”\n", path,
                 g_subprocess_get_status (child), run.out ? run.out : "");
      else if (!g_subprocess_get_successful (child))
        fprintf (stderr, "bench-startup: %s exited with status %d\n", path, g_subprocess_get_status (child));
      else
        {
          sample->main_ms = micros / 1000.0;
          sample->process_ms = (run.exited - spawned) / 1000.0;
          sample->rss_mb = rss_kib * 1024 / 1e6;
          ok = TRUE;
        }
    }

  g_clear_error (&run.error);
  g_free (run.out);
  return ok;
}

static char *
describe (GArray     *values,
          const char *unit)
{
  double median = bench_percentile (values, 50);

  return g_strdup_printf ("median %.0f %s (min %.0f, max %.0f, %u runs)", median, unit,
                          g_array_index (values, double, 0), bench_max (values), values->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- Climate Networks startup benchmark");
  g_autoptr(GError) error = NULL;
  GArray *process_ms[2], *main_ms[2], *rss_mb[2];
  const char *paths[2];
  const char *names[2] = { "app ", "bare" };
  gboolean failed = FALSE;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-startup: %s\n", error->message);
      return 2;
    }
  if (app_path == NULL || bare_path == NULL || runs < 1)
    {
      fprintf (stderr, "bench-startup: --app and --bare are required\n");
      return 2;
    }
  paths[0] = app_path;
  paths[1] = bare_path;
  for (guint p = 0; p < 2; p++)
    {
      process_ms[p] = g_array_new (FALSE, FALSE, sizeof (double));
      main_ms[p] = g_array_new (FALSE, FALSE, sizeof (double));
      rss_mb[p] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* Warm-up: page cache, font cache, the bus. */
  for (guint p = 0; p < 2; p++)
    {
      Sample sample;

      if (!run_once (paths[p], &sample))
        failed = TRUE;
    }

  /* Alternating: app, bare, app, bare, … */
  for (int r = 0; r < runs && !failed; r++)
    for (guint p = 0; p < 2; p++)
      {
        Sample sample;

        if (!run_once (paths[p], &sample))
          {
            failed = TRUE;
            break;
          }
        g_array_append_val (process_ms[p], sample.process_ms);
        g_array_append_val (main_ms[p], sample.main_ms);
        g_array_append_val (rss_mb[p], sample.rss_mb);
        printf ("  run %d: %s whole process %.1f ms, main() → first frame %.1f ms, VmRSS %.1f MB\n", r + 1,
                names[p], sample.process_ms, sample.main_ms, sample.rss_mb);
        fflush (stdout);
      }

  if (failed)
    bench_result ("startup: app and bare window", "FAILED (see the log)", NULL, "FAIL");
  else
    {
      double app = bench_percentile (process_ms[0], 50);
      double bare = bench_percentile (process_ms[1], 50);
      double ratio = app / bare;
      double app_rss = bench_percentile (rss_mb[0], 50);
      double bare_rss = bench_percentile (rss_mb[1], 50);
      g_autofree char *v_app = describe (process_ms[0], "ms");
      g_autofree char *v_bare = describe (process_ms[1], "ms");
      g_autofree char *v_ratio = g_strdup_printf ("%.0f ÷ %.0f ms = %.2f×", app, bare, ratio);
      g_autofree char *t_ratio = g_strdup_printf ("≤ %.2f×", RATIO_TARGET);
      g_autofree char *v_main = g_strdup_printf ("%.0f ÷ %.0f ms = %.2f×", bench_percentile (main_ms[0], 50),
                                                 bench_percentile (main_ms[1], 50),
                                                 bench_percentile (main_ms[0], 50) / bench_percentile (main_ms[1], 50));
      g_autofree char *v_rss = g_strdup_printf ("%.1f MB ÷ %.1f MB (+%.1f MB)", app_rss, bare_rss,
                                                app_rss - bare_rss);
      g_autofree char *t_rss = g_strdup_printf ("≤ bare + %.0f MB", MEMORY_MARGIN_MB);

      bench_result ("startup: app, whole process (spawn → exit after the first frame)", v_app, NULL, NULL);
      bench_result ("startup: bare GtkApplicationWindow, whole process", v_bare, NULL, NULL);
      bench_result ("startup: app ÷ bare window, whole process (medians, alternating runs)", v_ratio, t_ratio,
                    ratio <= RATIO_TARGET ? "PASS" : "MISS");
      bench_result ("startup: app ÷ bare window, main() → first frame (medians)", v_main, NULL, NULL);
      bench_result ("startup: VmRSS at the first frame, app ÷ bare window (medians)", v_rss, t_rss,
                    app_rss <= bare_rss + MEMORY_MARGIN_MB ? "PASS" : "MISS");
    }

  for (guint p = 0; p < 2; p++)
    {
      g_array_unref (process_ms[p]);
      g_array_unref (main_ms[p]);
      g_array_unref (rss_mb[p]);
    }
  return failed ? 1 : 0;
}
