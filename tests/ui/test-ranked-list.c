/* test-ranked-list.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The network list's models, without a window: CnRankedList (the networks a
 * search accepts, best first) and CnRankedSelection (the same as slots whose
 * content changes in place, with one network selected). */

#include "config.h"

#include <gtk/gtk.h>

#include "cn-list-slot.h"
#include "cn-ranked-selection.h"
#include "cn-search-filter.h"

typedef struct
{
  CnCatalog         *catalog;
  CnSearchFilter    *filter;
  CnRankedList      *ranked;
  CnRankedSelection *selection;
  GArray            *changes;          /* guint triples: position, removed, added */
  GArray            *selection_changes; /* guint pairs: position, n_items */
  guint              selected_item_notifies;
} Fixture;

static void
record_items_changed (GListModel *model,
                      guint       position,
                      guint       removed,
                      guint       added,
                      Fixture    *f)
{
  guint triple[3] = { position, removed, added };

  g_array_append_vals (f->changes, triple, 3);
}

static void
record_selection_changed (GtkSelectionModel *model,
                          guint              position,
                          guint              n_items,
                          Fixture           *f)
{
  guint pair[2] = { position, n_items };

  g_array_append_vals (f->selection_changes, pair, 2);
}

static void
count_selected_item (Fixture *f)
{
  f->selected_item_notifies++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  f->filter = cn_search_filter_new (f->catalog, CN_SEARCH_TARGET_NETWORKS);
  f->ranked = cn_ranked_list_new (cn_catalog_get_networks (f->catalog), f->filter);
  f->selection = cn_ranked_selection_new (g_object_ref (f->ranked));
  f->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  f->selection_changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (f->selection, "items-changed", G_CALLBACK (record_items_changed), f);
  g_signal_connect (f->selection, "selection-changed", G_CALLBACK (record_selection_changed), f);
  g_signal_connect_swapped (f->selection, "notify::selected-item", G_CALLBACK (count_selected_item), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->selection);
  g_clear_object (&f->ranked);
  g_clear_object (&f->filter);
  g_clear_object (&f->catalog);
  g_array_unref (f->changes);
  g_array_unref (f->selection_changes);
}

static void
reset_records (Fixture *f)
{
  g_array_set_size (f->changes, 0);
  g_array_set_size (f->selection_changes, 0);
  f->selected_item_notifies = 0;
}

static CnNetwork *
slot_network (Fixture *f,
              guint    position)
{
  g_autoptr(CnListSlot) slot = g_list_model_get_item (G_LIST_MODEL (f->selection), position);

  g_assert_nonnull (slot);
  return cn_list_slot_get_item (slot);
}

/* Every slot shows what the ranked list has at its position. */
static void
assert_slots_match (Fixture *f)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->ranked));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->selection)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (f->ranked), i);

      g_assert_true (slot_network (f, i) == network);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (f->selection), n));
}

static guint
position_of (Fixture    *f,
             const char *id)
{
  return cn_ranked_list_find_item (f->ranked, cn_catalog_find_network (f->catalog, id));
}

static void
test_initial (Fixture       *f,
              gconstpointer  data)
{
  GListModel *networks = cn_catalog_get_networks (f->catalog);
  g_autoptr(CnNetwork) first = g_list_model_get_item (networks, 0);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (f->selection)) == CN_TYPE_LIST_SLOT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->ranked)), ==, g_list_model_get_n_items (networks));
  assert_slots_match (f);

  /* Dataset order, the first selected. */
  g_assert_cmpuint (cn_ranked_selection_get_selected (f->selection), ==, 0);
  g_assert_true (cn_ranked_selection_get_selected_item (f->selection) == (gpointer) first);
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (f->selection), 0));
  g_assert_false (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (f->selection), 1));

  /* There is always a selection. */
  g_assert_false (gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (f->selection), 0));
  g_assert_cmpuint (cn_ranked_selection_get_selected (f->selection), ==, 0);

  /* Asking twice gives the same slot. */
  {
    g_autoptr(CnListSlot) a = g_list_model_get_item (G_LIST_MODEL (f->selection), 3);
    g_autoptr(CnListSlot) b = g_list_model_get_item (G_LIST_MODEL (f->selection), 3);

    g_assert_true (a == b);
  }
}

