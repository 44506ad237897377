/* test-export.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exports through the real command line, read back the way their readers
 * would: PDFs with poppler's pdftotext and pdfinfo (the text is there and
 * searchable, Hebrew words come out as words of the data, every source is
 * a link annotation), CSV with Python's csv module, Markdown against a
 * golden file. Then the command line's failures: each is one line on
 * standard error and leaves no file, and an existing file is replaced only
 * by a complete one. */

#define _GNU_SOURCE
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cn-brief-markdown.h"
#include "cn-brief.h"
#include "cn-catalog.h"
#include "cn-export.h"
#include "cn-translate.h"

#define DATE "2026-12-02"

static const char *exe;
static char *tmpdir;
static CnCatalog *catalog;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* Runs the app with @args; returns its exit status. */
static int
run_app (const char * const *args,
         char              **out,
         char              **err,
         gboolean            no_display)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "CN_EXPORT_DATE", DATE, TRUE);
  if (no_display)
    {
      env = g_environ_unsetenv (env, "DISPLAY");
      env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
    }

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));   /* never a crash */
  return WEXITSTATUS (wait_status);
}

static void
export_ok (const char * const *args)
{
  g_autofree char *out = NULL, *err = NULL;
  int status = run_app (args, &out, &err, FALSE);

  if (status != 0)
    g_printerr ("%s", err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err, ==, "");
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext or pdfinfo is missing (poppler-utils)");
      return FALSE;
    }
  return TRUE;
}

static char *
pdf_text (const char *path)
{
  return run_tool ((const char *[]) { "pdftotext", "-enc", "UTF-8", path, "-", NULL });
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ((const char *[]) { "pdfinfo", path, NULL });
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* Text without white space, hyphens or bidi controls: a sentence wrapped
 * over several lines (pdftotext joins "short-" and "term" as "shortterm"),
 * or with its numbers isolated, is found all the same. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == 0x00AD || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_contains_squeezed (const char *haystack_squeezed,
                          const char *needle)
{
  g_autofree char *squeezed = squeeze (needle);

  if (strstr (haystack_squeezed, squeezed) == NULL)
    g_error ("the PDF's text lacks “%s”", needle);
}

/* A dataset text, when the record has it. */
static void
assert_text_squeezed (const char   *haystack_squeezed,
                      const CnText *text)
{
  if (text != NULL)
    assert_contains_squeezed (haystack_squeezed, cn_text_get_for_language (text, "en"));
}

static GPtrArray *
networks_by_id (const char * const *ids)
{
  GPtrArray *networks = g_ptr_array_new ();
  GListModel *all = cn_catalog_get_networks (catalog);

  if (ids == NULL)
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(CnNetwork) network = g_list_model_get_item (all, i);

        g_ptr_array_add (networks, network);
      }
  else
    for (guint i = 0; ids[i]; i++)
      g_ptr_array_add (networks, cn_catalog_find_network (catalog, ids[i]));
  return networks;
}

/* Every source, and the website, is a link annotation; cairo writes them
 * uncompressed, as "/URI (address)". */
static void
assert_links (const char *path,
              GPtrArray  *networks)
{
  g_autofree char *raw = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &raw, &length, NULL));
  for (guint i = 0; i < networks->len; i++)
    {
      guint n;
      const CnSource *sources = cn_network_get_sources (networks->pdata[i], &n);

      g_assert_cmpuint (n, >, 0);
      for (guint j = 0; j <= n; j++)
        {
          const char *url = j < n ? sources[j].url : cn_network_get_website (networks->pdata[i]);
          g_autofree char *annotation = g_strdup_printf ("/URI (%s)", url);

          if (url != NULL && memmem (raw, length, annotation, strlen (annotation)) == NULL)
            g_error ("%s has no link to %s", path, url);
        }
    }
}

static const char * const four[] = { "c40", "iclei", "100-resilient-cities", "gggi", NULL };

