/* cn-catalog.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The catalog loads and validates a dataset in one pass over json-glib's
 * tree, building the items as it goes. Every problem is collected (up to a
 * cap) with its JSON path; positions are looked up in the text only when
 * something is wrong, so a valid file pays nothing for them. */

#define G_LOG_DOMAIN "cn-catalog"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "cn-catalog.h"
#include "cn-json-scan.h"
#include "cn-model-private.h"
#include "cn-search-index.h"
#include "cn-uri.h"

#define BUNDLED_CATALOG_PATH "/io/github/climatenetworks/ClimateNetworks/data/catalog.json"
#define MIN_YEAR 1800
#define MAX_YEAR 2100

struct _CnCatalog
{
  GObject       parent_instance;

  char         *filename;
  GListStore   *networks;
  GListStore   *benefits;
  GListStore   *case_studies;
  GHashTable   *network_by_id;    /* borrowed keys and values */
  GHashTable   *benefit_by_id;
  GPtrArray    *themes;           /* CnTerm* owned */
  GPtrArray    *regions;
  CnText       *intro_title;
  CnText       *intro_body;
  GArray       *intro_sources;
  GPtrArray    *network_docs;     /* CnSearchDoc, by network position */
  CnSearchIndex *network_index;
  GPtrArray    *benefit_docs;
};

G_DEFINE_FINAL_TYPE (CnCatalog, cn_catalog, G_TYPE_OBJECT)

G_DEFINE_QUARK (cn-catalog-error-quark, cn_catalog_error)

/* Problems */

void
cn_catalog_problem_free (CnCatalogProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->file);
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * cn_catalog_problem_to_string:
 *
 * Returns: "FILE:LINE:COLUMN: PATH: message", the form compilers use, so
 *   editors can jump to it
 */
char *
cn_catalog_problem_to_string (const CnCatalogProblem *problem)
{
  GString *str = g_string_new (problem->file);

  if (problem->line > 0)
    g_string_append_printf (str, ":%u:%u", problem->line, problem->column);
  g_string_append (str, ": ");
  if (problem->path != NULL && problem->path[0] != '\0')
    g_string_append_printf (str, "%s: ", problem->path);
  g_string_append (str, problem->message);

  return g_string_free (str, FALSE);
}

/* Loader */

typedef struct
{
  CnCatalogProblem  *problem;
  CnJsonPathElement *path;       /* keys owned */
  guint              path_length;
} PendingProblem;

typedef struct
{
  CnNetwork *network;
  char      *successor_id;
  GArray    *path;               /* CnJsonPathElement, keys owned */
} SuccessorRef;

typedef struct
{
  const char     *data;
  gsize           length;
  const char     *filename;
  CnCatalogFlags  flags;
  GArray         *path;          /* CnJsonPathElement, keys borrowed from the tree */
  GPtrArray      *problems;      /* PendingProblem */
  gboolean        overflowed;
  gboolean        scan_fatal;    /* the scanner found more than duplicate keys */
  CnCatalog      *catalog;
  GHashTable     *theme_by_id;
  GHashTable     *region_by_id;
  GPtrArray      *successor_refs;
} Loader;

static void
pending_problem_free (gpointer data)
{
  PendingProblem *pending = data;

  for (guint i = 0; i < pending->path_length; i++)
    g_free ((char *) pending->path[i].key);
  g_free (pending->path);
  cn_catalog_problem_free (pending->problem);
  g_free (pending);
}

static void
successor_ref_free (gpointer data)
{
  SuccessorRef *ref = data;

  for (guint i = 0; i < ref->path->len; i++)
    g_free ((char *) g_array_index (ref->path, CnJsonPathElement, i).key);
  g_array_unref (ref->path);
  g_free (ref->successor_id);
  g_object_unref (ref->network);
  g_free (ref);
}

static GArray *
copy_path (Loader     *L,
           const char *extra_key)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (CnJsonPathElement), L->path->len + 1);

  for (guint i = 0; i < L->path->len; i++)
    {
      CnJsonPathElement e = g_array_index (L->path, CnJsonPathElement, i);
      e.key = g_strdup (e.key);
      g_array_append_val (copy, e);
    }
  if (extra_key != NULL)
    {
      CnJsonPathElement e = { g_strdup (extra_key), 0 };
      g_array_append_val (copy, e);
    }
  return copy;
}

static gboolean
add_problem_at (Loader         *L,
                GArray         *path,      /* owned */
                CnCatalogError  code,
                char           *message)   /* owned */
{
  PendingProblem *pending;

  if (L->problems->len >= CN_CATALOG_MAX_PROBLEMS)
    {
      L->overflowed = TRUE;
      for (guint i = 0; i < path->len; i++)
        g_free ((char *) g_array_index (path, CnJsonPathElement, i).key);
      g_array_unref (path);
      g_free (message);
      return FALSE;
    }

  pending = g_new0 (PendingProblem, 1);
  pending->problem = g_new0 (CnCatalogProblem, 1);
  pending->problem->code = code;
  pending->problem->file = g_strdup (L->filename);
  pending->problem->message = message;
  pending->path_length = path->len;
  pending->path = (CnJsonPathElement *) (gpointer) g_array_free (path, FALSE);
  pending->problem->path = cn_json_path_to_string (pending->path, pending->path_length);
  g_ptr_array_add (L->problems, pending);

  return TRUE;
}

G_GNUC_PRINTF (4, 5)
static void
problem (Loader         *L,
         const char     *extra_key,
         CnCatalogError  code,
         const char     *format,
         ...)
{
  va_list args;
  char *message;

  if (L->problems->len >= CN_CATALOG_MAX_PROBLEMS)
    {
      L->overflowed = TRUE;
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  add_problem_at (L, copy_path (L, extra_key), code, message);
}

static void
push_key (Loader     *L,
          const char *key)
{
  CnJsonPathElement e = { key, 0 };
  g_array_append_val (L->path, e);
}

static void
push_index (Loader *L,
            guint   index)
{
  CnJsonPathElement e = { NULL, index };
  g_array_append_val (L->path, e);
}

static void
pop (Loader *L)
{
  g_array_set_size (L->path, L->path->len - 1);
}

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

static void
wrong_type (Loader     *L,
            JsonNode   *node,
            const char *expected)
{
  problem (L, NULL, CN_CATALOG_ERROR_WRONG_TYPE,
           /* Translators: e.g. "expected a list, found a text" */
           _("expected %s, found %s"), expected, describe_node (node));
}

/* Checks an object's member names: unknown ones are typos (unless "x-"),
 * required ones must be there. */
static void
check_members (Loader             *L,
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
      problem (L, name, CN_CATALOG_ERROR_UNKNOWN_FIELD,
               _("unknown field “%s” (check the spelling; private extensions must start with “x-”)"), name);
    }

  for (guint i = 0; required[i] != NULL; i++)
    if (!json_object_has_member (object, required[i]))
      problem (L, NULL, CN_CATALOG_ERROR_MISSING_FIELD, _("the required field “%s” is missing"), required[i]);
}

static JsonObject *
member_object (Loader     *L,
               JsonObject *object,
               const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      push_key (L, key);
      wrong_type (L, node, _("an object"));
      pop (L);
      return NULL;
    }
  return json_node_get_object (node);
}

static JsonArray *
member_array (Loader     *L,
              JsonObject *object,
              const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      push_key (L, key);
      wrong_type (L, node, _("a list"));
      pop (L);
      return NULL;
    }
  return json_node_get_array (node);
}

typedef void (*ReadItemFunc) (Loader     *L,
                              JsonObject *item,
                              guint       position,
                              gpointer    user_data);

