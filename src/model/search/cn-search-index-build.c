/* cn-search-index-build.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Building the index (cn-search-index.c describes it) from records' text.
 * Building it is on the load path, so it avoids per-word allocations: an
 * open-addressing table over one blob of words, records deduplicated per
 * word as they come, and a counting sort into the posting lists. */

#include "config.h"

#include <string.h>

#include "cn-search-index-private.h"
#include "cn-search-private.h"

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
  guint32 tiers;          /* the fields it was seen in, in that record */
} Slot;

struct _CnSearchIndexBuilder
{
  guint    n_docs;
  GString *words;
  GArray  *offsets;       /* guint32 per id */
  Slot    *slots;
  guint    n_slots;       /* a power of two */
  GArray  *pairs[CN_SEARCH_N_TIERS];  /* guint32 id, guint32 doc, per (word, record) */
};

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
grow_slots (CnSearchIndexBuilder *b)
{
  guint n = b->n_slots * 2;
  Slot *slots = g_new (Slot, n);

  memset (slots, 0xff, n * sizeof (Slot));
  for (guint i = 0; i < b->n_slots; i++)
    if (b->slots[i].id != G_MAXUINT32)
      {
        guint j = b->slots[i].hash & (n - 1);

        while (slots[j].id != G_MAXUINT32)
          j = (j + 1) & (n - 1);
        slots[j] = b->slots[i];
      }
  g_free (b->slots);
  b->slots = slots;
  b->n_slots = n;
}

/* The slot of the word @p (@len bytes, padded), added if new. The pointer
 * holds until the next word is added. */
static Slot *
intern_slot (CnSearchIndexBuilder *b,
             const char           *p,
             gsize                 len)
{
  guint32 hash = hash_padded (p, len);
  guint j = hash & (b->n_slots - 1);
  guint32 id, offset;

  while (b->slots[j].id != G_MAXUINT32)
    {
      Slot *slot = &b->slots[j];

      if (slot->hash == hash &&
          padded_equal (b->words->str + g_array_index (b->offsets, guint32, slot->id), p, len))
        return slot;
      j = (j + 1) & (b->n_slots - 1);
    }

  id = b->offsets->len;
  offset = b->words->len;
  /* Stored padded as it came: NUL-terminated, zeros to the next multiple
   * of eight bytes. */
  g_string_append_len (b->words, p, len);
  g_string_append_len (b->words, "\0\0\0\0\0\0\0\0", 8 - len % 8);
  g_array_append_val (b->offsets, offset);
  b->slots[j].hash = hash;
  b->slots[j].id = id;
  b->slots[j].last_doc = G_MAXUINT32;
  b->slots[j].tiers = 0;

  /* Keep the table at most three quarters full. */
  if (b->offsets->len * 4 > b->n_slots * 3)
    {
      grow_slots (b);
      return intern_slot (b, p, len);
    }
  return &b->slots[j];
}

static inline void
builder_add_word (CnSearchIndexBuilder *b,
                  guint                 tier,
                  const char           *word,
                  gsize                 len)
{
  Slot *slot = intern_slot (b, word, len);
  guint32 doc = b->n_docs;

  /* Records come in order: a word seen in this field of this record
   * already is not listed twice. */
  if (slot->last_doc != doc)
    {
      slot->last_doc = doc;
      slot->tiers = 0;
    }
  if (!(slot->tiers & (1u << tier)))
    {
      guint32 pair[2] = { slot->id, doc };

      slot->tiers |= 1u << tier;
      g_array_append_vals (b->pairs[tier], pair, 1);
    }
}

typedef struct
{
  CnSearchIndexBuilder *builder;
  guint                 tier;
} AddWord;

static void
add_word_cb (const char *word,
             gsize       len,
             gpointer    user_data)
{
  AddWord *add = user_data;

  builder_add_word (add->builder, add->tier, word, len);
}

CnSearchIndexBuilder *
cn_search_index_builder_new (void)
{
  CnSearchIndexBuilder *b = g_new0 (CnSearchIndexBuilder, 1);

  b->words = g_string_new (NULL);
  b->offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  b->n_slots = 1024;
  b->slots = g_new (Slot, b->n_slots);
  memset (b->slots, 0xff, b->n_slots * sizeof (Slot));
  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    b->pairs[t] = g_array_new (FALSE, FALSE, sizeof (guint32) * 2);
  return b;
}

static void
builder_free (CnSearchIndexBuilder *b)
{
  if (b->words != NULL)
    g_string_free (b->words, TRUE);
  g_clear_pointer (&b->offsets, g_array_unref);
  g_clear_pointer (&b->slots, g_free);
  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    g_clear_pointer (&b->pairs[t], g_array_unref);
  g_free (b);
}

