/* cn-welcome-page.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"

G_BEGIN_DECLS

#define CN_TYPE_WELCOME_PAGE (cn_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (CnWelcomePage, cn_welcome_page, CN, WELCOME_PAGE, GtkWidget)

GtkWidget  *cn_welcome_page_new          (void);
void        cn_welcome_page_set_catalog  (CnWelcomePage *self,
                                          CnCatalog     *catalog);

G_END_DECLS
