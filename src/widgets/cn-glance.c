/* cn-glance.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "At a glance": the four answers an authority looks for first, under a
 * record's summary: can an Israeli local authority join, what it costs,
 * whether the network still runs, and when the record was last checked
 * (with a discreet mark when that was long ago). Each answer is in words;
 * the eligibility has an icon too, never colour alone. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-data-label.h"
#include "cn-dates.h"
#include "cn-glance.h"
#include "cn-pills.h"
#include "cn-widget-util.h"

struct _CnGlance
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkGrid   *grid;
  GtkImage  *eligibility_icon;
  GtkLabel  *eligibility_label;
  GtkLabel  *cost_label;
  GtkLabel  *status_label;
  GtkLabel  *checked_label;
  GtkLabel  *stale_label;
};

G_DEFINE_FINAL_TYPE (CnGlance, cn_glance, GTK_TYPE_WIDGET)

/**
 * cn_glance_eligibility_word:
 *
 * Returns: the one-word answer to "can an Israeli local authority join?"
 */
const char *
cn_glance_eligibility_word (CnIsraelEligibility eligibility)
{
  switch (eligibility)
    {
    case CN_ISRAEL_ELIGIBILITY_YES:
      /* Translators: can an Israeli local authority join? */
      return C_("eligibility", "Yes");
    case CN_ISRAEL_ELIGIBILITY_PARTLY:
      return C_("eligibility", "Partly");
    case CN_ISRAEL_ELIGIBILITY_NO:
      return C_("eligibility", "No");
    case CN_ISRAEL_ELIGIBILITY_UNCLEAR:
    default:
      return C_("eligibility", "Not confirmed");
    }
}

/* A shape for each answer, so that it reads without colour as well. */
const char *
cn_glance_eligibility_icon (CnIsraelEligibility eligibility)
{
  switch (eligibility)
    {
    case CN_ISRAEL_ELIGIBILITY_YES:
      return "emblem-ok-symbolic";
    case CN_ISRAEL_ELIGIBILITY_PARTLY:
      return "emblem-important-symbolic";
    case CN_ISRAEL_ELIGIBILITY_NO:
      return "action-unavailable-symbolic";
    case CN_ISRAEL_ELIGIBILITY_UNCLEAR:
    default:
      return "cn-not-confirmed-symbolic";
    }
}

/* The mark's words for a screen reader and a tooltip. */
char *
cn_glance_eligibility_sentence (CnIsraelEligibility eligibility)
{
  /* Translators: %s is Yes, Partly, No or Not confirmed */
  return g_strdup_printf (_("Israeli local authority can join: %s"), cn_glance_eligibility_word (eligibility));
}

/**
 * cn_glance_dup_cost:
 *
 * Returns: (transfer full): the cost in a few words, from the record's fee
 */
char *
cn_glance_dup_cost (CnNetwork *network)
{
  const CnText *amount = cn_network_get_fee_amount (network);
  int year = cn_network_get_fee_year (network);

  switch (cn_network_get_fee_status (network))
    {
    case CN_FEE_NONE:
      return g_strdup (_("No fee"));
    case CN_FEE_NOT_APPLICABLE:
      return g_strdup (_("Not applicable (states only)"));
    case CN_FEE_PAID:
      if (amount != NULL && year != 0)
        /* Translators: the fee's amount, then the year it applies to */
        return g_strdup_printf (_("Fee: %s (%d)"), cn_text_get (amount), year);
      if (amount != NULL)
        return g_strdup_printf (_("Fee: %s"), cn_text_get (amount));
      return g_strdup (_("Fee: amount not confirmed"));
    case CN_FEE_UNKNOWN:
    default:
      return g_strdup (C_("cost", "Not confirmed"));
    }
}

/**
 * cn_glance_dup_status:
 *
 * Returns: (transfer full): whether the network still runs, in words
 */
