/* cn-export.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exports: choosing the format from the file name, rendering, and writing
 * the file so that it is either complete or not there (a temporary file
 * in the same folder, renamed over the target only once it is written).
 * Also the headless command line, --export, which runs before GTK starts. */


#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cn-brief-markdown.h"
#include "cn-brief-pdf.h"
#include "cn-catalog.h"
#include "cn-atomic-file.h"
#include "cn-export.h"
#include "cn-export-i18n.h"
#include "cn-export-ics.h"
#include "cn-network.h"

/**
 * cn_export_format_from_path:
 *
 * Returns: %TRUE when @path ends in .pdf, .md (or .markdown), .csv or
 *   .ics, in any case
 */
gboolean
cn_export_format_from_path (const char     *path,
                            CnExportFormat *format)
{
  g_autofree char *lower = g_utf8_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    *format = CN_EXPORT_FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    *format = CN_EXPORT_FORMAT_MARKDOWN;
  else if (g_str_has_suffix (lower, ".csv"))
    *format = CN_EXPORT_FORMAT_CSV;
  else if (g_str_has_suffix (lower, ".ics"))
    *format = CN_EXPORT_FORMAT_ICS;
  else
    return FALSE;
  return TRUE;
}

/**
 * cn_export_today:
 *
 * The date printed on a brief. Test hook: $CN_EXPORT_DATE, as YYYY-MM-DD,
 * fixes it, so that an export is the same from one day to the next.
 *
 * Returns: (transfer full): the date as YYYY-MM-DD
 */
char *
cn_export_today (void)
{
  const char *fixed = g_getenv ("CN_EXPORT_DATE");
  g_autoptr(GDateTime) now = NULL;

  if (fixed != NULL && fixed[0] != '\0')
    return g_strdup (fixed);
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * cn_export_render:
 * @networks: (array length=n_networks): the networks, in order
 *
 * Returns: (transfer full): the file's contents, or %NULL with @error set
 */
GBytes *
cn_export_render (CnExportFormat          format,
                  CnNetwork * const      *networks,
                  guint                   n_networks,
                  const CnExportOptions  *options,
                  GError                **error)
{
  g_autofree char *today = options->date ? NULL : cn_export_today ();
  g_autoptr(CnBrief) brief = NULL;

  if (format == CN_EXPORT_FORMAT_CSV)
    return cn_export_csv (networks, n_networks, options->language);
  if (format == CN_EXPORT_FORMAT_ICS)
    {
      /* Every known date of the networks' calls. */
      g_autoptr(GPtrArray) calls = g_ptr_array_new ();

      for (guint i = 0; i < n_networks; i++)
        {
          guint n_calls;
          const CnCall *network_calls = cn_network_get_calls (networks[i], &n_calls);

          for (guint j = 0; j < n_calls; j++)
            g_ptr_array_add (calls, (gpointer) &network_calls[j]);
        }
      return cn_export_ics ((const CnCall * const *) calls->pdata, calls->len, options->language, NULL);
    }

  brief = cn_brief_new (networks, n_networks, options->language, options->title, options->authority,
                        options->date ? options->date : today);
  if (format == CN_EXPORT_FORMAT_PDF)
    return cn_brief_to_pdf (brief, error);

  {
    char *markdown = cn_brief_to_markdown (brief);

    return g_bytes_new_take (markdown, strlen (markdown));
  }
}

/**
 * cn_export_write_file:
 *
 * Writes @contents to a new file beside @path, flushes it to disk, then
 * renames it to @path: a file already at @path is replaced only when the
 * new one is complete, and a failure leaves nothing behind.
 *
 * Returns: %TRUE on success; %FALSE with @error set to the system's
 *   reason (the caller names the file)
 */
gboolean
cn_export_write_file (const char  *path,
                      GBytes      *contents,
                      GError     **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (contents, &size);

  return cn_atomic_file_write (path, data, size, 0666, error);
}

static CnCatalog *
load_catalog (const char *catalog_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) file = NULL;
  CnCatalog *catalog;

  if (catalog_path == NULL)
    {
      catalog = cn_catalog_new_bundled (&error);
      if (catalog == NULL)
        g_printerr ("climate-networks: %s\n", error->message);
      return catalog;
    }

  file = g_file_new_for_commandline_arg (catalog_path);
  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, &problems, &error);
  if (catalog == NULL && problems != NULL)
    for (guint i = 0; i < problems->len; i++)
      {
        g_autofree char *line = cn_catalog_problem_to_string (g_ptr_array_index (problems, i));

        g_printerr ("%s\n", line);
      }
  else if (catalog == NULL)
    g_printerr ("climate-networks: %s\n", error->message);
  return catalog;
}

