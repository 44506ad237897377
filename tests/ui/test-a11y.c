/* test-a11y.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Walks the window's widget tree in every view and fails on any focusable
 * control a screen reader could not name: no accessible label, no
 * labelled-by relation and no text of its own. Runs with GTK_A11Y=test, so
 * the accessible properties are recorded without a bus; in English, or in
 * the language CN_TEST_LANGUAGE names ("he", "ar"). */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "cn-bidi.h"
#include "cn-test-keys.h"
#include "cn-test-ui.h"

#include "cn-test-window.h"
#include "cn-widget-util.h"

static CnCatalog *catalog;
static gboolean english;   /* the run's language: CN_TEST_LANGUAGE unset or "en" */
static GtkApplication *app;

static gboolean
has_text_inside (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_text (GTK_LABEL (widget))[0] != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_text_inside (child))
      return TRUE;
  return FALSE;
}

static gboolean
is_named (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GtkWidget *ancestor;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  /* Labels, buttons and list rows are named by their text. */
  if (GTK_IS_LABEL (widget) || GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) ||
      g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget") ||
      g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkStackSwitcherButton") ||
      GTK_IS_FLOW_BOX_CHILD (widget))
    {
      if (has_text_inside (widget))
        return TRUE;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL))
          return TRUE;
    }

  /* The text field inside an entry is named by the entry. */
  ancestor = gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_ENTRY);
  if (GTK_IS_TEXT (widget) && ancestor != NULL)
    return gtk_test_accessible_has_property (GTK_ACCESSIBLE (ancestor), GTK_ACCESSIBLE_PROPERTY_LABEL);

  return FALSE;
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *report,
                 guint     *n_checked)
{
  /* What the keyboard can reach: shown on screen. */
  if (!gtk_widget_get_mapped (widget))
    return;

  if (gtk_widget_get_focusable (widget) && gtk_widget_get_can_focus (widget) &&
      gtk_widget_get_sensitive (widget))
    {
      (*n_checked)++;
      if (!is_named (widget))
        {
          g_string_append_printf (report, "  %s in", G_OBJECT_TYPE_NAME (widget));
          for (GtkWidget *up = gtk_widget_get_parent (widget); up; up = gtk_widget_get_parent (up))
            g_string_append_printf (report, " %s%s%s", G_OBJECT_TYPE_NAME (up),
                                    gtk_widget_get_name (up)[0] != 'G' ? "#" : "",
                                    gtk_widget_get_name (up)[0] != 'G' ? gtk_widget_get_name (up) : "");
          g_string_append_c (report, '\n');
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, report, n_checked);
}

static void
assert_all_named (CnWindow   *window,
                  const char *state)
{
  g_autoptr(GString) report = g_string_new (NULL);
  guint n_checked = 0;

  collect_unnamed (GTK_WIDGET (window), report, &n_checked);
  g_test_message ("%s: %u focusable widgets checked", state, n_checked);
  g_assert_cmpuint (n_checked, >, 10);
  if (report->len > 0)
    g_error ("%s: focusable widgets without an accessible name:\n%s", state, report->str);
}

static void
test_every_control_is_named (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  cn_test_iterate (30);
  assert_all_named (window, "networks view");

  /* The filters: the popover open, chips above the list, and the empty
   * list's buttons. */
  {
    GtkMenuButton *filter_button = GTK_MENU_BUTTON (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "filter_button"));
    CnFacets *facets = window->facets;

    cn_facets_set_selected (facets, CN_FACET_REGION, cn_facets_find_value (facets, CN_FACET_REGION, "europe"), TRUE);
    cn_facets_set_selected (facets, CN_FACET_STATUS, cn_facets_find_value (facets, CN_FACET_STATUS, "ended"), TRUE);
    g_assert_true (cn_test_window_open_filters (window));
    cn_test_iterate (50);
    assert_all_named (window, "filters popover, chips and empty list");
    gtk_menu_button_popdown (filter_button);
    cn_facets_clear (facets);
    cn_test_iterate (30);
  }

  /* Every network's detail. */
  for (guint i = 0; i < g_list_model_get_n_items (cn_catalog_get_networks (catalog)); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (cn_catalog_get_networks (catalog), i);
      cn_window_select_network (window, cn_network_get_id (network));
      CN_TEST_WAIT_UNTIL (cn_test_window_is_detail_complete (window));
      g_assert_true (cn_test_window_is_detail_complete (window));
      cn_test_iterate (20);
      assert_all_named (window, cn_network_get_id (network));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL);
  cn_test_iterate (50);
  assert_all_named (window, "case-study panel");

  /* Every study the panel offers, its selector and contents included. */
  for (guint i = 0; i < g_list_model_get_n_items (cn_catalog_get_case_studies (catalog)); i++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (cn_catalog_get_case_studies (catalog), i);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-case-study", "(ss)", cn_case_study_get_id (study), "");
      cn_test_iterate (50);
      assert_all_named (window, cn_case_study_get_id (study));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-glossary", "s", "");
  cn_test_iterate (50);
  assert_all_named (window, "glossary page");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-israeli-authorities", NULL);
  cn_test_iterate (50);
  assert_all_named (window, "Israeli authorities page");

  /* The Back button, now that there is somewhere to go back to, and the
   * glossary offer under the search. */
  cn_window_set_search (window, "GCoM");
  cn_test_iterate (300);
  assert_all_named (window, "glossary offer and Back");

  /* What a search finds in the case studies, every result shown. */
  cn_window_set_search (window, "Toronto");
  cn_test_iterate (300);
  g_signal_emit_by_name (CN_TEST_CHILD (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "case_study_results"),
                                        CN_TYPE_CASE_STUDY_RESULTS, "more_button"), "clicked");
  cn_test_iterate (50);
  assert_all_named (window, "case-study results");
  cn_window_set_search (window, "");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "benefits");
  cn_test_iterate (50);
  assert_all_named (window, "benefits view");

  /* The Shortlist view: empty, then with a starred network and a note. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "shortlist");
  cn_test_iterate (50);
  assert_all_named (window, "empty shortlist view");
  cn_window_select_network (window, "c40");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-shortlist", "s", "c40");
  cn_shortlist_set_note (cn_application_get_shortlist (CN_APPLICATION (app)), "c40", "A note.");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "shortlist");
  cn_test_iterate (50);
  assert_all_named (window, "shortlist view");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-shortlist", "s", "c40");
  cn_shortlist_set_note (cn_application_get_shortlist (CN_APPLICATION (app)), "c40", "");
  /* The benefits matrix, both grids, with a cell chosen. */
  cn_benefits_view_set_mode (CN_BENEFITS_VIEW (cn_test_window_get_benefits_view (window)), "matrix");
  cn_test_iterate (50);
  assert_all_named (window, "benefits matrix");
  {
    CnBenefitsMatrix *matrix = cn_benefits_view_get_matrix (CN_BENEFITS_VIEW (cn_test_window_get_benefits_view (window)));

    g_signal_emit_by_name (cn_benefits_matrix_get_cell (matrix, "benefits", 1, 1), "clicked");
    cn_test_iterate (30);
    assert_all_named (window, "benefits matrix, a cell chosen");
    cn_benefits_matrix_set_mode (matrix, "themes");
    cn_test_iterate (50);
    assert_all_named (window, "themes matrix");
  }
  cn_benefits_view_set_mode (CN_BENEFITS_VIEW (cn_test_window_get_benefits_view (window)), "list");

  /* The comparison of four. */
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (cn_catalog_get_networks (catalog), i);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-compare", "s", cn_network_get_id (network));
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comparison", NULL);
  CN_TEST_WAIT_UNTIL (cn_comparison_view_is_complete (_cn_window_get_comparison_view (window)));
  cn_test_iterate (50);
  assert_all_named (window, "comparison");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-comparison", NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-welcome", NULL);
  cn_test_iterate (50);
  assert_all_named (window, "welcome page");

  cn_window_show_message (window, "A message");
  cn_test_iterate (50);
  assert_all_named (window, "message bar");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_headings_and_rows (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);
  CnNetwork *c40 = cn_catalog_find_network (catalog, "c40");
  const CnText *name = cn_network_get_name (c40);
  const CnText *short_name = cn_network_get_short_name (c40);
  GtkWidget *list;
  guint n_rows = 0;

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);

  /* List rows expose the network's name. */
  list = cn_test_window_get_network_list (window);
  for (GtkWidget *item = gtk_widget_get_first_child (list); item; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (row == NULL || !g_str_equal (G_OBJECT_TYPE_NAME (row), "CnNetworkRow") || !gtk_widget_get_mapped (row))
        continue;
      /* Right to left, the row has the short name where there is one, then
       * the summary; so has its list item, which Orca reads. */
      {
        g_autofree char *prefix = g_strconcat (cn_text_get (cn_bidi_text_is_rtl (name) && short_name ? short_name : name),
                                               ". ", NULL);
        /* The value, given back as what differs from a value it cannot be. */
        g_autofree char *label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
        g_autofree char *item_label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (item),
                                                                          GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");

        g_assert_true (g_str_has_prefix (label, prefix));
        g_assert_cmpstr (item_label, ==, label);
        g_assert_null (g_utf8_strchr (label, -1, 0x200F));
        g_assert_null (g_utf8_strchr (label, -1, 0x2066));
      }
      n_rows++;
      break;
    }
  g_assert_cmpuint (n_rows, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The row (list item widget) of @list that holds the focus, or NULL. */
static GtkWidget *
get_focused_row (CnWindow  *window,
                 GtkWidget *list)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (gtk_widget_get_parent (focus) == list)
      return focus;
  return NULL;
}

