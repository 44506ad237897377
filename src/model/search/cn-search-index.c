/* cn-search-index.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Scanning every record's text for every keystroke costs time in
 * proportion to the whole catalog (hundreds of megabytes at 100 000
 * records). This index keeps, per tier, the distinct words sorted and, for
 * each word, the records that contain it: a query word is a binary search
 * for the range of words it starts, and the union of their records. Words
 * found in many records keep a bitmap instead of a list, so a one-letter
 * query ORs a few bitmaps rather than walking millions of entries.
 *
 * Building it is on the load path, so it avoids per-word allocations: an
 * open-addressing table over one blob of words, records deduplicated per
 * word as they come, and a counting sort into the posting lists. */

#include "config.h"

#include <string.h>

#include "cn-search-index-private.h"

/* A word in at least 1/32 of the records is cheaper as a bitmap (n/8 bytes)
 * than as a list (4 bytes a record). */
#define BITMAP_FRACTION 32

/* Building */

/* Small, so that the table of a large catalog's words stays in the
 * processor's cache: every word of every record is looked up in it, and what
 * the lookup needs is in the slot. */
typedef struct
{
  guint32 hash;
  guint32 id;             /* G_MAXUINT32: empty slot */
  guint32 last_doc;       /* the last record the word was seen in */
} Slot;

typedef struct
{
  GString *words;
  GArray  *offsets;       /* guint32 per id */
  GArray  *pairs;         /* guint32 id, guint32 doc, one per (word, record) */
  Slot    *slots;
  guint    n_slots;       /* a power of two */
} TierBuilder;

struct _CnSearchIndexBuilder
{
  guint       n_docs;
  TierBuilder tiers[2];
};

static void
tier_builder_init (TierBuilder *tb)
{
  tb->words = g_string_new (NULL);
  tb->offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  tb->pairs = g_array_new (FALSE, FALSE, sizeof (guint32) * 2);
  tb->n_slots = 1024;
  tb->slots = g_new (Slot, tb->n_slots);
  memset (tb->slots, 0xff, tb->n_slots * sizeof (Slot));
}

static void
tier_builder_clear (TierBuilder *tb)
{
  if (tb->words != NULL)
    g_string_free (tb->words, TRUE);
  g_clear_pointer (&tb->offsets, g_array_unref);
  g_clear_pointer (&tb->pairs, g_array_unref);
  g_clear_pointer (&tb->slots, g_free);
}

/* Every word of every record is hashed at load: eight bytes at a time
 * (multiply and fold), not one. The words come from cn_search_foreach_word(),
 * which pads them with eight zero bytes, so the last chunk is read whole. */
static inline guint32
hash_padded (const char *p,
             gsize       len)
{
  guint64 h = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) ^ len;

  for (gsize i = 0; i < len; i += 8)
    {
      guint64 v;

      memcpy (&v, p + i, 8);
      h = (h ^ v) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
      h ^= h >> 32;
    }
  h *= G_GUINT64_CONSTANT (0xC4CEB9FE1A85EC53);
  return (guint32) (h >> 32);
}

/* Whether the stored word at @stored is @p (@len bytes): both are padded
 * with zeros, so eight bytes are compared at a time. */
static inline gboolean
padded_equal (const char *stored,
              const char *p,
              gsize       len)
{
  for (gsize i = 0; i < len; i += 8)
    {
      guint64 a, b;

      memcpy (&a, stored + i, 8);
      memcpy (&b, p + i, 8);
      if (a != b)
        return FALSE;
    }
  return stored[len] == '\0';
}

static void
grow_slots (TierBuilder *tb)
{
  guint n = tb->n_slots * 2;
  Slot *slots = g_new (Slot, n);

  memset (slots, 0xff, n * sizeof (Slot));
  for (guint i = 0; i < tb->n_slots; i++)
    if (tb->slots[i].id != G_MAXUINT32)
      {
        guint j = tb->slots[i].hash & (n - 1);

        while (slots[j].id != G_MAXUINT32)
          j = (j + 1) & (n - 1);
        slots[j] = tb->slots[i];
      }
  g_free (tb->slots);
  tb->slots = slots;
  tb->n_slots = n;
}

/* The slot of the word @p (@len bytes, padded), added if new. The pointer
 * holds until the next word is added. */
