/* cn-search-index-testing.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* FOR TESTS ONLY: built into libcn-model-testing, which only the tests, the
 * fuzzer and the benchmark link; the app builds its index from the texts
 * (cn_search_index_builder_add_text()). These build one from search
 * documents, to compare with the plain matcher, and measure it. */

#include "cn-search-index.h"

G_BEGIN_DECLS

void           cn_search_index_builder_add (CnSearchIndexBuilder      *builder,
                                            const CnSearchDoc         *doc);
CnSearchIndex *cn_search_index_new         (const CnSearchDoc * const *docs,
                                            guint                      n_docs);
gsize          cn_search_index_get_size    (const CnSearchIndex       *index);

G_END_DECLS
