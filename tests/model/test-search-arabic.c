/* test-search-arabic.c: Arabic in the search (cn-search-arabic.c)
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cn-search.h"

/* Helpers, as in test-search.c */

static void
assert_normalized (const char *text,
                   const char *expected)
{
  g_autofree char *normalized = cn_search_normalize (text);

  g_assert_cmpstr (normalized, ==, expected);
}

static CnSearchDoc *
doc_new (const char *primary,
         const char *secondary)
{
  CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

  cn_search_doc_builder_add (builder, CN_SEARCH_PRIMARY, primary);
  cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, secondary);
  return cn_search_doc_builder_end (builder);
}

static gboolean
matches (const char *record,
         const char *query_text)
{
  g_autoptr(CnSearchDoc) doc = doc_new (record, NULL);
  g_autoptr(CnSearchQuery) query = cn_search_query_new (query_text);

  g_test_message ("“%s” in “%s”", query_text, record);
  return cn_search_doc_match (doc, query) != CN_SEARCH_NO_MATCH;
}

/* @a finds @b and @b finds @a. */
static void
assert_match_both_ways (const char *a,
                        const char *b)
{
  g_assert_true (matches (a, b));
  g_assert_true (matches (b, a));
}

/* Folding */

static void
test_tashkeel_tatweel (void)
{
  /* Fatha, damma, kasra, tanween, shadda, sukun, superscript alef. */
  assert_normalized ("مُنَاخٌ", "مناخ");
  assert_normalized ("تَغَيُّرُ المُنَاخِ", "تغير المناخ");
  assert_normalized ("مَدِينَةٍ مُسْتَدَامَةً", "مدينه مستدامه");
  assert_normalized ("هٰذا", "هذا");
  /* The tatweel only stretches a word. */
  assert_normalized ("مـنـاخ", "مناخ");
  assert_normalized ("مــــناخ", "مناخ");

  assert_match_both_ways ("مُنَاخ", "مناخ");
  assert_match_both_ways ("مـنـاخ", "مُنَاخ");
  g_assert_true (matches ("تَغَيُّرُ المُنَاخِ", "تغير المناخ"));
  g_assert_true (matches ("تغير المناخ", "تَغَيُّرُ المُنَاخِ"));
  /* The letters still count. */
  g_assert_false (matches ("مَنَاخ", "مناح"));
  g_assert_false (matches ("مـنـاخ", "منخ"));
}

static void
test_alef_forms (void)
{
  /* Hamza above and below, madda, wasla. */
  assert_normalized ("أ إ آ ٱ ا", "ا ا ا ا ا");
  assert_match_both_ways ("أمن", "امن");
  assert_match_both_ways ("إدارة", "ادارة");
  assert_match_both_ways ("آسيا", "اسيا");
  assert_match_both_ways ("ٱلمناخ", "المناخ");
  /* One form finds another. */
  assert_match_both_ways ("أمن", "إمن");
  assert_match_both_ways ("آسيا", "أسيا");
  g_assert_true (matches ("أمن الطاقة وإدارة المياه", "امن واداره"));
  /* An alef is not another letter. */
  g_assert_false (matches ("أمن", "عمن"));
  g_assert_false (matches ("آسيا", "ىسيا"));
}

static void
test_alef_maqsura (void)
{
  assert_normalized ("مستوى", "مستوي");
  assert_match_both_ways ("مستوى", "مستوي");
  assert_match_both_ways ("على", "علي");
  g_assert_true (matches ("على المستوى المحلي", "علي المستوي"));
  /* ى is not an alef. */
  g_assert_false (matches ("مستوى", "مستوا"));
}

static void
test_ta_marbuta (void)
{
  assert_normalized ("طاقة", "طاقه");
  assert_match_both_ways ("طاقة", "طاقه");
  assert_match_both_ways ("مدينة", "مدينه");
  g_assert_true (matches ("الطاقة المتجددة", "الطاقه المتجدده"));
  /* ة is not ta ت. */
  g_assert_false (matches ("طاقة", "طاقت"));
}

static void
test_digits (void)
{
  assert_normalized ("٠١٢٣٤٥٦٧٨٩", "0123456789");
  assert_normalized ("۰۱۲۳۴۵۶۷۸۹", "0123456789");
  assert_normalized ("C٤٠", "c40");

  assert_match_both_ways ("40", "٤٠");
  assert_match_both_ways ("١٠٠", "100");
  assert_match_both_ways ("۴۰", "40");
  assert_match_both_ways ("۴۰", "٤٠");
  assert_match_both_ways ("C40", "C٤٠");
  g_assert_true (matches ("أكثر من 40 مدينة", "٤٠ مدينة"));
  g_assert_true (matches ("أكثر من ٤٠ مدينة", "40"));
  /* Digits are still digits, and a word still has to start with them. */
  g_assert_false (matches ("أكثر من 50 مدينة", "٤٠"));
  g_assert_false (matches ("140 مدينة", "٤٠"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/search/arabic/tashkeel-tatweel", test_tashkeel_tatweel);
  g_test_add_func ("/search/arabic/alef-forms", test_alef_forms);
  g_test_add_func ("/search/arabic/alef-maqsura", test_alef_maqsura);
  g_test_add_func ("/search/arabic/ta-marbuta", test_ta_marbuta);
  g_test_add_func ("/search/arabic/digits", test_digits);

  return g_test_run ();
}
