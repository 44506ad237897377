/* cn-window-history.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What the window showed, as the Back and Forward buttons return to it. */
typedef enum
{
  CN_PLACE_WELCOME,
  CN_PLACE_NETWORK,             /* id: the network */
  CN_PLACE_BENEFIT,             /* id: the benefit, NULL when none was selected */
  CN_PLACE_CASE_STUDY,          /* id: the study, section: the section or NULL */
  CN_PLACE_GLOSSARY,            /* id: the term or NULL */
  CN_PLACE_ISRAELI_AUTHORITIES,
} CnPlaceKind;

typedef struct
{
  CnPlaceKind  kind;
  char        *id;
  char        *section;
} CnPlace;

CnPlace  *cn_place_new   (CnPlaceKind    kind,
                          const char    *id,
                          const char    *section);
CnPlace  *cn_place_copy  (const CnPlace *place);
void      cn_place_free  (CnPlace       *place);
gboolean  cn_place_equal (const CnPlace *a,
                          const CnPlace *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnPlace, cn_place_free)

#define CN_TYPE_WINDOW_HISTORY (cn_window_history_get_type ())

G_DECLARE_FINAL_TYPE (CnWindowHistory, cn_window_history, CN, WINDOW_HISTORY, GObject)

CnWindowHistory *cn_window_history_new            (void);
void             cn_window_history_push           (CnWindowHistory *self,
                                                   const CnPlace   *place);
void             cn_window_history_replace_current (CnWindowHistory *self,
                                                   const CnPlace   *place);
const CnPlace   *cn_window_history_get_current    (CnWindowHistory *self);
gboolean         cn_window_history_can_go_back    (CnWindowHistory *self);
gboolean         cn_window_history_can_go_forward (CnWindowHistory *self);
const CnPlace   *cn_window_history_go_back        (CnWindowHistory *self);
const CnPlace   *cn_window_history_go_forward     (CnWindowHistory *self);
guint            cn_window_history_get_length     (CnWindowHistory *self);

G_END_DECLS
