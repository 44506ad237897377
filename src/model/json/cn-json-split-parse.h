/* cn-json-split-parse.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cn-json-scan.h"

G_BEGIN_DECLS

JsonNode *cn_json_split_parse (const char        *data,
                               gsize              length,
                               gsize              skip,
                               const CnJsonSplit *split,
                               GPtrArray         *parsers);

G_END_DECLS