static void
test_pdf_english (void)
{
  const char *sets[] = { "c40", "c40,iclei,100-resilient-cities,gggi", NULL };
  const char * const one[] = { "c40", NULL };
  guint pages[3];

  if (!have_poppler ())
    return;

  for (guint set = 0; set < 3; set++)
    {
      g_autofree char *path = tmp_path ("brief-en.pdf");
      g_autofree char *arg = g_strconcat ("--export=", path, NULL);
      g_autofree char *networks_arg = sets[set] ? g_strconcat ("--networks=", sets[set], NULL) : NULL;
      g_autoptr(GPtrArray) networks = networks_by_id (set == 0 ? one : set == 1 ? four : NULL);
      g_autofree char *text = NULL, *squeezed = NULL, *last_page = NULL, *version = NULL;

      export_ok ((const char *[]) { arg, "--lang=en", "--title=Joining climate networks",
                                    "--authority=Kfar Saba Municipality",
                                    networks_arg ? networks_arg : "--lang=en", NULL });
      pages[set] = pdf_pages (path);
      g_assert_cmpuint (pages[set], >=, 1);
      text = pdf_text (path);
      squeezed = squeeze (text);

      assert_contains_squeezed (squeezed, "Joining climate networks");
      assert_contains_squeezed (squeezed, "Kfar Saba Municipality");
      assert_contains_squeezed (squeezed, "2 December 2026");
      assert_contains_squeezed (squeezed, "Language: English");
      assert_contains_squeezed (squeezed, "Page 1 of");
      last_page = g_strdup_printf ("Page %u of %u", pages[set], pages[set]);
      assert_contains_squeezed (squeezed, last_page);
      assert_contains_squeezed (squeezed, "“International Networking”");
      assert_contains_squeezed (squeezed, "https://en-planetzero.tau.ac.il/toolbox/international-networking");
      version = g_strdup_printf ("Climate Networks %s", PACKAGE_VERSION);
      assert_contains_squeezed (squeezed, version);
      g_assert_null (strstr (text, "מי רשאי"));

      for (guint i = 0; i < networks->len; i++)
        {
          CnNetwork *network = networks->pdata[i];
          guint n;
          const CnSource *sources = cn_network_get_sources (network, &n);

          assert_text_squeezed (squeezed, cn_network_get_name (network));
          assert_text_squeezed (squeezed, cn_network_get_summary (network));
          assert_text_squeezed (squeezed, cn_network_get_cost (network));
          assert_text_squeezed (squeezed, cn_network_get_eligibility (network));
          for (guint j = 0; j < n; j++)
            {
              /* A Hebrew title in an English brief is a right-to-left
               * run, whose parts pdftotext may order differently. */
              if (!g_regex_match_simple ("[\u05D0-\u05EA]", sources[j].title, 0, 0))
                assert_contains_squeezed (squeezed, sources[j].title);
              assert_contains_squeezed (squeezed, sources[j].url);
            }
        }
      assert_contains_squeezed (squeezed, "Who may join");
      assert_contains_squeezed (squeezed, "Commitments and reporting");
      for (guint i = 0; i < networks->len; i++)
        {
          static const char *months[] = { "January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December" };
          int year, month, day;
          g_autofree char *expected = NULL;

          g_assert_cmpint (sscanf (cn_network_get_verified (networks->pdata[i]), "%d-%d-%d", &year, &month, &day), ==, 3);
          expected = g_strdup_printf ("Last verified %d %s %d", day, months[month - 1], year);
          assert_contains_squeezed (squeezed, expected);
        }
      if (networks->len > 1)
        assert_contains_squeezed (squeezed, "The networks side by side");
      else
        g_assert_null (strstr (text, "side by side"));
      assert_links (path, networks);
    }

  g_assert_cmpuint (pages[0], <, pages[1]);
  g_assert_cmpuint (pages[1], <, pages[2]);
}

static gboolean
is_hebrew_letter (gunichar c)
{
  return c >= 0x05D0 && c <= 0x05EA;
}

/* Adds the words of Hebrew letters in @text to @words. */
static void
collect_words (GHashTable *words,
               const char *text,
               GPtrArray  *list)
{
  GString *word = g_string_new (NULL);

  for (const char *p = text ? text : ""; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_hebrew_letter (c))
        g_string_append_unichar (word, c);
      else
        {
          if (word->len > 0)
            {
              if (words != NULL)
                g_hash_table_add (words, g_strdup (word->str));
              if (list != NULL)
                g_ptr_array_add (list, g_strdup (word->str));
            }
          g_string_truncate (word, 0);
        }
      if (*p == '\0')
        break;
    }
  g_string_free (word, TRUE);
}

