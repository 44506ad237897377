/* cn-search-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* A query's words as the plain matcher (cn-search.c) and the index
 * (cn-search-index.c) both read them: one set of rules, two ways to apply
 * them. */

#include "cn-search.h"

G_BEGIN_DECLS

/* One synonym: one or more words, each matched whole or by stem. */
typedef struct
{
  GStrv      words;
  GPtrArray *stems;      /* per word: GStrv of its stems, the word first */
  GPtrArray *patterns;   /* per word: GPtrArray of " stem " */
} CnSearchAlt;

typedef struct
{
  char      *word;       /* normalized, as typed */
  GPtrArray *variants;   /* the word, then without Hebrew prefixes */
  GPtrArray *stems;      /* the variants' stems, each variant first; NULL-terminated */
  GPtrArray *prefix_patterns;  /* " variant" */
  GPtrArray *exact_patterns;   /* " variant " */
  GPtrArray *stem_patterns;    /* " stem " */
  GPtrArray *stem_only_patterns; /* " stem " of the stems that are not variants */
  GPtrArray *alts;       /* CnSearchAlt */
  gboolean   corrected;  /* a typo correction: whole words and stems only */
} CnSearchWord;

struct _CnSearchQuery
{
  gatomicrefcount   ref_count;
  char             *text;
  GArray           *words;      /* CnSearchWord */
  CnSearchSynonyms *synonyms;   /* nullable */
};

/* Calls @func with @word's stems other than itself (a word is always its
 * own first stem). */
void _cn_search_foreach_stem (const char       *word,
                              gsize             len,
                              CnSearchWordFunc  func,
                              gpointer          user_data);

#define CN_SEARCH_MAX_SCORE   1000   /* per word: weight 10 × quality 100 */
#define CN_SEARCH_BONUS       50     /* × the field's weight, all words in one field */
#define CN_SEARCH_CORRECTED   40     /* % of the score kept by a corrected word */

G_END_DECLS
