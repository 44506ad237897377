/* cn-brief-pages.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A brief laid out on pages with Pango: its elements (text, tables) are
 * measured once for a page size and a Pango context, then split into pages
 * that keep headings with what follows them. cn-brief-pdf.c draws them. */

#include "config.h"

#include <string.h>

#include "cn-brief-pages-private.h"
#include "cn-bidi.h"

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

/* The window's bidi rules: in a right-to-left brief, a Hebrew or Arabic
 * line has its Latin names isolated, and a line with neither (a source's
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
      prepared = cn_bidi_has_rtl_letters (lines[i]) ? cn_bidi_isolate_latin_runs (lines[i]) : cn_bidi_isolate (lines[i]);
      g_free (lines[i]);
      lines[i] = prepared;
    }
  return g_strjoinv ("\n", lines);
}

PangoLayout *
_cn_brief_pages_new_layout (CnBriefPages *self,
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
  element->text.layout = _cn_brief_pages_new_layout (self, size, bold, element->text.width);
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
              cell->layout = _cn_brief_pages_new_layout (self, 8, row == 0 || column == 0, cell->width - 2 * CELL_PADDING);
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

    self->header = _cn_brief_pages_new_layout (self, 8, FALSE, self->text_width);
    pango_layout_set_text (self->header, header, -1);
  }
  self->credit = _cn_brief_pages_new_layout (self, 7, FALSE, self->text_width - 80);
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
