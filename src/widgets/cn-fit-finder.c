/* cn-fit-finder.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Which networks fit us?": a short questionnaire, then every network
 * ranked by cn_fit_rank() with, for each, why it fits, what rules it out,
 * what to weigh and what the record does not confirm. The answers are kept
 * in the settings for next time.
 *
 * A window of its own (beside the main window, which stays usable), so its
 * buttons reach the main window's actions through the fit.* actions below,
 * which forward to the window it belongs to: open a network, add it to the
 * shortlist (win.toggle-shortlist), export a brief (win.export-brief). A
 * window without one of them ignores it. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-benefit.h"
#include "cn-clamp.h"
#include "cn-fit-finder.h"
#include "cn-widget-util.h"
#include "cn-labels.h"
#include "cn-network.h"

struct _CnFitFinder
{
  GtkWindow    parent_instance;

  /* Template widgets */
  GtkStack       *pages;
  GtkSpinButton  *population_spin;
  GtkDropDown    *region_dropdown;
  GtkDropDown    *authority_dropdown;
  GtkDropDown    *fee_dropdown;
  GtkDropDown    *staff_dropdown;
  GtkBox         *benefits_box;
  GtkGrid        *themes_box;
  GtkLabel       *results_summary;
  GtkListBox     *results_list;

  CnCatalog   *catalog;
  GSettings   *settings;
  GtkWindow   *main_window; /* weak: where the actions go */
  GPtrArray   *theme_checks;    /* GtkCheckButton, data "cn-id" */
  GPtrArray   *benefit_checks;
  GPtrArray   *authority_ids;   /* char*, the dropdown's order */
  GPtrArray   *results;         /* CnFitResult */
  GPtrArray   *rows;
};

G_DEFINE_FINAL_TYPE (CnFitFinder, cn_fit_finder, GTK_TYPE_WINDOW)

/* Questions */

static GtkWidget *
check_new (const char *label,
           const char *id)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  g_object_set_data_full (G_OBJECT (check), "cn-id", g_strdup (id), g_free);
  gtk_widget_set_hexpand (check, TRUE);
  /* Long names wrap instead of widening the window. */
  {
    GtkWidget *child = gtk_widget_get_last_child (check);

    if (GTK_IS_LABEL (child))
      {
        gtk_label_set_wrap (GTK_LABEL (child), TRUE);
        gtk_label_set_xalign (GTK_LABEL (child), 0);
      }
  }
  return check;
}

static void
build_questions (CnFitFinder *self)
{
  GListModel *benefits = cn_catalog_get_benefits (self->catalog);
  const CnTerm * const *terms;
  g_autoptr(GtkStringList) authority_names = gtk_string_list_new (NULL);
  guint n;

  for (guint i = 0; i < g_list_model_get_n_items (benefits); i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);
      GtkWidget *check = check_new (cn_text_get (cn_benefit_get_title (benefit)), cn_benefit_get_id (benefit));

      gtk_box_append (self->benefits_box, check);
      g_ptr_array_add (self->benefit_checks, check);
    }

  terms = cn_catalog_get_vocabulary (self->catalog, CN_VOCABULARY_THEMES, &n);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *check = check_new (cn_text_get (terms[i]->label), terms[i]->id);

      /* Two columns, filled row by row (mirrored in Hebrew by the grid). */
      gtk_grid_attach (self->themes_box, check, i % 2, i / 2, 1, 1);
      g_ptr_array_add (self->theme_checks, check);
    }

  /* Translators: the kind of authority, when the user does not say */
  gtk_string_list_append (authority_names, _("Not saying"));
  g_ptr_array_add (self->authority_ids, g_strdup (""));
  terms = cn_catalog_get_vocabulary (self->catalog, CN_VOCABULARY_AUTHORITY_TYPES, &n);
  for (guint i = 0; i < n; i++)
    {
      gtk_string_list_append (authority_names, cn_text_get (terms[i]->label));
      g_ptr_array_add (self->authority_ids, g_strdup (terms[i]->id));
    }
  gtk_drop_down_set_model (self->authority_dropdown, G_LIST_MODEL (authority_names));
}

static void
set_checks (GPtrArray          *checks,
            const char * const *ids)
{
  for (guint i = 0; i < checks->len; i++)
    gtk_check_button_set_active (checks->pdata[i],
                                 g_strv_contains (ids, g_object_get_data (checks->pdata[i], "cn-id")));
}

static char **
dup_checked (GPtrArray *checks)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (checks->pdata[i]))
      g_strv_builder_add (builder, g_object_get_data (checks->pdata[i], "cn-id"));
  return g_strv_builder_end (builder);
}

