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

#include "cn-bidi.h"
#include "cn-test-ui.h"

#include "cn-test-window.h"

static CnCatalog *catalog;
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
  CN_TEST_WAIT_UNTIL (cn_comparison_view_is_complete (
    CN_COMPARISON_VIEW (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "comparison_view"))));
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
      /* Right to left, the row has the short name where there is one. */
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           cn_text_get (cn_bidi_text_is_rtl (name) && short_name ? short_name : name));
      n_rows++;
      break;
    }
  g_assert_cmpuint (n_rows, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
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
