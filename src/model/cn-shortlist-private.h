/* cn-shortlist-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* What the files of the shortlist share: one entry, and the functions each
 * file lends the others. Only the cn-shortlist*.c files include this.
 *
 *   cn-shortlist.c         the object: load, stars and notes, save
 *   cn-shortlist-file.c    reading, checking and writing the file
 *   cn-shortlist-import.c  export, and merging an imported file in
 */

#include <gio/gio.h>

#include "cn-shortlist.h"

G_BEGIN_DECLS

typedef struct
{
  char     *id;
  gboolean  starred;
  gint64    starred_at;   /* microseconds since the epoch, for ordering */
  char     *note;         /* never NULL */
  gint64    updated;
} Entry;

/* cn-shortlist.c */
void      _cn_shortlist_entry_free       (gpointer      data);
Entry    *_cn_shortlist_entry_new        (const char   *id);
Entry    *_cn_shortlist_lookup           (CnShortlist  *self,
                                          const char   *id);
Entry    *_cn_shortlist_ensure           (CnShortlist  *self,
                                          const char   *id);
void      _cn_shortlist_changed          (CnShortlist  *self,
                                          Entry        *entry);

/* cn-shortlist-file.c */
char     *_cn_shortlist_file_name        (GFile        *file);
gboolean  _cn_shortlist_id_is_valid      (const char   *id);
gboolean  _cn_shortlist_parse_document   (const char   *data,
                                          gsize         length,
                                          const char   *name,
                                          GHashTable   *entries,
                                          GError      **error);
GBytes   *_cn_shortlist_read_bounded     (GFile        *file,
                                          GError      **error);
char     *_cn_shortlist_move_aside       (GFile        *file,
                                          GError      **error);
gboolean  _cn_shortlist_write_atomically (GFile        *file,
                                          const char   *contents,
                                          GError      **error);

G_END_DECLS
