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

#include "cn-brief-pages-private.h"

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
  g_autoptr(PangoLayout) label = _cn_brief_pages_new_layout (self, 8, FALSE, self->text_width);
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
