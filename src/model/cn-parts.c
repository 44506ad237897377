/* cn-parts.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs work in parts on several processors, for the loader's large jobs
 * (parsing, indexing and freeing the networks): cn_part_start() hands a
 * part to a shared GThreadPool, cn_part_join() waits for it.
 *
 * A part never depends on a thread starting: when the pool cannot start
 * one (or has none free), the part waits in the pool's queue, and
 * cn_part_join() takes it back and runs it on the calling thread. Whoever
 * takes the part first (a pool thread or the joining thread) runs it; the
 * other only waits or lets go. */

#include "config.h"

#include "cn-parts.h"

enum
{
  PART_WAITING,
  PART_TAKEN,
};

struct _CnPart
{
  CnPartFunc  func;
  gpointer    data;
  int         state;     /* atomic: PART_WAITING, then PART_TAKEN */
  gboolean    done;      /* under mutex */
  GMutex      mutex;
  GCond       cond;
};

static void
part_clear (gpointer data)
{
  CnPart *part = data;

  g_mutex_clear (&part->mutex);
  g_cond_clear (&part->cond);
}

static void
part_release (CnPart *part)
{
  g_atomic_rc_box_release_full (part, part_clear);
}

/* Runs @part here if no one has taken it yet. */
static gboolean
part_take_and_run (CnPart *part)
{
  if (!g_atomic_int_compare_and_exchange (&part->state, PART_WAITING, PART_TAKEN))
    return FALSE;

  part->func (part->data);

  g_mutex_lock (&part->mutex);
  part->done = TRUE;
  g_cond_signal (&part->cond);
  g_mutex_unlock (&part->mutex);
  return TRUE;
}

static void
pool_run_cb (gpointer data,
             gpointer user_data)
{
  CnPart *part = data;

  part_take_and_run (part);
  part_release (part);   /* the pool's reference */
}

/* The pool, shared by every load, or NULL if it could not be made. Its
 * threads are started on demand and are not exclusive to it. */
static GThreadPool *
get_pool (void)
{
  static gsize made;
  static GThreadPool *pool;

  if (g_once_init_enter (&made))
    {
      pool = g_thread_pool_new (pool_run_cb, NULL, CN_PARTS_MAX - 1, FALSE, NULL);
      g_once_init_leave (&made, 1);
    }
  return pool;
}

/* As many parts as there are processors (at most CN_PARTS_MAX), each of at
 * least @min_per_part of the @n_items. */
guint
cn_parts_count (guint n_items,
                guint min_per_part)
{
  return CLAMP (MIN (g_get_num_processors (), n_items / min_per_part), 1, CN_PARTS_MAX);
}

/**
 * cn_part_start:
 * @func: runs the part; on any thread, so it must not touch what the
 *   caller uses until cn_part_join() returns
 *
 * Returns: (transfer full): the part, to give to cn_part_join()
 */
CnPart *
cn_part_start (CnPartFunc func,
               gpointer   data)
{
  CnPart *part = g_atomic_rc_box_new0 (CnPart);
  GThreadPool *pool = get_pool ();

  part->func = func;
  part->data = data;
  part->state = PART_WAITING;
  g_mutex_init (&part->mutex);
  g_cond_init (&part->cond);

  /* The pool's reference. A push that fails to start a thread still
   * queues the part; cn_part_join() runs it if no thread comes. */
  if (pool != NULL)
    g_thread_pool_push (pool, g_atomic_rc_box_acquire (part), NULL);

  return part;
}

/**
 * cn_part_join:
 * @part: (transfer full): from cn_part_start()
 *
 * Returns once @part has run: here, if no pool thread has taken it yet.
 */
void
cn_part_join (CnPart *part)
{
  if (!part_take_and_run (part))
    {
      g_mutex_lock (&part->mutex);
      while (!part->done)
        g_cond_wait (&part->cond, &part->mutex);
      g_mutex_unlock (&part->mutex);
    }
  part_release (part);
}
