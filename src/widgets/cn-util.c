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

/* A run of Latin text inside Hebrew: words of letters and digits (with
 * inner punctuation, as in "Tel Aviv-Yafo" or "U.S."), web addresses, parenthesized
 * acronyms, joined by spaces, commas or colons. An en dash ends a run: the
 * dataset uses it between a Latin name and its Hebrew name. */
#define LATIN_WORD "(?:(?:https?|mailto):[^\\s\u0590-\u05FF]+|[A-Za-z0-9][A-Za-z0-9'\u2019.&+/-]*|\\([A-Za-z0-9][^()\n\u0590-\u05FF]*\\))"
/* An en dash joins two Latin parts ("ICLEI – Local Governments…") but not
 * a Latin name and the Hebrew after it, nor a bare number ("– 100 ערים"). */
#define LATIN_RUN  LATIN_WORD "(?:(?:[ ,:]+|\\s*\u2013\\s*(?=[A-Za-z(]))" LATIN_WORD ")*"

/**
 * cn_bidi_isolate_latin_runs:
 *
 * Wraps each run of Latin text inside a right-to-left text in LEFT-TO-RIGHT
 * ISOLATE … POP DIRECTIONAL ISOLATE. Without it the Unicode algorithm
 * splits "100 Resilient Cities" into a number and a name and shows them in
 * the wrong order, and moves punctuation around English names.
 *
 * Returns: (transfer full): the text with its Latin runs isolated
 */
char *
cn_bidi_isolate_latin_runs (const char *text)
{
  static GRegex *run;
  g_autoptr(GMatchInfo) match = NULL;
  GString *out = g_string_new (NULL);
  gsize done = 0;

  if (g_once_init_enter (&run))
    g_once_init_leave (&run, g_regex_new (LATIN_RUN, G_REGEX_OPTIMIZE, 0, NULL));

  g_regex_match (run, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;
      gboolean has_letter = FALSE;

      g_match_info_fetch_pos (match, 0, &start, &end);

      /* Sentence punctuation after a name belongs to the Hebrew sentence. */
      while (end > start && strchr (".,:'-/&+ ", text[end - 1]) != NULL)
        end--;
      for (int i = start; i < end && !has_letter; i++)
        has_letter = g_ascii_isalpha (text[i]);

      /* Plain numbers (years, counts) are fine on their own. */
      if (has_letter)
        {
          g_string_append_len (out, text + done, start - done);
          g_string_append (out, "\xE2\x81\xA6");   /* LRI */
          g_string_append_len (out, text + start, end - start);
          g_string_append (out, "\xE2\x81\xA9");   /* PDI */
          done = end;
        }
      g_match_info_next (match, NULL);
    }
  g_string_append (out, text + done);

  return g_string_free (out, FALSE);
}

static gboolean
text_is_rtl (const CnText *text)
{
  return text != NULL && g_strcmp0 (cn_text_get_shown_language (text), "he") == 0;
}

/**
 * cn_bidi_isolate_text:
 *
 * Like cn_bidi_isolate() for a dataset text inserted into a sentence: a
 * Hebrew value is isolated right to left (with its Latin names isolated
 * inside it), any other value by its first strong letter.
 */
char *
cn_bidi_isolate_text (const CnText *text)
{
  g_autofree char *inner = NULL;

  if (!text_is_rtl (text))
    return cn_bidi_isolate (cn_text_get (text));

  inner = cn_bidi_isolate_latin_runs (cn_text_get (text));
  return g_strconcat ("\xE2\x81\xA7", inner, "\xE2\x81\xA9", NULL);   /* RLI … PDI */
}

/**
 * cn_bidi_prepare_text:
 *
 * Returns: (transfer full): @value ready to show as a paragraph in a
 *   label: Pango picks a paragraph's direction from its first strong
 *   letter, so a Hebrew sentence that starts with "C40" would be laid out
 *   left to right; a mark for the text's own direction fixes that, and its
 *   Latin runs are isolated.
 */
char *
cn_bidi_prepare_text (const char *value,
                      gboolean    rtl)
{
  g_autofree char *isolated = NULL;
  g_auto(GStrv) paragraphs = NULL;
  const char *mark = rtl ? "\xE2\x80\x8F" : "\xE2\x80\x8E";  /* RLM or LRM */
  g_autofree char *separator = g_strconcat ("\n\n", mark, NULL);
  g_autofree char *joined = NULL;

  isolated = rtl ? cn_bidi_isolate_latin_runs (value) : g_strdup (value);
  paragraphs = g_strsplit (isolated, "\n\n", -1);
  joined = g_strjoinv (separator, paragraphs);
  return g_strconcat (mark, joined, NULL);
}

/**
 * cn_label_set_data_text:
 *
 * Shows dataset text as plain text (never markup), laid out in its own
 * direction (see cn_bidi_prepare_text()).
 */
void
cn_label_set_data_text (GtkLabel     *label,
                        const CnText *text)
{
  const char *value = cn_text_get (text);
  g_autofree char *prepared = NULL;

  gtk_label_set_use_markup (label, FALSE);

  if (value == NULL)
    {
      gtk_label_set_text (label, "");
      return;
    }

  /* English in an English window needs nothing. */
  if (!text_is_rtl (text) && !cn_ui_is_rtl ())
    {
      gtk_label_set_text (label, value);
      return;
    }

  prepared = cn_bidi_prepare_text (value, text_is_rtl (text));
  gtk_label_set_text (label, prepared);
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
    case CN_ISRAEL_ELIGIBILITY_PARTLY:
      return _("Partly");
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

#define TOOLTIP_KEY "cn-tooltip-text"

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * cn_widget_set_tooltip_text:
 *
 * As gtk_widget_set_tooltip_text(), without its cost: on a visible widget
 * GTK 4.8 asks the display where the pointer is, in case a tooltip is
 * showing, and under X11 that is a round trip to the server. A record's page
 * sets one per source. Here the text is kept on the widget and handed over
 * when a tooltip is asked for.
 */
void
cn_widget_set_tooltip_text (GtkWidget  *widget,
                            const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, query_tooltip_cb, NULL) == 0)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
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
  GtkWidget *text = g_object_new (GTK_TYPE_LABEL,
                                  "label", marked ? marked : label,
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
    cn_widget_set_tooltip_text (button, tooltip);
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

/**
 * cn_section_append:
 *
 * Appends a section to a reading page: a level-2 heading and a box for its
 * content.
 *
 * Returns: (transfer none): the section's box
 */
GtkBox *
cn_section_append (GtkBox     *parent,
                   const char *heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_box_append (GTK_BOX (box), cn_heading_new (heading, 2));
  gtk_box_append (parent, box);
  return GTK_BOX (box);
}

/**
 * cn_sources_append:
 * @verified: (nullable): the date the record was last checked
 *
 * Fills a "Sources" section: one link per source (the address as its
 * tooltip) and the date the record was last verified.
 */
void
cn_sources_append (GtkBox         *section,
                   const CnSource *sources,
                   guint           n_sources,
                   const char     *verified)
{
  gtk_widget_add_css_class (GTK_WIDGET (section), "sources");
  for (guint i = 0; i < n_sources; i++)
    gtk_box_append (section, cn_link_button_new (sources[i].title, "win.open-uri",
                                                 g_variant_new_string (sources[i].url), sources[i].url));

  if (verified != NULL)
    {
      g_autofree char *date = cn_bidi_isolate (verified);
      /* Translators: the date a record was last checked against its sources */
      g_autofree char *text = g_strdup_printf (_("Last verified %s"), date);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (section, label);
    }
}
