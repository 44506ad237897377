/* test-filters.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The filters over the bundled dataset, under Xvfb: the list follows the
 * chosen facet values and the search together; the popover's counts are
 * cn_facets_count()'s; the chips of the active filters remove them; the
 * empty list offers to remove the last filter; a theme in a network's page
 * filters the list by it. Runs with GTK_A11Y=test to read accessible names
 * without a bus. */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "cn-test-ui.h"

#include "cn-facet-labels.h"
#include "cn-test-window.h"

static CnCatalog *catalog;
static GtkApplication *app;  /* a CnApplication */

static CnWindow *
new_window (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  return window;
}

static void
destroy_window (CnWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  cn_test_iterate (20);
}

static guint
find_value (CnFacets   *facets,
            CnFacet     facet,
            const char *id)
{
  int value = cn_facets_find_value (facets, facet, id);

  g_assert_cmpint (value, >=, 0);
  return (guint) value;
}

/* What the list should show: the networks the facets let through and the
 * search (if any) finds, by the model's own functions. */
static guint
expected_rows (CnWindow   *window,
               const char *search)
{
  GListModel *networks = cn_catalog_get_networks (catalog);
  guint n = g_list_model_get_n_items (networks);
  g_autofree int *ranks = NULL;
  guint expected = 0;

  if (search != NULL && search[0] != '\0')
    {
      CnSearchQuery *query = cn_search_query_new (search);

      ranks = g_new (int, n);
      cn_catalog_search_networks (catalog, query, ranks);
      cn_search_query_free (query);
    }
  for (guint i = 0; i < n; i++)
    if (cn_facets_match (window->facets, i) && (ranks == NULL || ranks[i] != CN_SEARCH_NO_MATCH))
      expected++;
  return expected;
}

static void
clicked_cb (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

/* GtkButton's "activate" (Enter, Space) clicks when its press animation
 * ends, a quarter of a second later, or later on a busy machine (or under
 * AddressSanitizer): wait for the click itself, then for what it does. */
static void
press (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gulong handler;

  /* Held: the chip goes with the filter it removes. */
  g_object_ref (button);
  handler = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicked);
  gtk_widget_activate (button);
  CN_TEST_WAIT_UNTIL (clicked);
  g_assert_true (clicked);
  if (g_signal_handler_is_connected (button, handler))
    g_signal_handler_disconnect (button, handler);
  g_object_unref (button);
  cn_test_iterate (100);
}

static guint
n_rows (CnWindow *window)
{
  return g_list_model_get_n_items (cn_test_window_get_network_model (window));
}

static void
test_list_follows_facets (void)
{
  CnWindow *window = new_window ();
  CnFacets *facets = window->facets;
  guint all = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  guint europe = find_value (facets, CN_FACET_REGION, "europe");
  guint global = find_value (facets, CN_FACET_REGION, "global");
  guint energy = find_value (facets, CN_FACET_THEME, "energy");
  guint active = find_value (facets, CN_FACET_STATUS, "active");

  g_assert_cmpuint (n_rows (window), ==, all);

  /* One value: fewer rows, exactly the matching ones. */
  cn_facets_set_selected (facets, CN_FACET_REGION, europe, TRUE);
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, NULL));
  g_assert_cmpuint (n_rows (window), <, all);
  g_assert_cmpuint (n_rows (window), >, 0);

  /* OR inside a facet: more rows. */
  cn_facets_set_selected (facets, CN_FACET_REGION, global, TRUE);
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, NULL));

  /* AND across facets, and with the search. */
  cn_facets_set_selected (facets, CN_FACET_THEME, energy, TRUE);
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, NULL));
  cn_window_set_search (window, "city");
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, "city"));
  cn_facets_set_selected (facets, CN_FACET_STATUS, active, TRUE);
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, "city"));
  cn_window_set_search (window, "");
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, NULL));

  /* Every row shown passes: the model's rows are the matching networks. */
  for (guint i = 0; i < n_rows (window); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (cn_test_window_get_network_model (window), i);
      g_assert_true (cn_facets_match (facets, cn_network_get_position (network)));
    }

  cn_facets_clear (facets);
  g_assert_cmpuint (n_rows (window), ==, all);
  destroy_window (window);
}