/* Calls @func for each object of the list @key of @object, with the path
 * pointing at it; other elements are type errors. */
static void
read_objects (Loader       *L,
              JsonObject   *object,
              const char   *key,
              ReadItemFunc  func,
              gpointer      user_data)
{
  JsonArray *array = member_array (L, object, key);

  if (array == NULL)
    return;

  push_key (L, key);
  for (guint i = 0; i < json_array_get_length (array) && !L->overflowed; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      push_index (L, i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        wrong_type (L, node, _("an object"));
      else
        func (L, json_node_get_object (node), i, user_data);
      pop (L);
    }
  pop (L);
}

static const char *
node_string (Loader   *L,
             JsonNode *node)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      wrong_type (L, node, _("a text"));
      return NULL;
    }
  value = json_node_get_string (node);
  if (is_blank (value))
    {
      problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE, _("the text is empty"));
      return NULL;
    }
  return value;
}

static const char *
member_string (Loader     *L,
               JsonObject *object,
               const char *key)
{
  JsonNode *node = json_object_get_member (object, key);
  const char *value;

  if (node == NULL)
    return NULL;
  push_key (L, key);
  value = node_string (L, node);
  pop (L);
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

static CnText *
member_text (Loader     *L,
             JsonObject *object,
             const char *key)
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

  push_key (L, key);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      wrong_type (L, node, _("a translated text ({\"en\": \"…\", \"he\": \"…\"})"));
      pop (L);
      return NULL;
    }

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &lang, &value_node))
    {
      const char *value;

      if (!is_language_code (lang))
        {
          problem (L, lang, CN_CATALOG_ERROR_INVALID_VALUE,
                   _("“%s” is not a language code (use “en”, “he”, “pt_BR”, …)"), lang);
          ok = FALSE;
          continue;
        }
      push_key (L, lang);
      value = node_string (L, value_node);
      pop (L);
      if (value == NULL)
        {
          ok = FALSE;
          continue;
        }
      if (n == G_N_ELEMENTS (langs))
        {
          problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE, _("a text has too many languages (at most %u)"),
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

  if (!has_en && ok)
    {
      problem (L, NULL, CN_CATALOG_ERROR_MISSING_TRANSLATION, _("the English text (“en”) is missing"));
      ok = FALSE;
    }
  if (!has_he && ok && (L->flags & CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS))
    {
      problem (L, NULL, CN_CATALOG_ERROR_MISSING_TRANSLATION, _("the Hebrew text (“he”) is missing"));
      ok = FALSE;
    }

  pop (L);

  return ok ? cn_text_new (n, langs, values) : NULL;
}

static int
member_year (Loader     *L,
             JsonObject *object,
             const char *key)
{
  JsonNode *node = json_object_get_member (object, key);
  gint64 year;

  if (node == NULL)
    return 0;

  push_key (L, key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      wrong_type (L, node, _("a year (a whole number)"));
      pop (L);
      return 0;
    }
  year = json_node_get_int (node);
  if (year < MIN_YEAR || year > MAX_YEAR)
    {
      problem (L, NULL, CN_CATALOG_ERROR_INVALID_VALUE,
               _("the year %lld is not plausible (expected %d to %d)"), (long long) year, MIN_YEAR, MAX_YEAR);
      year = 0;
    }
  pop (L);
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

static char *
member_date (Loader     *L,
             JsonObject *object,
             const char *key)
{
  const char *value = member_string (L, object, key);
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
      problem (L, key, CN_CATALOG_ERROR_INVALID_VALUE,
               _("“%s” is not a date in the form YYYY-MM-DD"), value);
      return NULL;
    }
  return g_strdup (value);
}

static char *
member_url (Loader     *L,
            JsonObject *object,
            const char *key)
{
  const char *value = member_string (L, object, key);

  if (value == NULL)
    return NULL;

  if (!cn_uri_is_safe (value) || g_ascii_strncasecmp (value, "mailto:", 7) == 0)
    {
      problem (L, key, CN_CATALOG_ERROR_UNSAFE_LINK,
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

static char *
member_id (Loader     *L,
           JsonObject *object,
           const char *key)
{
  const char *value = member_string (L, object, key);

  if (value == NULL)
    return NULL;
  if (!is_valid_id (value))
    {
      problem (L, key, CN_CATALOG_ERROR_INVALID_VALUE,
               _("“%s” is not a valid id (lower-case letters, digits and “-”, at most 64)"), value);
      return NULL;
    }
  return g_strdup (value);
}

typedef struct
{
  const char *name;
  int         value;
} EnumValue;

static int
member_enum (Loader          *L,
             JsonObject      *object,
             const char      *key,
             const EnumValue *values,
             int              fallback)
{
  const char *value = member_string (L, object, key);
  g_autoptr(GString) allowed = NULL;

  if (value == NULL)
    return fallback;

  for (guint i = 0; values[i].name != NULL; i++)
    if (strcmp (values[i].name, value) == 0)
      return values[i].value;

  allowed = g_string_new (NULL);
  for (guint i = 0; values[i].name != NULL; i++)
    g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "", values[i].name);
  problem (L, key, CN_CATALOG_ERROR_INVALID_VALUE, _("“%s” is not one of %s"), value, allowed->str);
  return fallback;
}

static void
read_sources (Loader     *L,
              JsonObject *object,
              GArray     *sources)
{
  static const char * const allowed[] = { "title", "url", NULL };
  JsonArray *array = member_array (L, object, "sources");

  if (array == NULL)
    return;

  push_key (L, "sources");
  if (json_array_get_length (array) == 0)
    problem (L, NULL, CN_CATALOG_ERROR_MISSING_FIELD, _("at least one source is needed"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      CnSource source = { NULL, NULL };
      const char *title;

      push_index (L, i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        wrong_type (L, node, _("a source ({\"title\": …, \"url\": …})"));
      else
        {
          JsonObject *obj = json_node_get_object (node);

          check_members (L, obj, allowed, allowed);
          title = member_string (L, obj, "title");
          source.url = member_url (L, obj, "url");
          if (title != NULL && source.url != NULL)
            {
              source.title = g_strdup (title);
              g_array_append_val (sources, source);
            }
          else
            g_free (source.url);
        }
      pop (L);
    }
  pop (L);
}

static char **
member_string_list (Loader     *L,
                    JsonObject *object,
                    const char *key)
{
  JsonArray *array = member_array (L, object, key);
  GPtrArray *out = g_ptr_array_new ();

  if (array != NULL)
    {
      push_key (L, key);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *value;

          push_index (L, i);
          value = node_string (L, json_array_get_element (array, i));
          if (value != NULL)
            g_ptr_array_add (out, g_strdup (value));
          pop (L);
        }
      pop (L);
    }

  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

/* Reads a list of ids and resolves each in @table; unknown ids are errors. */
static void
member_references (Loader     *L,
                   JsonObject *object,
                   const char *key,
                   GHashTable *table,
                   const char *what,
                   GPtrArray  *out)
{
  JsonArray *array = member_array (L, object, key);

  if (array == NULL)
    return;

  push_key (L, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *id;
      gpointer target;

      push_index (L, i);
      id = node_string (L, json_array_get_element (array, i));
      if (id != NULL)
        {
          target = g_hash_table_lookup (table, id);
          if (target == NULL)
            problem (L, NULL, CN_CATALOG_ERROR_BAD_REFERENCE, _("there is no %s with the id “%s”"), what, id);
          else if (g_ptr_array_find (out, target, NULL))
            problem (L, NULL, CN_CATALOG_ERROR_DUPLICATE_ID, _("“%s” is listed twice"), id);
          else
            g_ptr_array_add (out, target);
        }
      pop (L);
    }
  pop (L);
}

/* A benefit named by id in @key, or NULL (with a problem if it is unknown). */
static CnBenefit *
member_benefit (Loader     *L,
                JsonObject *object,
                const char *key)
{
  const char *id = member_string (L, object, key);
  CnBenefit *benefit;

  if (id == NULL)
    return NULL;
  benefit = g_hash_table_lookup (L->catalog->benefit_by_id, id);
  if (benefit == NULL)
    problem (L, key, CN_CATALOG_ERROR_BAD_REFERENCE, _("there is no benefit with the id “%s”"), id);
  return benefit;
}

/* The networks a case-study entry names in "networks" (possibly none). */
static GPtrArray *
member_networks (Loader     *L,
                 JsonObject *object)
{
  GPtrArray *networks = g_ptr_array_new ();

  member_references (L, object, "networks", L->catalog->network_by_id, _("network"), networks);
  return networks;
}

/* Sections of the document */

static void
read_vocabulary (Loader     *L,
                 JsonObject *vocabularies,
                 const char *key,
                 GPtrArray  *terms,
                 GHashTable *by_id)
{
  static const char * const allowed[] = { "id", "label", NULL };
  JsonArray *array = member_array (L, vocabularies, key);

  if (array == NULL)
    return;

  push_key (L, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      push_index (L, i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        wrong_type (L, node, _("an object"));
      else
        {
          JsonObject *obj = json_node_get_object (node);
          g_autofree char *id = NULL;
          CnText *label;

          check_members (L, obj, allowed, allowed);
          id = member_id (L, obj, "id");
          label = member_text (L, obj, "label");
          if (id != NULL && g_hash_table_contains (by_id, id))
            {
              problem (L, "id", CN_CATALOG_ERROR_DUPLICATE_ID, _("the id “%s” is used twice"), id);
              g_clear_pointer (&label, cn_text_free);
            }
          else if (id != NULL && label != NULL)
            {
              CnTerm *term = g_new0 (CnTerm, 1);

              term->id = g_steal_pointer (&id);
              term->label = label;
              g_ptr_array_add (terms, term);
              g_hash_table_insert (by_id, term->id, term);
            }
          else
            g_clear_pointer (&label, cn_text_free);
        }
      pop (L);
    }
  pop (L);
}

static void
read_introduction (Loader     *L,
                   JsonObject *root)
{
  static const char * const allowed[] = { "title", "body", "sources", "verified", NULL };
  static const char * const required[] = { "title", "body", "sources", NULL };
  JsonObject *obj = member_object (L, root, "introduction");
  g_autofree char *verified = NULL;

  if (obj == NULL)
    return;

  push_key (L, "introduction");
  check_members (L, obj, allowed, required);
  L->catalog->intro_title = member_text (L, obj, "title");
  L->catalog->intro_body = member_text (L, obj, "body");
  read_sources (L, obj, L->catalog->intro_sources);
  verified = member_date (L, obj, "verified");
  pop (L);
}

static void
read_benefit (Loader     *L,
              JsonObject *obj,
              guint       position,
              gpointer    user_data)
{
  static const char * const allowed[] = {
    "id", "title", "summary", "explanation", "in_practice", "sources", "verified", NULL
  };
  static const char * const required[] = {
    "id", "title", "summary", "explanation", "in_practice", "sources", "verified", NULL
  };
  g_autoptr(CnBenefit) benefit = g_object_new (CN_TYPE_BENEFIT, NULL);

  check_members (L, obj, allowed, required);
  benefit->position = position;
  benefit->id = member_id (L, obj, "id");
  benefit->title = member_text (L, obj, "title");
  benefit->summary = member_text (L, obj, "summary");
  benefit->explanation = member_text (L, obj, "explanation");
  benefit->in_practice = member_text (L, obj, "in_practice");
  read_sources (L, obj, benefit->sources);
  benefit->verified = member_date (L, obj, "verified");

  if (benefit->id == NULL || benefit->title == NULL)
    return;
  if (g_hash_table_contains (L->catalog->benefit_by_id, benefit->id))
    {
      problem (L, "id", CN_CATALOG_ERROR_DUPLICATE_ID, _("the id “%s” is used twice"), benefit->id);
      return;
    }

  g_hash_table_insert (L->catalog->benefit_by_id, benefit->id, benefit);
  g_list_store_append (L->catalog->benefits, benefit);
}

static const EnumValue kinds[] = {
  { "membership-network", CN_NETWORK_KIND_MEMBERSHIP_NETWORK },
  { "programme", CN_NETWORK_KIND_PROGRAMME },
  { "award", CN_NETWORK_KIND_AWARD },
  { "policy-framework", CN_NETWORK_KIND_POLICY_FRAMEWORK },
  { "intergovernmental-organisation", CN_NETWORK_KIND_INTERGOVERNMENTAL_ORGANISATION },
  { NULL, 0 }
};

static const EnumValue statuses[] = {
  { "active", CN_NETWORK_STATUS_ACTIVE },
  { "ended", CN_NETWORK_STATUS_ENDED },
  { "renamed", CN_NETWORK_STATUS_RENAMED },
  { "unconfirmed", CN_NETWORK_STATUS_UNCONFIRMED },
  { NULL, 0 }
};

static const EnumValue eligibilities[] = {
  { "yes", CN_ISRAEL_ELIGIBILITY_YES },
  { "no", CN_ISRAEL_ELIGIBILITY_NO },
  { "unclear", CN_ISRAEL_ELIGIBILITY_UNCLEAR },
  { NULL, 0 }
};

static void
read_programme (Loader     *L,
                JsonObject *p,
                guint       position,
                gpointer    user_data)
{
  static const char * const allowed[] = { "name", "year", "description", NULL };
  static const char * const required[] = { "name", "description", NULL };
  CnNetwork *network = user_data;
  CnProgramme programme = { 0 };

  check_members (L, p, allowed, required);
  programme.name = member_text (L, p, "name");
  programme.year = member_year (L, p, "year");
  programme.description = member_text (L, p, "description");
  if (programme.name != NULL && programme.description != NULL)
    g_array_append_val (network->programmes, programme);
  else
    {
      g_clear_pointer (&programme.name, cn_text_free);
      g_clear_pointer (&programme.description, cn_text_free);
    }
}

static void
read_benefit_link (Loader     *L,
                   JsonObject *b,
                   guint       position,
                   gpointer    user_data)
{
  static const char * const allowed[] = { "benefit", "example", NULL };
  CnNetwork *network = user_data;
  CnBenefitLink link = { 0 };

  check_members (L, b, allowed, allowed);
  link.benefit = member_benefit (L, b, "benefit");
  link.example = member_text (L, b, "example");
  for (guint j = 0; link.benefit != NULL && j < network->benefits->len; j++)
    if (g_array_index (network->benefits, CnBenefitLink, j).benefit == link.benefit)
      {
        problem (L, "benefit", CN_CATALOG_ERROR_DUPLICATE_ID, _("“%s” is listed twice"), link.benefit->id);
        link.benefit = NULL;
      }
  if (link.benefit != NULL && link.example != NULL)
    g_array_append_val (network->benefits, link);
  else
    g_clear_pointer (&link.example, cn_text_free);
}

static void
read_israel_entry (Loader     *L,
                   JsonObject *e,
                   guint       position,
                   gpointer    user_data)
{
  static const char * const allowed[] = { "text", "year", NULL };
  static const char * const required[] = { "text", NULL };
  CnNetwork *network = user_data;
  CnDatedText dated = { 0 };

  check_members (L, e, allowed, required);
  dated.text = member_text (L, e, "text");
  dated.year = member_year (L, e, "year");
  if (dated.text != NULL)
    g_array_append_val (network->israel, dated);
}

static void
read_network (Loader     *L,
              JsonObject *obj,
              guint       position,
              gpointer    user_data)
{
  static const char * const allowed[] = {
    "id", "name", "acronym", "aliases", "kind", "status", "status_year", "status_note", "successor",
    "founded", "founders", "secretariat", "summary", "description", "eligibility", "israel_eligibility",
    "cost", "commitments", "size", "themes", "regions", "programmes", "benefits", "israel", "unconfirmed",
    "website", "sources", "verified", NULL
  };
  static const char * const required[] = {
    "id", "name", "kind", "status", "summary", "description", "eligibility", "israel_eligibility",
    "themes", "regions", "website", "sources", "verified", NULL
  };
  g_autoptr(CnNetwork) network = g_object_new (CN_TYPE_NETWORK, NULL);
  JsonObject *sub;

  check_members (L, obj, allowed, required);

  network->id = member_id (L, obj, "id");
  network->name = member_text (L, obj, "name");
  network->acronym = g_strdup (member_string (L, obj, "acronym"));
  network->aliases = member_string_list (L, obj, "aliases");
  network->kind = member_enum (L, obj, "kind", kinds, CN_NETWORK_KIND_MEMBERSHIP_NETWORK);
  network->status = member_enum (L, obj, "status", statuses, CN_NETWORK_STATUS_ACTIVE);
  network->status_year = member_year (L, obj, "status_year");
  network->status_note = member_text (L, obj, "status_note");

  if ((sub = member_object (L, obj, "successor")))
    {
      static const char * const s_allowed[] = { "name", "website", "network", NULL };
      static const char * const s_required[] = { "name", NULL };
      const char *successor_id;

      push_key (L, "successor");
      check_members (L, sub, s_allowed, s_required);
      network->successor_name = member_text (L, sub, "name");
      network->successor_website = member_url (L, sub, "website");
      successor_id = member_string (L, sub, "network");
      if (successor_id != NULL)
        {
          SuccessorRef *ref = g_new0 (SuccessorRef, 1);

          /* A strong reference: the network is not stored when it has
           * problems, but resolve_successors() still writes to it. */
          ref->network = g_object_ref (network);
          ref->successor_id = g_strdup (successor_id);
          ref->path = copy_path (L, "network");
          g_ptr_array_add (L->successor_refs, ref);
        }
      pop (L);
    }

  network->founded = member_year (L, obj, "founded");
  network->founders = member_text (L, obj, "founders");
  network->secretariat = member_text (L, obj, "secretariat");
  network->summary = member_text (L, obj, "summary");
  network->description = member_text (L, obj, "description");
  network->eligibility = member_text (L, obj, "eligibility");

  if ((sub = member_object (L, obj, "israel_eligibility")))
    {
      static const char * const e_allowed[] = { "status", "note", NULL };
      static const char * const e_required[] = { "status", NULL };

      push_key (L, "israel_eligibility");
      check_members (L, sub, e_allowed, e_required);
      network->israel_eligibility = member_enum (L, sub, "status", eligibilities, CN_ISRAEL_ELIGIBILITY_UNCLEAR);
      network->israel_eligibility_note = member_text (L, sub, "note");
      pop (L);
    }

  network->cost = member_text (L, obj, "cost");
  network->commitments = member_text (L, obj, "commitments");

  if ((sub = member_object (L, obj, "size")))
    {
      static const char * const z_allowed[] = { "text", "year", NULL };
      static const char * const z_required[] = { "text", NULL };

      push_key (L, "size");
      check_members (L, sub, z_allowed, z_required);
      network->size = member_text (L, sub, "text");
      network->size_year = member_year (L, sub, "year");
      pop (L);
    }

  member_references (L, obj, "themes", L->theme_by_id, _("theme"), network->themes);
  member_references (L, obj, "regions", L->region_by_id, _("region"), network->regions);
  read_objects (L, obj, "programmes", read_programme, network);
  read_objects (L, obj, "benefits", read_benefit_link, network);
  read_objects (L, obj, "israel", read_israel_entry, network);
  network->unconfirmed = member_text (L, obj, "unconfirmed");
  network->website = member_url (L, obj, "website");
  read_sources (L, obj, network->sources);
  network->verified = member_date (L, obj, "verified");

  if (network->status == CN_NETWORK_STATUS_ENDED && network->status_year == 0 && network->id != NULL)
    problem (L, "status", CN_CATALOG_ERROR_MISSING_FIELD, _("an ended network needs “status_year”"));

  if (network->id == NULL || network->name == NULL || network->summary == NULL)
    return;
  if (g_hash_table_contains (L->catalog->network_by_id, network->id))
    {
      problem (L, "id", CN_CATALOG_ERROR_DUPLICATE_ID, _("the id “%s” is used twice"), network->id);
      return;
    }

  network->position = g_list_model_get_n_items (G_LIST_MODEL (L->catalog->networks));
  g_hash_table_insert (L->catalog->network_by_id, network->id, network);
  g_list_store_append (L->catalog->networks, network);
}

static void
resolve_successors (Loader *L)
{
  guint n_networks = g_list_model_get_n_items (G_LIST_MODEL (L->catalog->networks));

  for (guint i = 0; i < L->successor_refs->len; i++)
    {
      SuccessorRef *ref = g_ptr_array_index (L->successor_refs, i);
      CnNetwork *target = g_hash_table_lookup (L->catalog->network_by_id, ref->successor_id);

      if (target == NULL)
        add_problem_at (L, copy_path (&(Loader) { .path = ref->path }, NULL), CN_CATALOG_ERROR_BAD_REFERENCE,
                        g_strdup_printf (_("there is no network with the id “%s”"), ref->successor_id));
      else if (target == ref->network)
        add_problem_at (L, copy_path (&(Loader) { .path = ref->path }, NULL), CN_CATALOG_ERROR_REFERENCE_LOOP,
                        g_strdup (_("a network cannot be its own successor")));
      else
        ref->network->successor = target;
    }

  /* A chain of successors must end: walking more steps than there are
   * networks means it returns to itself. */
  for (guint i = 0; i < L->successor_refs->len; i++)
    {
      SuccessorRef *ref = g_ptr_array_index (L->successor_refs, i);
      CnNetwork *walk = ref->network->successor;
      guint steps = 0;

      while (walk != NULL && walk != ref->network && steps <= n_networks)
        {
          walk = walk->successor;
          steps++;
        }
      if (walk == ref->network)
        {
          add_problem_at (L, copy_path (&(Loader) { .path = ref->path }, NULL), CN_CATALOG_ERROR_REFERENCE_LOOP,
                          g_strdup_printf (_("the chain of successors starting at “%s” returns to itself"),
                                           ref->network->id));
          /* Break the loop so nothing walks it forever. */
          ref->network->successor = NULL;
        }
    }
}

static void
read_case_section (Loader     *L,
                   JsonObject *s,
                   guint       position,
                   gpointer    user_data)
{
  static const char * const allowed[] = { "id", "title", "body", "networks", NULL };
  static const char * const required[] = { "id", "title", "body", NULL };
  CnCaseStudy *study = user_data;
  CnCaseSection section = { 0 };

  check_members (L, s, allowed, required);
  section.id = member_id (L, s, "id");
  section.title = member_text (L, s, "title");
  section.body = member_text (L, s, "body");
  section.networks = member_networks (L, s);
  g_array_append_val (study->sections, section);
}

static void
read_achievement (Loader     *L,
                  JsonObject *a,
                  guint       position,
                  gpointer    user_data)
{
  static const char * const allowed[] = { "year", "title", "text", "benefit", "networks", NULL };
  static const char * const required[] = { "year", "title", "text", "benefit", NULL };
  CnCaseStudy *study = user_data;
  CnAchievement achievement = { 0 };

  check_members (L, a, allowed, required);
  achievement.year = member_year (L, a, "year");
  achievement.title = member_text (L, a, "title");
  achievement.text = member_text (L, a, "text");
  achievement.benefit = member_benefit (L, a, "benefit");
  achievement.networks = member_networks (L, a);
  g_array_append_val (study->achievements, achievement);
}

typedef struct
{
  CnCaseStudy *study;
  int          last_year;
} TimelineReader;

static void
read_timeline_event (Loader     *L,
                     JsonObject *e,
                     guint       position,
                     gpointer    user_data)
{
  static const char * const allowed[] = { "year", "event", "networks", NULL };
  static const char * const required[] = { "year", "event", NULL };
  TimelineReader *reader = user_data;
  CnCaseStudy *study = reader->study;
  CnTimelineEvent event = { 0 };

  check_members (L, e, allowed, required);
  event.year = member_year (L, e, "year");
  if (event.year != 0 && event.year < reader->last_year)
    problem (L, "year", CN_CATALOG_ERROR_INVALID_VALUE,
             _("the timeline must be in order of years (%d comes after %d)"), event.year, reader->last_year);
  reader->last_year = MAX (reader->last_year, event.year);
  event.event = member_text (L, e, "event");
  event.networks = member_networks (L, e);
  g_array_append_val (study->timeline, event);
}

static void
read_case_study (Loader     *L,
                 JsonObject *obj,
                 guint       position,
                 gpointer    user_data)
{
  static const char * const allowed[] = {
    "id", "title", "summary", "sections", "achievements", "timeline", "sources", "verified", NULL
  };
  static const char * const required[] = { "id", "title", "summary", "sections", "sources", "verified", NULL };
  g_autoptr(CnCaseStudy) study = g_object_new (CN_TYPE_CASE_STUDY, NULL);

  check_members (L, obj, allowed, required);
  study->id = member_id (L, obj, "id");
  study->title = member_text (L, obj, "title");
  study->summary = member_text (L, obj, "summary");

  read_objects (L, obj, "sections", read_case_section, study);
  read_objects (L, obj, "achievements", read_achievement, study);
  read_objects (L, obj, "timeline", read_timeline_event, &(TimelineReader) { study, 0 });

  read_sources (L, obj, study->sources);
  study->verified = member_date (L, obj, "verified");

  if (study->id != NULL && study->title != NULL)
    g_list_store_append (L->catalog->case_studies, study);
}

static void
read_document (Loader   *L,
               JsonNode *root_node)
{
  static const char * const allowed[] = {
    "schema_version", "vocabularies", "introduction", "benefits", "networks", "case_studies", NULL
  };
  static const char * const required[] = { "schema_version", "networks", NULL };
  JsonObject *root;
  JsonObject *vocabularies;
  JsonNode *version;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      wrong_type (L, root_node, _("an object at the top of the file"));
      return;
    }
  root = json_node_get_object (root_node);
  check_members (L, root, allowed, required);

  version = json_object_get_member (root, "schema_version");
  if (version != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
        {
          push_key (L, "schema_version");
          wrong_type (L, version, _("a whole number"));
          pop (L);
        }
      else if (json_node_get_int (version) != CN_CATALOG_SCHEMA_VERSION)
        {
          /* A different version means different rules: stop here rather
           * than report a flood of misleading problems. */
          problem (L, "schema_version", CN_CATALOG_ERROR_UNSUPPORTED_VERSION,
                   _("this app reads schema version %d, the file has version %lld"),
                   CN_CATALOG_SCHEMA_VERSION, (long long) json_node_get_int (version));
          return;
        }
    }

  if ((vocabularies = member_object (L, root, "vocabularies")))
    {
      static const char * const v_allowed[] = { "themes", "regions", NULL };

      push_key (L, "vocabularies");
      check_members (L, vocabularies, v_allowed, v_allowed);
      read_vocabulary (L, vocabularies, "themes", L->catalog->themes, L->theme_by_id);
      read_vocabulary (L, vocabularies, "regions", L->catalog->regions, L->region_by_id);
      pop (L);
    }

  read_introduction (L, root);
  read_objects (L, root, "benefits", read_benefit, NULL);
  read_objects (L, root, "networks", read_network, NULL);
  resolve_successors (L);
  read_objects (L, root, "case_studies", read_case_study, NULL);
}

/* Which networks deliver each benefit is stored once, on the networks;
 * the benefits' side is derived here. */
static void
link_deliveries (CnCatalog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->networks));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->networks), i);

      for (guint j = 0; j < network->benefits->len; j++)
        {
          CnBenefitLink *link = &g_array_index (network->benefits, CnBenefitLink, j);
          CnDelivery delivery = { network, link->example };

          g_array_append_val (link->benefit->deliveries, delivery);
        }
    }
}

