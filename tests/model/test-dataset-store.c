/* test-dataset-store.c: a dataset the user opened and kept
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cn-dataset-store.h"

#define BUNDLED_PUBLISHED "\"published\": \"2026-12-03\""

typedef struct
{
  char      *dir;
  GFile     *kept;
  CnCatalog *bundled;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cn-dataset-XXXXXX", NULL);
  path = g_build_filename (fixture->dir, "data", "catalog.json", NULL);
  fixture->kept = g_file_new_for_path (path);
  fixture->bundled = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *inner = g_build_filename (fixture->dir, "data", NULL);
  g_autoptr(GDir) dir = g_dir_open (inner, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (inner, name, NULL);
      g_remove (path);
    }
  g_rmdir (inner);
  g_clear_pointer (&dir, g_dir_close);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_object_unref (fixture->kept);
  g_object_unref (fixture->bundled);
}

/* The bundled dataset's text, with another publication date and title. */
static GFile *
write_variant (Fixture    *fixture,
               const char *name,
               const char *published)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/data/catalog.json", 0, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *replacement = g_strdup_printf ("\"published\": \"%s\"", published);
  g_autoptr(GString) text = NULL;

  g_assert_nonnull (bytes);
  text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpuint (g_string_replace (text, BUNDLED_PUBLISHED, replacement, 1), ==, 1);
  g_string_replace (text, "\"version\": \"2026.12.2\"", "\"version\": \"test-variant\"", 1);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  return g_file_new_for_path (path);
}

static const char *
version_of (CnCatalog *catalog)
{
  return cn_catalog_get_dataset_info (catalog)->version;
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  CnKeptDataset outcome = CN_KEPT_DATASET_USED;
  g_autoptr(CnCatalog) chosen = cn_dataset_store_choose (fixture->kept, fixture->bundled, &outcome, NULL);

  g_assert_cmpint (outcome, ==, CN_KEPT_DATASET_MISSING);
  g_assert_true (chosen == fixture->bundled);
  g_assert_true (cn_dataset_store_forget (fixture->kept, NULL));   /* nothing to forget: fine */
}

static void
test_kept_and_used (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) newer = write_variant (fixture, "newer.json", "2027-03-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) chosen = NULL;
  g_autofree char *kept_text = NULL, *source_text = NULL;
  g_autofree char *kept_path = g_file_get_path (fixture->kept);
  g_autofree char *source_path = g_file_get_path (newer);
  CnKeptDataset outcome;

  g_assert_true (cn_dataset_store_keep (fixture->kept, newer, &error));
  g_assert_no_error (error);
  /* An exact copy. */
  g_assert_true (g_file_get_contents (kept_path, &kept_text, NULL, NULL));
  g_assert_true (g_file_get_contents (source_path, &source_text, NULL, NULL));
  g_assert_cmpstr (kept_text, ==, source_text);

  /* The source may go away: the copy is what is used. */
  g_assert_cmpint (g_remove (source_path), ==, 0);
  chosen = cn_dataset_store_choose (fixture->kept, fixture->bundled, &outcome, NULL);
  g_assert_cmpint (outcome, ==, CN_KEPT_DATASET_USED);
  g_assert_cmpstr (version_of (chosen), ==, "test-variant");
  g_assert_cmpint (cn_dataset_compare_published (chosen, fixture->bundled), >, 0);

  /* The same day as the built-in one: the user's choice stands. */
  {
    g_autoptr(GFile) same = write_variant (fixture, "same.json", "2026-12-03");
    g_autoptr(CnCatalog) again = NULL;

    g_assert_true (cn_dataset_store_keep (fixture->kept, same, NULL));
    again = cn_dataset_store_choose (fixture->kept, fixture->bundled, &outcome, NULL);
    g_assert_cmpint (outcome, ==, CN_KEPT_DATASET_USED);
    g_assert_cmpstr (version_of (again), ==, "test-variant");
  }

  g_assert_true (cn_dataset_store_forget (fixture->kept, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (fixture->kept, NULL));
}

static void
test_builtin_newer (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) older = write_variant (fixture, "older.json", "2025-01-15");
  g_autoptr(CnCatalog) chosen = NULL;
  CnKeptDataset outcome;

  g_assert_true (cn_dataset_store_keep (fixture->kept, older, NULL));
  chosen = cn_dataset_store_choose (fixture->kept, fixture->bundled, &outcome, NULL);
  g_assert_cmpint (outcome, ==, CN_KEPT_DATASET_BUILTIN_NEWER);
  g_assert_true (chosen == fixture->bundled);
  /* The kept copy is left for the caller to forget. */
  g_assert_true (g_file_query_exists (fixture->kept, NULL));
}

/* An invalid file is never kept, and a kept copy that went bad (edited by
 * hand) is not used: the built-in dataset is, with the first problem. */
static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *bad_path = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) good = write_variant (fixture, "good.json", "2027-01-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) chosen = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *kept_path = g_file_get_path (fixture->kept);
  CnKeptDataset outcome;

  g_assert_true (g_file_set_contents (bad_path, "{\"schema_version\": 1, \"networks\": [", -1, NULL));
  g_assert_false (cn_dataset_store_keep (fixture->kept, bad, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_query_exists (fixture->kept, NULL));

  g_assert_true (cn_dataset_store_keep (fixture->kept, good, NULL));
  g_assert_true (g_file_set_contents (kept_path, "{ \"schema_version\": 1 }", -1, NULL));
  chosen = cn_dataset_store_choose (fixture->kept, fixture->bundled, &outcome, &detail);
  g_assert_cmpint (outcome, ==, CN_KEPT_DATASET_INVALID);
  g_assert_true (chosen == fixture->bundled);
  g_assert_nonnull (detail);
  g_assert_nonnull (strstr (detail, "catalog.json"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/dataset-store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("missing", test_missing);
  ADD ("kept-and-used", test_kept_and_used);
  ADD ("builtin-newer", test_builtin_newer);
  ADD ("invalid", test_invalid);
#undef ADD

  return g_test_run ();
}
