/* test-search-ui.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the window shows of a search besides the rows (issue 19): the
 * "Showing results for …" line of a corrected typo, the search's words in
 * bold in the detail of a network it found, and what it found in the case
 * studies, leading to the panel. */

#include "config.h"

#include <gtk/gtk.h>

#include "cn-test-ui.h"

#include "cn-test-window.h"

static CnCatalog *catalog;
static GtkApplication *app;  /* a CnApplication */

static CnWindow *
new_window (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
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

/* The "Showing results for …" line above the rows, or NULL when hidden. */
static const char *
correction_text (CnWindow *window)
{
  GtkWidget *label = GTK_WIDGET (CN_TEST_CHILD (cn_test_window_get_network_list_widget (window),
                                                CN_TYPE_NETWORK_LIST, "correction_label"));

  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static guint
n_results (CnWindow *window)
{
  return g_list_model_get_n_items (cn_test_window_get_network_model (window));
}

/* Two words, one misspelled: the typo alone is corrected, the networks are
 * found, and the window says with which words; an exact query says
 * nothing. */
static void
test_typo_correction (void)
{
  CnWindow *window = new_window ();
  g_autoptr(CnSearchQuery) exact = cn_catalog_new_search_query (catalog, "Toronto resilience");
  g_autofree int *ranks = g_new (int, g_list_model_get_n_items (cn_catalog_get_networks (catalog)));
  guint n_exact = cn_catalog_search_networks (catalog, exact, ranks);

  g_assert_cmpuint (n_exact, >, 0);

  cn_window_set_search (window, "Toronto resilence");
  cn_test_iterate (50);
  g_assert_nonnull (correction_text (window));
  g_assert_true (g_str_has_prefix (correction_text (window), "Showing results for"));
  g_assert_nonnull (strstr (correction_text (window), "toronto resilience"));
  g_assert_cmpuint (n_results (window), ==, n_exact);

  cn_window_set_search (window, "Toronto resilience");
  cn_test_iterate (50);
  g_assert_null (correction_text (window));
  g_assert_cmpuint (n_results (window), ==, n_exact);

  /* Back to a typo, then to no search: the line goes with it. */
  cn_window_set_search (window, "mobilty");
  cn_test_iterate (50);
  g_assert_nonnull (correction_text (window));
  g_assert_nonnull (strstr (correction_text (window), "mobility"));
  cn_window_set_search (window, "");
  cn_test_iterate (50);
  g_assert_null (correction_text (window));

  destroy_window (window);
}

/* The words of @label drawn in bold, each followed by a space. */
static void
append_bold_words (GtkLabel *label,
                   GString  *out)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  const char *text = pango_layout_get_text (layout);
  GSList *list;

  if (attrs == NULL)
    return;
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_WEIGHT && ((PangoAttrInt *) attr)->value >= PANGO_WEIGHT_BOLD &&
          attr->end_index <= strlen (text))
        {
          g_string_append_len (out, text + attr->start_index, attr->end_index - attr->start_index);
          g_string_append_c (out, ' ');
        }
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
}

/* The bold words of every label under @widget, and how many labels use
 * markup. */
static guint
collect_bold_words (GtkWidget *widget,
                    GString   *out)
{
  guint n_markup = 0;

  if (GTK_IS_LABEL (widget))
    {
      append_bold_words (GTK_LABEL (widget), out);
      n_markup += gtk_label_get_use_markup (GTK_LABEL (widget));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n_markup += collect_bold_words (child, out);
  return n_markup;
}

static void
wait_for_detail (CnWindow *window)
{
  CN_TEST_WAIT_UNTIL (cn_test_window_get_selected_network (window) != NULL &&
                      g_strcmp0 (cn_test_window_get_detail_title (window),
                                 cn_text_get (cn_network_get_name (cn_test_window_get_selected_network (window)))) == 0 &&
                      cn_test_window_is_detail_complete (window));
  g_assert_true (cn_test_window_is_detail_complete (window));
}

/* A network found by a search shows why in its detail too: the words the
 * search matched, in bold; without a search, none. */
static void
test_detail_highlight (void)
{
  CnWindow *window = new_window ();
  GtkWidget *detail = GTK_WIDGET (cn_test_window_get_detail (window));
  g_autoptr(GString) bold = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  cn_window_set_search (window, "resilience");
  wait_for_detail (window);
  /* The bold words come once typing pauses. */
  CN_TEST_WAIT_UNTIL ((g_string_truncate (bold, 0), collect_bold_words (detail, bold) > 0));
  g_assert_cmpuint (collect_bold_words (detail, g_string_truncate (bold, 0)), >, 0);
  words = g_strsplit (g_strstrip (bold->str), " ", -1);
  g_assert_cmpuint (g_strv_length (words), >, 0);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (words[i], -1);

      g_assert_true (g_str_has_prefix (folded, "resilien"));
    }

  /* The search cleared, the detail's texts are plain again, after the
   * same pause. */
  cn_window_set_search (window, "");
  CN_TEST_WAIT_UNTIL (collect_bold_words (detail, g_string_truncate (bold, 0)) == 0);
  g_assert_cmpuint (collect_bold_words (detail, g_string_truncate (bold, 0)), ==, 0);
  g_assert_cmpstr (bold->str, ==, "");

  destroy_window (window);
}

