/* test-markup.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dataset text is never parsed as Pango markup: a catalog whose strings
 * hold tags and entities shows them literally in every view, and GTK prints
 * no warning (warnings are fatal under gtk_test_init). */

#include "config.h"

#include <gtk/gtk.h>

#include "cn-test-ui.h"

#include "cn-test-window.h"

/* Every label under @widget: none uses markup, and the texts that carry
 * the dataset's tags show them as typed. */
static guint n_entities;

static void
check_labels (GtkWidget *widget,
              guint     *n_literal)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      PangoAttrList *attrs = gtk_label_get_attributes (GTK_LABEL (widget));

      if (strstr (text, "<b>bold</b>") != NULL)
        {
          g_assert_false (gtk_label_get_use_markup (GTK_LABEL (widget)));
          g_assert_null (attrs);
          (*n_literal)++;
        }
      /* A label fed markup would have lost its tags and decoded the
       * entity. */
      if (strstr (text, "Tom & Jerry") != NULL)
        g_assert_nonnull (strstr (text, "<b>bold</b>"));
      if (strstr (text, "&lt;not an entity&gt;") != NULL)
        n_entities++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    check_labels (child, n_literal);
}

static void
test_markup_is_literal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "markup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_autoptr(GtkApplication) app = NULL;
  CnWindow *window;
  guint n_literal = 0;
  GListModel *networks;

  g_assert_no_error (error);
  app = cn_test_application_new ("MarkupTest");

  window = cn_window_new (CN_APPLICATION (app), catalog);
  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  CN_TEST_WAIT_UNTIL (cn_test_window_is_detail_complete (window));
  g_assert_true (cn_test_window_is_detail_complete (window));

  /* The detail title is the raw name, tags and all. */
  networks = cn_catalog_get_networks (catalog);
  {
    g_autoptr(CnNetwork) first = g_list_model_get_item (networks, 0);
    g_assert_cmpstr (cn_test_window_get_detail_title (window), ==, cn_text_get (cn_network_get_name (first)));
    g_assert_nonnull (strstr (cn_test_window_get_detail_title (window), "<b>"));
  }

  check_labels (GTK_WIDGET (window), &n_literal);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "benefits");
  cn_test_iterate (100);
  check_labels (GTK_WIDGET (window), &n_literal);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-welcome", NULL);
  cn_test_iterate (50);
  check_labels (GTK_WIDGET (window), &n_literal);

  /* Rows, detail, benefits, panel and welcome page all showed some. */
  g_assert_cmpuint (n_literal, >, 10);
  g_assert_cmpuint (n_entities, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  cn_test_set_returning_user (TRUE);

  g_test_add_func ("/markup/dataset-text-is-literal", test_markup_is_literal);

  return g_test_run ();
}
