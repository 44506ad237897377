/* test-compare.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 13, parts 2 and 3: the comparison set and its view, and the
 * benefits matrix, over the bundled dataset under Xvfb. The expected
 * values come from the model's accessors, never from the widgets.
 *
 * With CN_SCREENSHOT_DIR set, /compare/screenshots saves the comparison
 * of four networks and the matrix there as PNG files (compare-LANG.png,
 * matrix-LANG.png), in the language CN_SCREENSHOT_LANGUAGE (default en). */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "cn-test-ui.h"

#include "cn-export-i18n.h"
#include "cn-labels.h"
#include "cn-test-window.h"

static CnCatalog *catalog;
static GtkApplication *app;
static const char *language = "en";

static const char * const four[] = { "c40", "iclei", "global-covenant-of-mayors", "100-resilient-cities", NULL };

static CnWindow *
new_window (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  return window;
}

/* As a click, or Enter on a focused button, does in the end. */
static void
press (GtkWidget *widget)
{
  g_signal_emit_by_name (widget, "clicked");
  cn_test_iterate (20);
}

static CnComparisonView *
get_view (CnWindow *window)
{
  return _cn_window_get_comparison_view (window);
}

static GtkButton *
get_compare_button (CnWindow *window)
{
  return GTK_BUTTON (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "compare_button"));
}

static void
compare (CnWindow           *window,
         const char * const *ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-compare", "s", ids[i]));
}

static CnNetwork *
network (const char *id)
{
  CnNetwork *found = cn_catalog_find_network (catalog, id);

  g_assert_nonnull (found);
  return found;
}

static const CnText *
find_example (CnNetwork *net,
              CnBenefit *benefit,
              gboolean  *delivered)
{
  guint n;
  const CnBenefitLink *links = cn_network_get_benefits (net, &n);

  *delivered = FALSE;
  for (guint i = 0; i < n; i++)
    if (links[i].benefit == benefit)
      {
        *delivered = TRUE;
        return links[i].example;
      }
  return NULL;
}

static void
assert_cell (CnComparisonView *view,
             const char       *row,
             guint             column,
             const char       *expected)
{
  g_autofree char *text = cn_comparison_view_dup_cell_text (view, row, column);

  g_assert_nonnull (text);
  if (strstr (text, expected) == NULL)
    g_error ("row %s, column %u: “%s” does not contain “%s”", row, column, text, expected);
}

