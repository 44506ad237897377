/* cn-catalog-fields.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Typed, validated readers of one field of a JSON object: each returns the
 * value, or nothing with a problem at the field's path. What the schema
 * says about a whole part (which fields, in which lists) is in
 * cn-catalog-reader.c. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cn-catalog-private.h"
#include "cn-source-policy.h"
#include "cn-uri.h"

#define MIN_YEAR 1800
#define MAX_YEAR 2100

static gboolean
is_blank (const char *s)
{
  for (; *s; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

static const char *
describe_node (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");

  switch (json_node_get_value_type (node) == G_TYPE_STRING ? 0 :
          json_node_get_value_type (node) == G_TYPE_BOOLEAN ? 1 : 2)
    {
    case 0: return _("a text");
    case 1: return _("true or false");
    default: return _("a number");
    }
}

void
_cn_field_wrong_type (CnCatalogLoader *L,
                      JsonNode        *node,
                      const char      *expected)
{
  _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_WRONG_TYPE,
                      /* Translators: e.g. "expected a list, found a text" */
                      _("expected %s, found %s"), expected, describe_node (node));
}

/* Checks an object's member names: unknown ones are typos (unless "x-"),
 * required ones must be there. */
void
_cn_field_check_members (CnCatalogLoader    *L,
                         JsonObject         *object,
                         const char * const *allowed,
                         const char * const *required)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (g_str_has_prefix (name, "x-") || g_strv_contains (allowed, name))
        continue;
      _cn_loader_problem (L, name, CN_CATALOG_ERROR_UNKNOWN_FIELD,
                          _("unknown field “%s” (check the spelling; private extensions must start with “x-”)"), name);
    }

  for (guint i = 0; required[i] != NULL; i++)
    if (!json_object_has_member (object, required[i]))
      _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_MISSING_FIELD, _("the required field “%s” is missing"), required[i]);
}

/* The member @key of @object when it is of @type; NULL when it is absent,
 * or (with a problem) of another type. @expected is translated only then:
 * this runs for every object and list of the file. */
static JsonNode *
member_of_type (CnCatalogLoader *L,
                JsonObject      *object,
                const char      *key,
                JsonNodeType     type,
                const char      *expected)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return NULL;
  if (JSON_NODE_TYPE (node) != type)
    {
      _cn_loader_push_key (L, key);
      _cn_field_wrong_type (L, node, _(expected));
      _cn_loader_pop (L);
      return NULL;
    }
  return node;
}

JsonObject *
_cn_field_object (CnCatalogLoader *L,
                  JsonObject      *object,
                  const char      *key)
{
  JsonNode *node = member_of_type (L, object, key, JSON_NODE_OBJECT, N_("an object"));

  return node != NULL ? json_node_get_object (node) : NULL;
}

JsonArray *
_cn_field_array (CnCatalogLoader *L,
                 JsonObject      *object,
                 const char      *key)
{
  JsonNode *node = member_of_type (L, object, key, JSON_NODE_ARRAY, N_("a list"));

  return node != NULL ? json_node_get_array (node) : NULL;
}

/* Calls @func for each object of the list @key of @object, with the path
 * pointing at it; other elements are type errors. */
void
_cn_field_objects (CnCatalogLoader *L,
                   JsonObject      *object,
                   const char      *key,
                   CnReadItemFunc   func,
                   gpointer         user_data)
{
  JsonArray *array = _cn_field_array (L, object, key);

  if (array == NULL)
    return;

  _cn_loader_push_key (L, key);
  for (guint i = 0; i < json_array_get_length (array) && !L->overflowed; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      _cn_loader_push_index (L, i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        _cn_field_wrong_type (L, node, _("an object"));
      else
        func (L, json_node_get_object (node), i, user_data);
      _cn_loader_pop (L);
    }
  _cn_loader_pop (L);
}

static const char *
node_string (CnCatalogLoader *L,
             JsonNode        *node)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _cn_field_wrong_type (L, node, _("a text"));
      return NULL;
    }
  value = json_node_get_string (node);
  if (is_blank (value))
    {
      _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE, _("the text is empty"));
      return NULL;
    }
  return value;
}

