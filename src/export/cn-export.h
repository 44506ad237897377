/* cn-export.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cn-types.h"

G_BEGIN_DECLS

typedef enum
{
  CN_EXPORT_FORMAT_PDF,
  CN_EXPORT_FORMAT_MARKDOWN,
  CN_EXPORT_FORMAT_CSV,
  CN_EXPORT_FORMAT_ICS,
} CnExportFormat;

typedef struct
{
  const char *language;    /* "he" or "en" */
  const char *title;       /* nullable */
  const char *authority;   /* nullable */
  const char *date;        /* nullable: today, or $CN_EXPORT_DATE */
} CnExportOptions;

gboolean   cn_export_format_from_path   (const char             *path,
                                         CnExportFormat         *format);
char      *cn_export_today              (void);
GBytes    *cn_export_csv                (CnNetwork * const      *networks,
                                         guint                   n_networks,
                                         const char             *language);
GBytes    *cn_export_render             (CnExportFormat          format,
                                         CnNetwork * const      *networks,
                                         guint                   n_networks,
                                         const CnExportOptions  *options,
                                         GError                **error);
gboolean   cn_export_write_file         (const char             *path,
                                         GBytes                 *contents,
                                         GError                **error);
int        cn_export_run_command_line   (const char             *path,
                                         const char             *network_ids,
                                         const char             *language,
                                         const char             *title,
                                         const char             *authority,
                                         const char             *catalog_path);

G_END_DECLS
