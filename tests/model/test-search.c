/* test-search.c: text folding and matching
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cn-catalog.h"
#include "cn-search.h"
#include "cn-search-index-testing.h"
#include "cn-test-search.h"

/* Helpers */

static void
assert_normalized (const char *text,
                   const char *expected)
{
  g_autofree char *normalized = cn_search_normalize (text);

  g_assert_cmpstr (normalized, ==, expected);
}

/* The folding rules spelled out with the Unicode tables for every
 * character, as the model did before its fast paths for ASCII and Hebrew:
 * the fast paths must give the same words. */
static char *
reference_normalize (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean in_word = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n;

      if (c == '\'' || c == '"' || c == 0x2019 || c == 0x2018 || c == 0x05F3 || c == 0x05F4)
        continue;
      if ((c >= 0x0591 && c <= 0x05BD) || c == 0x05BF || c == 0x05C1 || c == 0x05C2 ||
          c == 0x05C4 || c == 0x05C5 || c == 0x05C7)
        continue;
      n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
      for (gsize i = 0; i < n; i++)
        {
          gunichar d = decomposed[i];
          GUnicodeType type = g_unichar_type (d);

          if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
              type == G_UNICODE_ENCLOSING_MARK || type == G_UNICODE_FORMAT)
            continue;
          if (g_unichar_isalnum (d))
            {
              d = g_unichar_tolower (d);
              switch (d)
                {
                case 0x05DA: d = 0x05DB; break;
                case 0x05DD: d = 0x05DE; break;
                case 0x05DF: d = 0x05E0; break;
                case 0x05E3: d = 0x05E4; break;
                case 0x05E5: d = 0x05E6; break;
                default: break;
                }
              if (!in_word && out->len > 0)
                g_string_append_c (out, ' ');
              g_string_append_unichar (out, d);
              in_word = TRUE;
            }
          else
            in_word = FALSE;
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_normalize_fast_paths (void)
{
  /* ASCII letters, digits and punctuation, Hebrew letters with their final
   * forms, niqqud, maqaf, geresh and gershayim, accented and other Latin,
   * Greek, bidi marks, fullwidth and compatibility characters. */
  static const gunichar alphabet[] = {
    'a', 'Z', 'q', '0', '9', ' ', '-', '\'', '"', '.', ',', '(', '/', '\t',
    0x05D0, 0x05D1, 0x05D4, 0x05D5, 0x05DB, 0x05DA, 0x05DD, 0x05DE, 0x05DF, 0x05E3, 0x05E5,
    0x05E9, 0x05EA, 0x05B0, 0x05B8, 0x05BC, 0x05C1, 0x05C7, 0x0591, 0x05BE, 0x05C0, 0x05C3,
    0x05F3, 0x05F4, 0x2019, 0x00E9, 0x00C9, 0x00DF, 0x0130, 0x00F1, 0x03A3, 0x03C2,
    0x200F, 0x202B, 0x2066, 0x2069, 0xFF21, 0xFB2A, 0xFB4B, 0x2160, 0x00BD, 0x1E9E,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (29112026);

  for (guint round = 0; round < 5000; round++)
    {
      GString *text = g_string_new (NULL);
      guint length = g_rand_int_range (rand, 0, 24);
      g_autofree char *fast = NULL;
      g_autofree char *reference = NULL;

      for (guint i = 0; i < length; i++)
        g_string_append_unichar (text, alphabet[g_rand_int_range (rand, 0, G_N_ELEMENTS (alphabet))]);
      fast = cn_search_normalize (text->str);
      reference = reference_normalize (text->str);
      if (g_strcmp0 (fast, reference) != 0)
        g_error ("“%s”: normalized to “%s”, the Unicode tables give “%s”", text->str, fast, reference);
      g_string_free (text, TRUE);
    }

  /* A word longer than the folding buffer on the stack. */
  {
    g_autofree char *long_word = g_strnfill (5000, 'A');
    g_autofree char *text = g_strconcat ("x ", long_word, " y", NULL);
    g_autofree char *normalized = cn_search_normalize (text);
    g_autofree char *expected = g_ascii_strdown (text, -1);

    g_assert_cmpstr (normalized, ==, expected);
  }
}

/* A document with @primary in the primary tier and @secondary (may be NULL)
 * in the secondary one. */
static CnSearchDoc *
doc_new (const char *primary,
         const char *secondary)
{
  CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

  cn_search_doc_builder_add (builder, CN_SEARCH_PRIMARY, primary);
  cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, secondary);
  return cn_search_doc_builder_end (builder);
}

static int
match (const CnSearchDoc *doc,
       const char        *query_text)
{
  g_autoptr(CnSearchQuery) query = cn_search_query_new (query_text);

  return cn_search_doc_match (doc, query);
}

static gboolean
matches (const char *record,
         const char *query_text)
{
  g_autoptr(CnSearchDoc) doc = doc_new (record, NULL);

  return match (doc, query_text) != CN_SEARCH_NO_MATCH;
}

/* Normalization */

static void
test_match_prefix_before_latin (void)
{
  /* "ב-C40" ("in C40"): the prefix letter is split off by the hyphen and
   * must not demand a word of its own. */
  g_assert_true (matches ("C40 Cities", "ב-C40"));
  g_assert_true (matches ("C40 Cities", "ול-ICLEI C40") == FALSE);
  g_assert_true (matches ("C40 Cities ICLEI", "ול-ICLEI C40"));
  /* Typed alone, a single letter still searches. */
  g_assert_true (matches ("ברשת", "ב"));
  g_assert_false (matches ("C40 Cities", "ב"));
}

static void
test_normalize_case_and_spaces (void)
{
  assert_normalized ("C40 Cities", "c40 cities");
  assert_normalized ("  Hello,   WORLD!! ", "hello world");
  assert_normalized ("São-Paulo", "sao paulo");
  assert_normalized ("", "");
  assert_normalized ("!!! ---", "");
}

static void
test_normalize_accents (void)
{
  assert_normalized ("Café", "cafe");
  assert_normalized ("CAFÉ", "cafe");
  /* "e" + combining acute accent, not precomposed. */
  assert_normalized ("Cafe\xCC\x81", "cafe");
  assert_normalized ("ŁÓDŹ", "łodz");
  assert_normalized ("Zürich", "zurich");
}

static void
test_normalize_hebrew (void)
{
  /* Niqqud (vowel points) and the shin dot go. */
  assert_normalized ("אַקְלִים", "אקלימ");
  assert_normalized ("שָׁלוֹם", "שלומ");
  /* Final letters fold to their regular forms: ך ם ן ף ץ → כ מ נ פ צ. */
  assert_normalized ("ערים", "ערימ");
  assert_normalized ("ךםןףץ", "כמנפצ");
  /* Apostrophes, geresh and gershayim are dropped inside a word. */
  assert_normalized ("ג'י", "גי");
  assert_normalized ("ג׳י", "גי");
  assert_normalized ("האו\"ם", "האומ");
  assert_normalized ("האו״ם", "האומ");
  assert_normalized ("don't", "dont");
  assert_normalized ("don’t", "dont");
  /* Maqaf and dashes separate words. */
  assert_normalized ("ל־ICLEI", "ל iclei");
  assert_normalized ("C40 Cities – רשת", "c40 cities רשת");
  /* Bidirectional controls are invisible. */
  assert_normalized ("C40\xE2\x80\x8F", "c40");
}

/* Queries */

static void
test_query_words (void)
{
  g_autoptr(CnSearchQuery) query = cn_search_query_new ("  Climate,  CLIMATE climate  Action ");
  g_autoptr(CnSearchQuery) empty = cn_search_query_new ("");
  g_autoptr(CnSearchQuery) blank = cn_search_query_new (" ,;- ");
  g_autoptr(CnSearchQuery) null_query = cn_search_query_new (NULL);

  /* Repeated words count once. */
  g_assert_cmpuint (cn_search_query_get_n_words (query), ==, 2);
  g_assert_false (cn_search_query_is_empty (query));
  g_assert_cmpstr (cn_search_query_get_text (query), ==, "  Climate,  CLIMATE climate  Action ");

  g_assert_true (cn_search_query_is_empty (empty));
  g_assert_cmpuint (cn_search_query_get_n_words (empty), ==, 0);
  g_assert_true (cn_search_query_is_empty (blank));
  g_assert_true (cn_search_query_is_empty (null_query));
  g_assert_cmpstr (cn_search_query_get_text (null_query), ==, "");
  g_assert_true (cn_search_query_is_empty (NULL));
}

static void
test_empty_query (void)
{
  g_autoptr(CnSearchDoc) doc = doc_new ("C40 Cities", "Large cities");
  g_autoptr(CnSearchDoc) nothing = doc_new (NULL, NULL);

  /* An empty query filters nothing out. */
  g_assert_cmpint (match (doc, ""), ==, 0);
  g_assert_cmpint (match (doc, "  "), ==, 0);
  g_assert_cmpint (match (nothing, ""), ==, 0);
  g_assert_cmpint (match (nothing, "c40"), ==, CN_SEARCH_NO_MATCH);
}

/* Matching */

static void
test_match_case (void)
{
  g_assert_true (matches ("C40 Cities", "c40"));
  g_assert_true (matches ("C40 Cities", "CITIES"));
  g_assert_true (matches ("c40 cities", "C40"));
  g_assert_false (matches ("C40 Cities", "towns"));
}

static void
test_match_word_start (void)
{
  /* Each query word must start a word of the record. */
  g_assert_true (matches ("C40 Cities", "cit"));
  g_assert_true (matches ("Resilient Cities Network", "net"));
  g_assert_false (matches ("C40 Cities", "40"));
  g_assert_false (matches ("C40 Cities", "ities"));
  g_assert_false (matches ("EcoMobility Alliance", "mobility"));
}

static void
test_match_accents (void)
{
  g_assert_true (matches ("Café de Paris", "cafe"));
  g_assert_true (matches ("Cafe de Paris", "café"));
  g_assert_true (matches ("São Paulo", "SAO"));
  g_assert_true (matches ("Zürich", "zurich"));
}

static void
test_match_niqqud (void)
{
  g_assert_true (matches ("שינויי אַקְלִים", "אקלים"));
  g_assert_true (matches ("שינויי אקלים", "אַקְלִים"));
}

static void
test_match_final_letters (void)
{
  /* A query typed without the final form still finds the word, and a
   * partial word (where the last letter is not final yet) too. */
  g_assert_true (matches ("רשת ערים", "ערימ"));
  g_assert_true (matches ("רשת ערים", "ערים"));
  g_assert_true (matches ("רשת ערימ", "ערים"));
  g_assert_true (matches ("רשויות מקומיות", "מקומ"));
  g_assert_true (matches ("שלטון מקומי", "שלטון"));
  g_assert_true (matches ("שלטון מקומי", "שלטונ"));
}

static void
test_match_hebrew_prefixes (void)
{
  /* Query with a prefix, record without. */
  g_assert_true (matches ("שינויי אקלים", "והאקלים"));
  g_assert_true (matches ("שינויי אקלים", "האקלים"));
  g_assert_true (matches ("שינויי אקלים", "באקלים"));
  /* Record with a prefix, query without. */
  g_assert_true (matches ("פעולה והאקלים", "אקלים"));
  g_assert_true (matches ("ערים שבאירופה", "אירופה"));
  /* Both with prefixes, different ones: "שב" against "ול". */
  g_assert_true (matches ("ערים שבאירופה", "ולאירופה"));
  g_assert_true (matches ("ערים שבאירופה", "שבאירופה"));
  g_assert_true (matches ("ערים שבאירופה", "באירופה"));
  /* Up to three prefix letters: ו + כ + ש. */
  g_assert_true (matches ("וכשהעיר", "העיר"));
  /* A prefix letter that is the word itself is not stripped away to nothing. */
  g_assert_false (matches ("שינויי אקלים", "ב"));
  g_assert_false (matches ("שינויי אקלים", "וה"));
  /* Letters that are not prefixes stay. */
  g_assert_false (matches ("שינויי אקלים", "גאקלים"));
}

static void
test_match_apostrophes (void)
{
  g_assert_true (matches ("ג'י 20", "גי"));
  g_assert_true (matches ("גי 20", "ג'י"));
  g_assert_true (matches ("ג׳י 20", "ג'י"));
  g_assert_true (matches ("האו\"ם", "האו״ם"));
  g_assert_true (matches ("Mayors' Covenant", "mayors"));
}

static void
test_match_all_words (void)
{
  g_autoptr(CnSearchDoc) doc = doc_new ("Global Covenant of Mayors", "Climate and energy");

  g_assert_cmpint (match (doc, "covenant mayors"), ==, 0);
  g_assert_cmpint (match (doc, "mayors covenant"), ==, 0);
  g_assert_cmpint (match (doc, "covenant cities"), ==, CN_SEARCH_NO_MATCH);
  /* A word only outside the name ranks lower; two, lower still. */
  g_assert_cmpint (match (doc, "covenant climate"), >, 0);
  g_assert_cmpint (match (doc, "climate energy"), >, match (doc, "covenant climate"));
  g_assert_cmpint (match (doc, "climate energy water"), ==, CN_SEARCH_NO_MATCH);
}

static void
test_match_both_languages (void)
{
  CnSearchDocBuilder *builder = cn_search_doc_builder_new ();
  g_autoptr(CnSearchDoc) doc = NULL;

  cn_search_doc_builder_add (builder, CN_SEARCH_PRIMARY, "C40 Cities");
  cn_search_doc_builder_add (builder, CN_SEARCH_PRIMARY, "C40 Cities – רשת ערים גדולות");
  cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, "A network of large cities.");
  cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, "רשת של ערים גדולות.");
  cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, NULL);
  cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, "");
  doc = cn_search_doc_builder_end (builder);

  g_assert_cmpint (match (doc, "c40"), ==, 0);
  g_assert_cmpint (match (doc, "רשת"), ==, 0);
  /* One word in each language in the same query. */
  g_assert_cmpint (match (doc, "c40 ערים"), ==, 0);
  g_assert_cmpint (match (doc, "large ערים"), >, 0);
  g_assert_cmpint (match (doc, "network large"), >, match (doc, "large ערים"));
  g_assert_cmpint (match (doc, "network קטנות"), ==, CN_SEARCH_NO_MATCH);
  g_assert_cmpuint (cn_search_doc_get_size (doc), >, 0);
}

