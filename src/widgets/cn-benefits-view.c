/* cn-benefits-view.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Benefits page: the catalog's benefits in a list that follows the
 * window's search, and the reading view of the selected one. The list's
 * models are declared in the template; the filter and its ranking sorter
 * need the catalog, so they are put in place by set_catalog(). */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-benefits-matrix.h"
#include "cn-benefits-view.h"
#include "cn-clamp.h"
#include "cn-list-frame.h"
#include "cn-widget-util.h"
#include "cn-search-filter.h"
#include "cn-data-label.h"
#include "cn-labels.h"
#include "cn-reading-page.h"

struct _CnBenefitsView
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
  GtkFilterListModel *filter_model;
  GtkLabel           *empty_title;
  GtkLabel           *empty_hint;
  GtkScrolledWindow  *scroller;
  GtkWidget          *page;
  GtkLabel           *title_label;
  GtkLabel           *fallback_label;
  GtkLabel           *summary_label;
  GtkLabel           *explanation_label;
  GtkBox             *sections_box;
  GtkStack           *mode_stack;
  CnBenefitsMatrix   *matrix;

  CnReadingPage       reading;

  /* Owned references */
  CnCatalog          *catalog;
  CnSearchFilter     *filter;
  CnBenefit          *benefit;      /* the one shown in the detail */
  char               *search_text;
};

G_DEFINE_FINAL_TYPE (CnBenefitsView, cn_benefits_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_in_practice_section (CnBenefitsView *self)
{
  cn_reading_page_add_text_section (&self->reading, _("How a municipality uses it"),
                                    cn_benefit_get_in_practice (self->benefit));
}

static void
add_deliveries_section (CnBenefitsView *self)
{
  guint n;
  const CnDelivery *deliveries = cn_benefit_get_deliveries (self->benefit, &n);
  GtkBox *box;

  if (n == 0)
    return;

  box = cn_reading_page_add_section (&self->reading, _("Networks that deliver it"));
  for (guint i = 0; i < n; i++)
    {
      CnNetwork *network = deliveries[i].network;

      gtk_box_append (box, cn_link_button_new (cn_text_get (cn_network_get_name (network)), "win.select-network",
                                               g_variant_new_string (cn_network_get_id (network)),
                                               _("Show this network in the list of networks")));
      if (deliveries[i].example != NULL)
        gtk_box_append (box, cn_reading_page_body_label_new (&self->reading, deliveries[i].example));
    }
}

static void
add_sources_section (CnBenefitsView *self)
{
  guint n;
  const CnSource *sources = cn_benefit_get_sources (self->benefit, &n);
  const char *verified = cn_benefit_get_verified (self->benefit);

  if (n > 0 || verified != NULL)
    cn_reading_page_add_sources (cn_reading_page_add_section (&self->reading, _("Sources")), sources, n, verified);
}

static void
rebuild (CnBenefitsView *self)
{
  CnBenefit *benefit = self->benefit;

  cn_reading_page_clear (&self->reading);

  /* Nothing selected (the search left no benefit): an empty reading pane. */
  gtk_widget_set_visible (self->page, benefit != NULL);
  if (benefit == NULL)
    return;

  cn_reading_page_show_data_text (&self->reading, self->title_label, cn_benefit_get_title (benefit));
  cn_reading_page_show_data_text (&self->reading, self->summary_label, cn_benefit_get_summary (benefit));
  cn_reading_page_show_data_text (&self->reading, self->explanation_label, cn_benefit_get_explanation (benefit));
  add_in_practice_section (self);
  add_deliveries_section (self);
  add_sources_section (self);

  cn_reading_page_update_fallback (&self->reading);

  /* A new record starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
update_empty_state (CnBenefitsView *self)
{
  g_autofree char *title = NULL;
  gboolean searching = self->filter != NULL && cn_search_filter_is_active (self->filter);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (searching)
    {
      g_autofree char *query = cn_bidi_isolate (self->search_text);

      /* Translators: %s is the text typed in the search entry */
      title = g_strdup_printf (_("No benefits match “%s”"), query);
    }
  else
    title = g_strdup (_("This catalog lists no benefits"));

  gtk_label_set_text (self->empty_title, title);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_hint), searching);
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
selection_changed_cb (CnBenefitsView     *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  if (!g_set_object (&self->benefit, gtk_single_selection_get_selected_item (selection)))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
filtered_items_changed_cb (CnBenefitsView *self,
                           guint           position,
                           guint           removed,
                           guint           added,
                           GListModel     *model)
{
  update_empty_state (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 2,
                                 "margin-top", 8,
                                 "margin-bottom", 8,
                                 "margin-start", 6,
                                 "margin-end", 6,
                                 NULL);
  GtkWidget *title = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   NULL);
  GtkWidget *summary = g_object_new (GTK_TYPE_LABEL,
                                     "xalign", 0.0f,
                                     "ellipsize", PANGO_ELLIPSIZE_END,
                                     "single-line-mode", TRUE,
                                     NULL);

  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (summary, "caption");
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  CnBenefit *benefit = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *summary = gtk_widget_get_next_sibling (title);

  cn_label_set_data_text (GTK_LABEL (title), cn_benefit_get_title (benefit));
  cn_label_set_data_text (GTK_LABEL (summary), cn_benefit_get_summary (benefit));

  /* Screen readers announce the row by the benefit's title. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, cn_text_get (cn_benefit_get_title (benefit)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, cn_text_get (cn_benefit_get_summary (benefit)),
                                  -1);
}

/* The matrix is built when first shown: most visits want the list. */
static void
mode_changed_cb (CnBenefitsView *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "matrix") == 0)
    cn_benefits_matrix_set_catalog (self->matrix, self->catalog);
}

