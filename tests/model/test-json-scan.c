/* test-json-scan.c: the strict JSON checker
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "cn-json-scan.h"

typedef struct
{
  CnJsonScanProblem  problem;
  guint              line;
  guint              column;
  char              *path;
  char              *message;
} Report;

typedef struct
{
  GArray   *reports;   /* Report */
  gboolean  stop;
} Collector;

static void
report_clear (gpointer data)
{
  Report *report = data;

  g_free (report->path);
  g_free (report->message);
}

static gboolean
collect_cb (CnJsonScanProblem  problem,
            guint              line,
            guint              column,
            const char        *path,
            const char        *message,
            gpointer           user_data)
{
  Collector *collector = user_data;
  Report report = { problem, line, column, g_strdup (path), g_strdup (message) };

  g_assert_nonnull (path);
  g_assert_nonnull (message);
  g_assert_cmpstr (message, !=, "");
  g_array_append_val (collector->reports, report);

  return !collector->stop;
}

static const CnJsonLimits test_limits = { 8, 64 };

/* Scans @data (@length -1 for strlen) and returns the problems. */
static GArray *
scan (const char         *data,
      gssize              length,
      const CnJsonLimits *limits,
      gboolean           *ok)
{
  Collector collector = { g_array_new (FALSE, TRUE, sizeof (Report)), FALSE };
  gsize len = length < 0 ? strlen (data) : (gsize) length;

  g_array_set_clear_func (collector.reports, report_clear);
  *ok = cn_json_scan (data, len, limits, collect_cb, &collector);

  /* Without a callback, the same verdict. */
  g_assert_cmpint (cn_json_scan (data, len, limits, NULL, NULL), ==, *ok);

  return collector.reports;
}

/* Valid documents */

static void
test_valid (void)
{
  static const char * const docs[] = {
    "{}",
    "[]",
    "0",
    "-0.5e+10",
    "1E-3",
    "\"text\"",
    "true",
    "false",
    "null",
    " \t\r\n{ \"a\" : [ 1 , 2 ] }\r\n ",
    "{\"a\": [1, {\"b\": [true, false, null, -1.25]}], \"c\": {}, \"d\": [[], [{}]]}",
    /* Escapes, including \u for Latin and Hebrew letters. */
    "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\", \"\\u00e9\\u05D0\"]",
    /* A surrogate pair: U+1F600. */
    "\"\\ud83d\\ude00\"",
    /* Raw UTF-8, two, three and four bytes. */
    "{\"שם\": \"é אקלים € \xF0\x9F\x98\x80\"}",
    /* A byte order mark. */
    "\xEF\xBB\xBF{\"a\": 1}",
    /* The largest numbers that keep their precision. */
    "[9007199254740992, -9007199254740992]",
    /* The same key in different objects. */
    "[{\"a\": 1}, {\"a\": 2}, {\"b\": {\"a\": 3}, \"a\": 4}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autoptr(GArray) reports = NULL;
      gboolean ok;

      g_test_message ("valid: %s", docs[i]);
      reports = scan (docs[i], -1, NULL, &ok);
      g_assert_cmpuint (reports->len, ==, 0);
      g_assert_true (ok);
    }
}

static void
test_valid_at_limits (void)
{
  /* Exactly max_depth levels, and a text of exactly max_string_length bytes. */
  const char *deep = "[[[[[[[[1]]]]]]]]";
  g_autofree char *letters = g_strnfill (64, 'x');
  g_autofree char *text = g_strdup_printf ("{\"k\": \"%s\"}", letters);
  g_autoptr(GArray) reports = NULL;
  gboolean ok;

  reports = scan (deep, -1, &test_limits, &ok);
  g_assert_true (ok);
  g_assert_cmpuint (reports->len, ==, 0);
  g_clear_pointer (&reports, g_array_unref);

  reports = scan (text, -1, &test_limits, &ok);
  g_assert_true (ok);
  g_assert_cmpuint (reports->len, ==, 0);
}

