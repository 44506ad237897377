/* test-regress.c: inputs that once crashed the loader, and its limits.
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Loads every file in tests/data/regress/ (the fuzzer's crashers and
 * hand-made edge cases; see its README) and every tests/data/bad*.json,
 * with and without CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, from a file and
 * from bytes: each must give a catalog, or a CN_CATALOG_ERROR with a
 * non-empty list of problems that all start with the file's name. Then
 * checks the loader's limits, that a wrong type in any field is reported at
 * that field, that unsafe links are refused, and that markup-like text is
 * kept literally. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cn-catalog.h"
#include "cn-json-scan.h"
#include "cn-uri.h"

static const CnCatalogFlags all_flags[] = {
  CN_CATALOG_FLAGS_NONE,
  CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS,
};

static guint
count_lines (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  guint lines = 1;

  for (gsize i = 0; i < size; i++)
    lines += data[i] == '\n';
  return lines;
}

/* The promises of cn_catalog_new_from_*() for any input. */
static void
check_result (CnCatalog  *catalog,
              GPtrArray  *problems,
              GError     *error,
              const char *name,
              guint       n_lines)
{
  const CnCatalogProblem *first;
  g_autofree char *first_text = NULL;

  if (catalog != NULL)
    {
      g_assert_no_error (error);
      g_assert_null (problems);
      g_assert_cmpstr (cn_catalog_get_filename (catalog), ==, name);
      return;
    }

  g_assert_nonnull (error);
  g_assert_true (error->domain == CN_CATALOG_ERROR);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);
  g_assert_cmpuint (problems->len, <=, CN_CATALOG_MAX_PROBLEMS + 1);

  for (guint i = 0; i < problems->len; i++)
    {
      const CnCatalogProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = cn_catalog_problem_to_string (problem);

      g_assert_true (g_str_has_prefix (text, name));
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpstr (problem->file, ==, name);
      g_assert_nonnull (problem->path);
      g_assert_nonnull (problem->message);
      g_assert_cmpstr (problem->message, !=, "");
      g_assert_cmpuint (problem->line, <=, n_lines);
      if (problem->line > 0)
        {
          g_autofree char *position = g_strdup_printf ("%s:%u:%u: ", name, problem->line, problem->column);

          g_assert_cmpuint (problem->column, >, 0);
          g_assert_true (g_str_has_prefix (text, position));
        }
    }

  first = g_ptr_array_index (problems, 0);
  first_text = cn_catalog_problem_to_string (first);
  g_assert_cmpint (error->code, ==, first->code);
  g_assert_true (g_str_has_prefix (error->message, first_text));
}

static void
test_load_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  guint n_lines;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  n_lines = count_lines (bytes);

  for (guint i = 0; i < G_N_ELEMENTS (all_flags); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GPtrArray) byte_problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) byte_error = NULL;
      g_autoptr(GError) quiet_error = NULL;
      g_autoptr(CnCatalog) catalog = NULL;
      g_autoptr(CnCatalog) byte_catalog = NULL;
      g_autoptr(CnCatalog) quiet = NULL;

      /* From the file: messages name its path. */
      catalog = cn_catalog_new_from_file (file, all_flags[i], &problems, &error);
      check_result (catalog, problems, error, path, n_lines);

      /* From bytes: messages name what the caller passed. */
      byte_catalog = cn_catalog_new_from_bytes (bytes, basename, all_flags[i], &byte_problems, &byte_error);
      check_result (byte_catalog, byte_problems, byte_error, basename, n_lines);
      g_assert_true ((catalog == NULL) == (byte_catalog == NULL));
      if (catalog == NULL)
        {
          g_assert_cmpuint (problems->len, ==, byte_problems->len);
          g_assert_cmpint (error->code, ==, byte_error->code);
        }

      /* Without a problem list: the same verdict. */
      quiet = cn_catalog_new_from_bytes (bytes, basename, all_flags[i], NULL, &quiet_error);
      g_assert_true ((quiet == NULL) == (catalog == NULL));
      g_assert_true ((quiet_error == NULL) == (quiet != NULL));

      if (catalog == NULL)
        g_test_message ("%s", error->message);
    }
}