static CnFilterPopover *
open_popover (CnWindow *window)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "filter_button"));
  GtkPopover *popover;

  g_assert_true (cn_test_window_open_filters (window));
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (CN_IS_FILTER_POPOVER (popover));
  /* Laid out, for the arrows to find their way. */
  cn_test_iterate (100);
  return CN_FILTER_POPOVER (popover);
}

/* Every check button shows cn_facets_count()'s number, in its label and
 * its accessible name; a value that would leave nothing is insensitive
 * unless chosen. */
static void
assert_counts (CnWindow        *window,
               CnFilterPopover *popover,
               const char      *search)
{
  CnFacets *facets = window->facets;
  guint counts[CN_N_FACETS * CN_FACET_MAX_VALUES];
  g_autofree int *ranks = NULL;
  guint n = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  guint checked = 0;

  if (search != NULL && search[0] != '\0')
    {
      CnSearchQuery *query = cn_search_query_new (search);

      ranks = g_new (int, n);
      cn_catalog_search_networks (catalog, query, ranks);
      cn_search_query_free (query);
    }
  cn_facets_count (facets, ranks, ranks ? n : 0, counts);

  for (guint f = 0; f < CN_N_FACETS; f++)
    for (guint v = 0; v < cn_facets_get_n_values (facets, f); v++)
      {
        GtkWidget *check = cn_filter_popover_get_check (popover, f, v);
        guint count = counts[cn_facets_count_index (f, v)];
        const char *name = cn_facet_value_label (facets, f, v);
        g_autofree char *label = g_strdup_printf ("%s (%u)", name, count);
        g_autofree char *spoken = g_strdup_printf (count == 1 ? "%s, %u network" : "%s, %u networks", name, count);
        gboolean selected = cn_facets_get_selected (facets, f, v);

        g_assert_nonnull (check);
        g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), ==, label);
        gtk_test_accessible_assert_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken);
        g_assert_cmpint (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)), ==, selected);
        g_assert_cmpint (gtk_widget_get_sensitive (check), ==, count > 0 || selected);
        checked++;
      }
  g_assert_cmpuint (checked, >, 20);
}

static void
test_popover_counts (void)
{
  CnWindow *window = new_window ();
  CnFacets *facets = window->facets;
  CnFilterPopover *popover = open_popover (window);
  guint europe = find_value (facets, CN_FACET_REGION, "europe");
  guint all = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  GtkWidget *check;

  assert_counts (window, popover, NULL);
  /* Exactly the bundled dataset's: 4 networks in Europe, 10 global. */
  g_assert_cmpuint (cn_filter_popover_get_count (popover, CN_FACET_REGION, europe), ==, 4);
  g_assert_cmpuint (cn_filter_popover_get_count (popover, CN_FACET_REGION,
                                                 find_value (facets, CN_FACET_REGION, "global")), ==, 10);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cn_filter_popover_get_check (popover, CN_FACET_REGION, europe)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Europe, 4 networks");

  /* Toggling a check button chooses the value, as Space does. */
  check = cn_filter_popover_get_check (popover, CN_FACET_REGION, europe);
  gtk_widget_activate (check);
  cn_test_iterate (20);
  g_assert_true (cn_facets_get_selected (facets, CN_FACET_REGION, europe));
  g_assert_cmpuint (n_rows (window), ==, 4);
  assert_counts (window, popover, NULL);

  /* The counts follow the search. */
  cn_window_set_search (window, "climate");
  cn_test_iterate (20);
  assert_counts (window, popover, "climate");
  cn_window_set_search (window, "");
  cn_test_iterate (20);

  /* A count of 0 can be insensitive; at least one value is (Partly: no
   * bundled network is partly open to Israeli authorities). */
  g_assert_false (gtk_widget_get_sensitive (cn_filter_popover_get_check (popover, CN_FACET_ISRAEL,
                                                                         find_value (facets, CN_FACET_ISRAEL,
                                                                                     "partly"))));

  /* Unticking removes it. */
  gtk_widget_activate (check);
  cn_test_iterate (20);
  g_assert_false (cn_facets_is_active (facets));
  g_assert_cmpuint (n_rows (window), ==, all);
  assert_counts (window, popover, NULL);

  gtk_popover_popdown (GTK_POPOVER (popover));
  destroy_window (window);
}