/**
 * cn_search_index_builder_add_text:
 *
 * Adds @text to a field of the current record, folded into words as
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
  g_return_if_fail (tier < CN_SEARCH_N_TIERS);

  add.builder = builder;
  add.tier = tier;
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
 * bytes as intern_slot() reads it, into the current record; for
 * cn_search_index_builder_add() of the tests. */
void
_cn_search_index_builder_add_word (CnSearchIndexBuilder *builder,
                                   CnSearchTier          tier,
                                   const char           *padded,
                                   gsize                 len)
{
  builder_add_word (builder, tier, padded, len);
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
  guint n_words;
  g_autofree guint32 *map = NULL;
  g_autofree char *padded = NULL;

  g_return_if_fail (builder != NULL);
  g_return_if_fail (other != NULL);

  /* The words again in @builder's table, padded as intern_slot() reads
   * them. */
  n_words = other->offsets->len;
  map = g_new (guint32, MAX (n_words, 1));
  padded = g_malloc0 (other->words->len + 8);
  for (guint w = 0; w < n_words; w++)
    {
      guint32 offset = g_array_index (other->offsets, guint32, w);
      gsize len = strlen (other->words->str + offset);

      memcpy (padded, other->words->str + offset, len);
      memset (padded + len, 0, 8);
      map[w] = intern_slot (builder, padded, len)->id;
    }

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      GArray *dst = builder->pairs[t];
      GArray *src = other->pairs[t];
      guint old = dst->len;
      const guint32 *src_pairs;
      guint32 *dst_pairs;

      g_array_set_size (dst, old + src->len);
      src_pairs = (const guint32 *) (gpointer) src->data;
      dst_pairs = (guint32 *) (gpointer) dst->data + 2 * old;
      for (guint i = 0; i < src->len; i++)
        {
          dst_pairs[2 * i] = map[src_pairs[2 * i]];
          dst_pairs[2 * i + 1] = src_pairs[2 * i + 1] + builder->n_docs;
        }
    }

  builder->n_docs += other->n_docs;
  builder_free (other);
}

/* The comparisons' context comes as their data, never through globals:
 * two catalogs may build their indexes at once on different threads. */
typedef struct
{
  const char    *base;
  const guint32 *offsets;
} SortContext;

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      data)
{
  const SortContext *context = data;

  return strcmp (context->base + context->offsets[*(const guint32 *) a],
                 context->base + context->offsets[*(const guint32 *) b]);
}

/* Stem entries, sorted by stem and then by word. */
static int
compare_stem_entries (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  const SortContext *context = data;
  const guint32 *ea = a, *eb = b;
  int c = strcmp (context->base + ea[0], context->base + eb[0]);

  if (c != 0)
    return c;
  return ea[1] < eb[1] ? -1 : (ea[1] > eb[1] ? 1 : 0);
}

static void
finish_tier (CnSearchIndex *index,
             Tier          *tier,
             GArray        *pairs_array)
{
  guint n = index->n_words;
  guint n_pairs = pairs_array->len;
  const guint32 *pairs = (const guint32 *) (gpointer) pairs_array->data;
  g_autofree guint32 *fill = NULL;
  g_autofree guint32 *starts = g_new0 (guint32, n + 1);
  g_autofree guint32 *postings = NULL;
  guint min_bitmap = MAX (index->n_docs / BITMAP_FRACTION, 64);
  guint n_bitmaps = 0, n_out = 0;

  /* Counting sort of the (word, record) pairs by word; records stay in
   * order within a word because they were added in order. */
  for (guint i = 0; i < n_pairs; i++)
    starts[pairs[2 * i] + 1]++;
  for (guint w = 0; w < n; w++)
    starts[w + 1] += starts[w];
  postings = g_new (guint32, MAX (n_pairs, 1));
  fill = g_new (guint32, MAX (n, 1));
  if (n > 0)
    memcpy (fill, starts, n * sizeof (guint32));
  for (guint i = 0; i < n_pairs; i++)
    postings[fill[pairs[2 * i]]++] = pairs[2 * i + 1];

  /* Frequent words get a bitmap instead of their list. */
  for (guint w = 0; w < n; w++)
    if (starts[w + 1] - starts[w] >= min_bitmap)
      n_bitmaps++;
  tier->n_bitmaps = n_bitmaps;
  tier->bitmaps = g_new0 (guint64, MAX ((gsize) n_bitmaps * index->n_blocks, 1));
  tier->starts = g_new (guint32, n + 1);
  n_bitmaps = 0;
  for (guint w = 0; w < n; w++)
    {
      guint count = starts[w + 1] - starts[w];

      if (count >= min_bitmap)
        {
          guint64 *bitmap = tier->bitmaps + (gsize) n_bitmaps * index->n_blocks;

          for (guint32 k = starts[w]; k < starts[w + 1]; k++)
            bitmap[postings[k] / 64] |= G_GUINT64_CONSTANT (1) << (postings[k] % 64);
          tier->starts[w] = n_out | CN_SEARCH_BITMAP_FLAG;
          postings[n_out++] = n_bitmaps++;
        }
      else
        {
          tier->starts[w] = n_out;
          memmove (postings + n_out, postings + starts[w], count * sizeof (guint32));
          n_out += count;
        }
    }
  tier->starts[n] = n_out;
  tier->n_postings = n_out;
  tier->postings = g_realloc (g_steal_pointer (&postings), MAX (n_out, 1) * sizeof (guint32));
}