static void
test_match_ranking (void)
{
  g_autoptr(CnSearchDoc) by_name = doc_new ("Resilient Cities Network", "Cities share strategies.");
  g_autoptr(CnSearchDoc) by_text = doc_new ("100 Resilient Cities", "Succeeded by a global network.");
  int name_rank = match (by_name, "network");
  int text_rank = match (by_text, "network");

  g_assert_cmpint (name_rank, ==, 0);
  g_assert_cmpint (text_rank, >, 0);
  g_assert_cmpint (text_rank, !=, CN_SEARCH_NO_MATCH);
  g_assert_cmpint (name_rank, <, text_rank);
}

/* Issue 19: ranking, fields, forms, synonyms, typos, highlights */

static CnSearchDoc *
doc_in_tier (CnSearchTier  tier,
             const char   *text)
{
  CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

  cn_search_doc_builder_add (builder, tier, text);
  return cn_search_doc_builder_end (builder);
}

static void
test_rank_field_weights (void)
{
  int previous = -1;

  /* The same word, one field at a time, from the most telling down. */
  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      g_autoptr(CnSearchDoc) doc = doc_in_tier (t, "Urban resilience work");
      int rank = match (doc, "resilience");

      g_assert_cmpint (rank, !=, CN_SEARCH_NO_MATCH);
      if (t > 0 && cn_search_get_weight (t) < cn_search_get_weight (t - 1))
        g_assert_cmpint (rank, >, previous);
      else
        g_assert_cmpint (rank, >=, previous);
      previous = rank;
    }
  g_assert_cmpint (cn_search_get_weight (CN_SEARCH_PRIMARY), >, cn_search_get_weight (CN_SEARCH_SUMMARY));
  g_assert_cmpint (cn_search_get_weight (CN_SEARCH_SUMMARY), >, cn_search_get_weight (CN_SEARCH_THEMES));
  g_assert_cmpint (cn_search_get_weight (CN_SEARCH_THEMES), >, cn_search_get_weight (CN_SEARCH_DESCRIPTION));
  g_assert_cmpint (cn_search_get_weight (CN_SEARCH_DESCRIPTION), >, cn_search_get_weight (CN_SEARCH_SECONDARY));
}

