/* cn-search-index.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Scanning every record's text for every keystroke costs time in
 * proportion to the whole catalog (hundreds of megabytes at 100 000
 * records). This index keeps, per tier, the sorted list of distinct words
 * and, for each word, the records that contain it: a query word is a
 * binary search for the range of words it starts, and the union of their
 * records. Words found in many records keep a bitmap instead of a list, so
 * a one-letter query ORs a few bitmaps rather than walking millions of
 * entries. */

#define G_LOG_DOMAIN "cn-search-index"

#include "config.h"

#include <string.h>

#include "cn-search-index.h"

/* A word in at least 1/32 of the records is cheaper as a bitmap (n/8 bytes)
 * than as a list (4 bytes a record). */
#define BITMAP_FRACTION 32

typedef struct
{
  char     *words;        /* the distinct words, NUL-terminated, back to back */
  guint32  *order;        /* offsets into words, sorted by word */
  guint     n_words;
  guint32  *starts;       /* per sorted word: first posting; n_words + 1 */
  guint32  *postings;     /* record numbers */
  guint64 **bitmaps;      /* per sorted word, or NULL when it has a list */
} Tier;

struct _CnSearchIndex
{
  guint n_docs;
  guint n_blocks;         /* 64-bit words in a bitmap */
  Tier  tiers[2];
};

typedef struct
{
  guint32 word;           /* index into the word table (unsorted) */
  guint32 doc;
} Pair;

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *pa = a, *pb = b;

  if (pa->word != pb->word)
    return pa->word < pb->word ? -1 : 1;
  return pa->doc < pb->doc ? -1 : (pa->doc > pb->doc ? 1 : 0);
}

static const char *sort_words_base;

static int
compare_word_offsets (gconstpointer a,
                      gconstpointer b)
{
  return strcmp (sort_words_base + *(const guint32 *) a, sort_words_base + *(const guint32 *) b);
}

