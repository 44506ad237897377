/* cn-filter-chips.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The active filters above the network list: one button a chosen value,
 * "Theme: Energy ✕", which removes it, in the order they were chosen, and
 * "Clear Filters" after them, in one row that scrolls sideways. Hidden while no filter is active. The buttons
 * go through the window's actions (win.remove-filter, win.clear-filters),
 * as the popover and the empty list's buttons do. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-facet-labels.h"
#include "cn-filter-chips.h"

struct _CnFilterChips
{
  GtkWidget   parent_instance;

  GtkWidget  *scrolled;
  GtkBox     *row;
  CnFacets   *facets;
};

G_DEFINE_FINAL_TYPE (CnFilterChips, cn_filter_chips, GTK_TYPE_WIDGET)

static void
append (CnFilterChips *self,
        GtkWidget     *button)
{
  gtk_box_append (self->row, button);
}

static GtkWidget *
chip_new (CnFilterChips *self,
          CnFacet        facet,
          guint          value)
{
  g_autofree char *text = cn_facet_dup_filter_label (self->facets, facet, value);
  /* Translators: what a screen reader says for an active filter's button,
   * "Remove filter Theme: Energy" */
  g_autofree char *spoken = g_strdup_printf (_("Remove filter %s"), text);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "window-close-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "filter-chip");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.remove-filter");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)", cn_facet_get_id (facet),
                                    cn_facets_get_value_id (self->facets, facet, value));
  /* No tooltip: GTK 4.8 trips over a pending tooltip of a widget destroyed
   * under it (the chips are rebuilt at every change); the ✕ and the
   * accessible name say what the button does. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  return button;
}

/* Which chip has the focus (its place), or -1. */
static int
focused_chip (CnFilterChips *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  int i = 0;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->row)))
    return -1;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->row)); child;
       child = gtk_widget_get_next_sibling (child), i++)
    if (focus == child || gtk_widget_is_ancestor (focus, child))
      return i;
  return -1;
}

static void
rebuild (CnFilterChips *self)
{
  guint n = self->facets ? cn_facets_get_n_selected (self->facets) : 0;
  int focused = focused_chip (self);
  GtkWidget *child;
  GtkWidget *clear;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->row))))
    gtk_box_remove (self->row, child);

  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
  if (n == 0)
    {
      /* The last chip went with the focus: give it to what follows (the
       * list), rather than let it fall back to the window. */
      if (focused >= 0 && gtk_widget_get_next_sibling (GTK_WIDGET (self)) != NULL)
        gtk_widget_grab_focus (gtk_widget_get_next_sibling (GTK_WIDGET (self)));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      CnFacet facet;
      guint value;

      cn_facets_get_nth_selected (self->facets, i, &facet, &value);
      append (self, chip_new (self, facet, value));
    }

  clear = gtk_button_new_with_label (_("Clear Filters"));
  gtk_widget_add_css_class (clear, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "win.clear-filters");
  append (self, clear);

  /* A chip removed with the keyboard leaves the focus on the one that took
   * its place. */
  if (focused >= 0)
    {
      child = gtk_widget_get_first_child (GTK_WIDGET (self->row));
      for (int i = 0; child != NULL && i < MIN (focused, (int) n); i++)
        child = gtk_widget_get_next_sibling (child);
      if (child != NULL)
        gtk_widget_grab_focus (child);
    }
}

static void
cn_filter_chips_dispose (GObject *object)
{
  CnFilterChips *self = CN_FILTER_CHIPS (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->facets);

  G_OBJECT_CLASS (cn_filter_chips_parent_class)->dispose (object);
}

static void
cn_filter_chips_class_init (CnFilterChipsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_filter_chips_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnfilterchips");
}

static void
cn_filter_chips_init (CnFilterChips *self)
{
  /* One row that scrolls sideways when the chips outgrow it: a wrapping
   * flow box here, outside any scrolled window, measures its height for a
   * width inconsistently in GTK 4.8 and upsets the window's layout. */
  self->row = g_object_new (GTK_TYPE_BOX,
                            "orientation", GTK_ORIENTATION_HORIZONTAL,
                            "spacing", 6,
                            "margin-start", 6,
                            "margin-end", 6,
                            "margin-top", 6,
                            "margin-bottom", 6,
                            "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                            NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Active filters"), -1);
  self->scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                                 "hscrollbar-policy", GTK_POLICY_AUTOMATIC,
                                 "vscrollbar-policy", GTK_POLICY_NEVER,
                                 "propagate-natural-height", TRUE,
                                 "child", self->row,
                                 NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Active filters"),
                                  -1);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
cn_filter_chips_new (void)
{
  return g_object_new (CN_TYPE_FILTER_CHIPS, NULL);
}

void
cn_filter_chips_set_facets (CnFilterChips *self,
                            CnFacets      *facets)
{
  g_return_if_fail (CN_IS_FILTER_CHIPS (self));
  g_return_if_fail (facets == NULL || CN_IS_FACETS (facets));

  if (self->facets != NULL)
    g_signal_handlers_disconnect_by_func (self->facets, rebuild, self);
  if (g_set_object (&self->facets, facets) && facets != NULL)
    g_signal_connect_object (facets, "changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
}
