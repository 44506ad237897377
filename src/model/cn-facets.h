/* cn-facets.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cn-types.h"

G_BEGIN_DECLS

typedef enum
{
  CN_FACET_THEME,
  CN_FACET_REGION,
  CN_FACET_KIND,
  CN_FACET_STATUS,
  CN_FACET_ISRAEL,
  CN_FACET_FEE,
  CN_N_FACETS
} CnFacet;

/* A facet has at most this many values (one bit each per network). */
#define CN_FACET_MAX_VALUES 64

#define CN_TYPE_FACETS (cn_facets_get_type ())

G_DECLARE_FINAL_TYPE (CnFacets, cn_facets, CN, FACETS, GObject)

CnFacets    *cn_facets_new                (CnCatalog    *catalog);
const char  *cn_facet_get_id              (CnFacet       facet);
guint        cn_facets_get_n_values       (CnFacets     *self,
                                           CnFacet       facet);
const char  *cn_facets_get_value_id       (CnFacets     *self,
                                           CnFacet       facet,
                                           guint         value);
const CnTerm*cn_facets_get_value_term      (CnFacets     *self,
                                           CnFacet       facet,
                                           guint         value);
int          cn_facets_find_value         (CnFacets     *self,
                                           CnFacet       facet,
                                           const char   *value_id);
gboolean     cn_facets_network_has        (CnFacets     *self,
                                           guint         position,
                                           CnFacet       facet,
                                           guint         value);

void         cn_facets_set_selected       (CnFacets     *self,
                                           CnFacet       facet,
                                           guint         value,
                                           gboolean      selected);
gboolean     cn_facets_get_selected       (CnFacets     *self,
                                           CnFacet       facet,
                                           guint         value);
gboolean     cn_facets_is_active          (CnFacets     *self);
guint        cn_facets_get_n_selected     (CnFacets     *self);
gboolean     cn_facets_get_nth_selected   (CnFacets     *self,
                                           guint         n,
                                           CnFacet      *facet,
                                           guint        *value);
void         cn_facets_clear              (CnFacets     *self);

gboolean     cn_facets_match              (CnFacets     *self,
                                           guint         position);
void         cn_facets_count              (CnFacets     *self,
                                           const int    *ranks,
                                           guint         n_ranks,
                                           guint        *counts);
guint        cn_facets_count_index        (CnFacet       facet,
                                           guint         value);

G_END_DECLS