static void
test_rank_match_quality (void)
{
  g_autoptr(CnSearchDoc) whole = doc_new ("", "resilient cities");
  g_autoptr(CnSearchDoc) stem = doc_new ("", "resilience of cities");
  g_autoptr(CnSearchDoc) start = doc_new ("", "resilientcities");
  g_autoptr(CnSearchDoc) together = doc_new ("Resilient Cities", "");
  g_autoptr(CnSearchDoc) scattered = doc_new ("Resilient", "many cities");

  /* Whole word, then another form of it, then the start of a word. */
  g_assert_cmpint (match (whole, "resilient"), <, match (stem, "resilient"));
  g_assert_cmpint (match (stem, "resilient"), <, match (start, "resilient"));
  /* All the words in one field rank above words spread over fields. */
  g_assert_cmpint (match (together, "resilient cities"), ==, 0);
  g_assert_cmpint (match (together, "resilient cities"), <, match (scattered, "resilient cities"));
}

/* The ids of the first @n networks for @text, best first, as the list
 * orders them: by rank, then in the dataset's order. */
static char *
top_networks (CnCatalog  *catalog,
              const char *text,
              guint       n)
{
  g_autoptr(CnSearchQuery) query = cn_catalog_new_search_query (catalog, text);
  GListModel *networks = cn_catalog_get_networks (catalog);
  guint n_networks = g_list_model_get_n_items (networks);
  g_autofree int *ranks = g_new (int, n_networks);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  int max_rank = 0;

  cn_catalog_search_networks (catalog, query, ranks);
  for (guint i = 0; i < n_networks; i++)
    max_rank = MAX (max_rank, ranks[i]);
  for (int r = 0; r <= max_rank && ids->len < n; r++)
    for (guint i = 0; i < n_networks && ids->len < n; i++)
      if (ranks[i] == r)
        {
          g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);
          g_ptr_array_add (ids, (gpointer) cn_network_get_id (network));
        }
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}

static void
assert_top (CnCatalog  *catalog,
            const char *text,
            guint       n,
            const char *expected)
{
  g_autofree char *top = top_networks (catalog, text, n);

  g_test_message ("“%s”: %s", text, top);
  g_assert_cmpstr (top, ==, expected);
}

static void
test_rank_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_bundled (&error);

  g_assert_no_error (error);
  /* The network named for it first, in both languages. */
  assert_top (catalog, "resilience", 1, "100-resilient-cities");
  assert_top (catalog, "חוסן", 1, "100-resilient-cities");
  assert_top (catalog, "resilient cities", 1, "100-resilient-cities");
  /* The secretariat is searched: ICLEI sits in Bonn. */
  assert_top (catalog, "Bonn", 2, "ecomobility-alliance iclei");
  assert_top (catalog, "בון", 2, "iclei ecomobility-alliance");
  /* Synonyms across languages: a Hebrew "transport" finds the mobility
   * alliance, whose text says "mobility". */
  assert_top (catalog, "תחבורה", 2, "sum-network ecomobility-alliance");
  assert_top (catalog, "ניידות", 2, "sum-network ecomobility-alliance");
  assert_top (catalog, "Rockefeller", 1, "100-resilient-cities");
}

