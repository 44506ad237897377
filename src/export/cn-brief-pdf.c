/* cn-brief-pdf.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A brief laid out on pages with Pango and drawn with cairo. The layout is
 * done once for a page size and a Pango context (cn_brief_pages_new()),
 * then any page is drawn on any cairo context (cn_brief_pages_draw()): a
 * PDF surface here, a GtkPrintContext's in a GtkPrintOperation. Lines are
 * drawn one by one, never clipped, so a paragraph split over two pages
 * leaves no hidden copy of its text in the PDF for search to find. */


#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "cn-brief-pdf.h"
#include "cn-bidi.h"

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

static void
element_free (gpointer data)
{
  Element *element = data;

  g_clear_object (&element->text.layout);
  g_free (element->text.url);
  g_free (element->line_top);
  for (guint i = 0; i < element->n_rows * element->n_columns; i++)
    {
      g_clear_object (&element->cells[i].layout);
      g_free (element->cells[i].url);
    }
  g_free (element->cells);
  g_free (element->row_height);
  g_free (element);
}

static gboolean
has_hebrew (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0590 && c <= 0x05FF)
        return TRUE;
    }
  return FALSE;
}

/* The window's bidi rules: in a right-to-left brief, a Hebrew line has
 * its Latin names isolated, and a line with no Hebrew at all (a source's
 * title, an address) is isolated as a whole, so it reads left to right
 * inside the right-to-left page. */
static char *
prepare_text (CnBriefPages *self,
              const char   *text)
{
  g_auto(GStrv) lines = NULL;

  if (!self->rtl || text == NULL)
    return g_strdup (text ? text : "");

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *prepared;

      if (lines[i][0] == '\0')
        continue;
      prepared = has_hebrew (lines[i]) ? cn_bidi_isolate_latin_runs (lines[i]) : cn_bidi_isolate (lines[i]);
      g_free (lines[i]);
      lines[i] = prepared;
    }
  return g_strjoinv ("\n", lines);
}

