/* cn-deadlines.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where a call stands against a given day: the Deadlines view asks with
 * today, the tests with a fixed day. Dates are calendar days (YYYY-MM-DD),
 * compared in the local calendar: a call closing today is still open. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cn-deadlines.h"
#include "cn-network.h"

/* The day of @iso as a Julian day number, 0 when it is not a date. */
static guint32
julian_of_iso (const char *iso)
{
  unsigned year, month, day;
  char end;

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return 0;
  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, day, month, year);
    return g_date_get_julian (&date);
  }
}

static guint32
julian_of_now (GDateTime *now)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return g_date_get_julian (&date);
}

/**
 * cn_call_days_left:
 *
 * Returns: days from @now to the call's closing day (0 on the day itself,
 *   negative once closed), or G_MININT when it has no closing date
 */
int
cn_call_days_left (const CnCall *call,
                   GDateTime    *now)
{
  guint32 closes;

  g_return_val_if_fail (call != NULL && now != NULL, G_MININT);

  closes = julian_of_iso (call->closes);
  if (closes == 0)
    return G_MININT;
  return (int) closes - (int) julian_of_now (now);
}

CnDeadlineStatus
cn_call_get_status (const CnCall *call,
                    GDateTime    *now)
{
  guint32 today, opens;
  int left;

  g_return_val_if_fail (call != NULL && now != NULL, CN_DEADLINE_DATE_UNKNOWN);

  today = julian_of_now (now);
  opens = julian_of_iso (call->opens);
  left = cn_call_days_left (call, now);

  if (left != G_MININT && left < 0)
    return CN_DEADLINE_CLOSED;
  if (opens != 0 && opens > today)
    return CN_DEADLINE_UPCOMING;
  if (left == G_MININT)
    return CN_DEADLINE_DATE_UNKNOWN;
  if (left <= CN_DEADLINE_SOON_DAYS)
    return CN_DEADLINE_CLOSING_SOON;
  return CN_DEADLINE_OPEN;
}

typedef struct
{
  const CnCall     *call;
  CnDeadlineStatus  status;
  guint32           key;     /* closing day, else opening day, else 0 */
  guint             index;
} SortEntry;

static int
status_rank (CnDeadlineStatus status)
{
  switch (status)
    {
    case CN_DEADLINE_CLOSING_SOON: return 0;
    case CN_DEADLINE_OPEN:         return 1;
    case CN_DEADLINE_UPCOMING:     return 2;
    case CN_DEADLINE_DATE_UNKNOWN: return 3;
    case CN_DEADLINE_CLOSED:
    default:                       return 4;
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *x = a, *y = b;
  int rx = status_rank (x->status), ry = status_rank (y->status);

  if (rx != ry)
    return rx - ry;
  if (x->key != y->key)
    {
      /* Closed ones: the most recent first; the others: the soonest. */
      if (x->status == CN_DEADLINE_CLOSED)
        return x->key > y->key ? -1 : 1;
      return x->key < y->key ? -1 : 1;
    }
  return x->index < y->index ? -1 : x->index > y->index ? 1 : 0;
}

/**
 * cn_deadlines_sort:
 * @calls: (element-type CnCall): calls, as from cn_catalog_dup_calls()
 *
 * Orders @calls for the Deadlines view: closing soon, open, upcoming, date
 * unknown, then closed (the most recent first).
 *
 * Returns: (transfer container) (element-type CnCall): a new array of the
 *   same calls
 */
GPtrArray *
cn_deadlines_sort (GPtrArray *calls,
                   GDateTime *now)
{
  g_autofree SortEntry *entries = NULL;
  GPtrArray *sorted;

  g_return_val_if_fail (calls != NULL && now != NULL, NULL);

  entries = g_new0 (SortEntry, calls->len + 1);
  for (guint i = 0; i < calls->len; i++)
    {
      const CnCall *call = g_ptr_array_index (calls, i);
      guint32 closes = julian_of_iso (call->closes);

      entries[i].call = call;
      entries[i].status = cn_call_get_status (call, now);
      entries[i].key = closes != 0 ? closes : julian_of_iso (call->opens);
      entries[i].index = i;
    }
  qsort (entries, calls->len, sizeof (SortEntry), compare_entries);

  sorted = g_ptr_array_sized_new (calls->len);
  for (guint i = 0; i < calls->len; i++)
    g_ptr_array_add (sorted, (gpointer) entries[i].call);
  return sorted;
}