/* Each Hebrew word of @text is among the words pdftotext found (or the
 * pieces of one). Whole sentences are not compared: pdftotext orders the
 * parts of a line around a hyphen or a Latin name by position, not as the
 * sentence reads, though the page shows them right. */
static void
assert_hebrew_words (GHashTable *found,
                     const char *text)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  collect_words (NULL, text, words);
  for (guint i = 0; i < words->len; i++)
    if (!g_hash_table_contains (found, words->pdata[i]))
      g_error ("the PDF's text lacks the word “%s”", (char *) words->pdata[i]);
}

static void
test_pdf_hebrew (void)
{
  g_autofree char *path = tmp_path ("brief-he.pdf");
  g_autofree char *arg = g_strconcat ("--export=", path, NULL);
  g_autoptr(GPtrArray) networks = networks_by_id (NULL);
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) extracted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CnBrief) brief = NULL;
  g_autofree char *text = NULL, *squeezed = NULL, *pages_label = NULL;
  const CnBriefBlock *blocks;
  guint n_blocks, unknown = 0, split = 0, pages;

  if (!have_poppler ())
    return;

  export_ok ((const char *[]) { arg, "--lang=he", "--authority=עיריית כפר סבא", NULL });
  pages = pdf_pages (path);
  text = pdf_text (path);
  squeezed = squeeze (text);

  /* The words the brief says: the data's and its headings'. */
  brief = cn_brief_new ((CnNetwork * const *) networks->pdata, networks->len, "he", NULL, "עיריית כפר סבא", DATE);
  blocks = cn_brief_get_blocks (brief, &n_blocks);
  for (guint i = 0; i < n_blocks; i++)
    {
      collect_words (known, blocks[i].label, NULL);
      collect_words (known, blocks[i].text, NULL);
      for (guint row = 0; blocks[i].rows && row < blocks[i].rows->len; row++)
        for (char **cell = g_ptr_array_index (blocks[i].rows, row); *cell; cell++)
          collect_words (known, *cell, NULL);
    }
  collect_words (known, cn_brief_get_credit (brief), NULL);
  pages_label = cn_brief_format_page (brief, 1, pages);
  collect_words (known, pages_label, NULL);

  /* The words pdftotext finds are words of the brief, never reversed.
   * Poppler's layout analysis spaces out the letters of a few short
   * right-to-left lines ("ל א א ומ ת") and splits a few words before a
   * narrow letter (ו, י), though the page shows them whole: two pieces
   * that join into a word of the brief count as one, and pieces must stay
   * under 5 % of the words. */
  collect_words (NULL, text, extracted);
  g_assert_cmpuint (extracted->len, >, 3000);
  for (guint i = 0; i < extracted->len; i++)
    {
      const char *word = extracted->pdata[i];
      g_autofree char *joined = NULL;
      g_autofree char *reversed = g_utf8_strreverse (word, -1);

      g_hash_table_add (found, g_strdup (word));
      if (g_hash_table_contains (known, word))
        continue;
      g_assert_false (g_utf8_strlen (word, -1) >= 3 && g_hash_table_contains (known, reversed));
      if (i + 1 < extracted->len)
        joined = g_strconcat (word, extracted->pdata[i + 1], NULL);
      if (joined != NULL && g_hash_table_contains (known, joined))
        {
          g_hash_table_add (found, g_steal_pointer (&joined));
          split++;
          i++;
          continue;
        }
      g_test_message ("not a word of the brief: %s", word);
      unknown++;
    }
  g_test_message ("%u Hebrew words, %u split in two, %u other pieces", extracted->len, split, unknown);
  g_assert_cmpuint ((split + unknown) * 20, <, extracted->len);

  /* In reading order, not reversed. */
  assert_contains_squeezed (squeezed, "מי רשאי להצטרף");
  g_assert_null (strstr (squeezed, "ףרטצהל"));
  assert_contains_squeezed (squeezed, pages_label);
  assert_contains_squeezed (squeezed, "בדצמבר");
  assert_contains_squeezed (squeezed, "עיריית כפר סבא");
  assert_contains_squeezed (squeezed, "הרשתות זו לצד זו");
  g_assert_null (strstr (text, "Who may join"));
  for (guint i = 0; i < networks->len; i++)
    if (cn_network_get_summary (networks->pdata[i]) != NULL)
      assert_hebrew_words (found, cn_text_get_for_language (cn_network_get_summary (networks->pdata[i]), "he"));
  assert_links (path, networks);
}