static void
cn_benefits_view_dispose (GObject *object)
{
  CnBenefitsView *self = (CnBenefitsView *)object;
  GtkWidget *child;

  /* The models outlive the template's teardown by a moment; make sure they
   * no longer call back into a half-disposed view. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_BENEFITS_VIEW);
  /* The template's top widget has no id, so it is not one of the children
   * dispose_template() removes. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->catalog);
  g_clear_object (&self->filter);
  g_clear_object (&self->benefit);

  G_OBJECT_CLASS (cn_benefits_view_parent_class)->dispose (object);
}

static void
cn_benefits_view_finalize (GObject *object)
{
  CnBenefitsView *self = (CnBenefitsView *)object;

  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (cn_benefits_view_parent_class)->finalize (object);
}

static void
cn_benefits_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CnBenefitsView *self = CN_BENEFITS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, cn_benefits_view_get_selected (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_benefits_view_class_init (CnBenefitsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_benefits_view_dispose;
  object_class->finalize = cn_benefits_view_finalize;
  object_class->get_property = cn_benefits_view_get_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, CN_TYPE_BENEFIT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CN_TYPE_CLAMP);
  g_type_ensure (CN_TYPE_LIST_FRAME);
  g_type_ensure (CN_TYPE_BENEFITS_MATRIX);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-benefits-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, selection);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, empty_title);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, empty_hint);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, page);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, sections_box);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsView, matrix);
  gtk_widget_class_bind_template_callback (widget_class, mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filtered_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnbenefitsview");
}

static void
cn_benefits_view_init (CnBenefitsView *self)
{
  self->search_text = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  cn_stack_name_pages (self->list_stack, "list", _("Benefits"), "empty", _("No benefits found"), NULL);
  cn_reading_page_init (&self->reading, self->sections_box, self->fallback_label);
  update_empty_state (self);
}

GtkWidget *
cn_benefits_view_new (void)
{
  return g_object_new (CN_TYPE_BENEFITS_VIEW, NULL);
}

/**
 * cn_benefits_view_set_catalog:
 * @catalog: (nullable): the catalog whose benefits to list
 *
 * Lists @catalog's benefits, filtered by the current search text. The
 * benefit that was selected stays selected when the new catalog has it.
 */
void
cn_benefits_view_set_catalog (CnBenefitsView *self,
                              CnCatalog      *catalog)
{
  g_autofree char *selected_id = NULL;
  g_autoptr(CnSearchFilter) filter = NULL;
  g_autoptr(GtkSorter) sorter = NULL;

  g_return_if_fail (CN_IS_BENEFITS_VIEW (self));
  g_return_if_fail (catalog == NULL || CN_IS_CATALOG (catalog));

  if (self->catalog == catalog)
    return;

  if (self->benefit != NULL)
    selected_id = g_strdup (cn_benefit_get_id (self->benefit));

  if (catalog != NULL)
    {
      filter = cn_search_filter_new (catalog, CN_SEARCH_TARGET_BENEFITS);
      cn_search_filter_set_text (filter, self->search_text);
      sorter = cn_search_filter_create_sorter (filter);
    }

  /* The sorter reads its filter's ranks without holding a reference: empty
   * the list first, so the old sorter never runs against a freed filter or
   * the new one against the old catalog's items. */
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  gtk_sort_list_model_set_sorter (self->sort_model, sorter);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_set_object (&self->filter, filter);
  g_set_object (&self->catalog, catalog);
  gtk_filter_list_model_set_model (self->filter_model, catalog ? cn_catalog_get_benefits (catalog) : NULL);

  if (selected_id != NULL)
    cn_benefits_view_select_benefit (self, selected_id);
  update_empty_state (self);
  mode_changed_cb (self);
}

/**
 * cn_benefits_view_set_search_text:
 * @text: (nullable): what to search for; %NULL or "" lists every benefit
 */
void
cn_benefits_view_set_search_text (CnBenefitsView *self,
                                  const char     *text)
{
  g_return_if_fail (CN_IS_BENEFITS_VIEW (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  if (self->filter != NULL)
    cn_search_filter_set_text (self->filter, text);

  /* The list may stay empty while the text changes: keep the title current. */
  update_empty_state (self);
}

/**
 * cn_benefits_view_select_benefit:
 * @id: a benefit's id
 *
 * Selects the benefit and scrolls the list to it. Keyboard focus does not
 * move.
 *
 * Returns: %FALSE when no listed benefit has @id: it is not in the catalog,
 *   or the search hides it
 */
gboolean
cn_benefits_view_select_benefit (CnBenefitsView *self,
                                 const char     *id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (CN_IS_BENEFITS_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  model = G_LIST_MODEL (self->sort_model);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (model, i);

      if (g_strcmp0 (cn_benefit_get_id (benefit), id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * cn_benefits_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the benefit shown in the detail
 */
CnBenefit *
cn_benefits_view_get_selected (CnBenefitsView *self)
{
  g_return_val_if_fail (CN_IS_BENEFITS_VIEW (self), NULL);
  return self->benefit;
}

/**
 * cn_benefits_view_dup_listed_network_ids:
 *
 * For tests: the networks linked from the detail.
 *
 * Returns: (transfer full) (element-type utf8): the ids of the networks
 *   the shown benefit lists, in order; empty when nothing is shown
 */
GPtrArray *
cn_benefits_view_dup_listed_network_ids (CnBenefitsView *self)
{
  GPtrArray *ids;
  const CnDelivery *deliveries;
  guint n;

  g_return_val_if_fail (CN_IS_BENEFITS_VIEW (self), NULL);

  ids = g_ptr_array_new_with_free_func (g_free);
  if (self->benefit == NULL)
    return ids;

  deliveries = cn_benefit_get_deliveries (self->benefit, &n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, g_strdup (cn_network_get_id (deliveries[i].network)));
  return ids;
}

/**
 * cn_benefits_view_get_n_visible:
 *
 * Returns: how many benefits the list shows after the search
 */
guint
cn_benefits_view_get_n_visible (CnBenefitsView *self)
{
  g_return_val_if_fail (CN_IS_BENEFITS_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

/**
 * cn_benefits_view_set_mode:
 * @mode: "list" or "matrix"
 */
void
cn_benefits_view_set_mode (CnBenefitsView *self,
                           const char     *mode)
{
  g_return_if_fail (CN_IS_BENEFITS_VIEW (self));

  gtk_stack_set_visible_child_name (self->mode_stack, g_strcmp0 (mode, "matrix") == 0 ? "matrix" : "list");
}

/**
 * cn_benefits_view_get_matrix:
 *
 * Returns: (transfer none): the matrix page
 */
CnBenefitsMatrix *
cn_benefits_view_get_matrix (CnBenefitsView *self)
{
  g_return_val_if_fail (CN_IS_BENEFITS_VIEW (self), NULL);
  return self->matrix;
}
