/* cn-search.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A query: the words typed, each with its forms, stems and synonyms as
 * the plain matcher (cn-search-doc.c) and the index (cn-search-index.c)
 * look for them. */

#include "config.h"

#include <string.h>

#include "cn-search-private.h"

static void
add_variant_cb (const char *word,
                gsize       len,
                gpointer    user_data)
{
  GPtrArray *variants = user_data;

  g_ptr_array_add (variants, g_strndup (word, len));
}

GPtrArray *
_cn_search_spaced_patterns (GPtrArray *words,
                            gboolean   trailing)
{
  GPtrArray *patterns = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < words->len && words->pdata[i] != NULL; i++)
    g_ptr_array_add (patterns, g_strconcat (" ", (char *) words->pdata[i], trailing ? " " : NULL, NULL));
  return patterns;
}

static void
clear_query_word (gpointer data)
{
  CnSearchWord *word = data;

  g_clear_pointer (&word->word, g_free);
  g_clear_pointer (&word->variants, g_ptr_array_unref);
  g_clear_pointer (&word->stems, g_ptr_array_unref);
  g_clear_pointer (&word->prefix_patterns, g_ptr_array_unref);
  g_clear_pointer (&word->exact_patterns, g_ptr_array_unref);
  g_clear_pointer (&word->stem_patterns, g_ptr_array_unref);
  g_clear_pointer (&word->stem_only_patterns, g_ptr_array_unref);
  g_clear_pointer (&word->alts, g_ptr_array_unref);
}

static void
init_query_word (CnSearchWord     *word,
                 const char       *text,
                 gboolean          corrected,
                 CnSearchSynonyms *synonyms)
{
  memset (word, 0, sizeof *word);
  word->word = g_strdup (text);
  word->corrected = corrected;
  word->variants = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (word->variants, g_strdup (text));
  /* A correction is a word of the index already, whole. */
  if (!corrected)
    _cn_search_foreach_stripped (text, strlen (text), add_variant_cb, word->variants);

  word->stems = g_ptr_array_new_with_free_func (g_free);
  for (guint v = 0; v < word->variants->len; v++)
    {
      const char *variant = word->variants->pdata[v];

      _cn_search_collect_stem_cb (variant, strlen (variant), word->stems);
      _cn_search_foreach_stem (variant, strlen (variant), _cn_search_collect_stem_cb, word->stems);
    }

  word->prefix_patterns = _cn_search_spaced_patterns (word->variants, FALSE);
  word->exact_patterns = _cn_search_spaced_patterns (word->variants, TRUE);
  word->stem_patterns = _cn_search_spaced_patterns (word->stems, TRUE);
  word->stem_only_patterns = g_ptr_array_new_with_free_func (g_free);
  for (guint s = 0; s < word->stems->len; s++)
    if (!_cn_search_stems_meet (word->variants, word->stems->pdata[s]))
      g_ptr_array_add (word->stem_only_patterns, g_strdup (word->stem_patterns->pdata[s]));
  g_ptr_array_add (word->stems, NULL);

  word->alts = g_ptr_array_new_with_free_func (_cn_search_alt_free);
  if (synonyms != NULL)
    _cn_search_add_synonyms (word, synonyms);
}

static CnSearchQuery *
query_new (const char        *text,
           CnSearchSynonyms  *synonyms,
           const char * const *corrections)
{
  CnSearchQuery *query = g_new0 (CnSearchQuery, 1);
  g_autofree char *normalized = cn_search_normalize (text ? text : "");
  g_auto(GStrv) words = NULL;
  guint n_words = 0;

  g_atomic_ref_count_init (&query->ref_count);
  query->text = g_strdup (text ? text : "");
  query->synonyms = synonyms ? cn_search_synonyms_ref (synonyms) : NULL;
  query->words = g_array_new (FALSE, TRUE, sizeof (CnSearchWord));
  g_array_set_clear_func (query->words, clear_query_word);

  words = g_strsplit (normalized, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      CnSearchWord word;
      gboolean duplicate = FALSE;
      const char *correction;

      if (words[i][0] == '\0')
        continue;
      /* "ב-C40", "ול-ICLEI" and "لـ ICLEI" split into the prefix letters and
       * the name: prefix letters alone are not a word of their own (unless
       * they are all the user typed). */
      if (g_strv_length (words) > 1 && _cn_search_is_prefix_only (words[i]))
        continue;
      for (guint j = 0; j < i && !duplicate; j++)
        duplicate = strcmp (words[i], words[j]) == 0;
      if (duplicate)
        continue;

      correction = corrections != NULL ? corrections[n_words] : NULL;
      n_words++;
      init_query_word (&word, correction ? correction : words[i], correction != NULL, synonyms);
      g_array_append_val (query->words, word);
    }

  return query;
}

