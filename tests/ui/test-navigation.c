/* test-navigation.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Finding one's way: the first launch, Back and Forward, the case-study
 * panel (its studies, its contents, Esc), the links from a network to the
 * studies, the glossary and the Israeli authorities pages. */

#include "config.h"

#include <gtk/gtk.h>

#include "cn-test-ui.h"

#include "cn-test-window.h"

static CnCatalog *catalog;
static GtkApplication *app;  /* a CnApplication */

static CnWindow *
new_window (int width,
            int height)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  return window;
}

static void
destroy_window (CnWindow *window)
{
  if (cn_test_window_is_case_study_visible (window))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  cn_test_iterate (20);
}

static const char *
detail_page (CnWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "detail_stack")));
}

static CnCaseStudyPanel *
get_panel (CnWindow *window)
{
  return CN_CASE_STUDY_PANEL (cn_test_window_get_case_study_panel (window));
}

static const char *
panel_study_id (CnWindow *window)
{
  CnCaseStudy *study = cn_case_study_panel_get_case_study (get_panel (window));

  return study ? cn_case_study_get_id (study) : NULL;
}

/* A realized row or a label in @widget that looks selected. */
static GtkWidget *
find_selected (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget") &&
      (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_SELECTED))
    return widget;
  if (GTK_IS_LABEL (widget))
    {
      int start, end;

      if (gtk_label_get_selection_bounds (GTK_LABEL (widget), &start, &end) && start != end)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_selected (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Activates the window's shortcut for @accel as a key press would. */
static gboolean
press_shortcut (CnWindow   *window,
                const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, accel))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (window),
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_error ("No shortcut %s on the window", accel);
  return FALSE;
}

