/* cn-search.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Matching rules, shared by every view (README.md, "Search"):
 * - case-, accent- and niqqud-insensitive; Hebrew final letters match their
 *   regular forms; apostrophes and geresh/gershayim are ignored (ג'י = גי);
 * - the text is cut into words; each query word must start a word of the
 *   record, or share its stem (English: Snowball's English stemmer; Hebrew:
 *   common suffixes), or be a synonym of one (the catalog's groups), or, as a
 *   typo correction, be one edit away from one;
 * - a Hebrew word may carry the one-letter prefixes ו ה ב ל מ ש כ (up to three,
 *   as in וה, שב, ול): both the query word and the record's words also count
 *   without them, so “והאקלים” finds “אקלים” and the reverse;
 * - Arabic (cn-search-arabic.c), whatever the interface language: tashkeel
 *   (U+064B–U+065F, the superscript alef U+0670) and the tatweel ـ are
 *   ignored (مُنَاخ = مـنـاخ = مناخ); the alef forms أ إ آ ٱ are ا, alef
 *   maqsura ى is ya ي, ta marbuta ة is ha ه; the Arabic-Indic digits ٠–٩ and
 *   ۰–۹ are 0–9 (“٤٠” = “40”);
 * - an Arabic word may carry a conjunction و ف, then a preposition ب ك ل,
 *   then the article ال (each optional, in that order; ل + ال is written لل):
 *   like the Hebrew prefixes, both sides also count without them, so
 *   “والمناخ”, “بالمناخ” and “للمناخ” find “مناخ” and the reverse, while a
 *   word that only starts with those letters (لبنان) still finds itself.
 *   A form without them keeps two letters at least and is never the article
 *   or prefixes alone (بال does not find every ال… word);
 * - every query word must match; a record scores, for each word, the weight
 *   of the best field it matched in times the quality of the match (whole
 *   word, same stem, synonym, word start; a corrected word scores less), plus a bonus when all
 *   the words matched in one field. The rank is lower for a higher score. */

/* The fields of a record, by weight (the first is the most telling). */
typedef enum
{
  CN_SEARCH_PRIMARY,      /* name, acronym, aliases, short name */
  CN_SEARCH_SUMMARY,
  CN_SEARCH_THEMES,
  CN_SEARCH_BENEFITS,     /* what a network delivers, with its examples */
  CN_SEARCH_PROGRAMMES,
  CN_SEARCH_DESCRIPTION,
  CN_SEARCH_SECONDARY,    /* the rest: secretariat, founders, commitments, … */
  CN_SEARCH_CASE_STUDIES, /* case-study sections that name the record */
  CN_SEARCH_N_TIERS
} CnSearchTier;

/* How a query word met a record's word, best first. */
typedef enum
{
  CN_SEARCH_EXACT,        /* the whole word */
  CN_SEARCH_STEM,         /* another form of it */
  CN_SEARCH_SYNONYM,      /* a word of one of its synonym groups */
  CN_SEARCH_PREFIX,       /* the start of a word */
  CN_SEARCH_N_QUALITIES
} CnSearchQuality;

typedef struct _CnSearchQuery      CnSearchQuery;
typedef struct _CnSearchDoc        CnSearchDoc;
typedef struct _CnSearchDocBuilder CnSearchDocBuilder;
typedef struct _CnSearchSynonyms   CnSearchSynonyms;

#define CN_SEARCH_NO_MATCH (-1)

typedef void (*CnSearchWordFunc) (const char *word,
                                  gsize       length,
                                  gpointer    user_data);

char               *cn_search_normalize           (const char          *text);
void                cn_search_foreach_word        (const char          *text,
                                                   CnSearchWordFunc     func,
                                                   gpointer             user_data);
char               *cn_search_stem                (const char          *word,
                                                   gsize                length);

int                 cn_search_get_weight          (CnSearchTier         tier);
int                 cn_search_get_quality         (CnSearchQuality      quality);
int                 cn_search_score               (CnSearchTier         tier,
                                                   CnSearchQuality      quality,
                                                   gboolean             corrected);
int                 cn_search_rank_from_score     (const CnSearchQuery *query,
                                                   int                  score);

CnSearchSynonyms   *cn_search_synonyms_new        (const char * const * const *groups,
                                                   guint                n_groups);
CnSearchSynonyms   *cn_search_synonyms_ref        (CnSearchSynonyms    *synonyms);
void                cn_search_synonyms_unref      (CnSearchSynonyms    *synonyms);

CnSearchQuery      *cn_search_query_new           (const char          *text);
CnSearchQuery      *cn_search_query_new_full      (const char          *text,
                                                   CnSearchSynonyms    *synonyms);
CnSearchQuery      *cn_search_query_ref           (CnSearchQuery       *query);
void                cn_search_query_unref         (CnSearchQuery       *query);
void                cn_search_query_free          (CnSearchQuery       *query);
gboolean            cn_search_query_is_empty      (const CnSearchQuery *query);
const char         *cn_search_query_get_text      (const CnSearchQuery *query);
guint               cn_search_query_get_n_words   (const CnSearchQuery *query);
const char         *cn_search_query_get_word      (const CnSearchQuery *query,
                                                   guint                word);
gboolean            cn_search_query_is_corrected  (const CnSearchQuery *query);
CnSearchQuery      *cn_search_query_correct       (const CnSearchQuery *query,
                                                   const char * const  *corrections);
char               *cn_search_query_highlight     (const CnSearchQuery *query,
                                                   const char          *text);

CnSearchDocBuilder *cn_search_doc_builder_new     (void);
void                cn_search_doc_builder_add     (CnSearchDocBuilder  *builder,
                                                   CnSearchTier         tier,
                                                   const char          *text);
CnSearchDoc        *cn_search_doc_builder_end     (CnSearchDocBuilder  *builder);
void                cn_search_doc_free            (CnSearchDoc         *doc);
int                 cn_search_doc_match           (const CnSearchDoc   *doc,
                                                   const CnSearchQuery *query);
gsize               cn_search_doc_get_size        (const CnSearchDoc   *doc);
const char         *cn_search_doc_get_words       (const CnSearchDoc   *doc,
                                                   CnSearchTier         tier);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnSearchQuery, cn_search_query_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnSearchDoc, cn_search_doc_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnSearchSynonyms, cn_search_synonyms_unref)

G_END_DECLS
