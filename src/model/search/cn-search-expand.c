/* cn-search-expand.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What else a query word matches: its synonyms, and, when it matches
 * nothing in the index, the index word one typo away. */

#include "config.h"

#include <string.h>

#include "cn-search-index-private.h"
#include "cn-search-private.h"

struct _CnSearchSynonyms
{
  gatomicrefcount  ref_count;
  GPtrArray       *groups;     /* GPtrArray of GStrv (normalized words) per entry */
  GHashTable      *by_stem;    /* stem of a one-word entry -> GArray of guint group */
};

/* Synonyms */

static void
free_group (gpointer data)
{
  g_ptr_array_unref (data);
}

/**
 * cn_search_synonyms_new:
 * @groups: (array length=n_groups): groups of words and phrases that mean
 *   the same, in any language
 *
 * Returns: (transfer full): the groups, folded for matching
 */
CnSearchSynonyms *
cn_search_synonyms_new (const char * const * const *groups,
                        guint                       n_groups)
{
  CnSearchSynonyms *self = g_new0 (CnSearchSynonyms, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->groups = g_ptr_array_new_with_free_func (free_group);
  self->by_stem = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  for (guint g = 0; g < n_groups; g++)
    {
      GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      guint group = self->groups->len;

      for (guint e = 0; groups[g] != NULL && groups[g][e] != NULL; e++)
        {
          g_autofree char *normalized = cn_search_normalize (groups[g][e]);
          GStrv words = g_strsplit (normalized, " ", -1);

          if (words[0] == NULL || words[0][0] == '\0')
            {
              g_strfreev (words);
              continue;
            }
          g_ptr_array_add (entries, words);

          /* A one-word entry is a key: a query word with one of its stems
           * finds the group. */
          if (words[1] == NULL)
            {
              g_autoptr(GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);

              g_ptr_array_add (stems, g_strdup (words[0]));
              _cn_search_foreach_stem (words[0], strlen (words[0]), _cn_search_collect_stem_cb, stems);
              for (guint s = 0; s < stems->len; s++)
                {
                  GArray *list = g_hash_table_lookup (self->by_stem, stems->pdata[s]);

                  if (list == NULL)
                    {
                      list = g_array_new (FALSE, FALSE, sizeof (guint));
                      g_hash_table_insert (self->by_stem, g_strdup (stems->pdata[s]), list);
                    }
                  if (list->len == 0 || g_array_index (list, guint, list->len - 1) != group)
                    g_array_append_val (list, group);
                }
            }
        }
      g_ptr_array_add (self->groups, entries);
    }

  return self;
}

CnSearchSynonyms *
cn_search_synonyms_ref (CnSearchSynonyms *synonyms)
{
  g_atomic_ref_count_inc (&synonyms->ref_count);
  return synonyms;
}

void
cn_search_synonyms_unref (CnSearchSynonyms *synonyms)
{
  if (synonyms == NULL || !g_atomic_ref_count_dec (&synonyms->ref_count))
    return;
  g_ptr_array_unref (synonyms->groups);
  g_hash_table_unref (synonyms->by_stem);
  g_free (synonyms);
}

void
_cn_search_alt_free (gpointer data)
{
  CnSearchAlt *alt = data;

  g_strfreev (alt->words);
  g_ptr_array_unref (alt->stems);
  g_ptr_array_unref (alt->patterns);
  g_free (alt);
}

/* The other entries of every group one of the word's stems is a key of. */
void
_cn_search_add_synonyms (CnSearchWord     *word,
                         CnSearchSynonyms *synonyms)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint s = 0; s < word->stems->len && word->stems->pdata[s] != NULL; s++)
    {
      GArray *list = g_hash_table_lookup (synonyms->by_stem, word->stems->pdata[s]);

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          guint g = g_array_index (list, guint, i);
          gboolean seen = FALSE;

          for (guint j = 0; j < groups->len && !seen; j++)
            seen = g_array_index (groups, guint, j) == g;
          if (!seen)
            g_array_append_val (groups, g);
        }
    }

  for (guint i = 0; i < groups->len; i++)
    {
      GPtrArray *entries = g_ptr_array_index (synonyms->groups, g_array_index (groups, guint, i));

      for (guint e = 0; e < entries->len; e++)
        {
          const char * const *words = entries->pdata[e];
          CnSearchAlt *alt;
          gboolean skip = FALSE;

          /* The query word's own forms are matched literally, and better. */
          if (words[1] == NULL)
            {
              g_autoptr(GPtrArray) stems = _cn_search_stems_of (words[0]);

              for (guint s = 0; s < stems->len && !skip; s++)
                skip = _cn_search_stems_meet (word->stems, stems->pdata[s]);
            }
          for (guint a = 0; a < word->alts->len && !skip; a++)
            skip = g_strv_equal ((const char * const *) ((CnSearchAlt *) word->alts->pdata[a])->words, words);
          if (skip)
            continue;

          alt = g_new0 (CnSearchAlt, 1);
          alt->words = g_strdupv ((char **) words);
          alt->stems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
          alt->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
          for (guint w = 0; words[w] != NULL; w++)
            {
              GPtrArray *stems = _cn_search_stems_of (words[w]);

              g_ptr_array_add (alt->patterns, _cn_search_spaced_patterns (stems, TRUE));
              g_ptr_array_add (stems, NULL);
              g_ptr_array_add (alt->stems, g_ptr_array_free (stems, FALSE));
            }
          g_ptr_array_add (word->alts, alt);
        }
    }
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