static void
test_first_launch (void)
{
  CnWindow *window;
  GtkWidget *focus;
  GtkWidget *selected;

  cn_test_set_returning_user (FALSE);
  window = new_window (1100, 720);

  g_assert_true (cn_test_window_is_welcome_visible (window));
  g_assert_null (cn_test_window_get_selected_network (window));
  selected = find_selected (GTK_WIDGET (window));
  if (selected != NULL)
    g_error ("A %s looks selected on the first launch", G_OBJECT_TYPE_NAME (selected));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_false (GTK_IS_LABEL (focus));
  /* Nothing to go back to yet. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "back_button"))));

  /* A message shown at startup does not get its text selected either. */
  cn_window_show_message (window, "The file could not be read.");
  cn_test_iterate (50);
  g_assert_null (find_selected (GTK_WIDGET (window)));

  /* F1 later: the welcome page again, and the network chosen meanwhile is
   * no longer highlighted. */
  g_assert_true (cn_window_select_network (window, "iclei"));
  cn_test_iterate (20);
  g_assert_false (cn_test_window_is_welcome_visible (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-welcome", NULL);
  cn_test_iterate (50);
  g_assert_true (cn_test_window_is_welcome_visible (window));
  g_assert_null (cn_test_window_get_selected_network (window));
  g_assert_null (find_selected (GTK_WIDGET (window)));
  destroy_window (window);

  /* The next launch is a returning user's: a network and its detail. */
  window = new_window (1100, 720);
  g_assert_nonnull (cn_test_window_get_selected_network (window));
  g_assert_false (cn_test_window_is_welcome_visible (window));
  destroy_window (window);
}

static const char *
selected_benefit_id (CnWindow *window)
{
  CnBenefit *benefit = cn_benefits_view_get_selected (CN_BENEFITS_VIEW (cn_test_window_get_benefits_view (window)));

  return benefit ? cn_benefit_get_id (benefit) : NULL;
}

static const char *
selected_network_id (CnWindow *window)
{
  CnNetwork *network = cn_test_window_get_selected_network (window);

  return network ? cn_network_get_id (network) : NULL;
}

static void
test_back_and_forward (void)
{
  CnWindow *window;
  g_autoptr(CnBenefit) benefit = g_list_model_get_item (cn_catalog_get_benefits (catalog), 1);
  const char *benefit_id = cn_benefit_get_id (benefit);
  GtkWidget *back_button;

  cn_test_set_returning_user (TRUE);
  window = new_window (1100, 720);
  back_button = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "back_button"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-network", "s", "iclei");
  cn_test_iterate (20);
  g_assert_true (gtk_widget_get_visible (back_button));

  /* A network's benefit link, then the benefit's network link. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-benefit", "s", benefit_id);
  cn_test_iterate (20);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "benefits");
  g_assert_cmpstr (selected_benefit_id (window), ==, benefit_id);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-network", "s", "c40");
  cn_test_iterate (20);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "networks");
  g_assert_cmpstr (selected_network_id (window), ==, "c40");

  /* Back returns to the benefit, then to the first network. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  cn_test_iterate (20);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "benefits");
  g_assert_cmpstr (selected_benefit_id (window), ==, benefit_id);

  /* Alt+Left, as a key press would send it. */
  g_assert_true (press_shortcut (window, "<Alt>Left"));
  cn_test_iterate (20);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "networks");
  g_assert_cmpstr (selected_network_id (window), ==, "iclei");
  g_assert_cmpstr (detail_page (window), ==, "detail");

  /* Forward, twice, by the action and by Alt+Right. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-forward", NULL);
  cn_test_iterate (20);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "benefits");
  g_assert_true (press_shortcut (window, "<Alt>Right"));
  cn_test_iterate (20);
  g_assert_cmpstr (selected_network_id (window), ==, "c40");
  /* At the end: nowhere to go forward. */
  g_assert_false (press_shortcut (window, "<Alt>Right") && FALSE);

  /* Going somewhere new from the middle drops what was ahead. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  cn_test_iterate (20);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-glossary", "s", "");
  cn_test_iterate (20);
  g_assert_cmpstr (detail_page (window), ==, "glossary");
  g_assert_null (cn_test_window_get_selected_network (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-forward", NULL);
  cn_test_iterate (20);
  g_assert_cmpstr (detail_page (window), ==, "glossary");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  cn_test_iterate (20);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "benefits");

  destroy_window (window);
}

static void
test_escape_closes_floating_panel (void)
{
  CnWindow *window;

  cn_test_set_returning_user (TRUE);
  window = new_window (800, 600);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL);
  cn_test_iterate (100);
  g_assert_true (cn_test_window_is_case_study_visible (window));
  /* Narrow: it floats over the content (moved there once the window is
   * laid out). */
  CN_TEST_WAIT_UNTIL (gtk_widget_has_css_class (cn_test_window_get_case_study_panel (window), "floating"));
  g_assert_true (gtk_widget_has_css_class (cn_test_window_get_case_study_panel (window), "floating"));
  g_assert_true (press_shortcut (window, "Escape"));
  cn_test_iterate (20);
  g_assert_false (cn_test_window_is_case_study_visible (window));
  /* With nothing to close, Esc is left to others. */
  g_assert_false (press_shortcut (window, "Escape"));
  destroy_window (window);

  /* Wide: the panel is beside the content and stays. */
  window = new_window (1400, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL);
  cn_test_iterate (100);
  g_assert_false (gtk_widget_has_css_class (cn_test_window_get_case_study_panel (window), "floating"));
  g_assert_false (press_shortcut (window, "Escape"));
  g_assert_true (cn_test_window_is_case_study_visible (window));
  /* Its width follows the window: 30 % of it, within 340–560 (the screen
   * may be smaller than the size asked for). */
  CN_TEST_WAIT_UNTIL (gtk_widget_get_width (cn_test_window_get_case_study_panel (window)) > 0);
  {
    int total = gtk_widget_get_width (GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "side_paned")));
    int wanted = _cn_window_get_auto_panel_width (total);

    g_assert_cmpint (wanted, >=, 340);
    g_assert_cmpint (wanted, <=, 560);
    g_assert_cmpint (ABS (gtk_widget_get_width (cn_test_window_get_case_study_panel (window)) - wanted), <=, 12);
  }
  destroy_window (window);
}

static void
test_panel_switches_studies (void)
{
  CnWindow *window;
  GtkDropDown *dropdown;
  GListModel *studies = cn_catalog_get_case_studies (catalog);
  g_autoptr(CnCaseStudy) first = g_list_model_get_item (studies, 0);

  g_assert_cmpuint (g_list_model_get_n_items (studies), >=, 2);
  g_assert_cmpstr (cn_case_study_get_id (first), ==, "toronto");

  cn_test_set_returning_user (TRUE);
  window = new_window (1400, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL);
  cn_test_iterate (100);
  g_assert_cmpstr (panel_study_id (window), ==, "toronto");

  dropdown = GTK_DROP_DOWN (CN_TEST_CHILD (get_panel (window), CN_TYPE_CASE_STUDY_PANEL, "study_dropdown"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dropdown)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==,
                    g_list_model_get_n_items (studies));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);

  /* The selector shows the other study... */
  gtk_drop_down_set_selected (dropdown, 1);
  cn_test_iterate (50);
  g_assert_cmpstr (panel_study_id (window), ==, "tel-aviv-yafo");

  /* ...and Back returns to the first. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-case-study", "(ss)", "tel-aviv-yafo", "lessons");
  cn_test_iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-case-study", "(ss)", "toronto", "");
  cn_test_iterate (50);
  g_assert_cmpstr (panel_study_id (window), ==, "toronto");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  cn_test_iterate (50);
  g_assert_cmpstr (panel_study_id (window), ==, "tel-aviv-yafo");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);

  destroy_window (window);
}

static void
collect_buttons (GtkWidget  *widget,
                 const char *action,
                 GPtrArray  *buttons)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    g_ptr_array_add (buttons, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, action, buttons);
}

/* The text of the widget that has the focus, or its parent's heading. */
static const char *
focused_text (CnWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return GTK_IS_LABEL (focus) ? gtk_label_get_text (GTK_LABEL (focus)) : NULL;
}

