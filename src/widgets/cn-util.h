/* cn-util.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-text.h"

G_BEGIN_DECLS

void         cn_startup_clock_start        (void);
gint64       cn_startup_clock_elapsed      (void);
void         cn_apply_language_preference  (void);
const char  *cn_get_locale_dir             (void);
GSettings   *cn_settings_new               (void);
char        *cn_bidi_isolate               (const char   *text);
char        *cn_bidi_isolate_text          (const CnText *text);
char        *cn_bidi_isolate_latin_runs    (const char   *text);
char        *cn_bidi_prepare_text          (const char   *value,
                                            gboolean      rtl);
void         cn_label_set_data_text        (GtkLabel     *label,
                                            const CnText *text);
gboolean     cn_ui_is_rtl                  (void);

G_END_DECLS

G_BEGIN_DECLS

#include "cn-types.h"

const char  *cn_kind_label                 (CnNetworkKind        kind);
const char  *cn_eligibility_label          (CnIsraelEligibility  eligibility);
GtkWidget   *cn_heading_new                (const char          *text,
                                            int                  level);
GtkWidget   *cn_body_label_new             (const CnText        *text);
GtkWidget   *cn_link_button_new            (const char          *label,
                                            const char          *action_name,
                                            GVariant            *target,
                                            const char          *tooltip);
void         cn_widget_set_tooltip_text    (GtkWidget           *widget,
                                           const char          *text);
void         cn_box_remove_all             (GtkBox              *box);
GtkBox      *cn_section_append             (GtkBox              *parent,
                                            const char          *heading);
void         cn_sources_append             (GtkBox              *section,
                                            const CnSource      *sources,
                                            guint                n_sources,
                                            const char          *verified);

G_END_DECLS