static void
build_tier (CnSearchIndex             *index,
            Tier                      *tier,
            const CnSearchDoc * const *docs,
            CnSearchTier               which)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(GString) buffer = g_string_new (NULL);
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree guint32 *rank_of = NULL;   /* unsorted id → sorted position */
  g_autofree guint32 *counts = NULL;
  guint n;

  /* Collect (word, record) pairs; the hash table maps each distinct word
   * to a small id, keyed by the word inside its document. */
  for (guint d = 0; d < index->n_docs; d++)
    {
      const char *text = cn_search_doc_get_words (docs[d], which);

      for (const char *p = text; *p;)
        {
          const char *end;
          char *key;
          gpointer id;
          Pair pair;

          while (*p == ' ')
            p++;
          if (*p == '\0')
            break;
          end = strchr (p, ' ');
          if (end == NULL)
            end = p + strlen (p);

          /* Look up through a reused buffer; copy only new words. */
          g_string_truncate (buffer, 0);
          g_string_append_len (buffer, p, end - p);
          if (!g_hash_table_lookup_extended (ids, buffer->str, NULL, &id))
            {
              guint32 offset = words->len;

              key = g_strdup (buffer->str);
              id = GUINT_TO_POINTER (offsets->len);
              g_array_append_val (offsets, offset);
              g_string_append_len (words, key, end - p);
              g_string_append_c (words, '\0');
              g_hash_table_insert (ids, key, id);
            }

          pair.word = GPOINTER_TO_UINT (id);
          pair.doc = d;
          g_array_append_val (pairs, pair);
          p = end;
        }
    }

  /* The keys were only for lookups; the words live in the blob. */
  g_hash_table_steal_all (ids);
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, ids);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_free (key);
  }

  n = offsets->len;
  tier->n_words = n;
  tier->words = g_string_free (g_steal_pointer (&words), FALSE);
  tier->order = g_new (guint32, MAX (n, 1));
  if (n > 0)
    memcpy (tier->order, offsets->data, n * sizeof (guint32));

  /* Sort the words; keep where each unsorted id went. */
  sort_words_base = tier->words;
  qsort (tier->order, n, sizeof (guint32), compare_word_offsets);
  sort_words_base = NULL;
  {
    g_autoptr(GHashTable) position_of_offset = g_hash_table_new (NULL, NULL);

    for (guint i = 0; i < n; i++)
      g_hash_table_insert (position_of_offset, GUINT_TO_POINTER (tier->order[i]), GUINT_TO_POINTER (i));
    rank_of = g_new (guint32, MAX (n, 1));
    for (guint id = 0; id < n; id++)
      rank_of[id] = GPOINTER_TO_UINT (g_hash_table_lookup (position_of_offset,
                                                           GUINT_TO_POINTER (g_array_index (offsets, guint32, id))));
  }

  /* Postings by sorted word, then record, without repeats. */
  for (guint i = 0; i < pairs->len; i++)
    g_array_index (pairs, Pair, i).word = rank_of[g_array_index (pairs, Pair, i).word];
  g_array_sort (pairs, compare_pairs);

  counts = g_new0 (guint32, MAX (n, 1));
  tier->starts = g_new0 (guint32, n + 1);
  {
    GArray *postings = g_array_new (FALSE, FALSE, sizeof (guint32));
    guint i = 0;

    for (guint w = 0; w < n; w++)
      {
        tier->starts[w] = postings->len;
        while (i < pairs->len && g_array_index (pairs, Pair, i).word == w)
          {
            guint32 doc = g_array_index (pairs, Pair, i).doc;

            if (postings->len == tier->starts[w] ||
                g_array_index (postings, guint32, postings->len - 1) != doc)
              g_array_append_val (postings, doc);
            i++;
          }
        counts[w] = postings->len - tier->starts[w];
      }
    tier->starts[n] = postings->len;
    tier->postings = (guint32 *) (gpointer) g_array_free (postings, FALSE);
  }

  /* Frequent words get a bitmap too. */
  tier->bitmaps = g_new0 (guint64 *, MAX (n, 1));
  for (guint w = 0; w < n; w++)
    if (counts[w] >= MAX (index->n_docs / BITMAP_FRACTION, 64))
      {
        guint64 *bitmap = g_new0 (guint64, index->n_blocks);

        for (guint32 k = tier->starts[w]; k < tier->starts[w + 1]; k++)
          bitmap[tier->postings[k] / 64] |= G_GUINT64_CONSTANT (1) << (tier->postings[k] % 64);
        tier->bitmaps[w] = bitmap;
      }
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
  CnSearchIndex *index = g_new0 (CnSearchIndex, 1);

  index->n_docs = n_docs;
  index->n_blocks = (n_docs + 63) / 64;
  build_tier (index, &index->tiers[CN_SEARCH_PRIMARY], docs, CN_SEARCH_PRIMARY);
  build_tier (index, &index->tiers[CN_SEARCH_SECONDARY], docs, CN_SEARCH_SECONDARY);

  return index;
}

void
cn_search_index_free (CnSearchIndex *index)
{
  if (index == NULL)
    return;

  for (guint t = 0; t < 2; t++)
    {
      Tier *tier = &index->tiers[t];

      for (guint w = 0; w < tier->n_words; w++)
        g_free (tier->bitmaps[w]);
      g_free (tier->bitmaps);
      g_free (tier->words);
      g_free (tier->order);
      g_free (tier->starts);
      g_free (tier->postings);
    }
  g_free (index);
}

gsize
cn_search_index_get_size (const CnSearchIndex *index)
{
  gsize size = sizeof *index;

  for (guint t = 0; t < 2; t++)
    {
      const Tier *tier = &index->tiers[t];

      size += tier->n_words * (sizeof (guint32) * 2 + sizeof (gpointer)) + sizeof (guint32);
      size += tier->starts[tier->n_words] * sizeof (guint32);
      for (guint w = 0; w < tier->n_words; w++)
        {
          size += strlen (tier->words + tier->order[w]) + 1;
          if (tier->bitmaps[w] != NULL)
            size += index->n_blocks * sizeof (guint64);
        }
    }
  return size;
}