/* Limits: generated inputs too large to keep as files. */

static CnCatalog *
load_bytes (const char      *data,
            gsize            length,
            CnCatalogFlags   flags,
            GPtrArray      **problems,
            GError         **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  CnCatalog *catalog = cn_catalog_new_from_bytes (bytes, "limits.json", flags, problems, error);

  if (catalog == NULL && problems != NULL)
    check_result (catalog, *problems, *error, "limits.json", count_lines (bytes));
  return catalog;
}

static void
test_too_large (void)
{
  const gsize size = CN_CATALOG_MAX_SIZE + 1;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;

  /* Valid JSON, so only the size can be refused. */
  memset (data, ' ', size);
  data[0] = '{';
  data[size - 1] = '}';
  catalog = load_bytes (data, size, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_LARGE);
  g_assert_cmpuint (problems->len, ==, 1);
}

/* A device reports a size of 0 before it is read: reading must still stop
 * past the limit (it used to read /dev/zero until memory ran out). */
static void
test_device (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;

  /* A device is refused before it is read (endless, or a FIFO that
   * would wait for a writer). */
  g_assert_true (g_file_test ("/dev/zero", G_FILE_TEST_EXISTS));
  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_IO);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (error->message, "/dev/zero: "));
}

static void
test_deep (void)
{
  const gsize depth = 100000;
  g_autoptr(GString) objects = g_string_new (NULL);
  g_autofree char *arrays = g_malloc (depth);

  memset (arrays, '[', depth);
  for (gsize i = 0; i < depth; i++)
    g_string_append (objects, "{\"a\":");

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CnCatalog) catalog = NULL;
      const CnCatalogProblem *first;

      catalog = i == 0 ? load_bytes (arrays, depth, CN_CATALOG_FLAGS_NONE, &problems, &error)
                       : load_bytes (objects->str, objects->len, CN_CATALOG_FLAGS_NONE, &problems, &error);
      g_assert_null (catalog);
      g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_DEEP);
      g_assert_cmpuint (problems->len, ==, 1);
      first = g_ptr_array_index (problems, 0);
      g_assert_cmpuint (first->line, ==, 1);
      g_assert_cmpuint (first->column, ==, i == 0 ? CN_CATALOG_MAX_DEPTH + 1 : 5 * CN_CATALOG_MAX_DEPTH + 1);
    }
}

/* The scanner stops once the loader has CN_CATALOG_MAX_PROBLEMS problems;
 * the rest of the file was then never checked and must not reach
 * json-glib's recursive parser (it used to, and overflowed the stack). */
static void
test_many_duplicates_then_deep (void)
{
  g_autoptr(GString) doc = g_string_new ("{\"schema_version\": 1, \"networks\": [], ");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;

  for (guint i = 0; i < CN_CATALOG_MAX_PROBLEMS + 5; i++)
    g_string_append (doc, "\"x-a\": 1, ");
  g_string_append (doc, "\"x-b\": ");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (doc, '[');

  catalog = load_bytes (doc->str, doc->len, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_DUPLICATE_KEY);
  g_assert_cmpuint (problems->len, ==, CN_CATALOG_MAX_PROBLEMS + 1);
}

static void
test_problem_cap (void)
{
  g_autoptr(GString) doc = g_string_new ("{\"schema_version\": 1, \"networks\": [");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *last;

  for (guint i = 0; i < 1000; i++)
    g_string_append (doc, i ? ", 1" : "1");
  g_string_append (doc, "]}");

  catalog = load_bytes (doc->str, doc->len, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_WRONG_TYPE);
  g_assert_cmpuint (problems->len, ==, CN_CATALOG_MAX_PROBLEMS + 1);
  last = g_ptr_array_index (problems, problems->len - 1);
  g_assert_cmpuint (last->line, ==, 0);
  g_assert_cmpstr (last->path, ==, "");
}

typedef struct
{
  const char     *name;
  const char     *data;
  gssize          length;
  CnCatalogError  code;
  guint           line;
  guint           column;
  const char     *path;
} Case;

