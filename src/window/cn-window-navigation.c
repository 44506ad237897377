/* cn-window-navigation.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where the window is: the view, the page beside the list, the network or
 * benefit selected, and the history that Back and Forward walk. */

#include "config.h"

#include "cn-widget-util.h"
#include "cn-window-private.h"

/* The mouse's back and forward buttons. */
#define MOUSE_BUTTON_BACK    8
#define MOUSE_BUTTON_FORWARD 9

static void benefit_selected_cb (CnWindow *self);

/* Views built when first needed */

/* The views of the stack but Networks are not in the first frame: their
 * pages hold an empty box (ui/cn-window.ui) and each view is built into it
 * here, the first time it is shown or asked for, which keeps their widget
 * trees out of the startup time and memory (issue 18). */
static GtkWidget *
build_view (GtkWidget *page,
            GType      type)
{
  GtkWidget *view = g_object_new (type, NULL);

  /* What name_for_screen_readers() does for the window's own template:
   * no "GtkImage" before an icon button's name, no "_Label Label" for a
   * mnemonic button once it changes. */
  cn_widget_hide_button_icons (view);
  cn_widget_name_mnemonic_buttons (view);
  gtk_box_append (GTK_BOX (page), view);
  return view;
}

CnBenefitsView *
_cn_window_get_benefits_view (CnWindow *self)
{
  if (self->benefits_view == NULL)
    {
      self->benefits_view = CN_BENEFITS_VIEW (build_view (self->benefits_page, CN_TYPE_BENEFITS_VIEW));
      g_signal_connect_object (self->benefits_view, "notify::selected", G_CALLBACK (benefit_selected_cb), self,
                               G_CONNECT_SWAPPED);
    }
  return self->benefits_view;
}

/* The network detail is not in the first frame either (the welcome page
 * is): built into its page when a network is first shown, with what the
 * window gave it so far. */
CnNetworkDetail *
_cn_window_get_network_detail (CnWindow *self)
{
  if (self->network_detail == NULL)
    {
      self->network_detail = CN_NETWORK_DETAIL (build_view (self->detail_page, CN_TYPE_NETWORK_DETAIL));
      if (self->shortlist != NULL)
        cn_network_detail_set_shortlist (self->network_detail, self->shortlist);
      if (self->catalog != NULL)
        cn_network_detail_set_case_studies (self->network_detail, cn_catalog_get_case_studies (self->catalog));
      if (self->comparison != NULL)
        cn_network_detail_set_comparison (self->network_detail, self->comparison);
    }
  return self->network_detail;
}

/* The network whose page the detail shows, without building the detail
 * for it: none before a network was first shown. */
CnNetwork *
_cn_window_get_shown_network (CnWindow *self)
{
  return self->network_detail != NULL ? cn_network_detail_get_network (self->network_detail) : NULL;
}

CnShortlistView *
_cn_window_get_shortlist_view (CnWindow *self)
{
  if (self->shortlist_view == NULL)
    {
      self->shortlist_view = CN_SHORTLIST_VIEW (build_view (self->shortlist_page, CN_TYPE_SHORTLIST_VIEW));
      if (self->shortlist != NULL)
        {
          cn_shortlist_view_set_catalog (self->shortlist_view, self->catalog);
          cn_shortlist_view_set_shortlist (self->shortlist_view, self->shortlist);
        }
    }
  return self->shortlist_view;
}

CnDeadlinesView *
_cn_window_get_deadlines_view (CnWindow *self)
{
  if (self->deadlines_view == NULL)
    self->deadlines_view = CN_DEADLINES_VIEW (build_view (self->deadlines_page, CN_TYPE_DEADLINES_VIEW));
  return self->deadlines_view;
}

CnComparisonView *
_cn_window_get_comparison_view (CnWindow *self)
{
  if (self->comparison_view == NULL)
    {
      self->comparison_view = CN_COMPARISON_VIEW (build_view (self->comparison_page, CN_TYPE_COMPARISON_VIEW));
      cn_comparison_view_set_model (self->comparison_view, self->catalog, self->comparison);
    }
  return self->comparison_view;
}

