/* cn-catalog-loader.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cn-catalog.h"

G_BEGIN_DECLS

void       cn_catalog_load_file_async   (GFile                *file,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
CnCatalog *cn_catalog_load_file_finish  (GAsyncResult         *result,
                                         GPtrArray           **problems,
                                         GError              **error);

G_END_DECLS
