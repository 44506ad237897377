/* cn-benefits-matrix.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every network against the five benefits, or against the themes (issue
 * 13): a mark (an icon, and a name for screen readers) where the
 * network's record lists it. A cell, chosen with the mouse or with the
 * arrow keys and Enter, shows the record's example below the grid, with a
 * button to open the network.
 *
 * As in CnComparisonView, a grid is a vertical box of rows so that
 * assistive technologies get rows (GtkGrid has none); one GtkSizeGroup a
 * column keeps the columns aligned. Only one cell of a grid takes the
 * focus from Tab (a "roving" focus, as in a spreadsheet): the arrows move
 * it, so Tab leaves the grid in one step instead of two hundred. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-benefits-matrix.h"
#include "cn-clamp.h"
#include "cn-data-label.h"
#include "cn-widget-util.h"

#define ROW_HEADER_CHARS 24
#define MEASURE_CHARS    4
#define BENEFIT_CHARS    17
#define THEME_CHARS      12

typedef enum
{
  MODE_BENEFITS,
  MODE_THEMES,
  N_MODES
} Mode;

typedef struct
{
  GtkBox    *box;
  GPtrArray *columns;   /* CnBenefit or const CnTerm, borrowed from the catalog */
  GPtrArray *cells;     /* GtkWidget, borrowed, row-major */
  guint      n_columns;
  guint      current;   /* the cell that takes the focus */
  gboolean   built;
} Grid;

struct _CnBenefitsMatrix
{
  GtkWidget   parent_instance;

  /* Template widgets */
  GtkStack   *grid_stack;
  GtkBox     *benefits_grid;
  GtkBox     *themes_grid;
  GtkLabel   *detail_title;
  GtkLabel   *detail_text;
  GtkButton  *open_button;

  /* Owned references */
  CnCatalog  *catalog;
  GPtrArray  *networks;  /* CnNetwork, the rows */

  Grid        grids[N_MODES];
  GtkWidget  *selected;  /* borrowed: the chosen cell */
};

G_DEFINE_FINAL_TYPE (CnBenefitsMatrix, cn_benefits_matrix, GTK_TYPE_WIDGET)

static const char * const mode_names[N_MODES] = { "benefits", "themes" };

static Mode
mode_from_name (const char *name)
{
  return g_strcmp0 (name, "themes") == 0 ? MODE_THEMES : MODE_BENEFITS;
}

/* The row header: Hebrew records carry a short name for tight places. */
static const char *
network_short_name (CnNetwork *network)
{
  const CnText *short_name = cn_network_get_short_name (network);

  if (short_name != NULL && !cn_text_is_fallback (short_name))
    return cn_text_get (short_name);
  return cn_text_get (cn_network_get_name (network));
}

static const char *
column_title (Mode     mode,
              gpointer column)
{
  if (mode == MODE_BENEFITS)
    return cn_text_get (cn_benefit_get_title (column));
  return cn_text_get (((const CnTerm *) column)->label);
}

/* Returns the example when @network lists the benefit, "" when it lists
 * the theme (themes have no example), NULL when it lists neither. */
static const CnText *
find_delivery (CnNetwork *network,
               Mode       mode,
               gpointer   column,
               gboolean  *found)
{
  guint n;

  *found = FALSE;
  if (mode == MODE_BENEFITS)
    {
      const CnBenefitLink *links = cn_network_get_benefits (network, &n);

      for (guint i = 0; i < n; i++)
        if (links[i].benefit == column)
          {
            *found = TRUE;
            return links[i].example;
          }
    }
  else
    {
      const CnTerm * const *themes = cn_network_get_themes (network, &n);

      for (guint i = 0; i < n; i++)
        if (g_strcmp0 (themes[i]->id, ((const CnTerm *) column)->id) == 0)
          *found = TRUE;
    }
  return NULL;
}

/* As in CnComparisonView: each column's width is a CnClamp's, rather than
 * a GtkSizeGroup's, which asserts in GTK 4.8 over wrapping labels. */
static GtkWidget *
header_label_new (const char *text,
                  float       xalign)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "use-markup", FALSE,
                                   "xalign", xalign,
                                   "justify", xalign == 0.0f ? GTK_JUSTIFY_LEFT : GTK_JUSTIFY_CENTER,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "max-width-chars", MEASURE_CHARS,
                                   NULL);
  return label;
}

