/* cn-list-frame.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Holds a list view (anywhere below its child) and gives it the keyboard
 * behaviour of GNOME's own lists, which GTK 4.8's list view lacks:
 *
 * - the selection follows the focus, so that Up and Down change what the
 *   detail beside the list shows (GTK 4.8 moves the focus only, and a screen
 *   reader says "not selected" at every row);
 * - Tab and Shift+Tab leave the list, to the next or previous part of the
 *   window (GTK 4.8 moves from row to row: a dozen presses to get out; its
 *   tab-behavior property comes with 4.12);
 * - coming back into the list lands on the selected row, not on the row
 *   that had the focus last (which a search or a link may have replaced).
 *
 * Focus moves with the keyboard pass through this widget's focus() vfunc,
 * and clicks do not: a click focuses the row it selects. */

#include "config.h"

#include "cn-list-frame.h"

struct _CnListFrame
{
  GtkWidget    parent_instance;

  GtkWidget   *child;
  GtkRoot     *root;       /* borrowed: while rooted, for its focus-widget */
  gboolean     keep_selection;
};

G_DEFINE_FINAL_TYPE (CnListFrame, cn_list_frame, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkListView *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return GTK_LIST_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The list's row (its list item widget, a direct child of the list view)
 * that holds @widget, or NULL. */
static GtkWidget *
find_row (GtkListView *list,
          GtkWidget   *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_get_parent (widget) == GTK_WIDGET (list))
      return widget;
  return NULL;
}

/* The row on screen at @position: GTK 4.8 marks a selected row's widget
 * with the selected state, and that is all it tells of a row's position. */
static GtkWidget *
find_selected_row (GtkListView *list)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row))
    if ((gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) != 0 && gtk_widget_get_focusable (row))
      return row;
  return NULL;
}

static guint
get_selected_position (GtkListView *list)
{
  GtkSelectionModel *model = gtk_list_view_get_model (list);
  g_autoptr(GtkBitset) selected = NULL;
  guint n;

  if (model == NULL || (n = g_list_model_get_n_items (G_LIST_MODEL (model))) == 0)
    return GTK_INVALID_LIST_POSITION;
  selected = gtk_selection_model_get_selection_in_range (model, 0, n);
  return gtk_bitset_is_empty (selected) ? GTK_INVALID_LIST_POSITION : gtk_bitset_get_minimum (selected);
}

static gboolean
focus_is_inside (CnListFrame *self)
{
  GtkListView *list = cn_list_frame_get_list_view (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return list != NULL && focus != NULL && find_row (list, focus) != NULL;
}

/* Selection follows focus. */
static void
focus_widget_changed_cb (CnListFrame *self)
{
  GtkListView *list = cn_list_frame_get_list_view (self);
  GtkWidget *focus = gtk_root_get_focus (self->root);
  GtkWidget *row;

  if (self->keep_selection || list == NULL || focus == NULL || (row = find_row (list, focus)) == NULL)
    return;
  if ((gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) != 0)
    return;
  gtk_widget_activate_action (row, "listitem.select", "(bb)", FALSE, FALSE);
}

static gboolean
cn_list_frame_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  CnListFrame *self = CN_LIST_FRAME (widget);

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (cn_list_frame_parent_class)->focus (widget, direction);

  /* Tab leaves the list. */
  if (focus_is_inside (self))
    return FALSE;

  /* And comes back at the selected row. */
  if (gtk_widget_get_focus_child (widget) == NULL && cn_list_frame_focus_selected (self))
    return TRUE;

  return GTK_WIDGET_CLASS (cn_list_frame_parent_class)->focus (widget, direction);
}

static gboolean
cn_list_frame_grab_focus (GtkWidget *widget)
{
  CnListFrame *self = CN_LIST_FRAME (widget);
  GtkListView *list;
  gboolean focused;

  if (cn_list_frame_focus_selected (self))
    return TRUE;
  if ((list = cn_list_frame_get_list_view (self)) == NULL)
    return self->child != NULL && gtk_widget_grab_focus (self->child);

  /* Nothing selected (the window shows a page that is no item's, as the
   * welcome page on the first launch): the list takes the focus, at the row
   * it had last, and the page stays until a key moves to a row. */
  self->keep_selection = TRUE;
  focused = gtk_widget_grab_focus (GTK_WIDGET (list));
  self->keep_selection = FALSE;
  return focused;
}

