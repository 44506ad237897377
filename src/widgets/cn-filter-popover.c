/* cn-filter-popover.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The popover of the "Filters" button: every facet as a heading and its
 * values as check buttons, "Europe (3)", where the number is how many
 * networks the list would show with that value chosen too (given the search
 * and the other facets; see cn_facets_count()). A value that would leave
 * nothing stays in its place, insensitive, so the list of values does not
 * jump about as the counts change; a chosen one stays sensitive so that it
 * can be unchosen.
 *
 * The counts follow the search filter's "changed" signal, which comes once
 * per keystroke and once per choice: they are counted in one pass over the
 * networks then, and only while the popover shows (it counts again when it
 * opens). */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "cn-facet-labels.h"
#include "cn-filter-popover.h"
#include "cn-labels.h"

#define INDEX_KEY "cn-facet-index"

struct _CnFilterPopover
{
  GtkPopover      parent_instance;

  CnFacets       *facets;
  CnSearchFilter *filter;
  GtkWidget      *checks[CN_N_FACETS * CN_FACET_MAX_VALUES];   /* borrowed, by count index */
  guint           counts[CN_N_FACETS * CN_FACET_MAX_VALUES];
  gboolean        dirty;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (CnFilterPopover, cn_filter_popover, GTK_TYPE_POPOVER)

/* The facets in columns: themes are many, the others few. */
static const CnFacet columns[][3] = {
  { CN_FACET_THEME, CN_N_FACETS, CN_N_FACETS },
  { CN_FACET_REGION, CN_FACET_KIND, CN_FACET_STATUS },
  { CN_FACET_ISRAEL, CN_FACET_FEE, CN_N_FACETS },
};

static void
update_counts (CnFilterPopover *self)
{
  guint n_ranks;
  const int *ranks = cn_search_filter_get_search_ranks (self->filter, &n_ranks);

  self->dirty = FALSE;
  cn_facets_count (self->facets, ranks, n_ranks, self->counts);

  self->updating = TRUE;
  for (guint f = 0; f < CN_N_FACETS; f++)
    for (guint v = 0; v < cn_facets_get_n_values (self->facets, f); v++)
      {
        guint index = cn_facets_count_index (f, v);
        GtkWidget *check = self->checks[index];
        guint count = self->counts[index];
        gboolean selected = cn_facets_get_selected (self->facets, f, v);
        const char *name = cn_facet_value_label (self->facets, f, v);
        /* Translators: a filter's value and how many networks it would
         * show, "Europe (3)" */
        g_autofree char *label = g_strdup_printf (_("%s (%u)"), name, count);
        /* Translators: what a screen reader says for a filter's value,
         * "Europe, 3 networks" */
        g_autofree char *spoken = g_strdup_printf (ngettext ("%s, %u network", "%s, %u networks", count),
                                                   name, count);

        if (check == NULL)
          continue;
        gtk_check_button_set_label (GTK_CHECK_BUTTON (check), label);
        gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), selected);
        gtk_widget_set_sensitive (check, count > 0 || selected);
      }
  self->updating = FALSE;
}

static void
filter_changed_cb (CnFilterPopover *self)
{
  /* Closed, nobody reads the counts: count when it opens. */
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    update_counts (self);
  else
    self->dirty = TRUE;
}

static void
check_toggled_cb (GtkCheckButton  *check,
                  CnFilterPopover *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), INDEX_KEY));

  if (self->updating)
    return;
  cn_facets_set_selected (self->facets, index / CN_FACET_MAX_VALUES, index % CN_FACET_MAX_VALUES,
                          gtk_check_button_get_active (check));
}

