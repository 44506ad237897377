/* test-ics.c: the iCalendar file (cn-export-ics.c) against RFC 5545
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Strict checks of our own, no parser to forgive anything: every line ends
 * in CRLF, none is longer than 75 octets, a fold never splits a UTF-8
 * sequence, the unfolded lines are the properties written, every VEVENT
 * has one UID (unique), one DTSTAMP in UTC, an all-day DTSTART;VALUE=DATE
 * and a DTEND;VALUE=DATE on the next day, a SUMMARY whose TEXT escapes , ;
 * \ and newlines; in English and in Hebrew; through the API and through
 * `climate-networks --export=FILE.ics`. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "cn-catalog.h"
#include "cn-export-ics.h"

/* Checks @ics and returns its unfolded content lines. */
static GPtrArray *
check_ics (const char *ics)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p = ics;
  GString *current = NULL;
  int depth = 0, n_events = 0;
  gboolean in_event = FALSE;
  char dtstart[9] = "", dtend[9] = "";
  int n_uid = 0, n_stamp = 0, n_summary = 0;

  g_assert_true (g_utf8_validate (ics, -1, NULL));
  g_assert_false (g_str_has_prefix (ics, "\xEF\xBB\xBF"));
  while (*p != '\0')
    {
      const char *end = strstr (p, "\r\n");
      g_autofree char *physical = NULL;

      g_assert_nonnull (end);                          /* every line ends in CRLF */
      physical = g_strndup (p, end - p);
      g_assert_null (strchr (physical, '\n'));         /* no bare LF */
      g_assert_null (strchr (physical, '\r'));         /* no bare CR */
      g_assert_cmpuint (end - p, <=, 75);              /* 75 octets at most */
      g_assert_true (g_utf8_validate (physical, -1, NULL)); /* no split sequence */
      if (physical[0] == ' ')
        {
          g_assert_nonnull (current);
          g_string_append (current, physical + 1);
        }
      else
        {
          if (current != NULL)
            g_ptr_array_add (lines, g_string_free (current, FALSE));
          current = g_string_new (physical);
        }
      p = end + 2;
    }
  if (current != NULL)
    g_ptr_array_add (lines, g_string_free (current, FALSE));

  g_assert_cmpuint (lines->len, >=, 4);
  g_assert_cmpstr (lines->pdata[0], ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (lines->pdata[1], ==, "VERSION:2.0");
  g_assert_true (g_str_has_prefix (lines->pdata[2], "PRODID:"));
  g_assert_cmpstr (lines->pdata[lines->len - 1], ==, "END:VCALENDAR");

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = lines->pdata[i];
      const char *colon = strchr (line, ':');

      g_assert_nonnull (colon);
      if (g_str_has_prefix (line, "BEGIN:"))
        depth++;
      else if (g_str_has_prefix (line, "END:"))
        depth--;
      g_assert_cmpint (depth, >=, 0);

      if (g_str_equal (line, "BEGIN:VEVENT"))
        {
          g_assert_false (in_event);
          in_event = TRUE;
          n_uid = n_stamp = n_summary = 0;
          dtstart[0] = dtend[0] = '\0';
        }
      else if (g_str_equal (line, "END:VEVENT"))
        {
          GDate start, stop;

          g_assert_true (in_event);
          in_event = FALSE;
          n_events++;
          g_assert_cmpint (n_uid, ==, 1);
          g_assert_cmpint (n_stamp, ==, 1);
          g_assert_cmpint (n_summary, ==, 1);
          /* DTEND is exclusive: the next day. */
          g_assert_cmpuint (strlen (dtstart), ==, 8);
          g_assert_cmpuint (strlen (dtend), ==, 8);
          g_date_clear (&start, 1);
          g_date_clear (&stop, 1);
          {
            char y[5], m[3], d[3];

            memcpy (y, dtstart, 4); y[4] = 0; memcpy (m, dtstart + 4, 2); m[2] = 0; memcpy (d, dtstart + 6, 2); d[2] = 0;
            g_assert_true (g_date_valid_dmy (atoi (d), atoi (m), atoi (y)));
            g_date_set_dmy (&start, atoi (d), atoi (m), atoi (y));
            memcpy (y, dtend, 4); memcpy (m, dtend + 4, 2); memcpy (d, dtend + 6, 2);
            g_assert_true (g_date_valid_dmy (atoi (d), atoi (m), atoi (y)));
            g_date_set_dmy (&stop, atoi (d), atoi (m), atoi (y));
          }
          g_assert_cmpint (g_date_days_between (&start, &stop), ==, 1);
        }
      else if (in_event)
        {
          if (g_str_has_prefix (line, "UID:"))
            {
              n_uid++;
              g_assert_true (g_str_has_suffix (line, "@climatenetworks.github.io"));
              g_assert_true (g_hash_table_add (uids, g_strdup (line + 4)));   /* unique */
            }
          else if (g_str_has_prefix (line, "DTSTAMP:"))
            {
              n_stamp++;
              g_assert_cmpuint (strlen (line + 8), ==, 16);
              g_assert_true (g_ascii_isdigit (line[8]) && line[16] == 'T' && line[23] == 'Z');
            }
          else if (g_str_has_prefix (line, "DTSTART;VALUE=DATE:"))
            g_strlcpy (dtstart, line + strlen ("DTSTART;VALUE=DATE:"), sizeof dtstart);
          else if (g_str_has_prefix (line, "DTEND;VALUE=DATE:"))
            g_strlcpy (dtend, line + strlen ("DTEND;VALUE=DATE:"), sizeof dtend);
          else if (g_str_has_prefix (line, "SUMMARY:") || g_str_has_prefix (line, "DESCRIPTION:"))
            {
              /* TEXT: , ; and \ only escaped, no raw newline. */
              for (const char *c = colon + 1; *c; c++)
                {
                  if (*c == '\\')
                    {
                      g_assert_true (c[1] == '\\' || c[1] == ';' || c[1] == ',' || c[1] == 'n' || c[1] == 'N');
                      c++;
                    }
                  else
                    g_assert_true (*c != ';' && *c != ',');
                }
              if (g_str_has_prefix (line, "SUMMARY:"))
                n_summary++;
            }
          else if (g_str_has_prefix (line, "URL:"))
            g_assert_true (g_str_has_prefix (line + 4, "http"));
          else
            g_assert_true (g_str_equal (line, "TRANSP:TRANSPARENT"));
          /* An all-day event names no time. */
          g_assert_false (g_str_has_prefix (line, "DTSTART:") || g_str_has_prefix (line, "DTEND:"));
        }
    }
  g_assert_cmpint (depth, ==, 0);
  g_assert_cmpint (n_events, ==, g_hash_table_size (uids));
  return lines;
}

