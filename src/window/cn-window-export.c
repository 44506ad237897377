/* cn-window-export.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Ways out of the app, as window actions: a council brief saved (PDF or
 * Markdown) or printed, the list as it is searched as CSV, and the
 * shortlist exported for a colleague or imported from one. The files are
 * chosen with GtkFileChooserNative (GTK 4.8 has no GtkFileDialog); the
 * tests put a hook in its place (_cn_window_set_file_hook()). */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-brief.h"
#include "cn-brief-dialog.h"
#include "cn-brief-pdf.h"
#include "cn-export.h"
#include "cn-export-i18n.h"
#include "cn-window-private.h"

typedef void (*FileChosenFunc) (CnWindow *self,
                                GFile    *file,
                                gpointer  data);

typedef struct
{
  CnWindow       *self;
  FileChosenFunc  func;
  gpointer        data;
  GDestroyNotify  destroy;
} FileChoice;

typedef struct
{
  GPtrArray *networks;   /* CnNetwork */
  char      *title;
  char      *authority;
  char      *language;
} BriefJob;

static void
brief_job_free (gpointer data)
{
  BriefJob *job = data;

  g_ptr_array_unref (job->networks);
  g_free (job->title);
  g_free (job->authority);
  g_free (job->language);
  g_free (job);
}

/**
 * _cn_window_show_info:
 *
 * Shows news that is not a problem (a file saved) in the message bar.
 */
void
_cn_window_show_info (CnWindow   *self,
                      const char *message)
{
  cn_window_show_message (self, message);
  gtk_info_bar_set_message_type (self->message_bar, GTK_MESSAGE_INFO);
}

/* For the tests: files come from @hook instead of a file chooser. */
void
_cn_window_set_file_hook (CnWindow   *self,
                          CnFileHook  hook,
                          gpointer    user_data)
{
  self->file_hook = hook;
  self->file_hook_data = user_data;
}

static GtkFileFilter *
filter_new (const char *name,
            const char *mime_type,
            const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

static void
file_choice_free (FileChoice *choice)
{
  if (choice->destroy != NULL)
    choice->destroy (choice->data);
  g_object_unref (choice->self);
  g_free (choice);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     FileChoice      *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        choice->func (choice->self, file, choice->data);
    }
  file_choice_free (choice);
  g_object_unref (chooser);
}

/* Asks for a file, then calls @func with it (not when the user cancels).
 * @filters: (transfer full) (array zero-terminated=1) */
static void
choose_file (CnWindow             *self,
             const char           *purpose,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept_label,
             const char           *current_name,
             GtkFileFilter       **filters,
             FileChosenFunc        func,
             gpointer              data,
             GDestroyNotify        destroy)
{
  FileChoice *choice = g_new0 (FileChoice, 1);
  GtkFileChooserNative *chooser;

  choice->self = g_object_ref (self);
  choice->func = func;
  choice->data = data;
  choice->destroy = destroy;

  if (self->file_hook != NULL)
    {
      g_autofree char *path = self->file_hook (GTK_WINDOW (self), purpose, self->file_hook_data);

      if (path != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_path (path);

          func (self, file, data);
        }
      for (guint i = 0; filters[i] != NULL; i++)
        g_object_unref (filters[i]);
      file_choice_free (choice);
      return;
    }

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  for (guint i = 0; filters[i] != NULL; i++)
    {
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filters[i]);
      g_object_unref (filters[i]);
    }
  if (current_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
display_name (GFile *file)
{
  return g_file_get_parse_name (file);
}

static void
report_write_error (CnWindow     *self,
                    const char   *format,
                    GFile        *file,
                    const GError *error)
{
  g_autofree char *name = display_name (file);
  g_autofree char *message = g_strdup_printf (format, name, error->message);

  cn_window_show_message (self, message);
}

/* Council briefs */

/* The networks an "as" parameter names; none means the network shown. */
static GPtrArray *
networks_for (CnWindow *self,
              GVariant *param)
{
  g_autofree const char **ids = g_variant_get_strv (param, NULL);
  GPtrArray *networks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      CnNetwork *network = cn_catalog_find_network (self->catalog, ids[i]);

      if (network != NULL)
        g_ptr_array_add (networks, g_object_ref (network));
      else
        g_debug ("No network %s to put in a brief", ids[i]);
    }
  if (ids[0] == NULL && networks->len == 0)
    {
      CnNetwork *shown = _cn_window_get_shown_network (self);

      if (shown != NULL)
        g_ptr_array_add (networks, g_object_ref (shown));
    }
  return networks;
}