static void
test_stems_english (void)
{
  static const char *pairs[][2] = {
    { "resilience", "resilient" }, { "city", "cities" }, { "adapt", "adaptation" },
    { "network", "networks" }, { "emission", "emissions" }, { "planning", "plan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *a = cn_search_stem (pairs[i][0], strlen (pairs[i][0]));
      g_autofree char *b = cn_search_stem (pairs[i][1], strlen (pairs[i][1]));

      g_assert_cmpstr (a, ==, b);
      /* And so each finds the other, both ways. */
      g_assert_true (matches (pairs[i][0], pairs[i][1]));
      g_assert_true (matches (pairs[i][1], pairs[i][0]));
    }
  g_assert_false (matches ("city", "citizen"));
}

static void
test_stems_hebrew (void)
{
  /* Plural, construct and adjective endings. */
  g_assert_true (matches ("מדיניות אקלימית", "אקלים"));
  g_assert_true (matches ("שינויי האקלים", "אקלימי"));
  g_assert_true (matches ("100 ערים חסינות", "חסין"));
  g_assert_true (matches ("עיר חסינה", "חסינות"));
  g_assert_true (matches ("תחבורת המונים", "תחבורה"));
  g_assert_true (matches ("רשתות ערים", "רשת"));
  g_assert_true (matches ("רשת ערים", "ברשתות"));
  g_assert_true (matches ("פרויקטים", "פרויקט"));
  /* With a prefix and an ending at once. */
  g_assert_true (matches ("והפרויקטים", "פרויקט"));
  /* A vowel change inside the word is beyond endings. */
  g_assert_false (matches ("ערים", "עיר"));
}

static void
test_synonyms (void)
{
  static const char *mobility[] = { "mobility", "transport", "public transport", "תחבורה", "ניידות", NULL };
  static const char * const *groups[] = { mobility };
  g_autoptr(CnSearchSynonyms) synonyms = cn_search_synonyms_new (groups, 1);
  g_autoptr(CnSearchDoc) english = doc_new ("EcoMobility Alliance", "Cities for low-carbon mobility.");
  g_autoptr(CnSearchDoc) hebrew = doc_new ("ברית", "קידום תחבורה ציבורית בערים.");
  g_autoptr(CnSearchDoc) literal = doc_new ("Alliance", "Cities for transport.");
  g_autoptr(CnSearchDoc) neither = doc_new ("Alliance", "Cities for energy.");
  struct { const char *text; CnSearchDoc *doc; } cases[] = {
    { "transport", english }, { "תחבורה", english }, { "ניידות", english },
    { "mobility", hebrew }, { "transport", hebrew }, { "לתחבורה", english },
    { "transportation", english },  /* by its stem */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CnSearchQuery) query = cn_search_query_new_full (cases[i].text, synonyms);
      g_autoptr(CnSearchQuery) plain = cn_search_query_new (cases[i].text);

      g_test_message ("synonym: “%s”", cases[i].text);
      g_assert_cmpint (cn_search_doc_match (cases[i].doc, query), !=, CN_SEARCH_NO_MATCH);
      g_assert_cmpint (cn_search_doc_match (neither, query), ==, CN_SEARCH_NO_MATCH);
      /* Without the groups, no such match. */
      g_assert_cmpint (cn_search_doc_match (cases[i].doc, plain), ==, CN_SEARCH_NO_MATCH);
    }

  /* The literal word ranks above its synonym. */
  {
    g_autoptr(CnSearchQuery) query = cn_search_query_new_full ("transport", synonyms);
    g_autoptr(CnSearchDoc) synonym = doc_new ("Alliance", "Cities for mobility.");

    g_assert_cmpint (cn_search_doc_match (literal, query), <, cn_search_doc_match (synonym, query));
  }
}

static void
test_typo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_bundled (&error);
  static const char *cases[][2] = {
    { "resilence", "resilience" },        /* deleted */
    { "clmate", "climate" },              /* deleted */
    { "covenatn", "covenant" },           /* swapped */
    { "rockefellar", "rockefeller" },     /* replaced */
    { "mobilitty", "mobility" },          /* inserted */
    { "Rockefeller resilence", "rockefeller resilience" },  /* only the wrong word */
    { "ניידוט", "ניידות" },    /* replaced, in Hebrew */
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CnSearchQuery) query = cn_catalog_new_search_query (catalog, cases[i][0]);
      g_autoptr(CnSearchQuery) corrected = cn_catalog_correct_network_query (catalog, query);
      g_autofree int *ranks = g_new (int, 12);

      g_assert_nonnull (corrected);
      g_assert_cmpstr (cn_search_query_get_text (corrected), ==, cases[i][1]);
      g_assert_true (cn_search_query_is_corrected (corrected));
      g_assert_cmpuint (cn_catalog_search_networks (catalog, corrected, ranks), >, 0);
    }

  /* Short words, words that match, and words too far off are left alone. */
  {
    const char *left[] = { "clmat", "rsl", "climate", "resil", "zzzzzzzz" };

    for (guint i = 0; i < G_N_ELEMENTS (left); i++)
      {
        g_autoptr(CnSearchQuery) query = cn_catalog_new_search_query (catalog, left[i]);
        g_autoptr(CnSearchQuery) corrected = cn_catalog_correct_network_query (catalog, query);

        g_assert_null (corrected);
      }
  }

  /* Word by word, as the window searches: the misspelled word of two is
   * corrected alone, the other kept as typed, and every network found this
   * way ranks below where the exact words put it. */
  {
    g_autoptr(CnSearchQuery) query = cn_catalog_new_search_query (catalog, "Toronto resilence");
    g_autoptr(CnSearchQuery) exact = cn_catalog_new_search_query (catalog, "Toronto resilience");
    g_autoptr(CnSearchQuery) corrected = NULL;
    g_autoptr(CnSearchQuery) none = NULL;
    guint n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
    g_autofree int *ranks = g_new (int, n);
    g_autofree int *exact_ranks = g_new (int, n);

    g_assert_cmpuint (cn_catalog_search_networks_corrected (catalog, query, ranks, &corrected), >, 0);
    g_assert_nonnull (corrected);
    g_assert_cmpstr (cn_search_query_get_text (corrected), ==, "toronto resilience");
    g_assert_cmpuint (cn_catalog_search_networks_corrected (catalog, exact, exact_ranks, &none), >, 0);
    g_assert_null (none);
    for (guint i = 0; i < n; i++)
      {
        g_assert_cmpint (ranks[i] == CN_SEARCH_NO_MATCH, ==, exact_ranks[i] == CN_SEARCH_NO_MATCH);
        if (ranks[i] != CN_SEARCH_NO_MATCH)
          g_assert_cmpint (exact_ranks[i], <, ranks[i]);
      }

    /* A word that cannot be corrected leaves nothing to offer. */
    g_clear_pointer (&query, cn_search_query_unref);
    query = cn_catalog_new_search_query (catalog, "resilence zzzzzzzz");
    g_assert_cmpuint (cn_catalog_search_networks_corrected (catalog, query, ranks, &none), ==, 0);
    g_assert_null (none);
  }

  /* A corrected word ranks below the word itself. */
  g_assert_cmpint (cn_search_score (CN_SEARCH_PRIMARY, CN_SEARCH_EXACT, TRUE), <,
                   cn_search_score (CN_SEARCH_PRIMARY, CN_SEARCH_EXACT, FALSE));
  {
    const char *fix[] = { "resilience", NULL };
    g_autoptr(CnSearchQuery) query = cn_search_query_new ("resilence");
    g_autoptr(CnSearchQuery) corrected = cn_search_query_correct (query, fix);
    g_autoptr(CnSearchQuery) exact = cn_search_query_new ("resilience");
    g_autoptr(CnSearchDoc) doc = doc_new ("resilience", "");

    g_assert_cmpint (cn_search_doc_match (doc, exact), <, cn_search_doc_match (doc, corrected));
    g_assert_cmpint (cn_search_doc_match (doc, corrected), !=, CN_SEARCH_NO_MATCH);
  }
}

