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
 *
 * This file holds the object: loading (and what to do with a file that
 * cannot be used), stars and notes, and saving. Reading, checking and
 * writing the file are in cn-shortlist-file.c; import and export in
 * cn-shortlist-import.c.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cn-shortlist-private.h"

/* Time to wait after the last change before saving. */
#define SAVE_DELAY_MS 800

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

void
_cn_shortlist_entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->id);
  g_free (entry->note);
  g_free (entry);
}

Entry *
_cn_shortlist_entry_new (const char *id)
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
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, _cn_shortlist_entry_free);
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

  name = _cn_shortlist_file_name (self->file);
  g_hash_table_remove_all (self->entries);
  set_read_only (self, FALSE);
  set_problem (self, NULL);

  bytes = _cn_shortlist_read_bounded (self->file, &local_error);
  /* No file (or no folder) yet: an empty shortlist. */
  if (bytes == NULL && (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
                        g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY)))
    return TRUE;

  entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, _cn_shortlist_entry_free);
  if (bytes != NULL &&
      _cn_shortlist_parse_document (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name, entries, &local_error))
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
  else if ((moved = _cn_shortlist_move_aside (self->file, &move_error)) != NULL)
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

Entry *
_cn_shortlist_lookup (CnShortlist *self,
                      const char  *id)
{
  return g_hash_table_lookup (self->entries, id);
}

Entry *
_cn_shortlist_ensure (CnShortlist *self,
                      const char  *id)
{
  Entry *entry = _cn_shortlist_lookup (self, id);

  if (entry == NULL)
    {
      entry = _cn_shortlist_entry_new (id);
      g_hash_table_insert (self->entries, entry->id, entry);
    }
  return entry;
}

void
_cn_shortlist_changed (CnShortlist *self,
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

  entry = _cn_shortlist_lookup (self, network_id);
  return entry != NULL && entry->starred;
}

void
cn_shortlist_set_starred (CnShortlist *self,
                          const char  *network_id,
                          gboolean     starred)
{
  Entry *entry;

  g_return_if_fail (CN_IS_SHORTLIST (self));
  g_return_if_fail (network_id != NULL && _cn_shortlist_id_is_valid (network_id));

  if (cn_shortlist_is_starred (self, network_id) == !!starred)
    return;
  entry = _cn_shortlist_ensure (self, network_id);
  entry->starred = !!starred;
  entry->starred_at = starred ? g_get_real_time () : 0;
  _cn_shortlist_changed (self, entry);
}

const char *
cn_shortlist_get_note (CnShortlist *self,
                       const char  *network_id)
{
  Entry *entry;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), "");
  g_return_val_if_fail (network_id != NULL, "");

  entry = _cn_shortlist_lookup (self, network_id);
  return entry != NULL ? entry->note : "";
}

void
cn_shortlist_set_note (CnShortlist *self,
                       const char  *network_id,
                       const char  *note)
{
  Entry *entry;

  g_return_if_fail (CN_IS_SHORTLIST (self));
  g_return_if_fail (network_id != NULL && _cn_shortlist_id_is_valid (network_id));

  if (note == NULL)
    note = "";
  if (g_strcmp0 (cn_shortlist_get_note (self, network_id), note) == 0)
    return;
  entry = _cn_shortlist_ensure (self, network_id);
  g_free (entry->note);
  entry->note = g_strdup (note);
  _cn_shortlist_changed (self, entry);
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
  if (!_cn_shortlist_write_atomically (self->file, json, &local_error))
    {
      g_autofree char *name = _cn_shortlist_file_name (self->file);
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