static gboolean
has_line (GPtrArray  *lines,
          const char *line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (lines->pdata[i], line))
      return TRUE;
  return FALSE;
}

static void
test_escape_and_fold (void)
{
  g_autofree char *escaped = cn_ics_escape_text ("a,b;c\\d\ne\r\nf");
  /* 40 Hebrew letters: 80 octets, and an odd start so that the 75th octet
   * falls inside a letter. */
  g_autofree char *hebrew = g_strconcat ("SUMMARY:", "אבגדהוזחטיכלמנסעפצקרשתאבגדהוזחטיכלמנסעפ", NULL);
  g_autofree char *folded = cn_ics_fold_line (hebrew);
  g_autoptr(GString) unfolded = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;

  g_assert_cmpstr (escaped, ==, "a\\,b\\;c\\\\d\\ne\\nf");

  g_assert_true (g_str_has_suffix (folded, "\r\n"));
  parts = g_strsplit (folded, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 3);   /* two lines and the end */
  for (guint i = 0; parts[i] != NULL && parts[i][0] != '\0'; i++)
    {
      g_assert_cmpuint (strlen (parts[i]), <=, 75);
      g_assert_true (g_utf8_validate (parts[i], -1, NULL));
      if (i > 0)
        g_assert_cmpint (parts[i][0], ==, ' ');
      g_string_append (unfolded, i > 0 ? parts[i] + 1 : parts[i]);
    }
  g_assert_cmpstr (unfolded->str, ==, hebrew);
  g_assert_cmpuint (strlen (parts[0]), ==, 74);    /* 8 + 33 letters × 2: the 75th octet would split one */

  /* A short line is left alone; exactly 75 octets still fits. */
  {
    g_autofree char *short_line = cn_ics_fold_line ("VERSION:2.0");
    g_autofree char *exact = g_strnfill (75, 'x');
    g_autofree char *exact_folded = cn_ics_fold_line (exact);
    g_autofree char *over = g_strnfill (76, 'x');
    g_autofree char *over_folded = cn_ics_fold_line (over);

    g_assert_cmpstr (short_line, ==, "VERSION:2.0\r\n");
    g_assert_cmpuint (strlen (exact_folded), ==, 77);
    g_assert_nonnull (strstr (over_folded, "\r\n x\r\n"));
  }
}