const char *
_cn_field_string (CnCatalogLoader *L,
                  JsonObject      *object,
                  const char      *key)
{
  JsonNode *node = json_object_get_member (object, key);
  const char *value;

  if (node == NULL)
    return NULL;
  _cn_loader_push_key (L, key);
  value = node_string (L, node);
  _cn_loader_pop (L);
  return value;
}

static gboolean
is_language_code (const char *code)
{
  gsize len = strlen (code);
  gsize letters = 0;

  while (letters < len && g_ascii_islower (code[letters]))
    letters++;
  if (letters < 2 || letters > 3)
    return FALSE;
  if (letters == len)
    return TRUE;
  return len == letters + 3 && code[letters] == '_' &&
         g_ascii_isupper (code[letters + 1]) && g_ascii_isupper (code[letters + 2]);
}

/* A localized text; @partial allows any subset of languages (a short
 * name given in Hebrew only), where a full text needs "en", and "he" too
 * under CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS. */
static CnText *
read_text (CnCatalogLoader *L,
           JsonObject      *object,
           const char      *key,
           gboolean         partial)
{
  JsonNode *node = json_object_get_member (object, key);
  const char *langs[32];
  const char *values[32];
  guint n = 0;
  gboolean has_en = FALSE;
  gboolean has_he = FALSE;
  gboolean ok = TRUE;
  JsonObjectIter iter;
  const char *lang;
  JsonNode *value_node;

  if (node == NULL)
    return NULL;

  _cn_loader_push_key (L, key);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _cn_field_wrong_type (L, node, _("a translated text ({\"en\": \"…\", \"he\": \"…\"})"));
      _cn_loader_pop (L);
      return NULL;
    }

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &lang, &value_node))
    {
      const char *value;

      if (!is_language_code (lang))
        {
          _cn_loader_problem (L, lang, CN_CATALOG_ERROR_INVALID_VALUE,
                              _("“%s” is not a language code (use “en”, “he”, “pt_BR”, …)"), lang);
          ok = FALSE;
          continue;
        }
      _cn_loader_push_key (L, lang);
      value = node_string (L, value_node);
      _cn_loader_pop (L);
      if (value == NULL)
        {
          ok = FALSE;
          continue;
        }
      if (n == G_N_ELEMENTS (langs))
        {
          _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE, _("a text has too many languages (at most %u)"),
                              (guint) G_N_ELEMENTS (langs));
          ok = FALSE;
          break;
        }
      has_en |= strcmp (lang, "en") == 0;
      has_he |= strcmp (lang, "he") == 0;
      langs[n] = lang;
      values[n] = value;
      n++;
    }

  if (partial && ok && n == 0)
    {
      _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE, _("the text has no language"));
      ok = FALSE;
    }
  if (partial)
    ;
  else if (!has_en && ok)
    {
      _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_MISSING_TRANSLATION, _("the English text (“en”) is missing"));
      ok = FALSE;
    }
  if (!has_he && ok && (L->flags & CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS))
    {
      _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_MISSING_TRANSLATION, _("the Hebrew text (“he”) is missing"));
      ok = FALSE;
    }

  _cn_loader_pop (L);

  return ok ? cn_text_new (n, langs, values) : NULL;
}

CnText *
_cn_field_text (CnCatalogLoader *L,
                JsonObject      *object,
                const char      *key)
{
  return read_text (L, object, key, FALSE);
}

CnText *
_cn_field_partial_text (CnCatalogLoader *L,
                        JsonObject      *object,
                        const char      *key)
{
  return read_text (L, object, key, TRUE);
}

/* TRUE or FALSE; @fallback when absent or (with a problem) not a boolean. */
gboolean
_cn_field_boolean (CnCatalogLoader *L,
                   JsonObject      *object,
                   const char      *key,
                   gboolean         fallback)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return fallback;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      _cn_loader_push_key (L, key);
      _cn_field_wrong_type (L, node, _("true or false"));
      _cn_loader_pop (L);
      return fallback;
    }
  return json_node_get_boolean (node);
}

/* A whole number from @min to @max; -1 when absent or wrong. */
int
_cn_field_count (CnCatalogLoader *L,
                 JsonObject      *object,
                 const char      *key,
                 int              min,
                 int              max)
{
  JsonNode *node = json_object_get_member (object, key);
  gint64 value;

  if (node == NULL)
    return -1;

  _cn_loader_push_key (L, key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      _cn_field_wrong_type (L, node, _("a whole number"));
      _cn_loader_pop (L);
      return -1;
    }
  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE,
                          _("%lld is out of range (expected %d to %d)"), (long long) value, min, max);
      value = -1;
    }
  _cn_loader_pop (L);
  return (int) value;
}

