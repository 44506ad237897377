/* cn-authorities-page.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"

G_BEGIN_DECLS

#define CN_TYPE_AUTHORITIES_PAGE (cn_authorities_page_get_type ())

G_DECLARE_FINAL_TYPE (CnAuthoritiesPage, cn_authorities_page, CN, AUTHORITIES_PAGE, GtkWidget)

GtkWidget  *cn_authorities_page_new            (void);
void        cn_authorities_page_set_catalog    (CnAuthoritiesPage *self,
                                                CnCatalog         *catalog);
guint       cn_authorities_page_get_n_entries  (CnAuthoritiesPage *self);

G_END_DECLS