static void
test_select (Fixture       *f,
             gconstpointer  data)
{
  guint iclei = position_of (f, "iclei");
  g_autoptr(GtkBitset) set = NULL;

  g_assert_cmpuint (iclei, !=, GTK_INVALID_LIST_POSITION);
  reset_records (f);
  g_assert_true (gtk_selection_model_select_item (GTK_SELECTION_MODEL (f->selection), iclei, TRUE));
  g_assert_cmpuint (cn_ranked_selection_get_selected (f->selection), ==, iclei);
  g_assert_cmpstr (cn_network_get_id (cn_ranked_selection_get_selected_item (f->selection)), ==, "iclei");
  g_assert_cmpuint (f->selected_item_notifies, ==, 1);

  /* The rows between the old and the new selection are told. */
  g_assert_cmpuint (f->selection_changes->len, ==, 2);
  g_assert_cmpuint (g_array_index (f->selection_changes, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (f->selection_changes, guint, 1), ==, iclei + 1);

  set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (f->selection));
  g_assert_cmpuint (gtk_bitset_get_size (set), ==, 1);
  g_assert_true (gtk_bitset_contains (set, iclei));

  /* Out of range: nothing happens. */
  g_assert_false (gtk_selection_model_select_item (GTK_SELECTION_MODEL (f->selection), 10000, TRUE));
  g_assert_cmpuint (cn_ranked_selection_get_selected (f->selection), ==, iclei);
}

/* A search keeps the slots the list view holds: only the change in length
 * is reported, and the slots' content follows. */
static void
test_search_keeps_slots (Fixture       *f,
                         gconstpointer  data)
{
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (f->selection));
  g_autoptr(CnListSlot) slot0 = g_list_model_get_item (G_LIST_MODEL (f->selection), 0);
  guint n;

  reset_records (f);
  cn_search_filter_set_text (f->filter, "ICLEI");
  n = g_list_model_get_n_items (G_LIST_MODEL (f->selection));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, n_all);
  assert_slots_match (f);

  /* The best match is first, in the slot that was already there. */
  g_assert_cmpstr (cn_network_get_id (cn_list_slot_get_item (slot0)), ==, "iclei");
  {
    g_autoptr(CnListSlot) again = g_list_model_get_item (G_LIST_MODEL (f->selection), 0);
    g_assert_true (again == slot0);
  }

  /* One change: the tail that went away. */
  g_assert_cmpuint (f->changes->len, ==, 3);
  g_assert_cmpuint (g_array_index (f->changes, guint, 0), ==, n);
  g_assert_cmpuint (g_array_index (f->changes, guint, 1), ==, n_all - n);
  g_assert_cmpuint (g_array_index (f->changes, guint, 2), ==, 0);

  /* And back: the tail comes back. */
  reset_records (f);
  cn_search_filter_set_text (f->filter, "");
  assert_slots_match (f);
  g_assert_cmpuint (f->changes->len, ==, 3);
  g_assert_cmpuint (g_array_index (f->changes, guint, 0), ==, n);
  g_assert_cmpuint (g_array_index (f->changes, guint, 1), ==, 0);
  g_assert_cmpuint (g_array_index (f->changes, guint, 2), ==, n_all - n);
}

/* The selected network stays selected while a search shows it, wherever it
 * moves; when the search hides it, the best match is selected. */
static void
test_search_follows_selection (Fixture       *f,
                               gconstpointer  data)
{
  CnNetwork *iclei = cn_catalog_find_network (f->catalog, "iclei");
  CnNetwork *gggi = cn_catalog_find_network (f->catalog, "gggi");
  guint before = position_of (f, "iclei");
  guint after;

  g_assert_cmpuint (before, >, 0);
  cn_ranked_selection_set_selected (f->selection, before);
  g_assert_true (cn_ranked_selection_get_selected_item (f->selection) == (gpointer) iclei);

  /* It moves to the top: still selected, and both rows are told, since
   * their content changed in place. */
  reset_records (f);
  cn_search_filter_set_text (f->filter, "ICLEI");
  after = cn_ranked_selection_get_selected (f->selection);
  g_assert_cmpuint (after, ==, 0);
  g_assert_cmpuint (after, ==, position_of (f, "iclei"));
  g_assert_true (cn_ranked_selection_get_selected_item (f->selection) == (gpointer) iclei);
  g_assert_true (slot_network (f, after) == iclei);
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (f->selection), 0));
  g_assert_false (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (f->selection), before));
  g_assert_cmpuint (f->selected_item_notifies, ==, 0);
  g_assert_cmpuint (f->selection_changes->len, >=, 2);
  g_assert_cmpuint (g_array_index (f->selection_changes, guint, f->selection_changes->len - 2), ==, 0);

  /* A search that hides it: the best match is selected. */
  cn_search_filter_set_text (f->filter, "GGGI");
  g_assert_cmpuint (position_of (f, "iclei"), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (position_of (f, "gggi"), ==, 0);
  g_assert_cmpuint (cn_ranked_selection_get_selected (f->selection), ==, 0);
  g_assert_true (cn_ranked_selection_get_selected_item (f->selection) == (gpointer) gggi);
  g_assert_true (slot_network (f, 0) == gggi);
  g_assert_cmpuint (f->selected_item_notifies, ==, 1);
}

