/* cn-application-dataset.c — Open Dataset…, keeping it, and Use Built-in Dataset
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data about networks changes faster than releases: a user (or an IT
 * department) opens a newer dataset file, which is loaded and validated in
 * a thread; if it is valid, the user chooses whether to use it only now or
 * from now on (a copy is kept in the user data folder, see
 * cn-dataset-store.c). An invalid file changes nothing and shows its first
 * problems.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-application-private.h"
#include "cn-catalog-loader.h"
#include "cn-dataset-store.h"

typedef struct
{
  CnApplication *self;
  GFile         *file;
  CnCatalog     *catalog;
} Opened;

static void
opened_free (Opened *opened)
{
  g_application_release (G_APPLICATION (opened->self));
  g_object_unref (opened->self);
  g_object_unref (opened->file);
  g_clear_object (&opened->catalog);
  g_free (opened);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Opened, opened_free)

static CnWindow *
active_window (CnApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return window != NULL ? CN_WINDOW (window) : NULL;
}

/* "Title, version V, published YYYY-MM-DD", from the dataset's metadata. */
static char *
describe (CnCatalog *catalog)
{
  const CnDatasetInfo *info = cn_catalog_get_dataset_info (catalog);
  GString *text = g_string_new (NULL);

  if (info != NULL && info->title != NULL)
    g_string_append (text, cn_text_get (info->title));
  else
    g_string_append (text, _("A dataset without a title"));
  if (info != NULL && info->version != NULL)
    /* Translators: after the dataset's title */
    g_string_append_printf (text, _(", version %s"), info->version);
  if (info != NULL && info->published != NULL)
    /* Translators: after the dataset's title and version; %s is a date */
    g_string_append_printf (text, _(", published %s"), info->published);
  return g_string_free (text, FALSE);
}

/**
 * _cn_application_describe_dataset:
 *
 * The dataset new windows show, for the About dialog: its title, version
 * and date, built in or opened by the user.
 */
char *
_cn_application_describe_dataset (CnApplication *self)
{
  g_autofree char *what = describe (_cn_application_get_catalog (self));

  if (_cn_application_get_catalog_is_builtin (self))
    /* Translators: %s describes the dataset (title, version, date) */
    return g_strdup_printf (_("%s (built in)"), what);
  /* Translators: %s describes the dataset (title, version, date) */
  return g_strdup_printf (_("%s (opened from a file)"), what);
}

void
_cn_application_dataset_update_actions (CnApplication *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "use-builtin-dataset");

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !_cn_application_get_catalog_is_builtin (self));
}

/**
 * _cn_application_keep_dataset_file:
 * @file: the dataset file that was opened
 * @catalog: what it loaded as
 * @keep: %TRUE to use it from now on (a copy is kept), %FALSE for this
 *   time only
 *
 * Shows @catalog in place of the current dataset.
 */
void
_cn_application_keep_dataset_file (CnApplication *self,
                                   GFile         *file,
                                   CnCatalog     *catalog,
                                   gboolean       keep)
{
  GSettings *settings = _cn_application_get_settings (self);
  g_autofree char *problem = NULL;
  CnWindow *window;

  if (keep)
    {
      g_autoptr(GFile) kept = cn_dataset_store_default_file ();
      g_autoptr(GError) error = NULL;

      if (cn_dataset_store_keep (kept, file, &error))
        g_settings_set_boolean (settings, "use-kept-dataset", TRUE);
      else
        {
          g_autofree char *name = g_file_get_parse_name (kept);

          /* Translators: the first %s is a file name, the second the system's reason */
          problem = g_strdup_printf (_("A copy of the dataset could not be kept in %s (%s); it is used this time "
                                       "only."), name, error->message);
          g_warning ("%s", problem);
        }
    }
  else
    g_settings_set_boolean (settings, "use-kept-dataset", FALSE);

  window = _cn_application_switch_catalog (self, catalog, FALSE);
  if (problem != NULL)
    cn_window_show_message (window, problem);
}

