/* bench-run.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs every benchmark of issues 7 and 18 and prints ONE table at the end:
 *
 *   bench-run --bench-catalog=P --bench-window=P --bench-compare=P --bench-views=P
 *             --bench-startup=P --app=P --bare=P [--schema-dir=DIR]
 *             [--sizes=1000,10000,100000] [--window-sizes=…]
 *             [--only=model,facets,window,compare,views,startup,busy] [--runs=15]
 *             [--tmpdir=DIR] [--keep] [--output=FILE]
 *
 * The synthetic catalogs are generated into a fresh temporary directory,
 * which is removed at the end (unless --keep). Each measurement runs in its
 * own process; their CNBENCH lines (bench-common.h) become the table rows,
 * the rest of their output is passed through as the log.
 *
 * The busy pass ("busy") runs the load and typing measurements again while
 * a competing process of bench-run's own (bench-busy.c) keeps one processor
 * busy; their rows say "one core busy". It is stopped right after, and on
 * any way out of bench-run.
 *
 * Targets are reported, not asserted: the exit status is 0 unless a program
 * crashes, fails to load a catalog or cannot run. Without a display, the
 * window and startup rows say SKIP. */

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>

#include "bench-busy.h"
#include "bench-common.h"

#define DEFAULT_PARTS "model,window,compare,views,startup,busy"

static char *bench_catalog = NULL;
static char *bench_window = NULL;
static char *bench_startup = NULL;
static char *bench_compare = NULL;
static char *bench_views = NULL;
static char *app_path = NULL;
static char *bare_path = NULL;
static char *schema_dir = NULL;
static char *sizes_arg = NULL;
static char *window_sizes_arg = NULL;
static char *only = NULL;
static char *tmpdir_arg = NULL;
static char *output = NULL;
static int   runs = 15;
static gboolean keep = FALSE;

static const GOptionEntry entries[] = {
  { "bench-catalog", 0, 0, G_OPTION_ARG_FILENAME, &bench_catalog, "The bench-catalog program", "PATH" },
  { "bench-window", 0, 0, G_OPTION_ARG_FILENAME, &bench_window, "The bench-window program", "PATH" },
  { "bench-startup", 0, 0, G_OPTION_ARG_FILENAME, &bench_startup, "The bench-startup program", "PATH" },
  { "bench-compare", 0, 0, G_OPTION_ARG_FILENAME, &bench_compare, "The bench-compare program", "PATH" },
  { "bench-views", 0, 0, G_OPTION_ARG_FILENAME, &bench_views, "The bench-views program", "PATH" },
  { "app", 0, 0, G_OPTION_ARG_FILENAME, &app_path, "The climate-networks binary", "PATH" },
  { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bare_path, "The bare-window binary", "PATH" },
  { "schema-dir", 0, 0, G_OPTION_ARG_FILENAME, &schema_dir, "Compiled GSettings schemas of the build", "DIR" },
  { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_arg, "Catalog sizes (default 1000,10000,100000)", "LIST" },
  { "window-sizes", 0, 0, G_OPTION_ARG_STRING, &window_sizes_arg, "Sizes for the window (default: --sizes)", "LIST" },
  { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Parts to run (default " DEFAULT_PARTS "; facets runs with model or alone)", "LIST" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Startup runs of each program (default 15)", "N" },
  { "tmpdir", 0, 0, G_OPTION_ARG_FILENAME, &tmpdir_arg, "Where to write the catalogs (default: a new temporary directory)", "DIR" },
  { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the generated catalogs", NULL },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, "Also write the table to FILE", "FILE" },
  { NULL }
};

typedef struct
{
  char *figure;
  char *value;
  char *target;
  char *verdict;
} Row;

static GPtrArray  *rows;      /* Row */
static gboolean    failed;
static const char *figure_tag;   /* ", one core busy" in the busy pass */

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->figure);
  g_free (row->value);
  g_free (row->target);
  g_free (row->verdict);
  g_free (row);
}

/* In the busy pass, "window 100 000: frame…" becomes
 * "window 100 000, one core busy: frame…". */
static void
add_row (const char *figure,
         const char *value,
         const char *target,
         const char *verdict)
{
  Row *row = g_new0 (Row, 1);
  const char *colon = strchr (figure, ':');

  if (figure_tag == NULL)
    row->figure = g_strdup (figure);
  else if (colon == NULL)
    row->figure = g_strconcat (figure, figure_tag, NULL);
  else
    row->figure = g_strdup_printf ("%.*s%s%s", (int) (colon - figure), figure, figure_tag, colon);
  row->value = g_strdup (value);
  row->target = g_strdup (target ? target : "-");
  row->verdict = g_strdup (verdict ? verdict : "-");
  g_ptr_array_add (rows, row);
}