/* A selected network that a search keeps but does not rank first stays
 * selected, at its new position. */
static void
test_search_keeps_selection (Fixture       *f,
                             gconstpointer  data)
{
  CnNetwork *last;
  guint n;

  cn_search_filter_set_text (f->filter, "climate");
  n = g_list_model_get_n_items (G_LIST_MODEL (f->selection));
  g_assert_cmpuint (n, >, 1);
  last = slot_network (f, n - 1);

  cn_search_filter_set_text (f->filter, "");
  cn_ranked_selection_set_selected (f->selection, cn_ranked_list_find_item (f->ranked, last));
  g_assert_true (cn_ranked_selection_get_selected_item (f->selection) == (gpointer) last);

  reset_records (f);
  cn_search_filter_set_text (f->filter, "climate");
  g_assert_cmpuint (cn_ranked_selection_get_selected (f->selection), ==, n - 1);
  g_assert_true (cn_ranked_selection_get_selected_item (f->selection) == (gpointer) last);
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (f->selection), n - 1));
  g_assert_cmpuint (f->selected_item_notifies, ==, 0);
}

static void
test_empty_result (Fixture       *f,
                   gconstpointer  data)
{
  reset_records (f);
  cn_search_filter_set_text (f->filter, "zzzzqqqq-nothing-matches");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->selection)), ==, 0);
  g_assert_cmpuint (cn_ranked_selection_get_selected (f->selection), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (cn_ranked_selection_get_selected_item (f->selection));
  g_assert_cmpuint (f->selected_item_notifies, ==, 1);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (f->selection), 0));

  /* Results again: the first is selected. */
  cn_search_filter_set_text (f->filter, "");
  assert_slots_match (f);
  g_assert_cmpuint (cn_ranked_selection_get_selected (f->selection), ==, 0);
  g_assert_true (cn_ranked_selection_get_selected_item (f->selection) == (gpointer) slot_network (f, 0));
  g_assert_cmpuint (f->selected_item_notifies, ==, 2);
}

/* The ranked list itself: ranks first, dataset order within a rank, and the
 * lookups the selection uses. */
static void
test_ranked_list (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (f->ranked);
  guint n;

  cn_search_filter_set_text (f->filter, "climate");
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnNetwork) item = g_list_model_get_item (model, i);
      guint source = cn_network_get_position (item);
      g_autoptr(CnNetwork) same = g_list_model_get_item (cn_catalog_get_networks (f->catalog), source);

      g_assert_true (item == same);
      g_assert_cmpuint (cn_ranked_list_find_item (f->ranked, item), ==, i);
      if (i > 0)
        {
          g_autoptr(CnNetwork) before = g_list_model_get_item (model, i - 1);
          guint prev = cn_network_get_position (before);
          int rank = cn_search_filter_get_rank (f->filter, source);
          int prev_rank = cn_search_filter_get_rank (f->filter, prev);

          g_assert_cmpint (prev_rank, <=, rank);
          if (prev_rank == rank)
            g_assert_cmpuint (prev, <, source);
        }
    }
  g_assert_null (g_list_model_get_item (model, n));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ranked-list/initial", test_initial);
  ADD ("/ranked-list/select", test_select);
  ADD ("/ranked-list/search-keeps-slots", test_search_keeps_slots);
  ADD ("/ranked-list/search-follows-selection", test_search_follows_selection);
  ADD ("/ranked-list/search-keeps-selection", test_search_keeps_selection);
  ADD ("/ranked-list/empty-result", test_empty_result);
  ADD ("/ranked-list/order", test_ranked_list);
#undef ADD

  return g_test_run ();
}