/* Arrows move between the check buttons (GtkPopover does not by itself):
 * Down to the next value, Right to the next column. */
static GtkWidget *
focus_of (GtkWidget *widget)
{
  return gtk_root_get_focus (gtk_widget_get_root (widget));
}

static void
test_popover_keyboard (void)
{
  CnWindow *window = new_window ();
  CnFacets *facets = window->facets;
  CnFilterPopover *popover = open_popover (window);
  GtkWidget *first = cn_filter_popover_get_check (popover, CN_FACET_THEME, 0);
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (popover));
  guint n_arrows = 0;

  /* The popover has a binding for each arrow key. */
  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      /* Before GtkPopover's own arrow bindings, which do not move. */
      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != GTK_PHASE_CAPTURE)
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          n_arrows += g_str_equal (trigger, "Up") || g_str_equal (trigger, "Down") ||
                      g_str_equal (trigger, "Left") || g_str_equal (trigger, "Right");
        }
    }
  g_object_unref (controllers);
  g_assert_cmpuint (n_arrows, ==, 4);

  /* What they do. */
  gtk_widget_grab_focus (first);
  g_assert_true (focus_of (first) == first);
  g_assert_true (cn_filter_popover_move_focus (popover, GTK_DIR_DOWN));
  g_assert_true (focus_of (first) == cn_filter_popover_get_check (popover, CN_FACET_THEME, 1));
  g_assert_true (cn_filter_popover_move_focus (popover, GTK_DIR_UP));
  g_assert_true (focus_of (first) == first);
  /* Right: the first region, in the next column. */
  g_assert_true (cn_filter_popover_move_focus (popover, GTK_DIR_RIGHT));
  g_assert_true (focus_of (first) == cn_filter_popover_get_check (popover, CN_FACET_REGION, 0));
  g_assert_true (cn_filter_popover_move_focus (popover, GTK_DIR_LEFT));
  g_assert_true (focus_of (first) == first);
  (void) facets;

  gtk_popover_popdown (GTK_POPOVER (popover));
  destroy_window (window);
}

/* The chips of the active filters: one button a value, in the order chosen,
 * named for a screen reader; pressing one removes its filter. */
static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (widget))
    {
      g_ptr_array_add (buttons, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, buttons);
}

static GPtrArray *
chip_buttons (CnWindow *window)
{
  GtkWidget *chips = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "filter_chips"));
  GPtrArray *buttons = g_ptr_array_new ();

  collect_buttons (chips, buttons);
  return buttons;
}