char *
cn_glance_dup_status (CnNetwork *network)
{
  int year = cn_network_get_status_year (network);

  switch (cn_network_get_status (network))
    {
    case CN_NETWORK_STATUS_ENDED:
      /* Translators: a network's status, with the year it ended */
      return year != 0 ? g_strdup_printf (_("Ended %d"), year) : g_strdup (C_("status", "Ended"));
    case CN_NETWORK_STATUS_RENAMED:
      /* Translators: a network's status, with the year of its new name */
      return year != 0 ? g_strdup_printf (_("Renamed %d"), year) : g_strdup (C_("status", "Renamed"));
    case CN_NETWORK_STATUS_UNCONFIRMED:
      return g_strdup (C_("status", "Activity unconfirmed"));
    case CN_NETWORK_STATUS_ACTIVE:
    default:
      return g_strdup (C_("status", "Active"));
    }
}

/**
 * cn_glance_dup_checked_on:
 *
 * Returns: (transfer full): "Checked on 28 November 2026", or "Not
 *   confirmed" for a record without a date
 */
char *
cn_glance_dup_checked_on (CnNetwork *network)
{
  const char *verified = cn_network_get_verified (network);
  g_autofree char *date = NULL;

  if (verified == NULL)
    return g_strdup (_("Date of the last check not recorded"));
  date = cn_date_format_long (NULL, verified);
  /* Translators: %s is a date, as in "Checked on 28 November 2026" */
  return g_strdup_printf (_("Checked on %s"), date);
}

/**
 * cn_glance_language_name:
 * @code: a language code from the dataset ("en", "fr", "ar")
 *
 * Returns: the language's name in the interface's language, or @code for
 *   a language this list does not know
 */
const char *
cn_glance_language_name (const char *code)
{
  static const struct { const char *code; const char *name; } names[] = {
    { "ar", N_("Arabic") }, { "de", N_("German") }, { "en", N_("English") }, { "es", N_("Spanish") },
    { "fr", N_("French") }, { "he", N_("Hebrew") }, { "it", N_("Italian") }, { "pt", N_("Portuguese") },
    { "ru", N_("Russian") }, { "zh", N_("Chinese") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (code, names[i].code) == 0)
      return _(names[i].name);
  return code;
}

/**
 * cn_glance_fill_pills:
 *
 * Fills @box with @network's pills (cn_network_get_pills()), one small
 * label each, for a row or a heading.
 */
void
cn_glance_fill_pills (GtkBox    *box,
                      CnNetwork *network)
{
  CnPill pills[CN_PILLS_MAX];
  guint n = network != NULL ? cn_network_get_pills (network, pills) : 0;
  GtkWidget *pill = gtk_widget_get_first_child (GTK_WIDGET (box));

  /* The labels already there are reused: the list's rows refill theirs at
   * every keystroke of a search. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *css = g_strconcat ("pill-", pills[i].id, NULL);

      if (pill == NULL)
        {
          pill = gtk_label_new (NULL);
          gtk_box_append (box, pill);
        }
      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (pill)), pills[i].label) != 0)
        gtk_label_set_text (GTK_LABEL (pill), pills[i].label);
      if (!gtk_widget_has_css_class (pill, css))
        gtk_widget_set_css_classes (pill, (const char *[]) { "caption", "status-pill", css, NULL });
      pill = gtk_widget_get_next_sibling (pill);
    }
  while (pill != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (pill);

      gtk_box_remove (box, pill);
      pill = next;
    }
  gtk_widget_set_visible (GTK_WIDGET (box), n > 0);
}

void
cn_glance_set_network (CnGlance  *self,
                       CnNetwork *network)
{
  CnIsraelEligibility eligibility;
  g_autofree char *sentence = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *status = NULL;
  g_autofree char *checked = NULL;
  gboolean stale;

  g_return_if_fail (CN_IS_GLANCE (self));

  gtk_widget_set_visible (GTK_WIDGET (self), network != NULL);
  if (network == NULL)
    return;

  eligibility = cn_network_get_israel_eligibility (network);
  sentence = cn_glance_eligibility_sentence (eligibility);
  gtk_image_set_from_icon_name (self->eligibility_icon, cn_glance_eligibility_icon (eligibility));
  gtk_label_set_text (self->eligibility_label, cn_glance_eligibility_word (eligibility));
  cn_widget_set_tooltip_text (GTK_WIDGET (self->eligibility_icon), sentence);

  cost = cn_glance_dup_cost (network);
  /* The fee's amount is dataset text: Latin names inside Hebrew are isolated. */
  if (cn_ui_is_rtl ())
    {
      g_autofree char *prepared = cn_bidi_prepare_text (cost, TRUE);
      gtk_label_set_text (self->cost_label, prepared);
    }
  else
    gtk_label_set_text (self->cost_label, cost);

  status = cn_glance_dup_status (network);
  gtk_label_set_text (self->status_label, status);

  /* Beside its key "Checked on", the date alone. */
  checked = cn_network_get_verified (network) != NULL
              ? cn_date_format_long (NULL, cn_network_get_verified (network))
              : cn_glance_dup_checked_on (network);
  gtk_label_set_text (self->checked_label, checked);

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    stale = cn_network_is_stale (network, now);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->stale_label), stale);
  if (stale)
    {
      g_autofree char *tip =
        g_strdup_printf (ngettext ("Checked more than %d month ago: the network may have changed since.",
                                   "Checked more than %d months ago: the network may have changed since.",
                                   CN_FRESHNESS_MONTHS),
                         CN_FRESHNESS_MONTHS);
      cn_widget_set_tooltip_text (GTK_WIDGET (self->stale_label), tip);
    }
}