static guint
get_selected_position (CnWindow *window)
{
  return cn_ranked_selection_get_selected (cn_network_list_get_selection (cn_test_window_get_network_list_widget (window)));
}

static const char *
get_network_name_at (CnWindow *window,
                     guint     position)
{
  g_autoptr(CnNetwork) network = g_list_model_get_item (cn_test_window_get_network_model (window), position);

  return cn_text_get (cn_network_get_name (network));
}

/* Whether the detail's title is @name, once its direction marks are gone. */
static gboolean
detail_shows (CnWindow   *window,
              const char *name)
{
  g_autofree char *title = cn_accessible_text (cn_test_window_get_detail_title (window), FALSE);

  return g_strcmp0 (title, name) == 0;
}

/* Fails if a selectable paragraph under @widget is a Tab stop. */
static void
assert_no_focusable_paragraph (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget)) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) != GTK_ACCESSIBLE_ROLE_HEADING && gtk_widget_get_focusable (widget))
    g_error ("a selectable paragraph is a Tab stop: “%.40s”", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    assert_no_focusable_paragraph (child);
}

/* Arrows in the list select what they move to, and the detail follows; Tab
 * leaves the list and Shift+Tab comes back to the selected row; the detail's
 * paragraphs are not Tab stops. All by key presses. */