/* A network's searchable texts, for a document or straight for the index:
 * both must see the same texts. */
typedef void (*AddSearchText) (gpointer      builder,
                               CnSearchTier  tier,
                               const char   *text);

static void
add_to_doc (gpointer      builder,
            CnSearchTier  tier,
            const char   *text)
{
  cn_search_doc_builder_add (builder, tier, text);
}

static void
add_to_index (gpointer      builder,
              CnSearchTier  tier,
              const char   *text)
{
  cn_search_index_builder_add_text (builder, tier, text);
}

static void
add_all_languages (const CnText  *text,
                   CnSearchTier   tier,
                   AddSearchText  add,
                   gpointer       builder)
{
  /* Every language, whatever the UI language: a Hebrew speaker may type the
   * English name and the reverse. */
  for (guint i = 0; text != NULL && i < cn_text_get_n_values (text); i++)
    add (builder, tier, cn_text_get_nth (text, i, NULL));
}

static void
network_add_search_texts (CnNetwork     *network,
                          AddSearchText  add,
                          gpointer       builder)
{
  add_all_languages (network->name, CN_SEARCH_PRIMARY, add, builder);
  add (builder, CN_SEARCH_PRIMARY, network->acronym);
  for (guint j = 0; network->aliases[j] != NULL; j++)
    add (builder, CN_SEARCH_PRIMARY, network->aliases[j]);

  add_all_languages (network->summary, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->description, CN_SEARCH_SECONDARY, add, builder);
  for (guint j = 0; j < network->themes->len; j++)
    add_all_languages (((CnTerm *) g_ptr_array_index (network->themes, j))->label, CN_SEARCH_SECONDARY, add, builder);
}