/* The set: the header button, the detail's toggle, the key, a fifth refused. */
static void
test_set (void)
{
  CnWindow *window = new_window ();
  GtkButton *button = get_compare_button (window);
  GtkToggleButton *toggle = GTK_TOGGLE_BUTTON (CN_TEST_CHILD (cn_test_window_get_detail (window),
                                                               CN_TYPE_NETWORK_DETAIL, "compare_button"));
  const char *fifth = "ecomobility-alliance";

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  /* The detail's button adds the network it shows. */
  g_assert_true (cn_window_select_network (window, "c40"));
  g_assert_false (gtk_toggle_button_get_active (toggle));
  press (GTK_WIDGET (toggle));
  g_assert_true (gtk_toggle_button_get_active (toggle));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  /* "" is the shown network (Ctrl+Shift+C). */
  g_assert_true (cn_window_select_network (window, "iclei"));
  g_assert_false (gtk_toggle_button_get_active (toggle));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-compare", "s", "");
  g_assert_true (gtk_toggle_button_get_active (toggle));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpstr (gtk_button_get_label (button), ==, "Compare (2)");

  compare (window, (const char * const[]) { "global-covenant-of-mayors", "100-resilient-cities", NULL });
  g_assert_cmpstr (gtk_button_get_label (button), ==, "Compare (4)");
  g_assert_null (cn_test_window_get_message (window));

  /* A fifth is refused, with a message naming it; the button stays up. */
  g_assert_true (cn_window_select_network (window, fifth));
  press (GTK_WIDGET (toggle));
  g_assert_false (gtk_toggle_button_get_active (toggle));
  g_assert_cmpstr (gtk_button_get_label (button), ==, "Compare (4)");
  g_assert_nonnull (cn_test_window_get_message (window));
  g_assert_nonnull (strstr (cn_test_window_get_message (window), "at most 4"));
  g_assert_nonnull (strstr (cn_test_window_get_message (window),
                            cn_text_get (cn_network_get_name (network (fifth)))));

  /* Toggling again takes one out, and then the fifth fits. */
  compare (window, (const char * const[]) { "iclei", fifth, NULL });
  g_assert_cmpstr (gtk_button_get_label (button), ==, "Compare (4)");
  g_assert_true (gtk_toggle_button_get_active (toggle));
  compare (window, (const char * const[]) { "c40", "global-covenant-of-mayors", "100-resilient-cities", NULL });
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
open_comparison (CnWindow           *window,
                 const char * const *ids)
{
  compare (window, ids);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comparison", NULL);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "comparison");
  /* The rows after the first come one a frame. */
  CN_TEST_WAIT_UNTIL (cn_comparison_view_is_complete (get_view (window)));
  g_assert_true (cn_comparison_view_is_complete (get_view (window)));
  cn_test_iterate (20);
}

static void
check_content (CnComparisonView   *view,
               const char * const *ids)
{
  GListModel *benefits = cn_catalog_get_benefits (catalog);
  guint n = g_strv_length ((char **) ids);

  for (guint i = 0; i < n; i++)
    {
      CnNetwork *net = network (ids[i]);
      guint column = i + 1;
      g_autofree char *founded = g_strdup_printf ("%d", cn_network_get_founded (net));
      g_autofree char *date = cn_export_format_date ("en", cn_network_get_verified (net));

      assert_cell (view, "networks", column, cn_text_get (cn_network_get_name (net)));
      assert_cell (view, "kind", column, cn_kind_label (cn_network_get_kind (net)));
      assert_cell (view, "israel", column, cn_eligibility_label (cn_network_get_israel_eligibility (net)));
      if (cn_network_get_founded (net) != 0)
        assert_cell (view, "founded", column, founded);
      if (cn_network_get_eligibility (net) != NULL)
        assert_cell (view, "eligibility", column, cn_text_get (cn_network_get_eligibility (net)));
      if (cn_network_get_commitments (net) != NULL)
        assert_cell (view, "commitments", column, cn_text_get (cn_network_get_commitments (net)));
      if (cn_network_get_size (net) != NULL)
        assert_cell (view, "size", column, cn_text_get (cn_network_get_size (net)));
      if (cn_network_get_cost (net) != NULL)
        assert_cell (view, "fee", column, cn_text_get (cn_network_get_cost (net)));
      assert_cell (view, "verified", column, date);
      if (cn_network_get_status (net) == CN_NETWORK_STATUS_ACTIVE)
        assert_cell (view, "status", column, "Active");

      for (guint b = 0; b < g_list_model_get_n_items (benefits); b++)
        {
          g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, b);
          g_autofree char *row = g_strconcat ("benefit:", cn_benefit_get_id (benefit), NULL);
          gboolean delivered;
          const CnText *example = find_example (net, benefit, &delivered);

          if (delivered && example != NULL)
            assert_cell (view, row, column, cn_text_get (example));
          else if (!delivered)
            assert_cell (view, row, column, "Not listed");
        }
    }

  /* Marked rows: where the model's values differ. */
  for (guint b = 0; b < g_list_model_get_n_items (benefits); b++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, b);
      g_autofree char *row = g_strconcat ("benefit:", cn_benefit_get_id (benefit), NULL);
      gboolean first, other, differs = FALSE;

      find_example (network (ids[0]), benefit, &first);
      for (guint i = 1; i < n; i++)
        {
          find_example (network (ids[i]), benefit, &other);
          differs |= other != first;
        }
      g_assert_cmpint (cn_comparison_view_row_differs (view, row), ==, differs);
    }
  {
    gboolean kind_differs = FALSE, status_differs = FALSE;

    for (guint i = 1; i < n; i++)
      {
        kind_differs |= cn_network_get_kind (network (ids[i])) != cn_network_get_kind (network (ids[0]));
        status_differs |= cn_network_get_status (network (ids[i])) != cn_network_get_status (network (ids[0]));
      }
    g_assert_cmpint (cn_comparison_view_row_differs (view, "kind"), ==, kind_differs);
    g_assert_cmpint (cn_comparison_view_row_differs (view, "status"), ==, status_differs);
  }
  /* Websites always differ: never marked. */
  g_assert_false (cn_comparison_view_row_differs (view, "website"));
}

