/* cn-window-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Internal access for the tests and the benchmark. */

#include "cn-window.h"

G_BEGIN_DECLS

typedef void (*CnUriLauncher) (GtkWindow  *window,
                               const char *uri,
                               gpointer    user_data);

GListModel   *_cn_window_get_network_model      (CnWindow      *self);
CnNetwork    *_cn_window_get_selected_network   (CnWindow      *self);
const char   *_cn_window_get_detail_title       (CnWindow      *self);
gboolean      _cn_window_is_detail_complete     (CnWindow      *self);
GtkWindow    *_cn_window_get_help_overlay       (CnWindow      *self);
const char   *_cn_window_get_visible_view       (CnWindow      *self);
const char   *_cn_window_get_message            (CnWindow      *self);
gboolean      _cn_window_is_welcome_visible     (CnWindow      *self);
gboolean      _cn_window_is_empty_state_visible (CnWindow      *self);
gboolean      _cn_window_is_case_study_visible  (CnWindow      *self);
GtkWidget    *_cn_window_get_search_entry       (CnWindow      *self);
GtkWidget    *_cn_window_get_benefits_view      (CnWindow      *self);
GtkWidget    *_cn_window_get_case_study_panel   (CnWindow      *self);
GtkWidget    *_cn_window_get_network_list       (CnWindow      *self);
void          _cn_window_set_uri_launcher       (CnWindow      *self,
                                                 CnUriLauncher  launcher,
                                                 gpointer       user_data);

G_END_DECLS
