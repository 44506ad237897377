/* cn-freshness.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* How old a record's "verified" date may be before the app says it is
 * due for a new check. One constant, so the UI and the tests agree. */

#include "cn-types.h"

G_BEGIN_DECLS

#define CN_FRESHNESS_MONTHS 12

gboolean cn_date_is_stale   (const char *date,
                             GDateTime  *now);
gboolean cn_network_is_stale (CnNetwork  *network,
                              GDateTime  *now);

G_END_DECLS
