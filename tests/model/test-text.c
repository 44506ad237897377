/* test-text.c: localized texts and the preferred languages
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cn-text.h"

static CnText *
new_en_he (void)
{
  const char *langs[] = { "en", "he" };
  const char *values[] = { "Climate", "אקלים" };

  return cn_text_new (G_N_ELEMENTS (langs), langs, values);
}

static void
set_languages (const char * const *languages)
{
  cn_text_set_preferred_languages (languages);
}

static void
test_hebrew_preferred (void)
{
  g_autoptr(CnText) text = new_en_he ();

  set_languages ((const char *[]) { "he", NULL });
  g_assert_cmpstr (cn_text_get_preferred_language (), ==, "he");
  g_assert_cmpstr (cn_text_get (text), ==, "אקלים");
  g_assert_cmpstr (cn_text_get_shown_language (text), ==, "he");
  g_assert_false (cn_text_is_fallback (text));

  set_languages ((const char *[]) { "en", NULL });
  g_assert_cmpstr (cn_text_get (text), ==, "Climate");
  g_assert_cmpstr (cn_text_get_shown_language (text), ==, "en");
  g_assert_false (cn_text_is_fallback (text));
}

static void
test_fallback_to_english (void)
{
  g_autoptr(CnText) text = new_en_he ();

  set_languages ((const char *[]) { "fr", NULL });
  g_assert_cmpstr (cn_text_get_preferred_language (), ==, "fr");
  g_assert_cmpstr (cn_text_get (text), ==, "Climate");
  g_assert_cmpstr (cn_text_get_shown_language (text), ==, "en");
  g_assert_true (cn_text_is_fallback (text));
}

static void
test_second_choice (void)
{
  g_autoptr(CnText) text = new_en_he ();

  /* The second preferred language beats the English fallback, but it is
   * still not what the user asked for first. */
  set_languages ((const char *[]) { "fr", "he", NULL });
  g_assert_cmpstr (cn_text_get (text), ==, "אקלים");
  g_assert_true (cn_text_is_fallback (text));
}

static void
test_locale_normalization (void)
{
  g_autoptr(CnText) text = new_en_he ();

  set_languages ((const char *[]) { "he_IL.UTF-8", NULL });
  g_assert_cmpstr (cn_text_get (text), ==, "אקלים");
  g_assert_cmpstr (cn_text_get_shown_language (text), ==, "he");
  g_assert_cmpstr (cn_text_get_preferred_language (), ==, "he_IL");
  /* "he_IL" asked, "he" shown: that is the same language. */
  g_assert_false (cn_text_is_fallback (text));

  set_languages ((const char *[]) { "he_IL@euro", NULL });
  g_assert_cmpstr (cn_text_get (text), ==, "אקלים");

  set_languages ((const char *[]) { "sr@latin", NULL });
  g_assert_cmpstr (cn_text_get_preferred_language (), ==, "sr");
  g_assert_cmpstr (cn_text_get (text), ==, "Climate");
  g_assert_true (cn_text_is_fallback (text));
}

static void
test_territory_variant (void)
{
  g_autoptr(CnText) text = new_en_he ();
  const char *langs[] = { "en", "pt", "pt_BR" };
  const char *values[] = { "Climate", "Clima (pt)", "Clima (pt_BR)" };
  g_autoptr(CnText) portuguese = cn_text_new (G_N_ELEMENTS (langs), langs, values);

  set_languages ((const char *[]) { "en_US", NULL });
  g_assert_cmpstr (cn_text_get (text), ==, "Climate");
  g_assert_cmpstr (cn_text_get_shown_language (text), ==, "en");
  g_assert_false (cn_text_is_fallback (text));

  /* The exact territory first, then the bare language. */
  set_languages ((const char *[]) { "pt_BR.UTF-8", NULL });
  g_assert_cmpstr (cn_text_get (portuguese), ==, "Clima (pt_BR)");
  g_assert_false (cn_text_is_fallback (portuguese));
  set_languages ((const char *[]) { "pt_PT", NULL });
  g_assert_cmpstr (cn_text_get (portuguese), ==, "Clima (pt)");
  g_assert_false (cn_text_is_fallback (portuguese));

  /* "en_US" asked and "en" shown is not a fallback, but "enm" (Middle
   * English) asked and "en" shown is, although one code starts with the other. */
  set_languages ((const char *[]) { "enm", NULL });
  g_assert_cmpstr (cn_text_get (text), ==, "Climate");
  g_assert_true (cn_text_is_fallback (text));
}

