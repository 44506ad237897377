/* cn-shortlist-view.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"
#include "cn-shortlist.h"

G_BEGIN_DECLS

#define CN_TYPE_SHORTLIST_VIEW (cn_shortlist_view_get_type ())

G_DECLARE_FINAL_TYPE (CnShortlistView, cn_shortlist_view, CN, SHORTLIST_VIEW, GtkWidget)

GtkWidget   *cn_shortlist_view_new              (void);
void         cn_shortlist_view_set_catalog      (CnShortlistView *self,
                                                 CnCatalog       *catalog);
void         cn_shortlist_view_set_shortlist    (CnShortlistView *self,
                                                 CnShortlist     *shortlist);
void         cn_shortlist_view_show_status      (CnShortlistView *self,
                                                 const char      *text);
char       **cn_shortlist_view_dup_network_ids  (CnShortlistView *self);
GtkListBox  *cn_shortlist_view_get_list_box     (CnShortlistView *self);
gboolean     cn_shortlist_view_is_empty         (CnShortlistView *self);

G_END_DECLS
