/* cn-application.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-application-private.h"
#include "cn-catalog-loader.h"
#include "cn-dataset-store.h"
#include "cn-export.h"
#include "cn-shortlist.h"
#include "cn-window.h"

struct _CnApplication
{
  GtkApplication  parent_instance;

  CnCatalog      *catalog;          /* the one new windows show */
  GSettings      *settings;
  char           *language;         /* the Language preference this process started with */
  GtkWindow      *restart_dialog;   /* weak */
  gboolean        restart_requested;
  GThread        *bundled_loader;   /* loads the dataset while GTK starts */
  GError         *load_error;       /* the loader's, read once it is joined */
  gboolean        use_kept;         /* the loader also reads the kept dataset */
  CnKeptDataset   kept_outcome;     /* what the loader made of it */
  char           *kept_detail;
  gboolean        builtin;          /* self->catalog is the built-in dataset */
  guint           loads_pending;    /* --catalog files being loaded */
  gint64          start_time;       /* main()'s, for CN_BENCHMARK_STARTUP */
  CnShortlist    *shortlist;        /* every window shows the same one; loaded on first use */
  char           *logged_problem;   /* the shortlist's problem last logged */
};

G_DEFINE_FINAL_TYPE (CnApplication, cn_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { "search", 's', 0, G_OPTION_ARG_STRING, NULL, N_("Start with this search"), N_("TEXT") },
  { "network", 'n', 0, G_OPTION_ARG_STRING, NULL, N_("Start with the network with this id selected"), N_("ID") },
  { "catalog", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Use this dataset instead of the bundled one"), N_("FILE") },
  { "check-catalog", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a dataset file, print its problems and exit (0 when valid, 1 when not)"), N_("FILE") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a council brief (.pdf, .md) or a table of the networks (.csv) and exit"), N_("FILE") },
  { "networks", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: only these networks, in this order"), N_("ID,…") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the language of the export (he or en)"), N_("LANG") },
  { "title", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the brief’s title"), N_("TEXT") },
  { "authority", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the local authority the brief is for"), N_("TEXT") },
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

static gboolean
settings_schema_is_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  return schema != NULL;
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

  /* Exports need no display either: GTK is not initialized yet. */
  if (g_variant_dict_lookup (options, "export", "^&ay", &path))
    {
      const char *networks = NULL, *lang = NULL, *title = NULL, *authority = NULL, *catalog = NULL;

      g_variant_dict_lookup (options, "networks", "&s", &networks);
      g_variant_dict_lookup (options, "lang", "&s", &lang);
      g_variant_dict_lookup (options, "title", "&s", &title);
      g_variant_dict_lookup (options, "authority", "&s", &authority);
      g_variant_dict_lookup (options, "catalog", "^&ay", &catalog);
      return cn_export_run_command_line (path, networks, lang, title, authority, catalog);
    }

  /* The app is installed with its settings schema, and build-aux/dev and
   * the tests point GSETTINGS_SCHEMA_DIR at the build tree's: without it,
   * GSettings would abort at the first window. */
  if (!settings_schema_is_installed ())
    {
      g_printerr (_("climate-networks: the settings schema %s is not installed; install Climate Networks, or run "
                    "it from the build tree with build-aux/dev run or “meson devenv”\n"), APP_ID);
      return 1;
    }

  return G_APPLICATION_CLASS (cn_application_parent_class)->handle_local_options (app, options);
}

/* The dataset to start with: the built-in one, or the one the user kept
 * (Open Dataset…) unless it no longer loads or a release brought a newer
 * built-in one. Runs in a thread; touches only the fields the main thread
 * leaves alone until it joins, and reports a failure in load_error rather
 * than aborting there. A plain joinable thread rather than a GTask: the
 * first window waits for it at a point of its own choosing, which GTask,
 * being asynchronous only, has no call for. */
static gpointer
load_dataset_thread (gpointer data)
{
  CnApplication *self = data;
  g_autoptr(CnCatalog) bundled = cn_catalog_new_bundled (&self->load_error);
  g_autoptr(GFile) kept = NULL;
  CnCatalog *chosen;

  self->kept_outcome = CN_KEPT_DATASET_MISSING;
  if (bundled == NULL)
    return NULL;
  if (!self->use_kept)
    return g_steal_pointer (&bundled);

  kept = cn_dataset_store_default_file ();
  chosen = cn_dataset_store_choose (kept, bundled, &self->kept_outcome, &self->kept_detail);
  return chosen;
}

/* The catalog windows open over, from the thread started with the
 * application when there is one, else loaded now. */
static void
ensure_catalog (CnApplication *self)
{
  if (self->catalog != NULL)
    return;
  if (self->bundled_loader != NULL)
    self->catalog = g_thread_join (g_steal_pointer (&self->bundled_loader));
  else
    self->catalog = load_dataset_thread (self);
  /* The test suite checks the bundled dataset: failing here is a build
   * defect, not a user error. Said on the main thread. */
  if (self->catalog == NULL)
    g_error ("The built-in dataset is invalid: %s", self->load_error->message);
  self->builtin = self->kept_outcome != CN_KEPT_DATASET_USED;

  /* A kept dataset that is not used any more is forgotten, and the first
   * window says why, once. */
  if (self->use_kept && self->kept_outcome != CN_KEPT_DATASET_USED)
    {
      g_autoptr(GFile) kept = cn_dataset_store_default_file ();

      g_settings_set_boolean (self->settings, "use-kept-dataset", FALSE);
      if (self->kept_outcome == CN_KEPT_DATASET_BUILTIN_NEWER)
        {
          g_free (self->kept_detail);
          self->kept_detail = g_strdup (_("The built-in dataset is newer than the one you kept, so it is used "
                                          "from now on."));
          cn_dataset_store_forget (kept, NULL);
        }
      else if (self->kept_outcome == CN_KEPT_DATASET_INVALID)
        {
          /* Translators: %s is the first problem of the file, with its place */
          g_autofree char *text = g_strdup_printf (_("The dataset you kept could not be used, so the built-in "
                                                     "dataset is shown: %s"), self->kept_detail);
          g_free (self->kept_detail);
          self->kept_detail = g_steal_pointer (&text);
        }
      else
        g_clear_pointer (&self->kept_detail, g_free);
    }
  else
    g_clear_pointer (&self->kept_detail, g_free);
  _cn_application_dataset_update_actions (self);
}

/* The "VmRSS:" line of /proc/self/status, or "" where there is none. */
static char *
dup_resident_line (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmRSS:")) == NULL)
    return g_strdup ("");
  line++;
  return g_strndup (line, strcspn (line, "\n"));
}

/* CN_BENCHMARK_STARTUP=1 is a hook for the startup benchmark and tests
 * (tests/bench/bench-startup.c, tests/ui/test-startup.c): the program
 * prints the microseconds from main() to the first painted frame, and on a
 * second line its resident memory at that moment ("VmRSS: N kB", as
 * /proc/self/status says it), then quits. While a --catalog file is still
 * loading, it waits for the frame that shows the outcome. */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        GtkWidget     *window)
{
  CnApplication *self = CN_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  gint64 micros;
  g_autofree char *resident = NULL;

  if (self == NULL || self->loads_pending > 0)
    return;
  micros = g_get_monotonic_time () - self->start_time;
  resident = dup_resident_line ();
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, window);
  g_print ("%" G_GINT64_FORMAT "\n%s\n", micros, resident);
  g_application_quit (G_APPLICATION (self));
}

