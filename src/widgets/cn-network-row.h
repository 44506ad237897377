/* cn-network-row.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-network.h"
#include "cn-shortlist.h"
#include "cn-search.h"

G_BEGIN_DECLS

#define CN_TYPE_NETWORK_ROW (cn_network_row_get_type ())

G_DECLARE_FINAL_TYPE (CnNetworkRow, cn_network_row, CN, NETWORK_ROW, GtkWidget)

GtkWidget *cn_network_row_new         (void);
CnNetwork *cn_network_row_get_network (CnNetworkRow *self);
void       cn_network_row_prepare_fonts (CnNetworkRow  *self);
void       cn_network_row_set_highlight (CnNetworkRow  *self,
                                         CnSearchQuery *query);
void       cn_network_row_set_network (CnNetworkRow *self,
                                       CnNetwork    *network);
void       cn_network_row_set_shortlist (CnNetworkRow *self,
                                         CnShortlist  *shortlist);
gboolean   cn_network_row_get_starred (CnNetworkRow *self);
void       cn_network_row_set_deferred (CnNetworkRow *self,
                                        gboolean      deferred);
gboolean   cn_network_row_is_up_to_date (CnNetworkRow *self);

G_END_DECLS
