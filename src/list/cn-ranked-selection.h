/* cn-ranked-selection.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-ranked-list.h"

G_BEGIN_DECLS

#define CN_TYPE_RANKED_SELECTION (cn_ranked_selection_get_type ())

G_DECLARE_FINAL_TYPE (CnRankedSelection, cn_ranked_selection, CN, RANKED_SELECTION, GObject)

CnRankedSelection *cn_ranked_selection_new               (CnRankedList      *model);
CnRankedList      *cn_ranked_selection_get_model         (CnRankedSelection *self);
guint              cn_ranked_selection_get_selected      (CnRankedSelection *self);
void               cn_ranked_selection_set_selected      (CnRankedSelection *self,
                                                          guint              position);
void               cn_ranked_selection_unselect          (CnRankedSelection *self);
gpointer           cn_ranked_selection_get_selected_item (CnRankedSelection *self);

G_END_DECLS
