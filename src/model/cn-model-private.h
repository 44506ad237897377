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

G_END_DECLS
