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

#include "cn-fit-finder.h"
#include "cn-uri.h"
#include "cn-widget-util.h"
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

static gboolean focus_pane (GtkWidget *pane);

/* Ctrl+1…4: the view, with the keyboard focus in it (the list at its
 * selected row, or the view's heading), so that a screen reader says where
 * the reader is; the focus stayed behind in the view left. */
static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);
  const char *view = g_variant_get_string (param, NULL);

  _cn_window_show_view (self, view);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), view) == 0)
    focus_pane (g_strcmp0 (view, "networks") == 0 ? GTK_WIDGET (self->network_list)
                                                   : gtk_stack_get_visible_child (self->view_stack));
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
copy_address_clicked_cb (GtkButton *button,
                         gpointer   user_data)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "uri");

  if (uri != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), uri);
}

/**
 * _cn_window_show_uri_error:
 *
 * Says that @uri could not be opened, in words and with its address, and
 * offers to copy it: the system's own error ("Operation not supported")
 * tells a reader nothing they can act on.
 */
void
_cn_window_show_uri_error (CnWindow   *self,
                           const char *uri)
{
  g_autofree char *message =
    g_strdup_printf (_("The link could not be opened here. Its address is “%s”: copy it to open it in a web browser."),
                     uri);
  GtkWidget *button = g_object_get_data (G_OBJECT (self->message_bar), "copy-button");

  cn_window_show_message (self, message);
  if (button == NULL)
    {
      button = gtk_info_bar_add_button (self->message_bar, _("Copy _Address"), GTK_RESPONSE_ACCEPT);
      g_signal_connect (button, "clicked", G_CALLBACK (copy_address_clicked_cb), NULL);
      g_object_set_data (G_OBJECT (self->message_bar), "copy-button", button);
    }
  g_object_set_data_full (G_OBJECT (button), "uri", g_strdup (uri), g_free);
  gtk_widget_set_visible (button, TRUE);
}

static void
show_uri_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autofree char *uri = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Could not open %s: %s", uri, error->message);
      _cn_window_show_uri_error (CN_WINDOW (source), uri);
    }
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
    gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL, show_uri_done_cb, g_strdup (uri));
}

/* A section of the study the panel shows (or would show). */
static void
show_case_study_section_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);

  if (self->case_study != NULL)
    _cn_window_show_case_study (self, cn_case_study_get_id (self->case_study), g_variant_get_string (param, NULL));
}

/* (study id, section id): a section of any study; "" for its top. */
static void
show_case_study_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  const char *study, *section;

  g_variant_get (param, "(&s&s)", &study, &section);
  _cn_window_show_case_study (CN_WINDOW (widget), study, section);
}

/* F1: the welcome page, read from its heading. */
static void
show_welcome_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);

  _cn_window_show_page (self, "welcome");
  cn_widget_focus_heading (gtk_stack_get_visible_child (self->detail_stack));
}

/* A term, or "" for the glossary's top. */
static void
show_glossary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  _cn_window_show_glossary (CN_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
show_israeli_authorities_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  _cn_window_show_page (CN_WINDOW (widget), "authorities");
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _cn_window_go_back (CN_WINDOW (widget));
}

static void
go_forward_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  _cn_window_go_forward (CN_WINDOW (widget));
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  return _cn_window_close_floating_panel (CN_WINDOW (widget));
}

/* GtkApplication would load the shortcuts window (gtk/help-overlay.ui) for
 * every new window, a few hundred widgets built before the first frame for
 * something seldom opened; it is built on first use instead. */
static gboolean
focus_pane (GtkWidget *pane)
{
  if (CN_IS_NETWORK_LIST (pane))
    return gtk_widget_grab_focus (pane);
  return cn_widget_focus_heading (pane) || gtk_widget_child_focus (pane, GTK_DIR_TAB_FORWARD);
}

/* F6 and Shift+F6 go round the parts of the window, as in GNOME's own apps:
 * the list, the page beside it and the case-study panel, each entered at
 * its selected row or its heading. */
static void
focus_pane_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CnWindow *self = CN_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  int step = g_variant_get_int32 (parameter) < 0 ? -1 : 1;
  GtkWidget *panes[3];
  guint n = 0;
  guint current = G_MAXUINT;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "networks") == 0)
    {
      panes[n++] = GTK_WIDGET (self->network_list);
      panes[n++] = gtk_stack_get_visible_child (self->detail_stack);
    }
  else
    panes[n++] = gtk_stack_get_visible_child (self->view_stack);
  if (_cn_window_get_case_study_visible (self))
    panes[n++] = GTK_WIDGET (self->case_study_panel);

  for (guint i = 0; i < n; i++)
    if (focus != NULL && (focus == panes[i] || gtk_widget_is_ancestor (focus, panes[i])))
      current = i;
  for (guint tries = 0; tries < n; tries++)
    {
      if (current == G_MAXUINT)
        current = step > 0 ? 0 : n - 1;
      else
        current = (current + n + step) % n;
      if (focus_pane (panes[current]))
        return;
    }
}

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