static void
window_realized_cb (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), window, 0);
}

static CnWindow *
new_window (CnApplication *self)
{
  CnWindow *window;

  ensure_catalog (self);
  window = cn_window_new (self, self->catalog);
  if (g_strcmp0 (g_getenv ("CN_BENCHMARK_STARTUP"), "1") == 0)
    g_signal_connect (window, "realize", G_CALLBACK (window_realized_cb), NULL);
  if (self->kept_detail != NULL)
    {
      g_message ("%s", self->kept_detail);
      cn_window_show_message (window, self->kept_detail);
      g_clear_pointer (&self->kept_detail, g_free);
    }
  return window;
}

CnWindow *
_cn_application_get_window (CnApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return window != NULL ? CN_WINDOW (window) : new_window (self);
}

/* --catalog files being loaded (cn-application-command-line.c): the first
 * frame is not the startup benchmark's while one is. */
void
_cn_application_count_loads (CnApplication *self,
                             int            delta)
{
  g_assert (delta > 0 || self->loads_pending > 0);
  self->loads_pending += delta;
}

static void
cn_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (_cn_application_get_window (CN_APPLICATION (app))));
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
  /* Which dataset the windows show: the built-in one or one the user opened. */
  {
    g_autofree char *dataset = _cn_application_describe_dataset (self);
    const char *lines[] = { dataset, NULL };

    gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (dialog), _("Dataset"), lines);
  }
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

/* The Language preference is a settings action (app.language, the
 * primary menu's radio items); gettext and the text direction are fixed
 * when the program starts, so a new choice asks to restart. Choosing the
 * language in effect again asks nothing. */