static CnCatalog *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fit", "fit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CnCatalog *catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);

  g_assert_no_error (error);
  return catalog;
}

static void
test_calendar (void)
{
  g_autoptr(CnCatalog) catalog = load_fixture ();
  g_autoptr(GPtrArray) calls = cn_catalog_dup_calls (catalog);
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 12, 2, 9, 30, 0);
  g_autoptr(GBytes) en = cn_export_ics ((const CnCall * const *) calls->pdata, calls->len, "en", stamp);
  g_autoptr(GBytes) he = cn_export_ics ((const CnCall * const *) calls->pdata, calls->len, "he", stamp);
  g_autofree char *en_text = g_strndup (g_bytes_get_data (en, NULL), g_bytes_get_size (en));
  g_autofree char *he_text = g_strndup (g_bytes_get_data (he, NULL), g_bytes_get_size (he));
  g_autoptr(GPtrArray) en_lines = check_ics (en_text);
  g_autoptr(GPtrArray) he_lines = check_ics (he_text);
  guint n_events = 0;

  /* One event per known date: Open call (2), Soon call, Next edition (2),
   * Old round (2); the undated edition has none. */
  for (guint i = 0; i < en_lines->len; i++)
    if (g_str_equal (en_lines->pdata[i], "BEGIN:VEVENT"))
      n_events++;
  g_assert_cmpuint (n_events, ==, 7);
  g_assert_true (has_line (en_lines, "DTSTAMP:20261202T093000Z"));
  g_assert_true (has_line (en_lines, "SUMMARY:Deadline: Soon call"));
  g_assert_true (has_line (en_lines, "SUMMARY:Opens: Open call"));
  g_assert_true (has_line (en_lines, "DTSTART;VALUE=DATE:20270215"));
  g_assert_true (has_line (en_lines, "DTEND;VALUE=DATE:20270216"));
  g_assert_true (has_line (en_lines, "DESCRIPTION:Network open-free"));
  g_assert_true (has_line (en_lines, "URL:https://example.org/calls/soon-call"));

  /* Hebrew summaries in UTF-8, the same UIDs (the same events). */
  g_assert_true (has_line (he_lines, "SUMMARY:מועד אחרון: קול קורא Soon call"));
  g_assert_true (has_line (he_lines, "DESCRIPTION:רשת open-free"));
  for (guint i = 0; i < en_lines->len; i++)
    if (g_str_has_prefix (en_lines->pdata[i], "UID:"))
      g_assert_true (has_line (he_lines, en_lines->pdata[i]));
}

/* The bundled dataset's calls, whose long titles fold. */
static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_bundled (&error);
  g_autoptr(GPtrArray) calls = NULL;
  const char * const languages[] = { "en", "he" };

  g_assert_no_error (error);
  calls = cn_catalog_dup_calls (catalog);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GBytes) bytes = cn_export_ics ((const CnCall * const *) calls->pdata, calls->len, languages[l], NULL);
      g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_autoptr(GPtrArray) lines = check_ics (text);

      g_assert_nonnull (strstr (text, "\r\n "));   /* something was folded */
      g_assert_cmpuint (lines->len, >, 20);
    }
}

static void
test_command_line (void)
{
  const char *exe = g_getenv ("CN_EXE");
  g_autofree char *dir = g_dir_make_tmp ("cn-ics-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deadlines.ics", NULL);
  g_autofree char *arg = g_strconcat ("--export=", path, NULL);
  g_autofree char *catalog = g_test_build_filename (G_TEST_DIST, "data", "fit", "fit.json", NULL);
  g_autofree char *catalog_arg = g_strconcat ("--catalog=", catalog, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (exe == NULL)
    {
      g_test_skip ("CN_EXE is not set");
      return;
    }
  g_spawn_sync (NULL, (char *[]) { (char *) exe, arg, (char *) "--lang=he", catalog_arg, NULL }, NULL,
                G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  {
    g_autoptr(GPtrArray) lines = check_ics (contents);

    g_assert_true (has_line (lines, "SUMMARY:מועד אחרון: קול קורא Soon call"));
  }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* The export reads the Hebrew catalog where the domain is bound. */
  if (g_getenv ("CN_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CN_LOCALEDIR"));
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/escape-and-fold", test_escape_and_fold);
  g_test_add_func ("/ics/calendar", test_calendar);
  g_test_add_func ("/ics/bundled", test_bundled);
  g_test_add_func ("/ics/command-line", test_command_line);

  return g_test_run ();
}