static void
test_view_two (void)
{
  CnWindow *window = new_window ();
  CnComparisonView *view = get_view (window);
  const char * const two[] = { "c40", "iclei", NULL };
  GtkWidget *row;
  g_autofree char *header = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "benefits");
  open_comparison (window, two);
  check_content (view, two);

  /* C40 has no fee, ICLEI one: a marked row, with the word and a description. */
  g_assert_cmpint (cn_network_get_fee_status (network ("c40")), !=, cn_network_get_fee_status (network ("iclei")));
  g_assert_true (cn_comparison_view_row_differs (view, "fee"));
  header = cn_comparison_view_dup_cell_text (view, "fee", 0);
  g_assert_nonnull (strstr (header, "Differs"));
  row = cn_comparison_view_get_row (view, "fee");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "The networks differ here");
  /* Both are membership networks. */
  g_assert_false (cn_comparison_view_row_differs (view, "kind"));
  header = (g_free (header), cn_comparison_view_dup_cell_text (view, "kind", 0));
  g_assert_null (strstr (header, "Differs"));

  /* One column a network, and the label column. */
  g_assert_cmpuint (g_list_length (NULL), ==, 0);
  {
    guint cells = 0;
    for (GtkWidget *c = gtk_widget_get_first_child (row); c; c = gtk_widget_get_next_sibling (c))
      cells++;
    g_assert_cmpuint (cells, ==, 3);
  }

  /* Back returns to where the user was. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-comparison", NULL);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "benefits");

  /* Removing one from inside the comparison leaves nothing to compare. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comparison", NULL);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "comparison");
  compare (window, (const char * const[]) { "iclei", NULL });
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "benefits");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_view_four (void)
{
  CnWindow *window = new_window ();
  CnComparisonView *view = get_view (window);
  GtkWidget *table;
  guint rows = 0;

  open_comparison (window, four);
  check_content (view, four);

  /* 100 Resilient Cities ended; the others are active. */
  g_assert_true (cn_comparison_view_row_differs (view, "status"));
  assert_cell (view, "status", 4, "Ended");

  table = cn_comparison_view_get_table (view);
  for (GtkWidget *row = gtk_widget_get_first_child (table); row; row = gtk_widget_get_next_sibling (row))
    {
      guint cells = 0;

      for (GtkWidget *c = gtk_widget_get_first_child (row); c; c = gtk_widget_get_next_sibling (c))
        cells++;
      g_assert_cmpuint (cells, ==, 5);
      rows++;
    }
  /* The names, 10 questions, 5 benefits, website, checked on. */
  g_assert_cmpuint (rows, ==, 1 + 10 + g_list_model_get_n_items (cn_catalog_get_benefits (catalog)) + 2);

  /* Removing a column from its header. */
  {
    GtkWidget *header = gtk_widget_get_next_sibling (gtk_widget_get_first_child (
                          cn_comparison_view_get_row (view, "networks")));
    /* The header cell, its clamp, its content box, the line. */
    GtkWidget *line = gtk_widget_get_first_child (gtk_widget_get_first_child (
                        gtk_widget_get_first_child (header)));
    GtkWidget *remove = gtk_widget_get_last_child (line);

    g_assert_true (GTK_IS_BUTTON (remove));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Remove C40 Cities from the comparison");
    press (remove);
    CN_TEST_WAIT_UNTIL (cn_comparison_view_is_complete (view));
    assert_cell (view, "networks", 1, "ICLEI");
    g_assert_cmpstr (gtk_button_get_label (get_compare_button (window)), ==, "Compare (3)");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_a11y_roles (void)
{
  CnWindow *window = new_window ();
  CnComparisonView *view = get_view (window);
  GtkWidget *header_row, *row, *cell;

  open_comparison (window, four);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cn_comparison_view_get_table (view)), GTK_ACCESSIBLE_ROLE_TABLE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cn_comparison_view_get_table (view)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Networks side by side");

  header_row = cn_comparison_view_get_row (view, "networks");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (header_row), GTK_ACCESSIBLE_ROLE_ROW);
  cell = gtk_widget_get_first_child (header_row);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
  cell = gtk_widget_get_next_sibling (cell);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, "C40 Cities");

  row = cn_comparison_view_get_row (view, "israel");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_ROLE_ROW);
  cell = gtk_widget_get_first_child (row);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_ROLE_ROW_HEADER);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Can an Israeli local authority join?");
  for (cell = gtk_widget_get_next_sibling (cell); cell; cell = gtk_widget_get_next_sibling (cell))
    gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_ROLE_CELL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_rtl (void)
{
  CnWindow *window;
  CnComparisonView *view;
  GtkWidget *row, *label_cell, *first_cell, *table;
  graphene_point_t label_at, cell_at;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = new_window ();
  view = get_view (window);
  open_comparison (window, four);
  cn_test_iterate (100);

  table = cn_comparison_view_get_table (view);
  row = cn_comparison_view_get_row (view, "kind");
  label_cell = gtk_widget_get_first_child (row);
  first_cell = gtk_widget_get_next_sibling (label_cell);
  g_assert_true (gtk_widget_compute_point (label_cell, table, &GRAPHENE_POINT_INIT (0, 0), &label_at));
  g_assert_true (gtk_widget_compute_point (first_cell, table, &GRAPHENE_POINT_INIT (0, 0), &cell_at));
  /* The label column is at the start: on the right. */
  g_assert_cmpfloat (label_at.x, >, cell_at.x);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static CnBenefitsMatrix *
open_matrix (CnWindow *window)
{
  CnBenefitsView *benefits = CN_BENEFITS_VIEW (cn_test_window_get_benefits_view (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "benefits");
  cn_benefits_view_set_mode (benefits, "matrix");
  cn_test_iterate (50);
  return cn_benefits_view_get_matrix (benefits);
}

static void
test_matrix_marks (void)
{
  CnWindow *window = new_window ();
  CnBenefitsMatrix *matrix = open_matrix (window);
  GListModel *networks = cn_catalog_get_networks (catalog);
  GListModel *benefits = cn_catalog_get_benefits (catalog);

  g_assert_cmpuint (cn_benefits_matrix_get_n_columns (matrix, "benefits"), ==, g_list_model_get_n_items (benefits));
  for (guint r = 0; r < g_list_model_get_n_items (networks); r++)
    {
      g_autoptr(CnNetwork) net = g_list_model_get_item (networks, r);

      for (guint c = 0; c < g_list_model_get_n_items (benefits); c++)
        {
          g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, c);
          GtkWidget *cell = cn_benefits_matrix_get_cell (matrix, "benefits", r, c);
          gboolean delivered;

          find_example (net, benefit, &delivered);
          g_assert_nonnull (cell);
          g_assert_cmpint (cn_benefits_matrix_cell_is_marked (cell), ==, delivered);
          gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_ROLE_GRID_CELL);
          /* The mark is named, not only drawn. */
          {
            g_autofree char *name = g_strdup_printf (delivered ? "%s, %s: yes" : "%s, %s: not listed",
                                                     cn_text_get (cn_network_get_name (net)),
                                                     cn_text_get (cn_benefit_get_title (benefit)));
            gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
          }
        }
    }
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cn_benefits_matrix_get_grid (matrix, "benefits")),
                                   GTK_ACCESSIBLE_ROLE_GRID);
  {
    GtkWidget *header_row = gtk_widget_get_first_child (cn_benefits_matrix_get_grid (matrix, "benefits"));
    GtkWidget *first_header = gtk_widget_get_next_sibling (gtk_widget_get_first_child (header_row));
    GtkWidget *row_header = gtk_widget_get_first_child (gtk_widget_get_next_sibling (header_row));
    g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, 0);
    g_autoptr(CnNetwork) net = g_list_model_get_item (networks, 0);

    gtk_test_accessible_assert_role (GTK_ACCESSIBLE (header_row), GTK_ACCESSIBLE_ROLE_ROW);
    gtk_test_accessible_assert_role (GTK_ACCESSIBLE (first_header), GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (first_header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         cn_text_get (cn_benefit_get_title (benefit)));
    gtk_test_accessible_assert_role (GTK_ACCESSIBLE (row_header), GTK_ACCESSIBLE_ROLE_ROW_HEADER);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row_header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         cn_text_get (cn_network_get_name (net)));
  }

  /* Themes: a mark exactly where the record lists the theme. */
  cn_benefits_matrix_set_mode (matrix, "themes");
  cn_test_iterate (50);
  g_assert_cmpuint (cn_benefits_matrix_get_n_columns (matrix, "themes"), >, 5);
  for (guint r = 0; r < g_list_model_get_n_items (networks); r++)
    {
      g_autoptr(CnNetwork) net = g_list_model_get_item (networks, r);
      guint n_themes, marked = 0;

      cn_network_get_themes (net, &n_themes);
      for (guint c = 0; c < cn_benefits_matrix_get_n_columns (matrix, "themes"); c++)
        marked += cn_benefits_matrix_cell_is_marked (cn_benefits_matrix_get_cell (matrix, "themes", r, c));
      g_assert_cmpuint (marked, ==, n_themes);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first network and benefit with an example. */
static void
find_delivered_cell (guint *row,
                     guint *column)
{
  GListModel *networks = cn_catalog_get_networks (catalog);
  GListModel *benefits = cn_catalog_get_benefits (catalog);

  for (guint r = 0; r < g_list_model_get_n_items (networks); r++)
    for (guint c = 0; c < g_list_model_get_n_items (benefits); c++)
      {
        g_autoptr(CnNetwork) net = g_list_model_get_item (networks, r);
        g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, c);
        gboolean delivered;

        if (find_example (net, benefit, &delivered) != NULL && r > 0 && c > 0)
          {
            *row = r;
            *column = c;
            return;
          }
      }
  g_assert_not_reached ();
}

