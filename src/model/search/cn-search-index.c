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

static const char *sort_base;
static const guint32 *sort_offsets;

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (sort_base + sort_offsets[*(const guint32 *) a],
                 sort_base + sort_offsets[*(const guint32 *) b]);
}

/* Stem entries, sorted by stem and then by word. */
static int
compare_stem_entries (gconstpointer a,
                      gconstpointer b)
{
  const guint32 *ea = a, *eb = b;
  int c = strcmp (sort_base + ea[0], sort_base + eb[0]);

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
  sort_base = index->stems;
  g_array_sort (sb.entries, compare_stem_entries);
  sort_base = NULL;

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
  sort_base = index->words;
  sort_offsets = index->offsets;
  qsort (index->sorted, index->n_words, sizeof (guint32), compare_ids);
  sort_base = NULL;
  sort_offsets = NULL;

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

/* Searching */

static const char *
sorted_word (const CnSearchIndex *index,
             guint                i)
{
  return index->words + index->offsets[index->sorted[i]];
}

/* First sorted word that is >= @prefix. */
static guint
lower_bound (const CnSearchIndex *index,
             const char          *prefix)
{
  guint lo = 0, hi = index->n_words;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (sorted_word (index, mid), prefix) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The id of the word @word, or G_MAXUINT32. */
static guint32
find_word (const CnSearchIndex *index,
           const char          *word)
{
  guint i = lower_bound (index, word);

  if (i < index->n_words && strcmp (sorted_word (index, i), word) == 0)
    return index->sorted[i];
  return G_MAXUINT32;
}

/* First stem entry that is >= @stem. */
static guint
stem_lower_bound (const CnSearchIndex *index,
                  const char          *stem)
{
  guint lo = 0, hi = index->n_stems;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (index->stems + index->stem_offsets[mid], stem) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* ORs into @bitmap the records that have word @w in @tier. */
static void
or_word (const CnSearchIndex *index,
         guint                tier,
         guint32              w,
         guint64             *bitmap)
{
  const Tier *t = &index->tiers[tier];
  guint32 start = t->starts[w];
  guint32 end = t->starts[w + 1] & ~CN_SEARCH_BITMAP_FLAG;

  if (start & CN_SEARCH_BITMAP_FLAG)
    {
      const guint64 *words = t->bitmaps + (gsize) t->postings[start & ~CN_SEARCH_BITMAP_FLAG] * index->n_blocks;

      for (guint b = 0; b < index->n_blocks; b++)
        bitmap[b] |= words[b];
    }
  else
    for (guint32 k = start; k < end; k++)
      bitmap[t->postings[k] / 64] |= G_GUINT64_CONSTANT (1) << (t->postings[k] % 64);
}

/* The bitmaps of one query word: one per field and quality. */
#define LEVEL(levels, n_blocks, t, q) ((levels) + ((gsize) (t) * CN_SEARCH_N_QUALITIES + (q)) * (n_blocks))

/* ORs into @per_tier (one bitmap per field) the records with @word whole
 * or as one of its stems; @stems are the word first, then its stems.
 * Returns whether any word of the index has one of them. */
static gboolean
collect_stems (const CnSearchIndex *index,
               const char * const  *stems,
               guint64             *levels,
               CnSearchQuality      q,
               guint64             *per_tier)
{
  guint n_blocks = index->n_blocks;
  gboolean found = FALSE;

  for (guint s = 0; stems[s] != NULL; s++)
    {
      guint32 w = find_word (index, stems[s]);

      if (w != G_MAXUINT32)
        {
          found = TRUE;
          for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
            or_word (index, t, w, levels ? LEVEL (levels, n_blocks, t, q) : per_tier + (gsize) t * n_blocks);
        }
      for (guint i = stem_lower_bound (index, stems[s]);
           i < index->n_stems && strcmp (index->stems + index->stem_offsets[i], stems[s]) == 0;
           i++)
        {
          found = TRUE;
          for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
            or_word (index, t, index->stem_words[i],
                     levels ? LEVEL (levels, n_blocks, t, q) : per_tier + (gsize) t * n_blocks);
        }
    }
  return found;
}

/* Fills @levels for @word; returns whether anything in the index matched
 * it at all. */
static gboolean
collect_word (const CnSearchIndex *index,
              const CnSearchWord  *word,
              guint64             *levels)
{
  guint n_blocks = index->n_blocks;
  gboolean found = FALSE;

  /* Whole words and word starts: the sorted words that start with a
   * variant are contiguous. */
  for (guint v = 0; v < word->variants->len; v++)
    {
      const char *variant = word->variants->pdata[v];
      gsize len = strlen (variant);

      for (guint i = lower_bound (index, variant); i < index->n_words; i++)
        {
          const char *w = sorted_word (index, i);
          gboolean exact;

          if (strncmp (w, variant, len) != 0)
            break;
          exact = w[len] == '\0';
          if (word->corrected && !exact)
            continue;
          found = TRUE;
          for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
            or_word (index, t, index->sorted[i],
                     LEVEL (levels, n_blocks, t, exact ? CN_SEARCH_EXACT : CN_SEARCH_PREFIX));
        }
    }

  found |= collect_stems (index, (const char * const *) word->stems->pdata, levels, CN_SEARCH_STEM, NULL);

  for (guint a = 0; a < word->alts->len; a++)
    {
      const CnSearchAlt *alt = word->alts->pdata[a];
      guint n_alt = alt->stems->len;
      g_autofree guint64 *all = NULL;
      g_autofree guint64 *anywhere = NULL;
      g_autofree guint64 *per_tier = NULL;

      if (n_alt == 1)
        {
          found |= collect_stems (index, alt->stems->pdata[0], levels, CN_SEARCH_SYNONYM, NULL);
          continue;
        }

      /* A phrase: all its words in one field, or, spread over fields, as
       * found in "the rest" (as cn_search_doc_match() has it). */
      all = g_new (guint64, (gsize) CN_SEARCH_N_TIERS * n_blocks);
      anywhere = g_new (guint64, MAX (n_blocks, 1));
      per_tier = g_new (guint64, (gsize) CN_SEARCH_N_TIERS * n_blocks);
      memset (all, 0xff, (gsize) CN_SEARCH_N_TIERS * n_blocks * sizeof (guint64));
      memset (anywhere, 0xff, n_blocks * sizeof (guint64));
      for (guint j = 0; j < n_alt; j++)
        {
          memset (per_tier, 0, (gsize) CN_SEARCH_N_TIERS * n_blocks * sizeof (guint64));
          collect_stems (index, alt->stems->pdata[j], NULL, CN_SEARCH_SYNONYM, per_tier);
          for (guint b = 0; b < n_blocks; b++)
            {
              guint64 any = 0;

              for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
                {
                  all[(gsize) t * n_blocks + b] &= per_tier[(gsize) t * n_blocks + b];
                  any |= per_tier[(gsize) t * n_blocks + b];
                }
              anywhere[b] &= any;
            }
        }
      for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
        {
          guint64 *level = LEVEL (levels, n_blocks, t, CN_SEARCH_SYNONYM);

          for (guint b = 0; b < n_blocks; b++)
            {
              level[b] |= all[(gsize) t * n_blocks + b];
              if (t == CN_SEARCH_SECONDARY)
                level[b] |= anywhere[b];
              found |= level[b] != 0;
            }
        }
    }

  return found;
}

typedef struct
{
  guint8 tier;
  guint8 quality;
  int    score;
} Level;

static int
compare_levels (gconstpointer a,
                gconstpointer b)
{
  const Level *la = a, *lb = b;

  return lb->score - la->score;
}

/* Every field and quality, best score first. */
static const Level *
get_level_order (void)
{
  static Level order[CN_SEARCH_N_TIERS * CN_SEARCH_N_QUALITIES];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      guint n = 0;

      for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
        for (guint q = 0; q < CN_SEARCH_N_QUALITIES; q++)
          {
            order[n].tier = t;
            order[n].quality = q;
            order[n].score = cn_search_score (t, q, FALSE);
            n++;
          }
      qsort (order, n, sizeof (Level), compare_levels);
      g_once_init_leave (&initialized, 1);
    }
  return order;
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
  guint n_words = query->words->len;
  guint n_blocks = index->n_blocks;
  gsize per_word = (gsize) CN_SEARCH_N_TIERS * CN_SEARCH_N_QUALITIES * n_blocks;
  g_autofree guint64 *levels = NULL;
  g_autofree guint64 *matched = NULL;
  const Level *order = get_level_order ();
  guint n_levels = CN_SEARCH_N_TIERS * CN_SEARCH_N_QUALITIES;
  guint n_matches = 0;

  /* No words: everything matches, equally. */
  if (n_words == 0)
    {
      for (guint d = 0; d < index->n_docs; d++)
        ranks[d] = 0;
      return index->n_docs;
    }

  levels = g_new0 (guint64, MAX (per_word * n_words, 1));
  matched = g_new (guint64, MAX (n_blocks, 1));
  memset (matched, 0xff, n_blocks * sizeof (guint64));

  for (guint w = 0; w < n_words; w++)
    {
      guint64 *word_levels = levels + per_word * w;

      collect_word (index, &g_array_index (query->words, CnSearchWord, w), word_levels);

      /* Every word must be found somewhere. */
      for (guint b = 0; b < n_blocks; b++)
        {
          guint64 any = 0;

          for (guint l = 0; l < n_levels; l++)
            any |= word_levels[(gsize) l * n_blocks + b];
          matched[b] &= any;
        }
    }

  for (guint b = 0; b < n_blocks; b++)
    {
      guint64 m = matched[b];
      int scores[64] = { 0, };
      guint64 common[CN_SEARCH_N_TIERS];
      guint64 bonus_done = 0;

      for (guint i = 0; i < 64 && b * 64 + i < index->n_docs; i++)
        ranks[b * 64 + i] = CN_SEARCH_NO_MATCH;
      if (m == 0)
        continue;

      for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
        common[t] = m;

      for (guint w = 0; w < n_words; w++)
        {
          const guint64 *word_levels = levels + per_word * w;
          gboolean corrected = g_array_index (query->words, CnSearchWord, w).corrected;
          guint64 done = 0;

          /* Each record takes the best level it is in. */
          for (guint l = 0; l < n_levels && done != m; l++)
            {
              guint64 bits = LEVEL (word_levels, n_blocks, order[l].tier, order[l].quality)[b] & m & ~done;
              int score = cn_search_score (order[l].tier, order[l].quality, corrected);

              done |= bits;
              while (bits != 0)
                {
                  scores[__builtin_ctzll (bits)] += score;
                  bits &= bits - 1;
                }
            }

          for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
            {
              guint64 in_tier = 0;

              for (guint q = 0; q < CN_SEARCH_N_QUALITIES; q++)
                in_tier |= LEVEL (word_levels, n_blocks, t, q)[b];
              common[t] &= in_tier;
            }
        }

      /* All the words in one field: its weight as a bonus (the best). */
      if (n_words > 1)
        for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
          {
            guint64 bits = common[t] & ~bonus_done;

            bonus_done |= bits;
            while (bits != 0)
              {
                scores[__builtin_ctzll (bits)] += cn_search_get_weight (t) * CN_SEARCH_BONUS;
                bits &= bits - 1;
              }
          }

      while (m != 0)
        {
          guint i = __builtin_ctzll (m);

          ranks[b * 64 + i] = cn_search_rank_from_score (query, scores[i]);
          n_matches++;
          m &= m - 1;
        }
    }

  return n_matches;
}

/* Correcting */

/* How many records have word @w, in any field (a word in two fields of a
 * record counts twice: this only orders candidates). */
static guint
word_frequency (const CnSearchIndex *index,
                guint32              w)
{
  guint count = 0;

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      const Tier *tier = &index->tiers[t];
      guint32 start = tier->starts[w];

      if (start & CN_SEARCH_BITMAP_FLAG)
        {
          const guint64 *bitmap = tier->bitmaps + (gsize) tier->postings[start & ~CN_SEARCH_BITMAP_FLAG] * index->n_blocks;

          for (guint b = 0; b < index->n_blocks; b++)
            count += __builtin_popcountll (bitmap[b]);
        }
      else
        count += (tier->starts[w + 1] & ~CN_SEARCH_BITMAP_FLAG) - start;
    }
  return count;
}

/* Letters a typo may have dropped or replaced: the word's own script. */
static const gunichar latin_letters[] = U"abcdefghijklmnopqrstuvwxyz0123456789";
static const gunichar hebrew_letters[] = U"אבגדהוזחטיכלמנסעפצקרשת";

typedef struct
{
  const CnSearchIndex *index;
  GString             *candidate;
  guint32              best;
  guint                best_frequency;
} Correction;

static void
try_candidate (Correction     *c,
               const gunichar *chars,
               glong           n)
{
  guint32 w;

  g_string_truncate (c->candidate, 0);
  for (glong i = 0; i < n; i++)
    g_string_append_unichar (c->candidate, chars[i]);
  w = find_word (c->index, c->candidate->str);
  if (w != G_MAXUINT32)
    {
      guint frequency = word_frequency (c->index, w);

      /* The most common word; between equals, the first in sorted order. */
      if (c->best == G_MAXUINT32 || frequency > c->best_frequency ||
          (frequency == c->best_frequency &&
           strcmp (c->index->words + c->index->offsets[w], c->index->words + c->index->offsets[c->best]) < 0))
        {
          c->best = w;
          c->best_frequency = frequency;
        }
    }
}

/* The index's word one edit from @word (a letter inserted, deleted,
 * replaced, or two neighbours swapped), or NULL. */
static const char *
correct_word (const CnSearchIndex *index,
              const char          *word)
{
  glong n;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (word, -1, &n);
  g_autofree gunichar *edit = g_new (gunichar, n + 2);
  const gunichar *alphabet = (chars[0] >= 0x05D0 && chars[0] <= 0x05EA) ? hebrew_letters : latin_letters;
  guint n_alphabet = (alphabet == hebrew_letters ? G_N_ELEMENTS (hebrew_letters) : G_N_ELEMENTS (latin_letters)) - 1;
  Correction c = { index, g_string_new (NULL), G_MAXUINT32, 0 };

  for (glong i = 0; i < n; i++)
    {
      /* Deleted */
      memcpy (edit, chars, i * sizeof (gunichar));
      memcpy (edit + i, chars + i + 1, (n - i - 1) * sizeof (gunichar));
      try_candidate (&c, edit, n - 1);

      /* Swapped with the next */
      if (i + 1 < n && chars[i] != chars[i + 1])
        {
          memcpy (edit, chars, n * sizeof (gunichar));
          edit[i] = chars[i + 1];
          edit[i + 1] = chars[i];
          try_candidate (&c, edit, n);
        }

      /* Replaced */
      memcpy (edit, chars, n * sizeof (gunichar));
      for (guint a = 0; a < n_alphabet; a++)
        if (alphabet[a] != chars[i])
          {
            edit[i] = alphabet[a];
            try_candidate (&c, edit, n);
          }
    }

  /* Inserted */
  for (glong i = 0; i <= n; i++)
    {
      memcpy (edit, chars, i * sizeof (gunichar));
      memcpy (edit + i + 1, chars + i, (n - i) * sizeof (gunichar));
      for (guint a = 0; a < n_alphabet; a++)
        {
          edit[i] = alphabet[a];
          try_candidate (&c, edit, n + 1);
        }
    }

  g_string_free (c.candidate, TRUE);
  return c.best != G_MAXUINT32 ? index->words + index->offsets[c.best] : NULL;
}

/* Typos are looked for only in words this long: shorter ones are one edit
 * from too many others. */
#define CORRECT_MIN_LETTERS 5

/**
 * cn_search_index_correct:
 *
 * Looks up each query word of five letters or more that matches nothing in
 * the index (not as a word start, a stem or a synonym) with one edit
 * against the index's words.
 *
 * Returns: (transfer full) (nullable): the corrected query (see
 *   cn_search_query_correct()), or %NULL when no word needed or found a
 *   correction
 */
CnSearchQuery *
cn_search_index_correct (const CnSearchIndex *index,
                         const CnSearchQuery *query)
{
  guint n_words = query->words->len;
  g_autofree const char **corrections = g_new0 (const char *, MAX (n_words, 1));
  g_autofree guint64 *levels = g_new0 (guint64, MAX ((gsize) CN_SEARCH_N_TIERS * CN_SEARCH_N_QUALITIES * index->n_blocks, 1));
  gboolean any = FALSE;

  for (guint w = 0; w < n_words; w++)
    {
      const CnSearchWord *word = &g_array_index (query->words, CnSearchWord, w);

      if (word->corrected || g_utf8_strlen (word->word, -1) < CORRECT_MIN_LETTERS)
        continue;
      memset (levels, 0, (gsize) CN_SEARCH_N_TIERS * CN_SEARCH_N_QUALITIES * index->n_blocks * sizeof (guint64));
      if (collect_word (index, word, levels))
        continue;
      corrections[w] = correct_word (index, word->word);
      any |= corrections[w] != NULL;
    }

  return any ? cn_search_query_correct (query, corrections) : NULL;
}
