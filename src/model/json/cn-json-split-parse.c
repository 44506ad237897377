/* cn-json-split-parse.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Parses a large document with json-glib in parts on several processors:
 * one array of the top-level object (the catalog's networks) split into
 * parts that are parsed at the same time, then joined into one tree. */

#include "config.h"

#include <string.h>

#include "cn-json-split-parse.h"
#include "cn-parts.h"

#define PARSE_PART_MIN 250    /* elements */

typedef struct
{
  char       *text;       /* "[" elements "]" */
  gsize       length;
  JsonParser *parser;
  GError     *error;
} ParsePart;

static void
parse_part (gpointer data)
{
  ParsePart *part = data;

  part->parser = json_parser_new ();
  json_parser_load_from_data (part->parser, part->text, part->length, &part->error);
  g_clear_pointer (&part->text, g_free);
}

/**
 * cn_json_split_parse:
 * @skip: how many bytes to skip at the start (a byte-order mark)
 * @parsers: (element-type JsonParser): gets the parsers, which own the tree
 *
 * json-glib's parser is the largest part of loading a large catalog, which
 * is mostly its networks, and a network's object does not depend on the
 * others'. So the document is parsed with its networks array left empty,
 * and the array's elements in parts, each part by a parser of its own on
 * its own processor; then the parts' elements are moved, in order, into
 * the document's array. The scanner has checked the whole document and
 * noted where the elements start (@split).
 *
 * Returns: (transfer none) (nullable): the document's root, owned by the
 *   first of the parsers added to @parsers; NULL when the array is too small
 *   to be worth splitting, or a part did not parse (the caller then parses
 *   the document whole). */
JsonNode *
cn_json_split_parse (const char        *data,
                     gsize              length,
                     gsize              skip,
                     const CnJsonSplit *split,
                     GPtrArray         *parsers)
{
  guint n = split->starts->len;
  guint n_parts = cn_parts_count (n, PARSE_PART_MIN);
  const gsize *starts = (const gsize *) (gpointer) split->starts->data;
  gsize close = split->array_end - 1;     /* the array's ']' */
  ParsePart parts[CN_PARTS_MAX];
  CnPart *running[CN_PARTS_MAX] = { NULL, };
  JsonParser *document;
  GString *text;
  JsonNode *root = NULL;
  JsonArray *array = NULL;

  if (n_parts < 2)
    return NULL;

  for (guint p = 0; p < n_parts; p++)
    {
      guint first = cn_parts_bound (n, p, n_parts);
      guint next = cn_parts_bound (n, p + 1, n_parts);
      gsize end = next < n ? starts[next] : close;

      /* Back from the next element (or the ']') over blanks and the comma. */
      if (next < n)
        {
          while (end > starts[first] && data[end - 1] != ',')
            end--;
          end--;
        }
      parts[p].length = end - starts[first] + 2;
      parts[p].text = g_malloc (parts[p].length);
      parts[p].text[0] = '[';
      memcpy (parts[p].text + 1, data + starts[first], end - starts[first]);
      parts[p].text[parts[p].length - 1] = ']';
      parts[p].parser = NULL;
      parts[p].error = NULL;
    }

  for (guint p = 1; p < n_parts; p++)
    running[p] = cn_part_start (parse_part, &parts[p]);

  /* Meanwhile, here: the document with "[]" for the array, and the first
   * part. */
  text = g_string_sized_new (length - (close - split->array_start) + 1);
  g_string_append_len (text, data + skip, split->array_start + 1 - skip);
  g_string_append_len (text, data + close, length - close);
  document = json_parser_new ();
  g_ptr_array_add (parsers, document);
  if (json_parser_load_from_data (document, text->str, text->len, NULL))
    {
      JsonNode *members = NULL;

      root = json_parser_get_root (document);
      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
        members = json_object_get_member (json_node_get_object (root), split->key);
      if (members != NULL && JSON_NODE_HOLDS_ARRAY (members))
        array = json_node_get_array (members);
    }
  g_string_free (text, TRUE);
  parse_part (&parts[0]);
  for (guint p = 1; p < n_parts; p++)
    cn_part_join (running[p]);

  /* The parts' elements into the document's array, in order. A failure is
   * not expected after the scanner's checks; the caller then parses the
   * document whole. */
  for (guint p = 0; p < n_parts; p++)
    {
      JsonNode *part_root = json_parser_get_root (parts[p].parser);

      g_ptr_array_add (parsers, parts[p].parser);
      if (parts[p].error != NULL || part_root == NULL || !JSON_NODE_HOLDS_ARRAY (part_root))
        array = NULL;
      else if (array != NULL)
        {
          JsonArray *elements = json_node_get_array (part_root);

          for (guint i = 0; i < json_array_get_length (elements); i++)
            json_array_add_element (array, json_node_ref (json_array_get_element (elements, i)));
        }
      g_clear_error (&parts[p].error);
    }

  if (array == NULL || json_array_get_length (array) != n)
    return NULL;
  return root;
}
