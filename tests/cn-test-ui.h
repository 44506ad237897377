/* cn-test-ui.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Shared by the UI tests: running the main loop for a while, and the real
 * application class under a test id. */

#include <gtk/gtk.h>

#include "cn-application.h"

/* Runs the main loop for @ms milliseconds: long enough for the search
 * delay, frame clock and timeouts of the code under test. */
static inline void
cn_test_iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* The real application (accelerators, style, help overlay), registered
 * under @suffix so that a running instance is never reused. */
static inline GtkApplication *
cn_test_application_new (const char *suffix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strconcat (APP_ID ".", suffix, NULL);
  GtkApplication *app = g_object_new (CN_TYPE_APPLICATION,
                                      "application-id", id,
                                      "flags", G_APPLICATION_NON_UNIQUE,
                                      "resource-base-path", RESOURCE_PREFIX,
                                      NULL);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}
