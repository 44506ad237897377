/* cn-catalog-problem.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The loader's problems: its state and the path that names where each
 * problem is, the one constructor of problem records, their line and
 * column looked up in the text at the end, and the GError made from them. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-catalog-private.h"

/* A problem before its place in the text is known: the path it is found
 * again by. */
typedef struct
{
  CnCatalogProblem  *problem;
  CnJsonPathElement *path;       /* keys owned */
  guint              path_length;
} CnPendingProblem;

void
cn_catalog_problem_free (CnCatalogProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->file);
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * cn_catalog_problem_to_string:
 *
 * Returns: "FILE:LINE:COLUMN: PATH: message", the form compilers use, so
 *   editors can jump to it
 */
char *
cn_catalog_problem_to_string (const CnCatalogProblem *problem)
{
  GString *str = g_string_new (problem->file);

  if (problem->line > 0)
    g_string_append_printf (str, ":%u:%u", problem->line, problem->column);
  g_string_append (str, ": ");
  if (problem->path != NULL && problem->path[0] != '\0')
    g_string_append_printf (str, "%s: ", problem->path);
  if (problem->warning)
    /* Translators: before a problem that does not stop the file from
     * loading, as compilers print it; keep the colon */
    g_string_append (str, _("warning: "));
  g_string_append (str, problem->message);

  return g_string_free (str, FALSE);
}

/* Every problem record is made here. @line is 0 when the place is not
 * known (yet), @path "" for the whole document. */
CnCatalogProblem *
_cn_catalog_problem_new (CnCatalogError  code,
                         const char     *file,
                         guint           line,
                         guint           column,
                         const char     *path,
                         const char     *message)
{
  CnCatalogProblem *problem = g_new0 (CnCatalogProblem, 1);

  problem->code = code;
  problem->file = g_strdup (file);
  problem->line = line;
  problem->column = column;
  problem->path = g_strdup (path);
  problem->message = g_strdup (message);
  return problem;
}

/* The one wording of a file too large (CN_CATALOG_ERROR_TOO_LARGE, and the
 * shortlist's), whether the size is known before reading, found while
 * reading, or given with the bytes. */
char *
_cn_file_too_large_message (guint64 size,
                               gsize   max_size)
{
  return g_strdup_printf (_("the file is too large (%lu MiB; at most %lu MiB)"),
                          (unsigned long) (size / (1024 * 1024)), (unsigned long) (max_size / (1024 * 1024)));
}

static void
pending_problem_free (gpointer data)
{
  CnPendingProblem *pending = data;

  for (guint i = 0; i < pending->path_length; i++)
    g_free ((char *) pending->path[i].key);
  g_free (pending->path);
  cn_catalog_problem_free (pending->problem);
  g_free (pending);
}

void
_cn_loader_init (CnCatalogLoader *L,
                 const char      *data,
                 gsize            length,
                 const char      *filename,
                 CnCatalogFlags   flags)
{
  memset (L, 0, sizeof *L);
  L->data = data;
  L->length = length;
  L->filename = filename;
  L->flags = flags;
  L->path = g_array_new (FALSE, FALSE, sizeof (CnJsonPathElement));
  L->problems = g_ptr_array_new_with_free_func (pending_problem_free);
  L->warnings = g_ptr_array_new_with_free_func (pending_problem_free);
  L->flag_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  L->area_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  L->authority_type_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  L->theme_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  L->region_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  L->successor_refs = g_ptr_array_new_with_free_func (_cn_successor_ref_free);
}

void
_cn_loader_clear (CnCatalogLoader *L)
{
  g_clear_pointer (&L->path, g_array_unref);
  g_clear_pointer (&L->problems, g_ptr_array_unref);
  g_clear_pointer (&L->warnings, g_ptr_array_unref);
  g_clear_pointer (&L->flag_by_id, g_hash_table_unref);
  g_clear_pointer (&L->area_by_id, g_hash_table_unref);
  g_clear_pointer (&L->authority_type_by_id, g_hash_table_unref);
  g_clear_pointer (&L->theme_by_id, g_hash_table_unref);
  g_clear_pointer (&L->region_by_id, g_hash_table_unref);
  g_clear_pointer (&L->successor_refs, g_ptr_array_unref);
}

