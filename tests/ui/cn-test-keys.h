/* cn-test-keys.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* A key press delivered as GTK delivers one, for the tests that check what
 * the keyboard does: GTK 4 has no API to synthesize events, so this walks
 * the event controllers of the widgets from the window down to the focus
 * (capture phase) and back up (target and bubble), and gives the key to
 * each key controller and to each shortcut (key bindings, the
 * application's accelerators, the window's Tab and arrow bindings) whose
 * trigger is that key, until one handles it. */

#include <gtk/gtk.h>

static inline gboolean
cn_test_keys_trigger_matches (GtkShortcutTrigger *trigger,
                              guint               keyval,
                              GdkModifierType     state)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return cn_test_keys_trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)),
                                         keyval, state) ||
           cn_test_keys_trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)),
                                         keyval, state);
  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gdk_keyval_to_lower (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger))) ==
           gdk_keyval_to_lower (keyval) &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == state;
}

static inline gboolean
cn_test_keys_to_controller (GtkEventController *controller,
                            GtkWidget          *widget,
                            guint               keyval,
                            GdkModifierType     state)
{
  gboolean handled = FALSE;

  if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
    {
      /* GTK's own key controllers on the window (the search bar's typing
       * capture) and in text fields (input methods) forward the real event,
       * which there is none of here; typing is done with set_text(). */
      if (GTK_IS_WINDOW (widget) || GTK_IS_TEXT (widget))
        return FALSE;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      return handled;
    }

  if (GTK_IS_SHORTCUT_CONTROLLER (controller))
    {
      GListModel *shortcuts = G_LIST_MODEL (controller);

      if (gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) == GTK_SHORTCUT_SCOPE_MANAGED)
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);

          if (!cn_test_keys_trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, state))
            continue;
          if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

static inline gboolean
cn_test_keys_in_phase (GtkWidget           *widget,
                       GtkPropagationPhase  phase,
                       guint                keyval,
                       GdkModifierType      state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (gtk_event_controller_get_propagation_phase (controller) == phase &&
          cn_test_keys_to_controller (controller, widget, keyval, state))
        return TRUE;
    }
  return FALSE;
}

/* Presses @keyval with @state in @window; returns whether it was handled. */
static inline gboolean
cn_test_press_key (GtkWindow       *window,
                   guint            keyval,
                   GdkModifierType  state)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  gboolean handled = FALSE;

  for (GtkWidget *w = focus ? focus : GTK_WIDGET (window); w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (path, 0, w);

  for (guint i = 0; i < path->len && !handled; i++)
    handled = cn_test_keys_in_phase (g_ptr_array_index (path, i), GTK_PHASE_CAPTURE, keyval, state);
  for (guint i = path->len; i > 0 && !handled; i--)
    handled = cn_test_keys_in_phase (g_ptr_array_index (path, i - 1), GTK_PHASE_TARGET, keyval, state) ||
              cn_test_keys_in_phase (g_ptr_array_index (path, i - 1), GTK_PHASE_BUBBLE, keyval, state);
  /* What a frame would do in between: layout and the rows it makes. */
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  return handled;
}
