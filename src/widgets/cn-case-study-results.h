/* cn-case-study-results.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"

G_BEGIN_DECLS

#define CN_TYPE_CASE_STUDY_RESULTS (cn_case_study_results_get_type ())

G_DECLARE_FINAL_TYPE (CnCaseStudyResults, cn_case_study_results, CN, CASE_STUDY_RESULTS, GtkWidget)

GtkWidget   *cn_case_study_results_new           (void);
void         cn_case_study_results_set_matches   (CnCaseStudyResults  *self,
                                                  GArray              *matches,
                                                  const CnSearchQuery *highlight);
guint        cn_case_study_results_get_n_matches (CnCaseStudyResults  *self);
guint        cn_case_study_results_get_n_shown   (CnCaseStudyResults  *self);
GtkWidget   *cn_case_study_results_get_result    (CnCaseStudyResults  *self,
                                                  guint                index);

G_END_DECLS
