/* cn-comparison-view.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"
#include "cn-comparison.h"

G_BEGIN_DECLS

#define CN_TYPE_COMPARISON_VIEW (cn_comparison_view_get_type ())

G_DECLARE_FINAL_TYPE (CnComparisonView, cn_comparison_view, CN, COMPARISON_VIEW, GtkWidget)

void         cn_comparison_view_set_model      (CnComparisonView *self,
                                                CnCatalog        *catalog,
                                                CnComparison     *comparison);
void         cn_comparison_view_update         (CnComparisonView *self);

/* For the tests and the benchmark: the table as built. */
gboolean     cn_comparison_view_is_complete    (CnComparisonView *self);
GtkWidget   *cn_comparison_view_get_table      (CnComparisonView *self);
GtkWidget   *cn_comparison_view_get_row        (CnComparisonView *self,
                                                const char       *row_id);
char        *cn_comparison_view_dup_cell_text  (CnComparisonView *self,
                                                const char       *row_id,
                                                guint             column);
gboolean     cn_comparison_view_row_differs    (CnComparisonView *self,
                                                const char       *row_id);

G_END_DECLS
