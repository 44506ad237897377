/* cn-shortlist-file.c — reading, checking and writing a shortlist file
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The shortlist file on disk: read with a size bound, checked entry by
 * entry (with the line and column of the first problem), moved aside when
 * damaged, and written atomically. The object that uses them is in
 * cn-shortlist.c. */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cn-atomic-file.h"
#include "cn-catalog.h"
#include "cn-json-scan.h"
#include "cn-model-private.h"
#include "cn-shortlist-private.h"

char *
_cn_shortlist_file_name (GFile *file)
{
  char *name = g_file_get_path (file);

  return name != NULL ? name : g_file_get_uri (file);
}

/* A network id as the catalog writes them: short, lower-case ASCII. */
gboolean
_cn_shortlist_id_is_valid (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > 128)
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

static gint64
parse_time (JsonObject *object,
            const char *member)
{
  const char *text;
  g_autoptr(GDateTime) time = NULL;

  if (!json_object_has_member (object, member))
    return 0;
  text = json_node_get_string (json_object_get_member (object, member));
  if (text == NULL)
    return 0;
  time = g_date_time_new_from_iso8601 (text, NULL);
  return time != NULL ? g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time) : 0;
}

typedef struct
{
  char  *message;
} ScanFirst;

static gboolean
scan_first_problem (CnJsonScanProblem  problem,
                    guint              line,
                    guint              column,
                    const char        *path,
                    const char        *message,
                    gpointer           user_data)
{
  ScanFirst *first = user_data;

  first->message = g_strdup_printf ("%u:%u: %s", line, column, message);
  return FALSE;
}

static gboolean
fail_at (GError     **error,
         const char  *data,
         gsize        length,
         const char  *name,
         const char  *path,
         guint        index,
         const char  *key,
         const char  *message)
{
  /* entries[index].key, or the whole document when path is NULL. */
  CnJsonPathElement elements[3] = {
    { "entries", 0 },
    { NULL, index },
    { key, 0 },
  };
  guint n = path == NULL ? 0 : (key != NULL ? 3 : (index != G_MAXUINT ? 2 : 1));
  guint line = 0, column = 0;
  g_autofree char *where = NULL;

  if (n > 0 && cn_json_locate (data, length, elements, n, &line, &column))
    where = g_strdup_printf ("%s:%u:%u: %s", name, line, column, path);
  else
    where = g_strdup (name);

  g_set_error (error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_INVALID, "%s: %s", where, message);
  return FALSE;
}

/* Reads a shortlist document into @entries (id → Entry). Checks the file
 * the way a catalog is checked before json-glib sees it: valid UTF-8 with no
 * NUL, nesting at most 32 deep, no duplicate keys, texts under 256 KiB. */