static void
load_answers (CnFitFinder *self)
{
  g_auto(GStrv) themes = NULL;
  g_auto(GStrv) benefits = NULL;
  g_autofree char *region = NULL;
  g_autofree char *fee = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *authority = NULL;
  CnFitRegion r;
  CnFitFee f;
  CnFitStaff s;

  /* The defaults are the schema's; its choices are the only values the
   * keys can hold, so every one of them reads back. */
  gtk_spin_button_set_value (self->population_spin, g_settings_get_int (self->settings, "fit-population"));
  region = g_settings_get_string (self->settings, "fit-region");
  if (cn_fit_region_from_string (region, &r))
    gtk_drop_down_set_selected (self->region_dropdown, r);
  fee = g_settings_get_string (self->settings, "fit-fee");
  if (cn_fit_fee_from_string (fee, &f))
    gtk_drop_down_set_selected (self->fee_dropdown, f);
  staff = g_settings_get_string (self->settings, "fit-staff");
  if (cn_fit_staff_from_string (staff, &s))
    gtk_drop_down_set_selected (self->staff_dropdown, s);
  authority = g_settings_get_string (self->settings, "fit-authority-type");
  for (guint i = 0; i < self->authority_ids->len; i++)
    if (g_strcmp0 (self->authority_ids->pdata[i], authority) == 0)
      gtk_drop_down_set_selected (self->authority_dropdown, i);
  themes = g_settings_get_strv (self->settings, "fit-themes");
  set_checks (self->theme_checks, (const char * const *) themes);
  benefits = g_settings_get_strv (self->settings, "fit-benefits");
  set_checks (self->benefit_checks, (const char * const *) benefits);
}

static const char *
selected_authority (CnFitFinder *self)
{
  guint selected = gtk_drop_down_get_selected (self->authority_dropdown);

  if (selected >= self->authority_ids->len)
    return "";
  return self->authority_ids->pdata[selected];
}

static void
save_answers (CnFitFinder        *self,
              const CnFitAnswers *answers)
{
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "fit-population", answers->population);
  g_settings_set_string (self->settings, "fit-region", cn_fit_region_to_string (answers->region));
  g_settings_set_string (self->settings, "fit-fee", cn_fit_fee_to_string (answers->can_pay_fee));
  g_settings_set_string (self->settings, "fit-staff", cn_fit_staff_to_string (answers->staff_time));
  g_settings_set_string (self->settings, "fit-authority-type", selected_authority (self));
  g_settings_set_strv (self->settings, "fit-themes", answers->themes);
  g_settings_set_strv (self->settings, "fit-benefits", answers->benefits);
  g_settings_apply (self->settings);
}

/* Results */

static GtkWidget *
note_group_new (const char *heading,
                const char *marker,
                const char *css_class,
                GArray     *notes,
                CnFitNoteKind kind)
{
  GtkWidget *box = NULL;

  for (guint i = 0; i < notes->len; i++)
    {
      const CnFitNote *note = &g_array_index (notes, CnFitNote, i);
      g_autofree char *line = NULL;
      GtkWidget *label;

      if (note->kind != kind)
        continue;
      if (box == NULL)
        {
          GtkWidget *title = cn_wrapped_label_new (heading);

          box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          gtk_widget_add_css_class (title, "heading");
          gtk_box_append (GTK_BOX (box), title);
        }
      /* The marker is a word's shape, the heading says it in words: not
       * colour alone. */
      line = g_strdup_printf ("%s %s", marker, note->text);
      label = cn_wrapped_label_new (line);
      gtk_widget_add_css_class (label, "fit-note");
      gtk_widget_add_css_class (label, css_class);
      gtk_widget_set_margin_start (label, 12);
      gtk_box_append (GTK_BOX (box), label);
      if (note->detail != NULL)
        {
          GtkWidget *detail = cn_body_label_new (note->detail);

          gtk_widget_set_margin_start (detail, 28);
          gtk_widget_add_css_class (detail, "dim-label");
          gtk_box_append (GTK_BOX (box), detail);
        }
    }
  return box;
}

static const char *
verdict_of (const CnFitResult *result)
{
  if (result->blocked)
    return _("Ruled out");
  if (cn_fit_result_is_fit (result))
    return _("Fits");
  return _("No confirmed match");
}

