/* cn-search-doc.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The plain matcher: a record's words as a search document, matched
 * against a query, and the scores both it and the index rank by. */

#include "config.h"

#include <string.h>

#include "cn-search-private.h"

/* A record's words are kept as one string per field, " word word … ", so
 * that "a word starts with q" is a single strstr() for " q" — glibc's strstr
 * is vectorized. Next to them, the words' stems (other than the words
 * themselves), " stem stem … ". This plain matcher is the reference the
 * index (cn-search-index.c) is tested against. */
struct _CnSearchDoc
{
  char *words[CN_SEARCH_N_TIERS];
  char *stems[CN_SEARCH_N_TIERS];
};

struct _CnSearchDocBuilder
{
  GString *words[CN_SEARCH_N_TIERS];
  GString *stems[CN_SEARCH_N_TIERS];
};

/* Scores */

/* README.md, "Search", explains these numbers: keep the two in step. */
static const int tier_weights[CN_SEARCH_N_TIERS] = {
  [CN_SEARCH_PRIMARY] = 10,
  [CN_SEARCH_SUMMARY] = 6,
  [CN_SEARCH_THEMES] = 5,
  [CN_SEARCH_BENEFITS] = 4,
  [CN_SEARCH_PROGRAMMES] = 4,
  [CN_SEARCH_DESCRIPTION] = 3,
  [CN_SEARCH_SECONDARY] = 2,
  [CN_SEARCH_CASE_STUDIES] = 1,
};

static const int qualities[CN_SEARCH_N_QUALITIES] = {
  [CN_SEARCH_EXACT] = 100,
  [CN_SEARCH_STEM] = 85,
  [CN_SEARCH_PREFIX] = 60,
  [CN_SEARCH_SYNONYM] = 70,
};

int
cn_search_get_weight (CnSearchTier tier)
{
  g_return_val_if_fail (tier < CN_SEARCH_N_TIERS, 0);
  return tier_weights[tier];
}

int
cn_search_get_quality (CnSearchQuality quality)
{
  g_return_val_if_fail (quality < CN_SEARCH_N_QUALITIES, 0);
  return qualities[quality];
}

/**
 * cn_search_score:
 *
 * Returns: what one query word scores when it matched in @tier with
 *   @quality; a corrected word keeps %CN_SEARCH_CORRECTED percent of it
 */
int
cn_search_score (CnSearchTier    tier,
                 CnSearchQuality quality,
                 gboolean        corrected)
{
  int score = tier_weights[tier] * qualities[quality];

  return corrected ? score * CN_SEARCH_CORRECTED / 100 : score;
}

/**
 * cn_search_rank_from_score:
 *
 * Returns: the rank for a record that scored @score: 0 for the best score
 *   the query's words could have, higher for worse
 */
int
cn_search_rank_from_score (const CnSearchQuery *query,
                           int                  score)
{
  int n = (int) query->words->len;
  int best = n * CN_SEARCH_MAX_SCORE + (n > 1 ? tier_weights[0] * CN_SEARCH_BONUS : 0);

  return MAX (best - score, 0);
}

/* Documents */

CnSearchDocBuilder *
cn_search_doc_builder_new (void)
{
  CnSearchDocBuilder *builder = g_new0 (CnSearchDocBuilder, 1);

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      builder->words[t] = g_string_new (" ");
      builder->stems[t] = g_string_new (" ");
    }
  return builder;
}

static void
append_token_cb (const char *word,
                 gsize       len,
                 gpointer    user_data)
{
  GString *tier = user_data;

  g_string_append_len (tier, word, len);
  g_string_append_c (tier, ' ');
}

typedef struct
{
  GString *words;
  GString *stems;
} DocTier;

static void
append_word_cb (const char *word,
                gsize       len,
                gpointer    user_data)
{
  DocTier *tier = user_data;

  append_token_cb (word, len, tier->words);
  _cn_search_foreach_stem (word, len, append_token_cb, tier->stems);
}

void
cn_search_doc_builder_add (CnSearchDocBuilder *builder,
                           CnSearchTier        tier,
                           const char         *text)
{
  DocTier doc_tier;

  g_return_if_fail (builder != NULL);
  g_return_if_fail (tier < CN_SEARCH_N_TIERS);

  doc_tier.words = builder->words[tier];
  doc_tier.stems = builder->stems[tier];
  if (text != NULL)
    _cn_search_foreach_folded_word (text, TRUE, append_word_cb, &doc_tier);
}

CnSearchDoc *
cn_search_doc_builder_end (CnSearchDocBuilder *builder)
{
  CnSearchDoc *doc = g_new0 (CnSearchDoc, 1);

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      doc->words[t] = g_string_free (builder->words[t], FALSE);
      doc->stems[t] = g_string_free (builder->stems[t], FALSE);
    }
  g_free (builder);

  return doc;
}

