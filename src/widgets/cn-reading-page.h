/* cn-reading-page.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-text.h"
#include "cn-types.h"

G_BEGIN_DECLS

/* What the four reading pages (a network, a benefit, the welcome page, the
 * case study) share: a box of sections below a fixed top, and a note that
 * shows when some text is in English because its Hebrew is missing. Each
 * widget embeds one and points it at its template's widgets. */
typedef struct
{
  GtkBox   *sections_box;
  GtkLabel *fallback_label;
  gboolean  has_fallback;
} CnReadingPage;

void         cn_reading_page_init            (CnReadingPage   *page,
                                              GtkBox          *sections_box,
                                              GtkLabel        *fallback_label);
void         cn_reading_page_clear           (CnReadingPage   *page);
void         cn_reading_page_note_fallback   (CnReadingPage   *page,
                                              const CnText    *text);
void         cn_reading_page_show_data_text  (CnReadingPage   *page,
                                              GtkLabel        *label,
                                              const CnText    *text);
GtkBox      *cn_reading_page_add_section     (CnReadingPage   *page,
                                              const char      *heading);
void         cn_reading_page_add_text_section (CnReadingPage  *page,
                                              const char      *heading,
                                              const CnText    *text);
GtkWidget   *cn_reading_page_body_label_new  (CnReadingPage   *page,
                                              const CnText    *text);
void         cn_reading_page_add_sources     (GtkBox          *section,
                                              const CnSource  *sources,
                                              guint            n_sources,
                                              const char      *verified);
void         cn_reading_page_update_fallback (CnReadingPage   *page);
void         cn_reading_page_add_source_links (GtkBox         *box,
                                              const GArray    *sources);

G_END_DECLS