static const Case cases[] = {
  { "invalid-utf8", "{\"schema_version\": 1, \"networks\": [], \"x-a\": \"\xC3\x28\"}", -1,
    CN_CATALOG_ERROR_ENCODING, 1, 47, "x-a" },
  { "invalid-utf8-in-name", "{\"schema_version\": 1,\n \"networks\": [], \"x-\xFF\": 1}", -1,
    CN_CATALOG_ERROR_ENCODING, 2, 21, "" },
  { "overlong-utf8", "{\"schema_version\": 1, \"networks\": [], \"x-a\": \"\xC0\xAF\"}", -1,
    CN_CATALOG_ERROR_ENCODING, 1, 47, "x-a" },
  { "nul-byte", "{\"schema_version\": 1, \"networks\": [\0]}", 38,
    CN_CATALOG_ERROR_ENCODING, 1, 36, "networks[0]" },
  { "escaped-nul", "{\"schema_version\": 1, \"networks\": [], \"x-a\": \"a\\u0000\"}", -1,
    CN_CATALOG_ERROR_ENCODING, 1, 48, "x-a" },
  { "number-too-large", "{\"schema_version\": 1e400, \"networks\": []}", -1,
    CN_CATALOG_ERROR_NUMBER_RANGE, 1, 20, "schema_version" },
  { "number-too-precise", "{\"schema_version\": 9223372036854775807, \"networks\": []}", -1,
    CN_CATALOG_ERROR_NUMBER_RANGE, 1, 20, "schema_version" },
  { "duplicate-key", "{\"schema_version\": 1, \"networks\": [], \"networks\": []}", -1,
    CN_CATALOG_ERROR_DUPLICATE_KEY, 1, 39, "" },
  /* A problem in a member name belongs to the object, not to the member
   * before it. */
  { "name-not-quoted", "{\"schema_version\": 1, networks: []}", -1,
    CN_CATALOG_ERROR_SYNTAX, 1, 23, "" },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  gsize length = c->length < 0 ? strlen (c->data) : (gsize) c->length;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  const CnCatalogProblem *first;

  catalog = load_bytes (c->data, length, CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_test_message ("%s", error->message);
  g_assert_error (error, CN_CATALOG_ERROR, (int) c->code);
  first = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (first->line, ==, c->line);
  g_assert_cmpuint (first->column, ==, c->column);
  g_assert_cmpstr (first->path, ==, c->path);
}

static void
test_huge_text (void)
{
  g_autoptr(GString) doc = g_string_new ("{\"schema_version\": 1, \"networks\": [], \"x-a\": \"");

  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(GString) copy = g_string_new (doc->str);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CnCatalog) catalog = NULL;

      /* At the limit it loads; one byte more it does not. */
      for (gsize i = 0; i < CN_CATALOG_MAX_TEXT + pass; i++)
        g_string_append_c (copy, 'a');
      g_string_append (copy, "\"}");

      catalog = load_bytes (copy->str, copy->len, CN_CATALOG_FLAGS_NONE, &problems, &error);
      if (pass == 0)
        {
          g_assert_no_error (error);
          g_assert_nonnull (catalog);
        }
      else
        {
          g_assert_null (catalog);
          g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_LONG);
          g_assert_cmpstr (((CnCatalogProblem *) g_ptr_array_index (problems, 0))->path, ==, "x-a");
        }
    }
}

/* A network not kept (here: no "summary") must not be written to when its
 * successor is resolved (it was, after being freed). */
static void
test_successor_of_dropped_network (void)
{
  const char *doc =
    "{\"schema_version\": 1, \"networks\": [\n"
    " {\"id\": \"a\", \"name\": {\"en\": \"A\"}, \"successor\": {\"name\": {\"en\": \"B\"}, \"network\": \"b\"}},\n"
    " {\"id\": \"b\", \"name\": {\"en\": \"B\"}, \"summary\": {\"en\": \"x\"},\n"
    "  \"successor\": {\"name\": {\"en\": \"A\"}, \"network\": \"a\"}}\n"
    "]}";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;

  catalog = load_bytes (doc, strlen (doc), CN_CATALOG_FLAGS_NONE, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_MISSING_FIELD);
}