static void
test_links_from_network (void)
{
  CnWindow *window;
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  CnCaseStudy *tel_aviv = cn_catalog_find_case_study (catalog, "tel-aviv-yafo");
  const CnCaseSection *section;
  GtkWidget *tel_aviv_link = NULL;
  const char *wanted_section = NULL;

  cn_test_set_returning_user (TRUE);
  window = new_window (1400, 900);
  g_assert_true (cn_window_select_network (window, "c40"));
  CN_TEST_WAIT_UNTIL (cn_test_window_is_detail_complete (window));
  g_assert_true (cn_test_window_is_detail_complete (window));

  /* Both studies speak of C40: one link each. */
  collect_buttons (GTK_WIDGET (cn_test_window_get_detail (window)), "win.show-case-study", links);
  g_assert_cmpuint (links->len, ==, 2);
  for (guint i = 0; i < links->len; i++)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (links->pdata[i]));
      const char *study, *section_id;

      g_variant_get (target, "(&s&s)", &study, &section_id);
      if (g_str_equal (study, "tel-aviv-yafo"))
        {
          tel_aviv_link = links->pdata[i];
          wanted_section = section_id;
        }
    }
  g_assert_nonnull (tel_aviv_link);
  section = cn_case_study_find_section_for_network (tel_aviv, cn_catalog_find_network (catalog, "c40"));
  g_assert_nonnull (section);
  g_assert_cmpstr (wanted_section, ==, section->id);

  /* Following it opens the panel at that study, its section focused. */
  g_signal_emit_by_name (tel_aviv_link, "clicked");
  CN_TEST_WAIT_UNTIL (g_strcmp0 (focused_text (window), cn_text_get (section->title)) == 0);
  g_assert_true (cn_test_window_is_case_study_visible (window));
  g_assert_cmpstr (panel_study_id (window), ==, "tel-aviv-yafo");
  g_assert_cmpstr (focused_text (window), ==, cn_text_get (section->title));
  /* The heading is focused, not selected. */
  g_assert_null (find_selected (GTK_WIDGET (get_panel (window))));

  /* Back: the panel's previous place is the network. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  cn_test_iterate (20);
  g_assert_cmpstr (selected_network_id (window), ==, "c40");

  destroy_window (window);
}

static void
test_panel_contents (void)
{
  CnWindow *window;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  CnCaseStudy *tel_aviv = cn_catalog_find_case_study (catalog, "tel-aviv-yafo");
  guint n_sections, n_own = 0;
  const CnCaseSection *sections = cn_case_study_get_sections (tel_aviv, &n_sections);
  GtkWidget *contents;

  cn_test_set_returning_user (TRUE);
  window = new_window (1400, 900);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-case-study", "(ss)", "tel-aviv-yafo", "");
  cn_test_iterate (100);

  contents = GTK_WIDGET (CN_TEST_CHILD (get_panel (window), CN_TYPE_CASE_STUDY_PANEL, "contents_box"));
  g_assert_true (gtk_widget_get_mapped (contents));
  collect_buttons (contents, "win.show-case-study", entries);
  /* Every section of the study, and the panel's timeline and sources. */
  g_assert_cmpuint (entries->len, >=, n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < entries->len; j++)
        {
          const char *study, *section_id;

          g_variant_get (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (entries->pdata[j])), "(&s&s)",
                         &study, &section_id);
          if (g_str_equal (section_id, sections[i].id))
            {
              found = TRUE;
              /* The own readings say so beside their entry. */
              if (sections[i].own_reading)
                {
                  GtkWidget *tag = gtk_widget_get_next_sibling (entries->pdata[j]);

                  g_assert_true (GTK_IS_LABEL (tag));
                  g_assert_true (gtk_widget_has_css_class (tag, "own-reading-tag"));
                  n_own++;
                }
            }
        }
      g_assert_true (found);
    }
  g_assert_cmpuint (n_own, ==, 2);

  destroy_window (window);
}

