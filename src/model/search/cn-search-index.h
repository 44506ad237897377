/* cn-search-index.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cn-search.h"

G_BEGIN_DECLS

/* An inverted index over a list of records, giving the same answers as
 * cn_search_doc_match() on each record's CnSearchDoc, in time that depends
 * on the matching words rather than on the size of the catalog. Building
 * one from documents is for the tests (cn-search-index-testing.h). */
typedef struct _CnSearchIndex        CnSearchIndex;
typedef struct _CnSearchIndexBuilder CnSearchIndexBuilder;

CnSearchIndexBuilder *cn_search_index_builder_new (void);
void           cn_search_index_builder_add_text   (CnSearchIndexBuilder *builder,
                                                   CnSearchTier          tier,
                                                   const char           *text);
void           cn_search_index_builder_end_record (CnSearchIndexBuilder *builder);
void           cn_search_index_builder_append     (CnSearchIndexBuilder *builder,
                                                   CnSearchIndexBuilder *other);
CnSearchIndex *cn_search_index_builder_end (CnSearchIndexBuilder      *builder);

void           cn_search_index_free    (CnSearchIndex             *index);
guint          cn_search_index_query   (const CnSearchIndex       *index,
                                        const CnSearchQuery       *query,
                                        int                       *ranks);
CnSearchQuery *cn_search_index_correct (const CnSearchIndex       *index,
                                        const CnSearchQuery       *query);
guint          cn_search_index_query_corrected (const CnSearchIndex  *index,
                                                const CnSearchQuery  *query,
                                                int                  *ranks,
                                                CnSearchQuery       **corrected);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnSearchIndex, cn_search_index_free)

G_END_DECLS
