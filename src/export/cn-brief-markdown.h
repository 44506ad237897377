/* cn-brief-markdown.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cn-brief.h"

G_BEGIN_DECLS

char  *cn_brief_to_markdown  (CnBrief *brief);

G_END_DECLS
