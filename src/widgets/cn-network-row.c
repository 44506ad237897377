/* cn-network-row.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-network-row.h"
#include "cn-data-label.h"
#include "cn-shortlist.h"

struct _CnNetworkRow
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkInscription *name_label;
  GtkInscription *summary_label;
  GtkLabel  *acronym_label;
  GtkLabel  *status_label;
  GtkImage  *star_image;

  /* Owned references */
  CnNetwork *network;
  CnShortlist *shortlist;
  gboolean   starred;
};

G_DEFINE_FINAL_TYPE (CnNetworkRow, cn_network_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NETWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows use GtkInscription, not GtkLabel: the list keeps a couple of
 * hundred rows alive and rebinds them as the search changes, and a label
 * lays out its whole text to report its size (measuring the rows' labels
 * was most of each keystroke in the benchmark). An inscription asks for a
 * fixed size and only lays out what it shows. */
static void
set_data_text (GtkInscription *inscription,
               const CnText   *text)
{
  const char *value = cn_text_get (text);
  gboolean rtl = g_strcmp0 (cn_text_get_shown_language (text), "he") == 0;
  g_autofree char *prepared = NULL;

  if (value != NULL && (rtl || cn_ui_is_rtl ()))
    prepared = cn_bidi_prepare_text (value, rtl);
  gtk_inscription_set_text (inscription, prepared ? prepared : value);
}

/* The star of a network on the shortlist; screen readers hear it before
 * the summary. */
static void
update_star (CnNetworkRow *self)
{
  gboolean starred = self->network != NULL && self->shortlist != NULL &&
                     cn_shortlist_is_starred (self->shortlist, cn_network_get_id (self->network));
  const char *summary;
  g_autofree char *description = NULL;

  if (self->network == NULL || starred == self->starred)
    return;
  self->starred = starred;
  gtk_widget_set_visible (GTK_WIDGET (self->star_image), starred);
  summary = cn_text_get (cn_network_get_summary (self->network));
  if (starred)
    /* Translators: a row's description for screen readers; %s is the network's summary */
    description = g_strdup_printf (_("On your shortlist. %s"), summary ? summary : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : summary, -1);
}

static void
shortlist_changed_cb (CnNetworkRow *self,
                      const char   *id)
{
  if (self->network != NULL && g_strcmp0 (id, cn_network_get_id (self->network)) == 0)
    update_star (self);
}

/**
 * cn_network_row_set_shortlist:
 *
 * The shortlist whose starred networks show a star.
 */
void
cn_network_row_set_shortlist (CnNetworkRow *self,
                              CnShortlist  *shortlist)
{
  g_return_if_fail (CN_IS_NETWORK_ROW (self));

  if (self->shortlist == shortlist)
    return;
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_func (self->shortlist, shortlist_changed_cb, self);
  g_set_object (&self->shortlist, shortlist);
  if (shortlist != NULL)
    g_signal_connect_object (shortlist, "changed", G_CALLBACK (shortlist_changed_cb), self, G_CONNECT_SWAPPED);
  update_star (self);
}

/* Whether the row shows a star (for the tests). */
gboolean
cn_network_row_get_starred (CnNetworkRow *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_ROW (self), FALSE);
  return self->starred;
}

GtkWidget *
cn_network_row_new (void)
{
  return g_object_new (CN_TYPE_NETWORK_ROW, NULL);
}

CnNetwork *
cn_network_row_get_network (CnNetworkRow *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_ROW (self), NULL);
  return self->network;
}

void
cn_network_row_set_network (CnNetworkRow *self,
                            CnNetwork    *network)
{
  const char *acronym;
  const char *name;
  CnNetworkStatus status;

  g_return_if_fail (CN_IS_NETWORK_ROW (self));

  if (!g_set_object (&self->network, network))
    return;

  if (network == NULL)
    {
      gtk_inscription_set_text (self->name_label, NULL);
      gtk_inscription_set_text (self->summary_label, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->acronym_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->star_image), FALSE);
      self->starred = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
      return;
    }

  name = cn_text_get (cn_network_get_name (network));
  acronym = cn_network_get_acronym (network);
  status = cn_network_get_status (network);

  set_data_text (self->name_label, cn_network_get_name (network));
  set_data_text (self->summary_label, cn_network_get_summary (network));

  /* Only show the acronym when the name does not already contain it. Its
   * label is left alone while hidden: rows are rebound by the hundred at
   * each keystroke, and setting a label's text is not free. */
  if (acronym != NULL && strstr (name, acronym) == NULL)
    {
      if (g_strcmp0 (gtk_label_get_text (self->acronym_label), acronym) != 0)
        gtk_label_set_text (self->acronym_label, acronym);
      gtk_widget_set_visible (GTK_WIDGET (self->acronym_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->acronym_label), FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status == CN_NETWORK_STATUS_ENDED);

  /* Screen readers announce the row by the network's name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, cn_text_get (cn_network_get_summary (network)),
                                  -1);
  /* Rows are rebound by the hundred at each keystroke: one hash lookup. */
  gtk_widget_set_visible (GTK_WIDGET (self->star_image), FALSE);
  self->starred = FALSE;
  update_star (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
}

static void
cn_network_row_dispose (GObject *object)
{
  CnNetworkRow *self = (CnNetworkRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_NETWORK_ROW);
  /* Children the template does not bind are ours to unparent. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  g_clear_object (&self->network);
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_func (self->shortlist, shortlist_changed_cb, self);
  g_clear_object (&self->shortlist);

  G_OBJECT_CLASS (cn_network_row_parent_class)->dispose (object);
}

static void
cn_network_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CnNetworkRow *self = CN_NETWORK_ROW (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      g_value_set_object (value, self->network);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_network_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CnNetworkRow *self = CN_NETWORK_ROW (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      cn_network_row_set_network (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_network_row_class_init (CnNetworkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_network_row_dispose;
  object_class->get_property = cn_network_row_get_property;
  object_class->set_property = cn_network_row_set_property;

  properties[PROP_NETWORK] =
    g_param_spec_object ("network", NULL, NULL, CN_TYPE_NETWORK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-network-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, acronym_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, star_image);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnnetworkrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cn_network_row_init (CnNetworkRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
