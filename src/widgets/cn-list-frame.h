/* cn-list-frame.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CN_TYPE_LIST_FRAME (cn_list_frame_get_type ())

G_DECLARE_FINAL_TYPE (CnListFrame, cn_list_frame, CN, LIST_FRAME, GtkWidget)

GtkWidget   *cn_list_frame_new            (void);
GtkWidget   *cn_list_frame_get_child      (CnListFrame *self);
void         cn_list_frame_set_child      (CnListFrame *self,
                                           GtkWidget   *child);
GtkListView *cn_list_frame_get_list_view  (CnListFrame *self);
gboolean     cn_list_frame_focus_selected (CnListFrame *self);
gboolean     cn_list_frame_focus_position (CnListFrame *self,
                                           guint        position);

G_END_DECLS
