/* cn-shortlist.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CN_SHORTLIST_SCHEMA_VERSION 1
/* The same bounds as a catalog the app did not write. */
#define CN_SHORTLIST_MAX_SIZE       (64 * 1024 * 1024)
#define CN_SHORTLIST_MAX_NOTE       (256 * 1024)

#define CN_SHORTLIST_ERROR (cn_shortlist_error_quark ())

typedef enum
{
  CN_SHORTLIST_ERROR_INVALID,
  CN_SHORTLIST_ERROR_NEWER_VERSION,
  CN_SHORTLIST_ERROR_READ_ONLY,
} CnShortlistError;

#define CN_TYPE_SHORTLIST (cn_shortlist_get_type ())

G_DECLARE_FINAL_TYPE (CnShortlist, cn_shortlist, CN, SHORTLIST, GObject)

GQuark       cn_shortlist_error_quark        (void);
GFile       *cn_shortlist_default_file       (void);
CnShortlist *cn_shortlist_new                (GFile        *file);
GFile       *cn_shortlist_get_file           (CnShortlist  *self);
gboolean     cn_shortlist_load               (CnShortlist  *self,
                                              GError      **error);
const char  *cn_shortlist_get_problem        (CnShortlist  *self);
gboolean     cn_shortlist_get_read_only      (CnShortlist  *self);

gboolean     cn_shortlist_is_starred         (CnShortlist  *self,
                                              const char   *network_id);
void         cn_shortlist_set_starred        (CnShortlist  *self,
                                              const char   *network_id,
                                              gboolean      starred);
const char  *cn_shortlist_get_note           (CnShortlist  *self,
                                              const char   *network_id);
void         cn_shortlist_set_note           (CnShortlist  *self,
                                              const char   *network_id,
                                              const char   *note);
char       **cn_shortlist_dup_starred        (CnShortlist  *self);
char       **cn_shortlist_dup_noted          (CnShortlist  *self);
guint        cn_shortlist_get_n_starred      (CnShortlist  *self);

gboolean     cn_shortlist_save               (CnShortlist  *self,
                                              GError      **error);
void         cn_shortlist_schedule_save      (CnShortlist  *self);
gboolean     cn_shortlist_flush              (CnShortlist  *self);
gboolean     cn_shortlist_get_dirty          (CnShortlist  *self);

char        *cn_shortlist_to_json            (CnShortlist  *self);
gboolean     cn_shortlist_export             (CnShortlist  *self,
                                              GFile        *file,
                                              GError      **error);
gboolean     cn_shortlist_import             (CnShortlist  *self,
                                              GFile        *file,
                                              guint        *n_added,
                                              guint        *n_conflicts,
                                              GError      **error);

G_END_DECLS
