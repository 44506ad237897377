/* cn-ranked-selection.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The network list as the list view sees it: one CnListSlot per position,
 * whose "item" is the network shown there, and exactly one position selected
 * while the list is not empty (GtkSingleSelection with autoselect and no
 * unselect).
 *
 * Why slots: GTK 4.8's list view keeps a row for up to 200 items, and when
 * the items at a position change it destroys those rows (their list item
 * widget, its CSS node and accessible) and builds new ones. A search changes
 * every position at each keystroke, and that churn took most of the frame.
 * Here a new search changes what the slots hold, the rows rebind through
 * "notify::item", and the list view is told only that the list got shorter
 * or longer.
 *
 * Why not GtkSingleSelection: after a change it finds its selected item
 * again by fetching every new item in turn; at 100 000 records that walk cost
 * more than the search. This model finds the selected network with
 * cn_ranked_list_find_item(), which compares pointers in an array. When the
 * selected network is filtered out, the best match (the first) is selected. */

#include "config.h"

#include "cn-list-slot.h"
#include "cn-ranked-selection.h"

struct _CnRankedSelection
{
  GObject       parent_instance;

  CnRankedList *model;
  GPtrArray    *slots;             /* CnListSlot by position, NULL until asked for */
  guint         selected;          /* position, or GTK_INVALID_LIST_POSITION */
  GObject      *selected_item;     /* the network there */
};

static void list_model_iface_init (GListModelInterface *iface);
static void selection_model_iface_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CnRankedSelection, cn_ranked_selection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL, selection_model_iface_init))

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_SELECTED_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slot_free (gpointer slot)
{
  if (slot != NULL)
    g_object_unref (slot);
}

/* GListModel */

static GType
get_item_type (GListModel *model)
{
  return CN_TYPE_LIST_SLOT;
}

static guint
get_n_items (GListModel *model)
{
  return CN_RANKED_SELECTION (model)->slots->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  CnRankedSelection *self = CN_RANKED_SELECTION (model);

  if (position >= self->slots->len)
    return NULL;
  if (g_ptr_array_index (self->slots, position) == NULL)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->model), position);

      g_ptr_array_index (self->slots, position) = cn_list_slot_new (item);
    }
  return g_object_ref (g_ptr_array_index (self->slots, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* GtkSelectionModel */

static gboolean
is_selected (GtkSelectionModel *model,
             guint              position)
{
  CnRankedSelection *self = CN_RANKED_SELECTION (model);

  return self->selected != GTK_INVALID_LIST_POSITION && position == self->selected;
}

static GtkBitset *
get_selection_in_range (GtkSelectionModel *model,
                        guint              position,
                        guint              n_items)
{
  CnRankedSelection *self = CN_RANKED_SELECTION (model);
  GtkBitset *result = gtk_bitset_new_empty ();

  if (self->selected != GTK_INVALID_LIST_POSITION)
    gtk_bitset_add (result, self->selected);
  return result;
}

static gboolean
select_item (GtkSelectionModel *model,
             guint              position,
             gboolean           unselect_rest)
{
  CnRankedSelection *self = CN_RANKED_SELECTION (model);

  if (position >= get_n_items (G_LIST_MODEL (self)))
    return FALSE;
  cn_ranked_selection_set_selected (self, position);
  return TRUE;
}

/* The list view cannot unselect (like GtkSingleSelection with
 * can-unselect off); only the window can, with
 * cn_ranked_selection_unselect(), when it shows a page that is no
 * network's. */
static gboolean
unselect_item (GtkSelectionModel *model,
               guint              position)
{
  return FALSE;
}

static void
selection_model_iface_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = is_selected;
  iface->get_selection_in_range = get_selection_in_range;
  iface->select_item = select_item;
  iface->unselect_item = unselect_item;
}

/* Changes */

/* Records the selection without announcing it. */
static void
store_selected (CnRankedSelection *self,
                guint              position)
{
  self->selected = position;
  g_clear_object (&self->selected_item);
  if (position != GTK_INVALID_LIST_POSITION)
    self->selected_item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
}

static void
items_changed_cb (CnRankedSelection *self,
                  guint              position,
                  guint              removed,
                  guint              added)
{
  guint old_selected = self->selected;
  g_autoptr(GObject) old_item = self->selected_item ? g_object_ref (self->selected_item) : NULL;
  guint n_old = self->slots->len;
  guint n_new = n_old - removed + added;
  guint common = MIN (n_old, n_new);
  guint found = GTK_INVALID_LIST_POSITION;

  /* The positions both lists have keep their slots, with new content. */
  for (guint i = position; i < common; i++)
    {
      CnListSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->model), i);

          cn_list_slot_set_item (slot, item);
        }
    }
  g_ptr_array_set_size (self->slots, n_new);

  if (self->selected_item != NULL)
    {
      if (self->selected < position)
        found = self->selected;
      else if (self->selected >= position + removed)
        found = self->selected - removed + added;
      else
        found = cn_ranked_list_find_item (self->model, self->selected_item);
    }
  if (found == GTK_INVALID_LIST_POSITION && n_new > 0)
    found = 0;
  store_selected (self, found);

  if (n_old != n_new)
    g_list_model_items_changed (G_LIST_MODEL (self), common, n_old - common, n_new - common);

  /* Rows outside the range just reported ask nobody: tell them. */
  if (old_selected != self->selected)
    {
      if (old_selected < common)
        gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), old_selected, 1);
      if (self->selected < common)
        gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), self->selected, 1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
  if (self->selected_item != old_item)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

