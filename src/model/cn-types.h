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
} CnIsraelEligibility;

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

G_END_DECLS
