/* test-shortlist.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The shortlist and notes in the window, and the exports: a star shows in
 * the list and the Shortlist view, a note reaches the file after a pause
 * and survives a restart, a damaged file is moved aside and said, a note on
 * a network the dataset dropped is kept, and briefs, prints and CSV files
 * are written (the file chooser replaced by a hook). Each test starts an
 * application of its own over $XDG_DATA_HOME, a temporary folder set
 * before GTK starts (GLib reads it once). */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "cn-test-ui.h"

#include "cn-brief-dialog.h"
#include "cn-network-row.h"
#include "cn-test-window.h"

static CnCatalog *catalog;
static char *data_home;
static guint app_count;

static char *
shortlist_path (void)
{
  return g_build_filename (data_home, GETTEXT_PACKAGE, "shortlist.json", NULL);
}

static char *
shortlist_folder (void)
{
  return g_build_filename (data_home, GETTEXT_PACKAGE, NULL);
}

/* Every test starts from no file at all. */
static void
clear_data (void)
{
  g_autofree char *folder = shortlist_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

static void
write_shortlist (const char *contents)
{
  g_autofree char *folder = shortlist_folder ();
  g_autofree char *path = shortlist_path ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* A new application, as a new run of the program: it reads the file. */
static GtkApplication *
new_app (void)
{
  g_autofree char *suffix = g_strdup_printf ("ShortlistTest%u", ++app_count);

  return cn_test_application_new (suffix);
}

static CnWindow *
new_window (GtkApplication *app)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), catalog);

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  return window;
}

static void
close_window (CnWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  cn_test_iterate (20);
}

static CnShortlist *
get_shortlist (GtkApplication *app)
{
  return cn_application_get_shortlist (CN_APPLICATION (app));
}

static CnShortlistView *
get_shortlist_view (CnWindow *window)
{
  return _cn_window_get_shortlist_view (window);
}

/* The realized row of @id in the network list, or NULL. */
static CnNetworkRow *
find_list_row (CnWindow   *window,
               const char *id)
{
  GtkWidget *list = cn_test_window_get_network_list (window);

  for (GtkWidget *item = gtk_widget_get_first_child (list); item; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      CnNetwork *network;

      if (row == NULL || !CN_IS_NETWORK_ROW (row) || !gtk_widget_get_mapped (row))
        continue;
      network = cn_network_row_get_network (CN_NETWORK_ROW (row));
      if (network != NULL && g_str_equal (cn_network_get_id (network), id))
        return CN_NETWORK_ROW (row);
    }
  return NULL;
}

static void
append_label_texts (GtkWidget *widget,
                    GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    append_label_texts (child, text);
}

/* What each row of the Shortlist view says, one string a row. */
static GPtrArray *
shortlist_rows (CnWindow *window)
{
  GtkListBox *list = cn_shortlist_view_get_list_box (get_shortlist_view (window));
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row))
    {
      GString *text = g_string_new (NULL);

      append_label_texts (row, text);
      g_ptr_array_add (rows, g_string_free (text, FALSE));
    }
  return rows;
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

static gboolean
file_contains (const char *path,
               const char *text)
{
  g_autofree char *contents = read_file (path);

  return contents != NULL && strstr (contents, text) != NULL;
}

