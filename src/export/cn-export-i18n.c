/* cn-export-i18n.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Interface strings in the language of a document, whatever the language
 * of the interface: a Hebrew brief has Hebrew headings in an English
 * window. The reading of a language's translations and the long dates are
 * the model's (cn-translate.c, cn-dates.c), shared with the window. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-dates.h"
#include "cn-export-i18n.h"
#include "cn-text.h"
#include "cn-translate.h"

/**
 * cn_export_translate:
 * @language: a language code ("he", "en")
 * @msgid: an interface string, marked with N_() where it is written
 *
 * Returns: @msgid translated into @language, or @msgid itself when
 *   @language is English or has no translation of it
 */
const char *
cn_export_translate (const char *language,
                     const char *msgid)
{
  g_return_val_if_fail (msgid != NULL, NULL);

  return language != NULL ? cn_translate (language, msgid) : msgid;
}

/**
 * cn_export_format_date:
 * @iso_date: a date as YYYY-MM-DD
 *
 * Returns: (transfer full): the date in words in @language (see
 *   cn_date_format_long())
 */
char *
cn_export_format_date (const char *language,
                       const char *iso_date)
{
  return cn_date_format_long (language != NULL ? language : "en", iso_date);
}

/**
 * cn_export_language_name:
 *
 * Returns: the name of @language written in @in_language ("Hebrew",
 *   "עברית")
 */
const char *
cn_export_language_name (const char *language,
                         const char *in_language)
{
  if (g_strcmp0 (language, "he") == 0)
    return cn_export_translate (in_language, N_("Hebrew"));
  if (g_strcmp0 (language, "ar") == 0)
    return cn_export_translate (in_language, N_("Arabic"));
  return cn_export_translate (in_language, N_("English"));
}

static const char * const languages[] = CN_EXPORT_LANGUAGES;

/**
 * cn_export_language_is_supported:
 * @language: (nullable): a language code
 *
 * Returns: whether a brief or a table can be written in @language (one of
 *   %CN_EXPORT_LANGUAGES: every text of the bundled dataset has it)
 */
gboolean
cn_export_language_is_supported (const char *language)
{
  for (guint i = 0; language != NULL && i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (language, languages[i]))
      return TRUE;
  return FALSE;
}

/**
 * cn_export_default_language:
 *
 * Returns: the interface's language when a brief can be written in it
 *   ("he" for "he_IL"), else "en"
 */
const char *
cn_export_default_language (void)
{
  const char *preferred = cn_text_get_preferred_language ();
  g_autofree char *bare = g_strndup (preferred, strcspn (preferred, "_.@"));

  return cn_export_language_is_supported (bare) ? g_intern_string (bare) : "en";
}