static guint
count_headings (GtkWidget *widget,
                int        level)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_HEADING &&
      gtk_widget_has_css_class (widget, level == 2 ? "title-4" : "title-1"))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_headings (child, level);
  return n;
}

static void
test_glossary_page (void)
{
  CnWindow *window;
  GtkWidget *page;
  GtkRevealer *hint;
  guint n_entries;

  cn_catalog_get_glossary (catalog, &n_entries);
  cn_test_set_returning_user (TRUE);
  window = new_window (1100, 720);

  /* From the welcome page's link. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-welcome", NULL);
  cn_test_iterate (20);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-glossary", "s", "");
  cn_test_iterate (50);
  g_assert_cmpstr (detail_page (window), ==, "glossary");
  page = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "glossary_page"));
  g_assert_cmpuint (cn_glossary_page_get_n_entries (CN_GLOSSARY_PAGE (page)), ==, n_entries);
  g_assert_cmpuint (n_entries, >=, 15);
  g_assert_cmpuint (count_headings (page, 2), ==, n_entries);
  g_assert_null (cn_test_window_get_selected_network (window));

  /* A search for a term offers its entry. */
  hint = GTK_REVEALER (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "glossary_hint"));
  cn_window_set_search (window, "gcom");
  g_assert_true (gtk_revealer_get_reveal_child (hint));
  cn_window_set_search (window, "Sustainable Energy and Climate Action Plan");
  g_assert_true (gtk_revealer_get_reveal_child (hint));
  cn_window_set_search (window, "climate");
  g_assert_false (gtk_revealer_get_reveal_child (hint));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-welcome", NULL);
  cn_test_iterate (20);
  g_assert_cmpstr (detail_page (window), ==, "welcome");
  cn_window_set_search (window, "MRV");
  g_signal_emit_by_name (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "glossary_hint_button"), "clicked");
  cn_test_iterate (50);
  g_assert_cmpstr (detail_page (window), ==, "glossary");

  destroy_window (window);
}

static void
test_authorities_page (void)
{
  CnWindow *window;
  GtkWidget *page;
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  guint n_entries, n_links = 0;
  const CnIsraeliAuthority *entries = cn_catalog_get_israeli_authorities (catalog, &n_entries);

  cn_test_set_returning_user (TRUE);
  window = new_window (1100, 720);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-israeli-authorities", NULL);
  cn_test_iterate (50);
  g_assert_cmpstr (detail_page (window), ==, "authorities");
  page = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "authorities_page"));
  g_assert_cmpuint (n_entries, >, 0);
  g_assert_cmpuint (cn_authorities_page_get_n_entries (CN_AUTHORITIES_PAGE (page)), ==, n_entries);
  g_assert_cmpuint (count_headings (page, 2), ==, n_entries);

  /* Every network named is a link that opens it. */
  for (guint i = 0; i < n_entries; i++)
    n_links += entries[i].networks->len;
  collect_buttons (page, "win.select-network", links);
  g_assert_cmpuint (links->len, ==, n_links);
  /* Clicked (activate would wait for the button's press animation). */
  g_signal_emit_by_name (links->pdata[0], "clicked");
  cn_test_iterate (20);
  g_assert_cmpstr (detail_page (window), ==, "detail");
  g_assert_cmpstr (selected_network_id (window), ==, cn_network_get_id (entries[0].networks->pdata[0]));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  app = cn_test_application_new ("NavigationTest");

  g_test_add_func ("/navigation/first-launch", test_first_launch);
  g_test_add_func ("/navigation/back-and-forward", test_back_and_forward);
  g_test_add_func ("/navigation/escape-closes-floating-panel", test_escape_closes_floating_panel);
  g_test_add_func ("/navigation/panel-switches-studies", test_panel_switches_studies);
  g_test_add_func ("/navigation/panel-contents", test_panel_contents);
  g_test_add_func ("/navigation/links-from-network", test_links_from_network);
  g_test_add_func ("/navigation/glossary-page", test_glossary_page);
  g_test_add_func ("/navigation/authorities-page", test_authorities_page);

  status = g_test_run ();
  g_clear_object (&app);
  g_clear_object (&catalog);
  return status;
}
