/* cn-application.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"
#include "cn-shortlist.h"

G_BEGIN_DECLS

#define CN_TYPE_APPLICATION (cn_application_get_type ())

G_DECLARE_FINAL_TYPE (CnApplication, cn_application, CN, APPLICATION, GtkApplication)

CnApplication *cn_application_new            (void);
int            cn_application_check_catalog  (const char *path,
                                              GPtrArray  *lines);
gboolean       cn_application_get_restart_requested (CnApplication *self);
CnShortlist   *cn_application_get_shortlist  (CnApplication *self);
void           cn_application_set_start_time (CnApplication *self,
                                              gint64         monotonic_time);

G_END_DECLS
