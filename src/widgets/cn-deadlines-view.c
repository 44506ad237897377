/* cn-deadlines-view.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Deadlines view: every call, award edition and deadline of the
 * catalog, with its dates in words and where it stands today (open,
 * closing soon, upcoming, closed, date unknown: cn-deadlines.c), the ones
 * still open first. Each can be added to a calendar as an .ics file
 * (cn-export-ics.c), saved where the user chooses. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-clamp.h"
#include "cn-deadlines-view.h"
#include "cn-export.h"
#include "cn-export-i18n.h"
#include "cn-export-ics.h"
#include "cn-labels.h"
#include "cn-network.h"

struct _CnDeadlinesView
{
  GtkWidget   parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkLabel   *summary_label;
  GtkListBox *list;
  GtkButton  *add_all_button;

  CnCatalog  *catalog;
  GDateTime  *now;          /* NULL: today */
  GPtrArray  *calls;        /* CnCall, borrowed, in the order shown */
  GPtrArray  *rows;         /* GtkWidget, borrowed */
  GtkNativeDialog *chooser;
  int         chooser_index;
};

G_DEFINE_FINAL_TYPE (CnDeadlinesView, cn_deadlines_view, GTK_TYPE_WIDGET)

const char *
cn_deadline_status_label (CnDeadlineStatus status)
{
  switch (status)
    {
    case CN_DEADLINE_OPEN:         return C_("deadline", "Open");
    case CN_DEADLINE_CLOSING_SOON: return C_("deadline", "Closing soon");
    case CN_DEADLINE_UPCOMING:     return C_("deadline", "Upcoming");
    case CN_DEADLINE_CLOSED:       return C_("deadline", "Closed");
    case CN_DEADLINE_DATE_UNKNOWN:
    default:                       return C_("deadline", "Date unknown");
    }
}

static const char *
status_css_class (CnDeadlineStatus status)
{
  switch (status)
    {
    case CN_DEADLINE_OPEN:         return "open";
    case CN_DEADLINE_CLOSING_SOON: return "closing-soon";
    case CN_DEADLINE_UPCOMING:     return "upcoming";
    case CN_DEADLINE_CLOSED:       return "closed";
    case CN_DEADLINE_DATE_UNKNOWN:
    default:                       return "unknown";
    }
}

static const char *
kind_label (CnCallKind kind)
{
  switch (kind)
    {
    case CN_CALL_KIND_AWARD_EDITION: return C_("call kind", "Award edition");
    case CN_CALL_KIND_DEADLINE:      return C_("call kind", "Deadline");
    case CN_CALL_KIND_CALL:
    default:                         return C_("call kind", "Call");
    }
}

static GDateTime *
dup_now (CnDeadlinesView *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

static char *
dates_text (const CnCall *call)
{
  const char *language = cn_text_get_preferred_language ();
  g_autofree char *opens = call->opens ? cn_export_format_date (language, call->opens) : NULL;
  g_autofree char *closes = call->closes ? cn_export_format_date (language, call->closes) : NULL;

  if (opens != NULL && closes != NULL)
    /* Translators: both dates are long dates, e.g. "1 November 2026" */
    return g_strdup_printf (_("Opens %s, closes %s"), opens, closes);
  if (closes != NULL)
    return g_strdup_printf (_("Closes %s"), closes);
  if (opens != NULL)
    return g_strdup_printf (_("Opens %s; closing date unknown"), opens);
  return g_strdup (_("No dates known"));
}

/* Saving */

static gboolean
write_calls (CnDeadlinesView  *self,
             int               index,
             GFile            *file,
             GError          **error)
{
  g_autoptr(GBytes) contents = NULL;
  g_autofree char *path = g_file_get_path (file);

  if (index >= 0)
    {
      const CnCall *call = self->calls->pdata[index];

      contents = cn_export_ics (&call, 1, cn_text_get_preferred_language (), NULL);
    }
  else
    contents = cn_export_ics ((const CnCall * const *) self->calls->pdata, self->calls->len,
                              cn_text_get_preferred_language (), NULL);
  if (path == NULL)
    return g_file_replace_contents (file, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents), NULL,
                                    FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
  return cn_export_write_file (path, contents, error);
}

/**
 * cn_deadlines_view_write_ics:
 * @index: a call's place in the view, or -1 for every call
 *
 * What "Add to Calendar" saves, without the file chooser (tests).
 */
gboolean
cn_deadlines_view_write_ics (CnDeadlinesView  *self,
                             int               index,
                             GFile            *file,
                             GError          **error)
{
  g_return_val_if_fail (CN_IS_DEADLINES_VIEW (self), FALSE);
  g_return_val_if_fail (index < (int) self->calls->len, FALSE);
  return write_calls (self, index, file, error);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     CnDeadlinesView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (file != NULL && !write_calls (self, self->chooser_index, file, &error))
        {
          GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
          GtkWidget *message = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                       GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                                       "%s", _("The calendar file could not be saved"));

          gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (message), "%s", error->message);
          g_signal_connect (message, "response", G_CALLBACK (gtk_window_destroy), NULL);
          gtk_window_present (GTK_WINDOW (message));
        }
    }
  g_clear_object (&self->chooser);
}

