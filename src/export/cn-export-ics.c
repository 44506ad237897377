/* cn-export-ics.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Calls and deadlines as an iCalendar file (RFC 5545), for "Add to
 * Calendar" and `--export=FILE.ics`: one all-day event on each known date
 * (the day a call opens, the day it closes), in the export's language.
 *
 * The rules kept here: lines end in CRLF (3.1); a content line longer than
 * 75 octets is folded with CRLF and a space, never inside a UTF-8 sequence
 * (3.1); TEXT values escape backslash, semicolon, comma and newline
 * (3.3.11); every VEVENT has a UID and a DTSTAMP in UTC (3.6.1); an all-day
 * event has DTSTART;VALUE=DATE and, as its end is exclusive, DTEND on the
 * next day (3.6.1, 3.8.2.2). */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cn-export-i18n.h"
#include "cn-export-ics.h"
#include "cn-network.h"

#define MAX_LINE_OCTETS 75

/**
 * cn_ics_escape_text:
 *
 * Returns: (transfer full): @text as an RFC 5545 TEXT value
 */
char *
cn_ics_escape_text (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (escaped, "\\\\"); break;
        case ';':  g_string_append (escaped, "\\;"); break;
        case ',':  g_string_append (escaped, "\\,"); break;
        case '\n': g_string_append (escaped, "\\n"); break;
        case '\r': break;   /* a CRLF in the data is one newline */
        default:   g_string_append_c (escaped, *p); break;
        }
    }
  return g_string_free (escaped, FALSE);
}

/**
 * cn_ics_fold_line:
 * @line: one content line, UTF-8, without its line end
 *
 * Returns: (transfer full): @line with its CRLF, folded so that no line is
 *   longer than 75 octets and no UTF-8 sequence is split
 */
char *
cn_ics_fold_line (const char *line)
{
  GString *folded = g_string_new (NULL);
  gsize length = strlen (line);
  gsize start = 0;
  gsize limit = MAX_LINE_OCTETS;

  while (length - start > limit)
    {
      gsize end = start + limit;

      /* Back up to the start of a character: continuation bytes are
       * 10xxxxxx. */
      while (end > start && ((guchar) line[end] & 0xC0) == 0x80)
        end--;
      g_string_append_len (folded, line + start, end - start);
      g_string_append (folded, "\r\n ");
      start = end;
      /* The leading space counts towards the 75. */
      limit = MAX_LINE_OCTETS - 1;
    }
  g_string_append_len (folded, line + start, length - start);
  g_string_append (folded, "\r\n");
  return g_string_free (folded, FALSE);
}

static void
add_line (GString    *out,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_line (GString    *out,
          const char *format,
          ...)
{
  va_list args;
  g_autofree char *line = NULL;
  g_autofree char *folded = NULL;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  folded = cn_ics_fold_line (line);
  g_string_append (out, folded);
}

static const char *
text_in (const CnText *text,
         const char   *language)
{
  const char *value;

  if (text == NULL)
    return NULL;
  value = cn_text_get_for_language (text, language);
  return value != NULL ? value : cn_text_get_for_language (text, "en");
}

/* YYYY-MM-DD → the date and the next day as YYYYMMDD. */
static gboolean
parse_day (const char *iso,
           char        day[9],
           char        next[9])
{
  unsigned year, month, mday;
  char end;
  GDate date;

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u%c", &year, &month, &mday, &end) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  g_date_strftime (day, 9, "%Y%m%d", &date);
  g_date_add_days (&date, 1);
  g_date_strftime (next, 9, "%Y%m%d", &date);
  return TRUE;
}

static void
add_event (GString      *out,
           const CnCall *call,
           const char   *which,
           const char   *iso,
           const char   *summary_format,
           const char   *language,
           const char   *stamp)
{
  char day[9], next[9];
  const char *title = text_in (call->title, language);
  const char *network = call->network != NULL ? text_in (cn_network_get_name (call->network), language) : NULL;
  g_autofree char *summary = NULL;
  g_autofree char *uid_source = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *escaped = NULL;

  if (!parse_day (iso, day, next))
    return;

  /* Stable across exports, so that importing again updates the event
   * rather than adding a copy. */
  uid_source = g_strjoin ("\x1f", call->network ? cn_network_get_id (call->network) : "",
                          text_in (call->title, "en"), which, iso, NULL);
  uid = g_compute_checksum_for_string (G_CHECKSUM_SHA1, uid_source, -1);

  summary = g_strdup_printf (summary_format, title ? title : "");

  g_string_append (out, "BEGIN:VEVENT\r\n");
  add_line (out, "UID:%s@climatenetworks.github.io", uid);
  add_line (out, "DTSTAMP:%s", stamp);
  add_line (out, "DTSTART;VALUE=DATE:%s", day);
  add_line (out, "DTEND;VALUE=DATE:%s", next);
  escaped = cn_ics_escape_text (summary);
  add_line (out, "SUMMARY:%s", escaped);
  if (network != NULL)
    {
      g_clear_pointer (&escaped, g_free);
      escaped = cn_ics_escape_text (network);
      add_line (out, "DESCRIPTION:%s", escaped);
    }
  if (call->url != NULL)
    add_line (out, "URL:%s", call->url);
  add_line (out, "TRANSP:TRANSPARENT");
  g_string_append (out, "END:VEVENT\r\n");
}

/**
 * cn_export_ics:
 * @calls: (array length=n_calls): the calls
 * @language: "he" or "en": the language of the summaries
 * @stamp: (nullable): the DTSTAMP; %NULL for now
 *
 * Returns: (transfer full): the calendar, UTF-8 without a byte-order mark
 */
GBytes *
cn_export_ics (const CnCall * const *calls,
               guint                 n_calls,
               const char           *language,
               GDateTime            *stamp)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp_text = NULL;
  gsize size;

  if (stamp == NULL)
    stamp = now = g_date_time_new_now_utc ();
  {
    g_autoptr(GDateTime) utc = g_date_time_to_utc (stamp);

    stamp_text = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  }

  g_string_append (out, "BEGIN:VCALENDAR\r\n");
  add_line (out, "VERSION:2.0");
  add_line (out, "PRODID:-//Climate Networks//Climate Networks %s//%s", PACKAGE_VERSION,
            g_str_has_prefix (language, "he") ? "HE" : g_str_has_prefix (language, "ar") ? "AR" : "EN");
  add_line (out, "CALSCALE:GREGORIAN");
  add_line (out, "METHOD:PUBLISH");

  for (guint i = 0; i < n_calls; i++)
    {
      /* Translators: a calendar event's title on the day a call opens; %s is the call */
      add_event (out, calls[i], "opens", calls[i]->opens,
                 cn_export_translate (language, N_("Opens: %s")), language, stamp_text);
      /* Translators: a calendar event's title on a call's closing day; %s is the call */
      add_event (out, calls[i], "closes", calls[i]->closes,
                 cn_export_translate (language, N_("Deadline: %s")), language, stamp_text);
    }

  g_string_append (out, "END:VCALENDAR\r\n");
  size = out->len;
  return g_bytes_new_take (g_string_free (out, FALSE), size);
}
