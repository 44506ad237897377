/* test-search-ui.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the window shows of a search besides the rows (issue 19): the
 * "Showing results for …" line of a corrected typo. */

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

  status = g_test_run ();
  g_clear_object (&app);
  g_clear_object (&catalog);
  return status;
}
