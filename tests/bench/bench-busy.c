/* bench-busy.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The competing process of bench-run's busy pass: fork()ed, pinned with
 * sched_setaffinity() to the last processor bench-run may use, and spinning
 * there until bench_busy_stop() kills it. None is ever left behind: the
 * child gets SIGKILL when bench-run dies whatever the cause
 * (PR_SET_PDEATHSIG), bench-run's SIGINT, SIGTERM and SIGHUP kill it before
 * bench-run goes, and an atexit() handler stops it on any exit(). */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>

#include "bench-busy.h"

static volatile pid_t busy_pid = 0;
static volatile pid_t measuring_pid = 0;
static gint64 busy_started;

static void
kill_busy (void)
{
  pid_t pid = busy_pid;

  if (pid > 0)
    kill (pid, SIGKILL);
}

static void
kill_measuring (void)
{
  pid_t pid = measuring_pid;

  if (pid > 0)
    kill (pid, SIGTERM);
}

static void
fatal_signal_cb (int sig)
{
  kill_busy ();
  kill_measuring ();
  signal (sig, SIG_DFL);
  raise (sig);
}

static void
at_exit_cb (void)
{
  g_free (bench_busy_stop ());
}

static void install_guards (void);

/**
 * bench_busy_guard_child:
 * @pid: the measuring program bench-run runs now, or 0
 *
 * Makes a SIGINT, SIGTERM or SIGHUP of bench-run end it too.
 */
void
bench_busy_guard_child (int pid)
{
  install_guards ();
  measuring_pid = pid;
}

static void
install_guards (void)
{
  static gboolean installed = FALSE;
  struct sigaction action = { 0 };

  if (installed)
    return;
  installed = TRUE;
  action.sa_handler = fatal_signal_cb;
  sigemptyset (&action.sa_mask);
  sigaction (SIGINT, &action, NULL);
  sigaction (SIGTERM, &action, NULL);
  sigaction (SIGHUP, &action, NULL);
  atexit (at_exit_cb);
}

/* Only async-signal-safe calls after fork() in a process with threads. */
static void G_GNUC_NORETURN
spin (pid_t parent,
      int   cpu)
{
  cpu_set_t set;
  volatile guint64 n = 0;

  if (prctl (PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid () != parent)
    _exit (1);
  CPU_ZERO (&set);
  CPU_SET (cpu, &set);
  sched_setaffinity (0, sizeof set, &set);
  for (;;)
    n++;
}

/**
 * bench_busy_start:
 *
 * Starts the competing process, unless it runs already.
 *
 * Returns: the processor it spins on, or -1 with @error set
 */
int
bench_busy_start (GError **error)
{
  cpu_set_t set;
  pid_t parent = getpid ();
  pid_t pid;
  int cpu = -1;

  if (sched_getaffinity (0, sizeof set, &set) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "sched_getaffinity: %s",
                   g_strerror (errno));
      return -1;
    }
  for (int i = 0; i < CPU_SETSIZE; i++)
    if (CPU_ISSET (i, &set))
      cpu = i;
  if (busy_pid > 0)
    return cpu;

  install_guards ();
  fflush (NULL);
  pid = fork ();
  if (pid < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "fork: %s", g_strerror (errno));
      return -1;
    }
  if (pid == 0)
    spin (parent, cpu);
  busy_pid = pid;
  busy_started = g_get_monotonic_time ();
  return cpu;
}

gboolean
bench_busy_is_running (void)
{
  return busy_pid > 0;
}

/**
 * bench_busy_stop:
 *
 * Kills the competing process and waits for it.
 *
 * Returns: (nullable): what it did (its pid, how long it ran and the CPU
 * time it used), or %NULL when none was running
 */
char *
bench_busy_stop (void)
{
  pid_t pid = busy_pid;
  struct rusage usage = { 0 };
  double cpu_s;
  double wall_s;
  int status;

  if (pid <= 0)
    return NULL;
  kill (pid, SIGKILL);
  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  busy_pid = 0;
  wall_s = (g_get_monotonic_time () - busy_started) / 1e6;
  cpu_s = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  return g_strdup_printf ("busy process %d stopped: it ran %.1f s and used %.1f s of CPU (%.0f %%)", (int) pid,
                          wall_s, cpu_s, wall_s > 0 ? 100 * cpu_s / wall_s : 0);
}
