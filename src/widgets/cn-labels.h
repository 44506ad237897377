/* cn-labels.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-text.h"
#include "cn-types.h"

G_BEGIN_DECLS

const char  *cn_kind_label                 (CnNetworkKind        kind);
const char  *cn_eligibility_label          (CnIsraelEligibility  eligibility);
GtkWidget   *cn_wrapped_label_new          (const char          *text);
GtkWidget   *cn_heading_new                (const char          *text,
                                            int                  level);
GtkWidget   *cn_body_label_new             (const CnText        *text);
GtkWidget   *cn_link_button_new            (const char          *label,
                                            const char          *action_name,
                                            GVariant            *target,
                                            const char          *tooltip);

G_END_DECLS
