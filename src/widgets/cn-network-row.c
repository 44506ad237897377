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

struct _CnNetworkRow
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkInscription *name_label;
  GtkInscription *summary_label;
  GtkLabel  *acronym_label;
  GtkLabel  *status_label;

  /* Owned references */
  CnNetwork *network;
  CnSearchQuery *highlight;   /* the search whose words are shown in bold */
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
set_data_text (GtkInscription      *inscription,
               const CnText        *text,
               const CnSearchQuery *highlight)
{
  const char *value = cn_text_get (text);
  gboolean rtl = g_strcmp0 (cn_text_get_shown_language (text), "he") == 0;
  g_autofree char *prepared = NULL;

  if (value != NULL && (rtl || cn_ui_is_rtl ()))
    prepared = cn_bidi_prepare_text (value, rtl);

  /* Why the row matched: the query's words in bold. The data is escaped
   * (cn_search_query_highlight()); only the bold spans are markup. */
  if (value != NULL && !cn_search_query_is_empty (highlight))
    {
      g_autofree char *markup = cn_search_query_highlight (highlight, prepared ? prepared : value);

      gtk_inscription_set_markup (inscription, markup);
    }
  else
    gtk_inscription_set_text (inscription, prepared ? prepared : value);
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
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
      return;
    }

  name = cn_text_get (cn_network_get_name (network));
  acronym = cn_network_get_acronym (network);
  status = cn_network_get_status (network);

  set_data_text (self->name_label, cn_network_get_name (network), self->highlight);
  set_data_text (self->summary_label, cn_network_get_summary (network), self->highlight);

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

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
}

/**
 * cn_network_row_set_highlight:
 * @query: (nullable): the search the row was found by
 *
 * Shows the words of the name and summary that match @query in bold.
 */
void
cn_network_row_set_highlight (CnNetworkRow  *self,
                              CnSearchQuery *query)
{
  g_return_if_fail (CN_IS_NETWORK_ROW (self));

  if (self->highlight == query)
    return;
  g_clear_pointer (&self->highlight, cn_search_query_unref);
  self->highlight = query ? cn_search_query_ref (query) : NULL;
  if (self->network != NULL)
    {
      set_data_text (self->name_label, cn_network_get_name (self->network), self->highlight);
      set_data_text (self->summary_label, cn_network_get_summary (self->network), self->highlight);
    }
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
  g_clear_pointer (&self->highlight, cn_search_query_unref);

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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnnetworkrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cn_network_row_init (CnNetworkRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