/* A column's width, whatever a wrapping label in it would like. */
static GtkWidget *
clamped (GtkWidget *child,
         int        width)
{
  GtkWidget *clamp = cn_clamp_new ();

  cn_clamp_set_maximum_size (CN_CLAMP (clamp), width);
  cn_clamp_set_child (CN_CLAMP (clamp), child);
  gtk_widget_set_hexpand (clamp, FALSE);
  return clamp;
}

static Grid *
grid_of_cell (CnBenefitsMatrix *self,
              GtkWidget        *cell,
              Mode             *mode)
{
  for (guint m = 0; m < N_MODES; m++)
    if (gtk_widget_is_ancestor (cell, GTK_WIDGET (self->grids[m].box)))
      {
        *mode = m;
        return &self->grids[m];
      }
  return NULL;
}

/* Moves the grid's one focusable cell, and the focus with it. */
static void
focus_cell (Grid  *grid,
            guint  index)
{
  GtkWidget *old = g_ptr_array_index (grid->cells, grid->current);
  GtkWidget *cell = g_ptr_array_index (grid->cells, index);

  gtk_widget_set_focusable (cell, TRUE);
  gtk_widget_grab_focus (cell);
  if (old != cell)
    gtk_widget_set_focusable (old, FALSE);
  grid->current = index;
}

static void
select_cell (CnBenefitsMatrix *self,
             GtkWidget        *cell)
{
  Mode mode;
  Grid *grid = grid_of_cell (self, cell, &mode);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "cn-index"));
  CnNetwork *network = g_ptr_array_index (self->networks, index / grid->n_columns);
  gpointer column = g_ptr_array_index (grid->columns, index % grid->n_columns);
  g_autofree char *name = cn_bidi_isolate_text (cn_network_get_name (network));
  g_autofree char *title = NULL;
  const CnText *example;
  gboolean found;

  if (self->selected != NULL)
    {
      gtk_widget_remove_css_class (self->selected, "selected");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->selected), GTK_ACCESSIBLE_STATE_SELECTED, FALSE, -1);
    }
  self->selected = cell;
  gtk_widget_add_css_class (cell, "selected");
  gtk_accessible_update_state (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_STATE_SELECTED, TRUE, -1);
  focus_cell (grid, index);

  example = find_delivery (network, mode, column, &found);
  {
    g_autofree char *what = cn_bidi_isolate (column_title (mode, column));
    /* Translators: a network's name, then a benefit or a theme */
    title = g_strdup_printf (_("%s — %s"), name, what);
  }
  gtk_label_set_text (self->detail_title, title);

  if (example != NULL)
    cn_label_set_data_text (self->detail_text, example);
  else if (mode == MODE_BENEFITS)
    gtk_label_set_text (self->detail_text, found ? _("The record lists this benefit without an example.")
                                                 : _("The network’s record does not list this benefit."));
  else
    gtk_label_set_text (self->detail_text, found ? _("This is one of the network’s themes.")
                                                 : _("The network’s record does not list this theme."));

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->open_button),
                                          g_variant_new_string (cn_network_get_id (network)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), "win.select-network");
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), TRUE);
  {
    /* Translators: %s is a network's name */
    g_autofree char *open_label = g_strdup_printf (_("Open %s"), cn_text_get (cn_network_get_name (network)));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    open_label, -1);
  }
}

static void
cell_clicked_cb (GtkButton        *cell,
                 CnBenefitsMatrix *self)
{
  select_cell (self, GTK_WIDGET (cell));
}