static void
test_locale_names_skipped (void)
{
  g_autoptr(CnText) text = new_en_he ();

  /* "C" and "POSIX" are not languages: English is the default. */
  set_languages ((const char *[]) { "C", "POSIX", NULL });
  g_assert_cmpstr (cn_text_get_preferred_language (), ==, "en");
  g_assert_cmpstr (cn_text_get (text), ==, "Climate");
  g_assert_false (cn_text_is_fallback (text));

  set_languages ((const char *[]) { "C.UTF-8", "he", NULL });
  g_assert_cmpstr (cn_text_get_preferred_language (), ==, "he");
  g_assert_cmpstr (cn_text_get (text), ==, "אקלים");

  set_languages ((const char *[]) { NULL });
  g_assert_cmpstr (cn_text_get_preferred_language (), ==, "en");
  g_assert_cmpstr (cn_text_get (text), ==, "Climate");
}

static void
test_no_english (void)
{
  const char *langs[] = { "he" };
  const char *values[] = { "רק עברית" };
  g_autoptr(CnText) text = cn_text_new (1, langs, values);

  /* With neither the preferred language nor English, the first value. */
  set_languages ((const char *[]) { "fr", NULL });
  g_assert_cmpstr (cn_text_get (text), ==, "רק עברית");
  g_assert_cmpstr (cn_text_get_shown_language (text), ==, "he");
  g_assert_true (cn_text_is_fallback (text));
}

static void
test_accessors (void)
{
  g_autoptr(CnText) text = new_en_he ();
  g_autoptr(CnText) simple = cn_text_new_simple ("Only English");
  g_autoptr(CnText) copy = NULL;
  CnText *boxed;
  const char *language = NULL;

  g_assert_cmpuint (cn_text_get_n_values (text), ==, 2);
  g_assert_cmpstr (cn_text_get_nth (text, 0, &language), ==, "Climate");
  g_assert_cmpstr (language, ==, "en");
  g_assert_cmpstr (cn_text_get_nth (text, 1, &language), ==, "אקלים");
  g_assert_cmpstr (language, ==, "he");
  g_assert_cmpstr (cn_text_get_nth (text, 1, NULL), ==, "אקלים");

  g_assert_cmpstr (cn_text_get_for_language (text, "he"), ==, "אקלים");
  g_assert_cmpstr (cn_text_get_for_language (text, "en"), ==, "Climate");
  g_assert_null (cn_text_get_for_language (text, "fr"));
  g_assert_null (cn_text_get_for_language (text, "e"));

  g_assert_cmpuint (cn_text_get_n_values (simple), ==, 1);
  g_assert_cmpstr (cn_text_get_for_language (simple, "en"), ==, "Only English");

  copy = cn_text_copy (text);
  g_assert_true (copy != text);
  g_assert_cmpuint (cn_text_get_n_values (copy), ==, 2);
  g_assert_cmpstr (cn_text_get_for_language (copy, "he"), ==, "אקלים");

  g_assert_true (G_TYPE_IS_BOXED (CN_TYPE_TEXT));
  boxed = g_boxed_copy (CN_TYPE_TEXT, text);
  g_assert_cmpstr (cn_text_get_for_language (boxed, "en"), ==, "Climate");
  g_boxed_free (CN_TYPE_TEXT, boxed);

  /* NULL is "no text". */
  g_assert_null (cn_text_get (NULL));
  g_assert_false (cn_text_is_fallback (NULL));
  g_assert_cmpuint (cn_text_get_n_values (NULL), ==, 0);
}

static void
test_values_are_copied (void)
{
  char en[] = "Climate";
  const char *langs[] = { "en" };
  const char *values[] = { en };
  g_autoptr(CnText) text = cn_text_new (1, langs, values);

  en[0] = 'X';
  g_assert_cmpstr (cn_text_get_for_language (text, "en"), ==, "Climate");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Report every failing check, not only the first: a failed g_assert_*()
   * marks its test failed and the run goes on. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/text/preferred/hebrew", test_hebrew_preferred);
  g_test_add_func ("/text/preferred/fallback-to-english", test_fallback_to_english);
  g_test_add_func ("/text/preferred/second-choice", test_second_choice);
  g_test_add_func ("/text/preferred/locale-normalization", test_locale_normalization);
  g_test_add_func ("/text/preferred/territory", test_territory_variant);
  g_test_add_func ("/text/preferred/locale-names-skipped", test_locale_names_skipped);
  g_test_add_func ("/text/preferred/no-english", test_no_english);
  g_test_add_func ("/text/accessors", test_accessors);
  g_test_add_func ("/text/values-are-copied", test_values_are_copied);

  return g_test_run ();
}