/* A valid catalog with every field: tests/data/regress/all-fields.json,
 * or markup.json if that is gone. */
static JsonParser *
load_valid (char **contents)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "regress", "all-fields.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_free (path);
      path = g_test_build_filename (G_TEST_DIST, "data", "markup.json", NULL);
    }
  g_assert_true (g_file_get_contents (path, contents, &length, NULL));
  json_parser_load_from_data (parser, *contents, length, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&parser);
}

static JsonNode *
node_at (JsonNode                *root,
         const CnJsonPathElement *path,
         guint                    path_length)
{
  JsonNode *node = root;

  for (guint i = 0; i < path_length; i++)
    node = path[i].key ? json_object_get_member (json_node_get_object (node), path[i].key)
                       : json_array_get_element (json_node_get_array (node), path[i].index);
  return node;
}

static void
collect_paths (JsonNode  *node,
               GArray    *path,
               GPtrArray *out)
{
  GArray *copy = g_array_copy (path);

  g_ptr_array_add (out, copy);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        {
          CnJsonPathElement e = { name, 0 };

          if (g_str_has_prefix (name, "x-"))
            continue;   /* extensions take anything */
          g_array_append_val (path, e);
          collect_paths (member, path, out);
          g_array_set_size (path, path->len - 1);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          CnJsonPathElement e = { NULL, i };

          g_array_append_val (path, e);
          collect_paths (json_array_get_element (array, i), path, out);
          g_array_set_size (path, path->len - 1);
        }
    }
}

typedef enum
{
  REPLACE_STRING,
  REPLACE_INT,
  REPLACE_DOUBLE,
  REPLACE_BOOLEAN,
  REPLACE_NULL,
  REPLACE_ARRAY,
  REPLACE_OBJECT,
} Replacement;

static gboolean
same_type (JsonNode    *node,
           Replacement  replacement)
{
  switch (replacement)
    {
    case REPLACE_OBJECT: return JSON_NODE_HOLDS_OBJECT (node);
    case REPLACE_ARRAY: return JSON_NODE_HOLDS_ARRAY (node);
    case REPLACE_NULL: return JSON_NODE_HOLDS_NULL (node);
    case REPLACE_STRING: return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
    case REPLACE_INT: return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
    case REPLACE_DOUBLE: return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE;
    case REPLACE_BOOLEAN: return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
    default: g_assert_not_reached ();
    }
}

static const char * const replacement_json[] = {
  [REPLACE_STRING] = "\"text\"",
  [REPLACE_INT] = "2000",
  [REPLACE_DOUBLE] = "1.5",
  [REPLACE_BOOLEAN] = "true",
  [REPLACE_NULL] = "null",
  [REPLACE_ARRAY] = "[]",
  [REPLACE_OBJECT] = "{}",
};

static void
write_string (GString    *out,
              const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Writes @node as JSON, with the value at @target (when @matched, the path
 * so far, equals the start of it) replaced by @replacement. One member or
 * element per line, so positions can be checked. */
static void
write_node (GString                 *out,
            JsonNode                *node,
            const CnJsonPathElement *target,
            guint                    target_length,
            guint                    depth,
            gboolean                 matched,
            const char              *replacement)
{
  if (matched && depth == target_length)
    {
      g_string_append (out, replacement);
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;
      gboolean first = TRUE;

      g_string_append (out, "{");
      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          gboolean here = matched && depth < target_length && target[depth].key != NULL &&
                          strcmp (target[depth].key, name) == 0;

          g_string_append (out, first ? "\n" : ",\n");
          write_string (out, name);
          g_string_append (out, ": ");
          write_node (out, member, target, target_length, depth + 1, here, replacement);
          first = FALSE;
        }
      g_string_append (out, "}");
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      g_string_append (out, "[");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gboolean here = matched && depth < target_length && target[depth].key == NULL &&
                          target[depth].index == i;

          g_string_append (out, i ? ",\n" : "\n");
          write_node (out, json_array_get_element (array, i), target, target_length, depth + 1, here,
                      replacement);
        }
      g_string_append (out, "]");
    }
  else if (JSON_NODE_HOLDS_NULL (node))
    g_string_append (out, "null");
  else if (json_node_get_value_type (node) == G_TYPE_STRING)
    write_string (out, json_node_get_string (node));
  else if (json_node_get_value_type (node) == G_TYPE_INT64)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      g_string_append (out, g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
    }
}

