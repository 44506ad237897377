/* cn-application-command-line.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a command line sent to the running application asks: a dataset
 * file to load (in a thread, the window showing its progress), a network
 * to select, a search; and the report of a dataset that could not be used. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-application-private.h"
#include "cn-catalog-loader.h"

/* What a command line asks of the window: --network and --search, applied
 * once the window shows the catalog they refer to. */
static void
apply_options (CnWindow                *window,
               GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *search = NULL;
  const char *network = NULL;

  g_variant_dict_lookup (options, "search", "&s", &search);
  g_variant_dict_lookup (options, "network", "&s", &network);

  if (network != NULL && !cn_window_select_network (window, network))
    {
      g_autofree char *message = g_strdup_printf (_("There is no network with the id “%s”."), network);

      g_application_command_line_printerr (command_line, "%s\n", message);
      cn_window_show_message (window, message);
    }

  if (search != NULL)
    cn_window_set_search (window, search);

  gtk_window_present (GTK_WINDOW (window));
}

/* Tells the user why a dataset file was not used: every problem on the
 * command line's standard error (when there is one), once; the first three
 * in the window, after @headline. */
void
_cn_application_report_unusable (CnWindow                *window,
                                 GApplicationCommandLine *command_line,
                                 const char              *headline,
                                 GPtrArray               *problems,
                                 const GError            *error)
{
  g_autoptr(GString) message = g_string_new (headline);
  guint n = problems != NULL ? problems->len : 0;

  if (command_line != NULL)
    g_application_command_line_printerr (command_line, "%s\n", headline);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = cn_catalog_problem_to_string (g_ptr_array_index (problems, i));

      if (command_line != NULL)
        g_application_command_line_printerr (command_line, "%s\n", line);
      if (i < 3)
        g_string_append_printf (message, "\n%s", line);
    }
  if (n > 3)
    g_string_append_printf (message,
                            g_dngettext (GETTEXT_PACKAGE, "\n… and %u more problem", "\n… and %u more problems", n - 3),
                            n - 3);
  if (n == 0 && error != NULL)
    {
      if (command_line != NULL)
        g_application_command_line_printerr (command_line, "%s\n", error->message);
      g_string_append_printf (message, "\n%s", error->message);
    }

  cn_window_show_message (window, message->str);
}

typedef struct
{
  CnApplication           *self;
  GApplicationCommandLine *command_line;  /* a remote caller waits until it is released */
  GFile                   *file;
  GCancellable            *cancellable;
} CatalogLoad;

static void
catalog_load_free (CatalogLoad *load)
{
  _cn_application_count_loads (load->self, -1);
  g_application_release (G_APPLICATION (load->self));
  g_object_unref (load->self);
  g_object_unref (load->command_line);
  g_object_unref (load->file);
  g_object_unref (load->cancellable);
  g_free (load);
}

static void
catalog_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CatalogLoad *load = user_data;
  CnApplication *self = load->self;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = cn_catalog_load_file_finish (result, &problems, &error);
  CnWindow *window;

  /* The window closed while the file was loading: nothing to show it in. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Loading %s was cancelled", g_file_peek_path (load->file));
      catalog_load_free (load);
      return;
    }

  if (catalog != NULL)
    {
      g_debug ("Loaded %s: %u networks", g_file_peek_path (load->file),
               g_list_model_get_n_items (cn_catalog_get_networks (catalog)));
      window = _cn_application_switch_catalog (self, catalog, FALSE);
    }
  else
    {
      window = _cn_application_get_window (self);
      cn_window_show_progress (window, NULL);
      g_autofree char *name = g_file_get_parse_name (load->file);
      g_autofree char *headline =
        g_strdup_printf (_("The dataset “%s” could not be used; showing the built-in dataset instead."), name);

      _cn_application_report_unusable (window, load->command_line, headline, problems, error);
    }

  apply_options (window, load->command_line);
  catalog_load_free (load);
}

/* The user closed the window that shows the progress: the load is for
 * nothing. (The application replacing the window does not cancel.) */
static gboolean
window_close_request_cb (GtkWindow    *window,
                         GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
  return FALSE;
}

/* Loads a --catalog file in a thread, with the window showing its
 * progress; closing the window cancels the load. */
static void
load_catalog_file (CnApplication           *self,
                   GApplicationCommandLine *command_line,
                   const char              *path)
{
  CatalogLoad *load = g_new0 (CatalogLoad, 1);
  CnWindow *window = _cn_application_get_window (self);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  load->self = g_object_ref (self);
  load->command_line = g_object_ref (command_line);
  load->file = g_application_command_line_create_file_for_arg (command_line, path);
  load->cancellable = g_cancellable_new ();
  /* Keeps the application running while the thread works, even without
   * a window. */
  g_application_hold (G_APPLICATION (self));
  _cn_application_count_loads (self, +1);

  name = g_file_get_parse_name (load->file);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Loading “%s”…"), name);
  cn_window_show_progress (window, message);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect_object (window, "close-request", G_CALLBACK (window_close_request_cb), load->cancellable, 0);

  g_debug ("Loading %s in a thread", g_file_peek_path (load->file));
  cn_catalog_load_file_async (load->file, load->cancellable, catalog_loaded_cb, load);
}

/* GApplication::command_line, in the primary instance: a --catalog file
 * is loaded first; --network and --search apply to the window. */
int
_cn_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  CnApplication *self = CN_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *catalog = NULL;

  if (g_variant_dict_lookup (options, "catalog", "^&ay", &catalog))
    load_catalog_file (self, command_line, catalog);
  else
    apply_options (_cn_application_get_window (self), command_line);

  return 0;
}
