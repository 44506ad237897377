/* cn-labels.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The labels of a reading page: one wrapped-label constructor that the
 * headings, body text and links share, and the words for the catalog's
 * enumerations. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-data-label.h"
#include "cn-labels.h"
#include "cn-widget-util.h"

const char *
cn_kind_label (CnNetworkKind kind)
{
  switch (kind)
    {
    case CN_NETWORK_KIND_MEMBERSHIP_NETWORK:
      return _("Membership network");
    case CN_NETWORK_KIND_PROGRAMME:
      return _("Programme");
    case CN_NETWORK_KIND_AWARD:
      return _("Award or competition");
    case CN_NETWORK_KIND_POLICY_FRAMEWORK:
      return _("Policy framework");
    case CN_NETWORK_KIND_INTERGOVERNMENTAL_ORGANISATION:
      return _("Intergovernmental organisation");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
cn_eligibility_label (CnIsraelEligibility eligibility)
{
  switch (eligibility)
    {
    case CN_ISRAEL_ELIGIBILITY_YES:
      return _("Yes, an Israeli local authority can take part");
    case CN_ISRAEL_ELIGIBILITY_NO:
      return _("No, not directly");
    case CN_ISRAEL_ELIGIBILITY_UNCLEAR:
      return _("Not confirmed");
    case CN_ISRAEL_ELIGIBILITY_PARTLY:
      return _("Partly");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * cn_wrapped_label_new:
 * @text: (nullable): the label's text, shown as plain text
 *
 * A left-aligned label that wraps at a readable measure (70 characters):
 * every label of a reading page starts from this one.
 *
 * Its minimum width is 8 characters (width-chars, also set on the wrapping
 * labels of the templates): without one, GTK 4.8 measures a wrapping
 * label's minimum width by laying its text out at width 0, a line per
 * character, which Pango shapes piece by piece; for a long paragraph that
 * was most of the welcome page's share of startup.
 */
GtkWidget *
cn_wrapped_label_new (const char *text)
{
  return g_object_new (GTK_TYPE_LABEL,
                       "label", text,
                       "xalign", 0.0f,
                       "wrap", TRUE,
                       "wrap-mode", PANGO_WRAP_WORD_CHAR,
                       "max-width-chars", 70,
                       "width-chars", 8,
                       NULL);
}

/**
 * cn_heading_new:
 * @level: 1 for the page title, 2 for a section, 3 for a sub-section
 *
 * A label that screen readers announce as a heading.
 */
GtkWidget *
cn_heading_new (const char *text,
                int         level)
{
  GtkWidget *label = cn_wrapped_label_new (text);

  /* Before anything reads the label's accessible, which fixes its role. */
  g_object_set (label, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, level, -1);
  gtk_widget_add_css_class (label, level == 1 ? "title-1" : level == 2 ? "title-4" : "heading");
  return label;
}

GtkWidget *
cn_body_label_new (const CnText *text)
{
  GtkWidget *label = cn_wrapped_label_new (NULL);

  cn_label_set_readable (GTK_LABEL (label));
  cn_label_set_data_text (GTK_LABEL (label), text);
  return label;
}

/**
 * cn_link_button_new:
 * @target: (transfer floating) (nullable): the action's parameter
 *
 * A button that looks like a link and activates an action, so links in
 * text, menus and shortcuts all go through the same checked path.
 */
GtkWidget *
cn_link_button_new (const char *label,
                    const char *action_name,
                    GVariant   *target,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  /* As in cn_label_set_data_text(): a Hebrew line that starts with a
   * Latin name must still read right to left. */
  g_autofree char *marked = cn_ui_is_rtl () ? cn_bidi_prepare_text (label, TRUE) : NULL;
  GtkWidget *text = cn_wrapped_label_new (marked ? marked : label);

  gtk_button_set_child (GTK_BUTTON (button), text);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "link");
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  if (tooltip != NULL)
    cn_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}