/* Public API */

/**
 * cn_ranked_selection_set_selected:
 *
 * Selects the item at @position; an invalid position selects nothing if the
 * list is empty and is ignored otherwise.
 */
void
cn_ranked_selection_set_selected (CnRankedSelection *self,
                                  guint              position)
{
  guint old;

  g_return_if_fail (CN_IS_RANKED_SELECTION (self));

  if (position >= get_n_items (G_LIST_MODEL (self)) || position == self->selected)
    return;

  old = self->selected;
  store_selected (self, position);

  if (old != GTK_INVALID_LIST_POSITION)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), MIN (old, position),
                                           MAX (old, position) - MIN (old, position) + 1);
  else
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, 1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

/**
 * cn_ranked_selection_unselect:
 *
 * Selects nothing, so that no row looks chosen while the window shows a
 * page that is not a network's. The next search selects its best match
 * again.
 */
void
cn_ranked_selection_unselect (CnRankedSelection *self)
{
  guint old;

  g_return_if_fail (CN_IS_RANKED_SELECTION (self));

  if (self->selected == GTK_INVALID_LIST_POSITION)
    return;

  old = self->selected;
  store_selected (self, GTK_INVALID_LIST_POSITION);
  gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), old, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

guint
cn_ranked_selection_get_selected (CnRankedSelection *self)
{
  g_return_val_if_fail (CN_IS_RANKED_SELECTION (self), GTK_INVALID_LIST_POSITION);

  return self->selected;
}

/**
 * cn_ranked_selection_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the selected network (not its slot)
 */
gpointer
cn_ranked_selection_get_selected_item (CnRankedSelection *self)
{
  g_return_val_if_fail (CN_IS_RANKED_SELECTION (self), NULL);

  return self->selected_item;
}

CnRankedList *
cn_ranked_selection_get_model (CnRankedSelection *self)
{
  g_return_val_if_fail (CN_IS_RANKED_SELECTION (self), NULL);

  return self->model;
}

/* GObject */

static void
cn_ranked_selection_dispose (GObject *object)
{
  CnRankedSelection *self = (CnRankedSelection *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_object (&self->selected_item);

  G_OBJECT_CLASS (cn_ranked_selection_parent_class)->dispose (object);
}

static void
cn_ranked_selection_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CnRankedSelection *self = CN_RANKED_SELECTION (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;

    case PROP_SELECTED_ITEM:
      g_value_set_object (value, self->selected_item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_ranked_selection_class_init (CnRankedSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cn_ranked_selection_dispose;
  object_class->get_property = cn_ranked_selection_get_property;

  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL,
                       0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cn_ranked_selection_init (CnRankedSelection *self)
{
  self->selected = GTK_INVALID_LIST_POSITION;
}

/**
 * cn_ranked_selection_new:
 * @model: (transfer full): the list to select in
 *
 * Returns: (transfer full): a selection with the first item selected
 */
CnRankedSelection *
cn_ranked_selection_new (CnRankedList *model)
{
  CnRankedSelection *self;

  g_return_val_if_fail (CN_IS_RANKED_LIST (model), NULL);

  self = g_object_new (CN_TYPE_RANKED_SELECTION, NULL);
  self->model = model;
  self->slots = g_ptr_array_new_with_free_func (slot_free);
  g_ptr_array_set_size (self->slots, g_list_model_get_n_items (G_LIST_MODEL (model)));
  if (get_n_items (G_LIST_MODEL (self)) > 0)
    store_selected (self, 0);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);

  return self;
}
