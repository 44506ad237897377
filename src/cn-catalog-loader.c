/* cn-catalog-loader.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reads and validates a --catalog file in a worker thread: a large file
 * takes seconds (62 MiB: 2.8 s), which on the main loop would freeze a
 * running instance's window. The model is GTK-free and its loader keeps no
 * shared state, so it may run in any thread. */

#include "config.h"

#include "cn-catalog-loader.h"

typedef struct
{
  CnCatalog *catalog;
  GPtrArray *problems;
  GError    *error;
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->catalog);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_clear_error (&result->error);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadResult *result = g_new0 (LoadResult, 1);

  result->catalog = cn_catalog_new_from_file (task_data, CN_CATALOG_FLAGS_NONE, &result->problems, &result->error);
  g_task_return_pointer (task, result, load_result_free);
}

/**
 * cn_catalog_load_file_async:
 * @cancellable: (nullable): cancelling it completes the call at once with
 *   %G_IO_ERROR_CANCELLED; the thread finishes on its own and its result
 *   is dropped
 *
 * Loads @file as cn_catalog_new_from_file() does, in a worker thread.
 */
void
cn_catalog_load_file_async (GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cn_catalog_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  /* The loader cannot be interrupted: a cancelled load completes at once
   * rather than when the file has been read. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * cn_catalog_load_file_finish:
 * @problems: (out) (optional) (transfer full): what was wrong with the
 *   file, as for cn_catalog_new_from_file()
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error set
 */
CnCatalog *
cn_catalog_load_file_finish (GAsyncResult  *result,
                             GPtrArray    **problems,
                             GError       **error)
{
  LoadResult *loaded;
  CnCatalog *catalog;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;

  catalog = g_steal_pointer (&loaded->catalog);
  if (problems != NULL)
    *problems = g_steal_pointer (&loaded->problems);
  if (catalog == NULL && loaded->error != NULL)
    g_propagate_error (error, g_steal_pointer (&loaded->error));
  load_result_free (loaded);
  return catalog;
}
