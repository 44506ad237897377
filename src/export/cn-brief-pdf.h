/* cn-brief-pdf.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "cn-brief.h"

G_BEGIN_DECLS

/* A4 in PostScript points. */
#define CN_BRIEF_A4_WIDTH  595.276
#define CN_BRIEF_A4_HEIGHT 841.89

typedef struct _CnBriefPages CnBriefPages;

CnBriefPages  *cn_brief_pages_new        (CnBrief       *brief,
                                          PangoContext  *context,
                                          double         width,
                                          double         height);
void           cn_brief_pages_free       (CnBriefPages  *self);
guint          cn_brief_pages_get_n_pages (CnBriefPages *self);
void           cn_brief_pages_draw       (CnBriefPages  *self,
                                          cairo_t       *cr,
                                          guint          page);

GBytes        *cn_brief_to_pdf           (CnBrief       *brief,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnBriefPages, cn_brief_pages_free)

G_END_DECLS
