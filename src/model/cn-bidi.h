/* cn-bidi.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cn-text.h"

G_BEGIN_DECLS

char        *cn_bidi_isolate               (const char   *text);
char        *cn_bidi_isolate_text          (const CnText *text);
char        *cn_bidi_isolate_latin_runs    (const char   *text);
char        *cn_bidi_prepare_text          (const char   *value,
                                            gboolean      rtl);
gboolean     cn_bidi_text_is_rtl           (const CnText *text);
gboolean     cn_bidi_language_is_rtl       (const char   *language);
gboolean     cn_bidi_has_rtl_letters       (const char   *text);

G_END_DECLS
