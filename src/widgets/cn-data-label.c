/* cn-data-label.c — dataset text in labels, laid out in its own direction
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cn-data-label.h"
#include "cn-widget-util.h"

gboolean
cn_ui_is_rtl (void)
{
  return gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;
}

/* @text's value as a label shows it: laid out in its own direction. */
static char *
dup_prepared (const CnText *text)
{
  const char *value = cn_text_get (text);

  if (value == NULL)
    return NULL;
  /* English in an English window needs nothing. */
  if (!cn_bidi_text_is_rtl (text) && !cn_ui_is_rtl ())
    return g_strdup (value);
  return cn_bidi_prepare_text (value, cn_bidi_text_is_rtl (text));
}

/* The marks lay the text out; a screen reader gets it without them (a
 * braille display would show each as a cell of junk). */
static void
name_without_marks (GtkLabel     *label,
                    const CnText *text,
                    const char   *prepared)
{
  g_autofree char *name = NULL;

  /* A label reused for a text with no marks is named by its text again;
   * only one that was named here is reset, since every change of an
   * accessible property is a message to the accessibility bus, and the
   * detail's labels are set again as the search changes. */
  if (prepared == NULL || g_strcmp0 (prepared, cn_text_get (text)) == 0)
    {
      if (g_object_steal_data (G_OBJECT (label), "cn-named-without-marks") != NULL)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }
  name = cn_accessible_text (prepared, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (label), "cn-named-without-marks", GINT_TO_POINTER (TRUE));
}

static gboolean
is_rtl_script (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HEBREW || script == G_UNICODE_SCRIPT_ARABIC ||
         script == G_UNICODE_SCRIPT_SYRIAC || script == G_UNICODE_SCRIPT_THAANA || script == G_UNICODE_SCRIPT_NKO;
}

/* Whether @text needs no marks to be laid out in its direction: all its
 * letters go that way, so Pango, which takes a paragraph's direction from
 * its first letter, lays it out as the marks would. */
static gboolean
needs_no_marks (const CnText *text)
{
  gboolean rtl = cn_bidi_text_is_rtl (text);

  for (const char *p = cn_text_get (text); p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c) && is_rtl_script (c) != rtl)
        return FALSE;
    }
  return TRUE;
}

/**
 * cn_label_set_data_text:
 *
 * Shows dataset text as plain text (never markup), laid out in its own
 * direction (see cn_bidi_prepare_text()).
 */
void
cn_label_set_data_text (GtkLabel     *label,
                        const CnText *text)
{
  g_autofree char *prepared = NULL;

  /* A heading is focused to be read (cn_widget_focus_heading()), and Orca
   * reads a focused heading's text, not its name: no marks where none are
   * needed (a heading all in Hebrew, or all in English). */
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (label)) != GTK_ACCESSIBLE_ROLE_HEADING ||
      !needs_no_marks (text))
    prepared = dup_prepared (text);
  gtk_label_set_use_markup (label, FALSE);
  gtk_label_set_text (label, prepared ? prepared : cn_text_get (text) ? cn_text_get (text) : "");
  name_without_marks (label, text, prepared);
}

/**
 * cn_label_set_data_text_highlighted:
 * @highlight: (nullable): the search whose words to show in bold
 *
 * As cn_label_set_data_text(), with the words that match @highlight in
 * bold, as the rows show why they matched. The text is still never read as
 * markup: cn_search_query_highlight() escapes it and adds only the bold
 * spans. A text with no such word stays plain.
 */
void
cn_label_set_data_text_highlighted (GtkLabel            *label,
                                    const CnText        *text,
                                    const CnSearchQuery *highlight)
{
  g_autofree char *prepared = NULL;
  g_autofree char *markup = NULL;

  if (cn_search_query_is_empty (highlight) || cn_text_get (text) == NULL)
    {
      cn_label_set_data_text (label, text);
      return;
    }

  prepared = dup_prepared (text);
  markup = cn_search_query_highlight (highlight, prepared);
  /* The data's own "<b>" is escaped in @markup: this tag is a match. */
  if (strstr (markup, "<b>") == NULL)
    {
      gtk_label_set_use_markup (label, FALSE);
      gtk_label_set_text (label, prepared);
      name_without_marks (label, text, prepared);
      return;
    }
  gtk_label_set_markup (label, markup);
  name_without_marks (label, text, prepared);
}
