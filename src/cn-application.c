/* cn-application.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cn-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cn-application.h"
#include "cn-util.h"
#include "cn-window.h"

struct _CnApplication
{
  GtkApplication  parent_instance;

  CnCatalog      *catalog;
  char           *catalog_message;  /* why a --catalog file was not used */
  GSettings      *settings;         /* NULL when the schema is missing */
  gboolean        restart_requested;
  GThread        *bundled_loader;   /* loads the bundled dataset while GTK starts */
};

G_DEFINE_FINAL_TYPE (CnApplication, cn_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { "search", 's', 0, G_OPTION_ARG_STRING, NULL, N_("Start with this search"), N_("TEXT") },
  { "network", 'n', 0, G_OPTION_ARG_STRING, NULL, N_("Start with the network with this id selected"), N_("ID") },
  { "catalog", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Use this dataset instead of the bundled one"), N_("FILE") },
  { "check-catalog", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a dataset file, print its problems and exit (0 when valid, 1 when not)"), N_("FILE") },
  { NULL }
};

CnApplication *
cn_application_new (void)
{
  return g_object_new (CN_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * cn_application_check_catalog:
 * @lines: (element-type utf8): receives one line per problem or warning
 *
 * Validates @path with the same rules as --catalog.
 *
 * Returns: 0 when valid, 1 when not
 */
int
cn_application_check_catalog (const char *path,
                              GPtrArray  *lines)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, &problems, &error);
  if (catalog != NULL)
    {
      /* Warnings are listed, but do not make the file invalid. */
      GPtrArray *warnings = cn_catalog_get_warnings (catalog);

      for (guint i = 0; i < warnings->len; i++)
        g_ptr_array_add (lines, cn_catalog_problem_to_string (g_ptr_array_index (warnings, i)));
      return 0;
    }

  if (problems != NULL)
    for (guint i = 0; i < problems->len; i++)
      g_ptr_array_add (lines, cn_catalog_problem_to_string (g_ptr_array_index (problems, i)));
  else
    g_ptr_array_add (lines, g_strdup (error->message));

  return 1;
}

static int
cn_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("climate-networks %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* Validation needs no display and no running instance. */
  if (g_variant_dict_lookup (options, "check-catalog", "^&ay", &path))
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      int status = cn_application_check_catalog (path, lines);

      for (guint i = 0; i < lines->len; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (lines, i));
      if (status == 0)
        g_print (_("%s: the dataset is valid\n"), path);
      return status;
    }

  return G_APPLICATION_CLASS (cn_application_parent_class)->handle_local_options (app, options);
}

static gpointer
load_bundled_thread (gpointer data)
{
  g_autoptr(GError) error = NULL;
  CnCatalog *catalog = cn_catalog_new_bundled (&error);

  /* The bundled dataset is checked by the test suite; failing here is a
   * build defect, not a user error. */
  if (catalog == NULL)
    g_error ("The built-in dataset is invalid: %s", error->message);
  return catalog;
}

/* The bundled dataset: from the thread started with the application when
 * there is one, else loaded now. */
static CnCatalog *
take_bundled_catalog (CnApplication *self)
{
  if (self->bundled_loader != NULL)
    return g_thread_join (g_steal_pointer (&self->bundled_loader));
  return load_bundled_thread (NULL);
}

static void
load_catalog (CnApplication *self,
              const char    *path,
              GFile         *cwd)
{
  g_autoptr(GError) error = NULL;

  if (path != NULL)
    {
      g_autoptr(GFile) file = cwd ? g_file_resolve_relative_path (cwd, path) : g_file_new_for_path (path);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(CnCatalog) catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, &problems, &error);

      if (catalog != NULL)
        {
          g_set_object (&self->catalog, catalog);
          g_clear_pointer (&self->catalog_message, g_free);
          return;
        }

      /* Keep working: tell the user, then fall back to the bundled data. */
      {
        GString *message = g_string_new (NULL);
        g_autofree char *name = g_file_get_path (file);

        g_string_printf (message, _("The dataset “%s” could not be used; showing the built-in dataset instead."),
                         name ? name : path);
        for (guint i = 0; problems != NULL && i < problems->len && i < 3; i++)
          {
            g_autofree char *line = cn_catalog_problem_to_string (g_ptr_array_index (problems, i));
            g_string_append_printf (message, "\n%s", line);
          }
        if (problems != NULL && problems->len > 3)
          g_string_append_printf (message,
                                  g_dngettext (GETTEXT_PACKAGE, "\n… and %u more problem",
                                               "\n… and %u more problems", problems->len - 3),
                                  problems->len - 3);

        for (guint i = 0; problems != NULL && i < problems->len; i++)
          {
            g_autofree char *line = cn_catalog_problem_to_string (g_ptr_array_index (problems, i));
            g_printerr ("%s\n", line);
          }

        g_free (self->catalog_message);
        self->catalog_message = g_string_free (message, FALSE);
      }
      g_clear_error (&error);
    }

  if (self->catalog == NULL)
    self->catalog = take_bundled_catalog (self);
}

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, window);
  g_print ("%" G_GINT64_FORMAT "\n", cn_startup_clock_elapsed ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
window_realized_cb (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), window, 0);
}

static CnWindow *
get_window (CnApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (cn_window_new (self, self->catalog));

      /* CN_BENCHMARK_STARTUP=1: print the microseconds from main() to the
       * first painted frame, then quit (see tests/bench/). */
      if (g_strcmp0 (g_getenv ("CN_BENCHMARK_STARTUP"), "1") == 0)
        g_signal_connect (window, "realize", G_CALLBACK (window_realized_cb), NULL);
    }
  return CN_WINDOW (window);
}

