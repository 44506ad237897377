/* cn-uri.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The link policy: which addresses the app may open. Shared by the loader
 * (which refuses a catalog with other links) and the window (which checks
 * again before opening one). */

#include <glib.h>

G_BEGIN_DECLS

gboolean cn_uri_is_safe (const char *uri);

G_END_DECLS
