/* test-search-arabic.c: Arabic in the search (cn-search-arabic.c)
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "cn-search.h"
#include "cn-search-index-testing.h"

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

/* Prefixes */

static void
test_article (void)
{
  /* ال stripped from the query, from the record, from both. */
  assert_match_both_ways ("مناخ", "المناخ");
  assert_match_both_ways ("الطاقة", "طاقة");
  assert_match_both_ways ("المدن", "مدن");
  g_assert_true (matches ("تغير المناخ", "مناخ"));
  g_assert_true (matches ("شبكة مدن", "المدن"));
  /* A word that starts with lam after the article. */
  assert_match_both_ways ("اللغة", "لغة");
  /* The article alone is no word: "المناخ" does not find every word with
   * an article. */
  g_assert_false (matches ("الطاقة", "المناخ"));
  /* Nor is it stripped when one letter would be left: ألف (a thousand)
   * is not ال + ف. */
  g_assert_false (matches ("فيضانات", "ألف"));
  g_assert_true (matches ("ألف مدينة", "الف"));
}

static void
test_prefixes (void)
{
  static const char * const prefixes[] = { "و", "ف", "ب", "ك", "ل" };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *prefixed = g_strconcat (prefixes[i], "مناخ", NULL);
      g_autofree char *in_text = g_strconcat ("تغير ", prefixed, NULL);

      /* Stripped from the record, from the query; the record's form is
       * found as typed too. */
      g_assert_true (matches (in_text, "مناخ"));
      g_assert_true (matches ("مناخ", prefixed));
      g_assert_true (matches (in_text, prefixed));
    }
  /* Letters that are not prefixes stay. */
  g_assert_false (matches ("مناخ", "تمناخ"));
  g_assert_false (matches ("مناخ", "سمناخ"));
  g_assert_false (matches ("تمناخ", "مناخ"));
  /* One letter left is no word: لي (to me) does not find يوم. */
  g_assert_false (matches ("يوم", "لي"));
  /* Two letters left are one. */
  g_assert_true (matches ("ماء", "وما"));
}

