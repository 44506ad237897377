/* cn-reading-page.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-data-label.h"
#include "cn-dates.h"
#include "cn-labels.h"
#include "cn-reading-page.h"
#include "cn-widget-util.h"

void
cn_reading_page_init (CnReadingPage *page,
                      GtkBox        *sections_box,
                      GtkLabel      *fallback_label)
{
  page->sections_box = sections_box;
  page->fallback_label = fallback_label;
  page->has_fallback = FALSE;
}

/**
 * cn_reading_page_clear:
 *
 * Removes the sections and hides the fallback note, for a new record.
 */
void
cn_reading_page_clear (CnReadingPage *page)
{
  cn_box_remove_all (page->sections_box);
  page->has_fallback = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (page->fallback_label), FALSE);
}

/* Notes that @text is shown in English for want of its Hebrew. */
void
cn_reading_page_note_fallback (CnReadingPage *page,
                               const CnText  *text)
{
  if (text != NULL && cn_text_is_fallback (text))
    page->has_fallback = TRUE;
}

/**
 * cn_reading_page_show_data_text:
 * @text: (nullable): hides @label when %NULL
 *
 * Shows dataset text in one of the page's fixed labels.
 */
void
cn_reading_page_show_data_text (CnReadingPage *page,
                                GtkLabel      *label,
                                const CnText  *text)
{
  cn_reading_page_note_fallback (page, text);
  cn_label_set_data_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/**
 * cn_reading_page_add_section:
 *
 * Appends a section: a level-2 heading and a box for its content.
 *
 * Returns: (transfer none): the section's box
 */
GtkBox *
cn_reading_page_add_section (CnReadingPage *page,
                             const char    *heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_box_append (GTK_BOX (box), cn_heading_new (heading, 2));
  gtk_box_append (page->sections_box, box);
  return GTK_BOX (box);
}

/* A body label for dataset text, noting a fallback. */
GtkWidget *
cn_reading_page_body_label_new (CnReadingPage *page,
                                const CnText  *text)
{
  cn_reading_page_note_fallback (page, text);
  return cn_body_label_new (text);
}

/* A section of one paragraph, when there is one. */
void
cn_reading_page_add_text_section (CnReadingPage *page,
                                  const char    *heading,
                                  const CnText  *text)
{
  if (text == NULL)
    return;
  gtk_box_append (cn_reading_page_add_section (page, heading), cn_reading_page_body_label_new (page, text));
}

/**
 * cn_reading_page_add_sources:
 * @verified: (nullable): the date the record was last checked
 *
 * Fills a "Sources" section: one link per source (the address as its
 * tooltip) and the date the record was last verified.
 */
void
cn_reading_page_add_sources (GtkBox         *section,
                             const CnSource *sources,
                             guint           n_sources,
                             const char     *verified)
{
  gtk_widget_add_css_class (GTK_WIDGET (section), "sources");
  for (guint i = 0; i < n_sources; i++)
    gtk_box_append (section, cn_link_button_new (sources[i].title, "win.open-uri",
                                                 g_variant_new_string (sources[i].url), sources[i].url));

  if (verified != NULL)
    {
      g_autofree char *long_date = cn_date_format_long (NULL, verified);
      g_autofree char *date = cn_bidi_isolate (long_date);
      /* Translators: the date a record was last checked against its sources */
      g_autofree char *text = g_strdup_printf (_("Last verified %s"), date);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (section, label);
    }
}

/* Shows the fallback note when a text noted so far was a fallback. */
void
cn_reading_page_update_fallback (CnReadingPage *page)
{
  gtk_widget_set_visible (GTK_WIDGET (page->fallback_label), page->has_fallback);
}

/**
 * cn_reading_page_add_source_links:
 * @sources: (nullable): CnSource
 *
 * Appends the sources of one part of a page (a section, an achievement, a
 * glossary entry) as small links under it, when it has any.
 */
void
cn_reading_page_add_source_links (GtkBox       *box,
                                  const GArray *sources)
{
  GtkWidget *group;
  GtkWidget *caption;

  if (sources == NULL || sources->len == 0)
    return;

  group = g_object_new (GTK_TYPE_BOX,
                        "orientation", GTK_ORIENTATION_VERTICAL,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                        NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (group), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ngettext ("Source", "Sources", sources->len), -1);
  gtk_widget_add_css_class (group, "sources");
  gtk_widget_add_css_class (group, "source-links");

  caption = cn_wrapped_label_new (ngettext ("Source:", "Sources:", sources->len));
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (group), caption);

  for (guint i = 0; i < sources->len; i++)
    {
      const CnSource *source = &g_array_index (sources, CnSource, i);
      GtkWidget *link = cn_link_button_new (source->title, "win.open-uri", g_variant_new_string (source->url),
                                            source->url);

      gtk_widget_add_css_class (link, "caption");
      gtk_box_append (GTK_BOX (group), link);
    }
  gtk_box_append (box, group);
}
