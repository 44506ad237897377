/* cn-welcome-page.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the Networks view shows when no network is selected: the catalog's
 * introduction, its benefits as links into the Benefits view, and the
 * introduction's sources. A catalog without an introduction shows only the
 * parts it has. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-clamp.h"
#include "cn-labels.h"
#include "cn-reading-page.h"
#include "cn-welcome-page.h"
#include "cn-widget-util.h"

struct _CnWelcomePage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkLabel          *title_label;
  GtkLabel          *fallback_label;
  GtkLabel          *body_label;
  GtkBox            *sections_box;
  GtkWidget         *fit_button;

  CnReadingPage      reading;

  /* Owned references */
  CnCatalog         *catalog;
};

G_DEFINE_FINAL_TYPE (CnWelcomePage, cn_welcome_page, GTK_TYPE_WIDGET)

static void
add_benefits_section (CnWelcomePage *self)
{
  GListModel *benefits = cn_catalog_get_benefits (self->catalog);
  guint n = g_list_model_get_n_items (benefits);
  const char *heading;
  GtkBox *box;

  if (n == 0)
    return;

  /* The bundled catalog has five; a user's catalog may have others. */
  if (n == 5)
    heading = _("The five benefits");
  else
    /* Translators: the heading over a catalog's benefits when they are not five */
    heading = _("The benefits");

  box = cn_reading_page_add_section (&self->reading, heading);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);
      const CnText *summary = cn_benefit_get_summary (benefit);

      gtk_box_append (box, cn_link_button_new (cn_text_get (cn_benefit_get_title (benefit)), "win.select-benefit",
                                               g_variant_new_string (cn_benefit_get_id (benefit)),
                                               _("Show this benefit and every network that delivers it")));
      if (summary != NULL)
        gtk_box_append (box, cn_reading_page_body_label_new (&self->reading, summary));
    }
}

/* The reference pages, reachable from here in one step. */
static void
add_more_section (CnWelcomePage *self)
{
  guint n_glossary = 0, n_authorities = 0;
  GtkBox *box;

  cn_catalog_get_glossary (self->catalog, &n_glossary);
  cn_catalog_get_israeli_authorities (self->catalog, &n_authorities);
  if (n_glossary == 0 && n_authorities == 0)
    return;

  box = cn_reading_page_add_section (&self->reading, _("Find out more"));
  if (n_glossary > 0)
    gtk_box_append (box, cn_link_button_new (_("Glossary of terms"), "win.show-glossary", g_variant_new_string (""),
                                             _("What the abbreviations the networks use stand for")));
  if (n_authorities > 0)
    gtk_box_append (box, cn_link_button_new (_("Israeli authorities in international networks"),
                                             "win.show-israeli-authorities", NULL,
                                             _("Which Israeli local authorities have taken part, and in what")));
}

static void
add_sources_section (CnWelcomePage *self)
{
  guint n;
  const CnSource *sources = cn_catalog_get_introduction_sources (self->catalog, &n);

  if (n > 0)
    cn_reading_page_add_sources (cn_reading_page_add_section (&self->reading, ngettext ("Source", "Sources", n)),
                                 sources, n, NULL);
}

static void
rebuild (CnWelcomePage *self)
{
  cn_reading_page_clear (&self->reading);

  if (self->catalog == NULL)
    {
      cn_reading_page_show_data_text (&self->reading, self->title_label, NULL);
      cn_reading_page_show_data_text (&self->reading, self->body_label, NULL);
      return;
    }

  cn_reading_page_show_data_text (&self->reading, self->title_label, cn_catalog_get_introduction_title (self->catalog));
  cn_reading_page_show_data_text (&self->reading, self->body_label, cn_catalog_get_introduction_body (self->catalog));
  add_more_section (self);
  add_benefits_section (self);
  add_sources_section (self);

  cn_reading_page_update_fallback (&self->reading);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
cn_welcome_page_dispose (GObject *object)
{
  CnWelcomePage *self = (CnWelcomePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_WELCOME_PAGE);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cn_welcome_page_parent_class)->dispose (object);
}

static void
cn_welcome_page_class_init (CnWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_welcome_page_dispose;

  g_type_ensure (CN_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CnWelcomePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnWelcomePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CnWelcomePage, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, CnWelcomePage, body_label);
  gtk_widget_class_bind_template_child (widget_class, CnWelcomePage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, CnWelcomePage, fit_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnwelcomepage");
}

static void
cn_welcome_page_init (CnWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not in the template: see cn_widget_set_tooltip_text(). */
  cn_widget_set_tooltip_text (self->fit_button, _("Answer a few questions and see the networks ranked, with what rules "
                                                  "each out and what is not confirmed"));
  cn_reading_page_init (&self->reading, self->sections_box, self->fallback_label);
}

GtkWidget *
cn_welcome_page_new (void)
{
  return g_object_new (CN_TYPE_WELCOME_PAGE, NULL);
}

/**
 * cn_welcome_page_set_catalog:
 * @catalog: (nullable): the catalog whose introduction to show
 */
void
cn_welcome_page_set_catalog (CnWelcomePage *self,
                             CnCatalog     *catalog)
{
  g_return_if_fail (CN_IS_WELCOME_PAGE (self));
  g_return_if_fail (catalog == NULL || CN_IS_CATALOG (catalog));

  if (g_set_object (&self->catalog, catalog))
    rebuild (self);
}
