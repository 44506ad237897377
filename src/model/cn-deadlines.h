/* cn-deadlines.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cn-types.h"

G_BEGIN_DECLS

/* A call closing this many days from today, or fewer, is closing soon. */
#define CN_DEADLINE_SOON_DAYS 30

typedef enum
{
  CN_DEADLINE_OPEN,          /* opened (or no opening date) and closes later */
  CN_DEADLINE_CLOSING_SOON,  /* closes within CN_DEADLINE_SOON_DAYS */
  CN_DEADLINE_UPCOMING,      /* opens later */
  CN_DEADLINE_CLOSED,        /* closed before today */
  CN_DEADLINE_DATE_UNKNOWN,  /* no closing date: whether it is open is not known */
} CnDeadlineStatus;

CnDeadlineStatus  cn_call_get_status       (const CnCall *call,
                                            GDateTime    *now);
int               cn_call_days_left        (const CnCall *call,
                                            GDateTime    *now);
GPtrArray        *cn_deadlines_sort        (GPtrArray    *calls,
                                            GDateTime    *now);

G_END_DECLS