/* A list of language codes ("en", "fr", "pt_BR"). */
char **
_cn_field_language_codes (CnCatalogLoader *L,
                          JsonObject      *object,
                          const char      *key)
{
  char **codes = _cn_field_string_list (L, object, key);
  guint kept = 0;

  _cn_loader_push_key (L, key);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (is_language_code (codes[i]))
        codes[kept++] = codes[i];
      else
        {
          _cn_loader_push_index (L, i);
          _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE,
                              _("“%s” is not a language code (use “en”, “he”, “pt_BR”, …)"), codes[i]);
          _cn_loader_pop (L);
          g_free (codes[i]);
        }
    }
  codes[kept] = NULL;
  _cn_loader_pop (L);
  return codes;
}

int
_cn_field_year (CnCatalogLoader *L,
                JsonObject      *object,
                const char      *key)
{
  JsonNode *node = json_object_get_member (object, key);
  gint64 year;

  if (node == NULL)
    return 0;

  _cn_loader_push_key (L, key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      _cn_field_wrong_type (L, node, _("a year (a whole number)"));
      _cn_loader_pop (L);
      return 0;
    }
  year = json_node_get_int (node);
  if (year < MIN_YEAR || year > MAX_YEAR)
    {
      _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE,
                          _("the year %lld is not plausible (expected %d to %d)"), (long long) year, MIN_YEAR, MAX_YEAR);
      year = 0;
    }
  _cn_loader_pop (L);
  return (int) year;
}

