/* cn-test-window.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* What the UI tests read of a window: its template's widgets, found by
 * their ids in ui/cn-window.ui and ui/cn-network-list.ui, and the few
 * fields of cn-window-private.h that no widget shows. */

#include "cn-window-private.h"

#define CN_TEST_CHILD(widget, type, id) \
  gtk_widget_get_template_child (GTK_WIDGET (widget), type, id)

static inline CnNetworkList *
cn_test_window_get_network_list_widget (CnWindow *window)
{
  return CN_NETWORK_LIST (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "network_list"));
}

/* The list view of the networks. */
static inline GtkWidget *
cn_test_window_get_network_list (CnWindow *window)
{
  return GTK_WIDGET (CN_TEST_CHILD (cn_test_window_get_network_list_widget (window), CN_TYPE_NETWORK_LIST,
                                    "list_view"));
}

static inline GListModel *
cn_test_window_get_network_model (CnWindow *window)
{
  CnRankedSelection *selection = cn_network_list_get_selection (cn_test_window_get_network_list_widget (window));

  return G_LIST_MODEL (cn_ranked_selection_get_model (selection));
}

static inline CnNetwork *
cn_test_window_get_selected_network (CnWindow *window)
{
  CnRankedSelection *selection = cn_network_list_get_selection (cn_test_window_get_network_list_widget (window));

  return cn_ranked_selection_get_selected_item (selection);
}

static inline CnNetworkDetail *
cn_test_window_get_detail (CnWindow *window)
{
  /* Built when a network is first shown: this builds it if none was yet. */
  return _cn_window_get_network_detail (window);
}

static inline const char *
cn_test_window_get_detail_title (CnWindow *window)
{
  return cn_network_detail_get_title (cn_test_window_get_detail (window));
}

/* Whether the detail's sections, added one per frame, are all there. */
static inline gboolean
cn_test_window_is_detail_complete (CnWindow *window)
{
  return cn_network_detail_is_complete (cn_test_window_get_detail (window));
}

/* The shortcuts window, once it has been shown. */
static inline GtkWindow *
cn_test_window_get_help_overlay (CnWindow *window)
{
  return window->help_overlay;
}

static inline const char *
cn_test_window_get_visible_view (CnWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "view_stack")));
}

/* The message above the content, or NULL when none shows. */
static inline const char *
cn_test_window_get_message (CnWindow *window)
{
  GtkInfoBar *bar = GTK_INFO_BAR (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "message_bar"));
  GtkLabel *label = GTK_LABEL (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "message_label"));

  return gtk_info_bar_get_revealed (bar) ? gtk_label_get_text (label) : NULL;
}

static inline gboolean
cn_test_window_is_welcome_visible (CnWindow *window)
{
  GtkStack *stack = GTK_STACK (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "detail_stack"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "welcome") == 0;
}

static inline gboolean
cn_test_window_is_empty_state_visible (CnWindow *window)
{
  GtkStack *stack = GTK_STACK (CN_TEST_CHILD (cn_test_window_get_network_list_widget (window), CN_TYPE_NETWORK_LIST,
                                              "list_stack"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "empty") == 0;
}

static inline GtkWidget *
cn_test_window_get_case_study_panel (CnWindow *window)
{
  return GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "case_study_panel"));
}

static inline gboolean
cn_test_window_is_case_study_visible (CnWindow *window)
{
  return gtk_widget_get_visible (cn_test_window_get_case_study_panel (window));
}

static inline GtkWidget *
cn_test_window_get_search_entry (CnWindow *window)
{
  return GTK_WIDGET (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "search_entry"));
}

/* The Benefits view, filled as when it is first shown. */
static inline GtkWidget *
cn_test_window_get_benefits_view (CnWindow *window)
{
  _cn_window_ensure_benefits_view (window);
  return GTK_WIDGET (_cn_window_get_benefits_view (window));
}

/* Opens the Filters popover (the search bar first, where its button is) and
 * waits until it shows. A popover grabs the pointer when it opens, and the
 * UI tests share one X display: when another test holds a grab the popover
 * does not show, so it is asked again. Returns whether it shows. */
static inline gboolean
cn_test_window_open_filters (CnWindow *window)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "filter_button"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  CN_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (button)));
  for (int attempt = 0; attempt < 10; attempt++)
    {
      gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

      gtk_menu_button_popup (button);
      while (g_get_monotonic_time () < end &&
             !(gtk_menu_button_get_popover (button) != NULL &&
               gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button)))))
        g_main_context_iteration (NULL, FALSE);
      if (gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button))))
        return TRUE;
      gtk_menu_button_popdown (button);
      cn_test_iterate (100);
    }
  return FALSE;
}

/* The networks a search finds, as the window lists them: how many, and
 * the first one's id (NULL when none). */
static inline guint
cn_test_window_n_results (CnWindow   *window,
                          const char *query)
{
  cn_window_set_search (window, query);
  cn_test_iterate (50);
  return g_list_model_get_n_items (cn_test_window_get_network_model (window));
}

static inline const char *
cn_test_window_first_result (CnWindow   *window,
                             const char *query)
{
  g_autoptr(CnNetwork) first = NULL;

  if (cn_test_window_n_results (window, query) == 0)
    return NULL;
  first = g_list_model_get_item (cn_test_window_get_network_model (window), 0);
  return cn_network_get_id (first);
}