/* Only the matched words are markup: the dataset's own tags and
 * ampersands still show as typed. */
static void
test_detail_highlight_escapes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "markup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) markup = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_autoptr(CnNetwork) first = NULL;
  CnWindow *window;
  CnNetworkDetail *detail;
  GtkLabel *summary;
  g_autoptr(GString) bold = g_string_new (NULL);

  g_assert_no_error (error);
  window = cn_window_new (CN_APPLICATION (app), markup);
  gtk_window_present (GTK_WINDOW (window));
  detail = cn_test_window_get_detail (window);
  summary = GTK_LABEL (CN_TEST_CHILD (detail, CN_TYPE_NETWORK_DETAIL, "summary_label"));
  first = g_list_model_get_item (cn_catalog_get_networks (markup), 0);

  cn_window_set_search (window, "Jerry");
  wait_for_detail (window);
  CN_TEST_WAIT_UNTIL (gtk_label_get_use_markup (summary));
  g_assert_true (gtk_label_get_use_markup (summary));
  g_assert_cmpstr (cn_network_get_id (cn_test_window_get_selected_network (window)), ==, cn_network_get_id (first));
  g_assert_cmpstr (gtk_label_get_text (summary), ==, cn_text_get (cn_network_get_summary (first)));
  g_assert_nonnull (strstr (gtk_label_get_text (summary), "<b>bold</b>"));
  g_assert_nonnull (strstr (gtk_label_get_text (summary), "Tom & Jerry &lt;not an entity&gt;"));
  append_bold_words (summary, bold);
  g_assert_cmpstr (bold->str, ==, "Jerry ");

  /* A word inside the data's own tags is bold, the tags still text. */
  cn_window_set_search (window, "bold");
  CN_TEST_WAIT_UNTIL ((g_string_truncate (bold, 0), append_bold_words (summary, bold), g_str_equal (bold->str, "bold ")));
  g_assert_cmpstr (bold->str, ==, "bold ");
  g_assert_cmpstr (gtk_label_get_text (summary), ==, cn_text_get (cn_network_get_summary (first)));

  cn_window_set_search (window, "");
  CN_TEST_WAIT_UNTIL (!gtk_label_get_use_markup (summary));
  g_assert_false (gtk_label_get_use_markup (summary));
  g_assert_cmpstr (gtk_label_get_text (summary), ==, cn_text_get (cn_network_get_summary (first)));
  g_string_truncate (bold, 0);
  append_bold_words (summary, bold);
  g_assert_cmpstr (bold->str, ==, "");

  destroy_window (window);
}

/* Case-study results */

static CnCaseStudyResults *
get_results (CnWindow *window)
{
  return CN_CASE_STUDY_RESULTS (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "case_study_results"));
}

/* The (study, section) the @index-th result opens. */
static void
get_result_target (CnWindow    *window,
                   guint        index,
                   const char **study,
                   const char **section)
{
  GtkWidget *result = cn_case_study_results_get_result (get_results (window), index);

  g_assert_nonnull (result);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (result)), ==, "win.show-case-study");
  g_variant_get (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (result)), "(&s&s)", study, section);
}

static const char *
panel_study_id (CnWindow *window)
{
  CnCaseStudyPanel *panel = CN_CASE_STUDY_PANEL (cn_test_window_get_case_study_panel (window));
  CnCaseStudy *study = cn_case_study_panel_get_case_study (panel);

  return study ? cn_case_study_get_id (study) : NULL;
}

static const char *
focused_text (CnWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return GTK_IS_LABEL (focus) ? gtk_label_get_text (GTK_LABEL (focus)) : NULL;
}

/* A word only in a section of the Toronto study offers that section, under
 * the networks its text names; following it opens the panel there. */
