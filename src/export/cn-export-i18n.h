/* cn-export-i18n.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char  *cn_export_translate     (const char *language,
                                      const char *msgid);
char        *cn_export_format_date   (const char *language,
                                      const char *iso_date);
const char  *cn_export_language_name (const char *language,
                                      const char *in_language);
gboolean     cn_export_language_is_supported (const char *language);
const char  *cn_export_default_language      (void);

/* The languages a brief or a table can be written in, English first. */
#define CN_EXPORT_LANGUAGES { "en", "he", "ar" }

G_END_DECLS