/* Letters a typo may have dropped or replaced: the word's own script, as
 * folded (no final forms; no أ إ آ ى ة). */
static const gunichar latin_letters[] = U"abcdefghijklmnopqrstuvwxyz0123456789";
static const gunichar hebrew_letters[] = U"אבגדהוזחטיכלמנסעפצקרשת";
static const gunichar arabic_letters[] = U"ءابتثجحخدذرزسشصضطظعغفقكلمنهوي";

static const gunichar *
alphabet_of (gunichar  first,
             guint    *n)
{
  if (first >= 0x05D0 && first <= 0x05EA)
    {
      *n = G_N_ELEMENTS (hebrew_letters) - 1;
      return hebrew_letters;
    }
  if (first >= 0x0621 && first <= 0x064A)
    {
      *n = G_N_ELEMENTS (arabic_letters) - 1;
      return arabic_letters;
    }
  *n = G_N_ELEMENTS (latin_letters) - 1;
  return latin_letters;
}

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
  w = _cn_search_index_find_word (c->index, c->candidate->str);
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
  guint n_alphabet;
  const gunichar *alphabet = alphabet_of (chars[0], &n_alphabet);
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

/* The index's word to look for instead of @word, which matched nothing:
 * one edit away, when @word is long enough and not a correction itself;
 * else NULL. */
const char *
_cn_search_index_correct_word (const CnSearchIndex *index,
                               const CnSearchWord  *word)
{
  if (word->corrected || g_utf8_strlen (word->word, -1) < CORRECT_MIN_LETTERS)
    return NULL;
  return correct_word (index, word->word);
}

/**
 * cn_search_index_correct:
 *
 * Looks up each query word of five letters or more that matches nothing in
 * the index (not as a word start, a stem or a synonym) with one edit
 * against the index's words, word by word: the other words are left as
 * they are, whether or not they match.
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

      memset (levels, 0, (gsize) CN_SEARCH_N_TIERS * CN_SEARCH_N_QUALITIES * index->n_blocks * sizeof (guint64));
      if (_cn_search_index_collect_word (index, word, levels))
        continue;
      corrections[w] = _cn_search_index_correct_word (index, word);
      any |= corrections[w] != NULL;
    }

  return any ? cn_search_query_correct (query, corrections) : NULL;
}
