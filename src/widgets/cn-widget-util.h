/* cn-widget-util.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void         cn_widget_set_tooltip_text    (GtkWidget  *widget,
                                            const char *text);
const char  *cn_widget_get_tooltip_text    (GtkWidget  *widget);
void         cn_widget_clear_tick_callback (GtkWidget  *widget,
                                            guint      *tick_id);
void         cn_box_remove_all             (GtkBox     *box);

int          cn_widget_get_char_width      (GtkWidget  *widget);

void         cn_label_set_readable         (GtkLabel   *label);
gboolean     cn_widget_focus_once          (GtkWidget  *widget);
gboolean     cn_widget_focus_heading       (GtkWidget  *page);

char        *cn_accessible_text            (const char *text,
                                            gboolean    mnemonic);
void         cn_stack_name_pages           (GtkStack   *stack,
                                            const char *first_page,
                                            ...) G_GNUC_NULL_TERMINATED;
void         cn_stack_switcher_name_buttons (GtkStackSwitcher *switcher);
void         cn_widget_name_mnemonic_buttons (GtkWidget *widget);
void         cn_widget_hide_button_icons   (GtkWidget  *widget);

G_END_DECLS
