/* cn-search-filter.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"
#include "cn-facets.h"

G_BEGIN_DECLS

typedef enum
{
  CN_SEARCH_TARGET_NETWORKS,
  CN_SEARCH_TARGET_BENEFITS,
} CnSearchTarget;

#define CN_TYPE_SEARCH_FILTER (cn_search_filter_get_type ())

G_DECLARE_FINAL_TYPE (CnSearchFilter, cn_search_filter, CN, SEARCH_FILTER, GtkFilter)

CnSearchFilter *cn_search_filter_new       (CnCatalog      *catalog,
                                            CnSearchTarget  target);
const char     *cn_search_filter_get_text  (CnSearchFilter *self);
void            cn_search_filter_set_text  (CnSearchFilter *self,
                                            const char     *text);
const int      *cn_search_filter_get_ranks (CnSearchFilter *self,
                                            guint          *n_ranks);
const int      *cn_search_filter_get_search_ranks (CnSearchFilter *self,
                                                  guint          *n_ranks);
int             cn_search_filter_get_rank  (CnSearchFilter *self,
                                            guint           position);
void            cn_search_filter_set_facets (CnSearchFilter *self,
                                             CnFacets       *facets);
CnFacets       *cn_search_filter_get_facets (CnSearchFilter *self);
gboolean        cn_search_filter_is_active (CnSearchFilter *self);
CnSearchQuery  *cn_search_filter_get_query (CnSearchFilter *self);
const char     *cn_search_filter_get_corrected_text (CnSearchFilter *self);
GtkSorter      *cn_search_filter_create_sorter (CnSearchFilter *self);

G_END_DECLS
