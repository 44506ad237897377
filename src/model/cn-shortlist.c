/* cn-shortlist.c — the user's shortlist and notes, kept in one JSON file
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This is the only data the user writes, so it must never be lost:
 * - saves are atomic (a temporary file renamed over the old one), so a crash
 *   or a kill at any moment leaves either the old or the new file;
 * - a file that cannot be read is moved aside under a dated name and reported,
 *   never overwritten; if it cannot be moved, nothing is written over it;
 * - a file written by a newer version is left alone (read, but not written);
 * - when the folder is read-only, the notes stay in memory and the problem is
 *   reported, and the next save tries again;
 * - a note on a network that the dataset no longer has is kept as it is.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cn-atomic-file.h"
#include "cn-catalog.h"
#include "cn-json-scan.h"
#include "cn-shortlist.h"

/* Time to wait after the last change before saving. */
#define SAVE_DELAY_MS 800

typedef struct
{
  char     *id;
  gboolean  starred;
  gint64    starred_at;   /* microseconds since the epoch, for ordering */
  char     *note;         /* never NULL */
  gint64    updated;
} Entry;

struct _CnShortlist
{
  GObject     parent_instance;

  GFile      *file;
  GHashTable *entries;     /* id → Entry */
  char       *problem;
  guint       save_source;
  guint       dirty : 1;
  /* The file on disk must not be written: it is damaged and could not be
   * moved aside, or a newer version wrote it. */
  guint       read_only : 1;
};

G_DEFINE_FINAL_TYPE (CnShortlist, cn_shortlist, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROBLEM,
  PROP_READ_ONLY,
  PROP_DIRTY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (cn-shortlist-error-quark, cn_shortlist_error)

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->id);
  g_free (entry->note);
  g_free (entry);
}

static Entry *
entry_new (const char *id)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->id = g_strdup (id);
  entry->note = g_strdup ("");
  return entry;
}