/* The networks named in @ids (comma-separated, in that order, each once),
 * or every network; NULL after saying which id is unknown. */
static GPtrArray *
select_networks (CnCatalog  *catalog,
                 const char *ids)
{
  GListModel *all = cn_catalog_get_networks (catalog);
  g_autoptr(GPtrArray) networks = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) names = NULL;

  if (ids == NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        g_ptr_array_add (networks, g_list_model_get_item (all, i));
      return g_steal_pointer (&networks);
    }

  names = g_strsplit (ids, ",", -1);
  for (guint i = 0; names[i]; i++)
    {
      const char *id = g_strstrip (names[i]);
      CnNetwork *network;

      if (id[0] == '\0')
        continue;
      network = cn_catalog_find_network (catalog, id);
      if (network == NULL)
        {
          GString *known = g_string_new (NULL);

          for (guint j = 0; j < g_list_model_get_n_items (all); j++)
            {
              g_autoptr(CnNetwork) item = g_list_model_get_item (all, j);

              g_string_append_printf (known, "%s%s", j ? ", " : "", cn_network_get_id (item));
            }
          g_printerr (_("climate-networks: no network has the id “%s” (known ids: %s)\n"), id, known->str);
          g_string_free (known, TRUE);
          return NULL;
        }
      if (!g_ptr_array_find (networks, network, NULL))
        g_ptr_array_add (networks, g_object_ref (network));
    }

  if (networks->len == 0)
    {
      g_printerr (_("climate-networks: --networks names no network\n"));
      return NULL;
    }
  return g_steal_pointer (&networks);
}

/**
 * cn_export_run_command_line:
 * @path: where to write; its extension chooses the format
 * @network_ids: (nullable): comma-separated ids; %NULL for every network
 * @language: (nullable): "en", "he" or "ar"; %NULL for the interface's language
 * @title: (nullable): the brief's title
 * @authority: (nullable): the local authority the brief is for
 * @catalog_path: (nullable): a dataset file instead of the bundled one
 *
 * `climate-networks --export=FILE`: needs no display. Each failure is
 * one line on standard error, and the file is not written.
 *
 * Returns: the exit status: 0 on success, 1 on failure
 */
int
cn_export_run_command_line (const char *path,
                            const char *network_ids,
                            const char *language,
                            const char *title,
                            const char *authority,
                            const char *catalog_path)
{
  g_autoptr(CnCatalog) catalog = NULL;
  g_autoptr(GPtrArray) networks = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) error = NULL;
  CnExportOptions options = { NULL, title, authority, NULL };
  CnExportFormat format;

  if (!cn_export_format_from_path (path, &format))
    {
      g_printerr (_("climate-networks: cannot export to “%s”: unknown format; "
                    "the file name must end in .pdf, .md, .csv or .ics\n"), path);
      return 1;
    }

  if (language == NULL)
    language = cn_export_default_language ();
  if (!cn_export_language_is_supported (language))
    {
      g_printerr (_("climate-networks: unknown language “%s” for --lang: use en, he or ar\n"), language);
      return 1;
    }
  options.language = language;

  catalog = load_catalog (catalog_path);
  if (catalog == NULL)
    return 1;
  networks = select_networks (catalog, network_ids);
  if (networks == NULL)
    return 1;

  contents = cn_export_render (format, (CnNetwork * const *) networks->pdata, networks->len, &options, &error);
  if (contents == NULL || !cn_export_write_file (path, contents, &error))
    {
      g_printerr (_("climate-networks: cannot write “%s”: %s\n"), path, error->message);
      return 1;
    }

  return 0;
}