/* Builds the view that @view names, if it is one built on first use. */
static void
ensure_view (CnWindow   *self,
             const char *view)
{
  if (g_strcmp0 (view, "benefits") == 0)
    _cn_window_ensure_benefits_view (self);
  else if (g_strcmp0 (view, "deadlines") == 0)
    _cn_window_ensure_deadlines_view (self);
  else if (g_strcmp0 (view, "shortlist") == 0)
    _cn_window_get_shortlist_view (self);
  else if (g_strcmp0 (view, "comparison") == 0)
    _cn_window_get_comparison_view (self);
}

/* Selection and detail */

void
_cn_window_ensure_benefits_view (CnWindow *self)
{
  CnBenefitsView *view = _cn_window_get_benefits_view (self);

  if (self->benefits_ready)
    return;
  self->benefits_ready = TRUE;
  cn_benefits_view_set_catalog (view, self->catalog);
  cn_benefits_view_set_search_text (view, cn_search_filter_get_text (self->filter));
}

/* Filled when first shown: nothing of it is in the first frame. */
void
_cn_window_ensure_deadlines_view (CnWindow *self)
{
  CnDeadlinesView *view = _cn_window_get_deadlines_view (self);

  if (self->deadlines_ready)
    return;
  self->deadlines_ready = TRUE;
  cn_deadlines_view_set_catalog (view, self->catalog);
}

static void
ensure_welcome_page (CnWindow *self)
{
  if (self->welcome_ready)
    return;
  self->welcome_ready = TRUE;
  cn_welcome_page_set_catalog (self->welcome_page, self->catalog);
}

static void
ensure_detail_page (CnWindow   *self,
                    const char *page)
{
  if (g_str_equal (page, "welcome"))
    ensure_welcome_page (self);
  else if (g_str_equal (page, "glossary") && !self->glossary_ready)
    {
      self->glossary_ready = TRUE;
      cn_glossary_page_set_catalog (self->glossary_page, self->catalog);
    }
  else if (g_str_equal (page, "authorities") && !self->authorities_ready)
    {
      self->authorities_ready = TRUE;
      cn_authorities_page_set_catalog (self->authorities_page, self->catalog);
    }
}

/* History */

/* Where the window is, as Back would return to it; NULL in a view the
 * history does not know. */
static CnPlace *
dup_current_place (CnWindow *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (view, "benefits") == 0)
    {
      CnBenefit *benefit = self->benefits_ready ? cn_benefits_view_get_selected (self->benefits_view) : NULL;

      return cn_place_new (CN_PLACE_BENEFIT, benefit ? cn_benefit_get_id (benefit) : NULL, NULL);
    }

  if (g_strcmp0 (view, "networks") == 0)
    {
      const char *page = gtk_stack_get_visible_child_name (self->detail_stack);
      CnNetwork *network = cn_ranked_selection_get_selected_item (self->selection);

      if (g_strcmp0 (page, "detail") == 0 && network != NULL)
        return cn_place_new (CN_PLACE_NETWORK, cn_network_get_id (network), NULL);
      if (g_strcmp0 (page, "glossary") == 0)
        return cn_place_new (CN_PLACE_GLOSSARY, self->glossary_term, NULL);
      if (g_strcmp0 (page, "authorities") == 0)
        return cn_place_new (CN_PLACE_ISRAELI_AUTHORITIES, NULL, NULL);
      return cn_place_new (CN_PLACE_WELCOME, NULL, NULL);
    }

  return NULL;
}

/* Records where the window now is. The places a search passes through as
 * it is typed are one step: each replaces the one before. */
void
_cn_window_record_place (CnWindow *self,
                         gboolean  from_search)
{
  g_autoptr(CnPlace) place = NULL;

  /* Nothing before the window is set up, nor while going Back, nor on
   * the way through a change of several steps. */
  if (self->history == NULL || self->restoring || self->history_frozen > 0)
    return;

  place = dup_current_place (self);
  if (place == NULL)
    return;

  if (from_search && self->search_place)
    cn_window_history_replace_current (self->history, place);
  else
    cn_window_history_push (self->history, place);
  self->search_place = from_search;
}

/* A change of several steps (a view, then a selection in it) is one place:
 * the one it ends at. */
static void
freeze_history (CnWindow *self)
{
  self->history_frozen++;
}

static void
thaw_history (CnWindow *self)
{
  g_assert (self->history_frozen > 0);
  if (--self->history_frozen == 0)
    _cn_window_record_place (self, FALSE);
}

