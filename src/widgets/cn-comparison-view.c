/* cn-comparison-view.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Two to four networks side by side (issue 13): one column a network, one
 * row a question an authority asks (kind, status, who may join, fee,
 * commitments, the five benefits…). Rows where the answers differ carry a
 * "Differs" mark and a tint, and say so to screen readers.
 *
 * GtkGrid has no row widgets, and a table needs rows for assistive
 * technologies: the table is a vertical box of rows (GTK_ACCESSIBLE_ROLE_ROW),
 * each a horizontal box of cells, with one GtkSizeGroup a column keeping
 * the columns aligned. Horizontal boxes mirror by themselves, so under a
 * right-to-left language the row labels are on the right.
 *
 * This file holds the widget, its template and the order of the rows;
 * the cells and what each row shows are built in cn-comparison-rows.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-comparison-view-private.h"
#include "cn-widget-util.h"

/* Column widths, in characters: wide enough for a sentence a line, narrow
 * enough for four networks beside the labels at 1280 pixels. */
#define LABEL_CHARS 17
#define DATA_CHARS  32

/* Rows (the names included) in the table's first frame; the others are
 * built one a frame. */
#define FIRST_ROWS 3

G_DEFINE_FINAL_TYPE (CnComparisonView, cn_comparison_view, GTK_TYPE_WIDGET)

/* A row still to build. */
typedef struct
{
  guint       index;
  char       *id;
  char       *title;
  CellFiller  fill;
  gpointer    data;     /* borrowed from the catalog */
} RowSpec;

static void
row_spec_free (gpointer data)
{
  RowSpec *spec = data;

  g_free (spec->id);
  g_free (spec->title);
  g_free (spec);
}

/* Laying out a row of four long texts takes a few milliseconds, the
 * whole table a few hundred: the first frame shows the names and the
 * first rows, and the others are built one a frame (as the detail pane's
 * sections are), so that opening the comparison answers at once. */
static gboolean
build_pending_row_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  CnComparisonView *self = CN_COMPARISON_VIEW (widget);

  if (self->pending->len > 0)
    {
      RowSpec *spec = g_ptr_array_index (self->pending, 0);

      _cn_comparison_build_row (self, spec->index, spec->id, spec->title, spec->fill, spec->data);
      g_ptr_array_remove_index (self->pending, 0);
    }
  if (self->pending->len == 0)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
add_row (CnComparisonView *self,
         guint            *index,
         const char       *id,
         const char       *title,
         CellFiller        fill,
         gpointer          data)
{
  RowSpec *spec;

  if (*index < FIRST_ROWS)
    {
      _cn_comparison_build_row (self, (*index)++, id, title, fill, data);
      return;
    }

  spec = g_new0 (RowSpec, 1);
  spec->index = (*index)++;
  spec->id = g_strdup (id);
  spec->title = g_strdup (title);
  spec->fill = fill;
  spec->data = data;
  g_ptr_array_add (self->pending, spec);
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), build_pending_row_cb, NULL, NULL);
}

static void
rebuild (CnComparisonView *self)
{
  guint n = self->comparison ? g_list_model_get_n_items (G_LIST_MODEL (self->comparison)) : 0;
  guint index = 1;

  self->dirty = FALSE;
  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->tick_id);
  g_ptr_array_set_size (self->pending, 0);
  cn_box_remove_all (self->table);
  {
    int char_width = cn_widget_get_char_width (GTK_WIDGET (self));

    self->label_width = LABEL_CHARS * char_width;
    self->data_width = DATA_CHARS * char_width;
  }

  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), n >= CN_COMPARISON_MIN);
  if (n < CN_COMPARISON_MIN)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  _cn_comparison_add_header_row (self);
  add_row (self, &index, "kind", _("Kind"), _cn_comparison_fill_kind, NULL);
  add_row (self, &index, "status", _("Status"), _cn_comparison_fill_status, NULL);
  add_row (self, &index, "founded", _("Founded"), _cn_comparison_fill_founded, NULL);
  add_row (self, &index, "eligibility", _("Who may join"), _cn_comparison_fill_eligibility, NULL);
  add_row (self, &index, "israel", _("Can an Israeli local authority join?"), _cn_comparison_fill_israel, NULL);
  add_row (self, &index, "fee", _("Fee and cost"), _cn_comparison_fill_fee, NULL);
  add_row (self, &index, "commitments", _("Commitments"), _cn_comparison_fill_commitments, NULL);
  add_row (self, &index, "reporting", _("Reporting and reviews"), _cn_comparison_fill_reporting, NULL);
  add_row (self, &index, "size", _("Size"), _cn_comparison_fill_size, NULL);
  add_row (self, &index, "themes", _("Themes"), _cn_comparison_fill_themes, NULL);
  if (self->catalog != NULL)
    {
      GListModel *benefits = cn_catalog_get_benefits (self->catalog);

      for (guint i = 0; i < g_list_model_get_n_items (benefits); i++)
        {
          g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);
          g_autofree char *id = g_strconcat ("benefit:", cn_benefit_get_id (benefit), NULL);

          add_row (self, &index, id, cn_text_get (cn_benefit_get_title (benefit)), _cn_comparison_fill_benefit,
                   benefit);
        }
    }
  add_row (self, &index, "website", _("Website"), _cn_comparison_fill_website, NULL);
  add_row (self, &index, "verified", _("Checked on"), _cn_comparison_fill_verified, NULL);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->table),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, index,
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, n + 1,
                                  -1);
  gtk_stack_set_visible_child_name (self->stack, "table");
}

