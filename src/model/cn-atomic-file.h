/* cn-atomic-file.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  cn_atomic_file_write  (const char  *path,
                                 const void  *data,
                                 gsize        length,
                                 int          mode,
                                 GError     **error);

G_END_DECLS
