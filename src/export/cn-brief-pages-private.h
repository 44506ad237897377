/* cn-brief-pages-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The laid-out brief, shared by cn-brief-pages.c (which builds and
 * paginates it) and cn-brief-pdf.c (which draws it); not for other code. */

#include <pango/pangocairo.h>

#include "cn-brief-pdf.h"

G_BEGIN_DECLS

#define MARGIN_SIDE    62.0
#define MARGIN_TOP     64.0
#define MARGIN_BOTTOM  78.0
#define BULLET_INDENT  14.0
#define CELL_PADDING   4.0
#define TABLE_COLUMNS  3      /* networks side by side on one page width */

#define FONT_FAMILY    "Sans"

typedef struct { double r, g, b; } Colour;

static const Colour text_colour   = { 0.10, 0.10, 0.10 };
static const Colour muted_colour  = { 0.36, 0.36, 0.36 };
static const Colour accent_colour = { 0.08, 0.36, 0.22 };   /* dark green */
static const Colour link_colour   = { 0.05, 0.30, 0.60 };
static const Colour rule_colour   = { 0.78, 0.78, 0.78 };
static const Colour shade_colour  = { 0.90, 0.94, 0.91 };

typedef enum
{
  ELEMENT_TEXT,
  ELEMENT_GRID,
} ElementKind;

typedef struct
{
  PangoLayout *layout;
  double       x;        /* from the start edge of the text area */
  double       width;
  char        *url;      /* nullable: the cell or text is a link */
} Cell;

typedef struct
{
  ElementKind  kind;
  Colour       colour;
  double       space_before;
  double       space_after;
  gboolean     keep_with_next;
  gboolean     break_before;
  gboolean     bullet;
  gboolean     rule_below;
  const char  *outline;     /* a heading: an entry in the PDF's outline */

  /* ELEMENT_TEXT */
  Cell         text;
  int          n_lines;
  double      *line_top;    /* n_lines + 1 offsets from the layout's top */

  /* ELEMENT_GRID: a table, kept on one page */
  guint        n_rows;
  guint        n_columns;
  Cell        *cells;       /* n_rows × n_columns */
  double      *row_height;

  double       height;
} Element;

typedef struct
{
  Element *element;
  int      first_line;
  int      end_line;
  double   y;
} Placement;

struct _CnBriefPages
{
  CnBrief       *brief;      /* borrowed */
  PangoContext  *context;
  double         width;
  double         height;
  double         text_width;
  gboolean       rtl;

  GPtrArray     *elements;   /* Element */
  GPtrArray     *pages;      /* GArray of Placement */
  PangoLayout   *header;
  PangoLayout   *credit;
};

/* A layout in the brief's font, direction and alignment, @width wide. */
PangoLayout *_cn_brief_pages_new_layout (CnBriefPages *self,
                                         double        size,
                                         gboolean      bold,
                                         double        width);

G_END_DECLS
