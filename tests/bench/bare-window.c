/* bare-window.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The yardstick for the startup benchmark: an empty GtkApplicationWindow
 * of the app's default size, measured as the app measures itself with
 * CN_BENCHMARK_STARTUP=1: it prints the microseconds from main() to its
 * first painted frame, then its resident memory at that moment (the
 * "VmRSS:" line of /proc/self/status), then quits. */

#include <gtk/gtk.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

static gint64 start_time;

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        GtkWidget     *window)
{
  gint64 micros = g_get_monotonic_time () - start_time;
  g_autofree char *status = NULL;
  const char *line = NULL;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (line = strstr (status, "\nVmRSS:")) != NULL)
    line++;
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, window);
  printf ("%" G_GINT64_FORMAT "\n%.*s\n", micros, line ? (int) strcspn (line, "\n") : 0, line ? line : "");
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
realize_cb (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), window, 0);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);   /* the app's default */
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  start_time = g_get_monotonic_time ();

  setlocale (LC_ALL, "");

  /* A unique application on the session bus, as the app is. */
  app = gtk_application_new ("io.github.climatenetworks.ClimateNetworks.BareWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