/* A copy of @path (keys copied), with @extra_key after it unless NULL. */
GArray *
_cn_json_path_copy (GArray     *path,
                    const char *extra_key)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (CnJsonPathElement), path->len + 1);

  for (guint i = 0; i < path->len; i++)
    {
      CnJsonPathElement e = g_array_index (path, CnJsonPathElement, i);
      e.key = g_strdup (e.key);
      g_array_append_val (copy, e);
    }
  if (extra_key != NULL)
    {
      CnJsonPathElement e = { g_strdup (extra_key), 0 };
      g_array_append_val (copy, e);
    }
  return copy;
}

/* Frees a path made by _cn_json_path_copy(). */
void
_cn_json_path_free (GArray *path)
{
  for (guint i = 0; i < path->len; i++)
    g_free ((char *) g_array_index (path, CnJsonPathElement, i).key);
  g_array_unref (path);
}

/* Adds a problem at @path (owned, from _cn_json_path_copy()) with
 * @message (owned); returns FALSE once there are too many. */
gboolean
_cn_loader_add_problem_at (CnCatalogLoader *L,
                           GArray          *path,
                           CnCatalogError   code,
                           char            *message)
{
  CnPendingProblem *pending;
  g_autofree char *path_string = NULL;

  if (L->problems->len >= CN_CATALOG_MAX_PROBLEMS)
    {
      L->overflowed = TRUE;
      _cn_json_path_free (path);
      g_free (message);
      return FALSE;
    }

  pending = g_new0 (CnPendingProblem, 1);
  pending->path_length = path->len;
  pending->path = (CnJsonPathElement *) (gpointer) g_array_free (path, FALSE);
  path_string = cn_json_path_to_string (pending->path, pending->path_length);
  pending->problem = _cn_catalog_problem_new (code, L->filename, 0, 0, path_string, message);
  g_free (message);
  g_ptr_array_add (L->problems, pending);

  return TRUE;
}