static Slot *
intern_slot (TierBuilder *tb,
             const char  *p,
             gsize        len)
{
  guint32 hash = hash_padded (p, len);
  guint j = hash & (tb->n_slots - 1);
  guint32 id, offset;

  while (tb->slots[j].id != G_MAXUINT32)
    {
      Slot *slot = &tb->slots[j];

      if (slot->hash == hash &&
          padded_equal (tb->words->str + g_array_index (tb->offsets, guint32, slot->id), p, len))
        return slot;
      j = (j + 1) & (tb->n_slots - 1);
    }

  id = tb->offsets->len;
  offset = tb->words->len;
  /* Stored padded as it came: NUL-terminated, zeros to the next multiple
   * of eight bytes. */
  g_string_append_len (tb->words, p, len);
  g_string_append_len (tb->words, "\0\0\0\0\0\0\0\0", 8 - len % 8);
  g_array_append_val (tb->offsets, offset);
  tb->slots[j].hash = hash;
  tb->slots[j].id = id;
  tb->slots[j].last_doc = G_MAXUINT32;

  /* Keep the table at most three quarters full. */
  if (tb->offsets->len * 4 > tb->n_slots * 3)
    {
      grow_slots (tb);
      return intern_slot (tb, p, len);
    }
  return &tb->slots[j];
}

static guint32
intern_word (TierBuilder *tb,
             const char  *p,
             gsize        len)
{
  return intern_slot (tb, p, len)->id;
}

static inline void
tier_builder_add_word (TierBuilder *tb,
                       const char  *word,
                       gsize        len,
                       guint32      doc)
{
  Slot *slot = intern_slot (tb, word, len);

  /* Records come in order: a word seen in this record already is not
   * listed twice. */
  if (slot->last_doc != doc)
    {
      guint32 pair[2] = { slot->id, doc };

      slot->last_doc = doc;
      g_array_append_vals (tb->pairs, pair, 1);
    }
}

typedef struct
{
  TierBuilder *tb;
  guint32      doc;
} AddWord;

static void
add_word_cb (const char *word,
             gsize       len,
             gpointer    user_data)
{
  AddWord *add = user_data;

  tier_builder_add_word (add->tb, word, len, add->doc);
}

CnSearchIndexBuilder *
cn_search_index_builder_new (void)
{
  CnSearchIndexBuilder *builder = g_new0 (CnSearchIndexBuilder, 1);

  tier_builder_init (&builder->tiers[CN_SEARCH_PRIMARY]);
  tier_builder_init (&builder->tiers[CN_SEARCH_SECONDARY]);
  return builder;
}

/**
 * cn_search_index_builder_add_text:
 *
 * Adds @text to the current record, folded into words as
 * cn_search_doc_builder_add() would: the same words, without building the
 * document, which at load is most of the work.
 */
void
cn_search_index_builder_add_text (CnSearchIndexBuilder *builder,
                                  CnSearchTier          tier,
                                  const char           *text)
{
  AddWord add;

  g_return_if_fail (builder != NULL);
  g_return_if_fail (tier == CN_SEARCH_PRIMARY || tier == CN_SEARCH_SECONDARY);

  add.tb = &builder->tiers[tier];
  add.doc = builder->n_docs;
  cn_search_foreach_word (text, add_word_cb, &add);
}

/**
 * cn_search_index_builder_end_record:
 *
 * Closes the current record: the next text goes to the next one. Records
 * are numbered in the order they are added.
 */
void
cn_search_index_builder_end_record (CnSearchIndexBuilder *builder)
{
  g_return_if_fail (builder != NULL);

  builder->n_docs++;
}

/* A word already folded (a search document's), padded with eight zero
 * bytes as intern_word() reads it, into the current record; for
 * cn_search_index_builder_add() of the tests. */
void
_cn_search_index_builder_add_word (CnSearchIndexBuilder *builder,
                                   CnSearchTier          tier,
                                   const char           *padded,
                                   gsize                 len)
{
  tier_builder_add_word (&builder->tiers[tier], padded, len, builder->n_docs);
}

/**
 * cn_search_index_builder_append:
 * @other: (transfer full): records to add after @builder's
 *
 * Adds @other's records after @builder's, numbered on from them, as if they
 * had been added to @builder one by one; frees @other. Parts of a catalog
 * can so be indexed at the same time, each in its builder.
 */
void
cn_search_index_builder_append (CnSearchIndexBuilder *builder,
                                CnSearchIndexBuilder *other)
{
  g_return_if_fail (builder != NULL);
  g_return_if_fail (other != NULL);

  for (guint t = 0; t < G_N_ELEMENTS (builder->tiers); t++)
    {
      TierBuilder *dst = &builder->tiers[t];
      TierBuilder *src = &other->tiers[t];
      guint n_words = src->offsets->len;
      guint n_pairs = src->pairs->len;
      guint old_pairs = dst->pairs->len;
      g_autofree guint32 *map = g_new (guint32, MAX (n_words, 1));
      g_autofree char *padded = g_malloc0 (src->words->len + 8);
      const guint32 *src_pairs;
      guint32 *dst_pairs;

      /* The words again in @builder's table, padded as intern_word()
       * reads them. */
      for (guint w = 0; w < n_words; w++)
        {
          guint32 offset = g_array_index (src->offsets, guint32, w);
          gsize len = strlen (src->words->str + offset);

          memcpy (padded, src->words->str + offset, len);
          memset (padded + len, 0, 8);
          map[w] = intern_word (dst, padded, len);
        }

      g_array_set_size (dst->pairs, old_pairs + n_pairs);
      src_pairs = (const guint32 *) (gpointer) src->pairs->data;
      dst_pairs = (guint32 *) (gpointer) dst->pairs->data + 2 * old_pairs;
      for (guint i = 0; i < n_pairs; i++)
        {
          dst_pairs[2 * i] = map[src_pairs[2 * i]];
          dst_pairs[2 * i + 1] = src_pairs[2 * i + 1] + builder->n_docs;
        }
      tier_builder_clear (src);
    }

  builder->n_docs += other->n_docs;
  g_free (other);
}