static void
set_note (CnWindow   *window,
          const char *text)
{
  GtkTextView *view = cn_network_detail_get_notes_view (cn_test_window_get_detail (window));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static char *
get_note (CnWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (cn_network_detail_get_notes_view (cn_test_window_get_detail (window)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_star (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  CnWindow *window;
  CnShortlist *shortlist;
  GtkToggleButton *star;
  CnNetworkRow *row;

  clear_data ();
  app = new_app ();
  window = new_window (app);
  shortlist = get_shortlist (app);
  star = cn_network_detail_get_star_button (cn_test_window_get_detail (window));

  /* Nothing starred: the view says how to star. */
  g_assert_true (cn_shortlist_view_is_empty (get_shortlist_view (window)));

  g_assert_true (cn_window_select_network (window, "c40"));
  cn_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (star)));
  g_assert_false (gtk_toggle_button_get_active (star));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add to Shortlist");

  /* Ctrl+D's action: the network shown. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-shortlist", "s", "");
  cn_test_iterate (30);
  g_assert_true (cn_shortlist_is_starred (shortlist, "c40"));
  g_assert_true (gtk_toggle_button_get_active (star));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Remove from Shortlist");

  /* The star button itself, and by id. */
  g_signal_emit_by_name (star, "clicked");
  cn_test_iterate (30);
  g_assert_false (cn_shortlist_is_starred (shortlist, "c40"));
  g_signal_emit_by_name (star, "clicked");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-shortlist", "s", "iclei");
  cn_test_iterate (30);
  g_assert_true (cn_shortlist_is_starred (shortlist, "c40"));
  g_assert_true (cn_shortlist_is_starred (shortlist, "iclei"));

  /* The list marks them, and only them. */
  row = find_list_row (window, "c40");
  g_assert_nonnull (row);
  g_assert_true (cn_network_row_get_starred (row));
  row = find_list_row (window, "iclei");
  g_assert_nonnull (row);
  g_assert_true (cn_network_row_get_starred (row));
  row = find_list_row (window, "smart-cities-council");
  g_assert_nonnull (row);
  g_assert_false (cn_network_row_get_starred (row));

  /* The Shortlist view lists them in the order they were starred. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "shortlist");
  cn_test_iterate (50);
  g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "shortlist");
  g_assert_false (cn_shortlist_view_is_empty (get_shortlist_view (window)));
  rows = shortlist_rows (window);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, 0), "C40 Cities\n"));
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 0), "Israeli authorities"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, 1), "ICLEI"));

  /* A row opens its network. */
  {
    GtkListBoxRow *second = gtk_list_box_get_row_at_index (cn_shortlist_view_get_list_box (get_shortlist_view (window)), 1);

    g_signal_emit_by_name (second, "activate");
    cn_test_iterate (50);
    g_assert_cmpstr (cn_test_window_get_visible_view (window), ==, "networks");
    g_assert_cmpstr (cn_network_get_id (cn_test_window_get_selected_network (window)), ==, "iclei");
  }

  /* Unstarred from the Shortlist view: gone from it, and from the list. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "shortlist");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-shortlist", "s", "c40");
  cn_test_iterate (30);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = shortlist_rows (window);
  g_assert_cmpuint (rows->len, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "networks");
  cn_test_iterate (50);
  row = find_list_row (window, "c40");
  g_assert_nonnull (row);
  g_assert_false (cn_network_row_get_starred (row));

  close_window (window);
}

static void
test_note_saved (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autofree char *path = shortlist_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  CnWindow *window;
  CnNetworkDetail *detail;

  clear_data ();
  app = new_app ();
  window = new_window (app);
  detail = cn_test_window_get_detail (window);
  g_assert_true (cn_window_select_network (window, "iclei"));
  cn_test_iterate (30);
  {
    g_autofree char *name =
      g_strdup_printf ("Notes on %s", cn_text_get (cn_network_get_name (cn_catalog_find_network (catalog, "iclei"))));

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cn_network_detail_get_notes_view (detail)),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  }
  g_assert_cmpstr (cn_network_detail_get_notes_status (detail), ==, "");

  set_note (window, "Ask the treasurer about the fee.\nMeeting on Sunday.");
  /* Not at once: after a pause in the typing. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  CN_TEST_WAIT_UNTIL (file_contains (path, "Meeting on Sunday."));
  contents = read_file (path);
  g_assert_nonnull (contents);
  g_assert_nonnull (strstr (contents, "Ask the treasurer about the fee.\\nMeeting on Sunday."));
  cn_test_iterate (20);
  g_assert_cmpstr (cn_network_detail_get_notes_status (detail), ==, "Saved");

  /* A note without a star is not on the shortlist (nothing to list). */
  g_assert_false (cn_shortlist_is_starred (get_shortlist (app), "iclei"));
  g_assert_true (cn_shortlist_view_is_empty (get_shortlist_view (window)));

  /* Starred, the view shows the note's first lines. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-shortlist", "s", "");
  rows = shortlist_rows (window);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 0), "Ask the treasurer about the fee.\nMeeting on Sunday."));

  close_window (window);
}

/* A note typed just before closing is written at close, without waiting. */
static void
test_restart_keeps_star_and_note (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GtkApplication) again = NULL;
  g_autofree char *path = shortlist_path ();
  g_autofree char *contents = NULL;
  g_autofree char *note = NULL;
  CnWindow *window;
  CnNetworkRow *row;

  clear_data ();
  app = new_app ();
  window = new_window (app);
  g_assert_true (cn_window_select_network (window, "c40"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-shortlist", "s", "");
  set_note (window, "שאלה לגזבר: מה דמי החבר?");
  gtk_window_close (GTK_WINDOW (window));
  /* Written by the close, before any pause. */
  contents = read_file (path);
  g_assert_nonnull (contents);
  g_assert_nonnull (strstr (contents, "שאלה לגזבר"));
  cn_test_iterate (20);
  g_clear_object (&app);

  again = new_app ();
  window = new_window (again);
  g_assert_true (cn_shortlist_is_starred (get_shortlist (again), "c40"));
  g_assert_true (cn_window_select_network (window, "c40"));
  cn_test_iterate (30);
  note = get_note (window);
  g_assert_cmpstr (note, ==, "שאלה לגזבר: מה דמי החבר?");
  g_assert_true (gtk_toggle_button_get_active (cn_network_detail_get_star_button (cn_test_window_get_detail (window))));
  row = find_list_row (window, "c40");
  g_assert_nonnull (row);
  g_assert_true (cn_network_row_get_starred (row));
  close_window (window);
}

static void
test_damaged_file (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autofree char *folder = shortlist_folder ();
  g_autofree char *path = shortlist_path ();
  g_autoptr(GDir) dir = NULL;
  g_autofree char *damaged = NULL;
  const char *name;
  const char *message;
  CnWindow *window;

  clear_data ();
  write_shortlist ("{ \"schema_version\": 1, \"entries\": [ { \"network\": ");

  app = new_app ();
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*shortlist file was damaged*");
  window = new_window (app);
  g_test_assert_expected_messages ();

  message = cn_test_window_get_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "damaged"));
  g_assert_nonnull (strstr (message, "shortlist.json.damaged-"));

  /* The damaged copy is kept, as it was. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "shortlist.json.damaged-"))
      damaged = g_build_filename (folder, name, NULL);
  g_assert_nonnull (damaged);
  {
    g_autofree char *contents = read_file (damaged);
    g_assert_cmpstr (contents, ==, "{ \"schema_version\": 1, \"entries\": [ { \"network\": ");
  }

  /* A new shortlist works. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-shortlist", "s", "c40");
  g_assert_true (cn_shortlist_flush (get_shortlist (app)));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  close_window (window);
}

static void
test_unknown_network (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = shortlist_path ();
  CnWindow *window;

  clear_data ();
  write_shortlist ("{ \"schema_version\": 1, \"entries\": ["
                   "  { \"network\": \"c40\", \"starred\": true, \"note\": \"\" },"
                   "  { \"network\": \"gone-network\", \"starred\": false, \"note\": \"Kept: the council liked it.\" }"
                   "] }");
  app = new_app ();
  window = new_window (app);
  g_assert_null (cn_test_window_get_message (window));

  rows = shortlist_rows (window);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, 0), "C40 Cities\n"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, 1), "gone-network\n"));
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 1), "No longer in the dataset"));
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 1), "Kept: the council liked it."));

  /* A brief of the shortlist covers what the dataset has. */
  {
    g_auto(GStrv) ids = cn_shortlist_view_dup_network_ids (get_shortlist_view (window));
    g_assert_cmpuint (g_strv_length (ids), ==, 1);
    g_assert_cmpstr (ids[0], ==, "c40");
  }

  /* Saving the rest keeps it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-shortlist", "s", "iclei");
  g_assert_true (cn_shortlist_flush (get_shortlist (app)));
  contents = read_file (path);
  g_assert_nonnull (strstr (contents, "Kept: the council liked it."));
  close_window (window);
}

/* The file hook: the path the test chose, for any purpose. */
static char *
file_hook (GtkWindow  *window,
           const char *purpose,
           gpointer    user_data)
{
  g_test_message ("file hook: %s", purpose);
  return g_strdup (user_data);
}

static void
assert_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

static void
test_export_brief (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *pdf = g_build_filename (data_home, "brief.pdf", NULL);
  g_autofree char *markdown = g_build_filename (data_home, "brief.md", NULL);
  g_autofree char *printed = g_build_filename (data_home, "printed.pdf", NULL);
  g_autofree char *text = NULL;
  const char *ids[] = { "c40", "iclei", NULL };
  CnBriefDialog *dialog;
  CnWindow *window;

  clear_data ();
  app = new_app ();
  window = new_window (app);

  /* No network the dataset has: said, no dialog. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-brief", "^as", (const char *[]) { "no-such", NULL });
  g_assert_null (window->brief_dialog);
  g_assert_nonnull (cn_test_window_get_message (window));

  _cn_window_set_file_hook (window, file_hook, pdf);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-brief", "^as", ids);
  dialog = CN_BRIEF_DIALOG (window->brief_dialog);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (cn_brief_dialog_get_language (dialog), ==, "en");
  cn_brief_dialog_set_title (dialog, "Networks for the council");
  cn_brief_dialog_set_authority (dialog, "Municipality of Test");
  cn_brief_dialog_accept (dialog);
  cn_test_iterate (20);
  g_assert_null (window->brief_dialog);
  assert_pdf (pdf);
  /* The authority is offered again next time. */
  {
    g_autofree char *authority = g_settings_get_string (settings, "brief-authority");
    g_assert_cmpstr (authority, ==, "Municipality of Test");
  }

  /* Markdown by the extension, in Hebrew; the network shown by default. */
  g_assert_true (cn_window_select_network (window, "iclei"));
  _cn_window_set_file_hook (window, file_hook, markdown);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-brief", "^as", (const char *[]) { NULL });
  dialog = CN_BRIEF_DIALOG (window->brief_dialog);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (cn_brief_dialog_get_authority (dialog), ==, "Municipality of Test");
  cn_brief_dialog_set_language (dialog, "he");
  cn_brief_dialog_accept (dialog);
  g_assert_true (g_file_get_contents (markdown, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "# "));
  g_assert_nonnull (strstr (text, "Municipality of Test"));
  g_assert_nonnull (strstr (text, "ICLEI"));
  g_assert_null (strstr (text, "C40 Cities"));

  /* Print: the print operation's pages, exported to a PDF. */
  _cn_window_set_file_hook (window, file_hook, printed);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print-brief", "^as", ids);
  dialog = CN_BRIEF_DIALOG (window->brief_dialog);
  g_assert_nonnull (dialog);
  cn_brief_dialog_accept (dialog);
  cn_test_iterate (50);
  assert_pdf (printed);
  g_assert_null (cn_test_window_get_message (window) != NULL &&
                 strstr (cn_test_window_get_message (window), "could not") ? "failed" : NULL);

  close_window (window);
}

static void
test_export_csv (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autofree char *csv = g_build_filename (data_home, "list.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *model;
  GListModel *all = cn_catalog_get_networks (catalog);
  CnWindow *window;
  guint n;

  clear_data ();
  app = new_app ();
  window = new_window (app);
  _cn_window_set_file_hook (window, file_hook, csv);

  cn_window_set_search (window, "resilient");
  cn_test_iterate (50);
  model = cn_test_window_get_network_model (window);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, g_list_model_get_n_items (all));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (model, i);
      g_hash_table_add (shown, (gpointer) cn_network_get_id (network));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-csv", NULL);
  contents = read_file (csv);
  g_assert_nonnull (contents);
  g_assert_true (g_str_has_prefix (contents, "id,") || g_str_has_prefix (contents, "\xEF\xBB\xBFid,"));

  /* A record starts with its id on a new line: those shown, and no other. */
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (all, i);
      g_autofree char *start = g_strdup_printf ("\n%s,", cn_network_get_id (network));

      if (g_hash_table_contains (shown, cn_network_get_id (network)))
        g_assert_nonnull (strstr (contents, start));
      else
        g_assert_null (strstr (contents, start));
    }
  close_window (window);
}

static void
test_import (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autofree char *colleague = g_build_filename (data_home, "colleague.json", NULL);
  g_autofree char *exported = g_build_filename (data_home, "exported.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  CnShortlist *shortlist;
  CnWindow *window;
  GtkWidget *status;

  clear_data ();
  g_file_set_contents (colleague,
                       "{ \"schema_version\": 1, \"entries\": ["
                       "  { \"network\": \"c40\", \"starred\": true, \"note\": \"Theirs.\" },"
                       "  { \"network\": \"gggi\", \"starred\": true, \"note\": \"\" }"
                       "] }", -1, &error);
  g_assert_no_error (error);

  app = new_app ();
  window = new_window (app);
  shortlist = get_shortlist (app);
  cn_shortlist_set_starred (shortlist, "c40", TRUE);
  cn_shortlist_set_note (shortlist, "c40", "Ours.");

  _cn_window_set_file_hook (window, file_hook, colleague);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import-shortlist", NULL);
  status = GTK_WIDGET (CN_TEST_CHILD (get_shortlist_view (window), CN_TYPE_SHORTLIST_VIEW, "status_label"));
  g_assert_true (gtk_widget_get_visible (status));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (status)), "1 added, 1 note kept side by side"));
  g_assert_true (cn_shortlist_is_starred (shortlist, "gggi"));
  g_assert_nonnull (strstr (cn_shortlist_get_note (shortlist, "c40"), "Ours."));
  g_assert_nonnull (strstr (cn_shortlist_get_note (shortlist, "c40"), "Theirs."));

  _cn_window_set_file_hook (window, file_hook, exported);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-shortlist", NULL);
  contents = read_file (exported);
  g_assert_nonnull (contents);
  g_assert_nonnull (strstr (contents, "\"gggi\""));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before anything asks GLib for the folder: it is read once. */
  data_home = g_dir_make_tmp ("cn-test-shortlist-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("CN_EXPORT_DATE", "2026-03-01", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  g_assert_cmpstr (g_get_user_data_dir (), ==, data_home);

  catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/shortlist/star", test_star);
  g_test_add_func ("/shortlist/note-saved", test_note_saved);
  g_test_add_func ("/shortlist/restart", test_restart_keeps_star_and_note);
  g_test_add_func ("/shortlist/damaged-file", test_damaged_file);
  g_test_add_func ("/shortlist/unknown-network", test_unknown_network);
  g_test_add_func ("/shortlist/export-brief", test_export_brief);
  g_test_add_func ("/shortlist/export-csv", test_export_csv);
  g_test_add_func ("/shortlist/import", test_import);

  status = g_test_run ();
  g_clear_object (&catalog);
  clear_data ();
  {
    g_autofree char *folder = shortlist_folder ();
    const char *files[] = { "brief.pdf", "brief.md", "printed.pdf", "list.csv", "colleague.json", "exported.json" };

    g_rmdir (folder);
    for (guint i = 0; i < G_N_ELEMENTS (files); i++)
      {
        g_autofree char *path = g_build_filename (data_home, files[i], NULL);
        g_unlink (path);
      }
    g_rmdir (data_home);
  }
  g_free (data_home);
  return status;
}
