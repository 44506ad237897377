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

G_END_DECLS
