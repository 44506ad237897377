/* cn-types.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cn-text.h"

G_BEGIN_DECLS

/* Forward declarations, so headers need not include each other. */
typedef struct _CnBenefit   CnBenefit;
typedef struct _CnCaseStudy CnCaseStudy;
typedef struct _CnCatalog   CnCatalog;
typedef struct _CnNetwork   CnNetwork;

typedef enum
{
  CN_NETWORK_KIND_MEMBERSHIP_NETWORK,
  CN_NETWORK_KIND_PROGRAMME,
  CN_NETWORK_KIND_AWARD,
  CN_NETWORK_KIND_POLICY_FRAMEWORK,
  CN_NETWORK_KIND_INTERGOVERNMENTAL_ORGANISATION,
} CnNetworkKind;

typedef enum
{
  CN_NETWORK_STATUS_ACTIVE,
  CN_NETWORK_STATUS_ENDED,
  CN_NETWORK_STATUS_RENAMED,
  CN_NETWORK_STATUS_UNCONFIRMED,
} CnNetworkStatus;

typedef enum
{
  CN_ISRAEL_ELIGIBILITY_UNCLEAR,
  CN_ISRAEL_ELIGIBILITY_YES,
  CN_ISRAEL_ELIGIBILITY_NO,
  CN_ISRAEL_ELIGIBILITY_PARTLY,
} CnIsraelEligibility;

typedef enum
{
  CN_FEE_UNKNOWN,
  CN_FEE_NONE,
  CN_FEE_PAID,
  CN_FEE_NOT_APPLICABLE,
} CnFeeStatus;

/* How an authority gets in. */
typedef enum
{
  CN_JOIN_PROCESS_UNKNOWN,
  CN_JOIN_PROCESS_OPEN_APPLICATION,
  CN_JOIN_PROCESS_SELECTION,
  CN_JOIN_PROCESS_INVITATION,
  CN_JOIN_PROCESS_COMPETITION,
  CN_JOIN_PROCESS_APPROVAL,
} CnJoinProcess;

typedef enum
{
  CN_CALL_KIND_CALL,
  CN_CALL_KIND_AWARD_EDITION,
  CN_CALL_KIND_DEADLINE,
} CnCallKind;

/* Plain records inside the items: read-only, owned by their item. */
typedef struct
{
  char *title;
  char *url;
} CnSource;

typedef struct
{
  char   *id;
  CnText *label;
} CnTerm;

typedef struct
{
  CnText *name;
  int     year;          /* 0 when unknown */
  CnText *description;
} CnProgramme;

typedef struct
{
  CnBenefit *benefit;    /* borrowed from the catalog */
  CnText    *example;
} CnBenefitLink;

typedef struct
{
  CnText *text;
  int     year;          /* 0 when unknown */
} CnDatedText;

/* Who may apply, as facts a fit finder can filter on. NULL/0/empty when
 * not known. */
typedef struct
{
  int         population_min;    /* 0 when there is no floor or it is unknown */
  CnText     *population_note;
  GPtrArray  *areas;             /* CnTerm, borrowed (vocabularies.eligible_areas) */
  GPtrArray  *authority_types;   /* CnTerm, borrowed (vocabularies.authority_types) */
  CnJoinProcess process;
  CnText     *note;
  GArray     *sources;           /* CnSource */
} CnEligibilityConditions;

/* One thing a member must do, once (due_months after joining) or again
 * and again (every repeat_months). */
typedef struct
{
  CnText     *what;
  int         due_months;        /* -1 when not given */
  int         repeat_months;     /* 0 when it does not repeat or is not known */
  GArray     *sources;           /* CnSource */
} CnCommitmentStep;

typedef struct
{
  CnText     *steps;
  char       *contact_url;       /* NULL when not given */
  char      **languages;         /* working languages, never NULL */
  CnText     *reporting_platform;
  GArray     *sources;           /* CnSource */
} CnHowToJoin;

/* A dated call, award edition or deadline of a network. */
typedef struct
{
  CnNetwork  *network;           /* borrowed: the network that runs it */
  CnText     *title;
  CnCallKind  kind;
  char       *opens;             /* YYYY-MM-DD or NULL */
  char       *closes;            /* YYYY-MM-DD or NULL */
  char       *url;
  GArray     *sources;           /* CnSource */
} CnCall;

typedef struct
{
  char       *term;              /* as written, e.g. "GCoM" */
  CnText     *expansion;
  CnText     *definition;
  GArray     *sources;           /* CnSource */
} CnGlossaryEntry;

/* An Israeli authority's confirmed part in the catalog's networks. */
typedef struct
{
  CnText     *authority;
  CnText     *text;
  int         year;              /* 0 when unknown */
  GPtrArray  *networks;          /* CnNetwork, borrowed */
  GArray     *sources;           /* CnSource */
} CnIsraeliAuthority;

typedef struct
{
  CnText     *title;
  CnText     *publisher;
  char       *version;
  char       *published;         /* YYYY-MM-DD */
} CnDatasetInfo;

G_END_DECLS
