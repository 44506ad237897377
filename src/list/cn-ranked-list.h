/* cn-ranked-list.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-search-filter.h"

G_BEGIN_DECLS

#define CN_TYPE_RANKED_LIST (cn_ranked_list_get_type ())

G_DECLARE_FINAL_TYPE (CnRankedList, cn_ranked_list, CN, RANKED_LIST, GObject)

CnRankedList *cn_ranked_list_new (GListModel     *items,
                                  CnSearchFilter *filter);
guint         cn_ranked_list_find_item (CnRankedList   *self,
                                        gpointer        item);

G_END_DECLS