static void
write_brief (CnWindow *self,
             GFile    *file,
             gpointer  data)
{
  BriefJob *job = data;
  CnExportOptions options = { job->language, job->title, job->authority, NULL };
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CnExportFormat format;

  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("only local files can be written"));
      report_write_error (self, _("The brief could not be saved to “%s”: %s"), file, error);
      return;
    }
  /* A name without .pdf or .md gets a PDF. */
  if (!cn_export_format_from_path (path, &format) || format == CN_EXPORT_FORMAT_CSV)
    {
      char *with_extension = g_strconcat (path, ".pdf", NULL);

      g_free (path);
      path = with_extension;
      format = CN_EXPORT_FORMAT_PDF;
    }

  bytes = cn_export_render (format, (CnNetwork * const *) job->networks->pdata, job->networks->len, &options,
                            &error);
  if (bytes == NULL || !cn_export_write_file (path, bytes, &error))
    {
      g_autoptr(GFile) target = g_file_new_for_path (path);

      report_write_error (self, _("The brief could not be saved to “%s”: %s"), target, error);
      return;
    }

  {
    g_autoptr(GFile) target = g_file_new_for_path (path);
    g_autofree char *name = display_name (target);
    g_autofree char *message = g_strdup_printf (_("The brief was saved to “%s”."), name);

    _cn_window_show_info (self, message);
  }
}

typedef struct
{
  CnWindow     *self;
  CnBrief      *brief;
  CnBriefPages *pages;
  gboolean      reported;
} PrintJob;

static void
print_job_free (PrintJob *print)
{
  g_clear_pointer (&print->pages, cn_brief_pages_free);
  g_clear_pointer (&print->brief, cn_brief_free);
  g_object_unref (print->self);
  g_free (print);
}

/* The pages are laid out for the printer's paper, in points. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *print)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  g_clear_pointer (&print->pages, cn_brief_pages_free);
  print->pages = cn_brief_pages_new (print->brief, pango, gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context));
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, MAX (1, cn_brief_pages_get_n_pages (print->pages)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *print)
{
  if (print->pages != NULL && (guint) page < cn_brief_pages_get_n_pages (print->pages))
    cn_brief_pages_draw (print->pages, gtk_print_context_get_cairo_context (context), page);
}

static void
print_report (PrintJob                *print,
              GtkPrintOperation       *operation,
              GtkPrintOperationResult  result)
{
  g_autoptr(GError) error = NULL;

  if (print->reported || result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  print->reported = TRUE;
  gtk_print_operation_get_error (operation, &error);
  {
    g_autofree char *message = g_strdup_printf (_("The brief could not be printed: %s"),
                                                error ? error->message : _("unknown error"));
    cn_window_show_message (print->self, message);
  }
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PrintJob                *print)
{
  print_report (print, operation, result);
}

static void
print_async_done_cb (GtkPrintOperation *operation)
{
  /* Not from inside its own signal. */
  g_idle_add_once ((GSourceOnceFunc) g_object_unref, operation);
}

