/* cn-data-label.c — dataset text in labels, laid out in its own direction
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cn-data-label.h"
#include "cn-widget-util.h"

gboolean
cn_ui_is_rtl (void)
{
  return gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;
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
  const char *value = cn_text_get (text);
  g_autofree char *prepared = NULL;

  gtk_label_set_use_markup (label, FALSE);

  if (value == NULL)
    {
      gtk_label_set_text (label, "");
      return;
    }

  /* English in an English window needs nothing. */
  if (!cn_bidi_text_is_rtl (text) && !cn_ui_is_rtl ())
    {
      gtk_label_set_text (label, value);
      return;
    }

  prepared = cn_bidi_prepare_text (value, cn_bidi_text_is_rtl (text));
  gtk_label_set_text (label, prepared);
  /* The marks lay the text out; a screen reader gets it without them. */
  {
    g_autofree char *name = cn_accessible_text (prepared, FALSE);

    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
}
