/* cn-fit-finder.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"
#include "cn-fit.h"

G_BEGIN_DECLS

#define CN_TYPE_FIT_FINDER (cn_fit_finder_get_type ())

G_DECLARE_FINAL_TYPE (CnFitFinder, cn_fit_finder, CN, FIT_FINDER, GtkWindow)

CnFitFinder *cn_fit_finder_new              (GtkWindow    *parent,
                                             CnCatalog    *catalog,
                                             GSettings    *settings);
void         cn_fit_finder_show_questions   (CnFitFinder  *self);
void         cn_fit_finder_show_results     (CnFitFinder  *self);
gboolean     cn_fit_finder_get_showing_results (CnFitFinder *self);
GPtrArray   *cn_fit_finder_get_results      (CnFitFinder  *self);
GtkWidget   *cn_fit_finder_get_result_row   (CnFitFinder  *self,
                                             guint         index);

G_END_DECLS
