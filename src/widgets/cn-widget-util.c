/* cn-widget-util.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Small helpers every widget may use. */

#include "config.h"

#include "cn-widget-util.h"

#define TOOLTIP_KEY "cn-tooltip-text"

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * cn_widget_set_tooltip_text:
 *
 * As gtk_widget_set_tooltip_text(), without its cost: on a visible widget
 * GTK 4.8 asks the display where the pointer is, in case a tooltip is
 * showing, and under X11 that is a round trip to the server. A record's page
 * sets one per source. Here the text is kept on the widget and handed over
 * when a tooltip is asked for.
 */
void
cn_widget_set_tooltip_text (GtkWidget  *widget,
                            const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, query_tooltip_cb, NULL) == 0)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
}

/**
 * cn_widget_clear_tick_callback:
 * @tick_id: (inout): a tick callback's id, or 0
 *
 * Removes the tick callback @tick_id, if any, and sets it to 0, as
 * g_clear_handle_id() does for sources.
 */
void
cn_widget_clear_tick_callback (GtkWidget *widget,
                               guint     *tick_id)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (*tick_id != 0)
    gtk_widget_remove_tick_callback (widget, *tick_id);
  *tick_id = 0;
}

void
cn_box_remove_all (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);
}

/**
 * cn_widget_get_char_width:
 *
 * Returns: the approximate width of a character in @widget's font, in
 *   pixels: for widths given in characters, as GtkLabel's width-chars
 */
int
cn_widget_get_char_width (GtkWidget *widget)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (widget), NULL, NULL);
  int width = PANGO_PIXELS (pango_font_metrics_get_approximate_char_width (metrics));

  pango_font_metrics_unref (metrics);
  return MAX (width, 1);
}
