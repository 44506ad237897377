/* cn-dataset-store.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cn-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  CN_KEPT_DATASET_USED,           /* the kept dataset is valid and not older */
  CN_KEPT_DATASET_MISSING,        /* there is no kept copy */
  CN_KEPT_DATASET_INVALID,        /* the kept copy no longer loads */
  CN_KEPT_DATASET_BUILTIN_NEWER,  /* the built-in dataset was published later */
} CnKeptDataset;

GFile     *cn_dataset_store_default_file  (void);
gboolean   cn_dataset_store_keep          (GFile          *kept,
                                           GFile          *source,
                                           GError        **error);
gboolean   cn_dataset_store_forget        (GFile          *kept,
                                           GError        **error);
CnCatalog *cn_dataset_store_choose        (GFile          *kept,
                                           CnCatalog      *bundled,
                                           CnKeptDataset  *outcome,
                                           char          **detail);
int        cn_dataset_compare_published   (CnCatalog      *a,
                                           CnCatalog      *b);

G_END_DECLS
