/* cn-i18n.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The program's language: the user's Language preference, then gettext. */

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <locale.h>

#include "cn-i18n.h"

/* Applies the Language preference ("" follows the system) by setting
 * LANGUAGE, which gettext and GTK read when they start. Without the
 * settings schema there is no preference to apply; the application then
 * says the schema is missing and exits (see cn-application.c). */
static void
apply_language_preference (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *language = NULL;

  if (schema == NULL)
    return;

  settings = g_settings_new_full (schema, NULL, NULL);
  language = g_settings_get_string (settings, "language");
  if (language[0] != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
}

/* The translations: the build tree's po/ when running uninstalled
 * (CN_LOCALEDIR, set by build-aux/dev and the tests), else LOCALEDIR. */
static const char *
locale_dir (void)
{
  const char *dir = g_getenv ("CN_LOCALEDIR");

  return dir != NULL && dir[0] != '\0' ? dir : LOCALEDIR;
}

/**
 * cn_i18n_init:
 *
 * Sets up the locale and the translations, with the Language preference
 * applied. Call it first thing in main(), before GTK reads the environment.
 */
void
cn_i18n_init (void)
{
  apply_language_preference ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