static PangoLayout *
new_layout (CnBriefPages *self,
            double        size,
            gboolean      bold,
            double        width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  /* The brief's direction for every paragraph, whatever letter it starts
   * with ("C40 …" in a Hebrew brief); its start edge is the right one. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_alignment (layout, self->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, (int) (size * 0.25 * PANGO_SCALE));
  return layout;
}

/* Appends @text, made ready for the brief's direction, with an attribute
 * of its own when @bold, @colour or @size ask for one. */
static void
append_span (CnBriefPages  *self,
             GString       *text,
             PangoAttrList *attrs,
             const char    *span,
             gboolean       bold,
             const Colour  *colour,
             double         size)
{
  g_autofree char *prepared = prepare_text (self, span);
  guint start = text->len;
  PangoAttribute *attr;

  g_string_append (text, prepared);

#define ADD_ATTR(a) (attr = (a), attr->start_index = start, attr->end_index = text->len, pango_attr_list_insert (attrs, attr))
  if (bold)
    ADD_ATTR (pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (colour != NULL)
    ADD_ATTR (pango_attr_foreground_new (colour->r * 65535, colour->g * 65535, colour->b * 65535));
  if (size > 0)
    ADD_ATTR (pango_attr_size_new ((int) (size * PANGO_SCALE)));
#undef ADD_ATTR
}

static void
measure_lines (Element *element)
{
  PangoLayoutIter *iter = pango_layout_get_iter (element->text.layout);
  int i = 0;

  element->n_lines = pango_layout_get_line_count (element->text.layout);
  element->line_top = g_new0 (double, element->n_lines + 1);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      element->line_top[i] = (double) y0 / PANGO_SCALE;
      element->line_top[i + 1] = (double) y1 / PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  element->height = element->line_top[element->n_lines];
}

static Element *
add_text (CnBriefPages  *self,
          const char    *text,
          PangoAttrList *attrs,
          double         size,
          gboolean       bold,
          double         indent)
{
  Element *element = g_new0 (Element, 1);

  element->kind = ELEMENT_TEXT;
  element->colour = text_colour;
  element->text.x = indent;
  element->text.width = self->text_width - indent;
  element->text.layout = new_layout (self, size, bold, element->text.width);
  pango_layout_set_text (element->text.layout, text, -1);
  if (attrs != NULL)
    pango_layout_set_attributes (element->text.layout, attrs);
  measure_lines (element);
  g_ptr_array_add (self->elements, element);
  return element;
}

static Element *
add_plain (CnBriefPages *self,
           const char   *text,
           double        size,
           gboolean      bold)
{
  g_autofree char *prepared = prepare_text (self, text);

  return add_text (self, prepared, NULL, size, bold, 0);
}

/* One table per TABLE_COLUMNS networks: the labels repeat at the start
 * of each, so every table fits the page's width. */
static void
add_tables (CnBriefPages       *self,
            const CnBriefBlock *block)
{
  char **header = g_ptr_array_index (block->rows, 0);
  guint n_networks = g_strv_length (header) - 1;
  double label_width = self->text_width * 0.22;

  for (guint first = 0; first < n_networks; first += TABLE_COLUMNS)
    {
      Element *element = g_new0 (Element, 1);
      guint n_columns = 1 + MIN (TABLE_COLUMNS, n_networks - first);
      double column_width = (self->text_width - label_width) / (n_columns - 1);

      element->kind = ELEMENT_GRID;
      element->colour = text_colour;
      element->n_rows = block->rows->len;
      element->n_columns = n_columns;
      element->cells = g_new0 (Cell, element->n_rows * n_columns);
      element->row_height = g_new0 (double, element->n_rows);
      element->space_before = first == 0 ? 6 : 14;
      element->space_after = 4;

      for (guint row = 0; row < element->n_rows; row++)
        {
          char **cells = g_ptr_array_index (block->rows, row);

          for (guint column = 0; column < n_columns; column++)
            {
              Cell *cell = &element->cells[row * n_columns + column];
              const char *value = cells[column == 0 ? 0 : first + column];
              gboolean is_https = g_str_has_prefix (value, "https://");
              gboolean is_link = is_https || g_str_has_prefix (value, "http://");
              g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
              g_autoptr(GString) text = g_string_new (NULL);
              double height;
              int h;

              cell->x = column == 0 ? 0 : label_width + (column - 1) * column_width;
              cell->width = column == 0 ? label_width : column_width;
              cell->layout = new_layout (self, 8, row == 0 || column == 0, cell->width - 2 * CELL_PADDING);
              /* An address without its scheme, so it does not break there. */
              append_span (self, text, attrs, is_link ? value + strlen (is_https ? "https://" : "http://") : value, FALSE,
                           is_link ? &link_colour : row == 0 ? &accent_colour : NULL, 0);
              pango_layout_set_text (cell->layout, text->str, text->len);
              pango_layout_set_attributes (cell->layout, attrs);
              if (is_link)
                cell->url = g_strdup (value);

              pango_layout_get_size (cell->layout, NULL, &h);
              height = (double) h / PANGO_SCALE + 2 * CELL_PADDING;
              element->row_height[row] = MAX (element->row_height[row], height);
            }
          element->height += element->row_height[row];
        }
      g_ptr_array_add (self->elements, element);
    }
}

static void
add_block_elements (CnBriefPages       *self,
                    const CnBriefBlock *block,
                    gboolean            several_networks)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  Element *element;

  switch (block->kind)
    {
    case CN_BRIEF_BLOCK_TITLE:
      element = add_plain (self, block->text, 22, TRUE);
      element->colour = accent_colour;
      element->space_after = 8;
      element->outline = block->text;
      break;

    case CN_BRIEF_BLOCK_SUBTITLE:
      element = add_plain (self, block->text, 14, FALSE);
      element->space_after = 10;
      break;

    case CN_BRIEF_BLOCK_META:
      append_span (self, text, attrs, block->label, TRUE, &muted_colour, 0);
      g_string_append (text, ": ");
      append_span (self, text, attrs, block->text, FALSE, NULL, 0);
      element = add_text (self, text->str, attrs, 10, FALSE, 0);
      element->space_after = 2;
      break;

    case CN_BRIEF_BLOCK_HEADING:
      element = add_plain (self, block->text, 16, TRUE);
      element->colour = accent_colour;
      element->space_before = 20;
      element->space_after = 6;
      element->keep_with_next = TRUE;
      element->rule_below = TRUE;
      element->break_before = several_networks;
      element->outline = block->text;
      break;

    case CN_BRIEF_BLOCK_SUBHEADING:
      element = add_plain (self, block->text, 10.5, TRUE);
      element->colour = accent_colour;
      element->space_before = 10;
      element->space_after = 3;
      element->keep_with_next = TRUE;
      break;

    case CN_BRIEF_BLOCK_LEAD:
      element = add_plain (self, block->text, 11, FALSE);
      element->colour = muted_colour;
      element->space_after = 6;
      break;

    case CN_BRIEF_BLOCK_PARAGRAPH:
      if (block->label != NULL)
        {
          append_span (self, text, attrs, block->label, TRUE, NULL, 0);
          if (block->text != NULL)
            g_string_append_c (text, '\n');
        }
      if (block->text != NULL)
        append_span (self, text, attrs, block->text, FALSE, NULL, 0);
      element = add_text (self, text->str, attrs, 9.5, FALSE, 0);
      element->space_before = 2;
      element->space_after = 4;
      break;

    case CN_BRIEF_BLOCK_ITEM:
      if (block->label != NULL)
        {
          append_span (self, text, attrs, block->label, TRUE, NULL, 0);
          g_string_append (text, ": ");
        }
      append_span (self, text, attrs, block->text, FALSE, NULL, 0);
      element = add_text (self, text->str, attrs, 9.5, FALSE, BULLET_INDENT);
      element->bullet = TRUE;
      element->space_after = 3;
      break;

    case CN_BRIEF_BLOCK_LINK:
      if (block->label != NULL)
        {
          /* "Website: https://…" */
          append_span (self, text, attrs, block->label, TRUE, NULL, 0);
          g_string_append (text, ": ");
          append_span (self, text, attrs, block->text, FALSE, &link_colour, 0);
          element = add_text (self, text->str, attrs, 9.5, FALSE, 0);
          element->space_after = 2;
        }
      else
        {
          /* A source: its title, and its address under it, both links. */
          append_span (self, text, attrs, block->text, FALSE, &link_colour, 0);
          g_string_append_c (text, '\n');
          append_span (self, text, attrs, block->url, FALSE, &muted_colour, 7.5);
          element = add_text (self, text->str, attrs, 9, FALSE, BULLET_INDENT);
          element->bullet = TRUE;
          element->space_after = 3;
        }
      element->text.url = g_strdup (block->url);
      break;

    case CN_BRIEF_BLOCK_NOTE:
      element = add_plain (self, block->text, 8, FALSE);
      element->colour = muted_colour;
      element->space_before = 4;
      break;

    case CN_BRIEF_BLOCK_TABLE:
      add_tables (self, block);
      break;

    default:
      g_assert_not_reached ();
    }
}

static GArray *
new_page (CnBriefPages *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (self->pages, page);
  return page;
}

/* The height an element needs with the start of the next one, so that a
 * heading never ends a page. */
static double
height_kept (CnBriefPages *self,
             guint         index)
{
  Element *element = g_ptr_array_index (self->elements, index);
  Element *next;

  if (!element->keep_with_next || index + 1 >= self->elements->len)
    return element->height;
  next = g_ptr_array_index (self->elements, index + 1);
  if (next->kind == ELEMENT_GRID)
    return element->height + next->space_before + next->height;
  return element->height + next->space_before + next->line_top[MIN (next->n_lines, 2)];
}

static void
paginate (CnBriefPages *self)
{
  double top = MARGIN_TOP;
  double bottom = self->height - MARGIN_BOTTOM;
  double y = top;
  GArray *page = new_page (self);

  for (guint i = 0; i < self->elements->len; i++)
    {
      Element *element = g_ptr_array_index (self->elements, i);
      int line = 0;

      if (element->break_before && y > top)
        page = new_page (self), y = top;
      if (y > top)
        y += element->space_before;

      /* A short paragraph (a source's title and address, a list item) is
       * never split over two pages, so an address stays whole. */
      if (element->kind != ELEMENT_GRID && element->n_lines <= 4 && y > top && y + element->height > bottom)
        page = new_page (self), y = top;

      if (element->kind == ELEMENT_GRID || element->keep_with_next)
        {
          if (y + height_kept (self, i) > bottom && y > top)
            page = new_page (self), y = top;
        }

      if (element->kind == ELEMENT_GRID)
        {
          Placement placement = { element, 0, 0, y };

          g_array_append_val (page, placement);
          y += element->height;
        }
      else
        while (line < element->n_lines)
          {
            int end = line;
            Placement placement;

            while (end < element->n_lines && y + element->line_top[end + 1] - element->line_top[line] <= bottom)
              end++;
            /* No single first line of a paragraph at the foot of a page. */
            if (y > top && (end == line || (line == 0 && end == 1 && element->n_lines > 1)))
              {
                page = new_page (self), y = top;
                continue;
              }
            end = MAX (end, line + 1);

            placement = (Placement) { element, line, end, y };
            g_array_append_val (page, placement);
            y += element->line_top[end] - element->line_top[line];
            line = end;
            if (line < element->n_lines)
              page = new_page (self), y = top;
          }

      y += element->space_after;
    }
}

/**
 * cn_brief_pages_new:
 * @brief: the brief; it must outlive the pages
 * @context: a Pango context for @cr's target (pango_cairo_create_context(),
 *   or gtk_print_context_create_pango_context()); its base direction is
 *   set to the brief's
 * @width: the page's width, in the units the pages will be drawn in
 *   (points for PDF)
 * @height: the page's height
 *
 * Lays out @brief on pages of @width × @height with its own margins: a
 * GtkPrintOperation should use the full page.
 *
 * Returns: (transfer full): the pages
 */
CnBriefPages *
cn_brief_pages_new (CnBrief      *brief,
                    PangoContext *context,
                    double        width,
                    double        height)
{
  CnBriefPages *self = g_new0 (CnBriefPages, 1);
  const CnBriefBlock *blocks;
  guint n_blocks, n_headings = 0;
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autoptr(GString) credit = g_string_new (NULL);

  self->brief = brief;
  self->context = g_object_ref (context);
  self->width = width;
  self->height = height;
  self->text_width = width - 2 * MARGIN_SIDE;
  self->rtl = cn_brief_is_rtl (brief);
  self->elements = g_ptr_array_new_with_free_func (element_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  pango_context_set_base_dir (context, self->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  /* Glyphs rounded to whole units drift from the widths a PDF's fonts
   * declare, and text extraction then splits Hebrew words at narrow
   * letters (ו, ן). */
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string (cn_brief_get_language (brief)));

  blocks = cn_brief_get_blocks (brief, &n_blocks);
  for (guint i = 0; i < n_blocks; i++)
    n_headings += blocks[i].kind == CN_BRIEF_BLOCK_HEADING;
  for (guint i = 0; i < n_blocks; i++)
    add_block_elements (self, &blocks[i], n_headings > 1);

  {
    g_autofree char *header = prepare_text (self, cn_brief_get_title (brief));

    self->header = new_layout (self, 8, FALSE, self->text_width);
    pango_layout_set_text (self->header, header, -1);
  }
  self->credit = new_layout (self, 7, FALSE, self->text_width - 80);
  append_span (self, credit, attrs, cn_brief_get_credit (brief), FALSE, NULL, 0);
  pango_layout_set_text (self->credit, credit->str, credit->len);

  paginate (self);
  return self;
}

void
cn_brief_pages_free (CnBriefPages *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->context);
  g_clear_object (&self->header);
  g_clear_object (&self->credit);
  g_ptr_array_unref (self->elements);
  g_ptr_array_unref (self->pages);
  g_free (self);
}

guint
cn_brief_pages_get_n_pages (CnBriefPages *self)
{
  return self->pages->len;
}

/* The left edge of a box @x from the start edge of the text area. */
static double
left_of (CnBriefPages *self,
         double        x,
         double        width)
{
  return self->rtl ? MARGIN_SIDE + self->text_width - x - width : MARGIN_SIDE + x;
}

static void
set_colour (cairo_t      *cr,
            const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

static void
begin_link (cairo_t    *cr,
            const char *url)
{
  GString *attributes = g_string_new ("uri='");

  /* Quotes and backslashes are escaped in cairo's attribute strings. */
  for (const char *p = url; *p; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
  g_string_free (attributes, TRUE);
}

static void
draw_rule (cairo_t *cr,
           double   x0,
           double   x1,
           double   y,
           double   width)
{
  set_colour (cr, &rule_colour);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

static void
draw_lines (CnBriefPages    *self,
            cairo_t         *cr,
            const Placement *placement)
{
  Element *element = placement->element;
  PangoLayoutIter *iter = pango_layout_get_iter (element->text.layout);
  double x = left_of (self, element->text.x, element->text.width);
  int index = 0;

  if (element->text.url != NULL)
    begin_link (cr, element->text.url);
  set_colour (cr, &element->colour);
  do
    {
      if (index >= placement->first_line && index < placement->end_line)
        {
          PangoRectangle logical;
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                         placement->y + baseline - element->line_top[placement->first_line]);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      index++;
    }
  while (index < placement->end_line && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  if (element->text.url != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);

  if (element->bullet && placement->first_line == 0)
    {
      g_autoptr(PangoLayout) bullet = pango_layout_new (self->context);
      double baseline = (double) pango_layout_get_baseline (element->text.layout) / PANGO_SCALE;

      pango_layout_set_font_description (bullet, pango_layout_get_font_description (element->text.layout));
      pango_layout_set_text (bullet, "•", -1);
      set_colour (cr, &accent_colour);
      cairo_move_to (cr, self->rtl ? MARGIN_SIDE + self->text_width - BULLET_INDENT + 5 : MARGIN_SIDE + 3,
                     placement->y + baseline - (double) pango_layout_get_baseline (bullet) / PANGO_SCALE);
      pango_cairo_show_layout (cr, bullet);
    }

  if (element->rule_below && placement->end_line == element->n_lines)
    draw_rule (cr, MARGIN_SIDE, MARGIN_SIDE + self->text_width,
               placement->y + element->line_top[element->n_lines] - element->line_top[placement->first_line] + 3, 0.8);
}

/* Like pango_cairo_show_layout(), a line at a time. */
static void
show_layout_lines (cairo_t     *cr,
                   PangoLayout *layout,
                   double       x,
                   double       y)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                     y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_grid (CnBriefPages    *self,
           cairo_t         *cr,
           const Placement *placement)
{
  Element *element = placement->element;
  double y = placement->y;

  set_colour (cr, &shade_colour);
  cairo_rectangle (cr, MARGIN_SIDE, y, self->text_width, element->row_height[0]);
  cairo_fill (cr);

  for (guint row = 0; row < element->n_rows; row++)
    {
      for (guint column = 0; column < element->n_columns; column++)
        {
          Cell *cell = &element->cells[row * element->n_columns + column];

          if (cell->url != NULL)
            begin_link (cr, cell->url);
          set_colour (cr, column == 0 ? &muted_colour : &text_colour);
          show_layout_lines (cr, cell->layout, left_of (self, cell->x, cell->width) + CELL_PADDING, y + CELL_PADDING);
          if (cell->url != NULL)
            cairo_tag_end (cr, CAIRO_TAG_LINK);
        }
      y += element->row_height[row];
      draw_rule (cr, MARGIN_SIDE, MARGIN_SIDE + self->text_width, y, row == 0 ? 0.8 : 0.4);
    }
}

static void
draw_margins (CnBriefPages *self,
              cairo_t      *cr,
              guint         page)
{
  g_autofree char *number = cn_brief_format_page (self->brief, page + 1, self->pages->len);
  g_autoptr(PangoLayout) label = new_layout (self, 8, FALSE, self->text_width);
  double rule_y = self->height - MARGIN_BOTTOM + 18;

  /* The brief's title above every page but the first, which shows it big. */
  if (page > 0)
    {
      set_colour (cr, &muted_colour);
      cairo_move_to (cr, MARGIN_SIDE, 34);
      pango_cairo_show_layout (cr, self->header);
      draw_rule (cr, MARGIN_SIDE, MARGIN_SIDE + self->text_width, 48, 0.5);
    }

  draw_rule (cr, MARGIN_SIDE, MARGIN_SIDE + self->text_width, rule_y, 0.5);
  set_colour (cr, &muted_colour);
  begin_link (cr, CN_BRIEF_GUIDE_URL);
  cairo_move_to (cr, left_of (self, 0, self->text_width - 80), rule_y + 6);
  pango_cairo_show_layout (cr, self->credit);
  cairo_tag_end (cr, CAIRO_TAG_LINK);

  /* The page number at the end edge. */
  pango_layout_set_alignment (label, self->rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
  pango_layout_set_text (label, number, -1);
  set_colour (cr, &text_colour);
  cairo_move_to (cr, MARGIN_SIDE, rule_y + 6);
  pango_cairo_show_layout (cr, label);
}

/**
 * cn_brief_pages_draw:
 * @page: the page, from 0
 *
 * Draws one page on @cr, in the units the pages were laid out in. On a PDF
 * surface, links become link annotations and headings outline entries.
 */
void
cn_brief_pages_draw (CnBriefPages *self,
                     cairo_t      *cr,
                     guint         page)
{
  GArray *placements;
  cairo_surface_t *target = cairo_get_target (cr);
  gboolean pdf = cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF;

  g_return_if_fail (page < self->pages->len);

  placements = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);

      if (pdf && placement->element->outline != NULL && placement->first_line == 0)
        {
          g_autofree char *link = g_strdup_printf ("page=%u pos=[%g %g]", page + 1, MARGIN_SIDE, placement->y);

          cairo_pdf_surface_add_outline (target, CAIRO_PDF_OUTLINE_ROOT, placement->element->outline, link, 0);
        }

      if (placement->element->kind == ELEMENT_GRID)
        draw_grid (self, cr, placement);
      else
        draw_lines (self, cr, placement);
    }
  draw_margins (self, cr, page);
  cairo_restore (cr);
}

static cairo_status_t
write_bytes_cb (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * cn_brief_to_pdf:
 *
 * Lays out @brief on A4 pages and writes it as PDF, its fonts embedded and
 * its text searchable.
 *
 * Returns: (transfer full): the PDF document, or %NULL with @error set
 */
GBytes *
cn_brief_to_pdf (CnBrief  *brief,
                 GError  **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(CnBriefPages) pages = NULL;
  PangoContext *context;
  g_autofree char *creator = g_strdup_printf ("%s %s", cn_brief_translate (brief, N_("Climate Networks")),
                                              PACKAGE_VERSION);
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_bytes_cb, bytes, CN_BRIEF_A4_WIDTH, CN_BRIEF_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, cn_brief_get_title (brief));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cr = cairo_create (surface);

  /* Print metrics: one unit is one point, and no hinting, so the layout
   * is the same whatever screen settings the process has. */
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  pages = cn_brief_pages_new (brief, context, CN_BRIEF_A4_WIDTH, CN_BRIEF_A4_HEIGHT);
  g_object_unref (context);
  for (guint i = 0; i < cn_brief_pages_get_n_pages (pages); i++)
    {
      cn_brief_pages_draw (pages, cr, i);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not make the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
