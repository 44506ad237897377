/* cn-test-search.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For the tests that check the search index against the plain matcher. */

#pragma once

#include <string.h>

#include "cn-search.h"

/* Adds every @every-th word of @doc's two tiers to @words (copies), for
 * building random queries. */
static inline void
cn_test_collect_words (const CnSearchDoc *doc,
                       guint              every,
                       GPtrArray         *words)
{
  for (guint tier = 0; tier < CN_SEARCH_N_TIERS; tier++)
    {
      g_auto(GStrv) parts = g_strsplit (cn_search_doc_get_words (doc, tier), " ", -1);

      for (guint i = 0; parts[i]; i++)
        if (i % every == 0 && parts[i][0] != '\0')
          g_ptr_array_add (words, g_strdup (parts[i]));
    }
}

/* The plain reference for the typo correction of
 * cn_search_index_query_corrected(), worked out from the documents alone,
 * word by word: a query word of five letters or more that no document
 * matches is replaced by the documents' word one edit away (a letter of the
 * word's script inserted or put in place of another, a letter deleted, or
 * two neighbours swapped) that most (document, field) pairs have, the
 * first in sorted order between equals. */

/* The letters a typo may have dropped or replaced (cn-search-expand.c). */
static inline gboolean
cn_test_is_typo_letter (gunichar first,
                        gunichar c)
{
  if (first >= 0x05D0 && first <= 0x05EA)
    return c >= 0x05D0 && c <= 0x05EA && c != 0x05DA && c != 0x05DD && c != 0x05DF && c != 0x05E3 && c != 0x05E5;
  /* Arabic: the letters left after folding (no hamza seats, ة or ى). */
  if (first >= 0x0621 && first <= 0x064A)
    return c != 0 && g_utf8_strchr ("ءابتثجحخدذرزسشصضطظعغفقكلمنهوي", -1, c) != NULL;
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Whether @candidate is one edit from @word, as the correction counts. */
static inline gboolean
cn_test_is_one_edit (const char *word,
                     const char *candidate)
{
  glong n, m, i = 0;
  g_autofree gunichar *w = g_utf8_to_ucs4_fast (word, -1, &n);
  g_autofree gunichar *c = g_utf8_to_ucs4_fast (candidate, -1, &m);

  while (i < n && i < m && w[i] == c[i])
    i++;
  if (m == n)
    {
      if (i == n)
        return FALSE;
      /* Replaced */
      if (memcmp (w + i + 1, c + i + 1, (n - i - 1) * sizeof (gunichar)) == 0)
        return cn_test_is_typo_letter (w[0], c[i]);
      /* Swapped */
      return i + 1 < n && w[i] == c[i + 1] && w[i + 1] == c[i] &&
             memcmp (w + i + 2, c + i + 2, (n - i - 2) * sizeof (gunichar)) == 0;
    }
  /* Deleted */
  if (m == n - 1)
    return memcmp (w + i + 1, c + i, (n - i - 1) * sizeof (gunichar)) == 0;
  /* Inserted */
  if (m == n + 1)
    return memcmp (w + i, c + i + 1, (n - i) * sizeof (gunichar)) == 0 && cn_test_is_typo_letter (w[0], c[i]);
  return FALSE;
}

/* Whether any document matches @word alone. */
static inline gboolean
cn_test_word_matches (const CnSearchDoc * const *docs,
                      guint                      n_docs,
                      const char                *word,
                      CnSearchSynonyms          *synonyms)
{
  g_autoptr(CnSearchQuery) alone = cn_search_query_new_full (word, synonyms);

  for (guint d = 0; d < n_docs; d++)
    if (cn_search_doc_match (docs[d], alone) != CN_SEARCH_NO_MATCH)
      return TRUE;
  return FALSE;
}

/* Every word of the documents, with the number of (document, field) pairs
 * that have it: the dictionary the correction looks in. */
static inline GHashTable *
cn_test_dictionary_new (const CnSearchDoc * const *docs,
                        guint                      n_docs)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint d = 0; d < n_docs; d++)
    for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
      {
        g_auto(GStrv) parts = g_strsplit (cn_search_doc_get_words (docs[d], t), " ", -1);
        g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

        for (guint i = 0; parts[i] != NULL; i++)
          if (parts[i][0] != '\0' && g_hash_table_add (seen, parts[i]))
            {
              guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, parts[i]));

              g_hash_table_replace (counts, g_strdup (parts[i]), GUINT_TO_POINTER (count + 1));
            }
      }
  return counts;
}

/* The dictionary's word one edit from @word, or NULL. */
static inline const char *
cn_test_plain_correct_word (GHashTable *dictionary,
                            const char *word)
{
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  guint best_count = 0;

  g_hash_table_iter_init (&iter, dictionary);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (cn_test_is_one_edit (word, key) &&
        (best == NULL || GPOINTER_TO_UINT (value) > best_count ||
         (GPOINTER_TO_UINT (value) == best_count && strcmp (key, best) < 0)))
      {
        best = key;
        best_count = GPOINTER_TO_UINT (value);
      }
  return best;
}

/**
 * cn_test_plain_search_corrected:
 * @dictionary: from cn_test_dictionary_new() on @docs
 * @ranks: (array): one slot per document
 * @corrected: (out) (transfer full) (nullable): as from
 *   cn_search_index_query_corrected()
 *
 * Returns: the number of matching documents
 */
static inline guint
cn_test_plain_search_corrected (const CnSearchDoc * const *docs,
                                guint                      n_docs,
                                GHashTable                *dictionary,
                                const CnSearchQuery       *query,
                                CnSearchSynonyms          *synonyms,
                                int                       *ranks,
                                CnSearchQuery            **corrected)
{
  guint n_words = cn_search_query_get_n_words (query);
  g_autoptr(GPtrArray) corrections = g_ptr_array_new ();
  g_autoptr(CnSearchQuery) fixed = NULL;
  gboolean any = FALSE;
  guint n_matches = 0;

  for (guint w = 0; w < n_words; w++)
    {
      const char *word = cn_search_query_get_word (query, w);
      const char *correction = NULL;

      if (g_utf8_strlen (word, -1) >= 5 && !cn_test_word_matches (docs, n_docs, word, synonyms))
        correction = cn_test_plain_correct_word (dictionary, word);
      any |= correction != NULL;
      g_ptr_array_add (corrections, (gpointer) correction);
    }
  if (any)
    fixed = cn_search_query_correct (query, (const char * const *) corrections->pdata);

  for (guint d = 0; d < n_docs; d++)
    {
      ranks[d] = cn_search_doc_match (docs[d], fixed ? fixed : query);
      n_matches += ranks[d] != CN_SEARCH_NO_MATCH;
    }
  *corrected = n_matches > 0 ? g_steal_pointer (&fixed) : NULL;
  return n_matches;
}