/* Adds a problem at the current path, or at its member @extra_key. */
void
_cn_loader_problem (CnCatalogLoader *L,
                    const char      *extra_key,
                    CnCatalogError   code,
                    const char      *format,
                    ...)
{
  va_list args;
  char *message;

  if (L->problems->len >= CN_CATALOG_MAX_PROBLEMS)
    {
      L->overflowed = TRUE;
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _cn_loader_add_problem_at (L, _cn_loader_copy_path (L, extra_key), code, message);
}

/* The scanner's CnJsonScanFunc: its problems, with their place. */
gboolean
_cn_loader_scan_problem_cb (CnJsonScanProblem  kind,
                            guint              line,
                            guint              column,
                            const char        *path,
                            const char        *message,
                            gpointer           user_data)
{
  CnCatalogLoader *L = user_data;
  static const CnCatalogError codes[] = {
    [CN_JSON_SCAN_SYNTAX] = CN_CATALOG_ERROR_SYNTAX,
    [CN_JSON_SCAN_ENCODING] = CN_CATALOG_ERROR_ENCODING,
    [CN_JSON_SCAN_TOO_DEEP] = CN_CATALOG_ERROR_TOO_DEEP,
    [CN_JSON_SCAN_TOO_LONG] = CN_CATALOG_ERROR_TOO_LONG,
    [CN_JSON_SCAN_NUMBER_RANGE] = CN_CATALOG_ERROR_NUMBER_RANGE,
    [CN_JSON_SCAN_DUPLICATE_KEY] = CN_CATALOG_ERROR_DUPLICATE_KEY,
  };
  CnPendingProblem *pending;

  if (kind != CN_JSON_SCAN_DUPLICATE_KEY)
    L->scan_fatal = TRUE;

  if (L->problems->len >= CN_CATALOG_MAX_PROBLEMS)
    {
      L->overflowed = TRUE;
      return FALSE;
    }

  /* The scanner knows the position already. */
  pending = g_new0 (CnPendingProblem, 1);
  pending->problem = _cn_catalog_problem_new (codes[kind], L->filename, line, column, path, message);
  g_ptr_array_add (L->problems, pending);

  return TRUE;
}

/* Caps the warnings as the problems are capped; there is no overflow
 * note, as a file with a hundred weak sources has one thing to fix. */
void
_cn_loader_warning (CnCatalogLoader *L,
                    const char      *extra_key,
                    CnCatalogError   code,
                    const char      *format,
                    ...)
{
  CnPendingProblem *pending;
  GArray *path;
  g_autofree char *path_string = NULL;
  g_autofree char *message = NULL;
  va_list args;

  if (L->warnings->len >= CN_CATALOG_MAX_PROBLEMS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = _cn_loader_copy_path (L, extra_key);
  pending = g_new0 (CnPendingProblem, 1);
  pending->path_length = path->len;
  pending->path = (CnJsonPathElement *) (gpointer) g_array_free (path, FALSE);
  path_string = cn_json_path_to_string (pending->path, pending->path_length);
  pending->problem = _cn_catalog_problem_new (code, L->filename, 0, 0, path_string, message);
  pending->problem->warning = TRUE;
  g_ptr_array_add (L->warnings, pending);
}

static void
locate_problems (CnCatalogLoader *L,
                 GPtrArray       *list)
{
  for (guint i = 0; i < list->len; i++)
    {
      CnPendingProblem *pending = g_ptr_array_index (list, i);
      guint line, column;

      /* A problem of the whole file (its size) has no place in it. */
      if (pending->problem->line != 0 || pending->path == NULL ||
          pending->problem->code == CN_CATALOG_ERROR_TOO_LARGE)
        continue;

      /* Try the full path, then its parents (a missing member has no place
       * of its own: point at the object that lacks it). */
      for (guint n = pending->path_length + 1; n-- > 0;)
        if (cn_json_locate (L->data, L->length, pending->path, n, &line, &column))
          {
            pending->problem->line = line;
            pending->problem->column = column;
            break;
          }
    }
}

static GPtrArray *
take_problems (CnCatalogLoader *L)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_catalog_problem_free);

  for (guint i = 0; i < L->problems->len; i++)
    {
      CnPendingProblem *pending = g_ptr_array_index (L->problems, i);
      g_ptr_array_add (out, g_steal_pointer (&pending->problem));
    }

  if (L->overflowed)
    {
      g_autofree char *message = g_strdup_printf (_("more problems were found; only the first %d are listed"),
                                                  CN_CATALOG_MAX_PROBLEMS);

      g_ptr_array_add (out, _cn_catalog_problem_new (((CnCatalogProblem *) g_ptr_array_index (out, 0))->code,
                                                     L->filename, 0, 0, "", message));
    }

  return out;
}

static void
set_error_from_problems (GPtrArray  *problems,
                         GError    **error)
{
  const CnCatalogProblem *first = g_ptr_array_index (problems, 0);
  g_autofree char *text = cn_catalog_problem_to_string (first);

  if (problems->len > 1)
    g_set_error (error, CN_CATALOG_ERROR, first->code,
                 g_dngettext (GETTEXT_PACKAGE, "%s (and %u more problem)", "%s (and %u more problems)",
                              problems->len - 1),
                 text, problems->len - 1);
  else
    g_set_error_literal (error, CN_CATALOG_ERROR, first->code, text);
}

/* Once the document is read, when there are problems: places them in the
 * text, sets @error to the first one and returns them all
 * (CnCatalogProblem). */
GPtrArray *
_cn_loader_end_problems (CnCatalogLoader  *L,
                         GError          **error)
{
  GPtrArray *problems;

  g_assert (L->problems->len > 0);

  locate_problems (L, L->problems);
  problems = take_problems (L);
  set_error_from_problems (problems, error);
  return problems;
}

/* Once a valid document is read: its warnings (CnCatalogProblem), placed
 * in the text. */
GPtrArray *
_cn_loader_end_warnings (CnCatalogLoader *L)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_catalog_problem_free);

  locate_problems (L, L->warnings);
  for (guint i = 0; i < L->warnings->len; i++)
    {
      CnPendingProblem *pending = g_ptr_array_index (L->warnings, i);
      g_ptr_array_add (out, g_steal_pointer (&pending->problem));
    }
  return out;
}