void
cn_search_doc_free (CnSearchDoc *doc)
{
  if (doc == NULL)
    return;
  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      g_free (doc->words[t]);
      g_free (doc->stems[t]);
    }
  g_free (doc);
}

gsize
cn_search_doc_get_size (const CnSearchDoc *doc)
{
  gsize size = sizeof *doc;

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    size += strlen (doc->words[t]) + strlen (doc->stems[t]) + 2;
  return size;
}

static gboolean
any_in (const char *haystack,
        GPtrArray  *patterns)
{
  for (guint i = 0; i < patterns->len; i++)
    if (strstr (haystack, patterns->pdata[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* A word, whole or by one of its stems (@patterns: " stem "). */
static gboolean
stem_in (const CnSearchDoc *doc,
         guint              t,
         GPtrArray         *patterns)
{
  return any_in (doc->words[t], patterns) || any_in (doc->stems[t], patterns);
}

static gboolean
alt_in (const CnSearchDoc *doc,
        guint              t,
        const CnSearchAlt *alt)
{
  for (guint w = 0; w < alt->patterns->len; w++)
    if (!stem_in (doc, t, alt->patterns->pdata[w]))
      return FALSE;
  return TRUE;
}

/* A phrase whose words are all in the record, not all in one field. */
static gboolean
alt_anywhere (const CnSearchDoc *doc,
              const CnSearchAlt *alt)
{
  for (guint w = 0; w < alt->patterns->len; w++)
    {
      gboolean found = FALSE;

      for (guint t = 0; t < CN_SEARCH_N_TIERS && !found; t++)
        found = stem_in (doc, t, alt->patterns->pdata[w]);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* The best quality @word meets in field @t, or -1. Cheapest tests first:
 * no word starts with the word, then none is it whole either. */
static int
best_in_tier (const CnSearchDoc  *doc,
              guint               t,
              const CnSearchWord *word)
{
  gboolean prefix = !word->corrected && any_in (doc->words[t], word->prefix_patterns);

  if ((prefix || word->corrected) && any_in (doc->words[t], word->exact_patterns))
    return CN_SEARCH_EXACT;
  if (any_in (doc->words[t], word->stem_only_patterns) || any_in (doc->stems[t], word->stem_patterns))
    return CN_SEARCH_STEM;
  /* A synonym, whole, counts more than the start of a word. */
  for (guint a = 0; a < word->alts->len; a++)
    {
      const CnSearchAlt *alt = word->alts->pdata[a];

      if (alt_in (doc, t, alt))
        return CN_SEARCH_SYNONYM;
      /* Spread over fields, a phrase counts as found in "the rest". */
      if (t == CN_SEARCH_SECONDARY && alt->patterns->len > 1 && alt_anywhere (doc, alt))
        return CN_SEARCH_SYNONYM;
    }
  if (prefix)
    return CN_SEARCH_PREFIX;
  return -1;
}

/**
 * cn_search_doc_match:
 *
 * Returns: %CN_SEARCH_NO_MATCH, or the rank of the match (lower is better,
 *   see cn_search_rank_from_score()): every word must match; each scores its
 *   best field and quality, and all words in one field add a bonus
 */
int
cn_search_doc_match (const CnSearchDoc   *doc,
                     const CnSearchQuery *query)
{
  int score = 0;
  guint common = (1u << CN_SEARCH_N_TIERS) - 1;

  g_return_val_if_fail (doc != NULL, CN_SEARCH_NO_MATCH);
  g_return_val_if_fail (query != NULL, CN_SEARCH_NO_MATCH);

  for (guint i = 0; i < query->words->len; i++)
    {
      const CnSearchWord *word = &g_array_index (query->words, CnSearchWord, i);
      int best = 0;
      guint tiers = 0;

      for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
        {
          int q = best_in_tier (doc, t, word);

          if (q >= 0)
            {
              best = MAX (best, cn_search_score (t, q, word->corrected));
              tiers |= 1u << t;
            }
        }

      if (tiers == 0)
        return CN_SEARCH_NO_MATCH;
      score += best;
      common &= tiers;
    }

  /* All the words in one field: its weight as a bonus (the best field). */
  if (query->words->len > 1 && common != 0)
    score += tier_weights[g_bit_nth_lsf (common, -1)] * CN_SEARCH_BONUS;

  return cn_search_rank_from_score (query, score);
}

/**
 * cn_search_doc_get_words:
 *
 * Returns: the normalized words of a field, as " word word … " (each word,
 *   and each of its prefix-less forms, between single spaces)
 */
const char *
cn_search_doc_get_words (const CnSearchDoc *doc,
                         CnSearchTier       tier)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (tier < CN_SEARCH_N_TIERS, NULL);
  return doc->words[tier];
}
