/* cn-facet-labels.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-facets.h"

G_BEGIN_DECLS

const char  *cn_facet_label                (CnFacet    facet);
const char  *cn_facet_value_label          (CnFacets  *facets,
                                            CnFacet    facet,
                                            guint      value);
char        *cn_facet_dup_filter_label     (CnFacets  *facets,
                                            CnFacet    facet,
                                            guint      value);

G_END_DECLS