static void
print_brief (CnWindow *self,
             BriefJob *job)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *today = cn_export_today ();
  g_autofree char *export_path = NULL;
  PrintJob *print = g_new0 (PrintJob, 1);
  GtkPrintOperationResult result;

  print->self = g_object_ref (self);
  print->brief = cn_brief_new ((CnNetwork * const *) job->networks->pdata, job->networks->len, job->language,
                               job->title, job->authority, today);

  /* The brief draws its own margins, as in its PDF. */
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, cn_brief_get_title (print->brief));
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), print);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), print);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), print);
  g_object_set_data_full (G_OBJECT (operation), "cn-print-job", print, (GDestroyNotify) print_job_free);

  if (self->file_hook != NULL)
    {
      export_path = self->file_hook (GTK_WINDOW (self), "print-brief", self->file_hook_data);
      if (export_path == NULL)
        return;
      gtk_print_operation_set_export_filename (operation, export_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), NULL);
    }
  else
    {
      /* The print dialog has its own preview. It outlives this call: the
       * operation is let go once it is done. */
      gtk_print_operation_set_allow_async (operation, TRUE);
      g_signal_connect (g_object_ref (operation), "done", G_CALLBACK (print_async_done_cb), NULL);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                                        NULL);
    }
  print_report (print, operation, result);
}

static void
brief_dialog_accepted_cb (CnBriefDialog *dialog,
                          CnWindow      *self)
{
  BriefJob *job = g_object_get_data (G_OBJECT (dialog), "cn-brief-job");
  gboolean print = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "cn-brief-print"));
  GtkFileFilter *filters[3];

  job->title = g_strdup (cn_brief_dialog_get_title (dialog));
  job->authority = g_strdup (cn_brief_dialog_get_authority (dialog));
  job->language = g_strdup (cn_brief_dialog_get_language (dialog));
  g_settings_set_string (self->settings, "brief-authority", job->authority);

  if (print)
    {
      print_brief (self, job);
      return;
    }

  /* The job goes on with the file chooser. */
  g_object_steal_data (G_OBJECT (dialog), "cn-brief-job");
  filters[0] = filter_new (_("PDF document"), "application/pdf", "*.pdf");
  filters[1] = filter_new (_("Markdown text"), "text/markdown", "*.md");
  filters[2] = NULL;
  choose_file (self, "export-brief", GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Brief"), _("_Export"),
               "council-brief.pdf", filters, write_brief, job, brief_job_free);
}

static void
open_brief_dialog (CnWindow *self,
                   GVariant *param,
                   gboolean  print)
{
  g_autoptr(GPtrArray) networks = networks_for (self, param);
  g_autofree char *authority = NULL;
  CnBriefDialog *dialog;
  BriefJob *job;

  if (networks->len == 0)
    {
      cn_window_show_message (self, _("Choose a network first: the brief is about the network shown, or about "
                                      "your shortlist."));
      return;
    }

  if (self->brief_dialog != NULL)
    {
      GtkWindow *old = self->brief_dialog;

      /* Its weak pointer must not clear the new dialog's. */
      g_object_remove_weak_pointer (G_OBJECT (old), (gpointer *) &self->brief_dialog);
      self->brief_dialog = NULL;
      gtk_window_destroy (old);
    }

  job = g_new0 (BriefJob, 1);
  job->networks = g_ptr_array_ref (networks);
  dialog = cn_brief_dialog_new (GTK_WINDOW (self), print, networks->len);
  authority = g_settings_get_string (self->settings, "brief-authority");
  cn_brief_dialog_set_authority (dialog, authority);
  cn_brief_dialog_set_language (dialog, cn_export_default_language ());
  g_object_set_data_full (G_OBJECT (dialog), "cn-brief-job", job, brief_job_free);
  g_object_set_data (G_OBJECT (dialog), "cn-brief-print", GINT_TO_POINTER (print));
  g_signal_connect_object (dialog, "accepted", G_CALLBACK (brief_dialog_accepted_cb), self, 0);

  self->brief_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->brief_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_brief_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  open_brief_dialog (CN_WINDOW (widget), param, FALSE);
}

static void
print_brief_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  open_brief_dialog (CN_WINDOW (widget), param, TRUE);
}

/* The list as CSV */