static gboolean
is_digits (const char *s,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

char *
_cn_field_date (CnCatalogLoader *L,
                JsonObject      *object,
                const char      *key)
{
  const char *value = _cn_field_string (L, object, key);
  guint y, m, d;
  char tail;

  if (value == NULL)
    return NULL;

  /* sscanf would accept signs and spaces: insist on digits first. */
  if (strlen (value) != 10 || !is_digits (value, 4) || value[4] != '-' || !is_digits (value + 5, 2) ||
      value[7] != '-' || !is_digits (value + 8, 2) ||
      sscanf (value, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy (d, m, y) || y < MIN_YEAR || y > MAX_YEAR)
    {
      _cn_loader_problem (L, key, CN_CATALOG_ERROR_INVALID_VALUE,
                          _("“%s” is not a date in the form YYYY-MM-DD"), value);
      return NULL;
    }
  return g_strdup (value);
}

char *
_cn_field_url (CnCatalogLoader *L,
               JsonObject      *object,
               const char      *key)
{
  const char *value = _cn_field_string (L, object, key);

  if (value == NULL)
    return NULL;

  if (!cn_uri_is_safe (value) || g_ascii_strncasecmp (value, "mailto:", 7) == 0)
    {
      _cn_loader_problem (L, key, CN_CATALOG_ERROR_UNSAFE_LINK,
                          _("“%s” is not an allowed link: use an https: address (http: only where a site has no https), without a user name or password"),
                          value);
      return NULL;
    }
  return g_strdup (value);
}

static gboolean
is_valid_id (const char *id)
{
  if (id[0] == '\0' || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

char *
_cn_field_id (CnCatalogLoader *L,
              JsonObject      *object,
              const char      *key)
{
  const char *value = _cn_field_string (L, object, key);

  if (value == NULL)
    return NULL;
  if (!is_valid_id (value))
    {
      _cn_loader_problem (L, key, CN_CATALOG_ERROR_INVALID_VALUE,
                          _("“%s” is not a valid id (lower-case letters, digits and “-”, at most 64)"), value);
      return NULL;
    }
  return g_strdup (value);
}

int
_cn_field_enum (CnCatalogLoader        *L,
                JsonObject             *object,
                const char             *key,
                const CnFieldEnumValue *values,
                int                     fallback)
{
  const char *value = _cn_field_string (L, object, key);
  g_autoptr(GString) allowed = NULL;

  if (value == NULL)
    return fallback;

  for (guint i = 0; values[i].name != NULL; i++)
    if (strcmp (values[i].name, value) == 0)
      return values[i].value;

  allowed = g_string_new (NULL);
  for (guint i = 0; values[i].name != NULL; i++)
    g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "", values[i].name);
  _cn_loader_problem (L, key, CN_CATALOG_ERROR_INVALID_VALUE, _("“%s” is not one of %s"), value, allowed->str);
  return fallback;
}

void
_cn_field_sources (CnCatalogLoader *L,
                   JsonObject      *object,
                   GArray          *sources)
{
  static const char * const allowed[] = { "title", "url", NULL };
  JsonArray *array = _cn_field_array (L, object, "sources");

  if (array == NULL)
    return;

  _cn_loader_push_key (L, "sources");
  if (json_array_get_length (array) == 0)
    _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_MISSING_FIELD, _("at least one source is needed"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      CnSource source = { NULL, NULL };
      const char *title;

      _cn_loader_push_index (L, i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        _cn_field_wrong_type (L, node, _("a source ({\"title\": …, \"url\": …})"));
      else
        {
          JsonObject *obj = json_node_get_object (node);

          _cn_field_check_members (L, obj, allowed, allowed);
          title = _cn_field_string (L, obj, "title");
          source.url = _cn_field_url (L, obj, "url");
          if (title != NULL && source.url != NULL)
            {
              if (cn_source_is_weak (source.url, title))
                _cn_loader_warning (L, "url", CN_CATALOG_ERROR_WEAK_SOURCE,
                                    _("“%s” is on the list of weak sources: cite the original publisher (or say “(copy on …)” in the title when only a copy exists)"),
                                    source.url);
              source.title = g_strdup (title);
              g_array_append_val (sources, source);
            }
          else
            g_free (source.url);
        }
      _cn_loader_pop (L);
    }
  _cn_loader_pop (L);
}

char **
_cn_field_string_list (CnCatalogLoader *L,
                       JsonObject      *object,
                       const char      *key)
{
  JsonArray *array = _cn_field_array (L, object, key);
  GPtrArray *out = g_ptr_array_new ();

  if (array != NULL)
    {
      _cn_loader_push_key (L, key);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *value;

          _cn_loader_push_index (L, i);
          value = node_string (L, json_array_get_element (array, i));
          if (value != NULL)
            g_ptr_array_add (out, g_strdup (value));
          _cn_loader_pop (L);
        }
      _cn_loader_pop (L);
    }

  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

/* Reads a list of ids and resolves each in @table; unknown ids are errors. */
void
_cn_field_references (CnCatalogLoader *L,
                      JsonObject      *object,
                      const char      *key,
                      GHashTable      *table,
                      const char      *what,
                      GPtrArray       *out)
{
  JsonArray *array = _cn_field_array (L, object, key);

  if (array == NULL)
    return;

  _cn_loader_push_key (L, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *id;
      gpointer target;

      _cn_loader_push_index (L, i);
      id = node_string (L, json_array_get_element (array, i));
      if (id != NULL)
        {
          target = g_hash_table_lookup (table, id);
          if (target == NULL)
            _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_BAD_REFERENCE, _("there is no %s with the id “%s”"), what, id);
          else if (g_ptr_array_find (out, target, NULL))
            _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_DUPLICATE_ID, _("“%s” is listed twice"), id);
          else
            g_ptr_array_add (out, target);
        }
      _cn_loader_pop (L);
    }
  _cn_loader_pop (L);
}

/* A benefit named by id in @key, or NULL (with a problem if it is unknown). */
CnBenefit *
_cn_field_benefit (CnCatalogLoader *L,
                   JsonObject      *object,
                   const char      *key)
{
  const char *id = _cn_field_string (L, object, key);
  CnBenefit *benefit;

  if (id == NULL)
    return NULL;
  benefit = g_hash_table_lookup (L->catalog->benefit_by_id, id);
  if (benefit == NULL)
    _cn_loader_problem (L, key, CN_CATALOG_ERROR_BAD_REFERENCE, _("there is no benefit with the id “%s”"), id);
  return benefit;
}

/* The networks a case-study entry names in "networks" (possibly none). */
GPtrArray *
_cn_field_networks (CnCatalogLoader *L,
                    JsonObject      *object)
{
  GPtrArray *networks = g_ptr_array_new ();

  _cn_field_references (L, object, "networks", L->catalog->network_by_id, _("network"), networks);
  return networks;
}