static void
update_detail (CnWindow *self,
               gboolean  from_search)
{
  CnNetwork *network = cn_ranked_selection_get_selected_item (self->selection);
  const char *page;

  /* The network's page is built when a network is first shown. */
  if (network != NULL || self->network_detail != NULL)
    {
      CnNetworkDetail *detail = _cn_window_get_network_detail (self);

      cn_network_detail_set_network (detail, network);
      /* Found by a search: why, in bold, as in its row. */
      cn_network_detail_set_highlight (detail, cn_search_filter_get_query (self->filter));
    }
  g_clear_handle_id (&self->highlight_timeout, g_source_remove);

  /* A network's page when one is selected; otherwise the page asked for,
   * the welcome page by default. No row is selected while another page
   * shows, so that no row looks chosen without its detail beside it. */
  if (network != NULL)
    page = "detail";
  else
    page = self->requested_page ? self->requested_page : "welcome";
  ensure_detail_page (self, page);
  gtk_stack_set_visible_child_name (self->detail_stack, page);
  _cn_window_record_place (self, from_search);
}

void
_cn_window_update_detail (CnWindow *self)
{
  update_detail (self, FALSE);
}

static void
detail_timeout_cb (gpointer user_data)
{
  CnWindow *self = user_data;

  self->detail_timeout = 0;
  update_detail (self, TRUE);
}

static void
detail_page_changed_cb (CnWindow *self)
{
  _cn_window_record_place (self, FALSE);
}

/**
 * _cn_window_show_page:
 * @page: "welcome", "glossary" or "authorities"
 *
 * Shows a page of the Networks view that is not a network's, with no
 * network selected.
 */
void
_cn_window_show_page (CnWindow   *self,
                      const char *page)
{
  freeze_history (self);
  _cn_window_show_view (self, "networks");
  self->requested_page = g_intern_string (page);
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
  cn_ranked_selection_unselect (self->selection);
  _cn_window_update_detail (self);
  thaw_history (self);
}

/**
 * _cn_window_show_glossary:
 * @term: (nullable): the entry to bring to the top, or %NULL or ""
 */
void
_cn_window_show_glossary (CnWindow   *self,
                          const char *term)
{
  g_free (self->glossary_term);
  self->glossary_term = term != NULL && term[0] != '\0' ? g_strdup (term) : NULL;
  /* The page is built before it is scrolled. */
  ensure_detail_page (self, "glossary");
  _cn_window_show_page (self, "glossary");
  cn_glossary_page_scroll_to_term (self->glossary_page, self->glossary_term);
}

/* Shows @place without recording it. */
static void
go_to_place (CnWindow      *self,
             const CnPlace *place)
{
  self->restoring = TRUE;
  switch (place->kind)
    {
    case CN_PLACE_WELCOME:
      _cn_window_show_page (self, "welcome");
      break;

    case CN_PLACE_NETWORK:
      cn_window_select_network (self, place->id);
      break;

    case CN_PLACE_BENEFIT:
      if (place->id == NULL || !cn_window_select_benefit (self, place->id))
        _cn_window_show_view (self, "benefits");
      break;

    case CN_PLACE_CASE_STUDY:
      _cn_window_show_case_study (self, place->id, place->section);
      break;

    case CN_PLACE_GLOSSARY:
      _cn_window_show_glossary (self, place->id);
      break;

    case CN_PLACE_ISRAELI_AUTHORITIES:
      _cn_window_show_page (self, "authorities");
      break;

    default:
      g_assert_not_reached ();
    }
  self->restoring = FALSE;
  self->search_place = FALSE;
}

void
_cn_window_go_back (CnWindow *self)
{
  const CnPlace *place = cn_window_history_go_back (self->history);

  if (place != NULL)
    go_to_place (self, place);
}

void
_cn_window_go_forward (CnWindow *self)
{
  const CnPlace *place = cn_window_history_go_forward (self->history);

  if (place != NULL)
    go_to_place (self, place);
}

static void
history_changed_cb (CnWindow *self)
{
  gboolean back = cn_window_history_can_go_back (self->history);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-forward",
                                 cn_window_history_can_go_forward (self->history));
  gtk_widget_set_visible (self->back_button, back);
}