static void
assert_valid_markup (const char *markup)
{
  g_autofree char *wrapped = g_strdup_printf ("<m>%s</m>", markup);
  GMarkupParser parser = { NULL, };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, wrapped, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static void
test_highlight (void)
{
  g_autoptr(CnSearchQuery) query = cn_search_query_new ("cities");
  g_autoptr(CnSearchQuery) hebrew = cn_search_query_new ("אקלים");
  g_autoptr(CnSearchQuery) empty = cn_search_query_new ("");
  const char *hostile = "<b>&amp; Evil</b> \"Cities\" <span foreground='red'>City</span> & <i>";
  g_autofree char *markup = cn_search_query_highlight (query, hostile);
  g_autofree char *plain = cn_search_query_highlight (empty, hostile);
  g_autofree char *he = cn_search_query_highlight (hebrew, "רשת ערים לאקלים ולאנרגיה");
  g_autofree char *name = cn_search_query_highlight (query, "100 Resilient Cities");

  g_assert_cmpstr (markup, ==,
                   "&lt;b&gt;&amp;amp; Evil&lt;/b&gt; &quot;<b>Cities</b>&quot; &lt;span foreground=&apos;red&apos;&gt;"
                   "<b>City</b>&lt;/span&gt; &amp; &lt;i&gt;");
  assert_valid_markup (markup);
  /* Nothing to show: the text escaped, no spans. */
  g_assert_null (strstr (plain, "<b>"));
  assert_valid_markup (plain);
  /* The prefix letter goes with its word. */
  g_assert_cmpstr (he, ==, "רשת ערים <b>לאקלים</b> ולאנרגיה");
  g_assert_cmpstr (name, ==, "100 Resilient <b>Cities</b>");

  /* Synonyms are shown too, but not the words of a phrase on their own. */
  {
    static const char *group[] = { "resilience", "חוסן", "resilient city", NULL };
    static const char * const *groups[] = { group };
    g_autoptr(CnSearchSynonyms) synonyms = cn_search_synonyms_new (groups, 1);
    g_autoptr(CnSearchQuery) resilience = cn_search_query_new_full ("resilience", synonyms);
    g_autofree char *summary = cn_search_query_highlight (resilience, "מנהלי חוסן ב-100 ערים; resilient cities");

    g_assert_cmpstr (summary, ==, "מנהלי <b>חוסן</b> ב-100 ערים; <b>resilient</b> cities");
  }
}

static void
test_case_studies (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_bundled (&error);
  g_autoptr(CnSearchQuery) query = NULL;
  g_autoptr(GArray) matches = NULL;
  gboolean networks_section = FALSE;

  g_assert_no_error (error);
  query = cn_catalog_new_search_query (catalog, "Toronto secretariat");
  matches = cn_catalog_search_case_studies (catalog, query);
  g_assert_cmpuint (matches->len, >, 0);
  for (guint i = 0; i < matches->len; i++)
    {
      CnCaseStudyMatch *match = &g_array_index (matches, CnCaseStudyMatch, i);

      g_assert_cmpstr (cn_case_study_get_id (match->case_study), ==, "toronto");
      networks_section |= g_strcmp0 (match->section_id, "networks") == 0;
    }
  g_assert_true (networks_section);
  /* And the case-study text finds the networks it names. */
  assert_top (catalog, "Atmospheric", 3, "c40 iclei 100-resilient-cities");
}

/* Catalog search documents */

static CnCatalog *
load_good (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CnCatalog *catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

/* The ids of the networks @query_text finds, in catalog order, joined by " ". */
static char *
catalog_search (CnCatalog  *catalog,
                const char *query_text,
                int         expected_rank)
{
  g_autoptr(CnSearchQuery) query = cn_search_query_new (query_text);
  GListModel *networks = cn_catalog_get_networks (catalog);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);
      int rank = cn_search_doc_match (cn_catalog_get_network_search_doc (catalog, i), query);

      if (rank == CN_SEARCH_NO_MATCH)
        continue;
      if (expected_rank >= 0)
        g_assert_cmpint (rank, ==, expected_rank);
      g_ptr_array_add (found, (gpointer) cn_network_get_id (network));
    }
  g_ptr_array_add (found, NULL);

  return g_strjoinv (" ", (char **) found->pdata);
}

static void
assert_catalog_search (CnCatalog  *catalog,
                       const char *query_text,
                       int         expected_rank,
                       const char *expected_ids)
{
  g_autofree char *ids = catalog_search (catalog, query_text, expected_rank);

  g_test_message ("query “%s” found “%s”", query_text, ids);
  g_assert_cmpstr (ids, ==, expected_ids);
}

