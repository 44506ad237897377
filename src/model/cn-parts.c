/* cn-parts.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs work in parts on several processors, for the loader's two large
 * jobs (parsing and indexing the networks). */

#include "config.h"

#include "cn-parts.h"

/* As many parts as there are processors (at most CN_PARTS_MAX), each of at
 * least @min_per_part of the @n_items. */
guint
cn_parts_count (guint n_items,
                guint min_per_part)
{
  return CLAMP (MIN (g_get_num_processors (), n_items / min_per_part), 1, CN_PARTS_MAX);
}

/* Starts parts 1 to @n - 1; the caller runs part 0. */
void
cn_parts_start (CnPartsRun  *run,
                const char  *name,
                GThreadFunc  func,
                gpointer     parts,
                gsize        part_size,
                guint        n)
{
  run->func = func;
  run->parts = parts;
  run->part_size = part_size;
  run->n = n;
  run->threads[0] = NULL;
  for (guint p = 1; p < n; p++)
    run->threads[p] = g_thread_try_new (name, func, run->parts + p * part_size, NULL);
}

/* Returns once part @p (1 or more) is done. */
void
cn_parts_finish (CnPartsRun *run,
                 guint       p)
{
  if (run->threads[p] != NULL)
    g_thread_join (g_steal_pointer (&run->threads[p]));
  else
    run->func (run->parts + p * run->part_size);
}