static CnSearchDoc *
network_search_doc_new (CnNetwork *network)
{
  CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

  network_add_search_texts (network, add_to_doc, builder);
  return cn_search_doc_builder_end (builder);
}

/* Work done in parts on several processors (parsing and indexing a large
 * catalog): part 0 on the calling thread, each other part on a thread of its
 * own, or on the calling thread when one cannot be started. */
#define MAX_PARTS 4

typedef struct
{
  GThreadFunc  func;
  char        *parts;      /* an array of n structs of part_size bytes */
  gsize        part_size;
  guint        n;
  GThread     *threads[MAX_PARTS];
} PartsRun;

/* As many parts as there are processors (at most MAX_PARTS), each of at
 * least @min_per_part of the @n_items. */
static guint
parts_count (guint n_items,
             guint min_per_part)
{
  return CLAMP (MIN (g_get_num_processors (), n_items / min_per_part), 1, MAX_PARTS);
}

/* Where part @p of @n_parts starts among @n_items (part @n_parts: the end). */
static inline guint
parts_bound (guint n_items,
             guint p,
             guint n_parts)
{
  return (guint) ((guint64) n_items * p / n_parts);
}

/* Starts parts 1 to @n - 1; the caller runs part 0. */
static void
parts_start (PartsRun    *run,
             const char  *name,
             GThreadFunc  func,
             gpointer     parts,
             gsize        part_size,
             guint        n)
{
  run->func = func;
  run->parts = parts;
  run->part_size = part_size;
  run->n = n;
  run->threads[0] = NULL;
  for (guint p = 1; p < n; p++)
    run->threads[p] = g_thread_try_new (name, func, run->parts + p * part_size, NULL);
}