static void
test_list_keyboard (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);
  GtkWidget *list = cn_test_window_get_network_list (window);
  GtkWidget *detail = GTK_WIDGET (cn_test_window_get_detail (window));
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "networks");
  cn_window_select_network (window, "c40");
  cn_test_iterate (50);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (cn_test_window_get_network_list_widget (window))));
  g_assert_cmpuint (get_selected_position (window), ==, 0);
  g_assert_nonnull (get_focused_row (window, list));

  for (guint i = 1; i <= 2; i++)
    {
      g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_Down, 0));
      row = get_focused_row (window, list);
      g_assert_nonnull (row);
      g_assert_cmpuint (get_selected_position (window), ==, i);
      g_assert_true (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED);
      /* Right to left, the title carries direction marks the data has not. */
      CN_TEST_WAIT_UNTIL (detail_shows (window, get_network_name_at (window, i)));
      g_assert_true (detail_shows (window, get_network_name_at (window, i)));
    }
  g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_Up, 0));
  g_assert_cmpuint (get_selected_position (window), ==, 1);

  /* Tab: out of the list, into the detail (once it shows that network:
   * it follows the selection after a pause, and is built a section a
   * frame). */
  CN_TEST_WAIT_UNTIL (detail_shows (window, get_network_name_at (window, 1)) &&
                      cn_test_window_is_detail_complete (window));
  cn_test_iterate (50);
  g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_Tab, 0));
  g_assert_null (get_focused_row (window, list));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), detail));
  g_assert_cmpuint (get_selected_position (window), ==, 1);

  /* The detail's Tab stops are controls, never its paragraphs. */
  assert_no_focusable_paragraph (detail);
  for (int i = 0; i < 30; i++)
    {
      GtkWidget *focus;

      cn_test_press_key (GTK_WINDOW (window), GDK_KEY_Tab, 0);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_false (GTK_IS_LABEL (focus) && gtk_label_get_selectable (GTK_LABEL (focus)));
    }

  /* Shift+Tab from the detail comes back to the selected row,
   * even when the selection changed meanwhile (as a link in the detail, or
   * a search, changes it). */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (cn_test_window_get_network_list_widget (window))));
  g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_Tab, 0));
  g_assert_null (get_focused_row (window, list));
  {
    g_autoptr(CnNetwork) fourth = g_list_model_get_item (cn_test_window_get_network_model (window), 3);

    cn_window_select_network (window, cn_network_get_id (fourth));
  }
  CN_TEST_WAIT_UNTIL (cn_test_window_is_detail_complete (window));
  cn_test_iterate (50);
  /* A record has a few dozen Tab stops (its links), more in some
   * languages than others. */
  for (int i = 0; i < 200 && gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), detail); i++)
    g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_Tab, GDK_SHIFT_MASK));
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), detail));
  row = get_focused_row (window, list);
  g_assert_nonnull (row);
  g_assert_cmpuint (get_selected_position (window), ==, 3);
  g_assert_true (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Down from the search field, or Enter, goes to the first result, selected. */
static void
test_search_keyboard (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);
  GtkWidget *list = cn_test_window_get_network_list (window);
  GtkWidget *entry = cn_test_window_get_search_entry (window);
  const guint keys[] = { GDK_KEY_Down, GDK_KEY_Return };

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
      cn_test_iterate (30);
      gtk_editable_set_text (GTK_EDITABLE (entry), k == 0 ? "mobility" : "resilience");
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
      cn_network_list_scroll_to (cn_test_window_get_network_list_widget (window), 0);
      g_assert_true (cn_test_press_key (GTK_WINDOW (window), keys[k], 0));
      g_assert_nonnull (get_focused_row (window, list));
      g_assert_cmpuint (get_selected_position (window), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (cn_test_window_get_network_model (window)), >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (cn_test_window_get_network_model (window)), <,
                        g_list_model_get_n_items (cn_catalog_get_networks (catalog)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* F6 goes round the list, the detail (at its heading) and the panel. */
static void
test_f6 (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);
  GtkWidget *list = cn_test_window_get_network_list (window);
  GtkWidget *detail = GTK_WIDGET (cn_test_window_get_detail (window));
  GtkWidget *panel = cn_test_window_get_case_study_panel (window);
  GtkWidget *focus;

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  cn_window_select_network (window, "c40");
  CN_TEST_WAIT_UNTIL (cn_test_window_is_detail_complete (window));
  g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_F9, 0));
  cn_test_iterate (100);
  g_assert_true (cn_test_window_is_case_study_visible (window));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (cn_test_window_get_network_list_widget (window))));

  g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_F6, 0));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, detail));
  g_assert_true (GTK_IS_LABEL (focus));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (focus)), ==, GTK_ACCESSIBLE_ROLE_HEADING);

  g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_F6, 0));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), panel));
  /* The heading was a Tab stop only while it had the focus. */
  g_assert_false (gtk_widget_get_focusable (focus));

  g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_F6, 0));
  focus = get_focused_row (window, list);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_state_flags (focus) & GTK_STATE_FLAG_SELECTED);

  g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_F6, GDK_SHIFT_MASK));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), panel));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_accelerators (GtkWidget *widget,
                      GString   *all)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      if (accelerator != NULL)
        g_string_append_printf (all, " %s ", accelerator);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_accelerators (child, all);
}

