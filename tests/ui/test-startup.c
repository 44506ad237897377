/* test-startup.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The real binary under Xvfb, quitting after its first frame
 * (CN_BENCHMARK_STARTUP=1): a --catalog that is invalid or missing, an
 * unknown --network. None may crash; each says what happened. (Without the
 * settings schema it does not start: see tests/cli/test-cli.c.) */

#include "config.h"

#include <glib.h>
#include <string.h>

static const char *exe;

static int
run (const char * const *args,
     char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "CN_BENCHMARK_STARTUP", "1", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, &out, err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  /* It painted a frame and printed the time it took. */
  g_assert_cmpint (g_ascii_strtoll (out, NULL, 10), >, 0);
  return WEXITSTATUS (wait_status);
}

static guint
count_lines_with (const char *text,
                  const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += strstr (lines[i], needle) != NULL;
  return n;
}

static void
test_invalid_catalog_falls_back (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad-unknown-field.json", NULL);
  g_autofree char *arg = g_strconcat ("--catalog=", path, NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run ((const char *[]) { arg, NULL }, &err), ==, 0);
  /* The problems are printed, with their place. */
  g_assert_nonnull (strstr (err, path));
  g_assert_nonnull (strstr (err, "nmae"));
  g_assert_nonnull (strstr (err, "built-in dataset"));
  /* Each problem once (the window shows them too, but not on stderr). */
  g_assert_cmpint (count_lines_with (err, "unknown field “nmae”"), ==, 1);
  g_assert_cmpint (count_lines_with (err, "could not be used"), ==, 1);
}

static void
test_missing_catalog_falls_back (void)
{
  g_autofree char *err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--catalog=/nonexistent/catalog.json", NULL }, &err), ==, 0);
  g_assert_nonnull (strstr (err, "/nonexistent/catalog.json"));
}

static void
test_unknown_network (void)
{
  g_autofree char *err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--network=no-such-thing", "--search=climate", NULL }, &err), ==, 0);
  g_assert_nonnull (strstr (err, "no-such-thing"));
}

static void
test_good_catalog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good.json", NULL);
  g_autofree char *arg = g_strconcat ("--catalog=", path, NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run ((const char *[]) { arg, "--network=c40", NULL }, &err), ==, 0);
  g_assert_null (strstr (err, "built-in dataset"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  exe = g_getenv ("CN_EXE");
  g_assert_nonnull (exe);

  g_test_add_func ("/startup/invalid-catalog-falls-back", test_invalid_catalog_falls_back);
  g_test_add_func ("/startup/missing-catalog-falls-back", test_missing_catalog_falls_back);
  g_test_add_func ("/startup/unknown-network", test_unknown_network);
  g_test_add_func ("/startup/good-catalog", test_good_catalog);

  return g_test_run ();
}