/* Returns once part @p (1 or more) is done. */
static void
parts_finish (PartsRun *run,
              guint     p)
{
  if (run->threads[p] != NULL)
    g_thread_join (g_steal_pointer (&run->threads[p]));
  else
    run->func (run->parts + p * run->part_size);
}

/* Indexing the networks is most of the work of loading a large catalog,
 * and a network's words do not depend on the others': above this many
 * networks, parts of the list are indexed on more than one processor, and
 * the parts joined in order. */
#define INDEX_PART_MIN 250

typedef struct
{
  CnNetwork            **networks;
  guint                  n;
  CnSearchIndexBuilder  *builder;
} IndexPart;

static gpointer
index_part (gpointer data)
{
  IndexPart *part = data;

  part->builder = cn_search_index_builder_new ();
  for (guint i = 0; i < part->n; i++)
    {
      network_add_search_texts (part->networks[i], add_to_index, part->builder);
      cn_search_index_builder_end_record (part->builder);
    }
  return NULL;
}

static CnSearchIndex *
build_network_index (CnCatalog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->networks));
  g_autoptr(GPtrArray) networks = g_ptr_array_new_full (n, g_object_unref);
  guint n_parts = parts_count (n, INDEX_PART_MIN);
  IndexPart parts[MAX_PARTS];
  PartsRun run;
  CnSearchIndexBuilder *builder;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (networks, g_list_model_get_item (G_LIST_MODEL (self->networks), i));

  for (guint p = 0; p < n_parts; p++)
    {
      guint start = parts_bound (n, p, n_parts);

      /* No networks, no array (and no pointer arithmetic on NULL). */
      parts[p].networks = n > 0 ? (CnNetwork **) networks->pdata + start : NULL;
      parts[p].n = parts_bound (n, p + 1, n_parts) - start;
      parts[p].builder = NULL;
    }

  parts_start (&run, "cn-index", index_part, parts, sizeof parts[0], n_parts);
  index_part (&parts[0]);
  builder = parts[0].builder;
  for (guint p = 1; p < n_parts; p++)
    {
      parts_finish (&run, p);
      cn_search_index_builder_append (builder, parts[p].builder);
    }

  return cn_search_index_builder_end (builder);
}

