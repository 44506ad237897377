/* cn-network-list.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-facets.h"
#include "cn-ranked-selection.h"
#include "cn-shortlist.h"

G_BEGIN_DECLS

#define CN_TYPE_NETWORK_LIST (cn_network_list_get_type ())

G_DECLARE_FINAL_TYPE (CnNetworkList, cn_network_list, CN, NETWORK_LIST, GtkWidget)

GtkWidget         *cn_network_list_new             (void);
CnRankedSelection *cn_network_list_get_selection   (CnNetworkList     *self);
void               cn_network_list_set_selection   (CnNetworkList     *self,
                                                    CnRankedSelection *selection);
void               cn_network_list_set_search_text (CnNetworkList     *self,
                                                    const char        *text);
void               cn_network_list_set_shortlist   (CnNetworkList     *self,
                                                    CnShortlist       *shortlist);
void               cn_network_list_set_facets      (CnNetworkList     *self,
                                                    CnFacets          *facets);
void               cn_network_list_set_search_query (CnNetworkList *self,
                                                     CnSearchQuery *query,
                                                     const char    *corrected_text);
const char        *cn_network_list_get_result_text (CnNetworkList     *self);
gboolean           cn_network_list_focus_first     (CnNetworkList     *self);
void               cn_network_list_prepare_fonts   (CnNetworkList     *self);
void               cn_network_list_scroll_to       (CnNetworkList     *self,
                                                    guint              position);

G_END_DECLS
