/* cn-window.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-application.h"
#include "cn-catalog.h"

G_BEGIN_DECLS

#define CN_TYPE_WINDOW (cn_window_get_type ())

G_DECLARE_FINAL_TYPE (CnWindow, cn_window, CN, WINDOW, GtkApplicationWindow)

CnWindow  *cn_window_new              (CnApplication *application,
                                       CnCatalog     *catalog);
CnCatalog *cn_window_get_catalog      (CnWindow      *self);
void       cn_window_show_message     (CnWindow      *self,
                                       const char    *message);
void       cn_window_show_progress    (CnWindow      *self,
                                       const char    *message);
gboolean   cn_window_select_network   (CnWindow      *self,
                                       const char    *id);
gboolean   cn_window_select_benefit   (CnWindow      *self,
                                       const char    *id);
void       cn_window_set_search       (CnWindow      *self,
                                       const char    *text);

G_END_DECLS
