/* cn-clamp.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CN_TYPE_CLAMP (cn_clamp_get_type ())

G_DECLARE_FINAL_TYPE (CnClamp, cn_clamp, CN, CLAMP, GtkWidget)

GtkWidget *cn_clamp_new              (void);
int        cn_clamp_get_maximum_size (CnClamp   *self);
void       cn_clamp_set_maximum_size (CnClamp   *self,
                                      int        maximum_size);
GtkWidget *cn_clamp_get_child        (CnClamp   *self);
void       cn_clamp_set_child        (CnClamp   *self,
                                      GtkWidget *child);

G_END_DECLS
