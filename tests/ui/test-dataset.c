/* test-dataset.c: Open Dataset…, keeping it across restarts, a newer
 * built-in dataset winning, an invalid file changing nothing, and Use
 * Built-in Dataset
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cn-application-private.h"
#include "cn-dataset-store.h"
#include "cn-test-ui.h"
#include "cn-test-window.h"

static char *data_home;
static char *work_dir;
static guint app_counter;

/* The bundled dataset's text with another publication date and version. */
static GFile *
write_variant (const char *name,
               const char *published,
               const char *version)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/data/catalog.json", 0, NULL);
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autofree char *date = g_strdup_printf ("\"published\": \"%s\"", published);
  g_autofree char *ver = g_strdup_printf ("\"version\": \"%s\"", version);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_cmpuint (g_string_replace (text, "\"published\": \"2026-12-03\"", date, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "\"version\": \"2026.12.2\"", ver, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  return g_file_new_for_path (path);
}

/* A fresh application, as after a restart (the settings live on in the
 * process's memory backend, the kept file on disk). */
static GtkApplication *
start_app (CnWindow **window)
{
  g_autofree char *suffix = g_strdup_printf ("Dataset%u", app_counter++);
  GtkApplication *app = cn_test_application_new (suffix);

  g_application_activate (G_APPLICATION (app));
  *window = CN_WINDOW (gtk_application_get_active_window (app));
  g_assert_nonnull (*window);
  return app;
}

static void
stop_app (GtkApplication *app)
{
  GList *windows = gtk_application_get_windows (app);

  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_destroy (window);
    }
  cn_test_iterate (50);
  g_object_unref (app);
}

static const char *
version_in (CnWindow *window)
{
  return cn_catalog_get_dataset_info (cn_window_get_catalog (window))->version;
}

static GtkDialog *
find_keep_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_DIALOG (window) && g_strcmp0 (gtk_widget_get_name (window), "keep-dataset-dialog") == 0 &&
          gtk_widget_get_visible (window))
        return GTK_DIALOG (window);
    }
  return NULL;
}

static GSettings *
settings (void)
{
  static GSettings *settings;

  if (settings == NULL)
    settings = g_settings_new (APP_ID);
  return settings;
}

static void
reset (void)
{
  g_autoptr(GFile) kept = cn_dataset_store_default_file ();

  cn_dataset_store_forget (kept, NULL);
  g_settings_set_boolean (settings (), "use-kept-dataset", FALSE);
}

static void
open_and_answer (GtkApplication *app,
                 GFile          *file,
                 int             response)
{
  GtkDialog *dialog = NULL;

  _cn_application_open_dataset_file (CN_APPLICATION (app), file);
  CN_TEST_WAIT_UNTIL ((dialog = find_keep_dialog ()) != NULL);
  g_assert_nonnull (dialog);
  gtk_dialog_response (dialog, response);
  cn_test_iterate (50);
}

