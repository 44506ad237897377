/* cn-search-index-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The index's layout, shared by cn-search-index.c and the entry points
 * only the tests, the fuzzer and the benchmark build
 * (cn-search-index-testing.c). */

#include "cn-search-index.h"

G_BEGIN_DECLS

typedef struct
{
  char     *words;        /* the distinct words, NUL-terminated, back to back */
  guint32  *offsets;      /* per word id: offset into words */
  guint32  *sorted;       /* word ids, sorted by word */
  guint     n_words;
  guint32  *starts;       /* per word id: first posting; n_words + 1 */
  guint32  *postings;     /* record numbers */
  guint64 **bitmaps;      /* per word id, or NULL when it has a list */
} Tier;

struct _CnSearchIndex
{
  guint n_docs;
  guint n_blocks;         /* 64-bit words in a bitmap */
  Tier  tiers[2];
};

void _cn_search_index_builder_add_word (CnSearchIndexBuilder *builder,
                                        CnSearchTier          tier,
                                        const char           *padded,
                                        gsize                 len);

G_END_DECLS