typedef struct
{
  GString *stems;
  GArray  *entries;    /* guint32 offset, guint32 word id */
  guint32  id;
  guint    first;      /* this word's first entry */
} StemBuild;

static void
add_stem_cb (const char *stem,
             gsize       len,
             gpointer    user_data)
{
  StemBuild *sb = user_data;
  guint32 entry[2];

  /* A word's stems come out once each, but Hebrew ones can repeat. */
  for (guint i = sb->first; i < sb->entries->len; i++)
    {
      const char *seen = sb->stems->str + g_array_index (sb->entries, guint32, 2 * i);

      if (strlen (seen) == len && memcmp (seen, stem, len) == 0)
        return;
    }
  entry[0] = sb->stems->len;
  entry[1] = sb->id;
  g_string_append_len (sb->stems, stem, len);
  g_string_append_c (sb->stems, '\0');
  g_array_append_vals (sb->entries, entry, 1);
}

static void
build_stems (CnSearchIndex *index)
{
  StemBuild sb;

  sb.stems = g_string_new (NULL);
  sb.entries = g_array_new (FALSE, FALSE, sizeof (guint32) * 2);
  for (guint w = 0; w < index->n_words; w++)
    {
      const char *word = index->words + index->offsets[w];

      sb.id = w;
      sb.first = sb.entries->len;
      _cn_search_foreach_stem (word, strlen (word), add_stem_cb, &sb);
    }

  index->stems_len = sb.stems->len;
  index->stems = g_string_free (sb.stems, FALSE);
  g_array_sort_with_data (sb.entries, compare_stem_entries, &(SortContext) { index->stems, NULL });

  index->n_stems = sb.entries->len;
  index->stem_offsets = g_new (guint32, MAX (index->n_stems, 1));
  index->stem_words = g_new (guint32, MAX (index->n_stems, 1));
  for (guint i = 0; i < index->n_stems; i++)
    {
      index->stem_offsets[i] = g_array_index (sb.entries, guint32, 2 * i);
      index->stem_words[i] = g_array_index (sb.entries, guint32, 2 * i + 1);
    }
  g_array_unref (sb.entries);
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
  index->n_words = builder->offsets->len;
  index->words_len = builder->words->len;
  index->offsets = (guint32 *) (gpointer) g_array_free (g_steal_pointer (&builder->offsets), FALSE);
  index->words = g_string_free (g_steal_pointer (&builder->words), FALSE);
  g_clear_pointer (&builder->slots, g_free);

  /* Words sorted, for prefix ranges. */
  index->sorted = g_new (guint32, MAX (index->n_words, 1));
  for (guint w = 0; w < index->n_words; w++)
    index->sorted[w] = w;
  g_qsort_with_data (index->sorted, index->n_words, sizeof (guint32), compare_ids,
                     &(SortContext) { index->words, index->offsets });

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      finish_tier (index, &index->tiers[t], builder->pairs[t]);
      g_clear_pointer (&builder->pairs[t], g_array_unref);
    }
  build_stems (index);
  builder_free (builder);

  return index;
}

void
cn_search_index_free (CnSearchIndex *index)
{
  if (index == NULL)
    return;

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      g_free (index->tiers[t].starts);
      g_free (index->tiers[t].postings);
      g_free (index->tiers[t].bitmaps);
    }
  g_free (index->words);
  g_free (index->offsets);
  g_free (index->sorted);
  g_free (index->stems);
  g_free (index->stem_offsets);
  g_free (index->stem_words);
  g_free (index);
}