/* An Arabic brief: shaped (joined letters), right to left, its words in
 * reading order for search and copy. Words with lam-alef are left out:
 * poppler maps that ligature back with its letters swapped. */
static void
test_pdf_arabic (void)
{
  g_autofree char *path = tmp_path ("brief-ar.pdf");
  g_autofree char *arg = g_strconcat ("--export=", path, NULL);
  g_autofree char *text = NULL, *squeezed = NULL;
  CnNetwork *c40;

  if (!have_poppler ())
    return;

  export_ok ((const char *[]) { arg, "--lang=ar", "--networks=c40,iclei", "--authority=بلدية الناصرة", NULL });
  text = pdf_text (path);
  squeezed = squeeze (text);
  c40 = cn_catalog_find_network (catalog, "c40");

  assert_contains_squeezed (squeezed, "بلدية الناصرة");
  g_assert_null (strstr (squeezed, "ةرصانلا"));
  /* The headings in Arabic, the dates with the Levantine months. */
  assert_contains_squeezed (squeezed, cn_translate ("ar", "The networks side by side"));
  assert_contains_squeezed (squeezed, "كانون");
  g_assert_null (strstr (text, "Who may join"));
  g_assert_null (strstr (text, "The networks side by side"));
  /* The record's Arabic name (its Latin part is laid out as an isolate,
   * which pdftotext moves to the start of the line). */
  {
    const char *name = cn_text_get_for_language (cn_network_get_name (c40), "ar");
    const char *gloss = strstr (name, " – ");

    g_assert_nonnull (gloss);
    assert_contains_squeezed (squeezed, gloss + strlen (" – "));
    assert_contains_squeezed (squeezed, "C40 Cities");
  }
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_markdown_golden (void)
{
  g_autofree char *path = tmp_path ("brief.md");
  g_autofree char *arg = g_strconcat ("--export=", path, NULL);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "data", "brief-golden.md", NULL);
  g_autofree char *markdown = NULL, *golden = NULL;
  g_autoptr(GString) normalized = NULL;

  export_ok ((const char *[]) { arg, "--networks=c40,100-resilient-cities,gggi", "--lang=en",
                                "--title=Joining international climate networks",
                                "--authority=Kfar Saba Municipality", NULL });
  markdown = read_file (path);

  /* The golden file holds no version number, so a release does not
   * change it. */
  normalized = g_string_new (markdown);
  g_string_replace (normalized, "Climate Networks " PACKAGE_VERSION, "Climate Networks @VERSION@", 0);

  /* Test hook: CN_UPDATE_GOLDEN=1 rewrites the golden file. */
  if (g_getenv ("CN_UPDATE_GOLDEN") != NULL)
    g_assert_true (g_file_set_contents (golden_path, normalized->str, -1, NULL));

  golden = read_file (golden_path);
  g_assert_cmpstr (normalized->str, ==, golden);
}

/* A catalog whose texts are full of what Markdown and CSV must escape. */
static CnCatalog *
new_awkward_catalog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "markup.json", NULL);
  g_autofree char *json = read_file (path);
  g_autoptr(GString) text = g_string_new (json);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CnCatalog *awkward;

  g_string_replace (text, "Tom & Jerry", "Tom | Jerry, \\\"quoted\\\"\\nnext *line* [x](y)", 0);
  bytes = g_bytes_new (text->str, text->len);
  awkward = cn_catalog_new_from_bytes (bytes, "awkward.json", CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  return awkward;
}

static void
test_markdown_escaping (void)
{
  g_autoptr(CnCatalog) awkward = new_awkward_catalog ();
  CnNetwork *networks[2] = { cn_catalog_find_network (awkward, "c40"), cn_catalog_find_network (awkward, "iclei") };
  g_autoptr(CnBrief) brief = cn_brief_new (networks, 2, "en", NULL, NULL, DATE);
  g_autofree char *markdown = cn_brief_to_markdown (brief);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  int columns = -1;

  g_assert_null (strstr (markdown, "<b>"));
  g_assert_nonnull (strstr (markdown, "\\<b\\>bold\\</b\\>"));
  g_assert_nonnull (strstr (markdown, "\\*line\\* \\[x\\](y)"));
  g_assert_nonnull (strstr (markdown, "Tom \\| Jerry"));

  /* Every row of the table has as many cells as its header. */
  for (guint i = 0; lines[i]; i++)
    {
      int pipes = 0;

      if (lines[i][0] != '|')
        continue;
      for (const char *p = lines[i]; *p; p++)
        if (*p == '|' && (p == lines[i] || p[-1] != '\\'))
          pipes++;
      if (columns < 0)
        columns = pipes;
      g_assert_cmpint (pipes, ==, columns);
    }
  g_assert_cmpint (columns, ==, 4);   /* the labels, two networks */
}

