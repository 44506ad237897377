/* bench-busy.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* A competing CPU-bound process for the "busy" pass of bench-run (issue 18):
 * a child that spins on one processor until it is stopped. */

#include <glib.h>

G_BEGIN_DECLS

int          bench_busy_start         (GError     **error);
gboolean     bench_busy_is_running    (void);
char        *bench_busy_stop          (void);
void         bench_busy_guard_child   (int          pid);

G_END_DECLS
