/* cn-list-slot.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One position of a list whose content changes in place: the "item"
 * property says what the position shows now. See CnRankedSelection for why
 * the network list is made of these rather than of the networks. */

#include "config.h"

#include "cn-list-slot.h"

struct _CnListSlot
{
  GObject  parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (CnListSlot, cn_list_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cn_list_slot_dispose (GObject *object)
{
  CnListSlot *self = (CnListSlot *)object;

  g_clear_object (&self->item);

  G_OBJECT_CLASS (cn_list_slot_parent_class)->dispose (object);
}

static void
cn_list_slot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CnListSlot *self = CN_LIST_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_list_slot_class_init (CnListSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cn_list_slot_dispose;
  object_class->get_property = cn_list_slot_get_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cn_list_slot_init (CnListSlot *self)
{
}

CnListSlot *
cn_list_slot_new (gpointer item)
{
  CnListSlot *self;

  g_return_val_if_fail (item == NULL || G_IS_OBJECT (item), NULL);

  self = g_object_new (CN_TYPE_LIST_SLOT, NULL);
  g_set_object (&self->item, item);
  return self;
}

/**
 * cn_list_slot_get_item:
 *
 * Returns: (transfer none) (type GObject) (nullable): what the position shows
 */
gpointer
cn_list_slot_get_item (CnListSlot *self)
{
  g_return_val_if_fail (CN_IS_LIST_SLOT (self), NULL);

  return self->item;
}

void
cn_list_slot_set_item (CnListSlot *self,
                       gpointer    item)
{
  g_return_if_fail (CN_IS_LIST_SLOT (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
