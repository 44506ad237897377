/* cn-brief.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cn-types.h"

G_BEGIN_DECLS

/* A council brief as a list of blocks, built once from the networks and
 * then written out as PDF (cn-brief-pdf.c) or Markdown
 * (cn-brief-markdown.c), so both say the same. Texts are plain text,
 * never markup, in the brief's language. */

typedef enum
{
  CN_BRIEF_BLOCK_TITLE,        /* the brief's title */
  CN_BRIEF_BLOCK_SUBTITLE,     /* the authority's name */
  CN_BRIEF_BLOCK_META,         /* a line of the title block: label and text */
  CN_BRIEF_BLOCK_HEADING,      /* a network, or "Comparison" */
  CN_BRIEF_BLOCK_SUBHEADING,   /* a part of a network's entry */
  CN_BRIEF_BLOCK_LEAD,         /* the summary under a network's name */
  CN_BRIEF_BLOCK_PARAGRAPH,    /* text, with an optional bold label before it */
  CN_BRIEF_BLOCK_ITEM,         /* a list item, with an optional bold label */
  CN_BRIEF_BLOCK_LINK,         /* a list item: text is the title, url the address */
  CN_BRIEF_BLOCK_NOTE,         /* small print: "Checked on …" */
  CN_BRIEF_BLOCK_TABLE,        /* rows of cells; row 0 is the header */
} CnBriefBlockKind;

typedef struct
{
  CnBriefBlockKind   kind;
  char              *label;    /* nullable */
  char              *text;     /* nullable for tables */
  char              *url;      /* nullable */
  GPtrArray         *rows;     /* tables: one GStrv a row, all as wide as row 0 */
} CnBriefBlock;

typedef struct _CnBrief CnBrief;

CnBrief             *cn_brief_new             (CnNetwork * const *networks,
                                               guint              n_networks,
                                               const char        *language,
                                               const char        *title,
                                               const char        *authority,
                                               const char        *iso_date);
void                 cn_brief_free            (CnBrief           *self);
const char          *cn_brief_get_language    (CnBrief           *self);
gboolean             cn_brief_is_rtl          (CnBrief           *self);
const char          *cn_brief_get_title       (CnBrief           *self);
const CnBriefBlock  *cn_brief_get_blocks      (CnBrief           *self,
                                               guint             *n_blocks);
const char          *cn_brief_get_credit      (CnBrief           *self);
char                *cn_brief_format_page     (CnBrief           *self,
                                               guint              page,
                                               guint              n_pages);
const char          *cn_brief_translate       (CnBrief           *self,
                                               const char        *msgid);
const char          *cn_brief_data_text       (CnBrief           *self,
                                               const CnText      *text);

#define CN_BRIEF_GUIDE_URL "https://en-planetzero.tau.ac.il/toolbox/international-networking"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnBrief, cn_brief_free)

G_END_DECLS