CnSearchQuery *
cn_search_query_new (const char *text)
{
  return query_new (text, NULL, NULL);
}

/**
 * cn_search_query_new_full:
 * @synonyms: (nullable): groups whose words also match each other
 *
 * Returns: (transfer full): the query for @text
 */
CnSearchQuery *
cn_search_query_new_full (const char       *text,
                          CnSearchSynonyms *synonyms)
{
  return query_new (text, synonyms, NULL);
}

/**
 * cn_search_query_correct:
 * @corrections: (array length=n_words): per query word, the word to look
 *   for instead, or %NULL to keep it
 *
 * Returns: (transfer full): @query with the corrected words, which match
 *   only whole or by stem and score lower (%CN_SEARCH_CORRECTED); its text
 *   is the query's words, corrected, as the window shows them
 */
CnSearchQuery *
cn_search_query_correct (const CnSearchQuery *query,
                         const char * const  *corrections)
{
  g_autoptr(GString) text = g_string_new (NULL);
  CnSearchQuery *corrected;

  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (corrections != NULL, NULL);

  corrected = g_new0 (CnSearchQuery, 1);
  g_atomic_ref_count_init (&corrected->ref_count);
  corrected->synonyms = query->synonyms ? cn_search_synonyms_ref (query->synonyms) : NULL;
  corrected->words = g_array_new (FALSE, TRUE, sizeof (CnSearchWord));
  g_array_set_clear_func (corrected->words, clear_query_word);

  for (guint i = 0; i < query->words->len; i++)
    {
      const CnSearchWord *old = &g_array_index (query->words, CnSearchWord, i);
      gboolean fix = corrections[i] != NULL;
      CnSearchWord word;

      init_query_word (&word, fix ? corrections[i] : old->word, fix || old->corrected, query->synonyms);
      g_array_append_val (corrected->words, word);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, word.word);
    }
  corrected->text = g_string_free (g_steal_pointer (&text), FALSE);
  return corrected;
}

CnSearchQuery *
cn_search_query_ref (CnSearchQuery *query)
{
  g_atomic_ref_count_inc (&query->ref_count);
  return query;
}

void
cn_search_query_unref (CnSearchQuery *query)
{
  if (query == NULL || !g_atomic_ref_count_dec (&query->ref_count))
    return;
  g_free (query->text);
  g_array_unref (query->words);
  g_clear_pointer (&query->synonyms, cn_search_synonyms_unref);
  g_free (query);
}

void
cn_search_query_free (CnSearchQuery *query)
{
  cn_search_query_unref (query);
}

gboolean
cn_search_query_is_empty (const CnSearchQuery *query)
{
  return query == NULL || query->words->len == 0;
}

const char *
cn_search_query_get_text (const CnSearchQuery *query)
{
  return query->text;
}

guint
cn_search_query_get_n_words (const CnSearchQuery *query)
{
  return query->words->len;
}

/**
 * cn_search_query_get_word:
 *
 * Returns: the @word-th query word, normalized (the correction, for a
 *   corrected word)
 */
const char *
cn_search_query_get_word (const CnSearchQuery *query,
                          guint                word)
{
  g_return_val_if_fail (word < query->words->len, NULL);
  return g_array_index (query->words, CnSearchWord, word).word;
}

gboolean
cn_search_query_is_corrected (const CnSearchQuery *query)
{
  for (guint i = 0; query != NULL && i < query->words->len; i++)
    if (g_array_index (query->words, CnSearchWord, i).corrected)
      return TRUE;
  return FALSE;
}