static void
set_problem (CnShortlist *self,
             const char  *problem)
{
  if (g_strcmp0 (self->problem, problem) == 0)
    return;
  g_free (self->problem);
  /* Not logged here: the window shows it, and logs it. */
  self->problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

static void
set_read_only (CnShortlist *self,
               gboolean     read_only)
{
  if (self->read_only == !!read_only)
    return;
  self->read_only = !!read_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

/* Notified, so that a "Saved" line can follow the file. */
static void
set_dirty (CnShortlist *self,
           gboolean     dirty)
{
  if (self->dirty == !!dirty)
    return;
  self->dirty = !!dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static char *
file_name (GFile *file)
{
  char *name = g_file_get_path (file);

  return name != NULL ? name : g_file_get_uri (file);
}

/* A network id as the catalog writes them: short, lower-case ASCII. */
static gboolean
id_is_valid (const char *id)
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
static gboolean
parse_document (const char  *data,
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
    return fail_at (error, data, length, name, NULL, 0, NULL, _("the file is too large"));
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
      if (!id_is_valid (id))
        return fail_at (error, data, length, name, path, i, "network", _("“network” is not a network id"));

      member = json_object_get_member (item, "starred");
      if (member != NULL && json_node_get_value_type (member) != G_TYPE_BOOLEAN)
        return fail_at (error, data, length, name, path, i, "starred", _("“starred” must be true or false"));

      entry = entry_new (id);
      entry->starred = member != NULL && json_node_get_boolean (member);
      entry->starred_at = parse_time (item, "starred_at");
      entry->updated = parse_time (item, "updated");

      member = json_object_get_member (item, "note");
      if (member != NULL)
        {
          if (json_node_get_value_type (member) != G_TYPE_STRING)
            {
              entry_free (entry);
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

static GBytes *
read_bounded (GFile   *file,
              GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = file_name (file);
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
      g_set_error (error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_INVALID,
                   _("%s: the file is too large (%lu MiB; at most %lu MiB)"), name,
                   (unsigned long) (g_file_info_get_size (info) / (1024 * 1024)),
                   (unsigned long) (CN_SHORTLIST_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

static void
cn_shortlist_finalize (GObject *object)
{
  CnShortlist *self = CN_SHORTLIST (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_object (&self->file);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (cn_shortlist_parent_class)->finalize (object);
}

static void
cn_shortlist_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CnShortlist *self = CN_SHORTLIST (object);

  switch (prop_id)
    {
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_shortlist_class_init (CnShortlistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cn_shortlist_finalize;
  object_class->get_property = cn_shortlist_get_property;

  /* The last problem with the file, for the window to show; NULL when all is well. */
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* TRUE when the file on disk is kept as it is and changes stay in memory. */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* TRUE from a change until it is written to the file. */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A network's star or note changed; the argument is its id. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                   G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
cn_shortlist_init (CnShortlist *self)
{
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
}

/* $XDG_DATA_HOME/climate-networks/shortlist.json */
GFile *
cn_shortlist_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), GETTEXT_PACKAGE, "shortlist.json", NULL);

  return g_file_new_for_path (path);
}

CnShortlist *
cn_shortlist_new (GFile *file)
{
  CnShortlist *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (CN_TYPE_SHORTLIST, NULL);
  self->file = g_object_ref (file);
  return self;
}

GFile *
cn_shortlist_get_file (CnShortlist *self)
{
  g_return_val_if_fail (CN_IS_SHORTLIST (self), NULL);
  return self->file;
}

const char *
cn_shortlist_get_problem (CnShortlist *self)
{
  g_return_val_if_fail (CN_IS_SHORTLIST (self), NULL);
  return self->problem;
}

gboolean
cn_shortlist_get_read_only (CnShortlist *self)
{
  g_return_val_if_fail (CN_IS_SHORTLIST (self), FALSE);
  return self->read_only;
}

gboolean
cn_shortlist_get_dirty (CnShortlist *self)
{
  g_return_val_if_fail (CN_IS_SHORTLIST (self), FALSE);
  return self->dirty;
}

/* Moves a damaged file aside as "shortlist.json.damaged-YYYYMMDD-HHMMSS" (with
 * a counter if that exists) and returns the new name, or NULL. */
static char *
move_aside (GFile   *file,
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
        return file_name (target);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("too many damaged copies already"));
  return NULL;
}

/**
 * cn_shortlist_load:
 *
 * Reads the file. A missing file is an empty shortlist. Returns FALSE (with
 * @error, and the same text as the "problem" property) when the file could
 * not be used; the shortlist is then empty, and the file is either moved
 * aside or, if that failed, protected from being written over.
 */
gboolean
cn_shortlist_load (CnShortlist  *self,
                   GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autofree char *name = NULL;
  g_autofree char *moved = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autofree char *problem = NULL;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), FALSE);

  name = file_name (self->file);
  g_hash_table_remove_all (self->entries);
  set_read_only (self, FALSE);
  set_problem (self, NULL);

  bytes = read_bounded (self->file, &local_error);
  /* No file (or no folder) yet: an empty shortlist. */
  if (bytes == NULL && (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
                        g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY)))
    return TRUE;

  entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  if (bytes != NULL &&
      parse_document (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name, entries, &local_error))
    {
      g_hash_table_unref (self->entries);
      self->entries = g_steal_pointer (&entries);
      set_dirty (self, FALSE);
      return TRUE;
    }

  if (g_error_matches (local_error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_NEWER_VERSION))
    {
      set_read_only (self, TRUE);
      problem = g_strdup_printf (_("Your shortlist was not opened: %s. It is kept as it is; changes made now "
                                   "are not saved."), local_error->message);
    }
  else if (bytes == NULL && !g_error_matches (local_error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_INVALID) &&
           !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    {
      /* Unreadable (permissions, I/O): do not touch it. */
      set_read_only (self, TRUE);
      problem = g_strdup_printf (_("Your shortlist could not be read (%s: %s). It is kept as it is; changes "
                                   "made now are not saved."), name, local_error->message);
    }
  else if ((moved = move_aside (self->file, &move_error)) != NULL)
    problem = g_strdup_printf (_("Your shortlist file was damaged (%s). It was moved to %s, and a new "
                                 "shortlist was started."), local_error->message, moved);
  else
    {
      set_read_only (self, TRUE);
      problem = g_strdup_printf (_("Your shortlist file is damaged (%s) and could not be moved aside (%s). "
                                   "It is kept as it is; changes made now are not saved."),
                                 local_error->message, move_error->message);
    }

  set_problem (self, problem);
  g_set_error_literal (error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_INVALID, problem);
  return FALSE;
}

static Entry *
lookup (CnShortlist *self,
        const char  *id)
{
  return g_hash_table_lookup (self->entries, id);
}

static Entry *
ensure (CnShortlist *self,
        const char  *id)
{
  Entry *entry = lookup (self, id);

  if (entry == NULL)
    {
      entry = entry_new (id);
      g_hash_table_insert (self->entries, entry->id, entry);
    }
  return entry;
}

static void
changed (CnShortlist *self,
         Entry       *entry)
{
  g_autofree char *id = g_strdup (entry->id);

  entry->updated = g_get_real_time ();
  /* An entry with no star and no note says nothing: drop it. */
  if (!entry->starred && entry->note[0] == '\0')
    g_hash_table_remove (self->entries, id);
  set_dirty (self, TRUE);
  g_signal_emit (self, signals[CHANGED], 0, id);
  cn_shortlist_schedule_save (self);
}

gboolean
cn_shortlist_is_starred (CnShortlist *self,
                         const char  *network_id)
{
  Entry *entry;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), FALSE);
  g_return_val_if_fail (network_id != NULL, FALSE);

  entry = lookup (self, network_id);
  return entry != NULL && entry->starred;
}

void
cn_shortlist_set_starred (CnShortlist *self,
                          const char  *network_id,
                          gboolean     starred)
{
  Entry *entry;

  g_return_if_fail (CN_IS_SHORTLIST (self));
  g_return_if_fail (network_id != NULL && id_is_valid (network_id));

  if (cn_shortlist_is_starred (self, network_id) == !!starred)
    return;
  entry = ensure (self, network_id);
  entry->starred = !!starred;
  entry->starred_at = starred ? g_get_real_time () : 0;
  changed (self, entry);
}

const char *
cn_shortlist_get_note (CnShortlist *self,
                       const char  *network_id)
{
  Entry *entry;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), "");
  g_return_val_if_fail (network_id != NULL, "");

  entry = lookup (self, network_id);
  return entry != NULL ? entry->note : "";
}

void
cn_shortlist_set_note (CnShortlist *self,
                       const char  *network_id,
                       const char  *note)
{
  Entry *entry;

  g_return_if_fail (CN_IS_SHORTLIST (self));
  g_return_if_fail (network_id != NULL && id_is_valid (network_id));

  if (note == NULL)
    note = "";
  if (g_strcmp0 (cn_shortlist_get_note (self, network_id), note) == 0)
    return;
  entry = ensure (self, network_id);
  g_free (entry->note);
  entry->note = g_strdup (note);
  changed (self, entry);
}

static int
compare_starred (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = *(const Entry **) a;
  const Entry *y = *(const Entry **) b;

  if (x->starred_at != y->starred_at)
    return x->starred_at < y->starred_at ? -1 : 1;
  return strcmp (x->id, y->id);
}

/* Entries in a stable order: by when they were starred, then by id. */
static GPtrArray *
sorted_entries (CnShortlist *self)
{
  GPtrArray *array = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (array, value);
  g_ptr_array_sort (array, compare_starred);
  return array;
}

static char **
dup_ids (CnShortlist *self,
         gboolean     starred)
{
  g_autoptr(GPtrArray) array = sorted_entries (self);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **ids;

  for (guint i = 0; i < array->len; i++)
    {
      Entry *entry = g_ptr_array_index (array, i);

      if (starred ? entry->starred : entry->note[0] != '\0')
        g_strv_builder_add (builder, entry->id);
    }
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

/* The starred networks, in the order they were starred. */
char **
cn_shortlist_dup_starred (CnShortlist *self)
{
  g_return_val_if_fail (CN_IS_SHORTLIST (self), NULL);
  return dup_ids (self, TRUE);
}

/* The networks with a note, starred or not. */
char **
cn_shortlist_dup_noted (CnShortlist *self)
{
  g_return_val_if_fail (CN_IS_SHORTLIST (self), NULL);
  return dup_ids (self, FALSE);
}

guint
cn_shortlist_get_n_starred (CnShortlist *self)
{
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), 0);
  ids = dup_ids (self, TRUE);
  return g_strv_length (ids);
}

static void
add_time (JsonBuilder *builder,
          const char  *member,
          gint64       usec)
{
  g_autoptr(GDateTime) seconds = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *text = NULL;

  if (usec <= 0)
    return;
  /* With microseconds, so that the starring order survives a restart. */
  seconds = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  time = g_date_time_add (seconds, usec % G_USEC_PER_SEC);
  text = g_date_time_format_iso8601 (time);
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

char *
cn_shortlist_to_json (CnShortlist *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) array = NULL;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), NULL);

  array = sorted_entries (self);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema_version");
  json_builder_add_int_value (builder, CN_SHORTLIST_SCHEMA_VERSION);
  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  for (guint i = 0; i < array->len; i++)
    {
      Entry *entry = g_ptr_array_index (array, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "network");
      json_builder_add_string_value (builder, entry->id);
      json_builder_set_member_name (builder, "starred");
      json_builder_add_boolean_value (builder, entry->starred);
      add_time (builder, "starred_at", entry->starred_at);
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, entry->note);
      add_time (builder, "updated", entry->updated);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Writes @file atomically: a temporary file in the same folder, flushed,
 * then renamed over the old one. */
