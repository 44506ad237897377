/* test-large-catalog.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A catalog large enough that the loader parses and indexes it in parts, on
 * more than one processor where there are several (the benchmark's
 * synthetic data): the joined index must answer as the plain matcher does,
 * and parts joined with cn_search_index_builder_append() as one builder
 * would. */

#include <glib/gstdio.h>
#include <string.h>

#include "bench-generate.h"
#include "cn-catalog.h"
#include "cn-search.h"
#include "cn-search-index.h"
#include "cn-test-search.h"

#define N_NETWORKS 1500

static void
test_large_catalog_index (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cn-large-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "catalog.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CnCatalog) catalog = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1500);
  g_autofree int *ranks = g_new (int, N_NETWORKS);
  guint total = 0;

  g_assert_nonnull (dir);
  g_assert_true (bench_generate_catalog (path, N_NETWORKS, &error));
  g_assert_no_error (error);
  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_LARGE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_networks (catalog)), ==, N_NETWORKS);

  for (guint i = 0; i < N_NETWORKS; i += 37)
    cn_test_collect_words (cn_catalog_get_network_search_doc (catalog, i), 7, words);
  g_assert_cmpuint (words->len, >, 100);

  for (guint q = 0; q < 60; q++)
    {
      const char *word = g_ptr_array_index (words, g_rand_int_range (rand, 0, words->len));
      g_autofree char *text = NULL;
      g_autoptr(CnSearchQuery) query = NULL;
      guint n_matches, expected = 0;

      /* A whole word, a prefix of one, or two words. */
      switch (q % 3)
        {
        case 0: text = g_strdup (word); break;
        case 1: text = g_utf8_substring (word, 0, MAX (1, g_utf8_strlen (word, -1) / 2)); break;
        default:
          text = g_strconcat (word, " ", (const char *) g_ptr_array_index (words, g_rand_int_range (rand, 0, words->len)),
                              NULL);
        }
      query = cn_search_query_new (text);
      n_matches = cn_catalog_search_networks (catalog, query, ranks);
      for (guint d = 0; d < N_NETWORKS; d++)
        {
          int rank = cn_search_doc_match (cn_catalog_get_network_search_doc (catalog, d), query);

          if (rank != ranks[d])
            g_error ("query “%s”, network %u: index says %d, matcher says %d", text, d, ranks[d], rank);
          expected += rank != CN_SEARCH_NO_MATCH;
        }
      g_assert_cmpuint (n_matches, ==, expected);
      total += n_matches;
    }
  g_assert_cmpuint (total, >, 60);

  /* The same file with a byte-order mark: the document parsed around the
   * networks starts after it. */
  {
    g_autofree char *contents = NULL;
    gsize length;
    g_autofree char *marked = NULL;
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(CnCatalog) again = NULL;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    marked = g_malloc (length + 3);
    memcpy (marked, "\xEF\xBB\xBF", 3);
    memcpy (marked + 3, contents, length);
    bytes = g_bytes_new_take (g_steal_pointer (&marked), length + 3);
    again = cn_catalog_new_from_bytes (bytes, "marked.json", CN_CATALOG_FLAGS_LARGE, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (cn_catalog_get_networks (again)), ==, N_NETWORKS);
    for (guint i = 0; i < N_NETWORKS; i += 149)
      {
        g_autoptr(CnNetwork) a = g_list_model_get_item (cn_catalog_get_networks (catalog), i);
        g_autoptr(CnNetwork) b = g_list_model_get_item (cn_catalog_get_networks (again), i);

        g_assert_cmpstr (cn_network_get_id (a), ==, cn_network_get_id (b));
        g_assert_cmpstr (cn_text_get (cn_network_get_description (a)), ==, cn_text_get (cn_network_get_description (b)));
      }
  }

  g_remove (path);
  g_rmdir (dir);
}

/* A large catalog builds its search index on another processor after it
 * has loaded (issue 18). A search at once waits for it and answers as the
 * index built on the spot does; waiting again is harmless; a catalog
 * dropped while its index is still being built goes cleanly (AddressSanitizer
 * would see a leak or a use after free). */
static void
test_background_index (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cn-large-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "catalog.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CnCatalog) catalog = NULL;
  g_autoptr(CnSearchIndex) rebuilt = NULL;
  g_autofree int *ranks = g_new (int, N_NETWORKS);
  g_autofree int *ranks_rebuilt = g_new (int, N_NETWORKS);
  static const char *queries[] = { "c", "climate", "resilience city", "אקלים", "ערים" };

  g_assert_true (bench_generate_catalog (path, N_NETWORKS, &error));
  g_assert_no_error (error);

  /* Dropped at once, three times: each while its index may be half built. */
  for (guint i = 0; i < 3; i++)
    {
      CnCatalog *dropped = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_LARGE, NULL, &error);

      g_assert_no_error (error);
      g_object_unref (dropped);
    }

  catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_LARGE, NULL, &error);
  g_assert_no_error (error);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(CnSearchQuery) query = cn_catalog_new_search_query (catalog, queries[q]);
      guint n = cn_catalog_search_networks (catalog, query, ranks);

      if (rebuilt == NULL)
        rebuilt = cn_catalog_build_network_index (catalog);
      g_assert_cmpuint (n, ==, cn_search_index_query (rebuilt, query, ranks_rebuilt));
      g_assert_cmpmem (ranks, N_NETWORKS * sizeof (int), ranks_rebuilt, N_NETWORKS * sizeof (int));
      if (q == 0)
        g_assert_cmpuint (n, >, 0);
      cn_catalog_wait_for_search (catalog);
    }

  g_remove (path);
  g_rmdir (dir);
}