/* Every field, replaced by a value of each other type, is reported as
 * CN_CATALOG_ERROR_WRONG_TYPE at that field's path and position. */
static void
test_wrong_type_everywhere (void)
{
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = load_valid (&contents);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (CnJsonPathElement));
  JsonNode *root = json_parser_get_root (parser);
  guint n_checked = 0;

  /* The original, and the original as written again, load. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(CnCatalog) catalog = NULL;

      if (i == 0)
        g_string_append (text, contents);
      else
        write_node (text, root, NULL, 1, 0, FALSE, NULL);
      catalog = load_bytes (text->str, text->len, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (catalog);
    }

  collect_paths (root, path, paths);

  for (guint i = 0; i < paths->len; i++)
    {
      GArray *p = g_ptr_array_index (paths, i);
      const CnJsonPathElement *elements = (const CnJsonPathElement *) (gpointer) p->data;
      g_autofree char *path_string = cn_json_path_to_string (elements, p->len);
      JsonNode *node = node_at (root, elements, p->len);

      /* Two other types per place, starting from a different one each
       * time, so every type is tried everywhere over the whole file
       * without loading it seven times per place (this runs under
       * valgrind and ASan too). */
      for (guint k = 0, tried = 0; k <= REPLACE_OBJECT && tried < 2; k++)
        {
          Replacement r = (Replacement) ((i + k) % (REPLACE_OBJECT + 1));
          g_autoptr(GString) text = g_string_new (NULL);
          g_autoptr(GPtrArray) problems = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(CnCatalog) catalog = NULL;
          gboolean found = FALSE;

          if (same_type (node, r))
            continue;
          tried++;

          write_node (text, root, elements, p->len, 0, TRUE, replacement_json[r]);
          catalog = load_bytes (text->str, text->len, CN_CATALOG_FLAGS_NONE, &problems, &error);
          if (catalog != NULL)
            g_error ("%s: %s was accepted", path_string, replacement_json[r]);

          for (guint j = 0; j < problems->len && !found; j++)
            {
              const CnCatalogProblem *problem = g_ptr_array_index (problems, j);

              found = problem->code == CN_CATALOG_ERROR_WRONG_TYPE &&
                      g_strcmp0 (problem->path, path_string) == 0 &&
                      problem->line > 0;
            }
          if (!found)
            g_error ("%s: %s is not reported as a wrong type at that place (first problem: %s)",
                     path_string, replacement_json[r], error->message);
          n_checked++;
        }
    }

  g_test_message ("%u replacements in %u places", n_checked, paths->len);
  g_assert_cmpuint (n_checked, >, 100);
}

/* Links: only web links, without credentials; never local files, scripts,
 * embedded data or network shares. */
static const char * const unsafe_links[] = {
  "file:///etc/passwd",
  "FILE:///etc/passwd",
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "smb://server/share/file",
  "https://user:password@example.org/",
  "http://user@example.org/",
  "https://user:password@example.org@evil.example/",
  "mailto:someone@example.org",   /* a website is not a mail address */
  "ftp://example.org/file",
  "https:///no-host",
  "//example.org/relative",
  "example.org",
  " https://example.org/",
  "https://example.org/\nfile:///etc/passwd",
};

