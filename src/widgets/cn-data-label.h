/* cn-data-label.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-bidi.h"
#include "cn-search.h"

G_BEGIN_DECLS

void         cn_label_set_data_text        (GtkLabel     *label,
                                            const CnText *text);
void         cn_label_set_data_text_highlighted (GtkLabel            *label,
                                                 const CnText        *text,
                                                 const CnSearchQuery *highlight);
gboolean     cn_ui_is_rtl                  (void);

G_END_DECLS
