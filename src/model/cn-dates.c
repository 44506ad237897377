/* cn-dates.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cn-dates.h"
#include "cn-translate.h"

/**
 * cn_date_format_long:
 * @language: (nullable): a language code, or %NULL for the interface's
 * @iso_date: (nullable): a date as YYYY-MM-DD
 *
 * The locale's long form of a date ("2 December 2026", "2 בדצמבר 2026"),
 * from the translations rather than the process locale, which may not
 * even be installed for @language. Every date the window or a brief shows
 * goes through here.
 *
 * Returns: (transfer full): the date in words, or a copy of @iso_date when
 *   it is not a valid date
 */
char *
cn_date_format_long (const char *language,
                     const char *iso_date)
{
  /* Translators: a long date, the day then the month then the year, as in
   * "2 December 2026"; keep both %d. One for each month. */
  static const char * const formats[] = {
    N_("%d January %d"), N_("%d February %d"), N_("%d March %d"), N_("%d April %d"),
    N_("%d May %d"), N_("%d June %d"), N_("%d July %d"), N_("%d August %d"),
    N_("%d September %d"), N_("%d October %d"), N_("%d November %d"), N_("%d December %d"),
  };
  unsigned year, month, day;
  char end;

  if (iso_date == NULL
      || sscanf (iso_date, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3
      || !g_date_valid_dmy (day, month, year))
    return g_strdup (iso_date ? iso_date : "");

  return g_strdup_printf (cn_translate (language, formats[month - 1]), day, year);
}
