/* cn-dates.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char        *cn_date_format_long     (const char *language,
                                      const char *iso_date);

G_END_DECLS