static void
build_search_docs (CnCatalog *self)
{
  guint n;

  /* The networks' words go straight into the index, without documents:
   * kept, these would be the largest thing in memory (about the size of the
   * file), and the list searches through the index. The plain matcher
   * builds them when asked (cn_catalog_get_network_search_doc()). */
  self->network_index = build_network_index (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->benefits));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (G_LIST_MODEL (self->benefits), i);
      CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

      add_all_languages (benefit->title, CN_SEARCH_PRIMARY, add_to_doc, builder);
      add_all_languages (benefit->summary, CN_SEARCH_SECONDARY, add_to_doc, builder);
      add_all_languages (benefit->explanation, CN_SEARCH_SECONDARY, add_to_doc, builder);
      add_all_languages (benefit->in_practice, CN_SEARCH_SECONDARY, add_to_doc, builder);
      for (guint j = 0; j < benefit->deliveries->len; j++)
        {
          CnDelivery *delivery = &g_array_index (benefit->deliveries, CnDelivery, j);

          add_all_languages (delivery->network->name, CN_SEARCH_SECONDARY, add_to_doc, builder);
          cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, delivery->network->acronym);
          add_all_languages (delivery->example, CN_SEARCH_SECONDARY, add_to_doc, builder);
        }
      g_ptr_array_add (self->benefit_docs, cn_search_doc_builder_end (builder));
    }
}

typedef struct
{
  Loader *L;
} ScanContext;

static gboolean
scan_problem_cb (CnJsonScanProblem  kind,
                 guint              line,
                 guint              column,
                 const char        *path,
                 const char        *message,
                 gpointer           user_data)
{
  Loader *L = user_data;
  static const CnCatalogError codes[] = {
    [CN_JSON_SCAN_SYNTAX] = CN_CATALOG_ERROR_SYNTAX,
    [CN_JSON_SCAN_ENCODING] = CN_CATALOG_ERROR_ENCODING,
    [CN_JSON_SCAN_TOO_DEEP] = CN_CATALOG_ERROR_TOO_DEEP,
    [CN_JSON_SCAN_TOO_LONG] = CN_CATALOG_ERROR_TOO_LONG,
    [CN_JSON_SCAN_NUMBER_RANGE] = CN_CATALOG_ERROR_NUMBER_RANGE,
    [CN_JSON_SCAN_DUPLICATE_KEY] = CN_CATALOG_ERROR_DUPLICATE_KEY,
  };
  PendingProblem *pending;

  if (kind != CN_JSON_SCAN_DUPLICATE_KEY)
    L->scan_fatal = TRUE;

  if (L->problems->len >= CN_CATALOG_MAX_PROBLEMS)
    {
      L->overflowed = TRUE;
      return FALSE;
    }

  /* The scanner knows the position already. */
  pending = g_new0 (PendingProblem, 1);
  pending->problem = g_new0 (CnCatalogProblem, 1);
  pending->problem->code = codes[kind];
  pending->problem->file = g_strdup (L->filename);
  pending->problem->line = line;
  pending->problem->column = column;
  pending->problem->path = g_strdup (path);
  pending->problem->message = g_strdup (message);
  g_ptr_array_add (L->problems, pending);

  return TRUE;
}

static void
locate_problems (Loader *L)
{
  for (guint i = 0; i < L->problems->len; i++)
    {
      PendingProblem *pending = g_ptr_array_index (L->problems, i);
      guint line, column;

      /* A problem of the whole file (its size) has no place in it. */
      if (pending->problem->line != 0 || pending->path == NULL ||
          pending->problem->code == CN_CATALOG_ERROR_TOO_LARGE)
        continue;

      /* Try the full path, then its parents (a missing member has no place
       * of its own: point at the object that lacks it). */
      for (guint n = pending->path_length + 1; n-- > 0;)
        if (cn_json_locate (L->data, L->length, pending->path, n, &line, &column))
          {
            pending->problem->line = line;
            pending->problem->column = column;
            break;
          }
    }
}

static GPtrArray *
take_problems (Loader *L)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_catalog_problem_free);

  for (guint i = 0; i < L->problems->len; i++)
    {
      PendingProblem *pending = g_ptr_array_index (L->problems, i);
      g_ptr_array_add (out, g_steal_pointer (&pending->problem));
    }

  if (L->overflowed)
    {
      CnCatalogProblem *more = g_new0 (CnCatalogProblem, 1);

      more->code = ((CnCatalogProblem *) g_ptr_array_index (out, 0))->code;
      more->file = g_strdup (L->filename);
      more->path = g_strdup ("");
      more->message = g_strdup_printf (_("more problems were found; only the first %d are listed"),
                                       CN_CATALOG_MAX_PROBLEMS);
      g_ptr_array_add (out, more);
    }

  return out;
}