static gboolean
grid_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     CnBenefitsMatrix      *self)
{
  GtkWidget *box = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  Grid *grid = &self->grids[box == GTK_WIDGET (self->themes_grid) ? MODE_THEMES : MODE_BENEFITS];
  guint n_rows, row, column;
  int d_row = 0, d_column = 0;
  gboolean rtl = gtk_widget_get_direction (box) == GTK_TEXT_DIR_RTL;

  if (grid->cells->len == 0 || (state & (GDK_SHIFT_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  n_rows = grid->cells->len / grid->n_columns;
  row = grid->current / grid->n_columns;
  column = grid->current % grid->n_columns;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      d_row = -1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      d_row = 1;
      break;
    /* The arrows move on screen: under a right-to-left language the next
     * column is on the left. */
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      d_column = rtl ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      d_column = rtl ? -1 : 1;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      if (state & GDK_CONTROL_MASK)
        row = 0;
      column = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      if (state & GDK_CONTROL_MASK)
        row = n_rows - 1;
      column = grid->n_columns - 1;
      break;
    default:
      return FALSE;
    }

  if ((d_row < 0 && row == 0) || (d_row > 0 && row + 1 >= n_rows))
    d_row = 0;
  if ((d_column < 0 && column == 0) || (d_column > 0 && column + 1 >= grid->n_columns))
    d_column = 0;
  focus_cell (grid, (row + d_row) * grid->n_columns + column + d_column);
  return TRUE;
}

static GtkWidget *
row_new (guint index)
{
  GtkWidget *row = g_object_new (GTK_TYPE_BOX,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_ROW,
                                 "orientation", GTK_ORIENTATION_HORIZONTAL,
                                 NULL);

  gtk_widget_add_css_class (row, "matrix-row");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_ROW_INDEX, index + 1, -1);
  return row;
}

static void
build_grid (CnBenefitsMatrix *self,
            Mode              mode)
{
  Grid *grid = &self->grids[mode];
  int char_width = cn_widget_get_char_width (GTK_WIDGET (self));
  GtkWidget *header_row = row_new (0);
  GtkWidget *corner;
  guint n_terms;
  int chars = mode == MODE_BENEFITS ? BENEFIT_CHARS : THEME_CHARS;

  grid->built = TRUE;
  if (self->catalog == NULL)
    return;

  /* The columns: the benefits, or the themes at least one network has. */
  if (mode == MODE_BENEFITS)
    {
      GListModel *benefits = cn_catalog_get_benefits (self->catalog);

      for (guint i = 0; i < g_list_model_get_n_items (benefits); i++)
        {
          g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);
          g_ptr_array_add (grid->columns, benefit);
        }
    }
  else
    {
      const CnTerm * const *terms = cn_catalog_get_vocabulary (self->catalog, CN_VOCABULARY_THEMES, &n_terms);

      for (guint t = 0; t < n_terms; t++)
        for (guint r = 0; r < self->networks->len; r++)
          {
            gboolean found;

            find_delivery (g_ptr_array_index (self->networks, r), MODE_THEMES, (gpointer) terms[t], &found);
            if (found)
              {
                g_ptr_array_add (grid->columns, (gpointer) terms[t]);
                break;
              }
          }
    }
  grid->n_columns = grid->columns->len;
  if (grid->n_columns == 0 || self->networks->len == 0)
    return;

  corner = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_COLUMN_HEADER, NULL);
  gtk_widget_add_css_class (corner, "matrix-header");
  gtk_accessible_update_property (GTK_ACCESSIBLE (corner), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Network"), -1);
  gtk_box_append (GTK_BOX (corner), clamped (header_label_new (NULL, 0.0f), ROW_HEADER_CHARS * char_width));
  gtk_box_append (GTK_BOX (header_row), corner);
  for (guint c = 0; c < grid->n_columns; c++)
    {
      const char *title = column_title (mode, g_ptr_array_index (grid->columns, c));
      GtkWidget *header = g_object_new (GTK_TYPE_BOX,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_COLUMN_HEADER,
                                        "valign", GTK_ALIGN_END,
                                        NULL);
      GtkWidget *label = header_label_new (title, 0.5f);

      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (header, "matrix-header");
      gtk_widget_add_css_class (label, mode == MODE_BENEFITS ? "heading" : "caption-heading");
      gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_RELATION_COL_INDEX, c + 2, -1);
      gtk_box_append (GTK_BOX (header), clamped (label, chars * char_width));
      gtk_box_append (GTK_BOX (header_row), header);
    }
  gtk_box_append (grid->box, header_row);

  for (guint r = 0; r < self->networks->len; r++)
    {
      CnNetwork *network = g_ptr_array_index (self->networks, r);
      const char *short_name = network_short_name (network);
      GtkWidget *row = row_new (r + 1);
      GtkWidget *row_header = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_ROW_HEADER, NULL);
      GtkWidget *name = header_label_new (NULL, 0.0f);

      cn_label_set_data_text (GTK_LABEL (name), cn_network_get_short_name (network) != NULL &&
                                                !cn_text_is_fallback (cn_network_get_short_name (network))
                                                ? cn_network_get_short_name (network)
                                                : cn_network_get_name (network));
      gtk_widget_set_valign (name, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (row_header, "matrix-row-header");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row_header), GTK_ACCESSIBLE_PROPERTY_LABEL, short_name, -1);
      gtk_box_append (GTK_BOX (row_header), clamped (name, ROW_HEADER_CHARS * char_width));
      gtk_box_append (GTK_BOX (row), row_header);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, short_name, -1);

      for (guint c = 0; c < grid->n_columns; c++)
        {
          gpointer column = g_ptr_array_index (grid->columns, c);
          gboolean found;
          GtkWidget *cell = g_object_new (GTK_TYPE_BUTTON,
                                          "accessible-role", GTK_ACCESSIBLE_ROLE_GRID_CELL,
                                          "focusable", r == 0 && c == 0,
                                          NULL);
          GtkWidget *content;
          g_autofree char *label = NULL;

          find_delivery (network, mode, column, &found);
          if (found)
            {
              content = gtk_image_new_from_icon_name ("object-select-symbolic");
              gtk_widget_add_css_class (cell, "delivers");
              /* Translators: a matrix cell for screen readers: a network,
               * then a benefit or theme it lists */
              label = g_strdup_printf (_("%s, %s: yes"), short_name, column_title (mode, column));
            }
          else
            {
              content = gtk_label_new ("—");
              gtk_widget_add_css_class (content, "dim-label");
              gtk_widget_add_css_class (cell, "not-listed");
              /* Translators: a matrix cell for screen readers: a network,
               * then a benefit or theme its record does not list */
              label = g_strdup_printf (_("%s, %s: not listed"), short_name, column_title (mode, column));
            }
          gtk_button_set_child (GTK_BUTTON (cell), content);
          gtk_widget_add_css_class (cell, "flat");
          gtk_widget_add_css_class (cell, "matrix-cell");
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          gtk_accessible_update_relation (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_RELATION_COL_INDEX, c + 2, -1);
          g_object_set_data (G_OBJECT (cell), "cn-index", GUINT_TO_POINTER (grid->cells->len));
          g_signal_connect_object (cell, "clicked", G_CALLBACK (cell_clicked_cb), self, 0);
          gtk_widget_set_size_request (cell, chars * char_width, -1);
          gtk_box_append (GTK_BOX (row), cell);
          g_ptr_array_add (grid->cells, cell);
        }
      gtk_box_append (grid->box, row);
    }
  grid->current = 0;

  gtk_accessible_update_relation (GTK_ACCESSIBLE (grid->box),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, self->networks->len + 1,
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, grid->n_columns + 1,
                                  -1);
}

