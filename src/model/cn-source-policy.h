/* cn-source-policy.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The source policy: which hosts the catalog must not cite as the source
 * of a fact. The loader warns about them; the tests refuse them in the
 * bundled dataset. */

#include <glib.h>

G_BEGIN_DECLS

/* A title that says the page is a copy of a lost original contains this. */
#define CN_SOURCE_COPY_MARK "(copy on "

gboolean             cn_source_is_weak          (const char *url,
                                                 const char *title);
gboolean             cn_source_host_is_denied   (const char *host);
const char * const  *cn_source_denied_hosts     (void);

G_END_DECLS