static void
test_unsafe_links (void)
{
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = load_valid (&contents);
  static const CnJsonPathElement website[] = { { "networks", 0 }, { NULL, 0 }, { "website", 0 } };

  for (guint i = 0; i < G_N_ELEMENTS (unsafe_links); i++)
    {
      g_autoptr(GString) link = g_string_new (NULL);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CnCatalog) catalog = NULL;
      const CnCatalogProblem *first;

      if (g_ascii_strncasecmp (unsafe_links[i], "mailto:", 7) != 0)
        g_assert_false (cn_uri_is_safe (unsafe_links[i]));

      write_string (link, unsafe_links[i]);
      write_node (text, json_parser_get_root (parser), website, G_N_ELEMENTS (website), 0, TRUE, link->str);
      catalog = load_bytes (text->str, text->len, CN_CATALOG_FLAGS_NONE, &problems, &error);
      g_assert_null (catalog);
      g_assert_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_UNSAFE_LINK);
      g_assert_cmpuint (problems->len, ==, 1);
      first = g_ptr_array_index (problems, 0);
      g_assert_cmpstr (first->path, ==, "networks[0].website");
    }

  g_assert_true (cn_uri_is_safe ("https://example.org/path?a=1&b=2#top"));
  g_assert_true (cn_uri_is_safe ("http://example.org"));
  g_assert_true (cn_uri_is_safe ("HTTPS://EXAMPLE.ORG/"));
}

/* The loader keeps markup-like text as it is: the UI must show it
 * literally (tested on the window side). */
static void
test_markup_kept (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "markup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;
  g_autoptr(CnNetwork) network = NULL;
  const CnText *name;

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_networks (catalog)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_benefits (catalog)), ==, 5);

  network = g_list_model_get_item (cn_catalog_get_networks (catalog), 0);
  name = cn_network_get_name (network);
  g_assert_cmpstr (cn_text_get_for_language (name, "en"), ==,
                   "C40 <b>bold</b> <span foreground='red'>red</span> Tom & Jerry &lt;not an entity&gt;");
  g_assert_cmpstr (cn_network_get_acronym (network), ==, "<b>C40</b>");
  g_assert_cmpstr (cn_network_get_website (network), ==, "https://www.c40.org/?utm_source=app&utm_medium=link");
}

/* The paths the file tests use, freed after the run. */
static GPtrArray *file_paths;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_file_tests (const char *dir,
                const char *prefix,
                const char *test_prefix,
                guint      *n_added)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      if (g_str_has_prefix (name, "README") || g_str_has_prefix (name, "."))
        continue;
      if (prefix != NULL && !(g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".json")))
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }

  /* Sorted, so the order of the tests is stable. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *n = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/regress/%s/%s", test_prefix, n);
      char *file_path = g_build_filename (dir, n, NULL);

      g_ptr_array_add (file_paths, file_path);
      g_test_add_data_func (test_path, file_path, test_load_file);
      (*n_added)++;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *regress_dir = NULL;
  g_autofree char *data_dir = NULL;
  guint n_files = 0;
  int status;

  g_test_init (&argc, &argv, NULL);
  file_paths = g_ptr_array_new_with_free_func (g_free);

  regress_dir = g_test_build_filename (G_TEST_DIST, "data", "regress", NULL);
  data_dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

  /* Crashers and edge cases, then the bad fixtures: with an empty regress/
   * (only its README) the fixtures still run. */
  add_file_tests (regress_dir, NULL, "files", &n_files);
  add_file_tests (data_dir, "bad", "fixtures", &n_files);
  g_assert_cmpuint (n_files, >, 0);

  g_test_add_func ("/regress/limits/too-large", test_too_large);
  g_test_add_func ("/regress/limits/device", test_device);
  g_test_add_func ("/regress/limits/deep", test_deep);
  g_test_add_func ("/regress/limits/many-duplicates-then-deep", test_many_duplicates_then_deep);
  g_test_add_func ("/regress/limits/problem-cap", test_problem_cap);
  g_test_add_func ("/regress/limits/huge-text", test_huge_text);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/regress/limits/%s", cases[i].name);
      g_test_add_data_func (test_path, &cases[i], test_case);
    }
  g_test_add_func ("/regress/successor-of-dropped-network", test_successor_of_dropped_network);
  g_test_add_func ("/regress/wrong-type-everywhere", test_wrong_type_everywhere);
  g_test_add_func ("/regress/unsafe-links", test_unsafe_links);
  g_test_add_func ("/regress/markup-kept", test_markup_kept);

  status = g_test_run ();
  g_ptr_array_unref (file_paths);
  return status;
}
