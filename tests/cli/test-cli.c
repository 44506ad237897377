/* test-cli.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The command line of the real binary: --check-catalog needs no display,
 * prints FILE:LINE:COLUMN: problems and exits 0 or 1; odd arguments get a
 * message, never a crash. */

#include "config.h"

#include <glib.h>
#include <string.h>

static const char *exe;

static int
run_with_env (const char * const *args,
              char              **env,
              char              **out,
              char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &wait_status, &error);
  g_assert_no_error (error);
  /* A crash is never an acceptable answer. */
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static int
run (const char * const *args,
     char              **out,
     char              **err)
{
  return run_with_env (args, NULL, out, err);
}

static void
test_check_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog.json", NULL);
  g_autofree char *arg = g_strconcat ("--check-catalog=", path, NULL);
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ((const char *[]) { arg, NULL }, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "valid"));
}

static void
test_check_bad (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad-unknown-field.json", NULL);
  g_autofree char *arg = g_strconcat ("--check-catalog=", path, NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) format = g_regex_new ("^.+\\.json:[0-9]+:[0-9]+: .+: .+$", 0, 0, NULL);

  g_assert_cmpint (run ((const char *[]) { arg, NULL }, &out, &err), ==, 1);
  lines = g_strsplit (g_strstrip (err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 1);
  for (guint i = 0; lines[i]; i++)
    {
      g_assert_true (g_str_has_prefix (lines[i], path));
      g_assert_true (g_regex_match (format, lines[i], 0, NULL));
    }
  g_assert_nonnull (strstr (err, "nmae"));
}

/* A weak source is a warning: printed in the same form, with "warning:",
 * and the file is still valid. */
static void
test_check_warning (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "decide", "weak-source.json", NULL);
  g_autofree char *arg = g_strconcat ("--check-catalog=", path, NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = g_strconcat (path, ":304:13: networks[0].fee.sources[0].url: warning: ", NULL);

  g_assert_cmpint (run ((const char *[]) { arg, NULL }, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (err, expected));
  g_assert_null (strchr (g_strstrip (err), '\n'));
  g_assert_nonnull (strstr (out, "valid"));
}

static void
test_check_missing_file (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--check-catalog=/nonexistent/catalog.json", NULL }, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "/nonexistent/catalog.json"));
}

static void
test_check_directory (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--check-catalog=/", NULL }, &out, &err), ==, 1);
  g_assert_cmpstr (err, !=, "");
}

static void
test_version_and_help (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *help = NULL, *help_err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--version", NULL }, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "climate-networks " PACKAGE_VERSION));

  g_assert_cmpint (run ((const char *[]) { "--help", NULL }, &help, &help_err), ==, 0);
  for (guint i = 0; i < 5; i++)
    g_assert_nonnull (strstr (help, ((const char *[]) { "--version", "--search", "--network", "--catalog",
                                                        "--check-catalog" })[i]));
}

static void
test_unknown_option (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--no-such-option", NULL }, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "no-such-option"));
}

/* The app is installed with its settings schema: without it, it says so
 * in one line and exits with 1 (GSettings would abort). What needs no
 * settings still works. */
static void
test_without_schema (void)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *version_out = NULL;
  g_autofree char *version_err = NULL;

  /* Neither the build tree's schema nor any installed one. */
  env = g_environ_unsetenv (env, "GSETTINGS_SCHEMA_DIR");
  env = g_environ_setenv (env, "XDG_DATA_DIRS", "/nonexistent", TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  env = g_environ_setenv (env, "LANG", "C.UTF-8", TRUE);

  g_assert_cmpint (run_with_env ((const char *[]) { "--search=climate", NULL }, env, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "settings schema " APP_ID " is not installed"));
  /* One line, and no GLib error or critical. */
  g_assert_cmpint (strchr (err, '\n') - err, ==, strlen (err) - 1);
  g_assert_null (strstr (err, "CRITICAL"));
  g_assert_null (strstr (err, "ERROR"));

  g_assert_cmpint (run_with_env ((const char *[]) { "--version", NULL }, env, &version_out, &version_err), ==, 0);
  g_assert_true (g_str_has_prefix (version_out, "climate-networks "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  exe = g_getenv ("CN_EXE");
  g_assert_nonnull (exe);

  g_test_add_func ("/cli/check-catalog/bundled", test_check_bundled);
  g_test_add_func ("/cli/check-catalog/bad", test_check_bad);
  g_test_add_func ("/cli/check-catalog/warning", test_check_warning);
  g_test_add_func ("/cli/check-catalog/missing-file", test_check_missing_file);
  g_test_add_func ("/cli/check-catalog/directory", test_check_directory);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/unknown-option", test_unknown_option);
  g_test_add_func ("/cli/without-schema", test_without_schema);

  return g_test_run ();
}
