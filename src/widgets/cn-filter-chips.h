/* cn-filter-chips.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-facets.h"

G_BEGIN_DECLS

#define CN_TYPE_FILTER_CHIPS (cn_filter_chips_get_type ())

G_DECLARE_FINAL_TYPE (CnFilterChips, cn_filter_chips, CN, FILTER_CHIPS, GtkWidget)

GtkWidget   *cn_filter_chips_new          (void);
void         cn_filter_chips_set_facets   (CnFilterChips *self,
                                           CnFacets      *facets);

G_END_DECLS