static void
save_calls (CnDeadlinesView *self,
            int              index)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Add to Calendar"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: the file name suggested for a calendar file; keep .ics */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     index >= 0 ? _("deadline.ics") : _("deadlines.ics"));
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  self->chooser_index = index;
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (self->chooser);
}

static void
add_clicked_cb (GtkButton       *button,
                CnDeadlinesView *self)
{
  save_calls (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "cn-call-index")));
}

static void
add_all_clicked_cb (CnDeadlinesView *self)
{
  save_calls (self, -1);
}

/* Rows */

static GtkWidget *
row_new (CnDeadlinesView *self,
         const CnCall    *call,
         guint            index,
         GDateTime       *now)
{
  CnDeadlineStatus status = cn_call_get_status (call, now);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = cn_wrapped_label_new (cn_text_get (call->title));
  GtkWidget *pill = gtk_label_new (cn_deadline_status_label (status));
  g_autofree char *dates = dates_text (call);
  g_autofree char *line = g_strdup_printf ("%s · %s", kind_label (call->kind), dates);
  GtkWidget *dates_label = cn_wrapped_label_new (line);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *add = gtk_button_new_with_label (_("Add to Calendar…"));
  g_autofree char *add_name = g_strdup_printf (_("Add “%s” to a calendar"), cn_text_get (call->title));
  g_autofree char *row_name = g_strdup_printf ("%s, %s, %s", cn_text_get (call->title),
                                               cn_deadline_status_label (status), dates);
  int left = cn_call_days_left (call, now);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (pill, "deadline-status");
  gtk_widget_add_css_class (pill, status_css_class (status));
  gtk_widget_set_valign (pill, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (top), title);
  gtk_box_append (GTK_BOX (top), pill);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), dates_label);

  if (status == CN_DEADLINE_CLOSING_SOON || status == CN_DEADLINE_OPEN)
    {
      g_autofree char *days = left == 0 ? g_strdup (_("Closes today"))
                              : g_strdup_printf (ngettext ("%d day left", "%d days left", left), left);

      gtk_box_append (GTK_BOX (box), cn_wrapped_label_new (days));
    }

  if (call->network != NULL)
    gtk_box_append (GTK_BOX (bottom),
                    cn_link_button_new (cn_text_get (cn_network_get_name (call->network)), "win.select-network",
                                        g_variant_new_string (cn_network_get_id (call->network)),
                                        _("Show this network")));
  if (call->url != NULL)
    gtk_box_append (GTK_BOX (bottom),
                    cn_link_button_new (_("Call page"), "win.open-uri", g_variant_new_string (call->url), call->url));
  gtk_widget_set_hexpand (add, TRUE);
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_name, -1);
  /* A call without a date has nothing to put in a calendar. */
  gtk_widget_set_sensitive (add, call->opens != NULL || call->closes != NULL);
  g_object_set_data (G_OBJECT (add), "cn-call-index", GINT_TO_POINTER (index));
  g_signal_connect_object (add, "clicked", G_CALLBACK (add_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (bottom), add);
  gtk_box_append (GTK_BOX (box), bottom);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_name, -1);
  return row;
}

