/* search-top3.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints the first three networks the list shows for each of a set of
 * queries, as the window ranks them (CnSearchFilter: the catalog's index,
 * typos corrected word by word, best rank first and the dataset's order
 * within a rank), to compare the search before and after a change:
 *
 *   search-top3 [--catalog=FILE] [QUERY…]
 *
 * Without queries, ten in English and ten in Hebrew (issue 19's closing
 * note). One line a query: the query, a tab, the ids of the first three
 * networks separated by spaces ("-" for none), and, when the words were
 * corrected, a tab and "corrected: WORDS". Built, not run by the tests. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "cn-catalog.h"
#include "cn-network.h"

static const char *default_queries[] = {
  /* English */
  "mobility",
  "resilience",
  "climate finance",
  "covenant of mayors",
  "adaptation",
  "public transport",
  "energy efficiency",
  "emissions reporting",
  "Israeli cities",
  "Toronto resilence",
  /* Hebrew */
  "תחבורה",
  "חוסן",
  "אקלים",
  "מימון",
  "ראשי ערים",
  "הסתגלות",
  "תחבורה ציבורית",
  "התייעלות אנרגטית",
  "פליטות",
  "ניידוט",
  NULL
};

typedef struct
{
  guint position;
  int   rank;
} Hit;

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *ha = a, *hb = b;

  /* As the list's sorter: best rank first, then the dataset's order. */
  if (ha->rank != hb->rank)
    return ha->rank < hb->rank ? -1 : 1;
  return ha->position < hb->position ? -1 : (ha->position > hb->position ? 1 : 0);
}

static void
print_top3 (CnCatalog  *catalog,
            const char *text)
{
  GListModel *networks = cn_catalog_get_networks (catalog);
  guint n = g_list_model_get_n_items (networks);
  g_autofree int *ranks = g_new (int, MAX (n, 1));
  g_autoptr(CnSearchQuery) query = cn_catalog_new_search_query (catalog, text);
  g_autoptr(CnSearchQuery) corrected = NULL;
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autoptr(GString) line = g_string_new (text);

  cn_catalog_search_networks_corrected (catalog, query, ranks, &corrected);
  for (guint i = 0; i < n; i++)
    if (ranks[i] != CN_SEARCH_NO_MATCH)
      {
        Hit hit = { i, ranks[i] };

        g_array_append_val (hits, hit);
      }
  g_array_sort (hits, compare_hits);

  g_string_append_c (line, '\t');
  for (guint i = 0; i < MIN (hits->len, 3); i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, g_array_index (hits, Hit, i).position);

      g_string_append_printf (line, "%s%s", i > 0 ? " " : "", cn_network_get_id (network));
    }
  if (hits->len == 0)
    g_string_append_c (line, '-');
  if (corrected != NULL)
    g_string_append_printf (line, "\tcorrected: %s", cn_search_query_get_text (corrected));
  printf ("%s\n", line->str);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *catalog_path = NULL;
  GOptionEntry entries[] = {
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path, "A dataset instead of the bundled one", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[QUERY…]");
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) catalog = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "search-top3: %s\n", error->message);
      return EXIT_FAILURE;
    }

  if (catalog_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (catalog_path);

      catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);
    }
  else
    catalog = cn_catalog_new_bundled (&error);
  if (catalog == NULL)
    {
      fprintf (stderr, "search-top3: %s\n", error->message);
      return EXIT_FAILURE;
    }

  if (argc > 1)
    for (int i = 1; i < argc; i++)
      print_top3 (catalog, argv[i]);
  else
    for (guint i = 0; default_queries[i] != NULL; i++)
      print_top3 (catalog, default_queries[i]);
  return EXIT_SUCCESS;
}