static void
set_error_from_problems (GPtrArray  *problems,
                         GError    **error)
{
  const CnCatalogProblem *first = g_ptr_array_index (problems, 0);
  g_autofree char *text = cn_catalog_problem_to_string (first);

  if (problems->len > 1)
    g_set_error (error, CN_CATALOG_ERROR, first->code,
                 g_dngettext (GETTEXT_PACKAGE, "%s (and %u more problem)", "%s (and %u more problems)",
                              problems->len - 1),
                 text, problems->len - 1);
  else
    g_set_error_literal (error, CN_CATALOG_ERROR, first->code, text);
}

/* From this size on, a file is parsed in parts on several processors, and
 * its tree freed in a thread of its own (see cn_catalog_new_from_bytes()). */
#define LARGE_TREE (1024 * 1024)
#define PARSE_PART_MIN 250    /* networks */

static gpointer
free_parsers_thread (gpointer parsers)
{
  g_ptr_array_unref (parsers);
  return NULL;
}

typedef struct
{
  char       *text;       /* "[" elements "]" */
  gsize       length;
  JsonParser *parser;
  GError     *error;
} ParsePart;

static gpointer
parse_part (gpointer data)
{
  ParsePart *part = data;

  part->parser = json_parser_new ();
  json_parser_load_from_data (part->parser, part->text, part->length, &part->error);
  g_clear_pointer (&part->text, g_free);
  return NULL;
}

/* json-glib's parser is the largest part of loading a large catalog, which
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
static JsonNode *
parse_in_parts (const char        *data,
                gsize              length,
                gsize              skip,
                const CnJsonSplit *split,
                GPtrArray         *parsers)
{
  guint n = split->starts->len;
  guint n_parts = parts_count (n, PARSE_PART_MIN);
  const gsize *starts = (const gsize *) (gpointer) split->starts->data;
  gsize close = split->array_end - 1;     /* the array's ']' */
  ParsePart parts[MAX_PARTS];
  PartsRun run;
  JsonParser *document;
  GString *text;
  JsonNode *root = NULL;
  JsonArray *array = NULL;

  if (n_parts < 2)
    return NULL;

  for (guint p = 0; p < n_parts; p++)
    {
      guint first = parts_bound (n, p, n_parts);
      guint next = parts_bound (n, p + 1, n_parts);
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

  parts_start (&run, "cn-parse", parse_part, parts, sizeof parts[0], n_parts);

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
    parts_finish (&run, p);

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

/**
 * cn_catalog_new_from_bytes:
 * @filename: the name used in messages
 * @problems: (out) (optional) (transfer full): every problem found, as
 *   #CnCatalogProblem, when loading fails
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error
 *   set to the first problem
 */
CnCatalog *
cn_catalog_new_from_bytes (GBytes          *bytes,
                           const char      *filename,
                           CnCatalogFlags   flags,
                           GPtrArray      **problems,
                           GError         **error)
{
  g_autoptr(CnCatalog) self = NULL;
  g_autoptr(GPtrArray) parsers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  CnJsonSplit split = { "networks", starts, 0, 0, FALSE };
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root = NULL;
  gsize max_size = (flags & CN_CATALOG_FLAGS_LARGE) ? CN_CATALOG_MAX_SIZE_LARGE : CN_CATALOG_MAX_SIZE;
  CnJsonLimits limits = { CN_CATALOG_MAX_DEPTH, CN_CATALOG_MAX_TEXT };
  Loader loader = { 0 };
  Loader *L = &loader;
  gsize length;
  gboolean scanned = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  if (problems != NULL)
    *problems = NULL;

  L->data = g_bytes_get_data (bytes, &length);
  L->length = length;
  L->filename = filename;
  L->flags = flags;
  L->path = g_array_new (FALSE, FALSE, sizeof (CnJsonPathElement));
  L->problems = g_ptr_array_new_with_free_func (pending_problem_free);
  L->theme_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  L->region_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  L->successor_refs = g_ptr_array_new_with_free_func (successor_ref_free);

  if (length > max_size)
    {
      problem (L, NULL, CN_CATALOG_ERROR_TOO_LARGE,
               _("the file is too large (%lu MiB; at most %lu MiB)"),
               (unsigned long) (length / (1024 * 1024)), (unsigned long) (max_size / (1024 * 1024)));
    }
  /* A document whose only flaws are duplicate keys was scanned to the end
   * and is well-formed: parse it too, so every other problem is listed. */
  else if ((scanned = cn_json_scan_split (L->data, L->length, &limits, &split, scan_problem_cb, L)) ||
           (!L->scan_fatal && !L->overflowed))
    {
      gsize skip = (length >= 3 && memcmp (L->data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;

      self = g_object_new (CN_TYPE_CATALOG, NULL);
      self->filename = g_strdup (filename);
      L->catalog = self;

      /* The scanner has checked syntax, depth and sizes, so json-glib's
       * recursive parser is safe here. */
      if (scanned && length >= LARGE_TREE && split.found)
        root = parse_in_parts (L->data, length, skip, &split, parsers);
      if (root == NULL)
        {
          JsonParser *parser = json_parser_new ();

          g_ptr_array_add (parsers, parser);
          if (json_parser_load_from_data (parser, L->data + skip, length - skip, &parse_error))
            root = json_parser_get_root (parser);
        }
      if (root == NULL)
        problem (L, NULL, CN_CATALOG_ERROR_SYNTAX, "%s", parse_error->message);
      else
        read_document (L, root);
    }

  if (L->problems->len > 0)
    {
      g_autoptr(GPtrArray) list = NULL;

      locate_problems (L);
      list = take_problems (L);
      set_error_from_problems (list, error);
      if (problems != NULL)
        *problems = g_steal_pointer (&list);
      g_clear_object (&self);
    }
  else
    {
      GThread *release = NULL;

      /* json-glib's tree is no longer needed, and freeing a large one takes
       * a fifth of its parse: do it on another processor while the index is
       * built, and wait for it before returning. */
      if (length >= LARGE_TREE)
        release = g_thread_try_new ("cn-free-tree", free_parsers_thread, g_steal_pointer (&parsers), NULL);
      link_deliveries (self);
      build_search_docs (self);
      if (release != NULL)
        g_thread_join (release);
    }

  g_array_unref (L->path);
  g_ptr_array_unref (L->problems);
  g_hash_table_unref (L->theme_by_id);
  g_hash_table_unref (L->region_by_id);
  g_ptr_array_unref (L->successor_refs);

  return g_steal_pointer (&self);
}

/* Reads @file, failing with CN_CATALOG_ERROR_TOO_LARGE past @max_size
 * bytes: the size known beforehand is 0 for a device such as /dev/zero,
 * and a file may grow while it is read. */
static GBytes *
load_at_most (GFile    *file,
              gsize     max_size,
              guint64   expected_size,
              GError  **error)
{
  const gsize chunk = 256 * 1024;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = NULL;
  gsize length = 0;

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;

  data = g_byte_array_sized_new (MIN (expected_size, max_size) + 1);
  for (;;)
    {
      gssize n;

      g_byte_array_set_size (data, length + chunk);
      n = g_input_stream_read (G_INPUT_STREAM (stream), data->data + length, chunk, NULL, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      length += n;
      if (length > max_size)
        {
          g_set_error (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_LARGE,
                       _("the file is too large (%lu MiB; at most %lu MiB)"),
                       (unsigned long) (length / (1024 * 1024)), (unsigned long) (max_size / (1024 * 1024)));
          return NULL;
        }
    }

  g_byte_array_set_size (data, length);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * cn_catalog_new_from_file:
 *
 * Like cn_catalog_new_from_bytes(), reading @file first. A file that cannot
 * be read is one problem with %CN_CATALOG_ERROR_IO.
 */
CnCatalog *
cn_catalog_new_from_file (GFile           *file,
                          CnCatalogFlags   flags,
                          GPtrArray      **problems,
                          GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  gsize max_size = (flags & CN_CATALOG_FLAGS_LARGE) ? CN_CATALOG_MAX_SIZE_LARGE : CN_CATALOG_MAX_SIZE;
  CnCatalogProblem *io_problem;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (problems != NULL)
    *problems = NULL;

  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);

  /* Check the size before reading, so a huge file is not loaded at all. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("this is a folder, not a file"));
  else if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    /* A FIFO would block the read until a writer comes. */
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("this is not a regular file"));
  else if (info != NULL && (guint64) g_file_info_get_size (info) > max_size)
    {
      /* Let the loader word the problem, from the size alone. */
      g_set_error (&local_error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_LARGE,
                   _("the file is too large (%lu MiB; at most %lu MiB)"),
                   (unsigned long) (g_file_info_get_size (info) / (1024 * 1024)),
                   (unsigned long) (max_size / (1024 * 1024)));
    }
  else if (info != NULL)
    bytes = load_at_most (file, max_size, (guint64) g_file_info_get_size (info), &local_error);

  if (bytes != NULL)
    return cn_catalog_new_from_bytes (bytes, name, flags, problems, error);

  io_problem = g_new0 (CnCatalogProblem, 1);
  io_problem->code = local_error->domain == CN_CATALOG_ERROR ? local_error->code : CN_CATALOG_ERROR_IO;
  io_problem->file = g_strdup (name);
  io_problem->path = g_strdup ("");
  io_problem->message = g_strdup (local_error->message);
  {
    g_autofree char *text = cn_catalog_problem_to_string (io_problem);
    g_set_error_literal (error, CN_CATALOG_ERROR, io_problem->code, text);
  }
  if (problems != NULL)
    {
      *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_catalog_problem_free);
      g_ptr_array_add (*problems, io_problem);
    }
  else
    cn_catalog_problem_free (io_problem);

  return NULL;
}

/**
 * cn_catalog_new_bundled:
 *
 * Returns: (transfer full): the dataset compiled into the program
 */
CnCatalog *
cn_catalog_new_bundled (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (BUNDLED_CATALOG_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;

  return cn_catalog_new_from_bytes (bytes, "catalog.json", CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, NULL, error);
}

/* GObject */

static void
term_free (gpointer data)
{
  CnTerm *term = data;

  g_free (term->id);
  cn_text_free (term->label);
  g_free (term);
}

static void
cn_catalog_finalize (GObject *object)
{
  CnCatalog *self = (CnCatalog *)object;

  /* Items hold borrowed pointers into each other; the stores go first,
   * the terms (borrowed by networks) last. */
  g_clear_pointer (&self->network_index, cn_search_index_free);
  g_clear_pointer (&self->network_docs, g_ptr_array_unref);
  g_clear_pointer (&self->benefit_docs, g_ptr_array_unref);
  g_clear_pointer (&self->network_by_id, g_hash_table_unref);
  g_clear_pointer (&self->benefit_by_id, g_hash_table_unref);
  g_clear_object (&self->case_studies);
  g_clear_object (&self->networks);
  g_clear_object (&self->benefits);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->intro_title, cn_text_free);
  g_clear_pointer (&self->intro_body, cn_text_free);
  g_clear_pointer (&self->intro_sources, g_array_unref);
  g_free (self->filename);

  G_OBJECT_CLASS (cn_catalog_parent_class)->finalize (object);
}

static void
cn_catalog_class_init (CnCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cn_catalog_finalize;
}

static void
cn_catalog_init (CnCatalog *self)
{
  self->networks = g_list_store_new (CN_TYPE_NETWORK);
  self->benefits = g_list_store_new (CN_TYPE_BENEFIT);
  self->case_studies = g_list_store_new (CN_TYPE_CASE_STUDY);
  self->network_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->benefit_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->themes = g_ptr_array_new_with_free_func (term_free);
  self->regions = g_ptr_array_new_with_free_func (term_free);
  self->intro_sources = _cn_source_array_new ();
  self->network_docs = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_search_doc_free);
  self->benefit_docs = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_search_doc_free);
}

