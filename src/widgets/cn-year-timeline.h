/* cn-year-timeline.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-case-study.h"

G_BEGIN_DECLS

#define CN_TYPE_YEAR_TIMELINE (cn_year_timeline_get_type ())

G_DECLARE_FINAL_TYPE (CnYearTimeline, cn_year_timeline, CN, YEAR_TIMELINE, GtkWidget)

GtkWidget  *cn_year_timeline_new             (void);
void        cn_year_timeline_set_case_study  (CnYearTimeline *self,
                                              CnCaseStudy    *study);
guint       cn_year_timeline_get_n_marks     (CnYearTimeline *self);
GtkWidget  *cn_year_timeline_get_mark        (CnYearTimeline *self,
                                              guint           index);
int         cn_year_timeline_get_selected    (CnYearTimeline *self);
void        cn_year_timeline_select          (CnYearTimeline *self,
                                              guint           index);
const char *cn_year_timeline_get_selected_text (CnYearTimeline *self);

G_END_DECLS
