/* cn-commitments-timeline.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-network.h"

G_BEGIN_DECLS

/* The span the drawing shows, in months after joining. */
#define CN_COMMITMENTS_TIMELINE_MONTHS 60

#define CN_TYPE_COMMITMENTS_TIMELINE (cn_commitments_timeline_get_type ())

G_DECLARE_FINAL_TYPE (CnCommitmentsTimeline, cn_commitments_timeline, CN, COMMITMENTS_TIMELINE, GtkWidget)

GtkWidget  *cn_commitments_timeline_new          (void);
void        cn_commitments_timeline_set_network  (CnCommitmentsTimeline *self,
                                                  CnNetwork             *network);
guint       cn_commitments_timeline_get_n_drawn  (CnCommitmentsTimeline *self);
GtkWidget  *cn_commitments_timeline_get_list     (CnCommitmentsTimeline *self);
char       *cn_commitment_timing_text            (const CnCommitmentStep *step);

G_END_DECLS