static gboolean
want (const char *part)
{
  g_auto(GStrv) list = g_strsplit (only ? only : DEFAULT_PARTS, ",", -1);

  return g_strv_contains ((const char * const *) list, part);
}

static void
parse_line (const char *line)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", -1);

  if (g_strv_length (fields) >= 5)
    add_row (fields[1], fields[2], strcmp (fields[3], "-") == 0 ? NULL : fields[3],
             strcmp (fields[4], "-") == 0 ? NULL : fields[4]);
}

/* In the child before exec: a measuring program ends with bench-run. */
static void
end_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* Runs @argv, passes its output through, keeps its CNBENCH lines.
 * Returns: whether it exited with status 0 */
static gboolean
run (const char * const *argv,
     const char         *what)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) in = NULL;
  g_autofree char *command = g_strjoinv (" ", (char **) argv);
  char *line;
  gint64 start = g_get_monotonic_time ();

  printf ("\n$ %s\n", command);
  fflush (stdout);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, end_with_parent, NULL, NULL);
  child = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (child == NULL)
    {
      g_autofree char *value = g_strdup_printf ("FAILED: %s", error->message);
      add_row (what, value, NULL, "FAIL");
      failed = TRUE;
      return FALSE;
    }

  bench_busy_guard_child (atoi (g_subprocess_get_identifier (child)));
  in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  while ((line = g_data_input_stream_read_line_utf8 (in, NULL, NULL, &error)) != NULL)
    {
      if (g_str_has_prefix (line, BENCH_RESULT_TAG "\t"))
        parse_line (line);
      fputs (line, stdout);
      fputc ('\n', stdout);
      fflush (stdout);
      g_free (line);
    }
  if (error != NULL)
    fprintf (stderr, "bench-run: reading from %s: %s\n", argv[0], error->message);

  g_subprocess_wait (child, NULL, NULL);
  bench_busy_guard_child (0);
  printf ("(%.1f s)\n", (g_get_monotonic_time () - start) / 1e6);

  if (g_subprocess_get_if_signaled (child))
    {
      g_autofree char *value = g_strdup_printf ("CRASHED (signal %d)", g_subprocess_get_term_sig (child));
      add_row (what, value, NULL, "FAIL");
      failed = TRUE;
      return FALSE;
    }
  if (g_subprocess_get_exit_status (child) != 0)
    {
      g_autofree char *value = g_strdup_printf ("FAILED (exit status %d)", g_subprocess_get_exit_status (child));
      add_row (what, value, NULL, "FAIL");
      failed = TRUE;
      return FALSE;
    }
  return TRUE;
}

static GArray *
parse_sizes (const char *list)
{
  g_auto(GStrv) items = g_strsplit (list, ",", -1);
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; items[i] != NULL; i++)
    {
      guint64 n;

      if (g_ascii_string_to_unsigned (g_strstrip (items[i]), 10, 1, G_MAXUINT32, &n, NULL))
        {
          guint size = (guint) n;
          g_array_append_val (sizes, size);
        }
    }
  return sizes;
}

static guint
text_width (const char *s)
{
  return (guint) g_utf8_strlen (s, -1);
}

static void
pad (GString    *out,
     const char *s,
     guint       width)
{
  g_string_append (out, s);
  for (guint i = text_width (s); i < width; i++)
    g_string_append_c (out, ' ');
}

static char *
format_table (const char *header)
{
  GString *out = g_string_new (NULL);
  const char *titles[4] = { "Figure", "Value", "Target", "Result" };
  guint widths[4];
  guint pass = 0, miss = 0, fail = 0, skip = 0, total;

  for (guint c = 0; c < 4; c++)
    widths[c] = text_width (titles[c]);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      const char *cells[4] = { row->figure, row->value, row->target, row->verdict };

      for (guint c = 0; c < 4; c++)
        widths[c] = MAX (widths[c], text_width (cells[c]));
      pass += strcmp (row->verdict, "PASS") == 0;
      miss += strcmp (row->verdict, "MISS") == 0;
      fail += strcmp (row->verdict, "FAIL") == 0;
      skip += strcmp (row->verdict, "SKIP") == 0;
    }
  total = widths[0] + widths[1] + widths[2] + widths[3] + 6;

  g_string_append (out, header);
  for (guint i = 0; i < total; i++)
    g_string_append (out, "=");
  g_string_append_c (out, '\n');
  for (guint c = 0; c < 4; c++)
    {
      pad (out, titles[c], c < 3 ? widths[c] + 2 : 0);
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < total; i++)
    g_string_append (out, "-");
  g_string_append_c (out, '\n');
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      const char *cells[4] = { row->figure, row->value, row->target, row->verdict };

      /* A blank line between groups ("model 1 000", "window …", "startup"). */
      if (i > 0)
        {
          Row *prev = g_ptr_array_index (rows, i - 1);
          const char *a = strchr (prev->figure, ':');
          const char *b = strchr (row->figure, ':');

          if (a == NULL || b == NULL || a - prev->figure != b - row->figure ||
              strncmp (prev->figure, row->figure, a - prev->figure) != 0)
            g_string_append_c (out, '\n');
        }
      for (guint c = 0; c < 4; c++)
        pad (out, cells[c], c < 3 ? widths[c] + 2 : 0);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < total; i++)
    g_string_append (out, "=");
  g_string_append_printf (out, "\n%u targets: %u PASS, %u MISS", pass + miss, pass, miss);
  if (fail > 0)
    g_string_append_printf (out, ", %u FAILED", fail);
  if (skip > 0)
    g_string_append_printf (out, ", %u skipped", skip);
  g_string_append (out, "\nTargets are reported, not asserted.\n");
  return g_string_free (out, FALSE);
}

