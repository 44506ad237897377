/* cn-deadlines-view.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"
#include "cn-deadlines.h"

G_BEGIN_DECLS

#define CN_TYPE_DEADLINES_VIEW (cn_deadlines_view_get_type ())

G_DECLARE_FINAL_TYPE (CnDeadlinesView, cn_deadlines_view, CN, DEADLINES_VIEW, GtkWidget)

GtkWidget     *cn_deadlines_view_new           (void);
void           cn_deadlines_view_set_catalog   (CnDeadlinesView *self,
                                                CnCatalog       *catalog);
void           cn_deadlines_view_set_now       (CnDeadlinesView *self,
                                                GDateTime       *now);
guint          cn_deadlines_view_get_n_calls   (CnDeadlinesView *self);
const CnCall  *cn_deadlines_view_get_call      (CnDeadlinesView *self,
                                                guint            index);
GtkWidget     *cn_deadlines_view_get_row       (CnDeadlinesView *self,
                                                guint            index);
gboolean       cn_deadlines_view_write_ics     (CnDeadlinesView *self,
                                                int              index,
                                                GFile           *file,
                                                GError         **error);
const char    *cn_deadline_status_label        (CnDeadlineStatus status);

G_END_DECLS
