/* bench-catalog.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* What bench-catalog.c and its parts in other files share. */

#include "cn-catalog.h"

G_BEGIN_DECLS

/* "model 10 000: @what" */
char        *bench_catalog_figure     (const char *what);
/* Loads @path or exits with its problems */
CnCatalog   *bench_catalog_load_file  (const char *path);
void         bench_catalog_run_load   (const char *path,
                                       gsize       file_size,
                                       int         size,
                                       int         reps);

G_END_DECLS