static void
test_chips (void)
{
  CnWindow *window = new_window ();
  CnFacets *facets = window->facets;
  GtkWidget *chips = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "filter_chips"));
  guint energy = find_value (facets, CN_FACET_THEME, "energy");
  guint europe = find_value (facets, CN_FACET_REGION, "europe");
  guint all = g_list_model_get_n_items (cn_catalog_get_networks (catalog));
  g_autoptr(GPtrArray) buttons = NULL;

  g_assert_false (gtk_widget_get_visible (chips));

  cn_facets_set_selected (facets, CN_FACET_THEME, energy, TRUE);
  cn_facets_set_selected (facets, CN_FACET_REGION, europe, TRUE);
  cn_test_iterate (20);
  g_assert_true (gtk_widget_get_visible (chips));
  buttons = chip_buttons (window);
  /* Two chips and "Clear Filters". */
  g_assert_cmpuint (buttons->len, ==, 3);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (
                     gtk_button_get_child (GTK_BUTTON (buttons->pdata[0]))))), ==, "Theme: Energy");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (buttons->pdata[0]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Remove filter Theme: Energy");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (buttons->pdata[1]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Remove filter Region: Europe");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (buttons->pdata[2])), ==, "Clear Filters");

  /* The badge counts them. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "filter_badge"))), ==, "2");

  /* A chip removes its own filter, and only it. */
  press (buttons->pdata[0]);
  g_assert_false (cn_facets_get_selected (facets, CN_FACET_THEME, energy));
  g_assert_true (cn_facets_get_selected (facets, CN_FACET_REGION, europe));
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, NULL));
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = chip_buttons (window);
  g_assert_cmpuint (buttons->len, ==, 2);

  /* "Clear Filters" clears them all; the chips go. */
  cn_facets_set_selected (facets, CN_FACET_THEME, energy, TRUE);
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = chip_buttons (window);
  g_assert_cmpuint (buttons->len, ==, 3);
  press (buttons->pdata[2]);
  g_assert_false (cn_facets_is_active (facets));
  g_assert_false (gtk_widget_get_visible (chips));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "filter_badge"))));
  g_assert_cmpuint (n_rows (window), ==, all);

  destroy_window (window);
}

/* Search and filters that leave nothing: the empty list says so, names the
 * last filter and removes it. */
static void
test_empty_state (void)
{
  CnWindow *window = new_window ();
  CnFacets *facets = window->facets;
  CnNetworkList *list = cn_test_window_get_network_list_widget (window);
  GtkWidget *remove_last = GTK_WIDGET (CN_TEST_CHILD (list, CN_TYPE_NETWORK_LIST, "remove_last_button"));
  GtkWidget *clear = GTK_WIDGET (CN_TEST_CHILD (list, CN_TYPE_NETWORK_LIST, "clear_filters_button"));
  GtkLabel *title = GTK_LABEL (CN_TEST_CHILD (list, CN_TYPE_NETWORK_LIST, "empty_title"));
  guint europe = find_value (facets, CN_FACET_REGION, "europe");
  guint north_america = find_value (facets, CN_FACET_REGION, "north-america");
  guint ended = find_value (facets, CN_FACET_STATUS, "ended");

  /* Europe, then ended: no network in Europe has ended. */
  cn_facets_set_selected (facets, CN_FACET_REGION, europe, TRUE);
  g_assert_cmpuint (n_rows (window), >, 0);
  g_assert_false (cn_test_window_is_empty_state_visible (window));
  cn_facets_set_selected (facets, CN_FACET_STATUS, ended, TRUE);
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, NULL));
  g_assert_cmpuint (n_rows (window), ==, 0);
  g_assert_true (cn_test_window_is_empty_state_visible (window));
  g_assert_cmpstr (gtk_label_get_text (title), ==, "No networks match these filters");
  g_assert_true (gtk_widget_is_visible (remove_last));
  g_assert_true (gtk_widget_is_visible (clear));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (remove_last)), ==, "Remove the Last Filter (Status: Ended)");

  /* The list stays empty while a filter is added: the page follows. */
  cn_facets_set_selected (facets, CN_FACET_REGION, north_america, TRUE);
  cn_test_iterate (20);
  if (n_rows (window) == 0)
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (remove_last)), ==,
                     "Remove the Last Filter (Region: North America)");
  cn_facets_set_selected (facets, CN_FACET_REGION, north_america, FALSE);
  cn_test_iterate (20);

  /* "Remove the Last Filter" takes away Ended, not Europe. */
  press (remove_last);
  g_assert_false (cn_facets_get_selected (facets, CN_FACET_STATUS, ended));
  g_assert_true (cn_facets_get_selected (facets, CN_FACET_REGION, europe));
  g_assert_cmpuint (n_rows (window), ==, 4);
  g_assert_false (cn_test_window_is_empty_state_visible (window));

  /* With a search: the title says both; "Clear Filters" keeps the search. */
  cn_window_set_search (window, "C40");
  cn_facets_set_selected (facets, CN_FACET_STATUS, ended, TRUE);
  g_assert_cmpuint (n_rows (window), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (title), ==, "No networks match “\u2068C40\u2069” with these filters");
  press (clear);
  g_assert_false (cn_facets_is_active (facets));
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, "C40"));
  g_assert_cmpuint (n_rows (window), >, 0);

  /* A search alone that finds nothing offers no filter to remove. */
  cn_window_set_search (window, "zzzzqqq");
  g_assert_true (cn_test_window_is_empty_state_visible (window));
  g_assert_false (gtk_widget_is_visible (remove_last));

  destroy_window (window);
}