static void
test_catalog_network_docs (void)
{
  g_autoptr(CnCatalog) catalog = load_good ();
  g_autoptr(CnSearchQuery) rc = cn_search_query_new ("100RC");
  CnNetwork *successor;

  /* The acronym ranks first; the successor only names it in its summary. */
  g_assert_cmpint (cn_search_doc_match (cn_catalog_get_network_search_doc (catalog, 2), rc), ==, 0);
  successor = cn_catalog_find_network (catalog, "resilient-cities-network");
  g_assert_cmpint (cn_search_doc_match (cn_catalog_get_network_search_doc (catalog, cn_network_get_position (successor)), rc),
                   >, 0);

  /* Only through the theme label (secondary): "EcoMobility" does not start
   * with "mobility". */
  assert_catalog_search (catalog, "mobility", -1, "ecomobility-alliance");
  /* Hebrew alias with a space. */
  assert_catalog_search (catalog, "סי 40", 0, "c40");
  assert_catalog_search (catalog, "סי-40", 0, "c40");
  assert_catalog_search (catalog, "C40", 0, "c40");
  /* Acronym and former name. */
  assert_catalog_search (catalog, "100rc", -1, "100-resilient-cities resilient-cities-network");
  assert_catalog_search (catalog, "leadership group", 0, "c40");
  assert_catalog_search (catalog, "איקלי", 0, "iclei");
  /* The Hebrew name, through a prefix: "התחבורה". */
  assert_catalog_search (catalog, "תחבורה", 0, "ecomobility-alliance");
  /* Both languages of the name. */
  assert_catalog_search (catalog, "ICLEI", -1, "iclei");
  assert_catalog_search (catalog, "קיימות", -1, "iclei");
  /* Other forms of the word too (Snowball's stem "resili"), ranked lower:
   * see /search/rank/fixtures. */
  assert_catalog_search (catalog, "resilient", -1, "c40 iclei 100-resilient-cities resilient-cities-network");
  assert_catalog_search (catalog, "no-such-word", -1, "");
  assert_catalog_search (catalog, "",
                         0, "c40 iclei 100-resilient-cities resilient-cities-network ecomobility-alliance");
}

/* Whether @query finds the network @id, through the index. */
static gboolean
bundled_search_finds (CnCatalog  *catalog,
                      const char *query_text,
                      const char *id)
{
  g_autoptr(CnSearchQuery) query = cn_search_query_new (query_text);
  guint n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  g_autofree int *ranks = g_new (int, n);

  cn_catalog_search_networks (catalog, query, ranks);
  return ranks[cn_network_get_position (cn_catalog_find_network (catalog, id))] != CN_SEARCH_NO_MATCH;
}

/* The rank of @id for @query_text (lower is better), CN_SEARCH_NO_MATCH when
 * it is not found. */
static int
bundled_rank (CnCatalog  *catalog,
              const char *query_text,
              const char *id)
{
  g_autoptr(CnSearchQuery) query = cn_search_query_new (query_text);
  guint n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  g_autofree int *ranks = g_new (int, n);

  cn_catalog_search_networks (catalog, query, ranks);
  return ranks[cn_network_get_position (cn_catalog_find_network (catalog, id))];
}

/* @first is found and ranks above @other (which every field is searched
 * for, with stems: C40's text says "end support for fossil fuels"). */
static void
assert_ranks_above (CnCatalog  *catalog,
                    const char *query_text,
                    const char *first,
                    const char *other)
{
  int a = bundled_rank (catalog, query_text, first);
  int b = bundled_rank (catalog, query_text, other);

  g_assert_cmpint (a, !=, CN_SEARCH_NO_MATCH);
  if (b != CN_SEARCH_NO_MATCH)
    g_assert_cmpint (a, <, b);
}

static void
test_catalog_pill_words (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_bundled (&error);

  g_assert_no_error (error);
  /* The words on a row's pills find it: the status, the kind and the
   * dataset's flags, in both languages of the flags. */
  g_assert_true (bundled_search_finds (catalog, "ended", "100-resilient-cities"));
  assert_ranks_above (catalog, "ended", "100-resilient-cities", "c40");
  g_assert_true (bundled_search_finds (catalog, "activity unconfirmed", "ecomobility-alliance"));
  g_assert_true (bundled_search_finds (catalog, "programme", "sum-network"));
  g_assert_true (bundled_search_finds (catalog, "policy framework", "eu-urban-agenda"));
  g_assert_true (bundled_search_finds (catalog, "competition", "medadapt-awards"));
  g_assert_true (bundled_search_finds (catalog, "competition", "wwf-one-planet-city-challenge"));
  g_assert_true (bundled_search_finds (catalog, "תחרות", "wwf-one-planet-city-challenge"));
  g_assert_true (bundled_search_finds (catalog, "states only", "gggi"));
  g_assert_true (bundled_search_finds (catalog, "למדינות בלבד", "gggi"));
  g_assert_true (bundled_search_finds (catalog, "several initiatives", "sum-network"));
  assert_ranks_above (catalog, "states only", "gggi", "c40");
}

static void
test_catalog_benefit_docs (void)
{
  g_autoptr(CnCatalog) catalog = load_good ();
  g_autoptr(CnSearchQuery) partnerships = cn_search_query_new ("partnerships");
  g_autoptr(CnSearchQuery) festival = cn_search_query_new ("festival");
  GListModel *benefits = cn_catalog_get_benefits (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (benefits); i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);
      const CnSearchDoc *doc = cn_catalog_get_benefit_search_doc (catalog, i);
      gboolean is_partnerships = g_str_equal (cn_benefit_get_id (benefit), "partnerships");
      gboolean is_recognition = g_str_equal (cn_benefit_get_id (benefit), "recognition");

      /* Title first; the delivering networks' examples as secondary text. */
      g_assert_cmpint (cn_search_doc_match (doc, partnerships), ==, is_partnerships ? 0 : CN_SEARCH_NO_MATCH);
      if (is_recognition)
        g_assert_cmpint (cn_search_doc_match (doc, festival), >, 0);
      else
        g_assert_cmpint (cn_search_doc_match (doc, festival), ==, CN_SEARCH_NO_MATCH);
    }
}

/* The index must give exactly the plain matcher's answers. */

/* Appends @word (@len bytes) with one random edit, as a typo would make it:
 * a letter deleted, replaced or inserted, or two neighbours swapped. */
