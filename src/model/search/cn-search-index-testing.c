/* cn-search-index-testing.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* FOR TESTS ONLY (libcn-model-testing): an index built from search
 * documents, so the tests and the fuzzer can compare it with
 * cn_search_doc_match() on the same documents, and the index's size for
 * the benchmark. The app never links this file. */

#include "config.h"

#include <string.h>

#include "cn-search-index-private.h"
#include "cn-search-index-testing.h"

/* The words of a document's tier, " word word … ", each copied with the
 * eight zero bytes of padding the index's hash reads. */
static void
add_doc_words (CnSearchIndexBuilder *builder,
               CnSearchTier          tier,
               const char           *words)
{
  g_autofree char *padded = g_malloc0 (strlen (words) + 8);

  for (const char *p = words; *p;)
    {
      const char *end;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      end = strchr (p, ' ');
      if (end == NULL)
        end = p + strlen (p);
      memcpy (padded, p, end - p);
      memset (padded + (end - p), 0, 8);
      _cn_search_index_builder_add_word (builder, tier, padded, end - p);
      p = end;
    }
}

/**
 * cn_search_index_builder_add:
 *
 * Adds a built document as the next record.
 */
void
cn_search_index_builder_add (CnSearchIndexBuilder *builder,
                             const CnSearchDoc    *doc)
{
  g_return_if_fail (builder != NULL);
  g_return_if_fail (doc != NULL);

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    add_doc_words (builder, t, cn_search_doc_get_words (doc, t));
  cn_search_index_builder_end_record (builder);
}

/**
 * cn_search_index_new:
 * @docs: (array length=n_docs): the records' search documents
 *
 * Returns: (transfer full): an index over @docs; record numbers are
 *   positions in @docs
 */
CnSearchIndex *
cn_search_index_new (const CnSearchDoc * const *docs,
                     guint                      n_docs)
{
  CnSearchIndexBuilder *builder = cn_search_index_builder_new ();

  for (guint i = 0; i < n_docs; i++)
    cn_search_index_builder_add (builder, docs[i]);
  return cn_search_index_builder_end (builder);
}

/**
 * cn_search_index_get_size:
 *
 * Returns: the bytes the index's tables take (words padded as stored)
 */
gsize
cn_search_index_get_size (const CnSearchIndex *index)
{
  gsize size = sizeof *index;

  size += index->words_len + index->n_words * sizeof (guint32) * 2;       /* words, offsets, sorted */
  size += index->stems_len + index->n_stems * sizeof (guint32) * 2;
  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      const Tier *tier = &index->tiers[t];

      size += (index->n_words + 1) * sizeof (guint32);
      size += tier->n_postings * sizeof (guint32);
      size += (gsize) tier->n_bitmaps * index->n_blocks * sizeof (guint64);
    }
  return size;
}
