/* test-arabic.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window under LANGUAGE=ar: right-to-left, Arabic interface strings from
 * ar.po, Arabic data, and the searches an Arabic speaker would type. */

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
has_arabic_letter (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0x0621 && c <= 0x064A)
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

  /* The app's name, through ar.po. */
  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_true (has_arabic_letter (title));
  g_assert_cmpstr (title, ==, g_dgettext (GETTEXT_PACKAGE, "Climate Networks"));

  /* The view names are translated too. */
  stack = GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "view_stack"));
  g_assert_true (GTK_IS_STACK (stack));
  page = gtk_stack_get_page (GTK_STACK (stack), gtk_stack_get_child_by_name (GTK_STACK (stack), "benefits"));
  g_assert_true (has_arabic_letter (gtk_stack_page_get_title (page)));
  g_assert_cmpstr (gtk_stack_page_get_title (page), ==, g_dgettext (GETTEXT_PACKAGE, "_Benefits"));
  page = gtk_stack_get_page (GTK_STACK (stack), gtk_stack_get_child_by_name (GTK_STACK (stack), "networks"));
  g_assert_true (has_arabic_letter (gtk_stack_page_get_title (page)));
}

static void
test_arabic_data (void)
{
  CnNetwork *c40 = cn_catalog_find_network (catalog, "c40");

  cn_window_set_search (window, "");
  g_assert_true (cn_window_select_network (window, "c40"));
  cn_test_iterate (30);
  {
    g_autofree char *title = cn_accessible_text (cn_test_window_get_detail_title (window), FALSE);

    /* The detail shows the Arabic name, marked right to left. */
    g_assert_cmpstr (title, ==, cn_text_get_for_language (cn_network_get_name (c40), "ar"));
    g_assert_true (g_str_has_prefix (cn_test_window_get_detail_title (window), "\xE2\x80\x8F"));
  }
  g_assert_cmpstr (cn_text_get_shown_language (cn_network_get_name (c40)), ==, "ar");
  g_assert_cmpstr (cn_text_get_shown_language (cn_network_get_summary (c40)), ==, "ar");
}

static void
test_arabic_searches (void)
{
  /* Tashkeel and tatweel are ignored. */
  g_assert_cmpuint (n_results ("مُنَاخ"), >, 0);
  g_assert_cmpuint (n_results ("مُنَاخ"), ==, n_results ("مناخ"));
  g_assert_cmpuint (n_results ("منـــاخ"), ==, n_results ("مناخ"));
  /* The article and the prefixes: "and the climate" finds "climate". */
  g_assert_cmpuint (n_results ("والمناخ"), ==, n_results ("مناخ"));
  g_assert_cmpuint (n_results ("المناخ"), ==, n_results ("مناخ"));
  /* Alef forms and ta marbuta. */
  g_assert_cmpuint (n_results ("الاستدامة"), >, 0);
  g_assert_cmpuint (n_results ("الإستدامه"), ==, n_results ("الاستدامة"));
  /* Arabic spellings of names, as Arabic sources write them. */
  g_assert_cmpstr (first_result ("سي 40"), ==, "c40");
  g_assert_cmpstr (first_result ("إيكلي"), ==, "iclei");
  g_assert_cmpstr (first_result ("ايكلي"), ==, "iclei");
  g_assert_cmpstr (first_result ("المعهد العالمي للنمو الأخضر"), ==, "gggi");
  /* Synonyms reach across languages: "transport" finds the mobility
   * networks. */
  g_assert_cmpuint (n_results ("النقل"), >=, 2);
  g_assert_cmpuint (n_results ("النقل"), >=, n_results ("mobility"));
  /* Arabic-Indic digits are the digits they look like. */
  g_assert_cmpstr (first_result ("سي ٤٠"), ==, "c40");
  /* English still works in the Arabic interface. */
  g_assert_cmpstr (first_result ("ICLEI"), ==, "iclei");
  cn_window_set_search (window, "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("CN_LOCALEDIR");
  int status;

  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "ar", TRUE);
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
  app = cn_test_application_new ("ArabicTest");

  window = cn_window_new (CN_APPLICATION (app), catalog);
  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);

  g_test_add_func ("/arabic/direction-and-strings", test_direction_and_strings);
  g_test_add_func ("/arabic/data", test_arabic_data);
  g_test_add_func ("/arabic/searches", test_arabic_searches);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_clear_object (&catalog);
  return status;
}