/* Public accessors */

const char *
cn_catalog_get_filename (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return self->filename;
}

/**
 * cn_catalog_get_networks:
 *
 * Returns: (transfer none): a #GListModel of #CnNetwork, in file order
 */
GListModel *
cn_catalog_get_networks (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->networks);
}

GListModel *
cn_catalog_get_benefits (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->benefits);
}

GListModel *
cn_catalog_get_case_studies (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->case_studies);
}

CnNetwork *
cn_catalog_find_network (CnCatalog  *self,
                         const char *id)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return id ? g_hash_table_lookup (self->network_by_id, id) : NULL;
}

CnBenefit *
cn_catalog_find_benefit (CnCatalog  *self,
                         const char *id)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return id ? g_hash_table_lookup (self->benefit_by_id, id) : NULL;
}

CnCaseStudy *
cn_catalog_find_case_study (CnCatalog  *self,
                            const char *id)
{
  guint n;

  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->case_studies));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (G_LIST_MODEL (self->case_studies), i);

      if (g_strcmp0 (cn_case_study_get_id (study), id) == 0)
        return study;   /* the store keeps it alive */
    }
  return NULL;
}

const CnText *
cn_catalog_get_introduction_title (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return self->intro_title;
}

const CnText *
cn_catalog_get_introduction_body (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return self->intro_body;
}

const CnSource *
cn_catalog_get_introduction_sources (CnCatalog *self,
                                     guint     *n_sources)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  *n_sources = self->intro_sources->len;
  return (const CnSource *) (gpointer) self->intro_sources->data;
}

const CnSearchDoc *
cn_catalog_get_network_search_doc (CnCatalog *self,
                                   guint      position)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->networks)), NULL);

  /* Built again on first use: only the plain matcher needs them (tests,
   * benchmarks), the list uses the index. */
  if (self->network_docs->len == 0)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->networks));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->networks), i);
          g_ptr_array_add (self->network_docs, network_search_doc_new (network));
        }
    }
  return g_ptr_array_index (self->network_docs, position);
}

const CnSearchDoc *
cn_catalog_get_benefit_search_doc (CnCatalog *self,
                                   guint      position)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->benefit_docs->len, NULL);
  return g_ptr_array_index (self->benefit_docs, position);
}

/**
 * cn_catalog_search_networks:
 * @ranks: (array): one slot per network (by position), set to its rank for
 *   @query or %CN_SEARCH_NO_MATCH
 *
 * Matches every network against @query through the catalog's index: the
 * same answers as cn_search_doc_match() on each network's document.
 *
 * Returns: the number of matching networks
 */
guint
cn_catalog_search_networks (CnCatalog           *self,
                            const CnSearchQuery *query,
                            int                 *ranks)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), 0);
  g_return_val_if_fail (query != NULL, 0);

  return cn_search_index_query (self->network_index, query, ranks);
}
