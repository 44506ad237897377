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
 * query ORs a few bitmaps rather than walking millions of entries. */

#include "config.h"

#include <string.h>

#include "cn-search-index-private.h"
#include "cn-search-private.h"

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
guint32
_cn_search_index_find_word (const CnSearchIndex *index,
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
      guint32 w = _cn_search_index_find_word (index, stems[s]);

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
gboolean
_cn_search_index_collect_word (const CnSearchIndex *index,
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

/* Every word must be found somewhere: the records in any of its levels,
 * ANDed into @matched. */
static void
and_word_matches (const CnSearchIndex *index,
                  const guint64       *word_levels,
                  guint64             *matched)
{
  guint n_blocks = index->n_blocks;
  guint n_levels = CN_SEARCH_N_TIERS * CN_SEARCH_N_QUALITIES;

  for (guint b = 0; b < n_blocks; b++)
    {
      guint64 any = 0;

      for (guint l = 0; l < n_levels; l++)
        any |= word_levels[(gsize) l * n_blocks + b];
      matched[b] &= any;
    }
}

/* The query's ranks; with @corrected, each word that matches nothing is
 * replaced, on its own, by its typo's correction (see
 * cn_search_index_query_corrected()). */
static guint
query_index (const CnSearchIndex  *index,
             const CnSearchQuery  *query,
             int                  *ranks,
             CnSearchQuery       **corrected)
{
  guint n_words = query->words->len;
  guint n_blocks = index->n_blocks;
  gsize per_word = (gsize) CN_SEARCH_N_TIERS * CN_SEARCH_N_QUALITIES * n_blocks;
  g_autofree guint64 *levels = NULL;
  g_autofree guint64 *matched = NULL;
  g_autofree const char **corrections = NULL;
  g_autoptr(CnSearchQuery) fixed = NULL;
  const Level *order = get_level_order ();
  guint n_levels = CN_SEARCH_N_TIERS * CN_SEARCH_N_QUALITIES;
  guint n_matches = 0;

  if (corrected != NULL)
    *corrected = NULL;

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
      const CnSearchWord *word = &g_array_index (query->words, CnSearchWord, w);

      /* A word that matches nothing is read as a typo, whatever the other
       * words do: its correction is looked for in the same pass. */
      if (!_cn_search_index_collect_word (index, word, levels + per_word * w) && corrected != NULL)
        {
          if (corrections == NULL)
            corrections = g_new0 (const char *, n_words);
          corrections[w] = _cn_search_index_correct_word (index, word);
        }
    }

  if (corrections != NULL)
    for (guint w = 0; w < n_words; w++)
      if (corrections[w] != NULL)
        {
          if (fixed == NULL)
            fixed = cn_search_query_correct (query, corrections);
          _cn_search_index_collect_word (index, &g_array_index (fixed->words, CnSearchWord, w),
                                         levels + per_word * w);
        }
  /* The corrected words score less: read them from the corrected query. */
  if (fixed != NULL)
    query = fixed;

  for (guint w = 0; w < n_words; w++)
    and_word_matches (index, levels + per_word * w, matched);

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
          gboolean is_corrected = g_array_index (query->words, CnSearchWord, w).corrected;
          guint64 done = 0;

          /* Each record takes the best level it is in. */
          for (guint l = 0; l < n_levels && done != m; l++)
            {
              guint64 bits = LEVEL (word_levels, n_blocks, order[l].tier, order[l].quality)[b] & m & ~done;
              int score = cn_search_score (order[l].tier, order[l].quality, is_corrected);

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

  /* A correction that finds nothing either is not offered. */
  if (corrected != NULL)
    *corrected = n_matches > 0 ? g_steal_pointer (&fixed) : NULL;
  return n_matches;
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
  return query_index (index, query, ranks, NULL);
}

/**
 * cn_search_index_query_corrected:
 * @ranks: (array): as for cn_search_index_query()
 * @corrected: (out) (transfer full) (nullable): the query the ranks are
 *   for when some of its words were corrected, else %NULL
 *
 * As cn_search_index_query(), with typos corrected word by word: each query
 * word of five letters or more that matches nothing (not as a word start, a
 * stem or a synonym) is looked up with one edit among the index's words
 * (see cn_search_index_correct()), and the records are matched with the
 * corrected words in its place, which score less (%CN_SEARCH_CORRECTED).
 * The other words stay as typed. A correction that finds no record is
 * dropped.
 *
 * Returns: the number of matching records
 */
guint
cn_search_index_query_corrected (const CnSearchIndex  *index,
                                 const CnSearchQuery  *query,
                                 int                  *ranks,
                                 CnSearchQuery       **corrected)
{
  g_return_val_if_fail (corrected != NULL, 0);
  return query_index (index, query, ranks, corrected);
}
