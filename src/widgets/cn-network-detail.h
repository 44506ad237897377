/* cn-network-detail.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-shortlist.h"

#include "cn-catalog.h"
#include "cn-comparison.h"

G_BEGIN_DECLS

#define CN_TYPE_NETWORK_DETAIL (cn_network_detail_get_type ())

G_DECLARE_FINAL_TYPE (CnNetworkDetail, cn_network_detail, CN, NETWORK_DETAIL, GtkWidget)

CnNetwork   *cn_network_detail_get_network    (CnNetworkDetail *self);
void         cn_network_detail_set_network    (CnNetworkDetail *self,
                                               CnNetwork       *network);
void         cn_network_detail_set_case_studies (CnNetworkDetail *self,
                                                 GListModel      *studies);
void         cn_network_detail_set_shortlist  (CnNetworkDetail *self,
                                               CnShortlist     *shortlist);
void         cn_network_detail_set_comparison (CnNetworkDetail *self,
                                               CnComparison    *comparison);
void         cn_network_detail_set_highlight  (CnNetworkDetail *self,
                                               CnSearchQuery   *query);
const char  *cn_network_detail_get_title      (CnNetworkDetail *self);
GtkTextView *cn_network_detail_get_notes_view (CnNetworkDetail *self);
const char  *cn_network_detail_get_notes_status (CnNetworkDetail *self);
GtkToggleButton *cn_network_detail_get_star_button (CnNetworkDetail *self);
gboolean     cn_network_detail_is_complete    (CnNetworkDetail *self);
char        *cn_network_detail_dup_citation   (CnNetwork       *network);
char        *cn_network_detail_dup_report_uri (CnNetwork       *network);

G_END_DECLS