static void
test_matrix_activate (void)
{
  CnWindow *window = new_window ();
  CnBenefitsMatrix *matrix = open_matrix (window);
  guint row, column;
  g_autoptr(CnNetwork) net = NULL;
  g_autoptr(CnBenefit) benefit = NULL;
  gboolean delivered;

  find_delivered_cell (&row, &column);
  net = g_list_model_get_item (cn_catalog_get_networks (catalog), row);
  benefit = g_list_model_get_item (cn_catalog_get_benefits (catalog), column);

  press (cn_benefits_matrix_get_cell (matrix, "benefits", row, column));
  g_assert_cmpstr (cn_benefits_matrix_get_detail_text (matrix), ==, cn_text_get (find_example (net, benefit,
                                                                                               &delivered)));
  g_assert_cmpstr (cn_benefits_matrix_get_selected_network_id (matrix), ==, cn_network_get_id (net));

  /* Open Network goes to the network. */
  press (GTK_WIDGET (CN_TEST_CHILD (matrix, CN_TYPE_BENEFITS_MATRIX, "open_button")));
  cn_test_iterate (20);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "networks");
  g_assert_true (cn_test_window_get_selected_network (window) == net);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
press_key (GtkWidget *grid,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (grid);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

static void
check_keyboard (gboolean rtl)
{
  CnWindow *window;
  CnBenefitsMatrix *matrix;
  GtkWidget *grid;
  GtkWidget *focus;

  gtk_widget_set_default_direction (rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  window = new_window ();
  matrix = open_matrix (window);
  grid = cn_benefits_matrix_get_grid (matrix, "benefits");

  /* Only the first cell takes the focus from Tab. */
  g_assert_true (gtk_widget_get_focusable (cn_benefits_matrix_get_cell (matrix, "benefits", 0, 0)));
  g_assert_false (gtk_widget_get_focusable (cn_benefits_matrix_get_cell (matrix, "benefits", 0, 1)));
  gtk_widget_grab_focus (cn_benefits_matrix_get_cell (matrix, "benefits", 0, 0));

  /* Forward along the row is Right in English, Left in Hebrew. */
  g_assert_true (press_key (grid, rtl ? GDK_KEY_Left : GDK_KEY_Right));
  g_assert_true (press_key (grid, GDK_KEY_Down));
  g_assert_true (press_key (grid, GDK_KEY_Down));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == cn_benefits_matrix_get_cell (matrix, "benefits", 2, 1));
  g_assert_false (gtk_widget_get_focusable (cn_benefits_matrix_get_cell (matrix, "benefits", 0, 0)));
  g_assert_true (press_key (grid, rtl ? GDK_KEY_Right : GDK_KEY_Left));
  g_assert_true (press_key (grid, GDK_KEY_Up));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == cn_benefits_matrix_get_cell (matrix, "benefits", 1, 0));
  /* Edges hold. */
  g_assert_true (press_key (grid, rtl ? GDK_KEY_Right : GDK_KEY_Left));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == cn_benefits_matrix_get_cell (matrix, "benefits", 1, 0));
  g_assert_true (press_key (grid, GDK_KEY_End));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == cn_benefits_matrix_get_cell (matrix, "benefits", 1,
                                                       cn_benefits_matrix_get_n_columns (matrix, "benefits") - 1));
  g_assert_false (press_key (grid, GDK_KEY_a));

  /* Enter (a button's activation) shows the cell's text. */
  press (focus);
  {
    g_autoptr(CnNetwork) net = g_list_model_get_item (cn_catalog_get_networks (catalog), 1);
    g_assert_cmpstr (cn_benefits_matrix_get_selected_network_id (matrix), ==, cn_network_get_id (net));
  }
  g_assert_cmpstr (cn_benefits_matrix_get_detail_text (matrix), !=, "");

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
test_matrix_keyboard (void)
{
  check_keyboard (FALSE);
}

