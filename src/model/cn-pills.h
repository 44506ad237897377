/* cn-pills.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cn-types.h"

G_BEGIN_DECLS

/* The small marks a network's row and heading show: its status when it is
 * not simply active, its kind when it is not a membership network, and the
 * dataset's flags. The same list feeds the search, so a network is found
 * by the words on its pills. */
typedef enum
{
  CN_PILL_STATUS,
  CN_PILL_KIND,
  CN_PILL_FLAG,
} CnPillType;

typedef struct
{
  CnPillType    type;
  const char   *id;       /* "ended", "programme", a flag's id */
  const char   *label;    /* in the interface's language */
  const char   *msgid;    /* the English word (status and kind), or NULL */
  const CnText *text;     /* the flag's label in every language, or NULL */
} CnPill;

#define CN_PILLS_MAX 8

guint        cn_network_get_pills  (CnNetwork *network,
                                    CnPill     pills[CN_PILLS_MAX]);

G_END_DECLS
