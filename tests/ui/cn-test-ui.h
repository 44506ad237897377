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

/* Iterates the main loop until @cond holds or @ms have passed: under
 * AddressSanitizer on a busy machine a frame can take longer than a fixed
 * wait. The caller asserts @cond after. */
#define cn_test_wait_until(cond, ms)                                      \
  G_STMT_START {                                                          \
    gint64 cn_wait_end_ = g_get_monotonic_time () + (gint64) (ms) * 1000; \
    while (!(cond) && g_get_monotonic_time () < cn_wait_end_)             \
      g_main_context_iteration (NULL, FALSE);                             \
  } G_STMT_END

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

/* Runs the main loop until @cond holds (at most a minute: sanitizer builds on a busy machine are slow): for effects
 * that come after a delay, such as the detail following a search, so that
 * a slow machine (or a sanitizer build) does not fail the test. */
#define CN_TEST_WAIT_UNTIL(cond) \
  G_STMT_START { \
    gint64 cn_test_end_ = g_get_monotonic_time () + 60 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < cn_test_end_) \
      g_main_context_iteration (NULL, FALSE); \
  } G_STMT_END

/* Makes the windows that follow open as for someone who has used the app
 * before (the view they left, a network selected), not as on the first
 * launch (the welcome page, nothing selected). Needs the memory backend. */
static inline void
cn_test_set_returning_user (gboolean returning)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "welcome-shown", returning);
}