/* The shortcuts window lists every key a keyboard or screen-reader user
 * needs for the three tasks (issue #20). */
static void
test_shortcuts_window_lists_keys (void)
{
  const char *keys[] = { "Up", "Down", "Tab", "<Shift>Tab", "F6", "<Shift>F6", "F9", "<Control>f", "Escape",
                         "<Control>1", "<Control>2", "F1", "F10", "Return" };
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);
  g_autoptr(GString) all = g_string_new (" ");

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  cn_test_iterate (50);
  g_assert_nonnull (cn_test_window_get_help_overlay (window));
  collect_accelerators (GTK_WIDGET (cn_test_window_get_help_overlay (window)), all);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *token = g_strdup_printf (" %s ", keys[i]);

      if (strstr (all->str, token) == NULL)
        g_error ("the shortcuts window does not list %s (it lists:%s)", keys[i], all->str);
    }
  gtk_window_destroy (cn_test_window_get_help_overlay (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every page of every stack under @widget has a name. */
static void
assert_stack_pages_named (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (gtk_stack_get_page (GTK_STACK (widget), child)),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    assert_stack_pages_named (child);
}

/* Names a screen reader reads: never a class name, never a mnemonic's
 * underscore; icons inside named buttons hidden (issue #20). */
static void
test_names_without_classes_or_underscores (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);
  GtkStack *stacks[] = { GTK_STACK (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "view_stack")),
                         GTK_STACK (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "detail_stack")) };
  GtkWidget *switcher = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "view_switcher"));
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "menu_button"));
  GtkWidget *search_button = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "search_button"));
  GtkWidget *popover;

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);

  for (guint i = 0; i < G_N_ELEMENTS (stacks); i++)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stacks[i])); child;
         child = gtk_widget_get_next_sibling (child))
      {
        GtkStackPage *page = gtk_stack_get_page (stacks[i], child);

        g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL));
        if (gtk_stack_page_get_title (page) != NULL)
          {
            g_autofree char *expected = cn_accessible_text (gtk_stack_page_get_title (page), TRUE);

            /* "_Networks" is read "Networks" (the mnemonic may be anywhere
             * in a translation: "ال_شبكات"). */
            g_assert_nonnull (strchr (gtk_stack_page_get_title (page), '_'));
            g_assert_null (strchr (expected, '_'));
            gtk_test_accessible_assert_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
          }
      }
  /* The English words themselves, in the English run. */
  if (english)
    {
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_stack_get_page (stacks[0], gtk_stack_get_child_by_name (stacks[0], "networks"))),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, "Networks");
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_stack_get_page (stacks[1], gtk_stack_get_child_by_name (stacks[1], "welcome"))),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, "Why Join a Network?");
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (switcher)),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, "Networks");
    }

  /* The search button's icon is not read before its name. */
  g_assert_true (GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (search_button))));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (gtk_button_get_child (GTK_BUTTON (search_button))),
                                    GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);

  /* The primary menu, opened with F10, is "Main Menu". */
  g_assert_true (cn_test_press_key (GTK_WINDOW (window), GDK_KEY_F10, 0));
  cn_test_iterate (100);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (menu_button));
  g_assert_nonnull (popover);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       g_dgettext (GETTEXT_PACKAGE, "Main Menu"));
  assert_stack_pages_named (popover);
  gtk_menu_button_popdown (menu_button);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Accessible names lose the direction marks the screen needs. */
