/* cn-parts.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Work done in parts on several processors (parsing, indexing and freeing
 * a large catalog). */
#define CN_PARTS_MAX 4

typedef struct _CnPart CnPart;
typedef void (*CnPartFunc) (gpointer data);

guint   cn_parts_count (guint       n_items,
                        guint       min_per_part);
CnPart *cn_part_start  (CnPartFunc  func,
                        gpointer    data);
void    cn_part_join   (CnPart     *part);

/* Where part @p of @n_parts starts among @n_items (part @n_parts: the end). */
static inline guint
cn_parts_bound (guint n_items,
                guint p,
                guint n_parts)
{
  return (guint) ((guint64) n_items * p / n_parts);
}

G_END_DECLS