/* Reads @path with check-csv.py (Python's csv module). */
static JsonArray *
read_csv (const char *path,
          JsonParser *parser)
{
  const char *script = g_getenv ("CN_CHECK_CSV");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  out = run_tool ((const char *[]) { "python3", script, path, NULL });
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_node_get_array (json_parser_get_root (parser));
}

static void
test_csv (void)
{
  const char * const languages[] = { "en", "he", "ar" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *path = tmp_path ("networks.csv");
      g_autofree char *arg = g_strconcat ("--export=", path, NULL);
      g_autofree char *lang = g_strconcat ("--lang=", languages[l], NULL);
      g_autoptr(GPtrArray) networks = networks_by_id (NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonArray *rows;

      export_ok ((const char *[]) { arg, lang, NULL });
      rows = read_csv (path, parser);
      g_assert_cmpuint (json_array_get_length (rows), ==, networks->len);
      for (guint i = 0; i < networks->len; i++)
        {
          CnNetwork *network = networks->pdata[i];
          JsonObject *row = json_array_get_object_element (rows, i);
          g_autofree char *founded = g_strdup_printf ("%d", cn_network_get_founded (network));

          g_assert_cmpstr (json_object_get_string_member (row, "id"), ==, cn_network_get_id (network));
          g_assert_cmpstr (json_object_get_string_member (row, "name"), ==,
                           cn_text_get_for_language (cn_network_get_name (network), languages[l]));
          g_assert_cmpstr (json_object_get_string_member (row, "cost"), ==,
                           cn_network_get_cost (network)
                           ? cn_text_get_for_language (cn_network_get_cost (network), languages[l]) : "");
          g_assert_cmpstr (json_object_get_string_member (row, "website"), ==, cn_network_get_website (network));
          g_assert_cmpstr (json_object_get_string_member (row, "verified"), ==, cn_network_get_verified (network));
          if (cn_network_get_founded (network) != 0)
            g_assert_cmpstr (json_object_get_string_member (row, "founded"), ==, founded);
        }
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0), "kind"), ==,
                       "membership-network");
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0), "israel_can_join"),
                       ==, "yes");
    }
}

/* Quotes, commas, line breaks and bars survive the round trip. */
static void
test_csv_quoting (void)
{
  g_autoptr(CnCatalog) awkward = new_awkward_catalog ();
  CnNetwork *networks[2] = { cn_catalog_find_network (awkward, "iclei"), cn_catalog_find_network (awkward, "c40") };
  g_autoptr(GBytes) csv = cn_export_csv (networks, 2, "en");
  g_autofree char *path = tmp_path ("awkward.csv");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *rows;

  g_assert_true (cn_export_write_file (path, csv, &error));
  g_assert_no_error (error);
  rows = read_csv (path, parser);
  g_assert_cmpuint (json_array_get_length (rows), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *name = cn_text_get_for_language (cn_network_get_name (networks[i]), "en");

      g_assert_cmpstr (json_object_get_string_member (row, "id"), ==, cn_network_get_id (networks[i]));
      g_assert_cmpstr (json_object_get_string_member (row, "name"), ==, name);
      g_assert_cmpstr (json_object_get_string_member (row, "cost"), ==,
                       cn_text_get_for_language (cn_network_get_cost (networks[i]), "en"));
    }
  g_assert_nonnull (strstr (json_object_get_string_member (json_array_get_object_element (rows, 1), "name"),
                            "\"quoted\"\nnext"));
}

static guint
count_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* One line on standard error that names @subject, a failure status, and
 * no new file. */
static void
assert_fails (const char * const *args,
              const char         *subject)
{
  g_autofree char *out = NULL, *err = NULL;
  guint before = count_files ();

  g_assert_cmpint (run_app (args, &out, &err, FALSE), !=, 0);
  g_assert_nonnull (strstr (err, subject));
  g_assert_true (g_str_has_suffix (err, "\n"));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);   /* one line */
  g_assert_cmpuint (count_files (), ==, before);
}

