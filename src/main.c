/* main.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <unistd.h>

#include "cn-application.h"
#include "cn-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CnApplication) app = NULL;
  /* The startup benchmark (CN_BENCHMARK_STARTUP) measures from here. */
  gint64 start_time = g_get_monotonic_time ();
  int status;

  cn_i18n_init ();

  app = cn_application_new ();
  cn_application_set_start_time (app, start_time);
  status = g_application_run (G_APPLICATION (app), argc, argv);

  if (cn_application_get_restart_requested (app))
    {
      /* Start afresh so gettext and GTK pick up the new language. */
      g_clear_object (&app);
      execv ("/proc/self/exe", argv);
      g_printerr ("climate-networks: could not restart: %s\n", g_strerror (errno));
    }

  return status;
}