static void
language_changed_cb (CnApplication *self,
                     const char    *key,
                     GSettings     *settings)
{
  g_autofree char *language = g_settings_get_string (settings, "language");
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  if (g_strcmp0 (language, self->language) == 0 || self->restart_dialog != NULL)
    return;

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
  self->restart_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->restart_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
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
    { "win.show-view('shortlist')", { "<Control>3", NULL } },
    /* As GNOME's bookmarks: the network shown. */
    { "win.toggle-shortlist('')", { "<Control>d", NULL } },
    { "win.show-view('deadlines')", { "<Control>4", NULL } },
    { "win.show-fit-finder", { "<Control><Shift>f", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.show-welcome", { "F1", NULL } },
    { "win.focus-pane(1)", { "F6", NULL } },
    { "win.focus-pane(-1)", { "<Shift>F6", NULL } },
    { "app.open-dataset", { "<Control>o", NULL } },
  };
  g_autoptr(GAction) language_action = NULL;

  /* handle_local_options() checked that the schema is there. */
  self->settings = g_settings_new (APP_ID);
  self->use_kept = g_settings_get_boolean (self->settings, "use-kept-dataset");

  /* GTK's own start (the display, its settings and theme) takes most of
   * the time to the first frame and leaves a processor idle: the dataset
   * is read and indexed meanwhile, for the window to take. */
  if (self->catalog == NULL && self->bundled_loader == NULL)
    self->bundled_loader = g_thread_try_new ("cn-load-dataset", load_dataset_thread, self, NULL);

  G_APPLICATION_CLASS (cn_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  _cn_application_dataset_actions_init (self);
  self->language = g_settings_get_string (self->settings, "language");
  language_action = g_settings_create_action (self->settings, "language");
  g_action_map_add_action (G_ACTION_MAP (app), language_action);
  g_signal_connect_object (self->settings, "changed::language", G_CALLBACK (language_changed_cb), self,
                           G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
  load_style ();
}

/* Written once to the log, whatever number of windows show it. */
static void
shortlist_problem_cb (CnApplication *self)
{
  const char *problem = cn_shortlist_get_problem (self->shortlist);

  if (problem == NULL || g_strcmp0 (problem, self->logged_problem) == 0)
    return;
  g_free (self->logged_problem);
  self->logged_problem = g_strdup (problem);
  g_warning ("%s", problem);
}

/**
 * cn_application_get_shortlist:
 *
 * The user's shortlist and notes, read from its file the first time a
 * window asks (a few kilobytes: well under a millisecond).
 *
 * Returns: (transfer none): the shortlist
 */
CnShortlist *
cn_application_get_shortlist (CnApplication *self)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (CN_IS_APPLICATION (self), NULL);

  if (self->shortlist != NULL)
    return self->shortlist;

  file = cn_shortlist_default_file ();
  self->shortlist = cn_shortlist_new (file);
  g_signal_connect_object (self->shortlist, "notify::problem", G_CALLBACK (shortlist_problem_cb), self,
                           G_CONNECT_SWAPPED);
  /* A problem is kept in the "problem" property, for the windows to show. */
  cn_shortlist_load (self->shortlist, NULL);
  return self->shortlist;
}

static void
cn_application_shutdown (GApplication *app)
{
  CnApplication *self = CN_APPLICATION (app);

  /* A note typed just before quitting is still waiting for its pause. */
  if (self->shortlist != NULL)
    cn_shortlist_flush (self->shortlist);

  G_APPLICATION_CLASS (cn_application_parent_class)->shutdown (app);
}

static void
cn_application_finalize (GObject *object)
{
  CnApplication *self = (CnApplication *)object;

  /* A --catalog file was used: the bundled dataset was not needed. */
  if (self->bundled_loader != NULL)
    {
      CnCatalog *unused = g_thread_join (g_steal_pointer (&self->bundled_loader));

      g_clear_object (&unused);
    }
  g_clear_error (&self->load_error);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  if (self->shortlist != NULL)
    cn_shortlist_flush (self->shortlist);
  g_clear_object (&self->shortlist);
  g_free (self->logged_problem);
  g_free (self->language);
  g_free (self->kept_detail);

  G_OBJECT_CLASS (cn_application_parent_class)->finalize (object);
}

static void
cn_application_class_init (CnApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cn_application_finalize;
  app_class->activate = cn_application_activate;
  app_class->command_line = _cn_application_command_line;
  app_class->handle_local_options = cn_application_handle_local_options;
  app_class->startup = cn_application_startup;
  app_class->shutdown = cn_application_shutdown;
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

/* The time main() started, for the startup benchmark (see
 * first_frame_painted_cb()). */
void
cn_application_set_start_time (CnApplication *self,
                               gint64         monotonic_time)
{
  g_return_if_fail (CN_IS_APPLICATION (self));
  self->start_time = monotonic_time;
}

/* Shows @catalog in a new window in place of the active one (a new
 * dataset needs a new window over it), and makes it the one new windows
 * show. */
CnWindow *
_cn_application_switch_catalog (CnApplication *self,
                                CnCatalog     *catalog,
                                gboolean       builtin)
{
  GtkWindow *old = gtk_application_get_active_window (GTK_APPLICATION (self));
  CnWindow *window;

  g_set_object (&self->catalog, catalog);
  self->builtin = builtin;
  window = new_window (self);
  if (old != NULL)
    gtk_window_destroy (old);
  _cn_application_dataset_update_actions (self);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

CnCatalog *
_cn_application_get_catalog (CnApplication *self)
{
  ensure_catalog (self);
  return self->catalog;
}

gboolean
_cn_application_get_catalog_is_builtin (CnApplication *self)
{
  ensure_catalog (self);
  return self->builtin;
}

GSettings *
_cn_application_get_settings (CnApplication *self)
{
  return self->settings;
}
