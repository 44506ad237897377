/* cn-filter-popover.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-facets.h"
#include "cn-search-filter.h"

G_BEGIN_DECLS

#define CN_TYPE_FILTER_POPOVER (cn_filter_popover_get_type ())

G_DECLARE_FINAL_TYPE (CnFilterPopover, cn_filter_popover, CN, FILTER_POPOVER, GtkPopover)

GtkWidget   *cn_filter_popover_new          (CnFacets        *facets,
                                             CnSearchFilter  *filter);
GtkWidget   *cn_filter_popover_get_check    (CnFilterPopover *self,
                                             CnFacet          facet,
                                             guint            value);
gboolean     cn_filter_popover_move_focus   (CnFilterPopover *self,
                                             GtkDirectionType direction);
guint        cn_filter_popover_get_count    (CnFilterPopover *self,
                                             CnFacet          facet,
                                             guint            value);

G_END_DECLS
