/* cn-case-study-panel.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-case-study.h"

G_BEGIN_DECLS

#define CN_TYPE_CASE_STUDY_PANEL (cn_case_study_panel_get_type ())

G_DECLARE_FINAL_TYPE (CnCaseStudyPanel, cn_case_study_panel, CN, CASE_STUDY_PANEL, GtkWidget)

GtkWidget    *cn_case_study_panel_new                (void);
CnCaseStudy  *cn_case_study_panel_get_case_study     (CnCaseStudyPanel *self);
void          cn_case_study_panel_set_case_study     (CnCaseStudyPanel *self,
                                                      CnCaseStudy      *study);
void          cn_case_study_panel_set_case_studies   (CnCaseStudyPanel *self,
                                                      GListModel       *studies);
void          cn_case_study_panel_scroll_to_section  (CnCaseStudyPanel *self,
                                                      const char       *section_id);
const char   *cn_case_study_panel_get_title          (CnCaseStudyPanel *self);

G_END_DECLS
