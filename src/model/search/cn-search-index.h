/* cn-search-index.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cn-search.h"

G_BEGIN_DECLS

/* An inverted index over a list of CnSearchDoc, giving the same answers as
 * cn_search_doc_match() on each of them, in time that depends on the
 * matching words rather than on the size of the catalog. */
typedef struct _CnSearchIndex        CnSearchIndex;
typedef struct _CnSearchIndexBuilder CnSearchIndexBuilder;

CnSearchIndexBuilder *cn_search_index_builder_new (void);
void           cn_search_index_builder_add (CnSearchIndexBuilder      *builder,
                                            const CnSearchDoc         *doc);
void           cn_search_index_builder_add_text   (CnSearchIndexBuilder *builder,
                                                   CnSearchTier          tier,
                                                   const char           *text);
void           cn_search_index_builder_end_record (CnSearchIndexBuilder *builder);
void           cn_search_index_builder_append     (CnSearchIndexBuilder *builder,
                                                   CnSearchIndexBuilder *other);
CnSearchIndex *cn_search_index_builder_end (CnSearchIndexBuilder      *builder);

CnSearchIndex *cn_search_index_new    (const CnSearchDoc * const *docs,
                                       guint                      n_docs);
void           cn_search_index_free   (CnSearchIndex             *index);
guint          cn_search_index_query  (const CnSearchIndex       *index,
                                       const CnSearchQuery       *query,
                                       int                       *ranks);
gsize          cn_search_index_get_size (const CnSearchIndex     *index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnSearchIndex, cn_search_index_free)

G_END_DECLS