static GtkWidget *
result_row_new (CnFitFinder       *self,
                const CnFitResult *result,
                guint              rank)
{
  CnNetwork *network = result->network;
  const char *id = cn_network_get_id (network);
  const char *name = cn_text_get (cn_network_get_name (network));
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = cn_heading_new (name, 2);
  const char *verdict = verdict_of (result);
  GtkWidget *pill = gtk_label_new (verdict);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *open = gtk_button_new_with_label (_("Open"));
  GtkWidget *shortlist = gtk_button_new_with_label (_("Add to Shortlist"));
  GtkWidget *brief = gtk_button_new_with_label (_("Export Brief…"));
  g_autofree char *score = NULL;
  g_autofree char *row_name = NULL;
  g_autofree char *open_name = g_strdup_printf (_("Open %s"), name);
  g_autofree char *shortlist_name = g_strdup_printf (_("Add %s to the shortlist"), name);
  g_autofree char *brief_name = g_strdup_printf (_("Export a brief on %s"), name);
  const char *ids[] = { id, NULL };
  GtkWidget *group;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (pill, "status-pill");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), title);
  gtk_box_append (GTK_BOX (top), pill);
  gtk_box_append (GTK_BOX (box), top);

  if (!result->blocked)
    {
      score = g_strdup_printf (ngettext ("%d point", "%d points", result->score), result->score);
      gtk_box_append (GTK_BOX (box), cn_wrapped_label_new (score));
    }

  /* Translators: headings over a fit finder result's notes */
  if ((group = note_group_new (_("Why it fits"), "✓", "reason", result->notes, CN_FIT_NOTE_REASON)))
    gtk_box_append (GTK_BOX (box), group);
  if ((group = note_group_new (_("What rules it out"), "✗", "blocker", result->notes, CN_FIT_NOTE_BLOCKER)))
    gtk_box_append (GTK_BOX (box), group);
  if ((group = note_group_new (_("To weigh"), "!", "caution", result->notes, CN_FIT_NOTE_CAUTION)))
    gtk_box_append (GTK_BOX (box), group);
  if ((group = note_group_new (_("Not confirmed"), "?", "unknown", result->notes, CN_FIT_NOTE_UNKNOWN)))
    gtk_box_append (GTK_BOX (box), group);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "fit.open-network");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (open), g_variant_new_string (id));
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, open_name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (shortlist), "fit.toggle-shortlist");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (shortlist), g_variant_new_string (id));
  gtk_accessible_update_property (GTK_ACCESSIBLE (shortlist), GTK_ACCESSIBLE_PROPERTY_LABEL, shortlist_name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (brief), "fit.export-brief");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (brief), g_variant_new_strv (ids, 1));
  gtk_accessible_update_property (GTK_ACCESSIBLE (brief), GTK_ACCESSIBLE_PROPERTY_LABEL, brief_name, -1);
  gtk_box_append (GTK_BOX (buttons), open);
  gtk_box_append (GTK_BOX (buttons), shortlist);
  gtk_box_append (GTK_BOX (buttons), brief);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  /* Translators: a result's name for screen readers: its rank, the network, the verdict */
  row_name = g_strdup_printf (_("%u. %s: %s"), rank, name, verdict);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_name, -1);
  return row;
}

void
cn_fit_finder_show_results (CnFitFinder *self)
{
  g_auto(GStrv) themes = dup_checked (self->theme_checks);
  g_auto(GStrv) benefits = dup_checked (self->benefit_checks);
  const char *authority = selected_authority (self);
  CnFitAnswers answers = {
    .population = gtk_spin_button_get_value_as_int (self->population_spin),
    .region = MIN (gtk_drop_down_get_selected (self->region_dropdown), CN_FIT_REGION_ELSEWHERE),
    .authority_type = authority[0] != '\0' ? authority : NULL,
    .themes = (const char * const *) themes,
    .benefits = (const char * const *) benefits,
    .can_pay_fee = MIN (gtk_drop_down_get_selected (self->fee_dropdown), CN_FIT_FEE_NO),
    .staff_time = MIN (gtk_drop_down_get_selected (self->staff_dropdown), CN_FIT_STAFF_HIGH),
  };
  GtkWidget *child;
  guint n_fits = 0;

  g_return_if_fail (CN_IS_FIT_FINDER (self));

  save_answers (self, &answers);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  self->results = cn_fit_rank (self->catalog, &answers);
  for (guint i = 0; i < self->results->len; i++)
    {
      const CnFitResult *result = self->results->pdata[i];
      GtkWidget *row = result_row_new (self, result, i + 1);

      if (cn_fit_result_is_fit (result))
        n_fits++;
      gtk_list_box_append (self->results_list, row);
      g_ptr_array_add (self->rows, row);
    }

  {
    g_autofree char *summary =
      g_strdup_printf (ngettext ("%u network fits what you told us, by what the records confirm.",
                                 "%u networks fit what you told us, by what the records confirm.", n_fits),
                       n_fits);

    gtk_label_set_text (self->results_summary, summary);
  }
  gtk_stack_set_visible_child_name (self->pages, "results");
  gtk_widget_grab_focus (GTK_WIDGET (self->results_list));
}