static void
test_kept_after_restart (void)
{
  g_autoptr(GFile) newer = write_variant ("newer.json", "2027-02-01", "2027.2.1");
  g_autoptr(GFile) kept = cn_dataset_store_default_file ();
  g_autofree char *kept_text = NULL, *source_text = NULL;
  CnWindow *window;
  GtkApplication *app;

  reset ();
  app = start_app (&window);
  g_assert_cmpstr (version_in (window), ==, "2026.12.2");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "use-builtin-dataset"));

  open_and_answer (app, newer, GTK_RESPONSE_ACCEPT);
  window = CN_WINDOW (gtk_application_get_active_window (app));
  g_assert_cmpstr (version_in (window), ==, "2027.2.1");
  g_assert_true (g_settings_get_boolean (settings (), "use-kept-dataset"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "use-builtin-dataset"));

  /* The copy is whole, and equal to what was opened. */
  g_assert_true (g_file_load_contents (kept, NULL, &kept_text, NULL, NULL, NULL));
  g_assert_true (g_file_load_contents (newer, NULL, &source_text, NULL, NULL, NULL));
  g_assert_cmpstr (kept_text, ==, source_text);
  {
    g_autofree char *about = _cn_application_describe_dataset (CN_APPLICATION (app));
    g_assert_nonnull (strstr (about, "2027.2.1"));
    g_assert_nonnull (strstr (about, "opened from a file"));
  }
  stop_app (app);

  /* Restart: the kept dataset is used, without a word. */
  app = start_app (&window);
  g_assert_cmpstr (version_in (window), ==, "2027.2.1");
  g_assert_null (cn_test_window_get_message (window));

  /* Use Built-in Dataset: back, now and at the next start. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "use-builtin-dataset", NULL);
  cn_test_iterate (50);
  window = CN_WINDOW (gtk_application_get_active_window (app));
  g_assert_cmpstr (version_in (window), ==, "2026.12.2");
  g_assert_false (g_settings_get_boolean (settings (), "use-kept-dataset"));
  g_assert_false (g_file_query_exists (kept, NULL));
  stop_app (app);

  app = start_app (&window);
  g_assert_cmpstr (version_in (window), ==, "2026.12.2");
  stop_app (app);
}

static void
test_only_this_time (void)
{
  g_autoptr(GFile) newer = write_variant ("once.json", "2027-02-01", "once");
  g_autoptr(GFile) kept = cn_dataset_store_default_file ();
  CnWindow *window;
  GtkApplication *app;

  reset ();
  app = start_app (&window);
  open_and_answer (app, newer, GTK_RESPONSE_REJECT);
  window = CN_WINDOW (gtk_application_get_active_window (app));
  g_assert_cmpstr (version_in (window), ==, "once");
  g_assert_false (g_file_query_exists (kept, NULL));
  g_assert_false (g_settings_get_boolean (settings (), "use-kept-dataset"));
  stop_app (app);

  app = start_app (&window);
  g_assert_cmpstr (version_in (window), ==, "2026.12.2");
  stop_app (app);
}

static void
test_invalid_changes_nothing (void)
{
  g_autofree char *path = g_build_filename (work_dir, "broken.json", NULL);
  g_autoptr(GFile) broken = g_file_new_for_path (path);
  g_autoptr(GFile) kept = cn_dataset_store_default_file ();
  const char *message;
  CnWindow *window;
  GtkApplication *app;

  reset ();
  g_assert_true (g_file_set_contents (path, "{\"schema_version\": 1,\n \"networks\": [ {\"id\": 3} ]", -1, NULL));
  app = start_app (&window);
  _cn_application_open_dataset_file (CN_APPLICATION (app), broken);
  CN_TEST_WAIT_UNTIL (cn_test_window_get_message (window) != NULL &&
                      strstr (cn_test_window_get_message (window), "nothing changed") != NULL);
  message = cn_test_window_get_message (window);
  g_assert_nonnull (message);
  /* The file and its first problem, with its place. */
  g_assert_nonnull (strstr (message, "broken.json"));
  g_assert_nonnull (strstr (message, "broken.json:"));
  g_assert_null (find_keep_dialog ());
  g_assert_true (CN_WINDOW (gtk_application_get_active_window (app)) == window);
  g_assert_cmpstr (version_in (window), ==, "2026.12.2");
  g_assert_false (g_file_query_exists (kept, NULL));
  g_assert_false (g_settings_get_boolean (settings (), "use-kept-dataset"));
  stop_app (app);
}

/* A release brings a built-in dataset published after the kept one: the
 * built-in one is used, the window says so once, and the copy is dropped. */
static void
test_newer_builtin_wins (void)
{
  g_autoptr(GFile) older = write_variant ("older.json", "2025-05-05", "2025.5.5");
  g_autoptr(GFile) kept = cn_dataset_store_default_file ();
  const char *message;
  CnWindow *window;
  GtkApplication *app;

  reset ();
  g_assert_true (cn_dataset_store_keep (kept, older, NULL));
  g_settings_set_boolean (settings (), "use-kept-dataset", TRUE);

  app = start_app (&window);
  g_assert_cmpstr (version_in (window), ==, "2026.12.2");
  message = cn_test_window_get_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "newer"));
  g_assert_false (g_settings_get_boolean (settings (), "use-kept-dataset"));
  g_assert_false (g_file_query_exists (kept, NULL));
  stop_app (app);

  /* Once: the next start says nothing. */
  app = start_app (&window);
  g_assert_null (cn_test_window_get_message (window));
  stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the user data folder. */
  work_dir = g_dir_make_tmp ("cn-test-dataset-XXXXXX", NULL);
  data_home = g_build_filename (work_dir, "data-home", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dataset/kept-after-restart", test_kept_after_restart);
  g_test_add_func ("/dataset/only-this-time", test_only_this_time);
  g_test_add_func ("/dataset/invalid-changes-nothing", test_invalid_changes_nothing);
  g_test_add_func ("/dataset/newer-builtin-wins", test_newer_builtin_wins);
  status = g_test_run ();

  reset ();
  {
    g_autoptr(GFile) dir = g_file_new_for_path (work_dir);
    g_autoptr(GFileEnumerator) files = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
    GFileInfo *info;

    /* The variants written by the tests; the data folder is empty again. */
    while (files != NULL && (info = g_file_enumerator_next_file (files, NULL, NULL)) != NULL)
      {
        g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));

        g_file_delete (child, NULL, NULL);
        g_object_unref (info);
      }
    g_file_delete (dir, NULL, NULL);
  }
  g_free (data_home);
  g_free (work_dir);
  return status;
}
