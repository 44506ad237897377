/* cn-glossary-page.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"

G_BEGIN_DECLS

#define CN_TYPE_GLOSSARY_PAGE (cn_glossary_page_get_type ())

G_DECLARE_FINAL_TYPE (CnGlossaryPage, cn_glossary_page, CN, GLOSSARY_PAGE, GtkWidget)

GtkWidget  *cn_glossary_page_new            (void);
void        cn_glossary_page_set_catalog    (CnGlossaryPage *self,
                                             CnCatalog      *catalog);
guint       cn_glossary_page_get_n_entries  (CnGlossaryPage *self);
void        cn_glossary_page_scroll_to_term (CnGlossaryPage *self,
                                             const char     *term);

G_END_DECLS