static GtkWidget *
facet_group_new (CnFilterPopover *self,
                 CnFacet          facet)
{
  GtkWidget *group = g_object_new (GTK_TYPE_BOX,
                                   "orientation", GTK_ORIENTATION_VERTICAL,
                                   "spacing", 2,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                   NULL);
  GtkWidget *heading = cn_heading_new (cn_facet_label (facet), 3);

  gtk_widget_set_margin_bottom (heading, 4);
  gtk_box_append (GTK_BOX (group), heading);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (group), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);

  for (guint v = 0; v < cn_facets_get_n_values (self->facets, facet); v++)
    {
      guint index = cn_facets_count_index (facet, v);
      GtkWidget *check = gtk_check_button_new ();

      g_object_set_data (G_OBJECT (check), INDEX_KEY, GUINT_TO_POINTER (index));
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
      self->checks[index] = check;
      gtk_box_append (GTK_BOX (group), check);
    }
  return group;
}

static void
build (CnFilterPopover *self)
{
  GtkWidget *scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                                      "hscrollbar-policy", GTK_POLICY_NEVER,
                                      "propagate-natural-height", TRUE,
                                      "propagate-natural-width", TRUE,
                                      "max-content-height", 560,
                                      NULL);
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *clear = gtk_button_new_with_label (_("Clear Filters"));

  gtk_widget_set_margin_start (outer, 12);
  gtk_widget_set_margin_end (outer, 12);
  gtk_widget_set_margin_top (outer, 12);
  gtk_widget_set_margin_bottom (outer, 12);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

      for (guint i = 0; i < G_N_ELEMENTS (columns[c]) && columns[c][i] < CN_N_FACETS; i++)
        if (cn_facets_get_n_values (self->facets, columns[c][i]) > 0)
          gtk_box_append (GTK_BOX (column), facet_group_new (self, columns[c][i]));
      gtk_box_append (GTK_BOX (row), column);
    }
  gtk_box_append (GTK_BOX (outer), row);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "win.clear-filters");
  gtk_widget_set_halign (clear, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (outer), clear);

  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filters"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), outer);
  gtk_popover_set_child (GTK_POPOVER (self), scrolled);
}

/* GtkPopover, unlike a window, does not move the focus with the arrow keys,
 * and GTK's own directional focus stays inside a check button. Here Up and
 * Down go to the previous or next control, down a facet and on to the next
 * one, as in a menu (the Tab order); Left and Right go to the nearest
 * control in the next column on that side of the screen, so they follow the
 * mirrored layout under right-to-left languages. */
static gboolean
focus_sideways (CnFilterPopover  *self,
                GtkWidget        *from,
                GtkDirectionType  direction)
{
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0);
  graphene_point_t here;
  GtkWidget *best = NULL;
  float best_distance = G_MAXFLOAT;

  if (!gtk_widget_compute_point (from, GTK_WIDGET (self), &origin, &here))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (self->checks); i++)
    {
      GtkWidget *check = self->checks[i];
      graphene_point_t there;
      float dx, dy;

      if (check == NULL || check == from || !gtk_widget_is_sensitive (check) ||
          !gtk_widget_compute_point (check, GTK_WIDGET (self), &origin, &there))
        continue;
      dx = there.x - here.x;
      dy = there.y - here.y;
      if ((direction == GTK_DIR_LEFT && dx >= -1) || (direction == GTK_DIR_RIGHT && dx <= 1))
        continue;
      /* The next column first, then the nearest row in it. */
      if (fabsf (dx) * 1000 + fabsf (dy) < best_distance)
        {
          best_distance = fabsf (dx) * 1000 + fabsf (dy);
          best = check;
        }
    }
  return best != NULL && gtk_widget_grab_focus (best);
}

/**
 * cn_filter_popover_move_focus:
 *
 * What an arrow key does in the popover.
 *
 * Returns: whether the focus moved
 */
gboolean
cn_filter_popover_move_focus (CnFilterPopover  *self,
                              GtkDirectionType  direction)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  gboolean moved;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, widget))
    moved = gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  else if (direction == GTK_DIR_UP || direction == GTK_DIR_DOWN)
    moved = gtk_widget_child_focus (widget, direction == GTK_DIR_UP ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
  else
    moved = focus_sideways (self, focus, direction);
  return moved;
}

