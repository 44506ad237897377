/* bench-startup.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Startup time of the app against a bare GtkApplicationWindow (issue 7):
 *
 *   bench-startup --app=PATH --bare=PATH [--runs=N] [--schema-dir=DIR]
 *
 * Both programs print the microseconds from main() to their first painted
 * frame and quit: the app with CN_BENCHMARK_STARTUP=1, bare-window always.
 * They run with GSK_RENDERER=cairo and GSETTINGS_BACKEND=memory, one warm-up
 * run each (not counted), then N runs each, interleaved (app, bare, bare,
 * app, …) so that a slow spell of the machine hits both alike. Needs a
 * display and a session bus (build-aux/dev bench provides both). */

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-common.h"

#define RATIO_TARGET  1.25
#define CHILD_TIMEOUT 60

static char *app_path = NULL;
static char *bare_path = NULL;
static char *schema_dir = NULL;
static int   runs = 10;

static const GOptionEntry entries[] = {
  { "app", 0, 0, G_OPTION_ARG_FILENAME, &app_path, "The climate-networks binary", "PATH" },
  { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bare_path, "The bare-window binary", "PATH" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each (default 10)", "N" },
  { "schema-dir", 0, 0, G_OPTION_ARG_FILENAME, &schema_dir, "GSETTINGS_SCHEMA_DIR for both", "DIR" },
  { NULL }
};

typedef struct
{
  GMainLoop *loop;
  char      *out;
  GError    *error;
  gboolean   timed_out;
} Run;

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Run *run = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out, NULL, &run->error);
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

/* Returns: microseconds from main() to the first frame, or -1 */
static gint64
run_once (const char *path)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Run run = { loop, NULL, NULL, FALSE };
  gint64 micros = -1;
  guint timeout;

  g_subprocess_launcher_setenv (launcher, "CN_BENCHMARK_STARTUP", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", "cairo", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  if (schema_dir != NULL)
    g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", schema_dir, TRUE);

  child = g_subprocess_launcher_spawn (launcher, &error, path, NULL);
  if (child == NULL)
    {
      fprintf (stderr, "bench-startup: %s: %s\n", path, error->message);
      return -1;
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
      g_auto(GStrv) lines = g_strsplit (g_strstrip (run.out ? run.out : ""), "\n", -1);
      guint n = g_strv_length (lines);
      char *end = NULL;

      if (n > 0)
        micros = g_ascii_strtoll (lines[n - 1], &end, 10);
      if (n == 0 || end == lines[n - 1] || micros <= 0)
        {
          fprintf (stderr, "bench-startup: %s printed no time (exit status %d): “%s”\n", path,
                   g_subprocess_get_status (child), run.out ? run.out : "");
          micros = -1;
        }
      else if (!g_subprocess_get_successful (child))
        fprintf (stderr, "bench-startup: %s exited with status %d\n", path, g_subprocess_get_status (child));
    }

  g_clear_error (&run.error);
  g_free (run.out);
  return micros;
}

static char *
describe (GArray *ms)
{
  double median = bench_percentile (ms, 50);

  return g_strdup_printf ("median %.0f ms (min %.0f, max %.0f, %u runs)", median,
                          g_array_index (ms, double, 0), bench_max (ms), ms->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- Climate Networks startup benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  const char *paths[2];
  GArray *arrays[2] = { app_ms, bare_ms };
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

  /* Warm-up: page cache, font cache, the bus. */
  for (guint p = 0; p < 2; p++)
    if (run_once (paths[p]) < 0)
      failed = TRUE;

  for (int r = 0; r < runs && !failed; r++)
    for (guint i = 0; i < 2; i++)
      {
        /* ABBA: app first on even runs, bare first on odd ones. */
        guint p = (r % 2 == 0) ? i : 1 - i;
        gint64 micros = run_once (paths[p]);
        double ms = micros / 1000.0;

        if (micros < 0)
          {
            failed = TRUE;
            break;
          }
        g_array_append_val (arrays[p], ms);
        printf ("  run %d: %s %.1f ms\n", r + 1, p == 0 ? "app " : "bare", ms);
        fflush (stdout);
      }

  if (failed)
    {
      bench_result ("startup: app and bare window", "FAILED (see the log)", NULL, "FAIL");
      return 1;
    }

  {
    g_autofree char *value = describe (app_ms);
    bench_result ("startup: app, main() → first frame", value, NULL, NULL);
  }
  {
    g_autofree char *value = describe (bare_ms);
    bench_result ("startup: bare GtkApplicationWindow, main() → first frame", value, NULL, NULL);
  }
  {
    double ratio = bench_percentile (app_ms, 50) / bench_percentile (bare_ms, 50);
    g_autofree char *value = g_strdup_printf ("%.2f×", ratio);

    bench_result ("startup: app ÷ bare window (medians)", value, "≤ 1.25×", ratio <= RATIO_TARGET ? "PASS" : "MISS");
  }
  return 0;
}
