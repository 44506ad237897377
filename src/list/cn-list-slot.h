/* cn-list-slot.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CN_TYPE_LIST_SLOT (cn_list_slot_get_type ())

G_DECLARE_FINAL_TYPE (CnListSlot, cn_list_slot, CN, LIST_SLOT, GObject)

CnListSlot *cn_list_slot_new      (gpointer    item);
gpointer    cn_list_slot_get_item (CnListSlot *self);
void        cn_list_slot_set_item (CnListSlot *self,
                                   gpointer    item);

G_END_DECLS
