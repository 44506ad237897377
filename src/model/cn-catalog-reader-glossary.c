/* cn-catalog-reader-glossary.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The catalog's own lists around the networks: the glossary of terms, the
 * Israeli authorities and their part in the networks, the synonyms search
 * uses, and the dataset's metadata. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-catalog-private.h"

static gboolean
is_blank (const char *s)
{
  for (; *s; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/* vocabularies.synonyms: [["transport", "mobility", "תחבורה"], …] */
void
_cn_read_synonyms (CnCatalogLoader *L,
                   JsonObject      *vocabularies)
{
  JsonArray *groups = _cn_field_array (L, vocabularies, "synonyms");

  if (groups == NULL)
    return;

  _cn_loader_push_key (L, "synonyms");
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonNode *node = json_array_get_element (groups, i);

      _cn_loader_push_index (L, i);
      if (!JSON_NODE_HOLDS_ARRAY (node))
        _cn_field_wrong_type (L, node, _("a list of words"));
      else
        {
          JsonArray *words = json_node_get_array (node);
          GPtrArray *group = g_ptr_array_new ();

          for (guint j = 0; j < json_array_get_length (words); j++)
            {
              JsonNode *word = json_array_get_element (words, j);
              const char *value;

              _cn_loader_push_index (L, j);
              if (!JSON_NODE_HOLDS_VALUE (word) || json_node_get_value_type (word) != G_TYPE_STRING)
                _cn_field_wrong_type (L, word, _("a text"));
              else if (is_blank (value = json_node_get_string (word)))
                _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE, _("the text is empty"));
              else if (g_ptr_array_find_with_equal_func (group, value, g_str_equal, NULL))
                _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_DUPLICATE_ID, _("“%s” is listed twice"), value);
              else
                g_ptr_array_add (group, g_strdup (value));
              _cn_loader_pop (L);
            }
          if (json_array_get_length (words) < 2)
            _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE,
                                _("a group of synonyms needs at least two words"));
          g_ptr_array_add (group, NULL);
          g_ptr_array_add (L->catalog->synonyms, g_ptr_array_free (group, FALSE));
        }
      _cn_loader_pop (L);
    }
  _cn_loader_pop (L);
}

void
_cn_read_dataset (CnCatalogLoader *L,
                  JsonObject      *root)
{
  static const char * const allowed[] = { "title", "publisher", "version", "published", NULL };
  JsonObject *obj = _cn_field_object (L, root, "dataset");
  CnDatasetInfo *info;

  if (obj == NULL)
    return;

  info = L->catalog->dataset = g_new0 (CnDatasetInfo, 1);
  _cn_loader_push_key (L, "dataset");
  _cn_field_check_members (L, obj, allowed, allowed);
  info->title = _cn_field_text (L, obj, "title");
  info->publisher = _cn_field_text (L, obj, "publisher");
  info->version = g_strdup (_cn_field_string (L, obj, "version"));
  info->published = _cn_field_date (L, obj, "published");
  _cn_loader_pop (L);
}

static void
read_glossary_entry (CnCatalogLoader *L,
                     JsonObject      *obj,
                     guint            position,
                     gpointer         user_data)
{
  static const char * const allowed[] = { "term", "expansion", "definition", "sources", NULL };
  static const char * const required[] = { "term", "definition", "sources", NULL };
  GHashTable *seen = user_data;
  CnGlossaryEntry entry = { 0 };
  const char *term;

  _cn_field_check_members (L, obj, allowed, required);
  term = _cn_field_string (L, obj, "term");
  if (term != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (term, -1);

      if (g_hash_table_contains (seen, folded))
        _cn_loader_problem (L, "term", CN_CATALOG_ERROR_DUPLICATE_ID, _("the term “%s” is listed twice"), term);
      else
        g_hash_table_add (seen, g_steal_pointer (&folded));
    }
  entry.term = g_strdup (term);
  entry.expansion = _cn_field_text (L, obj, "expansion");
  entry.definition = _cn_field_text (L, obj, "definition");
  entry.sources = _cn_source_array_new ();
  _cn_field_sources (L, obj, entry.sources);
  g_array_append_val (L->catalog->glossary, entry);
}

void
_cn_read_glossary (CnCatalogLoader *L,
                   JsonObject      *root)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  _cn_field_objects (L, root, "glossary", read_glossary_entry, seen);
}

static void
read_israeli_authority (CnCatalogLoader *L,
                        JsonObject      *obj,
                        guint            position,
                        gpointer         user_data)
{
  static const char * const allowed[] = { "authority", "text", "year", "networks", "sources", NULL };
  static const char * const required[] = { "authority", "text", "networks", "sources", NULL };
  CnIsraeliAuthority authority = { 0 };

  _cn_field_check_members (L, obj, allowed, required);
  authority.authority = _cn_field_text (L, obj, "authority");
  authority.text = _cn_field_text (L, obj, "text");
  authority.year = _cn_field_year (L, obj, "year");
  authority.networks = _cn_field_networks (L, obj);
  authority.sources = _cn_source_array_new ();
  _cn_field_sources (L, obj, authority.sources);
  g_array_append_val (L->catalog->israeli_authorities, authority);
}

/* Read after the networks, which its entries name. */
void
_cn_read_israeli_authorities (CnCatalogLoader *L,
                              JsonObject      *root)
{
  _cn_field_objects (L, root, "israeli_authorities", read_israeli_authority, NULL);
}