static gboolean
move_focus_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  if (!cn_filter_popover_move_focus (CN_FILTER_POPOVER (widget), g_variant_get_int32 (args)))
    gtk_widget_error_bell (widget);
  return TRUE;
}

static void
cn_filter_popover_show (GtkWidget *widget)
{
  CnFilterPopover *self = CN_FILTER_POPOVER (widget);

  if (self->dirty)
    update_counts (self);
  GTK_WIDGET_CLASS (cn_filter_popover_parent_class)->show (widget);
}

static void
cn_filter_popover_dispose (GObject *object)
{
  CnFilterPopover *self = CN_FILTER_POPOVER (object);

  memset (self->checks, 0, sizeof self->checks);
  g_clear_object (&self->facets);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (cn_filter_popover_parent_class)->dispose (object);
}

static void
cn_filter_popover_class_init (CnFilterPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_filter_popover_dispose;
  widget_class->show = cn_filter_popover_show;
}

static void
cn_filter_popover_init (CnFilterPopover *self)
{
  static const guint keys[] = { GDK_KEY_Up, GDK_KEY_Down, GDK_KEY_Left, GDK_KEY_Right,
                                GDK_KEY_KP_Up, GDK_KEY_KP_Down, GDK_KEY_KP_Left, GDK_KEY_KP_Right };
  static const GtkDirectionType directions[] = { GTK_DIR_UP, GTK_DIR_DOWN, GTK_DIR_LEFT, GTK_DIR_RIGHT };
  GtkEventController *arrows = gtk_shortcut_controller_new ();

  /* GtkPopover binds the arrows itself, to a move that does not leave a
   * check button: take them first, in the capture phase. */
  gtk_event_controller_set_propagation_phase (arrows, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (arrows),
                                          gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (keys[i], 0),
                                                                           gtk_callback_action_new (move_focus_cb, NULL, NULL),
                                                                           "i", directions[i % 4]));
  gtk_widget_add_controller (GTK_WIDGET (self), arrows);

  self->dirty = TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (self), "filters");
}

/**
 * cn_filter_popover_new:
 * @facets: what the check buttons choose
 * @filter: the networks' filter, which follows @facets and the search: the
 *   counts follow it
 */
GtkWidget *
cn_filter_popover_new (CnFacets       *facets,
                       CnSearchFilter *filter)
{
  CnFilterPopover *self;

  g_return_val_if_fail (CN_IS_FACETS (facets), NULL);
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (filter), NULL);

  self = g_object_new (CN_TYPE_FILTER_POPOVER, NULL);
  self->facets = g_object_ref (facets);
  self->filter = g_object_ref (filter);
  build (self);
  g_signal_connect_object (filter, "changed", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  /* Labels before the first show, so the popover is measured with them. */
  update_counts (self);
  return GTK_WIDGET (self);
}

/* For the tests: the check button of a value. */
GtkWidget *
cn_filter_popover_get_check (CnFilterPopover *self,
                             CnFacet          facet,
                             guint            value)
{
  g_return_val_if_fail (CN_IS_FILTER_POPOVER (self), NULL);
  g_return_val_if_fail (facet < CN_N_FACETS && value < CN_FACET_MAX_VALUES, NULL);
  return self->checks[cn_facets_count_index (facet, value)];
}

/* The count shown for a value, as last counted. */
guint
cn_filter_popover_get_count (CnFilterPopover *self,
                             CnFacet          facet,
                             guint            value)
{
  g_return_val_if_fail (CN_IS_FILTER_POPOVER (self), 0);
  g_return_val_if_fail (facet < CN_N_FACETS && value < CN_FACET_MAX_VALUES, 0);
  return self->counts[cn_facets_count_index (facet, value)];
}
