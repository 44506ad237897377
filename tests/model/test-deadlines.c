/* test-deadlines.c: where a call stands against a fixed day (cn-deadlines.c)
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cn-catalog.h"
#include "cn-deadlines.h"

static GDateTime *
day (int year,
     int month,
     int mday)
{
  /* Late in the day: the status is by calendar day, not by hour. */
  return g_date_time_new_local (year, month, mday, 23, 30, 0);
}

static void
test_status_boundaries (void)
{
  g_autoptr(GDateTime) now = day (2026, 12, 2);
  const struct { const char *opens, *closes; CnDeadlineStatus status; int days; } cases[] = {
    { NULL, "2026-12-02", CN_DEADLINE_CLOSING_SOON, 0 },      /* closes today: still open */
    { NULL, "2026-12-01", CN_DEADLINE_CLOSED, -1 },
    { NULL, "2027-01-01", CN_DEADLINE_CLOSING_SOON, 30 },     /* the 30th day is soon */
    { NULL, "2027-01-02", CN_DEADLINE_OPEN, 31 },
    { "2026-11-01", "2027-02-15", CN_DEADLINE_OPEN, 75 },
    { "2026-12-03", "2027-02-15", CN_DEADLINE_UPCOMING, 75 }, /* opens tomorrow */
    { "2026-12-02", "2026-12-10", CN_DEADLINE_CLOSING_SOON, 8 }, /* opens today */
    { "2027-03-01", NULL, CN_DEADLINE_UPCOMING, G_MININT },
    { "2016-05-25", NULL, CN_DEADLINE_DATE_UNKNOWN, G_MININT }, /* no close date */
    { NULL, NULL, CN_DEADLINE_DATE_UNKNOWN, G_MININT },
    { NULL, "2024-02-30", CN_DEADLINE_DATE_UNKNOWN, G_MININT }, /* not a date */
    { "2027-03-01", "2016-01-01", CN_DEADLINE_CLOSED, -3988 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CnCall call = { .opens = (char *) cases[i].opens, .closes = (char *) cases[i].closes };

      g_test_message ("case %u: %s – %s", i, cases[i].opens, cases[i].closes);
      g_assert_cmpint (cn_call_get_status (&call, now), ==, cases[i].status);
      g_assert_cmpint (cn_call_days_left (&call, now), ==, cases[i].days);
    }

  /* The same call a day later. */
  {
    g_autoptr(GDateTime) later = day (2026, 12, 3);
    CnCall call = { .closes = (char *) "2026-12-02" };

    g_assert_cmpint (cn_call_get_status (&call, later), ==, CN_DEADLINE_CLOSED);
  }
}

static void
test_sorted (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fit", "fit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_autoptr(GDateTime) now = day (2026, 12, 2);
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  const char * const expected[] = { "Soon call", "Open call", "Next edition", "Undated edition", "Old round" };
  const CnDeadlineStatus statuses[] = {
    CN_DEADLINE_CLOSING_SOON, CN_DEADLINE_OPEN, CN_DEADLINE_UPCOMING, CN_DEADLINE_DATE_UNKNOWN, CN_DEADLINE_CLOSED,
  };

  g_assert_no_error (error);
  calls = cn_catalog_dup_calls (catalog);
  sorted = cn_deadlines_sort (calls, now);
  g_assert_cmpuint (sorted->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < sorted->len; i++)
    {
      const CnCall *call = sorted->pdata[i];

      g_assert_cmpstr (cn_text_get_for_language (call->title, "en"), ==, expected[i]);
      g_assert_cmpint (cn_call_get_status (call, now), ==, statuses[i]);
    }

  /* Three years on, everything dated has closed, most recent first. */
  {
    g_autoptr(GDateTime) later = day (2029, 12, 2);
    g_autoptr(GPtrArray) again = cn_deadlines_sort (calls, later);
    const char * const order[] = { "Undated edition", "Next edition", "Open call", "Soon call", "Old round" };

    for (guint i = 0; i < again->len; i++)
      g_assert_cmpstr (cn_text_get_for_language (((const CnCall *) again->pdata[i])->title, "en"), ==, order[i]);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deadlines/status-boundaries", test_status_boundaries);
  g_test_add_func ("/deadlines/sorted", test_sorted);

  return g_test_run ();
}
