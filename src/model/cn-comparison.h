/* cn-comparison.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cn-types.h"

G_BEGIN_DECLS

/* A comparison needs two networks to mean anything, and more than four
 * columns no longer fit a laptop screen side by side. */
#define CN_COMPARISON_MIN 2
#define CN_COMPARISON_MAX 4

#define CN_TYPE_COMPARISON (cn_comparison_get_type ())

G_DECLARE_FINAL_TYPE (CnComparison, cn_comparison, CN, COMPARISON, GObject)

CnComparison *cn_comparison_new           (void);
gboolean      cn_comparison_contains      (CnComparison *self,
                                           CnNetwork    *network);
gboolean      cn_comparison_add           (CnComparison *self,
                                           CnNetwork    *network);
gboolean      cn_comparison_remove        (CnComparison *self,
                                           CnNetwork    *network);
void          cn_comparison_clear         (CnComparison *self);
gboolean      cn_comparison_is_full       (CnComparison *self);
char        **cn_comparison_dup_ids       (CnComparison *self);

G_END_DECLS
