/* cn-window-compare.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's comparison set (issue 13): two to four networks chosen from
 * the detail pane (its Compare button or Ctrl+Shift+C), counted on the
 * header bar's Compare (N) button, shown side by side on a page of the
 * view stack that Back or Esc leaves for the view the user came from. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-widget-util.h"
#include "cn-window-private.h"

static void
update_compare_button (CnWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->comparison));
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  /* Translators: the header bar button that opens the comparison; %u is
   * how many networks are in it (2 to 4) */
  label = g_strdup_printf (_("Compare (%u)"), n);
  description = g_strdup_printf (ngettext ("Compare the %u chosen network side by side",
                                           "Compare the %u chosen networks side by side", n), n);
  gtk_button_set_label (self->compare_button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->compare_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  cn_widget_set_tooltip_text (GTK_WIDGET (self->compare_button), description);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_button), n >= CN_COMPARISON_MIN);

  /* Removing the last but one from inside the comparison leaves nothing
   * to compare: back to where the user was. */
  if (n < CN_COMPARISON_MIN &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "comparison") == 0)
    _cn_window_close_comparison (self);
}

void
_cn_window_setup_comparison (CnWindow *self)
{
  self->comparison = cn_comparison_new ();
  g_signal_connect_object (self->comparison, "items-changed", G_CALLBACK (update_compare_button), self,
                           G_CONNECT_SWAPPED);
  if (self->network_detail != NULL)
    cn_network_detail_set_comparison (self->network_detail, self->comparison);
  update_compare_button (self);
}

/**
 * _cn_window_toggle_compare:
 * @id: a network's id, or "" for the network the detail shows
 *
 * Adds the network to the comparison, or takes it out; a fifth is refused
 * with a message.
 */
void
_cn_window_toggle_compare (CnWindow   *self,
                           const char *id)
{
  CnNetwork *network;

  if (id == NULL || id[0] == '\0')
    network = _cn_window_get_shown_network (self);
  else
    network = cn_catalog_find_network (self->catalog, id);
  if (network == NULL)
    return;

  if (cn_comparison_remove (self->comparison, network))
    return;

  if (cn_comparison_is_full (self->comparison))
    {
      g_autofree char *message =
        /* Translators: %d is the most networks a comparison holds (4) */
        g_strdup_printf (_("A comparison holds at most %d networks. Remove one from it before adding “%s”."),
                         CN_COMPARISON_MAX, cn_text_get (cn_network_get_name (network)));

      cn_window_show_message (self, message);
      /* The detail's button went down with the click: put it back up. */
      if (self->network_detail != NULL)
        cn_network_detail_set_comparison (self->network_detail, self->comparison);
      return;
    }

  cn_comparison_add (self->comparison, network);
}

void
_cn_window_show_comparison (CnWindow *self)
{
  const char *current = gtk_stack_get_visible_child_name (self->view_stack);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->comparison)) < CN_COMPARISON_MIN)
    return;

  if (g_strcmp0 (current, "comparison") != 0)
    {
      g_free (self->view_before_comparison);
      self->view_before_comparison = g_strdup (current);
    }
  gtk_stack_set_visible_child_name (self->view_stack, "comparison");
  /* Esc and Back work from the keyboard at once. */
  gtk_widget_child_focus (GTK_WIDGET (_cn_window_get_comparison_view (self)), GTK_DIR_TAB_FORWARD);
}

void
_cn_window_close_comparison (CnWindow *self)
{
  const char *view = self->view_before_comparison ? self->view_before_comparison : "networks";

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "comparison") != 0)
    return;
  _cn_window_show_view (self, view);
  if (g_strcmp0 (view, "networks") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->network_list));
}
