/* cn-parts.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Work done in parts on several processors (parsing and indexing a large
 * catalog): part 0 on the calling thread, each other part on a thread of
 * its own, or on the calling thread when one cannot be started. */
#define CN_PARTS_MAX 4

typedef struct
{
  GThreadFunc  func;
  char        *parts;      /* an array of n structs of part_size bytes */
  gsize        part_size;
  guint        n;
  GThread     *threads[CN_PARTS_MAX];
} CnPartsRun;

guint cn_parts_count  (guint        n_items,
                       guint        min_per_part);
void  cn_parts_start  (CnPartsRun  *run,
                       const char  *name,
                       GThreadFunc  func,
                       gpointer     parts,
                       gsize        part_size,
                       guint        n);
void  cn_parts_finish (CnPartsRun  *run,
                       guint        p);

/* Where part @p of @n_parts starts among @n_items (part @n_parts: the end). */
static inline guint
cn_parts_bound (guint n_items,
                guint p,
                guint n_parts)
{
  return (guint) ((guint64) n_items * p / n_parts);
}

G_END_DECLS