static void
cn_list_frame_root (GtkWidget *widget)
{
  CnListFrame *self = CN_LIST_FRAME (widget);

  GTK_WIDGET_CLASS (cn_list_frame_parent_class)->root (widget);

  self->root = gtk_widget_get_root (widget);
  g_signal_connect_object (self->root, "notify::focus-widget", G_CALLBACK (focus_widget_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
cn_list_frame_unroot (GtkWidget *widget)
{
  CnListFrame *self = CN_LIST_FRAME (widget);

  g_signal_handlers_disconnect_by_func (self->root, focus_widget_changed_cb, self);
  self->root = NULL;

  GTK_WIDGET_CLASS (cn_list_frame_parent_class)->unroot (widget);
}

static void
cn_list_frame_dispose (GObject *object)
{
  CnListFrame *self = CN_LIST_FRAME (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (cn_list_frame_parent_class)->dispose (object);
}

static void
cn_list_frame_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CnListFrame *self = CN_LIST_FRAME (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_list_frame_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CnListFrame *self = CN_LIST_FRAME (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      cn_list_frame_set_child (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_list_frame_class_init (CnListFrameClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_list_frame_dispose;
  object_class->get_property = cn_list_frame_get_property;
  object_class->set_property = cn_list_frame_set_property;
  widget_class->focus = cn_list_frame_focus;
  widget_class->grab_focus = cn_list_frame_grab_focus;
  widget_class->root = cn_list_frame_root;
  widget_class->unroot = cn_list_frame_unroot;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cn_list_frame_init (CnListFrame *self)
{
}

GtkWidget *
cn_list_frame_new (void)
{
  return g_object_new (CN_TYPE_LIST_FRAME, NULL);
}

GtkWidget *
cn_list_frame_get_child (CnListFrame *self)
{
  g_return_val_if_fail (CN_IS_LIST_FRAME (self), NULL);

  return self->child;
}

void
cn_list_frame_set_child (CnListFrame *self,
                         GtkWidget   *child)
{
  g_return_if_fail (CN_IS_LIST_FRAME (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

/**
 * cn_list_frame_get_list_view:
 *
 * Returns: (transfer none) (nullable): the first list view below the child
 */
GtkListView *
cn_list_frame_get_list_view (CnListFrame *self)
{
  g_return_val_if_fail (CN_IS_LIST_FRAME (self), NULL);

  return self->child ? find_list_view (self->child) : NULL;
}

/**
 * cn_list_frame_focus_selected:
 *
 * Moves the keyboard focus to the selected row, scrolling to it first.
 *
 * Returns: whether a row took the focus (not when nothing is selected)
 */
gboolean
cn_list_frame_focus_selected (CnListFrame *self)
{
  GtkListView *list;
  GtkWidget *row;
  guint position;

  g_return_val_if_fail (CN_IS_LIST_FRAME (self), FALSE);

  if ((list = cn_list_frame_get_list_view (self)) == NULL || !gtk_widget_is_drawable (GTK_WIDGET (list)))
    return FALSE;
  if ((position = get_selected_position (list)) == GTK_INVALID_LIST_POSITION)
    return FALSE;
  /* Off screen, the selected row may have no widget yet: scrolling to it
   * makes one. */
  if ((row = find_selected_row (list)) == NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (list), "list.scroll-to-item", "u", position);
      row = find_selected_row (list);
    }
  else
    gtk_widget_activate_action (row, "listitem.scroll-to", NULL);
  return row != NULL && gtk_widget_grab_focus (row);
}

/**
 * cn_list_frame_focus_position:
 *
 * Selects the row at @position and moves the keyboard focus to it.
 *
 * Returns: whether a row took the focus
 */
gboolean
cn_list_frame_focus_position (CnListFrame *self,
                              guint        position)
{
  GtkListView *list;

  g_return_val_if_fail (CN_IS_LIST_FRAME (self), FALSE);

  if ((list = cn_list_frame_get_list_view (self)) == NULL || gtk_list_view_get_model (list) == NULL)
    return FALSE;
  if (position >= g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))))
    return FALSE;
  gtk_selection_model_select_item (gtk_list_view_get_model (list), position, TRUE);
  return cn_list_frame_focus_selected (self);
}
