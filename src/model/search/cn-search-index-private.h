/* cn-search-index-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The index's layout, shared by its builder (cn-search-index-build.c), its
 * lookup (cn-search-index.c), the typo correction (cn-search-expand.c) and
 * the entry points only the tests, the fuzzer and the benchmark build
 * (cn-search-index-testing.c). */

#include "cn-search-index.h"
#include "cn-search-private.h"

G_BEGIN_DECLS

/* A word's records in one field: starts[w] .. starts[w + 1] in postings,
 * or, when starts[w] has BITMAP_FLAG, postings[starts[w]] is the number of
 * its bitmap (a word in many records). */
#define CN_SEARCH_BITMAP_FLAG 0x80000000u

typedef struct
{
  guint32  *starts;       /* per word id, n_words + 1 */
  guint32  *postings;     /* record numbers */
  guint64  *bitmaps;      /* n_bitmaps × n_blocks */
  guint     n_postings;
  guint     n_bitmaps;
} Tier;

struct _CnSearchIndex
{
  guint     n_docs;
  guint     n_blocks;     /* 64-bit words in a bitmap */

  /* One dictionary for every field. */
  char     *words;        /* the distinct words, NUL-terminated, padded to 8 */
  gsize     words_len;
  guint32  *offsets;      /* per word id: offset into words */
  guint32  *sorted;       /* word ids, sorted by word */
  guint     n_words;

  /* The words' stems other than themselves, sorted by stem. */
  char     *stems;
  gsize     stems_len;
  guint32  *stem_offsets; /* per entry: offset into stems */
  guint32  *stem_words;   /* per entry: the word id */
  guint     n_stems;

  Tier      tiers[CN_SEARCH_N_TIERS];
};

void _cn_search_index_builder_add_word (CnSearchIndexBuilder *builder,
                                        CnSearchTier          tier,
                                        const char           *padded,
                                        gsize                 len);

/* The id of the word @word, or G_MAXUINT32. */
guint32  _cn_search_index_find_word    (const CnSearchIndex *index,
                                        const char          *word);
/* Fills @levels (per field and quality, n_blocks each) for @word; returns
 * whether anything in the index matched it at all. */
gboolean _cn_search_index_collect_word (const CnSearchIndex *index,
                                        const CnSearchWord  *word,
                                        guint64             *levels);

/* cn-search-expand.c: the index's word one edit from @word, which matched
 * nothing, or NULL (too short, already a correction, or nothing near). */
const char *_cn_search_index_correct_word (const CnSearchIndex *index,
                                           const CnSearchWord  *word);

G_END_DECLS