static void
test_valid_large_object (void)
{
  /* Enough members that the scanner switches to a hash set. */
  g_autoptr(GString) doc = g_string_new ("{");
  g_autoptr(GArray) reports = NULL;
  gboolean ok;

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (doc, "%s\"key%u\": {\"key%u\": %u}", i > 0 ? ", " : "", i, i, i);
  g_string_append (doc, "}");

  reports = scan (doc->str, -1, NULL, &ok);
  g_assert_cmpuint (reports->len, ==, 0);
  g_assert_true (ok);
}

/* Invalid documents */

typedef struct
{
  const char        *name;
  const char        *data;
  gssize             length;
  gboolean           small_limits;
  CnJsonScanProblem  problem;
  guint              line;
  guint              column;
  const char        *path;
} Invalid;

static const Invalid invalid[] = {
  /* Syntax */
  { "missing-comma", "{\"a\": 1 \"b\": 2}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 9, "a" },
  { "trailing-comma-array", "[1, 2,]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 7, "[2]" },
  { "trailing-comma-object", "{\"a\": 1,}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 9, "" },
  { "missing-colon", "{\"a\" 1}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 6, "a" },
  { "unquoted-key", "{a: 1}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 2, "" },
  { "single-quotes", "{'a': 1}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 2, "" },
  { "comment", "// note\n{}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 1, "" },
  { "leading-zero", "[01]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 3, "[0]" },
  { "bare-decimal-point", "[1.]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 4, "[0]" },
  { "lone-minus", "[-]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 3, "[0]" },
  { "empty-exponent", "[1e]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 4, "[0]" },
  { "plus-sign", "[+1]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 2, "[0]" },
  { "nan", "[NaN]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 2, "[0]" },
  { "bad-literal", "[tru]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 2, "[0]" },
  { "capital-literal", "[True]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 2, "[0]" },
  { "text-after-end", "{} x", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 4, "" },
  { "two-documents", "{}{}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 3, "" },
  { "empty", "", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 1, "" },
  { "only-whitespace", "  \n   ", -1, FALSE, CN_JSON_SCAN_SYNTAX, 2, 4, "" },
  { "unclosed-array", "{\"a\": [1, 2", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 12, "a[1]" },
  { "unclosed-text", "[\"abc", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 6, "[0]" },
  { "raw-tab", "[\"a\tb\"]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 4, "[0]" },
  { "raw-newline", "[\"a\nb\"]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 4, "[0]" },
  { "unknown-escape", "[\"a\\xb\"]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 5, "[0]" },
  { "short-unicode-escape", "[\"\\u12\"]", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 5, "[0]" },
  /* Positions: lines, CR LF, characters rather than bytes, the byte order mark. */
  { "position-after-hebrew", "{\n  \"שם\": \"ערך\",\n  \"x\": tru\n}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 3, 8, "x" },
  { "position-crlf", "{\r\n  \"a\": 1,\r\n  \"b\": x\r\n}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 3, 8, "b" },
  { "position-after-bom", "\xEF\xBB\xBF{\"a\": tru}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 7, "a" },
  { "nested-path", "{\"a\": {\"b\": [0, {\"c\": [1, 2 3]}]}}", -1, FALSE, CN_JSON_SCAN_SYNTAX, 1, 29, "a.b[1].c[1]" },
  /* Encoding */
  { "invalid-utf8", "[\"ab\xFF\"]", -1, FALSE, CN_JSON_SCAN_ENCODING, 1, 5, "[0]" },
  { "truncated-utf8", "[\"\xD7\"]", -1, FALSE, CN_JSON_SCAN_ENCODING, 1, 3, "[0]" },
  { "overlong-utf8", "[\"\xC0\x80\"]", -1, FALSE, CN_JSON_SCAN_ENCODING, 1, 3, "[0]" },
  { "utf8-surrogate", "[\"\xED\xA0\x80\"]", -1, FALSE, CN_JSON_SCAN_ENCODING, 1, 3, "[0]" },
  { "invalid-utf8-in-key", "{\"k\xFF\": 1}", -1, FALSE, CN_JSON_SCAN_ENCODING, 1, 4, "" },
  { "nul-in-text", "[\"ab\0c\"]", 8, FALSE, CN_JSON_SCAN_ENCODING, 1, 5, "[0]" },
  { "nul-between-values", "[1,\0 2]", 7, FALSE, CN_JSON_SCAN_ENCODING, 1, 4, "[1]" },
  { "nul-after-document", "{}\0", 3, FALSE, CN_JSON_SCAN_ENCODING, 1, 3, "" },
  { "escaped-nul", "[\"a\\u0000\"]", -1, FALSE, CN_JSON_SCAN_ENCODING, 1, 4, "[0]" },
  { "lone-high-surrogate", "[\"\\ud800\"]", -1, FALSE, CN_JSON_SCAN_ENCODING, 1, 9, "[0]" },
  { "high-surrogate-then-letter", "[\"\\ud800\\u0041\"]", -1, FALSE, CN_JSON_SCAN_ENCODING, 1, 15, "[0]" },
  { "lone-low-surrogate", "[\"\\udc00\"]", -1, FALSE, CN_JSON_SCAN_ENCODING, 1, 3, "[0]" },
  /* Limits */
  { "too-deep", "[[[[[[[[[1]]]]]]]]]", -1, TRUE, CN_JSON_SCAN_TOO_DEEP, 1, 9, "[0][0][0][0][0][0][0][0]" },
  { "too-deep-objects", "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":1}}}}}}}}}", -1, TRUE,
    CN_JSON_SCAN_TOO_DEEP, 1, 41, "a.a.a.a.a.a.a.a" },
  { "too-long-text", "{\"k\": \"01234567890123456789012345678901234567890123456789012345678901234\"}", -1, TRUE,
    CN_JSON_SCAN_TOO_LONG, 1, 7, "k" },
  { "too-long-key", "{\"01234567890123456789012345678901234567890123456789012345678901234\": 1}", -1, TRUE,
    CN_JSON_SCAN_TOO_LONG, 1, 2, "" },
  { "number-overflow", "{\"n\": 1e400}", -1, FALSE, CN_JSON_SCAN_NUMBER_RANGE, 1, 7, "n" },
  { "number-negative-overflow", "[-1e400]", -1, FALSE, CN_JSON_SCAN_NUMBER_RANGE, 1, 2, "[0]" },
  { "number-imprecise", "[9007199254740994]", -1, FALSE, CN_JSON_SCAN_NUMBER_RANGE, 1, 2, "[0]" },
  /* Duplicate keys: the path names the object that holds them. */
  { "duplicate-key", "{\"a\": 1, \"a\": 2}", -1, FALSE, CN_JSON_SCAN_DUPLICATE_KEY, 1, 10, "" },
  { "duplicate-key-nested", "{\"x\": [{\"a\": 1,\n  \"b\": 2, \"a\": 3}]}", -1, FALSE,
    CN_JSON_SCAN_DUPLICATE_KEY, 2, 11, "x[0]" },
  { "duplicate-key-escaped", "{\"\\u0061\": 1, \"a\": 2}", -1, FALSE, CN_JSON_SCAN_DUPLICATE_KEY, 1, 15, "" },
};

static void
test_invalid (gconstpointer data)
{
  const Invalid *bad = data;
  g_autoptr(GArray) reports = NULL;
  const Report *first;
  gboolean ok;

  reports = scan (bad->data, bad->length, bad->small_limits ? &test_limits : NULL, &ok);
  g_assert_false (ok);
  g_assert_cmpuint (reports->len, >=, 1);

  first = &g_array_index (reports, Report, 0);
  g_test_message ("%u:%u %s: %s", first->line, first->column, first->path, first->message);
  g_assert_cmpint (first->problem, ==, bad->problem);
  g_assert_cmpuint (first->line, ==, bad->line);
  g_assert_cmpuint (first->column, ==, bad->column);
  g_assert_cmpstr (first->path, ==, bad->path);

  /* Everything but duplicate keys stops the scan at the first problem. */
  if (bad->problem != CN_JSON_SCAN_DUPLICATE_KEY)
    g_assert_cmpuint (reports->len, ==, 1);
}

static void
test_deep_without_crash (void)
{
  const gsize depth = 100000;
  g_autofree char *data = g_malloc (depth);
  CnJsonLimits limits = { 32, 1024 };
  g_autoptr(GArray) reports = NULL;
  gboolean ok;

  memset (data, '[', depth);
  reports = scan (data, depth, &limits, &ok);
  g_assert_false (ok);
  g_assert_cmpuint (reports->len, ==, 1);
  g_assert_cmpint (g_array_index (reports, Report, 0).problem, ==, CN_JSON_SCAN_TOO_DEEP);
  g_assert_cmpuint (g_array_index (reports, Report, 0).column, ==, 33);

  /* The default limits also stop it. */
  g_assert_false (cn_json_scan (data, depth, NULL, NULL, NULL));
}

static void
test_duplicates_all_reported (void)
{
  const char *doc = "{\"a\": 1, \"b\": 2, \"a\": 3, \"c\": {\"d\": 1, \"d\": 2}, \"b\": 4}";
  g_autoptr(GArray) reports = NULL;
  gboolean ok;

  /* A duplicate does not stop the scan: every one is reported. */
  reports = scan (doc, -1, NULL, &ok);
  g_assert_false (ok);
  g_assert_cmpuint (reports->len, ==, 3);
  g_assert_cmpuint (g_array_index (reports, Report, 0).column, ==, 18);
  g_assert_cmpstr (g_array_index (reports, Report, 0).path, ==, "");
  g_assert_cmpuint (g_array_index (reports, Report, 1).column, ==, 40);
  g_assert_cmpstr (g_array_index (reports, Report, 1).path, ==, "c");
  g_assert_cmpuint (g_array_index (reports, Report, 2).column, ==, 49);
  g_assert_cmpstr (g_array_index (reports, Report, 2).path, ==, "");
}

static void
test_duplicate_in_large_object (void)
{
  g_autoptr(GString) doc = g_string_new ("{");
  g_autoptr(GArray) reports = NULL;
  gboolean ok;

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (doc, "\"k%u\": %u, ", i, i);
  g_string_append (doc, "\"k7\": 0}");

  reports = scan (doc->str, -1, NULL, &ok);
  g_assert_false (ok);
  g_assert_cmpuint (reports->len, ==, 1);
  g_assert_cmpint (g_array_index (reports, Report, 0).problem, ==, CN_JSON_SCAN_DUPLICATE_KEY);
  g_assert_nonnull (strstr (g_array_index (reports, Report, 0).message, "k7"));
}

static void
test_stop_from_callback (void)
{
  const char *doc = "{\"a\": 1, \"a\": 2, \"b\": 1, \"b\": 2}";
  Collector collector = { g_array_new (FALSE, TRUE, sizeof (Report)), TRUE };

  g_array_set_clear_func (collector.reports, report_clear);
  g_assert_false (cn_json_scan (doc, strlen (doc), NULL, collect_cb, &collector));
  g_assert_cmpuint (collector.reports->len, ==, 1);
  g_array_unref (collector.reports);
}

/* Locating paths */

static const char locate_doc[] =
  "{\n"
  "  \"a\": {\n"
  "    \"x\": 1,\n"
  "    \"b\": [\n"
  "      {\"c\": 0},\n"
  "      {\"d\": \"שלום\", \"c\": [true, {\"e\": null}]}\n"
  "    ]\n"
  "  },\n"
  "  \"c\": 3\n"
  "}\n";

static gboolean
locate (const CnJsonPathElement *path,
        guint                    path_length,
        guint                   *line,
        guint                   *column)
{
  *line = *column = 0;
  return cn_json_locate (locate_doc, strlen (locate_doc), path, path_length, line, column);
}

static void
test_locate (void)
{
  const CnJsonPathElement a_b1_c[] = { { "a", 0 }, { "b", 0 }, { NULL, 1 }, { "c", 0 } };
  const CnJsonPathElement a_b0_c[] = { { "a", 0 }, { "b", 0 }, { NULL, 0 }, { "c", 0 } };
  const CnJsonPathElement a_b1[] = { { "a", 0 }, { "b", 0 }, { NULL, 1 } };
  const CnJsonPathElement a_b1_c1_e[] = { { "a", 0 }, { "b", 0 }, { NULL, 1 }, { "c", 0 }, { NULL, 1 }, { "e", 0 } };
  const CnJsonPathElement top_c[] = { { "c", 0 } };
  const CnJsonPathElement a[] = { { "a", 0 } };
  const CnJsonPathElement a_b2[] = { { "a", 0 }, { "b", 0 }, { NULL, 2 } };
  const CnJsonPathElement a_x_y[] = { { "a", 0 }, { "x", 0 }, { "y", 0 } };
  const CnJsonPathElement b[] = { { "b", 0 } };
  const CnJsonPathElement first[] = { { NULL, 0 } };
  guint line, column;
  g_autofree char *path_string = cn_json_path_to_string (a_b1_c, G_N_ELEMENTS (a_b1_c));

  g_assert_cmpstr (path_string, ==, "a.b[1].c");

  /* A member: where its name starts. */
  g_assert_true (locate (a_b1_c, G_N_ELEMENTS (a_b1_c), &line, &column));
  g_assert_cmpuint (line, ==, 6);
  g_assert_cmpuint (column, ==, 21);   /* after Hebrew letters: characters, not bytes */
  g_assert_true (locate (a_b0_c, G_N_ELEMENTS (a_b0_c), &line, &column));
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpuint (column, ==, 8);
  /* An array element: where its value starts. */
  g_assert_true (locate (a_b1, G_N_ELEMENTS (a_b1), &line, &column));
  g_assert_cmpuint (line, ==, 6);
  g_assert_cmpuint (column, ==, 7);
  g_assert_true (locate (a_b1_c1_e, G_N_ELEMENTS (a_b1_c1_e), &line, &column));
  g_assert_cmpuint (line, ==, 6);
  g_assert_cmpuint (column, ==, 34);
  /* Same key at another level. */
  g_assert_true (locate (top_c, G_N_ELEMENTS (top_c), &line, &column));
  g_assert_cmpuint (line, ==, 9);
  g_assert_cmpuint (column, ==, 3);
  g_assert_true (locate (a, G_N_ELEMENTS (a), &line, &column));
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 3);
  /* The empty path: the document itself. */
  g_assert_true (locate (NULL, 0, &line, &column));
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 1);

  /* Paths that are not there. */
  g_assert_false (locate (a_b2, G_N_ELEMENTS (a_b2), &line, &column));
  g_assert_false (locate (a_x_y, G_N_ELEMENTS (a_x_y), &line, &column));
  g_assert_false (locate (b, G_N_ELEMENTS (b), &line, &column));
  g_assert_false (locate (first, G_N_ELEMENTS (first), &line, &column));
}

static void
test_locate_in_array (void)
{
  const char *doc = "[\n  1,\n  [2, {\"k\": 3}]\n]";
  const CnJsonPathElement second[] = { { NULL, 1 } };
  const CnJsonPathElement second_k[] = { { NULL, 1 }, { NULL, 1 }, { "k", 0 } };
  guint line = 0, column = 0;

  g_assert_true (cn_json_locate (doc, strlen (doc), second, G_N_ELEMENTS (second), &line, &column));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 3);
  g_assert_true (cn_json_locate (doc, strlen (doc), second_k, G_N_ELEMENTS (second_k), &line, &column));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 8);
}

/* Paths as text */

static void
test_path_to_string (void)
{
  const CnJsonPathElement networks[] = { { "networks", 0 }, { NULL, 3 }, { "name", 0 }, { "he", 0 } };
  const CnJsonPathElement index_first[] = { { NULL, 0 }, { "a", 0 }, { NULL, 12 } };
  const CnJsonPathElement plain_chars[] = { { "x-note_1", 0 } };
  const CnJsonPathElement quoted[] = { { "a", 0 }, { "two words", 0 }, { "b", 0 } };
  const CnJsonPathElement empty_key[] = { { "", 0 } };
  const CnJsonPathElement escaped[] = { { "say \"hi\"", 0 } };
  g_autofree char *s1 = cn_json_path_to_string (networks, G_N_ELEMENTS (networks));
  g_autofree char *s2 = cn_json_path_to_string (index_first, G_N_ELEMENTS (index_first));
  g_autofree char *s3 = cn_json_path_to_string (plain_chars, G_N_ELEMENTS (plain_chars));
  g_autofree char *s4 = cn_json_path_to_string (quoted, G_N_ELEMENTS (quoted));
  g_autofree char *s5 = cn_json_path_to_string (empty_key, G_N_ELEMENTS (empty_key));
  g_autofree char *s6 = cn_json_path_to_string (escaped, G_N_ELEMENTS (escaped));
  g_autofree char *s7 = cn_json_path_to_string (NULL, 0);

  g_assert_cmpstr (s1, ==, "networks[3].name.he");
  g_assert_cmpstr (s2, ==, "[0].a[12]");
  g_assert_cmpstr (s3, ==, "x-note_1");
  g_assert_cmpstr (s4, ==, "a[\"two words\"].b");
  g_assert_cmpstr (s5, ==, "[\"\"]");
  g_assert_cmpstr (s6, ==, "[\"say \\\"hi\\\"\"]");
  g_assert_cmpstr (s7, ==, "");
}

/* The loader parses a large catalog's networks in parts, cut where the
 * scanner saw each element start. */
static void
test_split (void)
{
  static const char doc[] =
    "{ \"n\": { \"networks\": [9] },\n"
    "  \"networks\" : [ {\"a\": [1, 2]} ,\n {\"b\": \"x]\"},[3],\"s\" , 4 ],\n"
    "  \"later\": [5] }";
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  CnJsonSplit split = { "networks", starts, 0, 0, FALSE };
  static const char *elements[] = { "{\"a\": [1, 2]}", "{\"b\": \"x]\"}", "[3]", "\"s\"", "4" };

  g_assert_true (cn_json_scan_split (doc, strlen (doc), &test_limits, &split, NULL, NULL));
  g_assert_true (split.found);
  /* The top-level member, not the nested one of the same name. */
  g_assert_cmpint (doc[split.array_start], ==, '[');
  g_assert_cmpint (doc[split.array_end - 1], ==, ']');
  g_assert_true (g_str_has_prefix (doc + split.array_end, ",\n  \"later\""));
  g_assert_cmpuint (starts->len, ==, G_N_ELEMENTS (elements));
  for (guint i = 0; i < starts->len; i++)
    g_assert_true (g_str_has_prefix (doc + g_array_index (starts, gsize, i), elements[i]));

  /* An empty array; no such array. */
  {
    static const char empty[] = "{\"networks\":[]}";

    g_assert_true (cn_json_scan_split (empty, strlen (empty), &test_limits, &split, NULL, NULL));
    g_assert_true (split.found);
    g_assert_cmpuint (starts->len, ==, 0);
    g_assert_cmpuint (split.array_start, ==, 12);
    g_assert_cmpuint (split.array_end, ==, 14);
  }
  {
    static const char none[] = "{\"other\":[1,2],\"networks\":{\"x\":[1]}}";

    g_assert_true (cn_json_scan_split (none, strlen (none), &test_limits, &split, NULL, NULL));
    g_assert_false (split.found);
    g_assert_cmpuint (starts->len, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Report every failing check, not only the first: a failed g_assert_*()
   * marks its test failed and the run goes on. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/json-scan/valid/documents", test_valid);
  g_test_add_func ("/json-scan/valid/at-limits", test_valid_at_limits);
  g_test_add_func ("/json-scan/valid/large-object", test_valid_large_object);
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/json-scan/invalid/%s", invalid[i].name);

      g_test_add_data_func (test_path, &invalid[i], test_invalid);
    }
  g_test_add_func ("/json-scan/invalid/deep-without-crash", test_deep_without_crash);
  g_test_add_func ("/json-scan/duplicates/all-reported", test_duplicates_all_reported);
  g_test_add_func ("/json-scan/duplicates/large-object", test_duplicate_in_large_object);
  g_test_add_func ("/json-scan/stop-from-callback", test_stop_from_callback);
  g_test_add_func ("/json-scan/locate/object", test_locate);
  g_test_add_func ("/json-scan/locate/array", test_locate_in_array);
  g_test_add_func ("/json-scan/path-to-string", test_path_to_string);
  g_test_add_func ("/json-scan/split", test_split);

  return g_test_run ();
}