static const char *sort_words_base;
static const guint32 *sort_offsets;

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (sort_words_base + sort_offsets[*(const guint32 *) a],
                 sort_words_base + sort_offsets[*(const guint32 *) b]);
}

static void
finish_tier (CnSearchIndex *index,
             Tier          *tier,
             TierBuilder   *tb)
{
  guint n = tb->offsets->len;
  guint n_pairs = tb->pairs->len;
  const guint32 *pairs = (const guint32 *) (gpointer) tb->pairs->data;
  g_autofree guint32 *fill = NULL;

  tier->n_words = n;
  tier->offsets = (guint32 *) (gpointer) g_array_free (g_steal_pointer (&tb->offsets), FALSE);
  tier->words = g_string_free (g_steal_pointer (&tb->words), FALSE);

  /* Counting sort of the (word, record) pairs by word; records stay in
   * order within a word because they were added in order. */
  tier->starts = g_new0 (guint32, n + 1);
  for (guint i = 0; i < n_pairs; i++)
    tier->starts[pairs[2 * i] + 1]++;
  for (guint w = 0; w < n; w++)
    tier->starts[w + 1] += tier->starts[w];
  tier->postings = g_new (guint32, MAX (n_pairs, 1));
  fill = g_new (guint32, MAX (n, 1));
  if (n > 0)
    memcpy (fill, tier->starts, n * sizeof (guint32));
  for (guint i = 0; i < n_pairs; i++)
    tier->postings[fill[pairs[2 * i]]++] = pairs[2 * i + 1];

  /* Words sorted, for prefix ranges. */
  tier->sorted = g_new (guint32, MAX (n, 1));
  for (guint w = 0; w < n; w++)
    tier->sorted[w] = w;
  sort_words_base = tier->words;
  sort_offsets = tier->offsets;
  qsort (tier->sorted, n, sizeof (guint32), compare_ids);
  sort_words_base = NULL;
  sort_offsets = NULL;

  /* Frequent words get a bitmap. */
  tier->bitmaps = g_new0 (guint64 *, MAX (n, 1));
  for (guint w = 0; w < n; w++)
    if (tier->starts[w + 1] - tier->starts[w] >= MAX (index->n_docs / BITMAP_FRACTION, 64))
      {
        guint64 *bitmap = g_new0 (guint64, index->n_blocks);

        for (guint32 k = tier->starts[w]; k < tier->starts[w + 1]; k++)
          bitmap[tier->postings[k] / 64] |= G_GUINT64_CONSTANT (1) << (tier->postings[k] % 64);
        tier->bitmaps[w] = bitmap;
      }

  tier_builder_clear (tb);
}

/**
 * cn_search_index_builder_end:
 *
 * Returns: (transfer full): the index; @builder is freed
 */
CnSearchIndex *
cn_search_index_builder_end (CnSearchIndexBuilder *builder)
{
  CnSearchIndex *index = g_new0 (CnSearchIndex, 1);

  index->n_docs = builder->n_docs;
  index->n_blocks = (builder->n_docs + 63) / 64;
  finish_tier (index, &index->tiers[CN_SEARCH_PRIMARY], &builder->tiers[CN_SEARCH_PRIMARY]);
  finish_tier (index, &index->tiers[CN_SEARCH_SECONDARY], &builder->tiers[CN_SEARCH_SECONDARY]);
  g_free (builder);

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
      g_free (tier->offsets);
      g_free (tier->sorted);
      g_free (tier->starts);
      g_free (tier->postings);
    }
  g_free (index);
}

/* Searching */

static const char *
sorted_word (const Tier *tier,
             guint       i)
{
  return tier->words + tier->offsets[tier->sorted[i]];
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

      if (strcmp (sorted_word (tier, mid), prefix) < 0)
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
  for (guint i = lower_bound (tier, prefix); i < tier->n_words; i++)
    {
      guint32 w = tier->sorted[i];

      if (strncmp (sorted_word (tier, i), prefix, len) != 0)
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