/* First sorted word that is >= @prefix. */
static guint
lower_bound (const Tier *tier,
             const char *prefix)
{
  guint lo = 0, hi = tier->n_words;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (tier->words + tier->order[mid], prefix) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* ORs into @bitmap every record with a word that starts with @prefix. */
static void
collect (const CnSearchIndex *index,
         const Tier          *tier,
         const char          *prefix,
         guint64             *bitmap)
{
  gsize len = strlen (prefix);

  /* Sorted words that start with the prefix are contiguous. */
  for (guint w = lower_bound (tier, prefix); w < tier->n_words; w++)
    {
      if (strncmp (tier->words + tier->order[w], prefix, len) != 0)
        break;

      if (tier->bitmaps[w] != NULL)
        {
          const guint64 *words = tier->bitmaps[w];

          for (guint b = 0; b < index->n_blocks; b++)
            bitmap[b] |= words[b];
        }
      else
        for (guint32 k = tier->starts[w]; k < tier->starts[w + 1]; k++)
          bitmap[tier->postings[k] / 64] |= G_GUINT64_CONSTANT (1) << (tier->postings[k] % 64);
    }
}

/**
 * cn_search_index_query:
 * @ranks: (array): one slot per record, set to the rank of its match
 *   (see cn_search_doc_match()) or %CN_SEARCH_NO_MATCH
 *
 * Returns: the number of matching records
 */
guint
cn_search_index_query (const CnSearchIndex *index,
                       const CnSearchQuery *query,
                       int                 *ranks)
{
  guint n_words = cn_search_query_get_n_words (query);
  guint n_blocks = index->n_blocks;
  g_autofree guint64 *matched = g_new (guint64, MAX (n_blocks, 1));
  g_autofree guint64 *primary = g_new0 (guint64, MAX (n_blocks, 1) * MAX (n_words, 1));
  g_autofree guint64 *secondary = g_new (guint64, MAX (n_blocks, 1));
  guint n_matches = 0;

  /* No words: everything matches, equally. */
  if (n_words == 0)
    {
      for (guint d = 0; d < index->n_docs; d++)
        ranks[d] = 0;
      return index->n_docs;
    }

  memset (matched, 0xff, n_blocks * sizeof (guint64));

  for (guint w = 0; w < n_words; w++)
    {
      guint64 *in_primary = primary + (gsize) w * n_blocks;

      memset (secondary, 0, n_blocks * sizeof (guint64));
      for (guint v = 0; v < cn_search_query_get_n_variants (query, w); v++)
        {
          const char *variant = cn_search_query_get_variant (query, w, v);

          collect (index, &index->tiers[CN_SEARCH_PRIMARY], variant, in_primary);
          collect (index, &index->tiers[CN_SEARCH_SECONDARY], variant, secondary);
        }

      /* Every word must be found somewhere. */
      for (guint b = 0; b < n_blocks; b++)
        matched[b] &= in_primary[b] | secondary[b];
    }

  for (guint d = 0; d < index->n_docs; d++)
    {
      guint b = d / 64;
      guint64 bit = G_GUINT64_CONSTANT (1) << (d % 64);
      int rank = 0;

      if (!(matched[b] & bit))
        {
          ranks[d] = CN_SEARCH_NO_MATCH;
          continue;
        }

      /* A word found only outside the name, acronym and aliases ranks
       * the record lower, as in cn_search_doc_match(). */
      for (guint w = 0; w < n_words; w++)
        if (!(primary[(gsize) w * n_blocks + b] & bit))
          rank++;
      ranks[d] = rank;
      n_matches++;
    }

  return n_matches;
}
