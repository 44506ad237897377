/* cn-glossary-page.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The glossary: the abbreviations and names the networks use (CDP, GCoM,
 * SECAP, MRV…), each with what it stands for, what it means and where that
 * comes from. Opened from the welcome page, the primary menu and a search
 * for a term (win.show-glossary). */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-clamp.h"
#include "cn-data-label.h"
#include "cn-glossary-page.h"
#include "cn-labels.h"
#include "cn-reading-page.h"
#include "cn-widget-util.h"

/* Space left above an entry scrolled to the top. */
#define SCROLL_MARGIN 12
/* How many frames to wait for a pending layout before giving up. */
#define SCROLL_MAX_FRAMES 30

struct _CnGlossaryPage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkViewport       *viewport;
  GtkLabel          *intro_label;
  GtkLabel          *fallback_label;
  GtkBox            *sections_box;

  CnReadingPage      reading;

  /* Owned references */
  CnCatalog         *catalog;
  char              *scroll_term;

  guint              n_entries;
  guint              scroll_tick_id;
  guint              scroll_frames;
};

G_DEFINE_FINAL_TYPE (CnGlossaryPage, cn_glossary_page, GTK_TYPE_WIDGET)

static void
add_entry (CnGlossaryPage        *self,
           const CnGlossaryEntry *entry)
{
  g_autofree char *term = cn_bidi_isolate (entry->term);
  g_autofree char *expansion = entry->expansion ? cn_bidi_isolate_text (entry->expansion) : NULL;
  g_autofree char *heading = NULL;
  GtkBox *box;

  if (expansion != NULL && g_strcmp0 (cn_text_get (entry->expansion), entry->term) != 0)
    /* Translators: a glossary entry's heading, e.g. "GCoM — Global Covenant of Mayors for Climate & Energy" */
    heading = g_strdup_printf (_("%s — %s"), term, expansion);
  else
    heading = g_strdup (entry->term);

  /* The heading starts with a Latin term: without a mark Pango would lay a
   * Hebrew heading out left to right. */
  if (cn_ui_is_rtl ())
    {
      char *marked = g_strconcat ("\xE2\x80\x8F", heading, NULL);   /* RLM */

      g_free (heading);
      heading = marked;
    }

  cn_reading_page_note_fallback (&self->reading, entry->expansion);
  box = cn_reading_page_add_section (&self->reading, heading);
  g_object_set_data_full (G_OBJECT (box), "cn-term", g_strdup (entry->term), g_free);
  if (entry->definition != NULL)
    gtk_box_append (box, cn_reading_page_body_label_new (&self->reading, entry->definition));
  cn_reading_page_add_source_links (box, entry->sources);
}

static void
rebuild (CnGlossaryPage *self)
{
  const CnGlossaryEntry *entries = NULL;

  cn_reading_page_clear (&self->reading);
  self->n_entries = 0;
  if (self->catalog != NULL)
    entries = cn_catalog_get_glossary (self->catalog, &self->n_entries);

  for (guint i = 0; i < self->n_entries; i++)
    add_entry (self, &entries[i]);

  cn_reading_page_update_fallback (&self->reading);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* The entry's box, or NULL. Terms match whatever their case. */
static GtkWidget *
find_entry (CnGlossaryPage *self,
            const char     *term)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL && term != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *entry_term = g_object_get_data (G_OBJECT (child), "cn-term");

      if (entry_term != NULL && g_ascii_strcasecmp (entry_term, term) == 0)
        return child;
    }
  return NULL;
}

/* Brings the entry to the top; %TRUE once it is there. */
static gboolean
scroll_step (CnGlossaryPage *self)
{
  GtkWidget *entry = find_entry (self, self->scroll_term);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_point_t point;
  double value;

  if (entry == NULL)
    return TRUE;
  if (!gtk_widget_get_mapped (entry) || gtk_widget_get_height (entry) == 0 ||
      !gtk_widget_compute_point (entry, GTK_WIDGET (self->viewport), &GRAPHENE_POINT_INIT (0, 0), &point))
    return FALSE;

  value = gtk_adjustment_get_value (vadj) + point.y - SCROLL_MARGIN;
  value = CLAMP (value, gtk_adjustment_get_lower (vadj),
                 gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj));
  if (G_APPROX_VALUE (value, gtk_adjustment_get_value (vadj), 0.5))
    return TRUE;
  gtk_adjustment_set_value (vadj, value);
  return FALSE;
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  CnGlossaryPage *self = CN_GLOSSARY_PAGE (widget);

  if (scroll_step (self) || ++self->scroll_frames >= SCROLL_MAX_FRAMES)
    {
      self->scroll_tick_id = 0;
      g_clear_pointer (&self->scroll_term, g_free);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
cn_glossary_page_dispose (GObject *object)
{
  CnGlossaryPage *self = (CnGlossaryPage *)object;

  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->scroll_tick_id);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_GLOSSARY_PAGE);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->scroll_term, g_free);

  G_OBJECT_CLASS (cn_glossary_page_parent_class)->dispose (object);
}

static void
cn_glossary_page_class_init (CnGlossaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_glossary_page_dispose;

  g_type_ensure (CN_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-glossary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CnGlossaryPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnGlossaryPage, viewport);
  gtk_widget_class_bind_template_child (widget_class, CnGlossaryPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, CnGlossaryPage, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, CnGlossaryPage, sections_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnglossarypage");
}

static void
cn_glossary_page_init (CnGlossaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cn_reading_page_init (&self->reading, self->sections_box, self->fallback_label);
  gtk_label_set_text (self->intro_label,
                      _("The abbreviations and names that the networks and their reports use, what they stand for and "
                        "what they mean."));
}

GtkWidget *
cn_glossary_page_new (void)
{
  return g_object_new (CN_TYPE_GLOSSARY_PAGE, NULL);
}

void
cn_glossary_page_set_catalog (CnGlossaryPage *self,
                              CnCatalog      *catalog)
{
  g_return_if_fail (CN_IS_GLOSSARY_PAGE (self));
  g_return_if_fail (catalog == NULL || CN_IS_CATALOG (catalog));

  if (g_set_object (&self->catalog, catalog))
    rebuild (self);
}

guint
cn_glossary_page_get_n_entries (CnGlossaryPage *self)
{
  g_return_val_if_fail (CN_IS_GLOSSARY_PAGE (self), 0);
  return self->n_entries;
}

/**
 * cn_glossary_page_scroll_to_term:
 * @term: (nullable): an entry's term; %NULL or an unknown term shows the top
 *
 * Brings the entry for @term to the top of the page, now or when the page
 * is next laid out.
 */
void
cn_glossary_page_scroll_to_term (CnGlossaryPage *self,
                                 const char     *term)
{
  g_return_if_fail (CN_IS_GLOSSARY_PAGE (self));

  g_free (self->scroll_term);
  self->scroll_term = g_strdup (term);
  self->scroll_frames = 0;
  if (term == NULL || find_entry (self, term) == NULL)
    {
      cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->scroll_tick_id);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      return;
    }
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}