static void
cn_application_activate (GApplication *app)
{
  CnApplication *self = CN_APPLICATION (app);

  load_catalog (self, NULL, NULL);
  gtk_window_present (GTK_WINDOW (get_window (self)));
}

static int
cn_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  CnApplication *self = CN_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autoptr(GFile) cwd = NULL;
  const char *search = NULL;
  const char *network = NULL;
  const char *catalog = NULL;
  CnWindow *window;

  g_variant_dict_lookup (options, "search", "&s", &search);
  g_variant_dict_lookup (options, "network", "&s", &network);
  g_variant_dict_lookup (options, "catalog", "^&ay", &catalog);

  if (g_application_command_line_get_cwd (command_line) != NULL)
    cwd = g_file_new_for_path (g_application_command_line_get_cwd (command_line));

  if (catalog != NULL)
    {
      GtkWindow *old = gtk_application_get_active_window (GTK_APPLICATION (self));

      load_catalog (self, catalog, cwd);
      /* A new dataset needs a new window over it. */
      if (old != NULL)
        gtk_window_destroy (old);
    }
  else
    load_catalog (self, NULL, NULL);

  window = get_window (self);

  if (self->catalog_message != NULL)
    {
      g_application_command_line_printerr (command_line, "%s\n", self->catalog_message);
      cn_window_show_message (window, self->catalog_message);
      g_clear_pointer (&self->catalog_message, g_free);
    }

  if (network != NULL && !cn_window_select_network (window, network))
    {
      g_autofree char *message = g_strdup_printf (_("There is no network with the id “%s”."), network);

      g_application_command_line_printerr (command_line, "%s\n", message);
      cn_window_show_message (window, message);
    }

  if (search != NULL)
    cn_window_set_search (window, search);

  gtk_window_present (GTK_WINDOW (window));

  return 0;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CnApplication *self = user_data;
  static const char *developers[] = { "Climate Networks contributors", NULL };
  static const char *guide[] = {
    "Tel Aviv University, PlanNet Zero https://en-planetzero.tau.ac.il/toolbox/international-networking",
    NULL
  };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  dialog = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                         "transient-for", parent,
                         "modal", TRUE,
                         "program-name", _("Climate Networks"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("International city networks for climate action, and what joining them "
                                       "gives a local authority."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/climatenetworks/ClimateNetworks",
                         "authors", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 Climate Networks contributors",
                         NULL);
  /* The content follows the chapter "International Networking" of Tel Aviv
   * University's PlanNet Zero toolbox: credit it where users look. */
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (dialog), _("Based on the guide"), guide);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Close windows so they save their state. */
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;
      windows = windows->next;
      gtk_window_close (window);
    }
  g_application_quit (app);
}

static void
restart_response_cb (GtkDialog     *dialog,
                     int            response,
                     CnApplication *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    {
      self->restart_requested = TRUE;
      g_action_group_activate_action (G_ACTION_GROUP (self), "quit", NULL);
    }
}

static void
language_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CnApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  if (g_variant_equal (parameter, g_action_get_state (G_ACTION (action))))
    return;

  g_simple_action_set_state (action, parameter);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "language", g_variant_get_string (parameter, NULL));

  /* gettext and the text direction are fixed when the program starts. */
  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", _("Restart to change the language?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("The new language applies the next time Climate Networks starts."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Later"), GTK_RESPONSE_CANCEL,
                          _("_Restart Now"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect (dialog, "response", G_CALLBACK (restart_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
  { "language", language_action, "s", "''" },
};

static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  /* GtkApplication does not load style.css by itself (AdwApplication does). */
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/ui/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
cn_application_startup (GApplication *app)
{
  CnApplication *self = CN_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.toggle-case-study", { "F9", NULL } },
    { "win.show-view('networks')", { "<Control>1", NULL } },
    { "win.show-view('benefits')", { "<Control>2", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.show-welcome", { "F1", NULL } },
  };

  /* GTK's own start (the display, its settings and theme) takes most of
   * the time to the first frame and leaves a processor idle: the bundled
   * dataset is read and indexed meanwhile, for the window to take. */
  if (self->catalog == NULL && self->bundled_loader == NULL)
    self->bundled_loader = g_thread_try_new ("cn-load-bundled", load_bundled_thread, NULL, NULL);

  G_APPLICATION_CLASS (cn_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);

  self->settings = cn_settings_new ();
  if (self->settings != NULL)
    {
      g_autofree char *language = g_settings_get_string (self->settings, "language");
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (app), "language");

      g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (language));
    }
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
  load_style ();
}

static void
cn_application_finalize (GObject *object)
{
  CnApplication *self = (CnApplication *)object;

  /* A --catalog file was used: the bundled dataset was not needed. */
  if (self->bundled_loader != NULL)
    g_object_unref (g_thread_join (g_steal_pointer (&self->bundled_loader)));
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_free (self->catalog_message);

  G_OBJECT_CLASS (cn_application_parent_class)->finalize (object);
}

static void
cn_application_class_init (CnApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cn_application_finalize;
  app_class->activate = cn_application_activate;
  app_class->command_line = cn_application_command_line;
  app_class->handle_local_options = cn_application_handle_local_options;
  app_class->startup = cn_application_startup;
}

static void
cn_application_init (CnApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("International city networks for climate action"));
}

/**
 * cn_application_get_restart_requested:
 *
 * Returns: %TRUE when the user asked to restart (to apply a new language)
 */
gboolean
cn_application_get_restart_requested (CnApplication *self)
{
  g_return_val_if_fail (CN_IS_APPLICATION (self), FALSE);
  return self->restart_requested;
}