static void
write_csv (CnWindow *self,
           GFile    *file,
           gpointer  data)
{
  GPtrArray *networks = data;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("only local files can be written"));
      report_write_error (self, _("The list could not be saved to “%s”: %s"), file, error);
      return;
    }
  bytes = cn_export_csv ((CnNetwork * const *) networks->pdata, networks->len, cn_export_default_language ());
  if (!cn_export_write_file (path, bytes, &error))
    {
      report_write_error (self, _("The list could not be saved to “%s”: %s"), file, error);
      return;
    }

  {
    g_autofree char *name = display_name (file);
    g_autofree char *message =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u network was saved to “%s”.",
                                    "%u networks were saved to “%s”.", networks->len),
                       networks->len, name);

    _cn_window_show_info (self, message);
  }
}

/* The networks the list shows, as searched (and filtered), in its order. */
static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);
  GListModel *model = G_LIST_MODEL (cn_ranked_selection_get_model (self->selection));
  guint n = g_list_model_get_n_items (model);
  GPtrArray *networks;
  GtkFileFilter *filters[2];

  if (n == 0)
    {
      cn_window_show_message (self, _("The list is empty: no network matches the search."));
      return;
    }

  networks = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (networks, g_list_model_get_item (model, i));

  filters[0] = filter_new (_("CSV table"), "text/csv", "*.csv");
  filters[1] = NULL;
  choose_file (self, "export-csv", GTK_FILE_CHOOSER_ACTION_SAVE, _("Export List as CSV"), _("_Export"),
               "climate-networks.csv", filters, write_csv, networks, (GDestroyNotify) g_ptr_array_unref);
}

/* The shortlist, to and from a colleague */

static void
write_shortlist (CnWindow *self,
                 GFile    *file,
                 gpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (file);
  g_autofree char *message = NULL;

  if (!cn_shortlist_export (self->shortlist, file, &error))
    {
      report_write_error (self, _("The shortlist could not be saved to “%s”: %s"), file, error);
      return;
    }
  message = g_strdup_printf (_("The shortlist was saved to “%s”."), name);
  _cn_window_show_info (self, message);
}

static void
export_shortlist_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);
  GtkFileFilter *filters[2] = { filter_new (_("Shortlist (JSON)"), "application/json", "*.json"), NULL };

  choose_file (self, "export-shortlist", GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Shortlist"), _("_Export"),
               "shortlist.json", filters, write_shortlist, NULL, NULL);
}

static void
read_shortlist (CnWindow *self,
                GFile    *file,
                gpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (file);
  g_autofree char *added_text = NULL;
  g_autofree char *kept_text = NULL;
  g_autofree char *message = NULL;
  guint added = 0, conflicts = 0;

  if (!cn_shortlist_import (self->shortlist, file, &added, &conflicts, &error))
    {
      report_write_error (self, _("The shortlist “%s” could not be imported: %s"), file, error);
      return;
    }

  added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", added), added);
  kept_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note kept side by side",
                                            "%u notes kept side by side", conflicts), conflicts);
  /* Translators: after an import: the file, then "2 added", then "1 note kept side by side" */
  message = g_strdup_printf (_("Imported “%s”: %s, %s."), name, added_text, kept_text);
  cn_shortlist_view_show_status (_cn_window_get_shortlist_view (self), message);
}

static void
import_shortlist_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  CnWindow *self = CN_WINDOW (widget);
  GtkFileFilter *filters[2] = { filter_new (_("Shortlist (JSON)"), "application/json", "*.json"), NULL };

  choose_file (self, "import-shortlist", GTK_FILE_CHOOSER_ACTION_OPEN, _("Import Shortlist"), _("_Import"),
               NULL, filters, read_shortlist, NULL, NULL);
}

void
_cn_window_class_export_init (GtkWidgetClass *widget_class)
{
  /* "as": the networks, in order; none: the network shown. */
  gtk_widget_class_install_action (widget_class, "win.export-brief", "as", export_brief_action);
  gtk_widget_class_install_action (widget_class, "win.print-brief", "as", print_brief_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-shortlist", NULL, export_shortlist_action);
  gtk_widget_class_install_action (widget_class, "win.import-shortlist", NULL, import_shortlist_action);
}
