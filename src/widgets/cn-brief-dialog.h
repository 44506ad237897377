/* cn-brief-dialog.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CN_TYPE_BRIEF_DIALOG (cn_brief_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CnBriefDialog, cn_brief_dialog, CN, BRIEF_DIALOG, GtkWindow)

CnBriefDialog *cn_brief_dialog_new            (GtkWindow     *parent,
                                               gboolean       print,
                                               guint          n_networks);
const char    *cn_brief_dialog_get_title      (CnBriefDialog *self);
void           cn_brief_dialog_set_title      (CnBriefDialog *self,
                                               const char    *title);
const char    *cn_brief_dialog_get_authority  (CnBriefDialog *self);
void           cn_brief_dialog_set_authority  (CnBriefDialog *self,
                                               const char    *authority);
const char    *cn_brief_dialog_get_language   (CnBriefDialog *self);
void           cn_brief_dialog_set_language   (CnBriefDialog *self,
                                               const char    *language);
void           cn_brief_dialog_accept         (CnBriefDialog *self);

G_END_DECLS
