/* cn-fit.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cn-types.h"

G_BEGIN_DECLS

/* Where the asking authority is, as the eligible-areas vocabulary can
 * answer it. */
typedef enum
{
  CN_FIT_REGION_EU_MEMBER,
  CN_FIT_REGION_EU_NEIGHBOURHOOD_MEDITERRANEAN,
  CN_FIT_REGION_ELSEWHERE,
} CnFitRegion;

typedef enum
{
  CN_FIT_FEE_UNSURE,
  CN_FIT_FEE_YES,
  CN_FIT_FEE_NO,
} CnFitFee;

typedef enum
{
  CN_FIT_STAFF_LOW,
  CN_FIT_STAFF_MEDIUM,
  CN_FIT_STAFF_HIGH,
} CnFitStaff;

/* The questionnaire's answers. Arrays are NULL-terminated ids, NULL or
 * empty when nothing is wanted. */
typedef struct
{
  int                  population;      /* residents; 0 when not given */
  CnFitRegion          region;
  const char          *authority_type;  /* vocabularies.authority_types id, NULL when not given */
  const char * const  *themes;
  const char * const  *benefits;
  CnFitFee             can_pay_fee;
  CnFitStaff           staff_time;
} CnFitAnswers;

/* Points of the score (README: "Fit finder scoring"). */
#define CN_FIT_POINTS_BENEFIT 2
#define CN_FIT_POINTS_THEME   1
#define CN_FIT_POINTS_NO_FEE  1

typedef enum
{
  CN_FIT_NOTE_REASON,    /* a confirmed fact in the answers' favour */
  CN_FIT_NOTE_BLOCKER,   /* a confirmed fact that rules the network out */
  CN_FIT_NOTE_UNKNOWN,   /* a fact the data does not confirm: never a fit */
  CN_FIT_NOTE_CAUTION,   /* a confirmed fact to weigh, neither for nor against */
} CnFitNoteKind;

/* Which structured fact a note comes from: what the tests and the report
 * check, independent of the wording. */
typedef enum
{
  CN_FIT_FACT_BENEFITS,
  CN_FIT_FACT_THEMES,
  CN_FIT_FACT_FEE,
  CN_FIT_FACT_STATUS,
  CN_FIT_FACT_APPLICATIONS,
  CN_FIT_FACT_STATES_ONLY,
  CN_FIT_FACT_POPULATION,
  CN_FIT_FACT_AREA,
  CN_FIT_FACT_AUTHORITY_TYPE,
  CN_FIT_FACT_PROCESS,
  CN_FIT_FACT_COMMITMENTS,
} CnFitFact;

typedef struct
{
  CnFitNoteKind  kind;
  CnFitFact      fact;
  char          *text;     /* translated, plain text (never markup) */
  const CnText  *detail;   /* nullable, borrowed: the record's own note */
} CnFitNote;

typedef struct
{
  CnNetwork  *network;     /* borrowed */
  int         score;       /* points from confirmed matches only */
  guint       n_benefits;  /* wanted benefits it delivers */
  guint       n_themes;    /* wanted themes it works on */
  gboolean    blocked;     /* at least one blocker */
  GArray     *notes;       /* CnFitNote, reasons first, then blockers, cautions, unknowns */
} CnFitResult;

GPtrArray   *cn_fit_rank            (CnCatalog          *catalog,
                                     const CnFitAnswers *answers);
CnFitResult *cn_fit_network         (CnNetwork          *network,
                                     const CnFitAnswers *answers);
void         cn_fit_result_free     (CnFitResult        *result);
gboolean     cn_fit_result_is_fit   (const CnFitResult  *result);
guint        cn_fit_result_count    (const CnFitResult  *result,
                                     CnFitNoteKind       kind);
const CnFitNote *cn_fit_result_find (const CnFitResult  *result,
                                     CnFitNoteKind       kind,
                                     CnFitFact           fact);

const char  *cn_fit_region_to_string   (CnFitRegion  region);
gboolean     cn_fit_region_from_string (const char  *string,
                                        CnFitRegion *region);
const char  *cn_fit_fee_to_string      (CnFitFee     fee);
gboolean     cn_fit_fee_from_string    (const char  *string,
                                        CnFitFee    *fee);
const char  *cn_fit_staff_to_string    (CnFitStaff   staff);
gboolean     cn_fit_staff_from_string  (const char  *string,
                                        CnFitStaff  *staff);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnFitResult, cn_fit_result_free)

G_END_DECLS
