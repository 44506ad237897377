/* test-parts.c: the parts runner (cn-parts.c)
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cn-parts.h"

typedef struct
{
  int      runs;      /* atomic */
  GThread *thread;    /* the thread it ran on */
} Count;

static void
count_cb (gpointer data)
{
  Count *count = data;

  count->thread = g_thread_self ();
  g_atomic_int_inc (&count->runs);
}

/* Every part runs once, whichever thread takes it. */
static void
test_each_part_once (void)
{
  Count counts[64] = { { 0, NULL } };
  CnPart *parts[G_N_ELEMENTS (counts)];

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    parts[i] = cn_part_start (count_cb, &counts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    cn_part_join (parts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    g_assert_cmpint (g_atomic_int_get (&counts[i].runs), ==, 1);
}

typedef struct
{
  GMutex   mutex;
  GCond    cond;
  guint    started;
  gboolean open;
} Gate;

static void
wait_at_gate_cb (gpointer data)
{
  Gate *gate = data;

  g_mutex_lock (&gate->mutex);
  gate->started++;
  g_cond_broadcast (&gate->cond);
  while (!gate->open)
    g_cond_wait (&gate->cond, &gate->mutex);
  g_mutex_unlock (&gate->mutex);
}

/* With every pool thread busy, a part that no thread can take is run by
 * cn_part_join() on the calling thread rather than waited for: the same
 * path as when a thread cannot be started at all. */
static void
test_join_runs_inline_when_no_thread (void)
{
  Gate gate = { 0 };
  CnPart *blockers[CN_PARTS_MAX - 1];
  Count count = { 0, NULL };
  CnPart *part;

  g_mutex_init (&gate.mutex);
  g_cond_init (&gate.cond);

  for (guint i = 0; i < G_N_ELEMENTS (blockers); i++)
    blockers[i] = cn_part_start (wait_at_gate_cb, &gate);

  /* Wait until the pool's threads (CN_PARTS_MAX - 1) all hold a blocker. */
  g_mutex_lock (&gate.mutex);
  while (gate.started < G_N_ELEMENTS (blockers))
    g_cond_wait (&gate.cond, &gate.mutex);
  g_mutex_unlock (&gate.mutex);

  part = cn_part_start (count_cb, &count);
  cn_part_join (part);
  g_assert_cmpint (count.runs, ==, 1);
  g_assert_true (count.thread == g_thread_self ());

  g_mutex_lock (&gate.mutex);
  gate.open = TRUE;
  g_cond_broadcast (&gate.cond);
  g_mutex_unlock (&gate.mutex);
  for (guint i = 0; i < G_N_ELEMENTS (blockers); i++)
    cn_part_join (blockers[i]);

  g_mutex_clear (&gate.mutex);
  g_cond_clear (&gate.cond);
}

static void
test_count_and_bounds (void)
{
  guint n = cn_parts_count (1000, 250);

  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <=, CN_PARTS_MAX);
  g_assert_cmpuint (cn_parts_count (0, 250), ==, 1);
  g_assert_cmpuint (cn_parts_count (100, 250), ==, 1);

  /* The parts cover every item once, in order. */
  g_assert_cmpuint (cn_parts_bound (10, 0, 3), ==, 0);
  g_assert_cmpuint (cn_parts_bound (10, 1, 3), ==, 3);
  g_assert_cmpuint (cn_parts_bound (10, 2, 3), ==, 6);
  g_assert_cmpuint (cn_parts_bound (10, 3, 3), ==, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parts/each-part-once", test_each_part_once);
  g_test_add_func ("/parts/join-runs-inline-when-no-thread", test_join_runs_inline_when_no_thread);
  g_test_add_func ("/parts/count-and-bounds", test_count_and_bounds);

  return g_test_run ();
}
