/* cn-shortlist-view.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Shortlist view: the networks the user starred, each with what to
 * know at a glance and the start of the user's note, and the ways out of
 * the app (a brief for the council, print, a file for a colleague).
 * A note on a network the dataset no longer has is shown as such, with
 * its text: the user's words are never dropped. The list is short (a
 * handful of networks), so it is a GtkListBox rebuilt when the shortlist
 * changes, and only while the view shows. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-clamp.h"
#include "cn-data-label.h"
#include "cn-shortlist-view.h"
#include "cn-widget-util.h"

/* Lines of a note shown in the list. */
#define NOTE_LINES 3

struct _CnShortlistView
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkButton   *export_brief_button;
  GtkButton   *print_button;
  GtkLabel    *status_label;
  GtkStack    *stack;
  GtkLabel    *count_label;
  GtkListBox  *list_box;

  /* Owned references */
  CnCatalog   *catalog;
  CnShortlist *shortlist;

  gboolean     stale;      /* the shortlist changed while the view was hidden */
};

G_DEFINE_FINAL_TYPE (CnShortlistView, cn_shortlist_view, GTK_TYPE_WIDGET)

static const char *
eligibility_glance (CnIsraelEligibility eligibility)
{
  switch (eligibility)
    {
    case CN_ISRAEL_ELIGIBILITY_YES:
      return _("Israeli authorities can join");
    case CN_ISRAEL_ELIGIBILITY_NO:
      return _("Israeli authorities cannot join directly");
    case CN_ISRAEL_ELIGIBILITY_PARTLY:
      return _("Israeli authorities can partly take part");
    case CN_ISRAEL_ELIGIBILITY_UNCLEAR:
      return _("Israeli eligibility not confirmed");
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
fee_glance (CnFeeStatus fee)
{
  switch (fee)
    {
    case CN_FEE_NONE:
      return _("Free to take part");
    case CN_FEE_PAID:
      return _("Has a fee");
    case CN_FEE_UNKNOWN:
      return _("Cost not stated");
    case CN_FEE_NOT_APPLICABLE:
      /* Translators: the fee question does not arise: local authorities cannot take part */
      return _("Fee not applicable");
    default:
      g_return_val_if_reached ("");
    }
}

/* The first lines of a note, for the list. */
static char *
note_start (const char *note)
{
  g_auto(GStrv) lines = g_strsplit (note, "\n", NOTE_LINES + 1);
  guint n = g_strv_length (lines);

  if (n > NOTE_LINES)
    {
      g_free (lines[NOTE_LINES]);
      lines[NOTE_LINES] = g_strdup ("…");
    }
  return g_strjoinv ("\n", lines);
}

static GtkWidget *
line_label_new (const char *text,
                const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "use-markup", FALSE,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
row_new (CnShortlistView *self,
         const char      *id,
         CnNetwork       *network)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *name_label = line_label_new (NULL, "heading");
  const char *note = cn_shortlist_get_note (self->shortlist, id);
  gboolean starred = cn_shortlist_is_starred (self->shortlist, id);
  g_autofree char *glance = NULL;
  g_autofree char *description = NULL;
  g_autofree char *excerpt = NULL;
  const char *name;

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (text), name_label);

  if (network != NULL)
    {
      name = cn_text_get (cn_network_get_name (network));
      cn_label_set_data_text (GTK_LABEL (name_label), cn_network_get_name (network));
      glance = g_strdup_printf ("%s · %s", eligibility_glance (cn_network_get_israel_eligibility (network)),
                                fee_glance (cn_network_get_fee_status (network)));
      /* Opens the network in the Networks view. */
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (id));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.select-network");
      cn_widget_set_tooltip_text (row, _("Show this network"));
    }
  else
    {
      /* The id is all that is left of it: shown as the user's file has it. */
      name = id;
      gtk_label_set_text (GTK_LABEL (name_label), id);
      glance = g_strdup (_("No longer in the dataset"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
    }
  gtk_box_append (GTK_BOX (text), line_label_new (glance, "dim-label"));

  if (note[0] != '\0')
    {
      GtkWidget *note_label;

      excerpt = note_start (note);
      note_label = line_label_new (excerpt, "note-excerpt");
      gtk_label_set_lines (GTK_LABEL (note_label), NOTE_LINES + 1);
      gtk_label_set_ellipsize (GTK_LABEL (note_label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (text), note_label);
    }

  if (starred)
    {
      GtkWidget *star = gtk_button_new_from_icon_name ("starred-symbolic");
      /* Translators: a button's name for screen readers; %s is a network */
      g_autofree char *label = g_strdup_printf (_("Remove %s from Shortlist"), name);

      gtk_widget_set_valign (star, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (star, "flat");
      gtk_widget_add_css_class (star, "circular");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (star), g_variant_new_string (id));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (star), "win.toggle-shortlist");
      gtk_accessible_update_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      cn_widget_set_tooltip_text (star, _("Remove from Shortlist"));
      gtk_box_append (GTK_BOX (box), star);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  description = excerpt != NULL ? g_strdup_printf ("%s. %s", glance, excerpt) : g_strdup (glance);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  return row;
}

/* The shortlist's ids in the order shown: the starred ones as they were
 * starred, then notes on networks the dataset no longer has. */
static GPtrArray *
shown_ids (CnShortlistView *self)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) starred = NULL;
  g_auto(GStrv) noted = NULL;

  if (self->shortlist == NULL)
    return ids;
  starred = cn_shortlist_dup_starred (self->shortlist);
  noted = cn_shortlist_dup_noted (self->shortlist);
  for (guint i = 0; starred[i] != NULL; i++)
    g_ptr_array_add (ids, g_strdup (starred[i]));
  for (guint i = 0; noted[i] != NULL; i++)
    if (!cn_shortlist_is_starred (self->shortlist, noted[i]) &&
        (self->catalog == NULL || cn_catalog_find_network (self->catalog, noted[i]) == NULL))
      g_ptr_array_add (ids, g_strdup (noted[i]));
  return ids;
}

/**
 * cn_shortlist_view_dup_network_ids:
 *
 * Returns: (transfer full): the starred networks the dataset has, in order:
 *   what a brief of the shortlist covers
 */
char **
cn_shortlist_view_dup_network_ids (CnShortlistView *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  g_auto(GStrv) starred = NULL;
  char **ids;

  g_return_val_if_fail (CN_IS_SHORTLIST_VIEW (self), NULL);

  starred = self->shortlist ? cn_shortlist_dup_starred (self->shortlist) : g_new0 (char *, 1);
  for (guint i = 0; starred[i] != NULL; i++)
    if (self->catalog != NULL && cn_catalog_find_network (self->catalog, starred[i]) != NULL)
      g_strv_builder_add (builder, starred[i]);
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

static void
rebuild (CnShortlistView *self)
{
  g_autoptr(GPtrArray) ids = shown_ids (self);
  g_auto(GStrv) brief_ids = cn_shortlist_view_dup_network_ids (self);
  guint n_brief = g_strv_length (brief_ids);
  g_autofree char *count = NULL;

  self->stale = FALSE;
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)));)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      CnNetwork *network = self->catalog ? cn_catalog_find_network (self->catalog, id) : NULL;

      gtk_list_box_append (self->list_box, row_new (self, id, network));
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u network on your shortlist",
                                        "%u networks on your shortlist", n_brief), n_brief);
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, ids->len > 0 ? "list" : "empty");
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_brief_button), n_brief > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), n_brief > 0);
}

