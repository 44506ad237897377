/* cn-dataset-store.c — a dataset the user opened and chose to keep
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Open Dataset…" can keep a copy of a newer dataset in the user's data
 * folder, used at every start instead of the built-in one until "Use
 * Built-in Dataset". The copy is written atomically and validated again at
 * each start; once a release brings a built-in dataset published later
 * than the kept one, the built-in one wins (the caller says so once).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-atomic-file.h"
#include "cn-dataset-store.h"

/* $XDG_DATA_HOME/climate-networks/catalog.json */
GFile *
cn_dataset_store_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), GETTEXT_PACKAGE, "catalog.json", NULL);

  return g_file_new_for_path (path);
}

/**
 * cn_dataset_store_keep:
 * @kept: where to keep the copy
 * @source: a dataset file that the caller validated
 *
 * Copies @source to @kept, whole or not at all. The file is read again with
 * the catalog's size limit, and validated again, so what is kept is exactly
 * a valid dataset even if @source changed since it was opened.
 */
gboolean
cn_dataset_store_keep (GFile   *kept,
                       GFile   *source,
                       GError **error)
{
  g_autoptr(CnCatalog) check = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (kept), FALSE);
  g_return_val_if_fail (G_IS_FILE (source), FALSE);

  check = cn_catalog_new_from_file (source, CN_CATALOG_FLAGS_NONE, &problems, error);
  if (check == NULL)
    return FALSE;
  /* Read after validating: new_from_file refused anything too large. */
  if (!g_file_load_contents (source, NULL, &contents, &length, NULL, error))
    return FALSE;

  path = g_file_get_path (kept);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("only local files can be written"));
      return FALSE;
    }
  parent = g_file_get_parent (kept);
  if (!g_file_make_directory_with_parents (parent, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return cn_atomic_file_write (path, contents, length, 0600, error);
}

/* Forgets the kept copy; there being none is not an error. */
gboolean
cn_dataset_store_forget (GFile   *kept,
                         GError **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (kept), FALSE);

  if (g_file_delete (kept, NULL, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * cn_dataset_compare_published:
 *
 * Returns: < 0 when @a was published before @b, > 0 after, 0 on the same
 *   day or when either has no publication date (then neither is newer)
 */
int
cn_dataset_compare_published (CnCatalog *a,
                              CnCatalog *b)
{
  const CnDatasetInfo *x = cn_catalog_get_dataset_info (a);
  const CnDatasetInfo *y = cn_catalog_get_dataset_info (b);

  if (x == NULL || y == NULL || x->published == NULL || y->published == NULL)
    return 0;
  /* YYYY-MM-DD, validated by the loader: text order is date order. */
  return g_strcmp0 (x->published, y->published);
}

/**
 * cn_dataset_store_choose:
 * @kept: the kept copy's file
 * @bundled: the built-in dataset
 * @outcome: (out): what became of the kept copy
 * @detail: (out) (optional): for %CN_KEPT_DATASET_INVALID, the first problem
 *
 * Loads the kept dataset and decides which one to use. Thread-safe: the
 * application calls it while GTK starts.
 *
 * Returns: (transfer full): the kept dataset, or a new reference to @bundled
 */
CnCatalog *
cn_dataset_store_choose (GFile         *kept,
                         CnCatalog     *bundled,
                         CnKeptDataset *outcome,
                         char         **detail)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;

  g_return_val_if_fail (G_IS_FILE (kept), NULL);
  g_return_val_if_fail (CN_IS_CATALOG (bundled), NULL);
  g_return_val_if_fail (outcome != NULL, NULL);

  if (detail != NULL)
    *detail = NULL;

  catalog = cn_catalog_new_from_file (kept, CN_CATALOG_FLAGS_NONE, &problems, &error);
  if (catalog == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
          (error != NULL && error->domain == CN_CATALOG_ERROR && error->code == CN_CATALOG_ERROR_IO &&
           !g_file_query_exists (kept, NULL)))
        *outcome = CN_KEPT_DATASET_MISSING;
      else
        {
          *outcome = CN_KEPT_DATASET_INVALID;
          if (detail != NULL)
            *detail = problems != NULL && problems->len > 0
                        ? cn_catalog_problem_to_string (g_ptr_array_index (problems, 0))
                        : g_strdup (error != NULL ? error->message : "");
        }
      return g_object_ref (bundled);
    }

  if (cn_dataset_compare_published (bundled, catalog) > 0)
    {
      *outcome = CN_KEPT_DATASET_BUILTIN_NEWER;
      return g_object_ref (bundled);
    }

  *outcome = CN_KEPT_DATASET_USED;
  return g_steal_pointer (&catalog);
}