/* Stars or unstars a network; "" is the network shown (Ctrl+D). */
static void
toggle_shortlist_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  CnNetwork *network;

  if (self->shortlist == NULL)
    return;
  if (id[0] == '\0')
    {
      network = _cn_window_get_shown_network (self);
      if (network == NULL)
        return;
      id = cn_network_get_id (network);
    }
  else if (cn_catalog_find_network (self->catalog, id) == NULL &&
           !cn_shortlist_is_starred (self->shortlist, id))
    {
      /* Only an entry already there (a network the dataset dropped) may be
       * unstarred by id; nothing new is starred that the dataset lacks. */
      g_debug ("No network %s to star", id);
      return;
    }
  cn_shortlist_set_starred (self->shortlist, id, !cn_shortlist_is_starred (self->shortlist, id));
}

static void
filter_theme_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  _cn_window_filter_by (CN_WINDOW (widget), CN_FACET_THEME, g_variant_get_string (param, NULL));
}

static void
filter_region_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  _cn_window_filter_by (CN_WINDOW (widget), CN_FACET_REGION, g_variant_get_string (param, NULL));
}

/* (facet id, value id): the chip of an active filter. */
static void
remove_filter_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);
  const char *facet_id, *value_id;

  g_variant_get (param, "(&s&s)", &facet_id, &value_id);
  for (guint f = 0; f < CN_N_FACETS; f++)
    if (g_str_equal (cn_facet_get_id (f), facet_id))
      {
        int value = cn_facets_find_value (self->facets, f, value_id);

        if (value >= 0)
          cn_facets_set_selected (self->facets, f, (guint) value, FALSE);
        return;
      }
}

static void
remove_last_filter_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);
  guint n = cn_facets_get_n_selected (self->facets);
  CnFacet facet;
  guint value;

  if (n > 0 && cn_facets_get_nth_selected (self->facets, n - 1, &facet, &value))
    cn_facets_set_selected (self->facets, facet, value, FALSE);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  cn_facets_clear (CN_WINDOW (widget)->facets);
}

/* The fit finder is its own window, built on first use and kept (with its
 * answers) while the main window lives. */
static void
show_fit_finder_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);

  if (self->fit_finder == NULL)
    self->fit_finder = GTK_WINDOW (g_object_ref_sink (cn_fit_finder_new (GTK_WINDOW (self), self->catalog,
                                                                         self->settings)));
  cn_fit_finder_show_questions (CN_FIT_FINDER (self->fit_finder));
  gtk_window_present (self->fit_finder);
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
  gtk_widget_class_install_action (widget_class, "win.show-case-study", "(ss)", show_case_study_action);
  gtk_widget_class_install_action (widget_class, "win.show-welcome", NULL, show_welcome_action);
  gtk_widget_class_install_action (widget_class, "win.show-glossary", "s", show_glossary_action);
  gtk_widget_class_install_action (widget_class, "win.show-israeli-authorities", NULL,
                                   show_israeli_authorities_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.go-forward", NULL, go_forward_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.focus-pane", "i", focus_pane_action);

  /* As in a web browser; the Back and Forward keys of some keyboards too. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.go-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.go-forward", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
  gtk_widget_class_install_action (widget_class, "win.toggle-shortlist", "s", toggle_shortlist_action);
  _cn_window_class_export_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.filter-theme", "s", filter_theme_action);
  gtk_widget_class_install_action (widget_class, "win.filter-region", "s", filter_region_action);
  gtk_widget_class_install_action (widget_class, "win.remove-filter", "(ss)", remove_filter_action);
  gtk_widget_class_install_action (widget_class, "win.remove-last-filter", NULL, remove_last_filter_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.show-fit-finder", NULL, show_fit_finder_action);
  /* "" stands for the network the detail shows (the keyboard shortcut). */
  gtk_widget_class_install_action (widget_class, "win.toggle-compare", "s", toggle_compare_action);
  gtk_widget_class_install_action (widget_class, "win.show-comparison", NULL, show_comparison_action);
  gtk_widget_class_install_action (widget_class, "win.close-comparison", NULL, close_comparison_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.toggle-compare", "s", "");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_comparison_cb, NULL);
}
