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
 * cn_widget_get_tooltip_text:
 *
 * Returns: (nullable): the text given to cn_widget_set_tooltip_text(), the
 * one a tooltip shows
 */
const char *
cn_widget_get_tooltip_text (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);
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

/**
 * cn_label_set_readable:
 *
 * A paragraph: its text can be selected with the mouse (to copy it), but it
 * is no stop of the Tab key. GTK makes a selectable label focusable, and Tab
 * then walked every paragraph of a page and selected its whole text; a
 * screen reader reads the page without focusing its paragraphs.
 */
void
cn_label_set_readable (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_selectable (label, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (label), FALSE);
}

static void
focus_once_left_cb (GtkEventControllerFocus *controller,
                    GtkWidget               *widget)
{
  gtk_widget_set_focusable (widget, FALSE);
  gtk_widget_remove_controller (widget, GTK_EVENT_CONTROLLER (controller));
}

/* A selectable label selects its whole text when it takes the focus, as
 * the gtk-label-select-on-focus setting says; not a heading focused to be
 * read: the setting is off for that one grab. The selection looked like a
 * highlight, claimed the X11 primary selection (which GTK 4.8 leaks), and
 * GTK 4.8's label then asked whether the previous focus, which the change
 * may have destroyed, contains it (a Gtk-CRITICAL). */
static gboolean
grab_focus_unselected (GtkWidget *widget)
{
  GtkSettings *settings = gtk_widget_get_settings (widget);
  gboolean select_on_focus = FALSE;
  gboolean grabbed;

  if (GTK_IS_LABEL (widget))
    g_object_get (settings, "gtk-label-select-on-focus", &select_on_focus, NULL);
  if (select_on_focus)
    g_object_set (settings, "gtk-label-select-on-focus", FALSE, NULL);
  grabbed = gtk_widget_grab_focus (widget);
  if (select_on_focus)
    g_object_set (settings, "gtk-label-select-on-focus", TRUE, NULL);
  return grabbed;
}

/**
 * cn_widget_focus_once:
 *
 * Gives @widget, a heading that is no Tab stop, the keyboard focus until the
 * focus moves on: so that a screen reader reads it when its page opens, and
 * Tab goes on from there.
 *
 * Returns: whether it took the focus
 */
gboolean
cn_widget_focus_once (GtkWidget *widget)
{
  GtkEventController *controller;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (gtk_widget_get_focusable (widget))
    return grab_focus_unselected (widget);

  /* Added first: a focus controller only tells when the focus leaves if
   * it saw it come in. */
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (focus_once_left_cb), widget, 0);
  gtk_widget_add_controller (widget, controller);
  gtk_widget_set_focusable (widget, TRUE);
  if (!grab_focus_unselected (widget))
    {
      focus_once_left_cb (GTK_EVENT_CONTROLLER_FOCUS (controller), widget);
      return FALSE;
    }
  return TRUE;
}

static GtkWidget *
find_heading (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_HEADING &&
      gtk_label_get_text (GTK_LABEL (widget))[0] != '\0')
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_heading (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * cn_widget_focus_heading:
 *
 * Moves the keyboard focus to the first heading shown in @page (with
 * cn_widget_focus_once()), so that a screen reader starts reading the page
 * at its title.
 *
 * Returns: whether a heading took the focus
 */
gboolean
cn_widget_focus_heading (GtkWidget *page)
{
  GtkWidget *heading;

  g_return_val_if_fail (GTK_IS_WIDGET (page), FALSE);

  heading = find_heading (page);
  return heading != NULL && cn_widget_focus_once (heading);
}

static gboolean
is_direction_mark (gunichar c)
{
  return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * cn_accessible_text:
 * @text: (nullable): a label's text
 * @mnemonic: whether @text marks a mnemonic with an underscore
 *
 * The text as a screen reader should get it: without the invisible
 * direction marks and isolates that lay Hebrew and Latin out on screen (a
 * braille display shows each as a cell of junk) and, for a label with a
 * mnemonic, without its underscore ("__" stays one "_").
 *
 * Returns: (transfer full) (nullable): the text to give as a name
 */
char *
cn_accessible_text (const char *text,
                    gboolean    mnemonic)
{
  GString *out;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_direction_mark (c))
        continue;
      if (mnemonic && c == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * cn_stack_name_pages:
 * @stack: a stack
 * @...: pairs of a page's name and its accessible name, for the pages that
 *   have no title, ended by %NULL
 *
 * GTK 4.8 names a stack page (a panel to a screen reader) by its title,
 * mnemonic underscore and all, and a page without a title by its class,
 * "GtkStackPage": each gets a name here. Titled pages get their title
 * without the underscore.
 */
void
cn_stack_name_pages (GtkStack   *stack,
                     const char *first_page,
                     ...)
{
  va_list args;

  g_return_if_fail (GTK_IS_STACK (stack));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *page = gtk_stack_get_page (stack, child);
      const char *title = gtk_stack_page_get_title (page);

      if (title != NULL)
        {
          g_autofree char *name = cn_accessible_text (title, gtk_stack_page_get_use_underline (page));

          gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
        }
    }

  va_start (args, first_page);
  for (const char *page_name = first_page; page_name != NULL; page_name = va_arg (args, const char *))
    {
      const char *name = va_arg (args, const char *);
      GtkWidget *child = gtk_stack_get_child_by_name (stack, page_name);

      if (child != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_stack_get_page (stack, child)),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  va_end (args);
}

/**
 * cn_stack_switcher_name_buttons:
 *
 * GTK 4.8's stack switcher names its buttons (tabs, to a screen reader)
 * by the pages' titles with the mnemonic underscore: named here by the text
 * they show.
 */
void
cn_stack_switcher_name_buttons (GtkStackSwitcher *switcher)
{
  g_return_if_fail (GTK_IS_STACK_SWITCHER (switcher));

  for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (switcher)); button;
       button = gtk_widget_get_next_sibling (button))
    {
      GtkWidget *label = GTK_IS_BUTTON (button) ? gtk_button_get_child (GTK_BUTTON (button)) : NULL;
      g_autofree char *name = NULL;

      if (!GTK_IS_LABEL (label))
        continue;
      name = cn_accessible_text (gtk_label_get_text (GTK_LABEL (label)), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

/**
 * cn_widget_hide_button_icons:
 *
 * Hides from assistive technology the icon inside each icon button under
 * @widget: the button has a name, and GTK 4.8 gives its image one of its
 * own, "GtkImage", which a screen reader reads before the button's.
 */
void
cn_widget_hide_button_icons (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))))
    gtk_accessible_update_state (GTK_ACCESSIBLE (gtk_button_get_child (GTK_BUTTON (widget))),
                                 GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    cn_widget_hide_button_icons (child);
}

/**
 * cn_widget_name_mnemonic_buttons:
 *
 * Names each button under @widget whose label has a mnemonic by its text
 * without the underscore. GTK 4.8 gives such a button its label with the
 * underscore as its name and also labels it by its label widget: the name
 * it then sends when the button changes (turned sensitive, say) is both,
 * "E_xport Shortlist… Export Shortlist…", and Orca says that.
 */
void
cn_widget_name_mnemonic_buttons (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    {
      g_autofree char *name = cn_accessible_text (gtk_button_get_label (GTK_BUTTON (widget)), TRUE);

      gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    cn_widget_name_mnemonic_buttons (child);
}
