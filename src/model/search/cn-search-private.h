/* cn-search-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* A query's words as the plain matcher (cn-search-doc.c) and the index
 * (cn-search-index.c) both read them: one set of rules, two ways to apply
 * them. The query (cn-search.c) is built from the folding
 * (cn-search-fold.c), the stems (cn-search-stem.c) and the synonyms
 * (cn-search-expand.c), which share the helpers below. */

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
  GPtrArray *variants;   /* the word, then without Hebrew or Arabic prefixes */
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

/* cn-search-fold.c */
gboolean _cn_search_is_ignored_char     (gunichar          c);
gboolean _cn_search_is_dropped_type     (GUnicodeType      type);
void     _cn_search_foreach_stripped    (const char       *word,
                                         gsize             len,
                                         void            (*func) (const char *, gsize, gpointer),
                                         gpointer          user_data);
void     _cn_search_foreach_folded_word (const char       *text,
                                         gboolean          with_stripped,
                                         CnSearchWordFunc  func,
                                         gpointer          user_data);
gboolean _cn_search_is_prefix_only      (const char       *word);

/* cn-search-arabic.c */
gunichar _cn_search_fold_arabic              (gunichar    c);
gboolean _cn_search_is_arabic_prefix_start   (gunichar    c);
void     _cn_search_foreach_arabic_stripped  (const char *word,
                                              gsize       len,
                                              void      (*func) (const char *, gsize, gpointer),
                                              gpointer    user_data);
gboolean _cn_search_is_arabic_prefix_only    (const char *word);

/* cn-search-stem.c */

/* Calls @func with @word's stems other than itself (a word is always its
 * own first stem). */
void _cn_search_foreach_stem (const char       *word,
                              gsize             len,
                              CnSearchWordFunc  func,
                              gpointer          user_data);
/* A CnSearchWordFunc: adds the word to a GPtrArray of strings, once. */
void       _cn_search_collect_stem_cb (const char *word,
                                       gsize       len,
                                       gpointer    user_data);
GPtrArray *_cn_search_stems_of        (const char *word);
gboolean   _cn_search_stems_meet      (GPtrArray  *stems,
                                       const char *stem);

/* cn-search.c */
GPtrArray *_cn_search_spaced_patterns (GPtrArray *words,
                                       gboolean   trailing);

/* cn-search-expand.c */
void _cn_search_alt_free     (gpointer          data);
void _cn_search_add_synonyms (CnSearchWord     *word,
                              CnSearchSynonyms *synonyms);

#define CN_SEARCH_MAX_SCORE   1000   /* per word: weight 10 × quality 100 */
#define CN_SEARCH_BONUS       50     /* × the field's weight, all words in one field */
#define CN_SEARCH_CORRECTED   40     /* % of the score kept by a corrected word */

G_END_DECLS
