/* cn-glance.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"

G_BEGIN_DECLS

#define CN_TYPE_GLANCE (cn_glance_get_type ())

G_DECLARE_FINAL_TYPE (CnGlance, cn_glance, CN, GLANCE, GtkWidget)

void         cn_glance_set_network            (CnGlance            *self,
                                               CnNetwork           *network);
gboolean     cn_glance_is_stale_shown         (CnGlance            *self);
char        *cn_glance_dup_text               (CnGlance            *self);

/* The words the glance, the rows and the sections share. */
const char  *cn_glance_eligibility_word       (CnIsraelEligibility  eligibility);
const char  *cn_glance_eligibility_icon       (CnIsraelEligibility  eligibility);
char        *cn_glance_eligibility_sentence   (CnIsraelEligibility  eligibility);
char        *cn_glance_dup_cost               (CnNetwork           *network);
char        *cn_glance_dup_status             (CnNetwork           *network);
char        *cn_glance_dup_checked_on         (CnNetwork           *network);
const char  *cn_glance_language_name          (const char          *code);
void         cn_glance_fill_pills             (GtkBox              *box,
                                               CnNetwork           *network);

G_END_DECLS
