/* cn-text.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A localized, immutable text: one value per language code ("en", "he", …).
 * Which one is shown follows the process-wide preferred languages. */
typedef struct _CnText CnText;

#define CN_TYPE_TEXT (cn_text_get_type ())

GType        cn_text_get_type                 (void) G_GNUC_CONST;
CnText      *cn_text_new                      (guint               n_values,
                                               const char * const *languages,
                                               const char * const *values);
CnText      *cn_text_new_simple               (const char         *english);
CnText      *cn_text_copy                     (const CnText       *self);
void         cn_text_free                     (CnText             *self);
const char  *cn_text_get                      (const CnText       *self);
const char  *cn_text_get_shown_language       (const CnText       *self);
gboolean     cn_text_is_fallback              (const CnText       *self);
const char  *cn_text_get_for_language         (const CnText       *self,
                                               const char         *language);
guint        cn_text_get_n_values             (const CnText       *self);
const char  *cn_text_get_nth                  (const CnText       *self,
                                               guint               n,
                                               const char        **language);
void         cn_text_set_preferred_languages  (const char * const *languages);
const char  *cn_text_get_preferred_language   (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnText, cn_text_free)

G_END_DECLS
