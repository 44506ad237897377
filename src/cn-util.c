/* cn-util.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cn-util"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-util.h"

static gint64 startup_time;

void
cn_startup_clock_start (void)
{
  startup_time = g_get_monotonic_time ();
}

/**
 * cn_startup_clock_elapsed:
 *
 * Returns: microseconds since main() started
 */
gint64
cn_startup_clock_elapsed (void)
{
  return g_get_monotonic_time () - startup_time;
}

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  if (source == NULL)
    return NULL;
  return g_settings_schema_source_lookup (source, APP_ID, TRUE);
}

/**
 * cn_settings_new:
 *
 * An uninstalled run may not find the schema; GSettings aborts on a missing
 * schema, so look first and run with defaults instead.
 *
 * Returns: (transfer full) (nullable): the app's settings, or %NULL when the
 *   schema is not installed
 */
GSettings *
cn_settings_new (void)
{
  static gboolean warned;
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  if (schema == NULL)
    {
      if (!warned)
        g_printerr (_("climate-networks: the settings schema %s is not installed; "
                      "running with default settings that will not be saved "
                      "(run from the build tree with “meson devenv” or build-aux/dev run)\n"),
                    APP_ID);
      warned = TRUE;
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * cn_apply_language_preference:
 *
 * Applies the Language preference by setting LANGUAGE before gettext and
 * GTK initialize. "" follows the system.
 */
void
cn_apply_language_preference (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *language = NULL;
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  if (schema == NULL || !g_settings_schema_has_key (schema, "language"))
    return;

  settings = g_settings_new_full (schema, NULL, NULL);
  language = g_settings_get_string (settings, "language");
  if (language[0] != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
}

/**
 * cn_get_locale_dir:
 *
 * Returns: where the translations are: the build tree's po/ when running
 *   uninstalled (CN_LOCALEDIR, set by the dev script), else LOCALEDIR
 */
const char *
cn_get_locale_dir (void)
{
  const char *dir = g_getenv ("CN_LOCALEDIR");

  return dir != NULL && dir[0] != '\0' ? dir : LOCALEDIR;
}

/**
 * cn_bidi_isolate:
 *
 * Wraps a value inserted into a sentence in FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE, so "C40" or a URL keeps its own direction inside a
 * Hebrew sentence and does not reorder the words around it.
 */
char *
cn_bidi_isolate (const char *text)
{
  return g_strconcat ("\xE2\x81\xA8", text ? text : "", "\xE2\x81\xA9", NULL);
}

gboolean
cn_ui_is_rtl (void)
{
  return gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;
}

/**
 * cn_label_set_data_text:
 *
 * Shows dataset text as plain text (never markup). Pango picks a
 * paragraph's direction from its first strong letter, so a Hebrew sentence
 * that starts with "C40" would be laid out left-to-right: a mark for the
 * shown language fixes the paragraph direction.
 */
void
cn_label_set_data_text (GtkLabel     *label,
                        const CnText *text)
{
  const char *value = cn_text_get (text);
  const char *lang = text ? cn_text_get_shown_language (text) : NULL;
  g_autofree char *marked = NULL;

  gtk_label_set_use_markup (label, FALSE);

  if (value == NULL)
    {
      gtk_label_set_text (label, "");
      return;
    }

  if (g_strcmp0 (lang, "he") == 0)
    marked = g_strconcat ("\xE2\x80\x8F", value, NULL);        /* RLM */
  else if (cn_ui_is_rtl ())
    marked = g_strconcat ("\xE2\x80\x8E", value, NULL);        /* LRM */

  /* Paragraph breaks keep their mark too. */
  if (marked != NULL && strstr (marked, "\n\n") != NULL)
    {
      const char *mark = g_strcmp0 (lang, "he") == 0 ? "\n\n\xE2\x80\x8F" : "\n\n\xE2\x80\x8E";
      g_auto(GStrv) parts = g_strsplit (marked, "\n\n", -1);
      g_free (marked);
      marked = g_strjoinv (mark, parts);
    }

  gtk_label_set_text (label, marked ? marked : value);
}

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
    default:
      g_return_val_if_reached ("");
    }
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
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "max-width-chars", 70,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, level, -1);
  gtk_widget_add_css_class (label, level == 1 ? "title-1" : level == 2 ? "title-4" : "heading");
  return label;
}

GtkWidget *
cn_body_label_new (const CnText *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "max-width-chars", 70,
                                   "selectable", TRUE,
                                   NULL);

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
  GtkWidget *text = g_object_new (GTK_TYPE_LABEL,
                                  "label", label,
                                  "xalign", 0.0f,
                                  "wrap", TRUE,
                                  "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                  "max-width-chars", 70,
                                  NULL);

  gtk_button_set_child (GTK_BUTTON (button), text);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "link");
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

void
cn_box_remove_all (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);
}
