/* bench-common.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Helpers shared by the benchmark programs: clocks, statistics, memory
 * readings and the result lines that bench-run gathers into one table.
 *
 * A result line on standard output is
 *   CNBENCH <TAB> figure <TAB> value <TAB> target <TAB> verdict
 * where verdict is PASS, MISS or "-" (reported figure without a target). */

#include <glib.h>

G_BEGIN_DECLS

#define BENCH_RESULT_TAG "CNBENCH"

void         bench_use_cpu_clock      (gboolean     cpu);
gboolean     bench_is_cpu_clock       (void);
gint64       bench_now_ns             (void);
double       bench_ms_since           (gint64       start_ns);

/* @values: doubles; sorted in place */
double       bench_percentile         (GArray      *values,
                                       double       percent);
double       bench_max                (GArray      *values);

gsize        bench_rss_bytes          (void);
gsize        bench_peak_rss_bytes     (void);
gboolean     bench_reset_peak_rss     (void);
gsize        bench_heap_bytes         (void);
void         bench_trim_heap          (void);
char        *bench_describe_load      (void);
gboolean     bench_remove_tree        (const char  *path);

char        *bench_format_count       (guint64      n);
char        *bench_format_mib         (guint64      bytes);

void         bench_result             (const char  *figure,
                                       const char  *value,
                                       const char  *target,
                                       const char  *verdict);
void         bench_result_target_max  (const char  *figure,
                                       double       value,
                                       const char  *unit,
                                       int          decimals,
                                       double       target_max);
void         bench_result_info        (const char  *figure,
                                       double       value,
                                       const char  *unit,
                                       int          decimals);

G_END_DECLS