/* A catalog under the background threshold (the bundled one) has no index
 * once loaded: the first search builds it, or cn_catalog_prepare_search()
 * starts it on another processor. Every way gives the same answers as an
 * index built on its own; a catalog dropped while its index is being
 * prepared waits for it (under AddressSanitizer in CI, a use after free or
 * a leak would show). */
static void
test_prepared_index (void)
{
  static const char *queries[] = { "c", "climate", "resilience city", "אקלים", "ערים", "C40" };
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) lazy = cn_catalog_new_bundled (&error);
  g_autoptr(CnCatalog) prepared = NULL;
  g_autoptr(CnSearchIndex) rebuilt = NULL;
  guint n_networks;
  g_autofree int *ranks = NULL;
  g_autofree int *ranks_prepared = NULL;
  g_autofree int *ranks_rebuilt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (cn_catalog_get_index_state (lazy), ==, CN_CATALOG_INDEX_NONE);
  n_networks = g_list_model_get_n_items (cn_catalog_get_networks (lazy));
  g_assert_cmpuint (n_networks, >, 0);
  ranks = g_new (int, n_networks);
  ranks_prepared = g_new (int, n_networks);
  ranks_rebuilt = g_new (int, n_networks);

  for (guint i = 0; i < 3; i++)
    {
      CnCatalog *dropped = cn_catalog_new_bundled (&error);

      g_assert_no_error (error);
      cn_catalog_prepare_search (dropped);
      g_object_unref (dropped);
    }

  prepared = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  g_assert_cmpint (cn_catalog_get_index_state (prepared), ==, CN_CATALOG_INDEX_NONE);
  /* Started, on another processor, and waited for only by a search. */
  cn_catalog_prepare_search (prepared);
  g_assert_cmpint (cn_catalog_get_index_state (prepared), ==, CN_CATALOG_INDEX_BUILDING);
  cn_catalog_prepare_search (prepared);
  g_assert_cmpint (cn_catalog_get_index_state (prepared), ==, CN_CATALOG_INDEX_BUILDING);
  rebuilt = cn_catalog_build_network_index (lazy);
  g_assert_cmpint (cn_catalog_get_index_state (lazy), ==, CN_CATALOG_INDEX_NONE);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(CnSearchQuery) query = cn_catalog_new_search_query (lazy, queries[q]);
      guint n = cn_catalog_search_networks (lazy, query, ranks);

      g_assert_cmpuint (n, ==, cn_catalog_search_networks (prepared, query, ranks_prepared));
      g_assert_cmpuint (n, ==, cn_search_index_query (rebuilt, query, ranks_rebuilt));
      g_assert_cmpmem (ranks, n_networks * sizeof (int), ranks_prepared, n_networks * sizeof (int));
      g_assert_cmpmem (ranks, n_networks * sizeof (int), ranks_rebuilt, n_networks * sizeof (int));
      if (q <= 1 || q == 5)
        g_assert_cmpuint (n, >, 0);
      /* The first search built it here; preparing then has nothing to do. */
      g_assert_cmpint (cn_catalog_get_index_state (lazy), ==, CN_CATALOG_INDEX_BUILT);
      g_assert_cmpint (cn_catalog_get_index_state (prepared), ==, CN_CATALOG_INDEX_BUILT);
      cn_catalog_prepare_search (lazy);
      g_assert_cmpint (cn_catalog_get_index_state (lazy), ==, CN_CATALOG_INDEX_BUILT);
    }
  cn_catalog_wait_for_search (prepared);
}

typedef struct
{
  CnCatalog     *catalog;
  GMutex        *lock;
  GCond         *cond;
  gboolean      *go;
  CnSearchIndex *index;
} BuildJob;

static gpointer
build_when_told (gpointer data)
{
  BuildJob *job = data;

  g_mutex_lock (job->lock);
  while (!*job->go)
    g_cond_wait (job->cond, job->lock);
  g_mutex_unlock (job->lock);
  job->index = cn_catalog_build_network_index (job->catalog);
  return NULL;
}

/* Two catalogs' indexes built at the same moment on two threads (as a
 * catalog indexing in the background and another indexed on the spot can
 * be) come out as one built alone: the build shares nothing between
 * threads. Its sorts once kept their context in two static globals. */
