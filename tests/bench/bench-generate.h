/* bench-generate.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes a synthetic catalog of @n_networks to @path: valid for the loader
 * (schema version 1, both vocabularies, the five benefits), every text in
 * English and Hebrew at realistic sizes (names ~60 characters, summaries
 * ~300, descriptions ~1 500). The content depends on the record's index
 * only, so a smaller catalog is a prefix of a larger one. */
gboolean  bench_generate_catalog  (const char  *path,
                                   guint        n_networks,
                                   GError     **error);

G_END_DECLS