void
cn_fit_finder_show_questions (CnFitFinder *self)
{
  g_return_if_fail (CN_IS_FIT_FINDER (self));

  gtk_stack_set_visible_child_name (self->pages, "questions");
  gtk_widget_grab_focus (GTK_WIDGET (self->population_spin));
}

static void
show_results_cb (CnFitFinder *self)
{
  cn_fit_finder_show_results (self);
}

static void
show_questions_cb (CnFitFinder *self)
{
  cn_fit_finder_show_questions (self);
}

/* Actions: forwarded to the main window. */

static void
forward (CnFitFinder *self,
         const char  *action,
         GVariant    *param)
{
  if (self->main_window == NULL)
    return;
  /* FALSE (and nothing else) when the window has no such action. */
  if (!gtk_widget_activate_action_variant (GTK_WIDGET (self->main_window), action, param))
    g_debug ("The window has no action %s", action);
}

static void
open_network_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  CnFitFinder *self = CN_FIT_FINDER (widget);

  forward (self, "win.select-network", param);
  if (self->main_window != NULL)
    gtk_window_present (self->main_window);
}

static void
toggle_shortlist_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  forward (CN_FIT_FINDER (widget), "win.toggle-shortlist", param);
}

static void
export_brief_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  forward (CN_FIT_FINDER (widget), "win.export-brief", param);
}

static void
cn_fit_finder_dispose (GObject *object)
{
  CnFitFinder *self = (CnFitFinder *)object;

  if (self->main_window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->main_window), (gpointer *) &self->main_window);
  self->main_window = NULL;
  /* No gtk_widget_dispose_template(): GtkWindow unparents its own child,
   * and would find it gone. */
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->theme_checks, g_ptr_array_unref);
  g_clear_pointer (&self->benefit_checks, g_ptr_array_unref);
  g_clear_pointer (&self->authority_ids, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cn_fit_finder_parent_class)->dispose (object);
}

static void
cn_fit_finder_class_init (CnFitFinderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_fit_finder_dispose;

  g_type_ensure (CN_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-fit-finder.ui");
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, pages);
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, population_spin);
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, authority_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, fee_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, staff_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, benefits_box);
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, themes_box);
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, results_summary);
  gtk_widget_class_bind_template_child (widget_class, CnFitFinder, results_list);
  gtk_widget_class_bind_template_callback (widget_class, show_results_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_questions_cb);

  gtk_widget_class_install_action (widget_class, "fit.open-network", "s", open_network_action);
  gtk_widget_class_install_action (widget_class, "fit.toggle-shortlist", "s", toggle_shortlist_action);
  gtk_widget_class_install_action (widget_class, "fit.export-brief", "as", export_brief_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cn_fit_finder_init (CnFitFinder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Else GTK 4.8 names them "_Label Label" once they change. */
  cn_widget_name_mnemonic_buttons (GTK_WIDGET (self));
  /* Untitled pages would be "GtkStackPage" to a screen reader. */
  cn_stack_name_pages (self->pages, "questions", _("Questions"), "results", _("Results"), NULL);
  self->theme_checks = g_ptr_array_new ();
  self->benefit_checks = g_ptr_array_new ();
  self->authority_ids = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new ();
}

/**
 * cn_fit_finder_new:
 * @parent: the main window: the finder sits above it and its buttons act
 *   on it
 * @settings: where the answers are kept (the application's settings)
 */
CnFitFinder *
cn_fit_finder_new (GtkWindow *parent,
                   CnCatalog *catalog,
                   GSettings *settings)
{
  CnFitFinder *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CN_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CN_TYPE_FIT_FINDER,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
  self->main_window = parent;
  g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->main_window);
  self->catalog = g_object_ref (catalog);
  self->settings = g_object_ref (settings);
  build_questions (self);
  load_answers (self);
  return self;
}

gboolean
cn_fit_finder_get_showing_results (CnFitFinder *self)
{
  g_return_val_if_fail (CN_IS_FIT_FINDER (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), "results") == 0;
}

/**
 * cn_fit_finder_get_results:
 *
 * Returns: (transfer none) (nullable) (element-type CnFitResult): the
 *   results shown, best first
 */
GPtrArray *
cn_fit_finder_get_results (CnFitFinder *self)
{
  g_return_val_if_fail (CN_IS_FIT_FINDER (self), NULL);
  return self->results;
}

GtkWidget *
cn_fit_finder_get_result_row (CnFitFinder *self,
                              guint        index)
{
  g_return_val_if_fail (CN_IS_FIT_FINDER (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return self->rows->pdata[index];
}
