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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bidi/latin-runs", test_latin_runs);
  g_test_add_func ("/bidi/prepare-paragraphs", test_prepare_paragraphs);
  g_test_add_func ("/bidi/isolate", test_isolate);

  return g_test_run ();
}