static void
test_prefix_combinations (void)
{
  static const char * const combined[] = {
    "والمناخ", "بالمناخ", "للمناخ", "فالمناخ", "كالمناخ", "وبالمناخ", "وللمناخ", "فبالمناخ", "وكالمناخ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (combined); i++)
    {
      g_autofree char *in_text = g_strconcat ("التكيف ", combined[i], NULL);

      g_assert_true (matches (in_text, "مناخ"));
      g_assert_true (matches (in_text, "المناخ"));
      g_assert_true (matches ("مناخ", combined[i]));
      g_assert_true (matches ("المناخ", combined[i]));
    }
  /* Different prefixes on both sides. */
  assert_match_both_ways ("والمناخ", "للمناخ");
  assert_match_both_ways ("وبالطاقة", "كالطاقة");
  /* ل + اللغة is written للغة. */
  assert_match_both_ways ("للغة", "اللغة");

  /* The order is conjunction, preposition, article, and one of each. */
  g_assert_false (matches ("مناخ", "بوالمناخ"));
  g_assert_false (matches ("مناخ", "بلمناخ"));
  g_assert_false (matches ("مناخ", "ووالمناخ"));
  /* The article and prefixes alone are not a word: بال is not ال. */
  g_assert_false (matches ("الطاقة", "بال"));
  g_assert_false (matches ("الطاقة", "ولل"));
}

static void
test_prefix_letter_words (void)
{
  /* A word that merely starts with a prefix letter finds itself. */
  g_assert_true (matches ("مؤتمر في لبنان", "لبنان"));
  g_assert_true (matches ("مؤتمر في لبنان", "لبن"));
  g_assert_true (matches ("لبنان", "للبنان"));
  g_assert_true (matches ("بيروت", "بيروت"));
  g_assert_true (matches ("في بيروت", "وبيروت"));
  g_assert_true (matches ("كندا", "كندا"));
  g_assert_true (matches ("فرنسا", "فرنسا"));
  g_assert_true (matches ("وزارة البيئة", "وزارة"));
  /* One preposition only: لبنان is ل + بنان at most, never ل + ب + نان. */
  g_assert_false (matches ("لبنان", "نان"));
  g_assert_false (matches ("لبنان", "لنان"));
}

static void
test_prefix_before_latin (void)
{
  /* The tatweel joins a prefix to a foreign name: بـC40 is "in C40". */
  g_assert_true (matches ("C40 Cities", "بـC40"));
  g_assert_true (matches ("عضو لـICLEI", "ICLEI"));
  /* Split from it, a prefix alone is not a word to find. */
  g_assert_true (matches ("C40 Cities ICLEI", "لـ ICLEI"));
  g_assert_true (matches ("C40 Cities", "و C40"));
  g_assert_false (matches ("C40 Cities", "و ICLEI"));
  /* Typed alone, it still searches. */
  g_assert_true (matches ("المناخ", "ال"));
  g_assert_true (matches ("وزارة", "و"));
  g_assert_false (matches ("C40 Cities", "ال"));
}

/* Around the rules */

static void
test_languages_together (void)
{
  CnSearchDocBuilder *builder = cn_search_doc_builder_new ();
  g_autoptr(CnSearchDoc) doc = NULL;
  g_autoptr(CnSearchQuery) three = cn_search_query_new ("والمدن והאקלים climate");
  g_autoptr(CnSearchQuery) missing = cn_search_query_new ("والمدن והאקלים energy");

  /* One record in three languages: each query word may be in any; the
   * Hebrew and English rules are unchanged (test-search.c). */
  cn_search_doc_builder_add (builder, CN_SEARCH_PRIMARY, "C40 Cities – רשת ערים – شبكة المدن");
  cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, "Climate action, פעולה והאקלים, العمل المناخي");
  doc = cn_search_doc_builder_end (builder);

  g_assert_cmpint (cn_search_doc_match (doc, three), !=, CN_SEARCH_NO_MATCH);
  g_assert_cmpint (cn_search_doc_match (doc, missing), ==, CN_SEARCH_NO_MATCH);
  g_assert_true (matches ("שינויי אקלים", "והאקלים"));
  g_assert_false (matches ("שינויי אקלים", "וה"));
}

static void
test_synonyms (void)
{
  static const char *climate[] = { "climate", "مناخ", "אקלים", NULL };
  static const char * const *groups[] = { climate };
  g_autoptr(CnSearchSynonyms) synonyms = cn_search_synonyms_new (groups, 1);
  g_autoptr(CnSearchDoc) english = doc_new ("Climate Alliance", NULL);
  g_autoptr(CnSearchDoc) arabic = doc_new ("تحالف", "العمل من أجل المُنَاخ");
  g_autoptr(CnSearchDoc) neither = doc_new ("Energy Alliance", "الطاقة");
  struct { const char *text; CnSearchDoc *doc; } cases[] = {
    { "والمناخ", english }, { "لِلمُناخ", english }, { "climate", arabic }, { "אקלים", arabic },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CnSearchQuery) query = cn_search_query_new_full (cases[i].text, synonyms);
      g_autoptr(CnSearchQuery) plain = cn_search_query_new (cases[i].text);

      g_test_message ("synonym: “%s”", cases[i].text);
      g_assert_cmpint (cn_search_doc_match (cases[i].doc, query), !=, CN_SEARCH_NO_MATCH);
      g_assert_cmpint (cn_search_doc_match (neither, query), ==, CN_SEARCH_NO_MATCH);
      g_assert_cmpint (cn_search_doc_match (cases[i].doc, plain), ==, CN_SEARCH_NO_MATCH);
    }
}