static void
test_case_study_section (void)
{
  CnWindow *window = new_window ();
  CnCaseStudy *toronto = cn_catalog_find_case_study (catalog, "toronto");
  const CnCaseSection *why = NULL;
  const char *study, *section;
  guint n;
  const CnCaseSection *sections = cn_case_study_get_sections (toronto, &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (sections[i].id, "why"))
      why = &sections[i];
  g_assert_nonnull (why);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (get_results (window))));

  cn_window_set_search (window, "amalgamation");
  cn_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_results (window))));
  g_assert_cmpuint (cn_case_study_results_get_n_matches (get_results (window)), ==, 1);
  get_result_target (window, 0, &study, &section);
  g_assert_cmpstr (study, ==, "toronto");
  g_assert_cmpstr (section, ==, "why");
  /* The networks the section names are found too, at its low weight. */
  g_assert_cmpuint (n_results (window), >, 0);

  g_signal_emit_by_name (cn_case_study_results_get_result (get_results (window), 0), "clicked");
  CN_TEST_WAIT_UNTIL (g_strcmp0 (focused_text (window), cn_text_get (why->title)) == 0);
  g_assert_true (cn_test_window_is_case_study_visible (window));
  g_assert_cmpstr (panel_study_id (window), ==, "toronto");
  g_assert_cmpstr (focused_text (window), ==, cn_text_get (why->title));

  /* No search, no results. */
  cn_window_set_search (window, "");
  cn_test_iterate (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (get_results (window))));
  g_assert_cmpuint (cn_case_study_results_get_n_matches (get_results (window)), ==, 0);

  destroy_window (window);
}

/* With the keyboard: a word only in a study's summary finds no network;
 * Enter in the search goes to the study's result, and activating it opens
 * the panel at the study. */
static void
test_case_study_keyboard (void)
{
  CnWindow *window = new_window ();
  GtkWidget *entry = cn_test_window_get_search_entry (window);
  GtkWidget *result;
  const char *study, *section;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  cn_window_set_search (window, "combined");
  cn_test_iterate (50);
  g_assert_cmpuint (n_results (window), ==, 0);
  g_assert_true (cn_test_window_is_empty_state_visible (window));
  g_assert_cmpuint (cn_case_study_results_get_n_matches (get_results (window)), ==, 1);
  get_result_target (window, 0, &study, &section);
  g_assert_cmpstr (study, ==, "toronto");
  g_assert_cmpstr (section, ==, "");

  gtk_widget_grab_focus (entry);
  g_signal_emit_by_name (entry, "activate");
  result = cn_case_study_results_get_result (get_results (window), 0);
  CN_TEST_WAIT_UNTIL (gtk_root_get_focus (GTK_ROOT (window)) == result);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == result);

  gtk_widget_activate (result);
  CN_TEST_WAIT_UNTIL (cn_test_window_is_case_study_visible (window));
  g_assert_true (cn_test_window_is_case_study_visible (window));
  g_assert_cmpstr (panel_study_id (window), ==, "toronto");

  destroy_window (window);
}

/* Many matches: the best few show, the rest on demand, best first. */
static void
test_case_study_more (void)
{
  CnWindow *window = new_window ();
  CnCaseStudyResults *results = get_results (window);
  GtkWidget *more = GTK_WIDGET (CN_TEST_CHILD (results, CN_TYPE_CASE_STUDY_RESULTS, "more_button"));
  g_autoptr(CnSearchQuery) query = cn_catalog_new_search_query (catalog, "Toronto");
  g_autoptr(GArray) matches = cn_catalog_search_case_studies (catalog, query);
  guint n;

  cn_window_set_search (window, "Toronto");
  cn_test_iterate (50);
  n = cn_case_study_results_get_n_matches (results);
  g_assert_cmpuint (n, ==, matches->len);
  g_assert_cmpuint (n, >, 2);
  g_assert_cmpuint (cn_case_study_results_get_n_shown (results), ==, 2);
  g_assert_true (gtk_widget_get_visible (more));
  for (guint i = 0; i < n; i++)
    {
      CnCaseStudyMatch *match = &g_array_index (matches, CnCaseStudyMatch, i);
      const char *study, *section;

      get_result_target (window, i, &study, &section);
      g_assert_cmpstr (study, ==, cn_case_study_get_id (match->case_study));
      g_assert_cmpstr (section, ==, match->section_id ? match->section_id : "");
    }

  g_signal_emit_by_name (more, "clicked");
  cn_test_iterate (20);
  g_assert_cmpuint (cn_case_study_results_get_n_shown (results), ==, n);
  g_assert_false (gtk_widget_get_visible (more));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == cn_case_study_results_get_result (results, 2));

  /* A new search starts short again. */
  cn_window_set_search (window, "Toronto networks");
  cn_test_iterate (50);
  g_assert_cmpuint (cn_case_study_results_get_n_shown (results), <=, 2);

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
  cn_test_set_returning_user (TRUE);

  catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  app = cn_test_application_new ("SearchUiTest");

  g_test_add_func ("/search-ui/typo-correction", test_typo_correction);
  g_test_add_func ("/search-ui/detail-highlight", test_detail_highlight);
  g_test_add_func ("/search-ui/detail-highlight-escapes", test_detail_highlight_escapes);
  g_test_add_func ("/search-ui/case-study-section", test_case_study_section);
  g_test_add_func ("/search-ui/case-study-keyboard", test_case_study_keyboard);
  g_test_add_func ("/search-ui/case-study-more", test_case_study_more);

  status = g_test_run ();
  g_clear_object (&app);
  g_clear_object (&catalog);
  return status;
}
