/* cn-model-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The item structs, shared by the items and the loader that fills them.
 * Only src/model/ includes this. */

#include "cn-benefit.h"
#include "cn-case-study.h"
#include "cn-network.h"

G_BEGIN_DECLS

struct _CnNetwork
{
  GObject              parent_instance;

  guint                position;
  char                *id;
  CnText              *name;
  char                *acronym;
  char               **aliases;
  CnNetworkKind        kind;
  CnNetworkStatus      status;
  int                  status_year;
  CnText              *status_note;
  CnText              *successor_name;
  char                *successor_website;
  CnNetwork           *successor;           /* borrowed */
  int                  founded;
  CnText              *founders;
  CnText              *secretariat;
  CnText              *summary;
  CnText              *description;
  CnText              *eligibility;
  CnIsraelEligibility  israel_eligibility;
  CnText              *israel_eligibility_note;
  CnText              *cost;
  CnText              *commitments;
  CnText              *size;
  int                  size_year;
  GPtrArray           *themes;              /* CnTerm, borrowed */
  GPtrArray           *regions;             /* CnTerm, borrowed */
  GArray              *programmes;          /* CnProgramme */
  GArray              *benefits;            /* CnBenefitLink */
  GArray              *israel;              /* CnDatedText */
  CnText              *unconfirmed;
  char                *website;
  GArray              *sources;             /* CnSource */
  char                *verified;

  /* What an authority needs to decide (cn-catalog-reader-decide.c). */
  CnText              *guide;
  CnText              *short_name;
  CnFeeStatus          fee_status;
  CnText              *fee_amount;
  int                  fee_year;
  GArray              *fee_sources;         /* CnSource */
  GPtrArray           *flags;               /* CnTerm, borrowed */
  CnEligibilityConditions *conditions;      /* NULL when not given */
  GArray              *commitment_steps;    /* CnCommitmentStep */
  CnHowToJoin         *how_to_join;         /* NULL when not given */
  GArray              *calls;               /* CnCall */
};

struct _CnBenefit
{
  GObject    parent_instance;

  guint      position;
  char      *id;
  CnText    *title;
  CnText    *summary;
  CnText    *explanation;
  CnText    *in_practice;
  GArray    *deliveries;  /* CnDelivery */
  GArray    *sources;     /* CnSource */
  char      *verified;
};

struct _CnCaseStudy
{
  GObject    parent_instance;

  char      *id;
  CnText    *title;
  CnText    *summary;
  GArray    *sections;      /* CnCaseSection */
  GArray    *achievements;  /* CnAchievement */
  GArray    *timeline;      /* CnTimelineEvent */
  GArray    *sources;       /* CnSource */
  char      *verified;
};

GArray *_cn_source_array_new       (void);
GArray *_cn_programme_array_new    (void);
GArray *_cn_benefit_link_array_new (void);
GArray *_cn_dated_text_array_new   (void);

/* cn-records.c: the records that hold what an authority needs to decide. */
GArray *_cn_commitment_step_array_new     (void);
GArray *_cn_call_array_new                (void);
GArray *_cn_glossary_array_new            (void);
GArray *_cn_israeli_authority_array_new   (void);
CnEligibilityConditions *_cn_eligibility_conditions_new (void);
void    _cn_eligibility_conditions_free   (CnEligibilityConditions *conditions);
CnHowToJoin *_cn_how_to_join_new          (void);
void    _cn_how_to_join_free              (CnHowToJoin *how);
void    _cn_dataset_info_free             (CnDatasetInfo *info);

/* The one wording of "too large" for every file the model reads (datasets,
 * the shortlist), in cn-catalog-problem.c. */
char   *_cn_file_too_large_message        (guint64        size,
                                           gsize          max_size);

G_END_DECLS