/* A hidden view is rebuilt when it next shows: typing a note in the
 * Networks view changes the shortlist at every key. */
static void
shortlist_changed_cb (CnShortlistView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->stale = TRUE;
}

static void
cn_shortlist_view_map (GtkWidget *widget)
{
  CnShortlistView *self = CN_SHORTLIST_VIEW (widget);

  if (self->stale)
    rebuild (self);
  GTK_WIDGET_CLASS (cn_shortlist_view_parent_class)->map (widget);
}

static void
activate_with_ids (CnShortlistView *self,
                   const char      *action)
{
  g_auto(GStrv) ids = cn_shortlist_view_dup_network_ids (self);

  if (ids[0] != NULL)
    {
      /* Sunk and released here: GTK 4.8 does not consume a floating
       * parameter of a widget class action. */
      g_autoptr(GVariant) param = g_variant_ref_sink (g_variant_new_strv ((const char * const *) ids, -1));

      gtk_widget_activate_action_variant (GTK_WIDGET (self), action, param);
    }
}

static void
export_brief_clicked_cb (CnShortlistView *self)
{
  activate_with_ids (self, "win.export-brief");
}

static void
print_clicked_cb (CnShortlistView *self)
{
  activate_with_ids (self, "win.print-brief");
}

static void
cn_shortlist_view_dispose (GObject *object)
{
  CnShortlistView *self = CN_SHORTLIST_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_SHORTLIST_VIEW);
  /* Children the template does not bind are ours to unparent. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  g_clear_object (&self->catalog);
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_clear_object (&self->shortlist);

  G_OBJECT_CLASS (cn_shortlist_view_parent_class)->dispose (object);
}

static void
cn_shortlist_view_class_init (CnShortlistViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_shortlist_view_dispose;
  widget_class->map = cn_shortlist_view_map;

  g_type_ensure (CN_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-shortlist-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CnShortlistView, export_brief_button);
  gtk_widget_class_bind_template_child (widget_class, CnShortlistView, print_button);
  gtk_widget_class_bind_template_child (widget_class, CnShortlistView, status_label);
  gtk_widget_class_bind_template_child (widget_class, CnShortlistView, stack);
  gtk_widget_class_bind_template_child (widget_class, CnShortlistView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CnShortlistView, list_box);
  gtk_widget_class_bind_template_callback (widget_class, export_brief_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnshortlistview");
}

static void
cn_shortlist_view_init (CnShortlistView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Untitled pages would be "GtkStackPage" to a screen reader. */
  cn_stack_name_pages (self->stack, "list", _("Your shortlist"), "empty", _("Your shortlist is empty"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->count_label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  self->stale = TRUE;
}

GtkWidget *
cn_shortlist_view_new (void)
{
  return g_object_new (CN_TYPE_SHORTLIST_VIEW, NULL);
}

void
cn_shortlist_view_set_catalog (CnShortlistView *self,
                               CnCatalog       *catalog)
{
  g_return_if_fail (CN_IS_SHORTLIST_VIEW (self));

  if (g_set_object (&self->catalog, catalog))
    shortlist_changed_cb (self);
}

void
cn_shortlist_view_set_shortlist (CnShortlistView *self,
                                 CnShortlist     *shortlist)
{
  g_return_if_fail (CN_IS_SHORTLIST_VIEW (self));

  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  if (!g_set_object (&self->shortlist, shortlist))
    return;
  if (shortlist != NULL)
    g_signal_connect_object (shortlist, "changed", G_CALLBACK (shortlist_changed_cb), self, G_CONNECT_SWAPPED);
  shortlist_changed_cb (self);
}

/**
 * cn_shortlist_view_show_status:
 * @text: (nullable): plain text, such as what an import brought in
 */
void
cn_shortlist_view_show_status (CnShortlistView *self,
                               const char      *text)
{
  g_return_if_fail (CN_IS_SHORTLIST_VIEW (self));

  gtk_label_set_text (self->status_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL && text[0] != '\0');
}

/* The rows, up to date (for the tests). */
GtkListBox *
cn_shortlist_view_get_list_box (CnShortlistView *self)
{
  g_return_val_if_fail (CN_IS_SHORTLIST_VIEW (self), NULL);

  if (self->stale)
    rebuild (self);
  return self->list_box;
}

gboolean
cn_shortlist_view_is_empty (CnShortlistView *self)
{
  g_return_val_if_fail (CN_IS_SHORTLIST_VIEW (self), TRUE);

  if (self->stale)
    rebuild (self);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}
