/* main.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <locale.h>
#include <unistd.h>

#include "cn-application.h"
#include "cn-util.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CnApplication) app = NULL;
  int status;

  /* Startup benchmarks measure from here. */
  cn_startup_clock_start ();

  /* The language preference must be applied before gettext and GTK read
   * the environment. */
  cn_apply_language_preference ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, cn_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = cn_application_new ();
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
