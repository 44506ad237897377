/* cn-comparison.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The networks chosen for a side-by-side comparison: a list model of at
 * most CN_COMPARISON_MAX networks, in the order they were added (the
 * order of the columns). The window owns one; the detail pane's Compare
 * button, the header bar's Compare (N) button and the comparison view
 * follow it. */

#include "config.h"

#include "cn-comparison.h"
#include "cn-network.h"

struct _CnComparison
{
  GObject    parent_instance;

  GPtrArray *networks;   /* CnNetwork, owned */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CnComparison, cn_comparison, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
cn_comparison_get_item_type (GListModel *model)
{
  return CN_TYPE_NETWORK;
}

static guint
cn_comparison_get_n_items (GListModel *model)
{
  return CN_COMPARISON (model)->networks->len;
}

static gpointer
cn_comparison_get_item (GListModel *model,
                        guint       position)
{
  CnComparison *self = CN_COMPARISON (model);

  if (position >= self->networks->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->networks, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cn_comparison_get_item_type;
  iface->get_n_items = cn_comparison_get_n_items;
  iface->get_item = cn_comparison_get_item;
}

static void
changed (CnComparison *self,
         guint         position,
         guint         removed,
         guint         added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
cn_comparison_finalize (GObject *object)
{
  CnComparison *self = (CnComparison *)object;

  g_clear_pointer (&self->networks, g_ptr_array_unref);

  G_OBJECT_CLASS (cn_comparison_parent_class)->finalize (object);
}

static void
cn_comparison_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CnComparison *self = CN_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->networks->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_comparison_class_init (CnComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cn_comparison_finalize;
  object_class->get_property = cn_comparison_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, CN_COMPARISON_MAX, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cn_comparison_init (CnComparison *self)
{
  self->networks = g_ptr_array_new_with_free_func (g_object_unref);
}

CnComparison *
cn_comparison_new (void)
{
  return g_object_new (CN_TYPE_COMPARISON, NULL);
}

gboolean
cn_comparison_contains (CnComparison *self,
                        CnNetwork    *network)
{
  g_return_val_if_fail (CN_IS_COMPARISON (self), FALSE);

  return network != NULL && g_ptr_array_find (self->networks, network, NULL);
}

gboolean
cn_comparison_is_full (CnComparison *self)
{
  g_return_val_if_fail (CN_IS_COMPARISON (self), FALSE);

  return self->networks->len >= CN_COMPARISON_MAX;
}

/**
 * cn_comparison_add:
 *
 * Adds @network as the last column.
 *
 * Returns: %FALSE when it was not added: it is already there, or the
 *   comparison already holds CN_COMPARISON_MAX networks
 */
gboolean
cn_comparison_add (CnComparison *self,
                   CnNetwork    *network)
{
  g_return_val_if_fail (CN_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (CN_IS_NETWORK (network), FALSE);

  if (cn_comparison_contains (self, network) || cn_comparison_is_full (self))
    return FALSE;

  g_ptr_array_add (self->networks, g_object_ref (network));
  changed (self, self->networks->len - 1, 0, 1);
  return TRUE;
}

/**
 * cn_comparison_remove:
 *
 * Returns: %FALSE when @network was not in the comparison
 */
gboolean
cn_comparison_remove (CnComparison *self,
                      CnNetwork    *network)
{
  guint position;

  g_return_val_if_fail (CN_IS_COMPARISON (self), FALSE);

  if (network == NULL || !g_ptr_array_find (self->networks, network, &position))
    return FALSE;

  g_ptr_array_remove_index (self->networks, position);
  changed (self, position, 1, 0);
  return TRUE;
}

void
cn_comparison_clear (CnComparison *self)
{
  guint n;

  g_return_if_fail (CN_IS_COMPARISON (self));

  n = self->networks->len;
  if (n == 0)
    return;
  g_ptr_array_set_size (self->networks, 0);
  changed (self, 0, n, 0);
}

/**
 * cn_comparison_dup_ids:
 *
 * Returns: (transfer full): the ids of the compared networks, in column
 *   order, %NULL-terminated
 */
char **
cn_comparison_dup_ids (CnComparison *self)
{
  GStrvBuilder *builder;
  char **ids;

  g_return_val_if_fail (CN_IS_COMPARISON (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->networks->len; i++)
    g_strv_builder_add (builder, cn_network_get_id (g_ptr_array_index (self->networks, i)));
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}