static void
rebuild (CnDeadlinesView *self)
{
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GPtrArray) all = NULL;
  GtkWidget *child;
  guint n_open = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->calls, g_ptr_array_unref);

  if (self->catalog == NULL)
    {
      self->calls = g_ptr_array_new ();
      return;
    }

  all = cn_catalog_dup_calls (self->catalog);
  self->calls = cn_deadlines_sort (all, now);
  for (guint i = 0; i < self->calls->len; i++)
    {
      const CnCall *call = self->calls->pdata[i];
      CnDeadlineStatus status = cn_call_get_status (call, now);
      GtkWidget *row = row_new (self, call, i, now);

      if (status == CN_DEADLINE_OPEN || status == CN_DEADLINE_CLOSING_SOON || status == CN_DEADLINE_UPCOMING)
        n_open++;
      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
    }

  {
    g_autofree char *summary = NULL;

    if (n_open == 0)
      summary = g_strdup_printf (ngettext ("No call is open or announced today. The %u dated call below is from the record, as last checked: each network announces its next round on its own site.",
                                           "No call is open or announced today. The %u calls below are from the records, as last checked: each network announces its next round on its own site.",
                                           self->calls->len), self->calls->len);
    else
      summary = g_strdup_printf (ngettext ("%u call is open or announced.", "%u calls are open or announced.", n_open),
                                 n_open);
    gtk_label_set_text (self->summary_label, summary);
  }
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_all_button), self->calls->len > 0);
}

static void
cn_deadlines_view_dispose (GObject *object)
{
  CnDeadlinesView *self = (CnDeadlinesView *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_DEADLINES_VIEW);
  g_clear_pointer (&self->calls, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cn_deadlines_view_parent_class)->dispose (object);
}

static void
cn_deadlines_view_class_init (CnDeadlinesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_deadlines_view_dispose;

  g_type_ensure (CN_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-deadlines-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CnDeadlinesView, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnDeadlinesView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CnDeadlinesView, list);
  gtk_widget_class_bind_template_child (widget_class, CnDeadlinesView, add_all_button);
  gtk_widget_class_bind_template_callback (widget_class, add_all_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cndeadlinesview");
}

static void
cn_deadlines_view_init (CnDeadlinesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->calls = g_ptr_array_new ();
}

GtkWidget *
cn_deadlines_view_new (void)
{
  return g_object_new (CN_TYPE_DEADLINES_VIEW, NULL);
}

void
cn_deadlines_view_set_catalog (CnDeadlinesView *self,
                               CnCatalog       *catalog)
{
  g_return_if_fail (CN_IS_DEADLINES_VIEW (self));

  if (g_set_object (&self->catalog, catalog))
    rebuild (self);
}

/**
 * cn_deadlines_view_set_now:
 * @now: (nullable): the day to compute the statuses against; %NULL for today
 */
void
cn_deadlines_view_set_now (CnDeadlinesView *self,
                           GDateTime       *now)
{
  g_return_if_fail (CN_IS_DEADLINES_VIEW (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;
  rebuild (self);
}

guint
cn_deadlines_view_get_n_calls (CnDeadlinesView *self)
{
  g_return_val_if_fail (CN_IS_DEADLINES_VIEW (self), 0);
  return self->calls->len;
}

const CnCall *
cn_deadlines_view_get_call (CnDeadlinesView *self,
                            guint            index)
{
  g_return_val_if_fail (CN_IS_DEADLINES_VIEW (self), NULL);
  g_return_val_if_fail (index < self->calls->len, NULL);
  return self->calls->pdata[index];
}

GtkWidget *
cn_deadlines_view_get_row (CnDeadlinesView *self,
                           guint            index)
{
  g_return_val_if_fail (CN_IS_DEADLINES_VIEW (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return self->rows->pdata[index];
}
