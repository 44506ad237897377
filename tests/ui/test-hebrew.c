/* test-hebrew.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window under LANGUAGE=he: right-to-left, Hebrew interface strings from
 * he.po, Hebrew data, and the searches a Hebrew speaker would type. */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "cn-test-ui.h"
#include <locale.h>

#include "cn-test-window.h"
#include "cn-widget-util.h"

static CnCatalog *catalog;
static GtkApplication *app;
static CnWindow *window;

static gboolean
has_hebrew_letter (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0x05D0 && c <= 0x05EA)
        return TRUE;
    }
  return FALSE;
}

static const char *
first_result (const char *query)
{
  return cn_test_window_first_result (window, query);
}

static guint
n_results (const char *query)
{
  return cn_test_window_n_results (window, query);
}

static void
test_direction_and_strings (void)
{
  GtkWidget *stack;
  GtkStackPage *page;
  const char *title;

  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);

  /* The app's name from the glossary, through he.po. */
  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_cmpstr (title, ==, "רשתות אקלים");

  /* The view names are translated too. */
  stack = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "view_stack"));
  g_assert_true (GTK_IS_STACK (stack));
  page = gtk_stack_get_page (GTK_STACK (stack), gtk_stack_get_child_by_name (GTK_STACK (stack), "benefits"));
  g_assert_true (has_hebrew_letter (gtk_stack_page_get_title (page)));
  g_assert_cmpstr (gtk_stack_page_get_title (page), ==, g_dgettext (GETTEXT_PACKAGE, "_Benefits"));
  page = gtk_stack_get_page (GTK_STACK (stack), gtk_stack_get_child_by_name (GTK_STACK (stack), "networks"));
  g_assert_true (has_hebrew_letter (gtk_stack_page_get_title (page)));
}

static void
test_hebrew_data (void)
{
  CnNetwork *c40 = cn_catalog_find_network (catalog, "c40");

  cn_window_set_search (window, "");
  g_assert_true (cn_window_select_network (window, "c40"));
  cn_test_iterate (30);
  {
  g_autofree char *title = cn_accessible_text (cn_test_window_get_detail_title (window), FALSE);

  /* The detail shows the Hebrew name, marked right to left. */
  g_assert_cmpstr (title, ==, cn_text_get_for_language (cn_network_get_name (c40), "he"));
  g_assert_true (g_str_has_prefix (cn_test_window_get_detail_title (window), "\xE2\x80\x8F"));
  }
  g_assert_cmpstr (cn_text_get_shown_language (cn_network_get_name (c40)), ==, "he");
}

static void
test_hebrew_searches (void)
{
  /* Niqqud is ignored. */
  g_assert_cmpuint (n_results ("אַקְלִים"), >, 0);
  g_assert_cmpuint (n_results ("אַקְלִים"), ==, n_results ("אקלים"));
  /* Prefixes: "and the climate" finds "climate". */
  g_assert_cmpuint (n_results ("והאקלים"), ==, n_results ("אקלים"));
  g_assert_cmpuint (n_results ("בחוסן"), >, 0);
  /* Final letters: a regular mem at the end finds "ערים". */
  g_assert_cmpuint (n_results ("ערימ"), ==, n_results ("ערים"));
  g_assert_cmpuint (n_results ("ערים"), >, 0);
  /* Hebrew spellings and transliterations of names and acronyms. */
  g_assert_cmpstr (first_result ("סי 40"), ==, "c40");
  g_assert_cmpstr (first_result ("סי-40"), ==, "c40");
  g_assert_cmpstr (first_result ("איקליי"), ==, "iclei");
  g_assert_cmpstr (first_result ("100 ערים חסינות"), ==, "100-resilient-cities");
  g_assert_cmpstr (first_result ("ג'י-ג'י-ג'י-איי"), ==, "gggi");
  /* And English still works in the Hebrew interface. */
  g_assert_cmpstr (first_result ("ICLEI"), ==, "iclei");
  cn_window_set_search (window, "");
}

/* A Hebrew word of one section of the Toronto study offers that section
 * under the networks, with its Hebrew title under the Hebrew heading, right
 * to left; following it opens the panel at the section. */
static void
test_hebrew_case_study_results (void)
{
  GtkWidget *results = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "case_study_results"));
  GtkWidget *heading = GTK_WIDGET (CN_TEST_CHILD (results, CN_TYPE_CASE_STUDY_RESULTS, "heading_label"));
  CnCaseStudy *toronto = cn_catalog_find_case_study (catalog, "toronto");
  const CnCaseSection *section = NULL;
  const CnCaseSection *sections;
  GtkWidget *result, *title;
  const char *study_id, *section_id;
  guint n;

  sections = cn_case_study_get_sections (toronto, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (sections[i].id, "networks"))
      section = &sections[i];
  g_assert_nonnull (section);

  /* Berlin, named only where Toronto's networks are told. */
  cn_window_set_search (window, "ברלין");
  cn_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (results));
  g_assert_cmpuint (cn_case_study_results_get_n_matches (CN_CASE_STUDY_RESULTS (results)), ==, 1);
  result = cn_case_study_results_get_result (CN_CASE_STUDY_RESULTS (results), 0);
  g_variant_get (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (result)), "(&s&s)", &study_id, &section_id);
  g_assert_cmpstr (study_id, ==, "toronto");
  g_assert_cmpstr (section_id, ==, "networks");

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, g_dgettext (GETTEXT_PACKAGE, "In the case studies"));
  g_assert_true (has_hebrew_letter (gtk_label_get_text (GTK_LABEL (heading))));
  title = gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (result)));
  {
    g_autofree char *text = cn_accessible_text (gtk_label_get_text (GTK_LABEL (title)), FALSE);

    g_assert_cmpstr (text, ==, cn_text_get_for_language (section->title, "he"));
  }
  g_assert_cmpint (gtk_widget_get_direction (result), ==, GTK_TEXT_DIR_RTL);

  g_signal_emit_by_name (result, "clicked");
  CN_TEST_WAIT_UNTIL (cn_test_window_is_case_study_visible (window));
  g_assert_true (cn_test_window_is_case_study_visible (window));
  g_assert_true (cn_case_study_panel_get_case_study (CN_CASE_STUDY_PANEL (cn_test_window_get_case_study_panel (window)))
                 == toronto);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL);
  cn_window_set_search (window, "");
  cn_test_iterate (20);
  g_assert_false (gtk_widget_get_visible (results));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("CN_LOCALEDIR");
  int status;

  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "he", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  setlocale (LC_ALL, "");
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  cn_text_set_preferred_languages (NULL);

  catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  app = cn_test_application_new ("HebrewTest");

  window = cn_window_new (CN_APPLICATION (app), catalog);
  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);

  g_test_add_func ("/hebrew/direction-and-strings", test_direction_and_strings);
  g_test_add_func ("/hebrew/data", test_hebrew_data);
  g_test_add_func ("/hebrew/searches", test_hebrew_searches);
  g_test_add_func ("/hebrew/case-study-results", test_hebrew_case_study_results);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_clear_object (&catalog);
  return status;
}
