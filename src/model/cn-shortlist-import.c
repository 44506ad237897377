/* cn-shortlist-import.c — exporting a shortlist and merging one in
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Export writes the user's shortlist to a file of their choice; import
 * merges a colleague's exported file into it, keeping both sides' stars
 * and notes. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-shortlist-private.h"

gboolean
cn_shortlist_export (CnShortlist  *self,
                     GFile        *file,
                     GError      **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (CN_IS_SHORTLIST (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = cn_shortlist_to_json (self);
  return _cn_shortlist_write_atomically (file, json, error);
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

  name = _cn_shortlist_file_name (file);
  base = g_file_get_basename (file);
  bytes = _cn_shortlist_read_bounded (file, error);
  if (bytes == NULL)
    return FALSE;
  incoming = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, _cn_shortlist_entry_free);
  if (!_cn_shortlist_parse_document (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name, incoming,
                                     error))
    return FALSE;

  g_hash_table_iter_init (&iter, incoming);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Entry *theirs = value;
      Entry *ours = _cn_shortlist_lookup (self, theirs->id);
      gboolean touched = FALSE;

      if (ours == NULL)
        {
          if (!theirs->starred && theirs->note[0] == '\0')
            continue;
          ours = _cn_shortlist_ensure (self, theirs->id);
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
        _cn_shortlist_changed (self, ours);
    }

  if (n_added != NULL)
    *n_added = added;
  if (n_conflicts != NULL)
    *n_conflicts = conflicts;
  return TRUE;
}