static void
test_errors (void)
{
  g_autofree char *pdf = tmp_path ("errors.pdf");
  g_autofree char *txt = tmp_path ("brief.txt");
  g_autofree char *pdf_arg = g_strconcat ("--export=", pdf, NULL);
  g_autofree char *txt_arg = g_strconcat ("--export=", txt, NULL);
  g_autofree char *missing_arg = g_strconcat ("--export=", tmpdir, "/no-such-folder/brief.pdf", NULL);
  g_autofree char *dir_target = tmp_path ("a-folder.md");
  g_autofree char *dir_arg = g_strconcat ("--export=", dir_target, NULL);

  assert_fails ((const char *[]) { pdf_arg, "--networks=c40,no-such-network", NULL }, "no-such-network");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  assert_fails ((const char *[]) { txt_arg, NULL }, txt);
  assert_fails ((const char *[]) { missing_arg, NULL }, "no-such-folder/brief.pdf");
  assert_fails ((const char *[]) { pdf_arg, "--lang=fr", NULL }, "fr");

  g_assert_cmpint (g_mkdir (dir_target, 0755), ==, 0);
  assert_fails ((const char *[]) { dir_arg, NULL }, dir_target);
  g_rmdir (dir_target);

  /* A folder the user may not write to (root may write anywhere). */
  if (geteuid () != 0)
    {
      g_autofree char *locked = tmp_path ("locked");
      g_autofree char *arg = g_strconcat ("--export=", locked, "/brief.csv", NULL);

      g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
      assert_fails ((const char *[]) { arg, NULL }, "locked/brief.csv");
      g_rmdir (locked);
    }
}

static void
clear_tmpdir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = tmp_path (name);

      g_remove (path);
    }
}

static void
test_replace_existing (void)
{
  g_autofree char *path = tmp_path ("existing.md");
  g_autofree char *arg = g_strconcat ("--export=", path, NULL);
  g_autofree char *contents = NULL;

  clear_tmpdir ();
  g_assert_true (g_file_set_contents (path, "the old brief\n", -1, NULL));

  /* A failed export leaves the old file as it was… */
  assert_fails ((const char *[]) { arg, "--networks=nope", NULL }, "nope");
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "the old brief\n");
  g_clear_pointer (&contents, g_free);

  /* …a successful one replaces it whole, and leaves no temporary file. */
  export_ok ((const char *[]) { arg, "--networks=gggi", "--lang=en", NULL });
  contents = read_file (path);
  g_assert_true (g_str_has_prefix (contents, "# "));
  g_assert_nonnull (strstr (contents, "Global Green Growth Institute"));
  g_assert_cmpuint (count_files (), ==, 1);
}

/* The export runs before GTK starts: no display is needed. */
static void
test_no_display (void)
{
  g_autofree char *path = tmp_path ("headless.pdf");
  g_autofree char *arg = g_strconcat ("--export=", path, NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *head = NULL;

  g_assert_cmpint (run_app ((const char *[]) { arg, "--networks=c40", NULL }, &out, &err, TRUE), ==, 0);
  g_assert_cmpstr (err, ==, "");
  head = read_file (path);
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  exe = g_getenv ("CN_EXE");
  g_assert_nonnull (exe);
  /* The brief's Hebrew headings come from the built translations, as in
   * the app run by the tests. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CN_LOCALEDIR"));
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  tmpdir = g_dir_make_tmp ("cn-export-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/export/pdf/english", test_pdf_english);
  g_test_add_func ("/export/pdf/hebrew", test_pdf_hebrew);
  g_test_add_func ("/export/pdf/arabic", test_pdf_arabic);
  g_test_add_func ("/export/markdown/golden", test_markdown_golden);
  g_test_add_func ("/export/markdown/escaping", test_markdown_escaping);
  g_test_add_func ("/export/csv/networks", test_csv);
  g_test_add_func ("/export/csv/quoting", test_csv_quoting);
  g_test_add_func ("/export/cli/errors", test_errors);
  g_test_add_func ("/export/cli/replace-existing", test_replace_existing);
  g_test_add_func ("/export/cli/no-display", test_no_display);

  status = g_test_run ();

  clear_tmpdir ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  g_object_unref (catalog);
  return status;
}
