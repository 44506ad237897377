/* cn-case-study.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cn-types.h"

G_BEGIN_DECLS

#define CN_TYPE_CASE_STUDY (cn_case_study_get_type ())

G_DECLARE_FINAL_TYPE (CnCaseStudy, cn_case_study, CN, CASE_STUDY, GObject)

typedef struct
{
  char       *id;
  CnText     *title;
  CnText     *body;
  GPtrArray  *networks;   /* CnNetwork, borrowed */
  gboolean    own_reading; /* the app's own reading, not a reported fact */
  GArray     *sources;    /* CnSource; empty when the case study's own list covers it */
} CnCaseSection;

typedef struct
{
  int         year;
  CnText     *title;
  CnText     *text;
  CnBenefit  *benefit;    /* borrowed */
  GPtrArray  *networks;   /* CnNetwork, borrowed */
  GArray     *sources;    /* CnSource, possibly empty */
} CnAchievement;

typedef struct
{
  int         year;
  CnText     *event;
  GPtrArray  *networks;   /* CnNetwork, borrowed */
  GArray     *sources;    /* CnSource, possibly empty */
} CnTimelineEvent;

const char            *cn_case_study_get_id            (CnCaseStudy *self);
const CnText          *cn_case_study_get_title         (CnCaseStudy *self);
const CnText          *cn_case_study_get_summary       (CnCaseStudy *self);
const CnCaseSection   *cn_case_study_get_sections      (CnCaseStudy *self,
                                                        guint       *n_sections);
const CnAchievement   *cn_case_study_get_achievements  (CnCaseStudy *self,
                                                        guint       *n_achievements);
const CnTimelineEvent *cn_case_study_get_timeline      (CnCaseStudy *self,
                                                        guint       *n_events);
const CnSource        *cn_case_study_get_sources       (CnCaseStudy *self,
                                                        guint       *n_sources);
const char            *cn_case_study_get_verified      (CnCaseStudy *self);
gboolean               cn_case_study_mentions_network  (CnCaseStudy *self,
                                                        CnNetwork   *network);
const CnCaseSection   *cn_case_study_find_section_for_network (CnCaseStudy *self,
                                                               CnNetwork   *network);

G_END_DECLS