/* A theme in a network's page filters the list by it, and keeps the rest. */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action,
                 const char *target)
{
  if (GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    {
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (value != NULL && g_str_equal (g_variant_get_string (value, NULL), target))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action, target);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_theme_chip (void)
{
  CnWindow *window = new_window ();
  CnFacets *facets = window->facets;
  CnNetwork *c40 = cn_catalog_find_network (catalog, "c40");
  guint n_themes;
  const CnTerm * const *themes = cn_network_get_themes (c40, &n_themes);
  guint global = find_value (facets, CN_FACET_REGION, "global");
  GtkWidget *chip;
  guint theme;
  g_autofree char *spoken = NULL;

  g_assert_cmpuint (n_themes, >, 0);
  theme = find_value (facets, CN_FACET_THEME, themes[0]->id);
  cn_facets_set_selected (facets, CN_FACET_REGION, global, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "benefits");
  g_assert_true (cn_window_select_network (window, "c40"));
  CN_TEST_WAIT_UNTIL (cn_test_window_is_detail_complete (window));

  chip = find_actionable (GTK_WIDGET (cn_test_window_get_detail (window)), "win.filter-theme", themes[0]->id);
  g_assert_nonnull (chip);
  g_assert_true (gtk_widget_get_focusable (chip));
  spoken = g_strdup_printf ("Filter by theme: %s", cn_text_get (themes[0]->label));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "benefits");
  cn_test_iterate (20);
  press (chip);
  g_assert_true (cn_facets_get_selected (facets, CN_FACET_THEME, theme));
  /* Nothing else cleared. */
  g_assert_true (cn_facets_get_selected (facets, CN_FACET_REGION, global));
  g_assert_cmpuint (cn_facets_get_n_selected (facets), ==, 2);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "networks");
  g_assert_cmpuint (n_rows (window), ==, expected_rows (window, NULL));
  g_assert_true (cn_test_window_get_selected_network (window) == c40);

  /* Through the action, by id; an unknown one changes nothing. */
  cn_facets_clear (facets);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-theme", "s", themes[0]->id);
  g_assert_true (cn_facets_get_selected (facets, CN_FACET_THEME, theme));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-theme", "s", "no-such-theme");
  g_assert_cmpuint (cn_facets_get_n_selected (facets), ==, 1);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  app = cn_test_application_new ("FiltersTest");

  g_test_add_func ("/filters/list-follows-facets", test_list_follows_facets);
  g_test_add_func ("/filters/popover-counts", test_popover_counts);
  g_test_add_func ("/filters/popover-keyboard", test_popover_keyboard);
  g_test_add_func ("/filters/chips", test_chips);
  g_test_add_func ("/filters/empty-state", test_empty_state);
  g_test_add_func ("/filters/theme-chip", test_theme_chip);

  status = g_test_run ();
  g_clear_object (&app);
  g_clear_object (&catalog);
  return status;
}