static void
assert_highlight (const char *query_text,
                  const char *text,
                  const char *expected)
{
  g_autoptr(CnSearchQuery) query = cn_search_query_new (query_text);
  g_autofree char *markup = cn_search_query_highlight (query, text);

  g_assert_cmpstr (markup, ==, expected);
}

static void
test_highlight (void)
{
  /* The bold spans the word as written, with its tashkeel, tatweel and
   * prefixes; the Arabic comma stays outside. */
  assert_highlight ("المناخ", "تغيُّر المُنَاخ، وللمـناخ", "تغيُّر <b>المُنَاخ</b>، <b>وللمـناخ</b>");
  assert_highlight ("مُنَاخ", "تغير المناخ", "تغير <b>المناخ</b>");
  assert_highlight ("اسيا", "مدن آسْيَا وأفريقيا", "مدن <b>آسْيَا</b> وأفريقيا");
  assert_highlight ("40", "٤٠ مدينة", "<b>٤٠</b> مدينة");
  assert_highlight ("٤٠", "C40 & 40 cities", "C40 &amp; <b>40</b> cities");
  assert_highlight ("C40", "عضو بـC40", "عضو <b>بـC40</b>");
  /* The article alone lights nothing. */
  assert_highlight ("المناخ", "الطاقة", "الطاقة");
}

static void
test_typo (void)
{
  static const char *texts[] = { "تغير المناخ", "الطاقة المتجددة", "مدن المناخ", "Climate" };
  static const char *cases[][2] = {
    { "المناغ", "المناخ" },        /* replaced */
    { "المتجدذة", "المتجدده" },    /* replaced, and ة folded */
    { "المنخ", "المناخ" },         /* deleted */
    { "منخ", NULL },               /* too short to correct */
    { "الطاقاة", "الطاقه" },       /* inserted */
    { "اطلاقة", "الطاقه" },        /* swapped */
  };
  CnSearchIndexBuilder *builder = cn_search_index_builder_new ();
  g_autoptr(CnSearchIndex) index = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      cn_search_index_builder_add_text (builder, CN_SEARCH_PRIMARY, texts[i]);
      cn_search_index_builder_end_record (builder);
    }
  index = cn_search_index_builder_end (builder);

  /* Typos are looked for with the Arabic letters, as folded. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CnSearchQuery) query = cn_search_query_new (cases[i][0]);
      g_autoptr(CnSearchQuery) corrected = cn_search_index_correct (index, query);

      g_test_message ("typo: “%s”", cases[i][0]);
      g_assert_cmpstr (corrected ? cn_search_query_get_text (corrected) : NULL, ==, cases[i][1]);
    }
}

/* The index must give the plain matcher's answers on Arabic too. */

static void
assert_index_agrees (const CnSearchIndex       *index,
                     const CnSearchDoc * const *docs,
                     guint                      n_docs,
                     const CnSearchQuery       *query)
{
  g_autofree int *ranks = g_new (int, n_docs);
  guint n_matches = cn_search_index_query (index, query, ranks);
  guint expected_matches = 0;

  for (guint d = 0; d < n_docs; d++)
    {
      int expected = cn_search_doc_match (docs[d], query);

      if (expected != ranks[d])
        g_error ("query “%s”, record %u: index says %d, matcher says %d",
                 cn_search_query_get_text (query), d, ranks[d], expected);
      expected_matches += expected != CN_SEARCH_NO_MATCH;
    }
  g_assert_cmpuint (n_matches, ==, expected_matches);
}

