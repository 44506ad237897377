/* test-bidi.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Mixed Hebrew and Latin text: Latin runs are isolated so names, acronyms
 * and numbers keep their order inside Hebrew sentences. */

#include "config.h"

#include "cn-bidi.h"
#include "cn-catalog.h"

#define LRI "\xE2\x81\xA6"
#define RLI "\xE2\x81\xA7"
#define FSI "\xE2\x81\xA8"
#define PDI "\xE2\x81\xA9"
#define RLM "\xE2\x80\x8F"

static void
assert_isolated (const char *in,
                 const char *expected)
{
  g_autofree char *out = cn_bidi_isolate_latin_runs (in);
  g_assert_cmpstr (out, ==, expected);
}

static void
test_latin_runs (void)
{
  /* A name that starts with a number stays one run; the Hebrew number after
   * the dash stays Hebrew. */
  assert_isolated ("100 Resilient Cities – 100 ערים חסינות",
                   LRI "100 Resilient Cities" PDI " – 100 ערים חסינות");
  /* An en dash between two Latin parts joins them. */
  assert_isolated ("ICLEI – Local Governments for Sustainability – רשויות מקומיות",
                   LRI "ICLEI – Local Governments for Sustainability" PDI " – רשויות מקומיות");
  /* Sentence punctuation stays outside; years alone are left alone. */
  assert_isolated ("הרשת נוסדה ב-2005 ביוזמת C40.", "הרשת נוסדה ב-2005 ביוזמת " LRI "C40" PDI ".");
  /* Parenthesized acronyms belong to the name. */
  assert_isolated ("Toronto Atmospheric Fund (TAF) הוקמה ב-1991",
                   LRI "Toronto Atmospheric Fund (TAF)" PDI " הוקמה ב-1991");
  /* Hyphenated names and URLs. */
  assert_isolated ("תל אביב-יפו וגם Tel Aviv-Yafo", "תל אביב-יפו וגם " LRI "Tel Aviv-Yafo" PDI);
  assert_isolated ("ראו https://www.c40.org לפרטים", "ראו " LRI "https://www.c40.org" PDI " לפרטים");
  /* Pure Hebrew, numbers and empty text are unchanged. */
  assert_isolated ("אקלים וקיימות", "אקלים וקיימות");
  assert_isolated ("2019–2021", "2019–2021");
  assert_isolated ("", "");
  /* "&", hyphens and dashes between Latin words stay inside the name. */
  assert_isolated ("Global Covenant of Mayors for Climate & Energy – האמנה העולמית",
                   LRI "Global Covenant of Mayors for Climate & Energy" PDI " – האמנה העולמית");
  assert_isolated ("תוכנית Transport Today & Tomorrow בישראל",
                   "תוכנית " LRI "Transport Today & Tomorrow" PDI " בישראל");
  assert_isolated ("UN Global Compact – Cities Programme – תוכנית",
                   LRI "UN Global Compact – Cities Programme" PDI " – תוכנית");
  assert_isolated ("רשת Cities - Programme והיא", "רשת " LRI "Cities - Programme" PDI " והיא");
  assert_isolated ("כמו C40 & ICLEI.", "כמו " LRI "C40 & ICLEI" PDI ".");
}

static gboolean
is_rtl_letter (gunichar c)
{
  return (c >= 0x0590 && c <= 0x05FF) || (c >= 0x0600 && c <= 0x06FF);
}

static gboolean
is_latin_alnum (gunichar c)
{
  return c < 0x80 && g_ascii_isalnum (c);
}

/* Checks that every Latin name in @text comes out as one isolated run:
 * every Latin letter is inside an LRI … PDI, the isolates are not nested,
 * and two isolates are always parted by Hebrew (else one Latin name was
 * cut in two, as "& Energy" once was). */