static gboolean
write_atomically (GFile       *file,
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

gboolean
cn_shortlist_save (CnShortlist  *self,
                   GError      **error)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->read_only)
    {
      g_set_error_literal (error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_READ_ONLY,
                           self->problem != NULL ? self->problem : _("the shortlist file is kept as it is"));
      return FALSE;
    }

  json = cn_shortlist_to_json (self);
  if (!write_atomically (self->file, json, &local_error))
    {
      g_autofree char *name = file_name (self->file);
      g_autofree char *problem =
        g_strdup_printf (_("Your shortlist could not be saved to %s: %s. Your notes are kept while the app "
                           "is open; it will try again."), name, local_error->message);

      set_problem (self, problem);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  set_dirty (self, FALSE);
  set_problem (self, NULL);
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  CnShortlist *self = user_data;

  self->save_source = 0;
  cn_shortlist_save (self, NULL);
  return G_SOURCE_REMOVE;
}

/* Saves after a short pause, so typing a note writes once, not per key. */
void
cn_shortlist_schedule_save (CnShortlist *self)
{
  g_return_if_fail (CN_IS_SHORTLIST (self));

  if (self->read_only)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

/* Saves now if anything is waiting (on close). */
gboolean
cn_shortlist_flush (CnShortlist *self)
{
  g_return_val_if_fail (CN_IS_SHORTLIST (self), FALSE);

  if (!self->dirty)
    {
      g_clear_handle_id (&self->save_source, g_source_remove);
      return TRUE;
    }
  return cn_shortlist_save (self, NULL);
}

gboolean
cn_shortlist_export (CnShortlist  *self,
                     GFile        *file,
                     GError      **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = cn_shortlist_to_json (self);
  return write_atomically (file, json, error);
}

/**
 * cn_shortlist_import:
 *
 * Merges a colleague's exported shortlist: a star on either side stays; a
 * note only one side has is taken; two different notes are both kept, the
 * imported one after a line naming the file it came from (@n_conflicts).
 */
gboolean
cn_shortlist_import (CnShortlist  *self,
                     GFile        *file,
                     guint        *n_added,
                     guint        *n_conflicts,
                     GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) incoming = NULL;
  g_autofree char *name = NULL;
  g_autofree char *base = NULL;
  GHashTableIter iter;
  gpointer value;
  guint added = 0, conflicts = 0;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = file_name (file);
  base = g_file_get_basename (file);
  bytes = read_bounded (file, error);
  if (bytes == NULL)
    return FALSE;
  incoming = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  if (!parse_document (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name, incoming, error))
    return FALSE;

  g_hash_table_iter_init (&iter, incoming);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Entry *theirs = value;
      Entry *ours = lookup (self, theirs->id);
      gboolean touched = FALSE;

      if (ours == NULL)
        {
          if (!theirs->starred && theirs->note[0] == '\0')
            continue;
          ours = ensure (self, theirs->id);
          added++;
        }
      if (theirs->starred && !ours->starred)
        {
          ours->starred = TRUE;
          ours->starred_at = theirs->starred_at > 0 ? theirs->starred_at : g_get_real_time ();
          touched = TRUE;
        }
      if (theirs->note[0] != '\0' && strcmp (ours->note, theirs->note) != 0)
        {
          char *merged;

          if (ours->note[0] == '\0')
            merged = g_strdup (theirs->note);
          else if (strstr (ours->note, theirs->note) != NULL)
            merged = NULL;     /* already merged once */
          else
            {
              /* Translators: a line separating a note from the one imported from a file */
              g_autofree char *line = g_strdup_printf (_("— Imported from %s —"), base);

              merged = g_strdup_printf ("%s\n\n%s\n%s", ours->note, line, theirs->note);
              conflicts++;
            }
          if (merged != NULL)
            {
              g_free (ours->note);
              ours->note = merged;
              touched = TRUE;
            }
        }
      if (touched)
        changed (self, ours);
    }

  if (n_added != NULL)
    *n_added = added;
  if (n_conflicts != NULL)
    *n_conflicts = conflicts;
  return TRUE;
}