static void
test_accessible_text (void)
{
  g_autofree char *plain = cn_accessible_text ("\u200f\u2066C40\u2069 \u2013 \u05e8\u05e9\u05ea \u200eC40 Cities", FALSE);
  g_autofree char *mnemonic = cn_accessible_text ("_Networks and __init__", TRUE);

  g_assert_cmpstr (plain, ==, "C40 \u2013 \u05e8\u05e9\u05ea C40 Cities");
  g_assert_cmpstr (mnemonic, ==, "Networks and _init_");
  g_assert_null (cn_accessible_text (NULL, TRUE));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *language;
  char *data_home;
  int status;

  /* The shortlist this test stars in is its own (read once by GLib). */
  data_home = g_dir_make_tmp ("cn-test-a11y-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  language = g_getenv ("CN_TEST_LANGUAGE");
  english = language == NULL || g_strcmp0 (language, "en") == 0;
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", language != NULL ? language : "en", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  cn_text_set_preferred_languages (NULL);
  /* A walk in another language is that language's: its strings and a
   * right-to-left window. */
  if (language != NULL && g_strcmp0 (language, "en") != 0)
    {
      g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Climate Networks"), !=, "Climate Networks");
      g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
    }

  catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  app = cn_test_application_new ("A11yTest");

  g_test_add_func ("/a11y/every-control-is-named", test_every_control_is_named);
  g_test_add_func ("/a11y/rows-are-named", test_headings_and_rows);
  g_test_add_func ("/a11y/list-keyboard", test_list_keyboard);
  g_test_add_func ("/a11y/search-keyboard", test_search_keyboard);
  g_test_add_func ("/a11y/f6", test_f6);
  g_test_add_func ("/a11y/names", test_names_without_classes_or_underscores);
  g_test_add_func ("/a11y/accessible-text", test_accessible_text);
  g_test_add_func ("/a11y/shortcuts-window", test_shortcuts_window_lists_keys);

  status = g_test_run ();
  g_clear_object (&app);
  g_clear_object (&catalog);
  {
    g_autofree char *file = g_build_filename (data_home, GETTEXT_PACKAGE, "shortlist.json", NULL);
    g_autofree char *folder = g_path_get_dirname (file);

    g_unlink (file);
    g_rmdir (folder);
    g_rmdir (data_home);
  }
  g_free (data_home);
  return status;
}
