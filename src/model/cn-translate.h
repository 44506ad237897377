/* cn-translate.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char  *cn_translate            (const char *language,
                                      const char *msgid);

G_END_DECLS
