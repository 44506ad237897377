/* cn-data-label.c — dataset text in labels, laid out in its own direction
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cn-data-label.h"

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
  g_autofree char *prepared = dup_prepared (text);

  gtk_label_set_use_markup (label, FALSE);
  gtk_label_set_text (label, prepared ? prepared : "");
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
      return;
    }
  gtk_label_set_markup (label, markup);
}
