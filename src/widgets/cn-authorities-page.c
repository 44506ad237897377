/* cn-authorities-page.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Israeli authorities in international networks": each confirmed part an
 * Israeli local authority has had in the catalog's networks, with its year,
 * the networks (links into the Networks view) and its sources. Opened from
 * the welcome page and the primary menu (win.show-israeli-authorities). */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-authorities-page.h"
#include "cn-clamp.h"
#include "cn-data-label.h"
#include "cn-labels.h"
#include "cn-network.h"
#include "cn-reading-page.h"

struct _CnAuthoritiesPage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkLabel          *intro_label;
  GtkLabel          *fallback_label;
  GtkBox            *sections_box;

  CnReadingPage      reading;

  /* Owned references */
  CnCatalog         *catalog;

  guint              n_entries;
};

G_DEFINE_FINAL_TYPE (CnAuthoritiesPage, cn_authorities_page, GTK_TYPE_WIDGET)

static void
add_entry (CnAuthoritiesPage        *self,
           const CnIsraeliAuthority *entry)
{
  g_autofree char *heading = NULL;
  GtkBox *box;

  cn_reading_page_note_fallback (&self->reading, entry->authority);
  if (entry->year != 0)
    {
      g_autofree char *name = cn_bidi_isolate_text (entry->authority);
      /* Translators: an Israeli authority and the year of its part in a network, e.g. "Ashkelon (2016)" */
      heading = g_strdup_printf (_("%s (%d)"), name, entry->year);
    }
  else
    heading = g_strdup (cn_text_get (entry->authority));

  box = cn_reading_page_add_section (&self->reading, heading);
  if (entry->text != NULL)
    gtk_box_append (box, cn_reading_page_body_label_new (&self->reading, entry->text));

  if (entry->networks != NULL && entry->networks->len > 0)
    {
      GtkWidget *links = g_object_new (GTK_TYPE_BOX,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                       "orientation", GTK_ORIENTATION_VERTICAL,
                                       NULL);

      gtk_accessible_update_property (GTK_ACCESSIBLE (links), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Networks"), -1);
      for (guint i = 0; i < entry->networks->len; i++)
        {
          CnNetwork *network = g_ptr_array_index (entry->networks, i);

          gtk_box_append (GTK_BOX (links),
                          cn_link_button_new (cn_text_get (cn_network_get_name (network)), "win.select-network",
                                              g_variant_new_string (cn_network_get_id (network)),
                                              _("Show this network in the list of networks")));
        }
      gtk_box_append (box, links);
    }
  cn_reading_page_add_source_links (box, entry->sources);
}

static void
rebuild (CnAuthoritiesPage *self)
{
  const CnIsraeliAuthority *entries = NULL;

  cn_reading_page_clear (&self->reading);
  self->n_entries = 0;
  if (self->catalog != NULL)
    entries = cn_catalog_get_israeli_authorities (self->catalog, &self->n_entries);

  for (guint i = 0; i < self->n_entries; i++)
    add_entry (self, &entries[i]);

  cn_reading_page_update_fallback (&self->reading);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
cn_authorities_page_dispose (GObject *object)
{
  CnAuthoritiesPage *self = (CnAuthoritiesPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_AUTHORITIES_PAGE);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cn_authorities_page_parent_class)->dispose (object);
}

static void
cn_authorities_page_class_init (CnAuthoritiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_authorities_page_dispose;

  g_type_ensure (CN_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-authorities-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CnAuthoritiesPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnAuthoritiesPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, CnAuthoritiesPage, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, CnAuthoritiesPage, sections_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnauthoritiespage");
}

static void
cn_authorities_page_init (CnAuthoritiesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cn_reading_page_init (&self->reading, self->sections_box, self->fallback_label);
  gtk_label_set_text (self->intro_label,
                      _("Israeli local authorities whose part in the networks of this catalog is confirmed by a "
                        "source, with the networks and the sources."));
}

GtkWidget *
cn_authorities_page_new (void)
{
  return g_object_new (CN_TYPE_AUTHORITIES_PAGE, NULL);
}

void
cn_authorities_page_set_catalog (CnAuthoritiesPage *self,
                                 CnCatalog         *catalog)
{
  g_return_if_fail (CN_IS_AUTHORITIES_PAGE (self));
  g_return_if_fail (catalog == NULL || CN_IS_CATALOG (catalog));

  if (g_set_object (&self->catalog, catalog))
    rebuild (self);
}

guint
cn_authorities_page_get_n_entries (CnAuthoritiesPage *self)
{
  g_return_val_if_fail (CN_IS_AUTHORITIES_PAGE (self), 0);
  return self->n_entries;
}
