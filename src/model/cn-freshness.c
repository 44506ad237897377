/* cn-freshness.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "cn-freshness.h"
#include "cn-network.h"

/**
 * cn_date_is_stale:
 * @date: (nullable): a YYYY-MM-DD date, as the loader checked it
 * @now: the current time (passed in, so tests can fix it)
 *
 * Returns: whether @date is more than %CN_FRESHNESS_MONTHS months before
 *   @now; a missing or unreadable date counts as stale
 */
gboolean
cn_date_is_stale (const char *date,
                  GDateTime  *now)
{
  g_autoptr(GDateTime) checked = NULL;
  g_autoptr(GDateTime) limit = NULL;
  int y, m, d;

  g_return_val_if_fail (now != NULL, FALSE);

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return TRUE;

  /* Compare calendar days in @now's time zone: a date has no time. */
  checked = g_date_time_new (g_date_time_get_timezone (now), y, m, d, 0, 0, 0);
  limit = g_date_time_add_months (now, -CN_FRESHNESS_MONTHS);
  if (checked == NULL || limit == NULL)
    return TRUE;
  return g_date_time_compare (checked, limit) < 0 &&
         !(g_date_time_get_year (checked) == g_date_time_get_year (limit) &&
           g_date_time_get_day_of_year (checked) == g_date_time_get_day_of_year (limit));
}

/**
 * cn_network_is_stale:
 * @now: the current time
 *
 * Returns: whether the record's verified date is older than
 *   %CN_FRESHNESS_MONTHS months
 */
gboolean
cn_network_is_stale (CnNetwork *network,
                     GDateTime *now)
{
  g_return_val_if_fail (CN_IS_NETWORK (network), FALSE);

  return cn_date_is_stale (cn_network_get_verified (network), now);
}
