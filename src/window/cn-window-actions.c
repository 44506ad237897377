/* cn-window-actions.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's actions (win.*): the menu, the shortcuts, the links in the
 * reading pages and the buttons all go through these. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-uri.h"
#include "cn-window-private.h"

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  _cn_window_show_view (CN_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
select_network_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);

  if (cn_window_select_network (self, g_variant_get_string (param, NULL)))
    gtk_widget_grab_focus (GTK_WIDGET (self->network_list));
}

static void
select_benefit_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  cn_window_select_benefit (CN_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);
  const char *uri = g_variant_get_string (param, NULL);

  /* The loader only accepts safe links; check again at the door. */
  if (!cn_uri_is_safe (uri))
    {
      g_autofree char *message =
        g_strdup_printf (_("The link “%s” was not opened: only web and e-mail addresses are opened."), uri);

      g_debug ("Refused to open %s", uri);
      cn_window_show_message (self, message);
      return;
    }

  if (self->uri_launcher != NULL)
    self->uri_launcher (GTK_WINDOW (self), uri, self->uri_launcher_data);
  else
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
show_case_study_section_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);
  const char *section = g_variant_get_string (param, NULL);

  _cn_window_set_case_study_visible (self, TRUE);
  if (section[0] != '\0')
    cn_case_study_panel_scroll_to_section (self->case_study_panel, section);
}

static void
show_welcome_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);

  _cn_window_show_view (self, "networks");
  self->welcome_requested = TRUE;
  _cn_window_update_detail (self);
}

/* GtkApplication would load the shortcuts window (gtk/help-overlay.ui) for
 * every new window, a few hundred widgets built before the first frame for
 * something seldom opened; it is built on first use instead. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");

      self->help_overlay = GTK_WINDOW (g_object_ref (gtk_builder_get_object (builder, "help_overlay")));
      gtk_window_set_transient_for (self->help_overlay, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->help_overlay, TRUE);
    }
  gtk_window_present (self->help_overlay);
}

static void
toggle_compare_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  _cn_window_toggle_compare (CN_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
show_comparison_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  _cn_window_show_comparison (CN_WINDOW (widget));
}

static void
close_comparison_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  _cn_window_close_comparison (CN_WINDOW (widget));
}

/* Esc leaves the comparison wherever the focus is in it; elsewhere the key
 * goes on to whoever else wants it (the search bar). */
static gboolean
escape_comparison_cb (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  CnWindow *self = CN_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "comparison") != 0)
    return FALSE;
  _cn_window_close_comparison (self);
  return TRUE;
}

void
_cn_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.select-network", "s", select_network_action);
  gtk_widget_class_install_action (widget_class, "win.select-benefit", "s", select_benefit_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  /* Stateful (a toggle button and a check item in the menu): it follows
   * the window's case-study-visible property. */
  gtk_widget_class_install_property_action (widget_class, "win.toggle-case-study", "case-study-visible");
  gtk_widget_class_install_action (widget_class, "win.show-case-study-section", "s", show_case_study_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-welcome", NULL, show_welcome_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  /* "" stands for the network the detail shows (the keyboard shortcut). */
  gtk_widget_class_install_action (widget_class, "win.toggle-compare", "s", toggle_compare_action);
  gtk_widget_class_install_action (widget_class, "win.show-comparison", NULL, show_comparison_action);
  gtk_widget_class_install_action (widget_class, "win.close-comparison", NULL, close_comparison_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.toggle-compare", "s", "");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_comparison_cb, NULL);
}