static void
run_window (guint       size,
            const char *tmpdir,
            gboolean    display)
{
  g_autofree char *label = bench_format_count (size);
  g_autofree char *what = g_strdup_printf ("window %s", label);
  g_autofree char *name = g_strdup_printf ("catalog-%u.json", size);
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *catalog_arg = g_strdup_printf ("--catalog=%s", path);
  const char *args[] = { bench_window, catalog_arg, NULL };

  if (!display)
    add_row (what, "no display (run under xvfb-run, or build-aux/dev bench)", NULL, "SKIP");
  else
    run (args, what);
}

/* The load alone (the busy pass; the quiet one runs it with the model). */
static void
run_load (guint       size,
          const char *tmpdir)
{
  g_autofree char *size_arg = g_strdup_printf ("--size=%u", size);
  g_autofree char *dir_arg = g_strdup_printf ("--dir=%s", tmpdir);
  g_autofree char *label = bench_format_count (size);
  g_autofree char *what = g_strdup_printf ("model %s", label);
  const char *args[] = { bench_catalog, size_arg, dir_arg, "--parts=load", NULL };

  run (args, what);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- run the Climate Networks benchmarks");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sizes = NULL;
  g_autoptr(GArray) window_sizes = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *load_before = NULL;
  g_autofree char *load_after = NULL;
  g_autofree char *header = NULL;
  g_autofree char *table = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M");
  gboolean display = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
  gint64 start = g_get_monotonic_time ();

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-run: %s\n", error->message);
      return 2;
    }
  if (((want ("model") || want ("facets")) && bench_catalog == NULL) ||
      (want ("window") && bench_window == NULL) ||
      (want ("compare") && bench_compare == NULL) ||
      (want ("views") && bench_views == NULL) ||
      (want ("busy") && (bench_catalog == NULL || bench_window == NULL)) ||
      (want ("startup") && (bench_startup == NULL || app_path == NULL || bare_path == NULL)))
    {
      fprintf (stderr, "bench-run: the programs of the parts to run are required (see --help)\n");
      return 2;
    }

  rows = g_ptr_array_new_with_free_func (row_free);
  sizes = parse_sizes (sizes_arg ? sizes_arg : "1000,10000,100000");
  window_sizes = parse_sizes (window_sizes_arg ? window_sizes_arg : (sizes_arg ? sizes_arg : "1000,10000,100000"));
  load_before = bench_describe_load ();

  if (tmpdir_arg != NULL)
    {
      tmpdir = g_strdup (tmpdir_arg);
      g_mkdir_with_parents (tmpdir, 0700);
    }
  else if ((tmpdir = g_dir_make_tmp ("climate-networks-bench-XXXXXX", &error)) == NULL)
    {
      fprintf (stderr, "bench-run: %s\n", error->message);
      return 1;
    }
  printf ("Synthetic catalogs in %s%s\n", tmpdir, keep ? " (kept)" : " (removed at the end)");

  /* The programs' own files (the app's shortlist) go there too, never to
   * the user's. */
  {
    g_autofree char *data_home = g_build_filename (tmpdir, "data-home", NULL);

    g_mkdir_with_parents (data_home, 0700);
    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }

  /* Generate what any part needs, each size once. */
  if (want ("model") || want ("window") || want ("facets") || want ("busy"))
    {
      g_autoptr(GArray) all = g_array_copy (want ("model") || want ("facets") || want ("busy") ? sizes : window_sizes);

      if ((want ("model") || want ("busy")) && (want ("window") || want ("busy")))
        for (guint i = 0; i < window_sizes->len; i++)
          g_array_append_val (all, g_array_index (window_sizes, guint, i));
      for (guint i = 0; i < all->len; i++)
        {
          guint size = g_array_index (all, guint, i);
          g_autofree char *size_arg = g_strdup_printf ("--size=%u", size);
          g_autofree char *dir_arg = g_strdup_printf ("--dir=%s", tmpdir);
          g_autofree char *label = bench_format_count (size);
          g_autofree char *what = g_strdup_printf ("generate %s", label);
          const char *args[] = { bench_catalog, size_arg, dir_arg, "--parts=gen", NULL };
          g_autofree char *name = g_strdup_printf ("catalog-%u.json", size);
          g_autofree char *path = g_build_filename (tmpdir, name, NULL);

          if (!g_file_test (path, G_FILE_TEST_EXISTS) && bench_catalog != NULL)
            run (args, what);
        }
    }

  if (want ("model"))
    for (guint i = 0; i < sizes->len; i++)
      {
        guint size = g_array_index (sizes, guint, i);
        g_autofree char *size_arg = g_strdup_printf ("--size=%u", size);
        g_autofree char *dir_arg = g_strdup_printf ("--dir=%s", tmpdir);
        g_autofree char *label = bench_format_count (size);
        g_autofree char *what = g_strdup_printf ("model %s", label);
        const char *args[] = { bench_catalog, size_arg, dir_arg, "--parts=memory,search,load", NULL };

        run (args, what);
      }

  if (want ("model") || want ("facets"))
    for (guint i = 0; i < sizes->len; i++)
      {
        guint size = g_array_index (sizes, guint, i);
        g_autofree char *size_arg = g_strdup_printf ("--size=%u", size);
        g_autofree char *dir_arg = g_strdup_printf ("--dir=%s", tmpdir);
        g_autofree char *label = bench_format_count (size);
        g_autofree char *what = g_strdup_printf ("facets %s", label);
        const char *args[] = { bench_catalog, size_arg, dir_arg, "--parts=facets", NULL };

        run (args, what);
      }

  if (want ("window"))
    for (guint i = 0; i < window_sizes->len; i++)
      run_window (g_array_index (window_sizes, guint, i), tmpdir, display);

  if (want ("compare"))
    {
      const char *args[] = { bench_compare, NULL };

      if (!display)
        add_row ("compare", "no display (run under xvfb-run, or build-aux/dev bench)", NULL, "SKIP");
      else
        run (args, "compare");
    }

  if (want ("views"))
    {
      const char *args[] = { bench_views, NULL };

      if (!display)
        add_row ("views", "no display (run under xvfb-run, or build-aux/dev bench)", NULL, "SKIP");
      else
        run (args, "views");
    }

  if (want ("startup"))
    {
      g_autofree char *app_arg = g_strdup_printf ("--app=%s", app_path);
      g_autofree char *bare_arg = g_strdup_printf ("--bare=%s", bare_path);
      g_autofree char *runs_arg = g_strdup_printf ("--runs=%d", runs);
      g_autofree char *schema_arg = schema_dir ? g_strdup_printf ("--schema-dir=%s", schema_dir) : NULL;
      const char *args[] = { bench_startup, app_arg, bare_arg, runs_arg, schema_arg, NULL };

      if (!display)
        add_row ("startup", "no display (run under xvfb-run, or build-aux/dev bench)", NULL, "SKIP");
      else
        run (args, "startup");
    }

  /* The same measurements of load and typing again, with one processor
   * kept busy by a process of our own, stopped right after. */
  if (want ("busy"))
    {
      g_autoptr(GError) busy_error = NULL;
      g_autofree char *report = NULL;
      int cpu = bench_busy_start (&busy_error);

      if (cpu < 0)
        {
          add_row ("busy", busy_error->message, NULL, "FAIL");
          failed = TRUE;
        }
      else
        {
          printf ("\nBusy pass: a process of bench-run's own spins on processor %d\n", cpu);
          figure_tag = ", one core busy";
          for (guint i = 0; i < sizes->len; i++)
            run_load (g_array_index (sizes, guint, i), tmpdir);
          for (guint i = 0; i < window_sizes->len; i++)
            run_window (g_array_index (window_sizes, guint, i), tmpdir, display);
          figure_tag = NULL;
          report = bench_busy_stop ();
          printf ("%s\n", report);
        }
    }

  if (!keep)
    bench_remove_tree (tmpdir);

  load_after = bench_describe_load ();
  header = g_strdup_printf ("\nClimate Networks benchmarks — %s, %.0f s; %s at the start, %s at the end.\n"
                            "Model times are CPU time of the measuring thread; load, window, views and startup times are wall clock.\n",
                            date, (g_get_monotonic_time () - start) / 1e6, load_before, load_after);
  table = format_table (header);
  fputs (table, stdout);
  fflush (stdout);

  if (output != NULL && !g_file_set_contents (output, table, -1, &error))
    fprintf (stderr, "bench-run: %s\n", error->message);

  g_ptr_array_unref (rows);
  return failed ? 1 : 0;
}