static void
test_matrix_keyboard_rtl (void)
{
  check_keyboard (TRUE);
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, language);
  g_autofree char *path = g_build_filename (g_getenv ("CN_SCREENSHOT_DIR"), file, NULL);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

static void
test_screenshots (void)
{
  CnWindow *window;
  CnBenefitsMatrix *matrix;
  guint row, column;

  if (g_getenv ("CN_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("CN_SCREENSHOT_DIR is not set");
      return;
    }

  window = new_window ();
  CN_TEST_WAIT_UNTIL (cn_test_window_is_detail_complete (window));
  open_comparison (window, four);
  /* Laying out the table takes a few frames: the crossfade ends later. */
  CN_TEST_WAIT_UNTIL (!gtk_stack_get_transition_running (GTK_STACK (CN_TEST_CHILD (window, CN_TYPE_WINDOW,
                                                                                   "view_stack"))));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "comparison");
  save_png (GTK_WIDGET (window), "compare");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-comparison", NULL);

  matrix = open_matrix (window);
  find_delivered_cell (&row, &column);
  press (cn_benefits_matrix_get_cell (matrix, "benefits", row, column));
  cn_test_iterate (300);
  save_png (GTK_WIDGET (window), "matrix");
  cn_benefits_matrix_set_mode (matrix, "themes");
  cn_test_iterate (300);
  save_png (GTK_WIDGET (window), "matrix-themes");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("CN_LOCALEDIR");
  int status;

  if (g_getenv ("CN_SCREENSHOT_LANGUAGE") != NULL)
    language = g_getenv ("CN_SCREENSHOT_LANGUAGE");
  /* Accessible properties recorded without a bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  cn_text_set_preferred_languages (NULL);

  catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  app = cn_test_application_new ("CompareTest");

  if (g_strcmp0 (language, "en") == 0)
    {
      g_test_add_func ("/compare/set", test_set);
      g_test_add_func ("/compare/view-two", test_view_two);
      g_test_add_func ("/compare/view-four", test_view_four);
      g_test_add_func ("/compare/a11y-roles", test_a11y_roles);
      g_test_add_func ("/compare/rtl", test_rtl);
      g_test_add_func ("/compare/matrix-marks", test_matrix_marks);
      g_test_add_func ("/compare/matrix-activate", test_matrix_activate);
      g_test_add_func ("/compare/matrix-keyboard", test_matrix_keyboard);
      g_test_add_func ("/compare/matrix-keyboard-rtl", test_matrix_keyboard_rtl);
    }
  g_test_add_func ("/compare/screenshots", test_screenshots);

  status = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&catalog);
  return status;
}
