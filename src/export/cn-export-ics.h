/* cn-export-ics.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cn-types.h"

G_BEGIN_DECLS

GBytes   *cn_export_ics             (const CnCall * const *calls,
                                     guint                 n_calls,
                                     const char           *language,
                                     GDateTime            *stamp);
char     *cn_ics_escape_text        (const char           *text);
char     *cn_ics_fold_line          (const char           *line);

G_END_DECLS