static void
assert_one_run_per_name (const char *text)
{
  g_autofree char *out = cn_bidi_isolate_latin_runs (text);
  g_autofree char *plain_text = NULL;
  GString *plain = g_string_new (NULL);
  gboolean inside = FALSE;
  gboolean closed_once = FALSE;
  gboolean rtl_since_close = FALSE;

  for (const char *p = out; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2066)   /* LRI */
        {
          if (inside || (closed_once && !rtl_since_close))
            g_error ("“%s” has a Latin name cut into several runs: “%s”", text, out);
          inside = TRUE;
          continue;
        }
      if (c == 0x2069)   /* PDI */
        {
          g_assert_true (inside);
          inside = FALSE;
          closed_once = TRUE;
          rtl_since_close = FALSE;
          continue;
        }
      g_string_append_unichar (plain, c);
      if (is_rtl_letter (c))
        {
          g_assert_false (inside);
          rtl_since_close = TRUE;
        }
      if (g_unichar_isalpha (c) && is_latin_alnum (c) && !inside)
        g_error ("“%s”: the Latin letters are not all isolated: “%s”", text, out);
    }
  g_assert_false (inside);

  /* Nothing but the isolates was added. */
  plain_text = g_string_free (plain, FALSE);
  g_assert_cmpstr (plain_text, ==, text);
}

static void
test_dataset_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_bundled (&error);
  GListModel *networks;
  guint n_checked = 0;

  g_assert_no_error (error);
  networks = cn_catalog_get_networks (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);
      const CnText *texts[] = { cn_network_get_name (network), cn_network_get_short_name (network) };
      const char * const *aliases = cn_network_get_aliases (network);

      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        for (guint j = 0; texts[t] != NULL && j < cn_text_get_n_values (texts[t]); j++, n_checked++)
          assert_one_run_per_name (cn_text_get_nth (texts[t], j, NULL));
      for (guint j = 0; aliases[j] != NULL; j++, n_checked++)
        assert_one_run_per_name (aliases[j]);
    }
  g_test_message ("%u names and aliases checked", n_checked);
  g_assert_cmpuint (n_checked, >, 100);
}

static void
test_prepare_paragraphs (void)
{
  g_autofree char *out = cn_bidi_prepare_text ("C40 היא רשת.\n\nICLEI היא איגוד.", TRUE);

  /* Every paragraph gets its own right-to-left mark. */
  g_assert_cmpstr (out, ==, RLM LRI "C40" PDI " היא רשת.\n\n" RLM LRI "ICLEI" PDI " היא איגוד.");
}

static void
test_isolate (void)
{
  g_autofree char *plain = cn_bidi_isolate ("C40");
  g_autoptr(CnText) hebrew = cn_text_new (2, (const char *[]) { "en", "he" },
                                          (const char *[]) { "Resilient Cities Network", "רשת Resilient Cities" });
  g_autofree char *isolated = NULL;

  g_assert_cmpstr (plain, ==, FSI "C40" PDI);

  cn_text_set_preferred_languages ((const char *[]) { "he", NULL });
  isolated = cn_bidi_isolate_text (hebrew);
  g_assert_cmpstr (isolated, ==, RLI "רשת " LRI "Resilient Cities" PDI PDI);
  cn_text_set_preferred_languages (NULL);
}

/* Arabic lays out right to left as Hebrew does; a territory or encoding
 * does not change it; Latin-script languages stay left to right. */
static void
test_rtl_languages (void)
{
  g_assert_true (cn_bidi_language_is_rtl ("he"));
  g_assert_true (cn_bidi_language_is_rtl ("ar"));
  g_assert_true (cn_bidi_language_is_rtl ("ar_IL"));
  g_assert_true (cn_bidi_language_is_rtl ("he_IL.UTF-8"));
  g_assert_false (cn_bidi_language_is_rtl ("en"));
  g_assert_false (cn_bidi_language_is_rtl ("arn"));   /* Mapudungun: Latin script */
  g_assert_false (cn_bidi_language_is_rtl ("a"));
  g_assert_false (cn_bidi_language_is_rtl (""));
  g_assert_false (cn_bidi_language_is_rtl (NULL));

  g_assert_true (cn_bidi_has_rtl_letters ("C40 – רשת ערים"));
  g_assert_true (cn_bidi_has_rtl_letters ("شبكة C40"));
  g_assert_false (cn_bidi_has_rtl_letters ("C40 Cities – https://www.c40.org"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bidi/latin-runs", test_latin_runs);
  g_test_add_func ("/bidi/dataset-names", test_dataset_names);
  g_test_add_func ("/bidi/prepare-paragraphs", test_prepare_paragraphs);
  g_test_add_func ("/bidi/isolate", test_isolate);
  g_test_add_func ("/bidi/rtl-languages", test_rtl_languages);

  return g_test_run ();
}
