/* cn-search.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Matching rules, shared by every view:
 * - case-, accent- and niqqud-insensitive; Hebrew final letters match their
 *   regular forms; apostrophes and geresh/gershayim are ignored (ג'י = גי);
 * - the text is cut into words; each query word must start a word of the record;
 * - a Hebrew word may carry the one-letter prefixes ו ה ב ל מ ש כ (up to three,
 *   as in וה, שב, ול): both the query word and the record's words also count
 *   without them, so “והאקלים” finds “אקלים” and the reverse;
 * - every query word must match; words matched in the primary fields (name,
 *   acronym, aliases) rank first. */

typedef enum
{
  CN_SEARCH_PRIMARY,    /* name, acronym, aliases */
  CN_SEARCH_SECONDARY,  /* summary, description, themes, … */
} CnSearchTier;

typedef struct _CnSearchQuery      CnSearchQuery;
typedef struct _CnSearchDoc        CnSearchDoc;
typedef struct _CnSearchDocBuilder CnSearchDocBuilder;

#define CN_SEARCH_NO_MATCH (-1)

typedef void (*CnSearchWordFunc) (const char *word,
                                  gsize       length,
                                  gpointer    user_data);

char               *cn_search_normalize           (const char          *text);
void                cn_search_foreach_word        (const char          *text,
                                                   CnSearchWordFunc     func,
                                                   gpointer             user_data);

CnSearchQuery      *cn_search_query_new           (const char          *text);
void                cn_search_query_free          (CnSearchQuery       *query);
gboolean            cn_search_query_is_empty      (const CnSearchQuery *query);
const char         *cn_search_query_get_text      (const CnSearchQuery *query);
guint               cn_search_query_get_n_words   (const CnSearchQuery *query);

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
guint               cn_search_query_get_n_variants (const CnSearchQuery *query,
                                                   guint                word);
const char         *cn_search_query_get_variant   (const CnSearchQuery *query,
                                                   guint                word,
                                                   guint                variant);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnSearchQuery, cn_search_query_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnSearchDoc, cn_search_doc_free)

G_END_DECLS