static void
test_concurrent_builds (void)
{
  static const char *queries[] = { "c", "climate", "resilience city", "אקלים", "ערים", "C40", "net" };
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) reference_catalog = cn_catalog_new_bundled (&error);
  g_autoptr(CnSearchIndex) reference = NULL;
  guint n_networks;
  g_autofree int *expected = NULL;
  g_autofree int *ranks = NULL;

  g_assert_no_error (error);
  reference = cn_catalog_build_network_index (reference_catalog);
  n_networks = g_list_model_get_n_items (cn_catalog_get_networks (reference_catalog));
  expected = g_new (int, n_networks);
  ranks = g_new (int, n_networks);

  for (guint round = 0; round < 20; round++)
    {
      GMutex lock;
      GCond cond;
      gboolean go = FALSE;
      BuildJob jobs[2];
      GThread *threads[2];

      g_mutex_init (&lock);
      g_cond_init (&cond);
      for (guint t = 0; t < 2; t++)
        {
          jobs[t] = (BuildJob) { cn_catalog_new_bundled (&error), &lock, &cond, &go, NULL };
          g_assert_no_error (error);
          threads[t] = g_thread_new ("test-build", build_when_told, &jobs[t]);
        }
      g_mutex_lock (&lock);
      go = TRUE;
      g_cond_broadcast (&cond);
      g_mutex_unlock (&lock);

      for (guint t = 0; t < 2; t++)
        {
          g_thread_join (threads[t]);
          for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
            {
              g_autoptr(CnSearchQuery) query = cn_search_query_new (queries[q]);
              guint n = cn_search_index_query (reference, query, expected);

              g_assert_cmpuint (cn_search_index_query (jobs[t].index, query, ranks), ==, n);
              g_assert_cmpmem (ranks, n_networks * sizeof (int), expected, n_networks * sizeof (int));
            }
          cn_search_index_free (jobs[t].index);
          g_object_unref (jobs[t].catalog);
        }
      g_mutex_clear (&lock);
      g_cond_clear (&cond);
    }
}

/* Three builders appended give the index one builder gives. */
static void
test_builder_append (void)
{
  static const char *texts[] = {
    "climate adaptation city", "ערים וחוסן אקלים", "mobility network", "Café São Paulo",
    "בערים ברשת", "climate", "", "resilience climate city mobility", "לרשת הערים", "C40 ICLEI",
  };
  CnSearchIndexBuilder *whole = cn_search_index_builder_new ();
  CnSearchIndexBuilder *parts[3];
  g_autoptr(CnSearchIndex) one = NULL;
  g_autoptr(CnSearchIndex) joined = NULL;
  const guint n = 300;
  int *ranks_one = g_new (int, n);
  int *ranks_joined = g_new (int, n);

  for (guint p = 0; p < 3; p++)
    parts[p] = cn_search_index_builder_new ();
  for (guint d = 0; d < n; d++)
    {
      CnSearchIndexBuilder *part = parts[d * 3 / n];
      const char *primary = texts[d % G_N_ELEMENTS (texts)];
      const char *secondary = texts[(d * 7 + 3) % G_N_ELEMENTS (texts)];

      cn_search_index_builder_add_text (whole, CN_SEARCH_PRIMARY, primary);
      cn_search_index_builder_add_text (whole, CN_SEARCH_SECONDARY, secondary);
      cn_search_index_builder_end_record (whole);
      cn_search_index_builder_add_text (part, CN_SEARCH_PRIMARY, primary);
      cn_search_index_builder_add_text (part, CN_SEARCH_SECONDARY, secondary);
      cn_search_index_builder_end_record (part);
    }
  cn_search_index_builder_append (parts[0], parts[1]);
  cn_search_index_builder_append (parts[0], parts[2]);
  one = cn_search_index_builder_end (whole);
  joined = cn_search_index_builder_end (parts[0]);

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    for (glong cut = 1; cut <= MIN (4, g_utf8_strlen (texts[t], -1)); cut++)
      {
        g_autofree char *prefix = g_utf8_substring (texts[t], 0, cut);
        g_autoptr(CnSearchQuery) query = cn_search_query_new (prefix);
        guint a = cn_search_index_query (one, query, ranks_one);
        guint b = cn_search_index_query (joined, query, ranks_joined);

        g_assert_cmpuint (a, ==, b);
        g_assert_cmpmem (ranks_one, n * sizeof (int), ranks_joined, n * sizeof (int));
      }
  g_free (ranks_one);
  g_free (ranks_joined);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/large-catalog/builder-append", test_builder_append);
  g_test_add_func ("/large-catalog/index", test_large_catalog_index);
  g_test_add_func ("/large-catalog/background-index", test_background_index);
  g_test_add_func ("/large-catalog/prepared-index", test_prepared_index);
  g_test_add_func ("/large-catalog/concurrent-builds", test_concurrent_builds);

  return g_test_run ();
}