static void
test_index_matches_plain (void)
{
  static const char *vocabulary[] = {
    "المُنَاخ", "مناخ", "للمناخ", "والطاقة", "طاقه", "مدينة", "المدن", "بالمدن", "لبنان", "بيروت",
    "أمن", "إدارة", "آسيا", "مستوى", "مستوي", "٤٠", "40", "مـنـاخ", "بال", "ألف", "للغة", "ما",
    "climate", "C40", "אקלים", "והאקלים",
  };
  static const char *prefixes[] = { "", "و", "ف", "ب", "ال", "بال", "لل", "وال", "وبال" };
  static const char *climate[] = { "climate", "مناخ", NULL };
  static const char *energy[] = { "طاقة", "energy", "אנרגיה", NULL };
  static const char * const *groups[] = { climate, energy };
  g_autoptr(CnSearchSynonyms) synonyms = cn_search_synonyms_new (groups, G_N_ELEMENTS (groups));
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_search_doc_free);
  CnSearchIndexBuilder *text_builder = cn_search_index_builder_new ();
  g_autoptr(CnSearchIndex) index = NULL;
  g_autoptr(CnSearchIndex) text_index = NULL;
  const guint n = 400;
  g_autofree int *ranks = g_new (int, n);
  guint n_found = 0, n_queries = 0;

  for (guint d = 0; d < n; d++)
    {
      CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

      for (guint tier = 0; tier < CN_SEARCH_N_TIERS; tier++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          guint n_words = g_rand_int_range (rand, 0, 4);

          for (guint i = 0; i < n_words; i++)
            g_string_append_printf (text, "%s%s، ", prefixes[g_rand_int_range (rand, 0, G_N_ELEMENTS (prefixes))],
                                    vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))]);
          cn_search_doc_builder_add (builder, tier, text->str);
          cn_search_index_builder_add_text (text_builder, tier, text->str);
        }
      cn_search_index_builder_end_record (text_builder);
      g_ptr_array_add (docs, cn_search_doc_builder_end (builder));
    }
  index = cn_search_index_new ((const CnSearchDoc * const *) docs->pdata, n);
  text_index = cn_search_index_builder_end (text_builder);

  /* Every word of the vocabulary, cut after each letter, after each
   * prefix, as typed; with and without synonyms, and corrected. */
  for (guint v = 0; v < G_N_ELEMENTS (vocabulary); v++)
    for (guint p = 0; p < G_N_ELEMENTS (prefixes); p++)
      for (glong keep = 1; keep <= g_utf8_strlen (vocabulary[v], -1); keep++)
        {
          const char *cut = g_utf8_offset_to_pointer (vocabulary[v], keep);
          g_autofree char *word = g_strndup (vocabulary[v], cut - vocabulary[v]);
          g_autofree char *text = g_strconcat (prefixes[p], word, NULL);
          g_autoptr(CnSearchQuery) query = cn_search_query_new (text);
          g_autoptr(CnSearchQuery) with_synonyms = cn_search_query_new_full (text, synonyms);
          g_autoptr(CnSearchQuery) corrected = cn_search_index_correct (text_index, query);
          const CnSearchDoc * const *all = (const CnSearchDoc * const *) docs->pdata;

          assert_index_agrees (index, all, n, query);
          assert_index_agrees (text_index, all, n, query);
          assert_index_agrees (text_index, all, n, with_synonyms);
          if (corrected != NULL)
            assert_index_agrees (text_index, all, n, corrected);
          n_found += cn_search_index_query (text_index, query, ranks) > 0;
          n_queries++;
        }
  /* The queries did find things. */
  g_assert_cmpuint (n_found, >, n_queries / 2);
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
  g_test_add_func ("/search/arabic/article", test_article);
  g_test_add_func ("/search/arabic/prefixes", test_prefixes);
  g_test_add_func ("/search/arabic/prefix-combinations", test_prefix_combinations);
  g_test_add_func ("/search/arabic/prefix-letter-words", test_prefix_letter_words);
  g_test_add_func ("/search/arabic/prefix-before-latin", test_prefix_before_latin);
  g_test_add_func ("/search/arabic/languages-together", test_languages_together);
  g_test_add_func ("/search/arabic/synonyms", test_synonyms);
  g_test_add_func ("/search/arabic/highlight", test_highlight);
  g_test_add_func ("/search/arabic/typo", test_typo);
  g_test_add_func ("/search/arabic/index-matches-plain", test_index_matches_plain);

  return g_test_run ();
}
