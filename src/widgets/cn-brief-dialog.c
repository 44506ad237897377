/* cn-brief-dialog.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Asks what goes on a council brief's title page before it is saved or
 * printed: its title, the local authority it is for and its language.
 * The window remembers the authority (see cn-window-export.c). */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-brief-dialog.h"
#include "cn-widget-util.h"
#include "cn-export-i18n.h"

/* The languages a brief can be written in, in the drop-down's order. */
static const char * const languages[] = CN_EXPORT_LANGUAGES;

struct _CnBriefDialog
{
  GtkWindow    parent_instance;

  /* Template widgets */
  GtkButton   *accept_button;
  GtkLabel    *summary_label;
  GtkEntry    *title_entry;
  GtkEntry    *authority_entry;
  GtkDropDown *language_dropdown;
};

G_DEFINE_FINAL_TYPE (CnBriefDialog, cn_brief_dialog, GTK_TYPE_WINDOW)

enum {
  ACCEPTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  cn_brief_dialog_accept (CN_BRIEF_DIALOG (widget));
}

/**
 * cn_brief_dialog_accept:
 *
 * Emits "accepted" with the choices as they are, then closes the dialog.
 */
void
cn_brief_dialog_accept (CnBriefDialog *self)
{
  g_return_if_fail (CN_IS_BRIEF_DIALOG (self));

  g_object_ref (self);
  g_signal_emit (self, signals[ACCEPTED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
cn_brief_dialog_class_init (CnBriefDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* The user chose to go on: read the choices with the getters. */
  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-brief-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CnBriefDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, CnBriefDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CnBriefDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, CnBriefDialog, authority_entry);
  gtk_widget_class_bind_template_child (widget_class, CnBriefDialog, language_dropdown);

  gtk_widget_class_install_action (widget_class, "brief.accept", NULL, accept_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cn_brief_dialog_init (CnBriefDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cn_brief_dialog_new:
 * @print: whether the brief is printed (else saved to a file)
 * @n_networks: how many networks it covers
 */
CnBriefDialog *
cn_brief_dialog_new (GtkWindow *parent,
                     gboolean   print,
                     guint      n_networks)
{
  CnBriefDialog *self = g_object_new (CN_TYPE_BRIEF_DIALOG, "transient-for", parent, NULL);
  g_autofree char *summary = NULL;

  gtk_button_set_label (self->accept_button, print ? _("_Print…") : _("_Export…"));
  /* Else GTK 4.8 names them "_Label Label" once they change. */
  cn_widget_name_mnemonic_buttons (GTK_WIDGET (self));
  gtk_window_set_title (GTK_WINDOW (self), print ? _("Print Brief") : _("Export Brief"));
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "A brief for your council on %u network: what it is, who may join, "
                                          "what it costs and gives, and its sources.",
                                          "A brief for your council on %u networks: what each is, who may join, "
                                          "what they cost and give, and their sources.",
                                          n_networks),
                             n_networks);
  gtk_label_set_text (self->summary_label, summary);
  return self;
}

const char *
cn_brief_dialog_get_title (CnBriefDialog *self)
{
  g_return_val_if_fail (CN_IS_BRIEF_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->title_entry));
}

void
cn_brief_dialog_set_title (CnBriefDialog *self,
                           const char    *title)
{
  g_return_if_fail (CN_IS_BRIEF_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), title ? title : "");
}

const char *
cn_brief_dialog_get_authority (CnBriefDialog *self)
{
  g_return_val_if_fail (CN_IS_BRIEF_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->authority_entry));
}

void
cn_brief_dialog_set_authority (CnBriefDialog *self,
                               const char    *authority)
{
  g_return_if_fail (CN_IS_BRIEF_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->authority_entry), authority ? authority : "");
}

/* "en", "he" or "ar". */
const char *
cn_brief_dialog_get_language (CnBriefDialog *self)
{
  guint selected;

  g_return_val_if_fail (CN_IS_BRIEF_DIALOG (self), NULL);

  selected = gtk_drop_down_get_selected (self->language_dropdown);
  return selected < G_N_ELEMENTS (languages) ? languages[selected] : languages[0];
}

void
cn_brief_dialog_set_language (CnBriefDialog *self,
                              const char    *language)
{
  g_return_if_fail (CN_IS_BRIEF_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (language, languages[i]) == 0)
      gtk_drop_down_set_selected (self->language_dropdown, i);
}