/* Whether the "May be out of date" mark shows. */
gboolean
cn_glance_is_stale_shown (CnGlance *self)
{
  g_return_val_if_fail (CN_IS_GLANCE (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->stale_label));
}

/**
 * cn_glance_dup_text:
 *
 * Returns: (transfer full): what the glance says, one answer a line
 *   ("Israeli local authority can join: Yes"), for tests and copying
 */
char *
cn_glance_dup_text (CnGlance *self)
{
  GString *text = g_string_new (NULL);
  GtkWidget *child;

  g_return_val_if_fail (CN_IS_GLANCE (self), NULL);

  for (int row = 0; row < 4; row++)
    {
      GtkWidget *key = gtk_grid_get_child_at (self->grid, 0, row);
      GtkWidget *value = gtk_grid_get_child_at (self->grid, 1, row);

      g_string_append_printf (text, "%s:", gtk_label_get_text (GTK_LABEL (key)));
      for (child = GTK_IS_LABEL (value) ? value : gtk_widget_get_first_child (value);
           child != NULL;
           child = GTK_IS_LABEL (value) ? NULL : gtk_widget_get_next_sibling (child))
        if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
          g_string_append_printf (text, " %s", gtk_label_get_text (GTK_LABEL (child)));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static void
cn_glance_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CN_TYPE_GLANCE);

  G_OBJECT_CLASS (cn_glance_parent_class)->dispose (object);
}

static void
cn_glance_class_init (CnGlanceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_glance_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-glance.ui");
  gtk_widget_class_bind_template_child (widget_class, CnGlance, grid);
  gtk_widget_class_bind_template_child (widget_class, CnGlance, eligibility_icon);
  gtk_widget_class_bind_template_child (widget_class, CnGlance, eligibility_label);
  gtk_widget_class_bind_template_child (widget_class, CnGlance, cost_label);
  gtk_widget_class_bind_template_child (widget_class, CnGlance, status_label);
  gtk_widget_class_bind_template_child (widget_class, CnGlance, checked_label);
  gtk_widget_class_bind_template_child (widget_class, CnGlance, stale_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnglance");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cn_glance_init (CnGlance *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("At a glance"), -1);
}
