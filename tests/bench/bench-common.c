/* bench-common.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench-common.h"

static clockid_t bench_clock = CLOCK_MONOTONIC;

/* The thread's CPU time (user + system) rather than the wall clock: on a
 * shared machine other processes then do not inflate the figures. */
void
bench_use_cpu_clock (gboolean cpu)
{
  bench_clock = cpu ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC;
}

gboolean
bench_is_cpu_clock (void)
{
  return bench_clock == CLOCK_THREAD_CPUTIME_ID;
}

gint64
bench_now_ns (void)
{
  struct timespec ts;

  clock_gettime (bench_clock, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

double
bench_ms_since (gint64 start_ns)
{
  return (bench_now_ns () - start_ns) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

/* Nearest-rank percentile: the smallest sample with at least @percent % of
 * the samples at or below it (so p95 of 20 samples is the 19th). */
double
bench_percentile (GArray *values,
                  double  percent)
{
  guint rank;

  if (values->len == 0)
    return 0.0;

  g_array_sort (values, compare_doubles);
  rank = (guint) (percent / 100.0 * values->len + 0.999999);
  rank = CLAMP (rank, 1, values->len);
  return g_array_index (values, double, rank - 1);
}

double
bench_max (GArray *values)
{
  double max = 0.0;

  for (guint i = 0; i < values->len; i++)
    max = MAX (max, g_array_index (values, double, i));
  return max;
}

static gsize
read_status_kib (const char *field)
{
  g_autofree char *contents = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &contents, NULL, NULL))
    return 0;
  line = strstr (contents, field);
  if (line == NULL)
    return 0;
  return (gsize) g_ascii_strtoull (line + strlen (field), NULL, 10) * 1024;
}

/* Resident set size now, from /proc/self/statm. */
gsize
bench_rss_bytes (void)
{
  g_autofree char *contents = NULL;
  char **fields;
  gsize rss = 0;

  if (!g_file_get_contents ("/proc/self/statm", &contents, NULL, NULL))
    return 0;
  fields = g_strsplit (contents, " ", 3);
  if (fields[0] != NULL && fields[1] != NULL)
    rss = (gsize) g_ascii_strtoull (fields[1], NULL, 10) * (gsize) sysconf (_SC_PAGESIZE);
  g_strfreev (fields);
  return rss;
}

/* The highest resident set size since start or the last reset (VmHWM). */
gsize
bench_peak_rss_bytes (void)
{
  return read_status_kib ("VmHWM:");
}

/* Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0). */
gboolean
bench_reset_peak_rss (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (f == NULL)
    return FALSE;
  ok = fputs ("5", f) >= 0;
  ok &= fclose (f) == 0;
  return ok;
}

/* Bytes the program holds in malloc'd blocks, free space excluded: the
 * memory a data structure really costs, whatever the allocator keeps. */
gsize
bench_heap_bytes (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

/* "load average 0.52 (2 CPUs)" */
char *
bench_describe_load (void)
{
  g_autofree char *contents = NULL;
  double load = 0.0;

  if (g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    load = g_ascii_strtod (contents, NULL);
  return g_strdup_printf ("load average %.2f (%u CPUs)", load, g_get_num_processors ());
}

void
bench_trim_heap (void)
{
  malloc_trim (0);
}

/* "100 000": thin-spaced thousands, as in the issue. */
char *
bench_format_count (guint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, n);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ' ');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
bench_format_mib (guint64 bytes)
{
  return g_strdup_printf ("%.1f MiB", bytes / (1024.0 * 1024.0));
}

void
bench_result (const char *figure,
              const char *value,
              const char *target,
              const char *verdict)
{
  /* One write per line, so lines from several programs never interleave. */
  g_autofree char *line = g_strdup_printf ("%s\t%s\t%s\t%s\t%s\n", BENCH_RESULT_TAG, figure, value,
                                           target ? target : "-", verdict ? verdict : "-");

  fputs (line, stdout);
  fflush (stdout);
}

static char *
format_value (double      value,
              const char *unit,
              int         decimals)
{
  char number[64];

  g_ascii_formatd (number, sizeof number, decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f" :
                   decimals == 2 ? "%.2f" : "%.3f", value);
  if (unit == NULL || unit[0] == '\0')
    return g_strdup (number);
  if (strcmp (unit, "×") == 0)
    return g_strconcat (number, unit, NULL);
  return g_strconcat (number, " ", unit, NULL);
}

void
bench_result_target_max (const char *figure,
                         double      value,
                         const char *unit,
                         int         decimals,
                         double      target_max)
{
  g_autofree char *shown = format_value (value, unit, decimals);
  g_autofree char *limit = format_value (target_max, unit, target_max == (gint64) target_max ? 0 : 2);
  g_autofree char *target = g_strconcat ("≤ ", limit, NULL);

  bench_result (figure, shown, target, value <= target_max ? "PASS" : "MISS");
}

void
bench_result_info (const char *figure,
                   double      value,
                   const char *unit,
                   int         decimals)
{
  g_autofree char *shown = format_value (value, unit, decimals);

  bench_result (figure, shown, NULL, NULL);
}

/* Removes @path and everything in it. */
gboolean
bench_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          bench_remove_tree (child);
        else
          g_unlink (child);
      }
  return g_rmdir (path) == 0;
}