static void
clear_grid (Grid *grid)
{
  cn_box_remove_all (grid->box);
  g_ptr_array_set_size (grid->columns, 0);
  g_ptr_array_set_size (grid->cells, 0);
  grid->n_columns = 0;
  grid->current = 0;
  grid->built = FALSE;
}

static void
mode_changed_cb (CnBenefitsMatrix *self)
{
  Mode mode = mode_from_name (gtk_stack_get_visible_child_name (self->grid_stack));

  /* The themes grid is the larger one, and seldom needed: built when first
   * shown. */
  if (!self->grids[mode].built && self->catalog != NULL)
    build_grid (self, mode);
}

static void
cn_benefits_matrix_dispose (GObject *object)
{
  CnBenefitsMatrix *self = (CnBenefitsMatrix *)object;
  GtkWidget *child;

  self->selected = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_BENEFITS_MATRIX);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  for (guint m = 0; m < N_MODES; m++)
    {
      g_clear_pointer (&self->grids[m].columns, g_ptr_array_unref);
      g_clear_pointer (&self->grids[m].cells, g_ptr_array_unref);
    }
  g_clear_pointer (&self->networks, g_ptr_array_unref);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cn_benefits_matrix_parent_class)->dispose (object);
}

static void
cn_benefits_matrix_class_init (CnBenefitsMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_benefits_matrix_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-benefits-matrix.ui");
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsMatrix, grid_stack);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsMatrix, benefits_grid);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsMatrix, themes_grid);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsMatrix, detail_title);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsMatrix, detail_text);
  gtk_widget_class_bind_template_child (widget_class, CnBenefitsMatrix, open_button);
  gtk_widget_class_bind_template_callback (widget_class, mode_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnbenefitsmatrix");
}

