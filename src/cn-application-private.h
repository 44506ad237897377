/* cn-application-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Shared by cn-application.c and its parts (cn-application-*.c); not for
 * other code. */

#include "cn-application.h"
#include "cn-window.h"

G_BEGIN_DECLS

/* cn-application.c */
CnWindow  *_cn_application_switch_catalog          (CnApplication *self,
                                                    CnCatalog     *catalog,
                                                    gboolean       builtin);
CnCatalog *_cn_application_get_catalog             (CnApplication *self);
gboolean   _cn_application_get_catalog_is_builtin  (CnApplication *self);
GSettings *_cn_application_get_settings            (CnApplication *self);
CnWindow  *_cn_application_get_window              (CnApplication *self);
void       _cn_application_count_loads             (CnApplication *self,
                                                    int            delta);

/* cn-application-command-line.c */
int        _cn_application_command_line            (GApplication            *app,
                                                    GApplicationCommandLine *command_line);
void       _cn_application_report_unusable         (CnWindow                *window,
                                                    GApplicationCommandLine *command_line,
                                                    const char              *headline,
                                                    GPtrArray               *problems,
                                                    const GError            *error);

/* cn-application-dataset.c */
void       _cn_application_dataset_actions_init    (CnApplication *self);
void       _cn_application_dataset_update_actions  (CnApplication *self);
char      *_cn_application_describe_dataset        (CnApplication *self);
void       _cn_application_open_dataset_file       (CnApplication *self,
                                                    GFile         *file);
void       _cn_application_keep_dataset_file       (CnApplication *self,
                                                    GFile         *file,
                                                    CnCatalog     *catalog,
                                                    gboolean       keep);

G_END_DECLS