static void
ask_response_cb (GtkDialog *dialog,
                 int        response,
                 Opened    *opened)
{
  g_autoptr(Opened) owned = opened;

  /* The window it belongs to is about to be replaced: let go of it first,
   * or the dialog's last unref would reach for a finalized parent. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* Closed without choosing: nothing changes. */
  if (response != GTK_RESPONSE_ACCEPT && response != GTK_RESPONSE_REJECT)
    return;
  _cn_application_keep_dataset_file (owned->self, owned->file, owned->catalog, response == GTK_RESPONSE_ACCEPT);
}

static void
ask_to_keep (Opened *opened)
{
  CnWindow *window = active_window (opened->self);
  g_autofree char *what = describe (opened->catalog);
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (window != NULL ? GTK_WINDOW (window) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", _("Use this dataset from now on?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            /* Translators: %s describes the dataset (title, version, date) */
                                            _("%s is valid. Climate Networks can keep a copy and use it every "
                                              "time it starts, until you choose Use Built-in Dataset."), what);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Only This Time"), GTK_RESPONSE_REJECT,
                          _("_Use From Now On"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  gtk_widget_set_name (dialog, "keep-dataset-dialog");
  g_signal_connect (dialog, "response", G_CALLBACK (ask_response_cb), opened);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Opened) opened = user_data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  CnWindow *window = active_window (opened->self);

  opened->catalog = cn_catalog_load_file_finish (result, &problems, &error);
  if (window != NULL)
    cn_window_show_progress (window, NULL);

  if (opened->catalog == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (opened->file);
      /* Translators: %s is a file name */
      g_autofree char *headline = g_strdup_printf (_("The dataset “%s” could not be used; nothing changed."), name);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_message ("%s", headline);
      if (window != NULL)
        _cn_application_report_unusable (window, NULL, headline, problems, error);
      return;
    }

  ask_to_keep (g_steal_pointer (&opened));
}

/**
 * _cn_application_open_dataset_file:
 *
 * Loads and validates @file in a thread, the window showing the progress,
 * then asks whether to keep it. (The file chooser calls this; so do tests.)
 */
void
_cn_application_open_dataset_file (CnApplication *self,
                                   GFile         *file)
{
  Opened *opened = g_new0 (Opened, 1);
  CnWindow *window = active_window (self);
  g_autofree char *name = g_file_get_parse_name (file);

  opened->self = g_object_ref (self);
  opened->file = g_object_ref (file);
  g_application_hold (G_APPLICATION (self));

  if (window != NULL)
    {
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Loading “%s”…"), name);

      cn_window_show_progress (window, message);
    }
  g_debug ("Opening the dataset %s", name);
  cn_catalog_load_file_async (file, NULL, loaded_cb, opened);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CnApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        _cn_application_open_dataset_file (self, file);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
open_dataset_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CnApplication *self = user_data;
  CnWindow *window = active_window (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Dataset"), window != NULL ? GTK_WINDOW (window) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (json, _("Climate Networks datasets (JSON)"));
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Back to the dataset compiled into the program, now and at every start;
 * the kept copy is forgotten. */
static void
use_builtin_dataset_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  CnApplication *self = user_data;
  g_autoptr(GFile) kept = cn_dataset_store_default_file ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) bundled = cn_catalog_new_bundled (&error);

  if (bundled == NULL)
    g_error ("The built-in dataset is invalid: %s", error->message);

  g_settings_set_boolean (_cn_application_get_settings (self), "use-kept-dataset", FALSE);
  if (!cn_dataset_store_forget (kept, &error))
    g_warning ("The kept dataset %s could not be removed: %s", g_file_peek_path (kept), error->message);
  _cn_application_switch_catalog (self, bundled, TRUE);
}

void
_cn_application_dataset_actions_init (CnApplication *self)
{
  static const GActionEntry actions[] = {
    { "open-dataset", open_dataset_action },
    { "use-builtin-dataset", use_builtin_dataset_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  /* Until the first window shows which dataset is in use. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "use-builtin-dataset")), FALSE);
}