static void
append_typo (GRand      *rand,
             GString    *query,
             const char *word,
             gsize       len)
{
  static const gunichar latin[] = U"abcdefghijklmnopqrstuvwxyz0123456789";
  static const gunichar hebrew[] = U"אבגדהוזחטיכלמנסעפצקרשת";
  glong n;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (word, len, &n);
  gboolean is_hebrew = chars[0] >= 0x05D0 && chars[0] <= 0x05EA;
  const gunichar *alphabet = is_hebrew ? hebrew : latin;
  gsize n_alphabet = (is_hebrew ? G_N_ELEMENTS (hebrew) : G_N_ELEMENTS (latin)) - 1;
  gunichar letter = alphabet[g_rand_int_range (rand, 0, n_alphabet)];
  glong at = g_rand_int_range (rand, 0, n - 1);
  int edit = g_rand_int_range (rand, 0, 4);

  for (glong i = 0; i < n; i++)
    {
      if (i == at && edit == 0)       /* deleted */
        continue;
      if (i == at && edit == 1)       /* replaced */
        g_string_append_unichar (query, letter);
      else if (i == at && edit == 2)  /* inserted */
        {
          g_string_append_unichar (query, letter);
          g_string_append_unichar (query, chars[i]);
        }
      else if (i == at && edit == 3)  /* swapped with the next */
        {
          g_string_append_unichar (query, chars[i + 1]);
          g_string_append_unichar (query, chars[i]);
          i++;
        }
      else
        g_string_append_unichar (query, chars[i]);
    }
}

static char *
random_query (GRand      *rand,
              GPtrArray  *words)
{
  static const char *prefixes[] = { "", "", "", "ו", "ה", "ב", "וה", "של" };
  GString *query = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 1, 4);

  for (guint i = 0; i < n; i++)
    {
      const char *word = g_ptr_array_index (words, g_rand_int_range (rand, 0, words->len));
      glong chars = g_utf8_strlen (word, -1);
      glong keep = g_rand_int_range (rand, 1, chars + 1);
      const char *cut = g_utf8_offset_to_pointer (word, keep);

      if (i > 0)
        g_string_append_c (query, ' ');
      if ((guchar) word[0] >= 0x80)
        g_string_append (query, prefixes[g_rand_int_range (rand, 0, G_N_ELEMENTS (prefixes))]);
      /* Now and then a word that matches nothing, or a typo. */
      if (g_rand_int_range (rand, 0, 20) == 0)
        g_string_append (query, "zzqx");
      else if (chars >= 5 && g_rand_int_range (rand, 0, 5) == 0)
        append_typo (rand, query, word, strlen (word));
      else
        g_string_append_len (query, word, cut - word);
    }
  return g_string_free (query, FALSE);
}

static void
assert_index_matches_plain_full (const CnSearchIndex       *index,
                                 const CnSearchDoc * const *docs,
                                 guint                      n_docs,
                                 GPtrArray                 *words,
                                 guint                      n_queries,
                                 CnSearchSynonyms          *synonyms);

static void
assert_index_matches_plain (const CnSearchIndex       *index,
                            const CnSearchDoc * const *docs,
                            guint                      n_docs,
                            GPtrArray                 *words,
                            guint                      n_queries)
{
  assert_index_matches_plain_full (index, docs, n_docs, words, n_queries, NULL);
}

static void
assert_query_same (const CnSearchIndex       *index,
                   const CnSearchDoc * const *docs,
                   guint                      n_docs,
                   const CnSearchQuery       *query,
                   int                       *ranks)
{
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

/* The typo correction, word by word: the index's against the plain
 * reference worked out from the documents (cn-test-search.h). Returns
 * whether the query was corrected. */
static gboolean
assert_corrected_same (const CnSearchIndex       *index,
                       const CnSearchDoc * const *docs,
                       guint                      n_docs,
                       GHashTable                *dictionary,
                       const CnSearchQuery       *query,
                       CnSearchSynonyms          *synonyms,
                       int                       *ranks)
{
  g_autofree int *expected = g_new (int, n_docs);
  g_autoptr(CnSearchQuery) corrected = NULL;
  g_autoptr(CnSearchQuery) expected_corrected = NULL;
  guint n_matches = cn_search_index_query_corrected (index, query, ranks, &corrected);
  guint expected_matches = cn_test_plain_search_corrected (docs, n_docs, dictionary, query, synonyms, expected,
                                                           &expected_corrected);

  if (g_strcmp0 (corrected ? cn_search_query_get_text (corrected) : NULL,
                 expected_corrected ? cn_search_query_get_text (expected_corrected) : NULL) != 0)
    g_error ("query “%s”: the index corrects it to “%s”, the plain reference to “%s”",
             cn_search_query_get_text (query), corrected ? cn_search_query_get_text (corrected) : "",
             expected_corrected ? cn_search_query_get_text (expected_corrected) : "");
  for (guint d = 0; d < n_docs; d++)
    if (ranks[d] != expected[d])
      g_error ("query “%s” corrected, record %u: index says %d, plain reference says %d",
               cn_search_query_get_text (query), d, ranks[d], expected[d]);
  g_assert_cmpuint (n_matches, ==, expected_matches);
  return corrected != NULL;
}

/* With synonyms, and the index's typo corrections against the plain
 * reference's. */
static void
assert_index_matches_plain_full (const CnSearchIndex       *index,
                                 const CnSearchDoc * const *docs,
                                 guint                      n_docs,
                                 GPtrArray                 *words,
                                 guint                      n_queries,
                                 CnSearchSynonyms          *synonyms)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);
  g_autofree int *ranks = g_new (int, n_docs);
  g_autoptr(GHashTable) dictionary = cn_test_dictionary_new (docs, n_docs);
  guint total_matches = 0;
  guint n_corrected = 0;

  for (guint q = 0; q < n_queries; q++)
    {
      g_autofree char *text = random_query (rand, words);
      g_autoptr(CnSearchQuery) query = cn_search_query_new_full (text, synonyms);
      guint n_matches = cn_search_index_query (index, query, ranks);

      assert_query_same (index, docs, n_docs, query, ranks);
      n_corrected += assert_corrected_same (index, docs, n_docs, dictionary, query, synonyms, ranks);
      total_matches += n_matches;
    }
  /* The queries did find things, and some only once corrected. */
  g_assert_cmpuint (total_matches, >, n_queries);
  g_assert_cmpuint (n_corrected, >, 0);
}