static void
cn_benefits_matrix_init (CnBenefitsMatrix *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->networks = g_ptr_array_new_with_free_func (g_object_unref);
  self->grids[MODE_BENEFITS].box = self->benefits_grid;
  self->grids[MODE_THEMES].box = self->themes_grid;
  for (guint m = 0; m < N_MODES; m++)
    {
      GtkEventController *keys = gtk_event_controller_key_new ();

      self->grids[m].columns = g_ptr_array_new ();
      self->grids[m].cells = g_ptr_array_new ();
      g_signal_connect_object (keys, "key-pressed", G_CALLBACK (grid_key_pressed_cb), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (self->grids[m].box), keys);
    }
}

/**
 * cn_benefits_matrix_set_catalog:
 * @catalog: (nullable): the catalog whose networks are the rows
 */
void
cn_benefits_matrix_set_catalog (CnBenefitsMatrix *self,
                                CnCatalog        *catalog)
{
  GListModel *networks;

  g_return_if_fail (CN_IS_BENEFITS_MATRIX (self));

  if (!g_set_object (&self->catalog, catalog))
    return;

  self->selected = NULL;
  for (guint m = 0; m < N_MODES; m++)
    clear_grid (&self->grids[m]);
  g_ptr_array_set_size (self->networks, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), FALSE);
  if (catalog == NULL)
    return;

  networks = cn_catalog_get_networks (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    g_ptr_array_add (self->networks, g_list_model_get_item (networks, i));
  mode_changed_cb (self);
}

/**
 * cn_benefits_matrix_set_mode:
 * @mode: "benefits" or "themes": what the columns are
 */
void
cn_benefits_matrix_set_mode (CnBenefitsMatrix *self,
                             const char       *mode)
{
  g_return_if_fail (CN_IS_BENEFITS_MATRIX (self));

  gtk_stack_set_visible_child_name (self->grid_stack, mode_names[mode_from_name (mode)]);
}

const char *
cn_benefits_matrix_get_mode (CnBenefitsMatrix *self)
{
  g_return_val_if_fail (CN_IS_BENEFITS_MATRIX (self), NULL);
  return gtk_stack_get_visible_child_name (self->grid_stack);
}

GtkWidget *
cn_benefits_matrix_get_grid (CnBenefitsMatrix *self,
                             const char       *mode)
{
  g_return_val_if_fail (CN_IS_BENEFITS_MATRIX (self), NULL);
  return GTK_WIDGET (self->grids[mode_from_name (mode)].box);
}

guint
cn_benefits_matrix_get_n_columns (CnBenefitsMatrix *self,
                                  const char       *mode)
{
  g_return_val_if_fail (CN_IS_BENEFITS_MATRIX (self), 0);
  return self->grids[mode_from_name (mode)].n_columns;
}

/**
 * cn_benefits_matrix_get_cell:
 * @row: a network's position in the catalog
 * @column: a benefit's position in the catalog, or a shown theme's
 *
 * Returns: (transfer none) (nullable): the cell, once its grid is built
 */
GtkWidget *
cn_benefits_matrix_get_cell (CnBenefitsMatrix *self,
                             const char       *mode,
                             guint             row,
                             guint             column)
{
  Grid *grid;

  g_return_val_if_fail (CN_IS_BENEFITS_MATRIX (self), NULL);

  grid = &self->grids[mode_from_name (mode)];
  if (column >= grid->n_columns || row * grid->n_columns + column >= grid->cells->len)
    return NULL;
  return g_ptr_array_index (grid->cells, row * grid->n_columns + column);
}

gboolean
cn_benefits_matrix_cell_is_marked (GtkWidget *cell)
{
  g_return_val_if_fail (GTK_IS_WIDGET (cell), FALSE);
  return gtk_widget_has_css_class (cell, "delivers");
}

const char *
cn_benefits_matrix_get_detail_text (CnBenefitsMatrix *self)
{
  g_return_val_if_fail (CN_IS_BENEFITS_MATRIX (self), NULL);
  return gtk_label_get_text (self->detail_text);
}

/**
 * cn_benefits_matrix_get_selected_network_id:
 *
 * Returns: (nullable): the network of the chosen cell, which Open Network
 *   opens
 */
const char *
cn_benefits_matrix_get_selected_network_id (CnBenefitsMatrix *self)
{
  GVariant *target;

  g_return_val_if_fail (CN_IS_BENEFITS_MATRIX (self), NULL);

  if (self->selected == NULL)
    return NULL;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (self->open_button));
  return target ? g_variant_get_string (target, NULL) : NULL;
}