/* The mouse's back and forward buttons, wherever the pointer is. */
static void
mouse_button_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         CnWindow        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == MOUSE_BUTTON_BACK)
    _cn_window_go_back (self);
  else if (button == MOUSE_BUTTON_FORWARD)
    _cn_window_go_forward (self);
  else
    {
      /* Other buttons are the widgets' under the pointer. */
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* (Re)starts the wait before the detail follows the selection. */
void
_cn_window_defer_detail_update (CnWindow *self)
{
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
  self->detail_timeout = g_timeout_add_once (CN_WINDOW_DETAIL_DELAY_MS, detail_timeout_cb, self);
}

static void
selection_changed_cb (CnWindow *self)
{
  /* A network chosen replaces the page that showed instead. */
  if (cn_ranked_selection_get_selected_item (self->selection) != NULL)
    self->requested_page = NULL;

  /* While the user types, the first result changes at every keystroke and
   * laying out a whole record costs more than a frame: the list follows at
   * once, the detail when typing pauses. */
  if (self->searching)
    _cn_window_defer_detail_update (self);
  else
    {
      g_clear_handle_id (&self->detail_timeout, g_source_remove);
      update_detail (self, FALSE);
    }
}

/* Views */

/* The view switcher and the saved setting change pages without
 * _cn_window_show_view(). */
static void
view_changed_cb (CnWindow *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->view_stack);

  ensure_view (self, view);
  /* The facets filter networks only. */
  gtk_widget_set_visible (GTK_WIDGET (self->filter_button), g_strcmp0 (view, "networks") == 0);
  _cn_window_record_place (self, FALSE);
}

static void
benefit_selected_cb (CnWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "benefits") == 0)
    _cn_window_record_place (self, self->searching);
}

void
_cn_window_show_view (CnWindow   *self,
                      const char *view)
{
  ensure_view (self, view);
  if (gtk_stack_get_child_by_name (self->view_stack, view) != NULL)
    gtk_stack_set_visible_child_name (self->view_stack, view);
}

static guint
find_network_position (CnWindow  *self,
                       CnNetwork *network)
{
  return cn_ranked_list_find_item (cn_ranked_selection_get_model (self->selection), network);
}

/**
 * cn_window_select_network:
 *
 * Shows the Networks view with @id selected, clearing a search that hides it.
 *
 * Returns: %FALSE when the catalog has no such network
 */
gboolean
cn_window_select_network (CnWindow   *self,
                          const char *id)
{
  CnNetwork *network;
  guint position;

  g_return_val_if_fail (CN_IS_WINDOW (self), FALSE);

  network = cn_catalog_find_network (self->catalog, id);
  if (network == NULL)
    return FALSE;

  position = find_network_position (self, network);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      cn_window_set_search (self, "");
      position = find_network_position (self, network);
    }

  freeze_history (self);
  _cn_window_show_view (self, "networks");
  self->requested_page = NULL;
  cn_ranked_selection_set_selected (self->selection, position);
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
  _cn_window_update_detail (self);
  thaw_history (self);
  cn_network_list_scroll_to (self->network_list, position);
  return TRUE;
}

gboolean
cn_window_select_benefit (CnWindow   *self,
                          const char *id)
{
  g_return_val_if_fail (CN_IS_WINDOW (self), FALSE);

  if (cn_catalog_find_benefit (self->catalog, id) == NULL)
    return FALSE;

  freeze_history (self);
  _cn_window_show_view (self, "benefits");
  if (!cn_benefits_view_select_benefit (self->benefits_view, id))
    {
      /* The search hides it: clear the search. */
      cn_window_set_search (self, "");
      cn_benefits_view_select_benefit (self->benefits_view, id);
    }
  thaw_history (self);
  return TRUE;
}

/* Hooks of this part of the window */

/* From the window's init: the mouse's back and forward buttons. */
void
_cn_window_init_navigation (CnWindow *self)
{
  GtkGesture *buttons = gtk_gesture_click_new ();

  /* Every button: the gesture only claims the back and forward ones. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (buttons), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (buttons), GTK_PHASE_CAPTURE);
  g_signal_connect_object (buttons, "pressed", G_CALLBACK (mouse_button_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (buttons));
}

/* Once the models exist: the detail follows the selection. */
void
_cn_window_setup_navigation (CnWindow *self)
{
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* At the end of construction: from here on, where the window goes is
 * recorded. */
void
_cn_window_start_history (CnWindow *self)
{
  self->history = cn_window_history_new ();
  g_signal_connect_object (self->history, "notify", G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  history_changed_cb (self);
  _cn_window_record_place (self, FALSE);
}

void
_cn_window_class_navigation_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_page_changed_cb);
}
