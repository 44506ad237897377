/* cn-ranked-list.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The network list: the records a CnSearchFilter accepts, best rank first
 * and in dataset order within a rank.
 *
 * GtkFilterListModel and GtkSortListModel do the same job in general, but
 * at 100 000 records GTK 4.8 spends over half a second a keystroke in them
 * (bitset lookups, GSequence walks and a compare function per pair; seen
 * in tests/bench). The filter already knows every record's rank, so this
 * model orders them with one counting sort and tells the list view about
 * the change as a single range. The benefits view, with five records,
 * keeps the stock models. */

#include "config.h"

#include "cn-ranked-list.h"

struct _CnRankedList
{
  GObject         parent_instance;

  GListModel     *items;      /* by position */
  GPtrArray      *snapshot;   /* items' objects, for constant-time get_item() */
  CnSearchFilter *filter;
  guint32        *order;      /* positions shown, in order */
  guint           n_order;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CnRankedList, cn_ranked_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (CN_RANKED_LIST (model)->items);
}

static guint
get_n_items (GListModel *model)
{
  return CN_RANKED_LIST (model)->n_order;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  CnRankedList *self = CN_RANKED_LIST (model);

  if (position >= self->n_order)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->snapshot, self->order[position]));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* The new order: a counting sort by rank, stable in dataset order. */
static guint32 *
compute_order (CnRankedList *self,
               guint        *n_out)
{
  guint n = self->snapshot->len;
  guint32 *order = g_new (guint32, MAX (n, 1));
  guint n_shown = 0;
  guint n_ranks;
  const int *ranks = cn_search_filter_get_ranks (self->filter, &n_ranks);

  if (ranks == NULL)
    {
      for (guint i = 0; i < n; i++)
        order[i] = i;
      *n_out = n;
      return order;
    }

  {
    int max_rank = 0;
    g_autofree guint *starts = NULL;

    /* Items past the filter's ranks (none, normally) are hidden. */
    n = MIN (n, n_ranks);
    for (guint i = 0; i < n; i++)
      max_rank = MAX (max_rank, ranks[i]);

    starts = g_new0 (guint, max_rank + 2);
    for (guint i = 0; i < n; i++)
      if (ranks[i] != CN_SEARCH_NO_MATCH)
        {
          starts[ranks[i] + 1]++;
          n_shown++;
        }
    for (int r = 0; r <= max_rank; r++)
      starts[r + 1] += starts[r];
    for (guint i = 0; i < n; i++)
      if (ranks[i] != CN_SEARCH_NO_MATCH)
        order[starts[ranks[i]]++] = i;
  }

  *n_out = n_shown;
  return order;
}

static void
update (CnRankedList *self)
{
  guint n_new;
  g_autofree guint32 *old = self->order;
  guint n_old = self->n_order;
  guint32 *order = compute_order (self, &n_new);
  guint prefix = 0, suffix = 0;

  self->order = order;
  self->n_order = n_new;

  /* Report only the part that changed, so rows that stay are kept. */
  while (prefix < n_old && prefix < n_new && old[prefix] == order[prefix])
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         old[n_old - 1 - suffix] == order[n_new - 1 - suffix])
    suffix++;

  if (n_old - prefix - suffix > 0 || n_new - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, n_old - prefix - suffix, n_new - prefix - suffix);
}

static void
filter_changed_cb (CnRankedList    *self,
                   GtkFilterChange  change)
{
  update (self);
}

/* The source's items in an array: get_item() and cn_ranked_list_find_item()
 * run over many positions at each keystroke, and a GListStore lookup is
 * logarithmic, not constant, at 100 000 records. */
static void
take_snapshot (CnRankedList *self)
{
  guint n = g_list_model_get_n_items (self->items);

  g_clear_pointer (&self->snapshot, g_ptr_array_unref);
  self->snapshot = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->snapshot, g_list_model_get_item (self->items, i));
}

static void
source_items_changed_cb (CnRankedList *self)
{
  guint n_old = self->n_order;

  take_snapshot (self);
  g_free (self->order);
  self->order = compute_order (self, &self->n_order);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, self->n_order);
}

static void
cn_ranked_list_finalize (GObject *object)
{
  CnRankedList *self = (CnRankedList *)object;

  g_clear_object (&self->items);
  g_clear_pointer (&self->snapshot, g_ptr_array_unref);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->order, g_free);

  G_OBJECT_CLASS (cn_ranked_list_parent_class)->finalize (object);
}

static void
cn_ranked_list_class_init (CnRankedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cn_ranked_list_finalize;
}

static void
cn_ranked_list_init (CnRankedList *self)
{
}

/**
 * cn_ranked_list_find_item:
 *
 * Returns: the position at which @item is shown, or
 *   %GTK_INVALID_LIST_POSITION when it is hidden or not in the list
 */
guint
cn_ranked_list_find_item (CnRankedList *self,
                          gpointer      item)
{
  g_return_val_if_fail (CN_IS_RANKED_LIST (self), GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < self->n_order; i++)
    if (g_ptr_array_index (self->snapshot, self->order[i]) == item)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/**
 * cn_ranked_list_new:
 * @items: the records, whose positions are the filter's
 * @filter: ranks them, and says when they change
 *
 * Returns: (transfer full): a list of the records @filter accepts, ranked
 */
CnRankedList *
cn_ranked_list_new (GListModel     *items,
                    CnSearchFilter *filter)
{
  CnRankedList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (filter), NULL);

  self = g_object_new (CN_TYPE_RANKED_LIST, NULL);
  self->items = g_object_ref (items);
  self->filter = g_object_ref (filter);
  take_snapshot (self);
  self->order = compute_order (self, &self->n_order);
  g_signal_connect_object (filter, "changed", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (items, "items-changed", G_CALLBACK (source_items_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}
