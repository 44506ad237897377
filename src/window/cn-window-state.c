/* cn-window-state.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the window remembers between runs. The defaults and the ranges are
 * the settings schema's (the .gschema.xml in data/); nothing here repeats them.
 * States that change at a click are bound to their settings; sizes, which
 * change at every step of a drag, are read at startup, fitted to the
 * screen, and written when the window closes. */

#include "config.h"

#include "cn-window-private.h"

/* The divider keeps both panes usable: the list this wide at least, and
 * this much left for the detail. */
#define LIST_MIN_WIDTH   240
#define DETAIL_MIN_WIDTH 320

/* @value within @key's range in the schema. */
static int
clamp_to_range (GSettings  *settings,
                const char *key,
                int         value)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  const char *type;
  int min, max;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &type, &limits);
  if (!g_str_equal (type, "range"))
    return value;
  g_variant_get (limits, "(ii)", &min, &max);
  return CLAMP (value, min, max);
}

static void
set_int_in_range (GSettings  *settings,
                  const char *key,
                  int         value)
{
  g_settings_set_int (settings, key, clamp_to_range (settings, key, value));
}

/* The largest monitor's size, or FALSE when there is no monitor. */
static gboolean
get_largest_monitor (int *width,
                     int *height)
{
  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = display ? gdk_display_get_monitors (display) : NULL;

  *width = *height = 0;
  for (guint i = 0; monitors != NULL && i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      *width = MAX (*width, geometry.width);
      *height = MAX (*height, geometry.height);
    }
  return *width > 0 && *height > 0;
}

/* The comparison is a page of the view stack, but it is not a place to
 * come back to: its set is not saved, so the saved view stays the one the
 * user compared from. */
static GVariant *
view_to_setting (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  const char *view = g_value_get_string (value);

  if (view == NULL || g_str_equal (view, "comparison"))
    return NULL;
  return g_variant_new_string (view);
}

void
_cn_window_restore_state (CnWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");
  int position = g_settings_get_int (self->settings, "paned-position");
  int max_width, max_height;

  /* Saved geometry may come from a larger screen: keep the window within
   * the largest monitor. */
  if (get_largest_monitor (&max_width, &max_height) && (width > max_width || height > max_height))
    {
      g_message ("The saved window size %d×%d does not fit the screen (%d×%d); using a size that fits",
                 width, height, max_width, max_height);
      width = MIN (width, max_width);
      height = MIN (height, max_height);
    }
  position = CLAMP (position, LIST_MIN_WIDTH, MAX (LIST_MIN_WIDTH, width - DETAIL_MIN_WIDTH));

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  gtk_paned_set_position (self->paned, position);

  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "view", self->view_stack, "visible-child-name",
                                G_SETTINGS_BIND_DEFAULT, NULL, view_to_setting, NULL, NULL);
  g_settings_bind (self->settings, "case-study-visible", self, "case-study-visible", G_SETTINGS_BIND_DEFAULT);
}

void
_cn_window_save_state (CnWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!maximized && width > 0 && height > 0)
    {
      set_int_in_range (self->settings, "window-width", width);
      set_int_in_range (self->settings, "window-height", height);
    }
  set_int_in_range (self->settings, "paned-position", gtk_paned_get_position (self->paned));
  /* A panel the reader dragged keeps its width; one the window sized
   * follows the window's width next time too. */
  if (_cn_window_get_case_study_visible (self) && !self->narrow)
    {
      int panel = gtk_widget_get_width (GTK_WIDGET (self->case_study_panel));

      if (self->panel_auto_width > 0)
        g_settings_reset (self->settings, "case-study-width");
      else if (panel > 0)
        set_int_in_range (self->settings, "case-study-width", panel);
    }
  g_settings_apply (self->settings);
}

/* Before the window's widgets go: a stack losing its pages must not write
 * its empty page name over the saved view. */
void
_cn_window_unbind_state (CnWindow *self)
{
  g_settings_unbind (self, "maximized");
  g_settings_unbind (self->view_stack, "visible-child-name");
  g_settings_unbind (self, "case-study-visible");
}