gboolean
_cn_shortlist_parse_document (const char  *data,
                              gsize        length,
                              const char  *name,
                              GHashTable  *entries,
                              GError     **error)
{
  CnJsonLimits limits = { CN_CATALOG_MAX_DEPTH, CN_SHORTLIST_MAX_NOTE };
  ScanFirst first = { NULL };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonNode *version_node;
  JsonArray *array;
  gint64 version;

  if (length > CN_SHORTLIST_MAX_SIZE)
    {
      g_autofree char *message = _cn_file_too_large_message (length, CN_SHORTLIST_MAX_SIZE);

      return fail_at (error, data, length, name, NULL, 0, NULL, message);
    }
  if (!g_utf8_validate_len (data, length, NULL))
    return fail_at (error, data, length, name, NULL, 0, NULL, _("the file is not valid UTF-8 text"));

  if (!cn_json_scan (data, length, &limits, scan_first_problem, &first))
    {
      g_autofree char *message = first.message;

      g_set_error (error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_INVALID, "%s:%s",
                   name, message != NULL ? message : _("not valid JSON"));
      return FALSE;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    return fail_at (error, data, length, name, NULL, 0, NULL, parse_error->message);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail_at (error, data, length, name, NULL, 0, NULL, _("the file must hold one JSON object"));
  object = json_node_get_object (root);

  version_node = json_object_get_member (object, "schema_version");
  if (version_node == NULL || json_node_get_value_type (version_node) != G_TYPE_INT64)
    return fail_at (error, data, length, name, NULL, 0, NULL, _("“schema_version” is missing or not a number"));
  version = json_node_get_int (version_node);
  if (version > CN_SHORTLIST_SCHEMA_VERSION)
    {
      g_autofree char *format = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      g_set_error (error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_NEWER_VERSION,
                   /* Translators: the first %s is a file name, the second a format number */
                   _("%s: written by a newer version of Climate Networks (format %s; this version reads %d)"),
                   name, format, CN_SHORTLIST_SCHEMA_VERSION);
      return FALSE;
    }
  if (version < 1)
    return fail_at (error, data, length, name, NULL, 0, NULL, _("“schema_version” must be 1"));

  if (!json_object_has_member (object, "entries") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "entries")))
    return fail_at (error, data, length, name, "entries", G_MAXUINT, NULL, _("“entries” is missing or not a list"));
  array = json_object_get_array_member (object, "entries");

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *item;
      JsonNode *member;
      const char *id;
      Entry *entry;
      g_autofree char *path = g_strdup_printf ("entries[%u]", i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail_at (error, data, length, name, path, i, NULL, _("an entry must be an object"));
      item = json_node_get_object (node);

      member = json_object_get_member (item, "network");
      if (member == NULL || json_node_get_value_type (member) != G_TYPE_STRING)
        return fail_at (error, data, length, name, path, i, NULL, _("“network” is missing or not a text"));
      id = json_node_get_string (member);
      if (!_cn_shortlist_id_is_valid (id))
        return fail_at (error, data, length, name, path, i, "network", _("“network” is not a network id"));

      member = json_object_get_member (item, "starred");
      if (member != NULL && json_node_get_value_type (member) != G_TYPE_BOOLEAN)
        return fail_at (error, data, length, name, path, i, "starred", _("“starred” must be true or false"));

      entry = _cn_shortlist_entry_new (id);
      entry->starred = member != NULL && json_node_get_boolean (member);
      entry->starred_at = parse_time (item, "starred_at");
      entry->updated = parse_time (item, "updated");

      member = json_object_get_member (item, "note");
      if (member != NULL)
        {
          if (json_node_get_value_type (member) != G_TYPE_STRING)
            {
              _cn_shortlist_entry_free (entry);
              return fail_at (error, data, length, name, path, i, "note", _("“note” must be a text"));
            }
          g_free (entry->note);
          entry->note = g_strdup (json_node_get_string (member));
        }

      /* A repeated network: the later entry wins, as in the file's order. */
      g_hash_table_replace (entries, entry->id, entry);
    }

  return TRUE;
}

GBytes *
_cn_shortlist_read_bounded (GFile   *file,
                            GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = _cn_shortlist_file_name (file);
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("%s: this is not a regular file"), name);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > CN_SHORTLIST_MAX_SIZE)
    {
      g_autofree char *message = _cn_file_too_large_message (g_file_info_get_size (info), CN_SHORTLIST_MAX_SIZE);

      /* Translators: a file name, then what is wrong with it */
      g_set_error (error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_INVALID, _("%s: %s"), name, message);
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

/* Moves a damaged file aside as "shortlist.json.damaged-YYYYMMDD-HHMMSS" (with
 * a counter if that exists) and returns the new name, or NULL. */
char *
_cn_shortlist_move_aside (GFile   *file,
                          GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *name = i == 0 ? g_strdup_printf ("%s.damaged-%s", base, stamp)
                                     : g_strdup_printf ("%s.damaged-%s-%u", base, stamp, i);
      g_autoptr(GFile) target = g_file_get_child (parent, name);
      g_autoptr(GError) local_error = NULL;

      if (g_file_move (file, target, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, &local_error))
        return _cn_shortlist_file_name (target);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("too many damaged copies already"));
  return NULL;
}

/* Writes @file atomically: a temporary file in the same folder, flushed,
 * then renamed over the old one. */
gboolean
_cn_shortlist_write_atomically (GFile       *file,
                                const char  *contents,
                                GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *folder = NULL;

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("only local files can be written"));
      return FALSE;
    }
  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("%s: cannot create the folder: %s"),
                   folder, g_strerror (saved));
      return FALSE;
    }
  return cn_atomic_file_write (path, contents, strlen (contents), 0600, error);
}