static void
test_index_matches_plain_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_bundled (&error);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  g_autofree int *ranks = NULL;
  guint n;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  for (guint i = 0; i < n; i++)
    {
      const CnSearchDoc *doc = cn_catalog_get_network_search_doc (catalog, i);
      g_ptr_array_add (docs, (gpointer) doc);
      cn_test_collect_words (doc, 1, words);
    }

  {
    g_autoptr(CnSearchIndex) index = cn_search_index_new ((const CnSearchDoc * const *) docs->pdata, n);
    assert_index_matches_plain (index, (const CnSearchDoc * const *) docs->pdata, n, words, 300);
  }

  /* And the catalog's own index, which is built from the texts without
   * documents (cn_search_index_builder_add_text()). */
  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (1129);
    g_autoptr(CnSearchQuery) mobility = cn_search_query_new ("mobility");
    g_autoptr(GHashTable) dictionary = cn_test_dictionary_new ((const CnSearchDoc * const *) docs->pdata, n);

    ranks = g_new (int, n);
    g_assert_cmpuint (cn_catalog_search_networks (catalog, mobility, ranks), >=, 2);
    for (guint q = 0; q < 500; q++)
      {
        g_autofree char *text = random_query (rand, words);
        g_autoptr(CnSearchQuery) query = cn_search_query_new (text);

        g_autoptr(CnSearchQuery) corrected = NULL;
        g_autoptr(CnSearchQuery) expected_corrected = NULL;
        g_autofree int *expected = g_new (int, n);

        cn_catalog_search_networks (catalog, query, ranks);
        for (guint d = 0; d < n; d++)
          if (ranks[d] != cn_search_doc_match (docs->pdata[d], query))
            g_error ("query “%s”, network %u: catalog index says %d, matcher says %d",
                     text, d, ranks[d], cn_search_doc_match (docs->pdata[d], query));

        /* And with its typos corrected, as the window searches. */
        cn_catalog_search_networks_corrected (catalog, query, ranks, &corrected);
        cn_test_plain_search_corrected ((const CnSearchDoc * const *) docs->pdata, n, dictionary, query, NULL,
                                        expected, &expected_corrected);
        g_assert_cmpstr (corrected ? cn_search_query_get_text (corrected) : NULL, ==,
                         expected_corrected ? cn_search_query_get_text (expected_corrected) : NULL);
        for (guint d = 0; d < n; d++)
          g_assert_cmpint (ranks[d], ==, expected[d]);
      }
  }
}

static void
test_index_matches_plain_synthetic (void)
{
  /* Enough records, and few enough distinct words, that frequent words use
   * the index's bitmaps. */
  static const char *vocabulary[] = {
    "climate", "city", "cities", "adaptation", "mobility", "resilience", "network", "C40", "ICLEI",
    "אקלים", "ערים", "והאקלים", "בערים", "חוסן", "קיימות", "רשת", "לרשת", "מים", "ים", "Café", "São",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_search_doc_free);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CnSearchIndex) index = NULL;
  g_autoptr(CnSearchIndex) text_index = NULL;
  CnSearchIndexBuilder *text_builder = cn_search_index_builder_new ();
  const guint n = 3000;
  static const char *group1[] = { "mobility", "transport", "מים ערים", NULL };
  static const char *group2[] = { "resilience", "חוסן", "network city", NULL };
  static const char *group3[] = { "climate", "אקלים", NULL };
  static const char * const *groups[] = { group1, group2, group3 };
  g_autoptr(CnSearchSynonyms) synonyms = cn_search_synonyms_new (groups, G_N_ELEMENTS (groups));

  for (guint d = 0; d < n; d++)
    {
      CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

      for (guint tier = 0; tier < CN_SEARCH_N_TIERS; tier++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          guint n_words = g_rand_int_range (rand, 0, tier == 0 ? 4 : 5);

          for (guint i = 0; i < n_words; i++)
            g_string_append_printf (text, "%s%s ", vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))],
                                    g_rand_int_range (rand, 0, 8) == 0 ? "x" : "");
          cn_search_doc_builder_add (builder, tier, text->str);
          cn_search_index_builder_add_text (text_builder, tier, text->str);
        }
      cn_search_index_builder_end_record (text_builder);
      g_ptr_array_add (docs, cn_search_doc_builder_end (builder));
      cn_test_collect_words (g_ptr_array_index (docs, d), 1, words);
    }

  index = cn_search_index_new ((const CnSearchDoc * const *) docs->pdata, n);
  assert_index_matches_plain (index, (const CnSearchDoc * const *) docs->pdata, n, words, 150);
  /* Built from the texts directly, as the catalog does. */
  text_index = cn_search_index_builder_end (text_builder);
  assert_index_matches_plain (text_index, (const CnSearchDoc * const *) docs->pdata, n, words, 150);
  /* Synonyms, one word and phrases, across the languages. */
  assert_index_matches_plain_full (text_index, (const CnSearchDoc * const *) docs->pdata, n, words, 150, synonyms);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Report every failing check, not only the first: a failed g_assert_*()
   * marks its test failed and the run goes on. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/search/normalize/case-and-spaces", test_normalize_case_and_spaces);
  g_test_add_func ("/search/normalize/accents", test_normalize_accents);
  g_test_add_func ("/search/normalize/hebrew", test_normalize_hebrew);
  g_test_add_func ("/search/normalize/fast-paths", test_normalize_fast_paths);
  g_test_add_func ("/search/query/words", test_query_words);
  g_test_add_func ("/search/match/empty-query", test_empty_query);
  g_test_add_func ("/search/match/case", test_match_case);
  g_test_add_func ("/search/match/word-start", test_match_word_start);
  g_test_add_func ("/search/match/accents", test_match_accents);
  g_test_add_func ("/search/match/niqqud", test_match_niqqud);
  g_test_add_func ("/search/match/final-letters", test_match_final_letters);
  g_test_add_func ("/search/match/hebrew-prefixes", test_match_hebrew_prefixes);
  g_test_add_func ("/search/match/apostrophes", test_match_apostrophes);
  g_test_add_func ("/search/match/prefix-before-latin", test_match_prefix_before_latin);
  g_test_add_func ("/search/match/all-words", test_match_all_words);
  g_test_add_func ("/search/match/both-languages", test_match_both_languages);
  g_test_add_func ("/search/match/ranking", test_match_ranking);
  g_test_add_func ("/search/rank/field-weights", test_rank_field_weights);
  g_test_add_func ("/search/rank/match-quality", test_rank_match_quality);
  g_test_add_func ("/search/rank/bundled", test_rank_bundled);
  g_test_add_func ("/search/stems/english", test_stems_english);
  g_test_add_func ("/search/stems/hebrew", test_stems_hebrew);
  g_test_add_func ("/search/synonyms", test_synonyms);
  g_test_add_func ("/search/typo", test_typo);
  g_test_add_func ("/search/highlight", test_highlight);
  g_test_add_func ("/search/case-studies", test_case_studies);
  g_test_add_func ("/search/catalog/networks", test_catalog_network_docs);
  g_test_add_func ("/search/catalog/pill-words", test_catalog_pill_words);
  g_test_add_func ("/search/index/matches-plain-bundled", test_index_matches_plain_bundled);
  g_test_add_func ("/search/index/matches-plain-synthetic", test_index_matches_plain_synthetic);
  g_test_add_func ("/search/catalog/benefits", test_catalog_benefit_docs);

  return g_test_run ();
}