static void
comparison_changed_cb (CnComparisonView *self)
{
  /* Built when shown: the set changes from the detail pane while the
   * comparison is out of sight. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->dirty = TRUE;
}

static void
export_clicked_cb (CnComparisonView *self)
{
  g_auto(GStrv) ids = cn_comparison_dup_ids (self->comparison);
  /* Sunk and released here: GTK 4.8 does not consume a floating parameter
   * of a widget class action. */
  g_autoptr(GVariant) param = g_variant_ref_sink (g_variant_new_strv ((const char * const *) ids, -1));

  /* The brief is another view's business: hand it the ids. */
  if (!gtk_widget_activate_action_variant (GTK_WIDGET (self), "win.export-brief", param))
    g_debug ("No win.export-brief action to export the comparison with");
}

static void
cn_comparison_view_map (GtkWidget *widget)
{
  CnComparisonView *self = CN_COMPARISON_VIEW (widget);

  if (self->dirty)
    rebuild (self);
  GTK_WIDGET_CLASS (cn_comparison_view_parent_class)->map (widget);
}

static void
cn_comparison_view_dispose (GObject *object)
{
  CnComparisonView *self = (CnComparisonView *)object;
  GtkWidget *child;

  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->tick_id);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_COMPARISON_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->comparison);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cn_comparison_view_parent_class)->dispose (object);
}

static void
cn_comparison_view_class_init (CnComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_comparison_view_dispose;
  widget_class->map = cn_comparison_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, stack);
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, table);
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, back_button);
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, export_button);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cncomparisonview");
}

static void
cn_comparison_view_init (CnComparisonView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Untitled pages would be "GtkStackPage" to a screen reader. */
  cn_stack_name_pages (self->stack, "table", _("Comparison table"),
                       "empty", _("Choose at least two networks to compare"), NULL);
  self->pending = g_ptr_array_new_with_free_func (row_spec_free);
  cn_widget_set_tooltip_text (GTK_WIDGET (self->back_button), _("Back (Esc)"));
  self->dirty = TRUE;
}

/**
 * cn_comparison_view_set_model:
 * @catalog: the catalog, for its benefits (one row each)
 * @comparison: the networks to compare, which the view follows
 */
void
cn_comparison_view_set_model (CnComparisonView *self,
                              CnCatalog        *catalog,
                              CnComparison     *comparison)
{
  g_return_if_fail (CN_IS_COMPARISON_VIEW (self));

  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_set_object (&self->catalog, catalog);
  g_set_object (&self->comparison, comparison);
  if (comparison != NULL)
    g_signal_connect_object (comparison, "items-changed", G_CALLBACK (comparison_changed_cb), self,
                             G_CONNECT_SWAPPED);
  comparison_changed_cb (self);
}

/**
 * cn_comparison_view_update:
 *
 * Builds the table now if the comparison changed since it was last built
 * (it is otherwise built when the view is mapped).
 */
void
cn_comparison_view_update (CnComparisonView *self)
{
  g_return_if_fail (CN_IS_COMPARISON_VIEW (self));

  if (self->dirty)
    rebuild (self);
}

/**
 * cn_comparison_view_is_complete:
 *
 * Returns: whether every row of the table has been added
 */
gboolean
cn_comparison_view_is_complete (CnComparisonView *self)
{
  g_return_val_if_fail (CN_IS_COMPARISON_VIEW (self), FALSE);
  return !self->dirty && self->pending->len == 0;
}

GtkWidget *
cn_comparison_view_get_table (CnComparisonView *self)
{
  g_return_val_if_fail (CN_IS_COMPARISON_VIEW (self), NULL);
  return GTK_WIDGET (self->table);
}

/**
 * cn_comparison_view_get_row:
 * @row_id: "networks" (the column headers), "kind", "status", "founded",
 *   "eligibility", "israel", "fee", "commitments", "reporting", "size",
 *   "themes", "benefit:ID", "website" or "verified"
 *
 * Returns: (transfer none) (nullable): the row's widget
 */
GtkWidget *
cn_comparison_view_get_row (CnComparisonView *self,
                            const char       *row_id)
{
  g_return_val_if_fail (CN_IS_COMPARISON_VIEW (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->table)); row;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "cn-row-id"), row_id) == 0)
      return row;
  return NULL;
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      const char *value = gtk_label_get_text (GTK_LABEL (widget));

      if (value[0] != '\0')
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, value);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/**
 * cn_comparison_view_dup_cell_text:
 * @column: 0 for the row's header, 1 for the first network, …
 *
 * Returns: (transfer full) (nullable): the texts the cell shows, one a line
 */
char *
cn_comparison_view_dup_cell_text (CnComparisonView *self,
                                  const char       *row_id,
                                  guint             column)
{
  GtkWidget *row = cn_comparison_view_get_row (self, row_id);
  GtkWidget *cell;
  GString *text;

  if (row == NULL)
    return NULL;
  cell = gtk_widget_get_first_child (row);
  for (guint i = 0; i < column && cell != NULL; i++)
    cell = gtk_widget_get_next_sibling (cell);
  if (cell == NULL)
    return NULL;

  text = g_string_new (NULL);
  collect_text (cell, text);
  return g_string_free (text, FALSE);
}

gboolean
cn_comparison_view_row_differs (CnComparisonView *self,
                                const char       *row_id)
{
  GtkWidget *row = cn_comparison_view_get_row (self, row_id);

  return row != NULL && gtk_widget_has_css_class (row, "differs");
}
