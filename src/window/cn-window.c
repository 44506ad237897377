/* cn-window.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cn-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cn-benefits-view.h"
#include "cn-case-study-panel.h"
#include "cn-network-detail.h"
#include "cn-list-slot.h"
#include "cn-network-row.h"
#include "cn-ranked-selection.h"
#include "cn-search-filter.h"
#include "cn-uri.h"
#include "cn-util.h"
#include "cn-welcome-page.h"
#include "cn-window-private.h"

/* Below this width the case-study panel floats over the detail instead of
 * squeezing it below a readable measure. */
#define NARROW_WIDTH 1000
#define MIN_WIDTH    360
#define MIN_HEIGHT   300
/* How long typing must pause before the detail follows the first result. */
#define DETAIL_DELAY_MS 150

struct _CnWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkInfoBar           *message_bar;
  GtkLabel             *message_label;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkOverlay           *overlay;
  GtkPaned             *side_paned;
  GtkStack             *view_stack;
  GtkPaned             *paned;
  GtkStack             *list_stack;
  GtkListView          *network_list;
  GtkLabel             *empty_title;
  GtkStack             *detail_stack;
  CnNetworkDetail      *network_detail;
  CnWelcomePage        *welcome_page;
  CnBenefitsView       *benefits_view;
  CnCaseStudyPanel     *case_study_panel;
  GtkToggleButton      *case_study_button;
  GtkWidget            *search_button;
  GtkMenuButton        *menu_button;

  /* Owned references */
  CnCatalog            *catalog;
  GSettings            *settings;
  CnSearchFilter       *filter;
  CnRankedSelection    *selection;
  CnCaseStudy          *case_study;
  GPtrArray            *row_pool;      /* CnNetworkRow, unparented */
  GtkWindow            *help_overlay;  /* built on first use */

  /* Filled on first use, to keep startup to what the first frame shows. */
  gboolean              benefits_ready;
  gboolean              welcome_ready;
  gboolean              case_study_ready;
  gboolean              searching;
  guint                 detail_timeout;

  CnUriLauncher         uri_launcher;
  gpointer              uri_launcher_data;
  guint                 placement_idle;
  gboolean              narrow;
  gboolean              welcome_requested;
};

G_DEFINE_FINAL_TYPE (CnWindow, cn_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Selection and detail */

static void
ensure_benefits_view (CnWindow *self)
{
  if (self->benefits_ready)
    return;
  self->benefits_ready = TRUE;
  cn_benefits_view_set_catalog (self->benefits_view, self->catalog);
  cn_benefits_view_set_search_text (self->benefits_view, cn_search_filter_get_text (self->filter));
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
update_detail (CnWindow *self)
{
  CnNetwork *network = cn_ranked_selection_get_selected_item (self->selection);

  cn_network_detail_set_network (self->network_detail, network);

  /* The welcome page shows when nothing is selected, or on request. */
  if (network == NULL || self->welcome_requested)
    {
      ensure_welcome_page (self);
      gtk_stack_set_visible_child_name (self->detail_stack, "welcome");
    }
  else
    gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static void
detail_timeout_cb (gpointer user_data)
{
  CnWindow *self = user_data;

  self->detail_timeout = 0;
  update_detail (self);
}

/* (Re)starts the wait before the detail follows the selection. */
static void
defer_detail_update (CnWindow *self)
{
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
  self->detail_timeout = g_timeout_add_once (DETAIL_DELAY_MS, detail_timeout_cb, self);
}

static void
selection_changed_cb (CnWindow *self)
{
  self->welcome_requested = FALSE;

  /* While the user types, the first result changes at every keystroke and
   * laying out a whole record costs more than a frame: the list follows at
   * once, the detail when typing pauses. */
  if (self->searching)
    defer_detail_update (self);
  else
    {
      g_clear_handle_id (&self->detail_timeout, g_source_remove);
      update_detail (self);
    }
}

static void
update_empty_state (CnWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  const char *text = cn_search_filter_get_text (self->filter);

  if (n == 0 && text[0] != '\0')
    {
      g_autofree char *isolated = cn_bidi_isolate (text);
      /* Translators: shown when a search finds nothing; %s is what the user typed */
      g_autofree char *title = g_strdup_printf (_("No networks match “%s”"), isolated);

      gtk_label_set_text (self->empty_title, title);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
items_changed_cb (CnWindow *self)
{
  update_empty_state (self);
}

/* Search */

static void
search_changed_cb (CnWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  self->searching = TRUE;
  cn_search_filter_set_text (self->filter, text);
  self->searching = FALSE;
  /* A detail update still waiting waits for typing to pause, even when
   * this keystroke kept the selection. */
  if (self->detail_timeout != 0)
    defer_detail_update (self);
  /* New results start at the top: the list's rows stay in place while their
   * content changes (see CnRankedSelection), so the view would not move by
   * itself. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->network_list), "list.scroll-to-item", "u", 0);
  if (self->benefits_ready)
    cn_benefits_view_set_search_text (self->benefits_view, text);
  update_empty_state (self);
}

static void
stop_search_cb (CnWindow *self)
{
  /* Esc clears the search and closes the bar. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
search_activate_cb (CnWindow *self)
{
  /* Enter moves to the results. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "networks") == 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->network_list));
  else
    gtk_widget_child_focus (GTK_WIDGET (self->view_stack), GTK_DIR_TAB_FORWARD);
}

static void
search_mode_changed_cb (CnWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

void
cn_window_set_search (CnWindow   *self,
                      const char *text)
{
  g_return_if_fail (CN_IS_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, text != NULL && text[0] != '\0');
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Apply at once rather than after the entry's typing delay. */
  search_changed_cb (self);
}

/* Views */

static void
view_changed_cb (CnWindow *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->view_stack);

  /* The view switcher changes pages without show_view(). */
  if (g_strcmp0 (view, "benefits") == 0)
    ensure_benefits_view (self);

  if (self->settings != NULL && view != NULL)
    g_settings_set_string (self->settings, "view", view);
}

static void
show_view (CnWindow   *self,
           const char *view)
{
  if (g_strcmp0 (view, "benefits") == 0)
    ensure_benefits_view (self);
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

  show_view (self, "networks");
  cn_ranked_selection_set_selected (self->selection, position);
  self->welcome_requested = FALSE;
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
  update_detail (self);
  gtk_widget_activate_action (GTK_WIDGET (self->network_list), "list.scroll-to-item", "u", position);
  return TRUE;
}

gboolean
cn_window_select_benefit (CnWindow   *self,
                          const char *id)
{
  g_return_val_if_fail (CN_IS_WINDOW (self), FALSE);

  if (cn_catalog_find_benefit (self->catalog, id) == NULL)
    return FALSE;

  show_view (self, "benefits");
  if (!cn_benefits_view_select_benefit (self->benefits_view, id))
    {
      /* The search hides it: clear the search. */
      cn_window_set_search (self, "");
      cn_benefits_view_select_benefit (self->benefits_view, id);
    }
  return TRUE;
}

/* Case-study panel */

static gboolean
case_study_visible (CnWindow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->case_study_panel));
}

static void
place_panel (CnWindow *self)
{
  GtkWidget *panel = GTK_WIDGET (self->case_study_panel);
  GtkWidget *parent = gtk_widget_get_parent (panel);

  g_object_ref (panel);
  if (self->narrow && parent == GTK_WIDGET (self->side_paned))
    {
      gtk_paned_set_end_child (self->side_paned, NULL);
      gtk_widget_set_halign (panel, GTK_ALIGN_END);
      gtk_widget_add_css_class (panel, "floating");
      gtk_overlay_add_overlay (self->overlay, panel);
    }
  else if (!self->narrow && parent == GTK_WIDGET (self->overlay))
    {
      gtk_overlay_remove_overlay (self->overlay, panel);
      gtk_widget_set_halign (panel, GTK_ALIGN_FILL);
      gtk_widget_remove_css_class (panel, "floating");
      gtk_paned_set_end_child (self->side_paned, panel);
    }
  g_object_unref (panel);
}

static void
placement_idle_cb (gpointer user_data)
{
  CnWindow *self = user_data;

  self->placement_idle = 0;
  place_panel (self);
}

static void
set_case_study_visible (CnWindow *self,
                        gboolean  visible)
{
  GAction *action;

  if (self->case_study == NULL)
    visible = FALSE;

  if (visible && !case_study_visible (self) && !self->narrow)
    {
      int width = self->settings ? g_settings_get_int (self->settings, "case-study-width") : 380;
      int total = gtk_widget_get_width (GTK_WIDGET (self->side_paned));

      if (total > 0)
        gtk_paned_set_position (self->side_paned, MAX (total / 2, total - width));
    }

  /* The case study is long: build it when the panel first shows. */
  if (visible && !self->case_study_ready)
    {
      self->case_study_ready = TRUE;
      cn_case_study_panel_set_case_study (self->case_study_panel, self->case_study);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->case_study_panel), visible);

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "toggle-case-study");
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (visible));
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "case-study-visible", visible);
}

/* Actions */

static void
search_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  CnWindow *self = user_data;

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_view_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  show_view (user_data, g_variant_get_string (param, NULL));
}

static void
select_network_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  CnWindow *self = user_data;

  if (cn_window_select_network (self, g_variant_get_string (param, NULL)))
    gtk_widget_grab_focus (GTK_WIDGET (self->network_list));
}

static void
select_benefit_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  cn_window_select_benefit (user_data, g_variant_get_string (param, NULL));
}

static void
open_uri_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  CnWindow *self = user_data;
  const char *uri = g_variant_get_string (param, NULL);

  /* The loader only accepts safe links; check again at the door. */
  if (!cn_uri_is_safe (uri))
    {
      g_autofree char *message =
        g_strdup_printf (_("The link “%s” was not opened: only web and e-mail addresses are opened."), uri);
      cn_window_show_message (self, message);
      return;
    }

  if (self->uri_launcher != NULL)
    self->uri_launcher (GTK_WINDOW (self), uri, self->uri_launcher_data);
  else
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
toggle_case_study_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  CnWindow *self = user_data;

  set_case_study_visible (self, !case_study_visible (self));
}

static void
show_case_study_section_action (GSimpleAction *action,
                                GVariant      *param,
                                gpointer       user_data)
{
  CnWindow *self = user_data;
  const char *section = g_variant_get_string (param, NULL);

  set_case_study_visible (self, TRUE);
  if (section[0] != '\0')
    cn_case_study_panel_scroll_to_section (self->case_study_panel, section);
}

static void
show_welcome_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  CnWindow *self = user_data;

  show_view (self, "networks");
  self->welcome_requested = TRUE;
  update_detail (self);
}

/* GtkApplication would load the shortcuts window (gtk/help-overlay.ui) for
 * every new window, a few hundred widgets built before the first frame for
 * something seldom opened; it is built on first use instead. */
static void
show_help_overlay_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  CnWindow *self = user_data;

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");

      self->help_overlay = GTK_WINDOW (g_object_ref (gtk_builder_get_object (builder, "help_overlay")));
      gtk_window_set_transient_for (self->help_overlay, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->help_overlay, TRUE);
    }
  gtk_window_present (self->help_overlay);
}

static const GActionEntry win_actions[] = {
  { "search", search_action },
  { "show-view", show_view_action, "s" },
  { "select-network", select_network_action, "s" },
  { "select-benefit", select_benefit_action, "s" },
  { "open-uri", open_uri_action, "s" },
  { "toggle-case-study", toggle_case_study_action, NULL, "false" },
  { "show-case-study-section", show_case_study_section_action, "s" },
  { "show-welcome", show_welcome_action },
  { "show-help-overlay", show_help_overlay_action },
};

/* Messages */

static void
message_bar_response_cb (CnWindow *self,
                         int       response)
{
  gtk_info_bar_set_revealed (self->message_bar, FALSE);
}

/**
 * cn_window_show_message:
 *
 * Shows a message above the content (a dataset that could not be used, a
 * link that was refused). Plain text, never markup.
 */
void
cn_window_show_message (CnWindow   *self,
                        const char *message)
{
  g_return_if_fail (CN_IS_WINDOW (self));

  gtk_label_set_text (self->message_label, message);
  gtk_info_bar_set_revealed (self->message_bar, TRUE);
}

/* GtkInfoBar's own close button is an icon without a name: give it one. */
static void
name_close_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Close the message"), -1);
          gtk_widget_set_tooltip_text (child, _("Close the message"));
        }
      name_close_buttons (child);
    }
}

/* Geometry */

static void
restore_state (CnWindow *self)
{
  int width = 1100, height = 720, position = 320;
  gboolean maximized = FALSE;
  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = display ? gdk_display_get_monitors (display) : NULL;
  g_autofree char *view = NULL;

  if (self->settings != NULL)
    {
      width = g_settings_get_int (self->settings, "window-width");
      height = g_settings_get_int (self->settings, "window-height");
      maximized = g_settings_get_boolean (self->settings, "window-maximized");
      position = g_settings_get_int (self->settings, "paned-position");
      view = g_settings_get_string (self->settings, "view");
    }

  /* Saved geometry may come from a larger screen or a corrupt file: keep the
   * window within the largest monitor. */
  if (monitors != NULL && g_list_model_get_n_items (monitors) > 0)
    {
      int max_w = 0, max_h = 0;

      for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
        {
          g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
          GdkRectangle geometry;

          gdk_monitor_get_geometry (monitor, &geometry);
          max_w = MAX (max_w, geometry.width);
          max_h = MAX (max_h, geometry.height);
        }
      if (max_w > 0 && (width > max_w || height > max_h))
        {
          g_printerr ("climate-networks: the saved window size %d×%d does not fit the screen (%d×%d); "
                      "using a size that fits\n", width, height, max_w, max_h);
          width = MIN (width, max_w);
          height = MIN (height, max_h);
        }
    }

  width = CLAMP (width, MIN_WIDTH, 16384);
  height = CLAMP (height, MIN_HEIGHT, 16384);
  position = CLAMP (position, 240, MAX (240, width - 320));

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (maximized)
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, position);
  if (view != NULL)
    show_view (self, view);
}

static void
save_state (CnWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", CLAMP (width, MIN_WIDTH, 16384));
      g_settings_set_int (self->settings, "window-height", CLAMP (height, MIN_HEIGHT, 16384));
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_int (self->settings, "paned-position", CLAMP (gtk_paned_get_position (self->paned), 0, 16384));
  if (case_study_visible (self) && !self->narrow)
    {
      int panel = gtk_widget_get_width (GTK_WIDGET (self->case_study_panel));
      if (panel > 0)
        g_settings_set_int (self->settings, "case-study-width", CLAMP (panel, 200, 2000));
    }
  g_settings_apply (self->settings);
}

static gboolean
cn_window_close_request (GtkWindow *window)
{
  save_state (CN_WINDOW (window));
  return GTK_WINDOW_CLASS (cn_window_parent_class)->close_request (window);
}

static void
cn_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  CnWindow *self = CN_WINDOW (widget);
  gboolean narrow = width < NARROW_WIDTH;

  GTK_WIDGET_CLASS (cn_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Widgets cannot move during allocation: re-place the panel afterwards. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->placement_idle == 0)
        self->placement_idle = g_idle_add_once (placement_idle_cb, self);
    }
}

/* Setup */

/* GTK 4.8's list view destroys the rows of items that leave its range (up to
 * 200 items around the visible ones) and creates new ones for the items that
 * enter it, as happens when scrolling or when a search makes the list
 * shorter or longer. Creating a row is seven widgets, each with its CSS node
 * and accessible, so rows that are torn down are kept here and given to the
 * next list item that needs one. */
#define ROW_POOL_MAX 200

/* The list item's child is already gone when "teardown" is emitted, so each
 * list item keeps a reference to its row under this key. */
#define ROW_KEY "cn-network-row"

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CnWindow                 *self)
{
  GtkWidget *row;

  if (self->row_pool != NULL && self->row_pool->len > 0)
    row = g_ptr_array_steal_index_fast (self->row_pool, self->row_pool->len - 1);
  else
    row = g_object_ref_sink (cn_network_row_new ());
  g_object_set_data_full (G_OBJECT (item), ROW_KEY, row, g_object_unref);
  gtk_list_item_set_child (item, row);
}

static void
teardown_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CnWindow                 *self)
{
  g_autoptr(GtkWidget) row = g_object_steal_data (G_OBJECT (item), ROW_KEY);

  if (row == NULL || self->row_pool == NULL || self->row_pool->len >= ROW_POOL_MAX)
    return;
  if (gtk_list_item_get_child (item) == row)
    gtk_list_item_set_child (item, NULL);
  if (gtk_widget_get_parent (row) == NULL)
    g_ptr_array_add (self->row_pool, g_steal_pointer (&row));
}

/* The list's items are slots (see CnRankedSelection): a row shows what its
 * slot holds, and follows it when a search changes it. */
static void
slot_item_changed_cb (CnListSlot   *slot,
                      GParamSpec   *pspec,
                      CnNetworkRow *row)
{
  cn_network_row_set_network (row, cn_list_slot_get_item (slot));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  CnListSlot *slot = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);

  cn_network_row_set_network (CN_NETWORK_ROW (row), cn_list_slot_get_item (slot));
  g_signal_connect_object (slot, "notify::item", G_CALLBACK (slot_item_changed_cb), row, 0);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  CnListSlot *slot = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);

  g_signal_handlers_disconnect_by_func (slot, slot_item_changed_cb, row);
  cn_network_row_set_network (CN_NETWORK_ROW (row), NULL);
}

static void
setup_models (CnWindow *self)
{
  GtkListItemFactory *factory;
  GListModel *studies = cn_catalog_get_case_studies (self->catalog);

  /* Data flows one way: catalog → filter (ranks) → ranked list → selection
   * → detail. */
  self->filter = cn_search_filter_new (self->catalog, CN_SEARCH_TARGET_NETWORKS);
  self->selection = cn_ranked_selection_new (cn_ranked_list_new (cn_catalog_get_networks (self->catalog),
                                                                  self->filter));

  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  self->row_pool = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "teardown", G_CALLBACK (teardown_row_cb), self, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->network_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->network_list, GTK_SELECTION_MODEL (self->selection));


  /* The first case study is the one the panel shows (Toronto). */
  if (g_list_model_get_n_items (studies) > 0)
    self->case_study = g_list_model_get_item (studies, 0);
  cn_network_detail_set_case_study (self->network_detail, self->case_study);
  gtk_widget_set_sensitive (GTK_WIDGET (self->case_study_button), self->case_study != NULL);

  update_detail (self);
}

static void
cn_window_constructed (GObject *object)
{
  CnWindow *self = CN_WINDOW (object);

  G_OBJECT_CLASS (cn_window_parent_class)->constructed (object);

  g_assert (self->catalog != NULL);

  setup_models (self);
  restore_state (self);

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "case-study-visible"))
    set_case_study_visible (self, TRUE);
}

/* The primary menu's popover is built when the menu is first opened (click
 * or F10), not with the window: nothing of it shows in the first frame. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/cn-primary-menu.ui");
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (gtk_builder_get_object (builder, "primary_menu")));
}

static void
cn_window_dispose (GObject *object)
{
  CnWindow *self = (CnWindow *)object;

  g_clear_handle_id (&self->placement_idle, g_source_remove);
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
  if (self->help_overlay != NULL)
    gtk_window_destroy (self->help_overlay);
  g_clear_object (&self->help_overlay);
  /* Rows torn down from here on are not kept. */
  g_clear_pointer (&self->row_pool, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->case_study);
  g_clear_object (&self->settings);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cn_window_parent_class)->dispose (object);
}

static void
cn_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CnWindow *self = CN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CnWindow *self = CN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_window_class_init (CnWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cn_window_constructed;
  object_class->dispose = cn_window_dispose;
  object_class->get_property = cn_window_get_property;
  object_class->set_property = cn_window_set_property;
  widget_class->size_allocate = cn_window_size_allocate;
  window_class->close_request = cn_window_close_request;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, CN_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* GtkBuilder finds a type that is not registered yet by looking up its
   * get_type() function in every loaded library, which is slow: register
   * the ones the window's templates use beforehand. */
  g_type_ensure (GTK_TYPE_BOX);
  g_type_ensure (GTK_TYPE_BUTTON);
  g_type_ensure (GTK_TYPE_FILTER_LIST_MODEL);
  g_type_ensure (GTK_TYPE_HEADER_BAR);
  g_type_ensure (GTK_TYPE_IMAGE);
  g_type_ensure (GTK_TYPE_INFO_BAR);
  g_type_ensure (GTK_TYPE_INSCRIPTION);
  g_type_ensure (GTK_TYPE_LABEL);
  g_type_ensure (GTK_TYPE_LIST_VIEW);
  g_type_ensure (GTK_TYPE_MENU_BUTTON);
  g_type_ensure (GTK_TYPE_OVERLAY);
  g_type_ensure (GTK_TYPE_PANED);
  g_type_ensure (GTK_TYPE_SCROLLED_WINDOW);
  g_type_ensure (GTK_TYPE_SEARCH_BAR);
  g_type_ensure (GTK_TYPE_SEARCH_ENTRY);
  g_type_ensure (GTK_TYPE_SIGNAL_LIST_ITEM_FACTORY);
  g_type_ensure (GTK_TYPE_SINGLE_SELECTION);
  g_type_ensure (GTK_TYPE_SORT_LIST_MODEL);
  g_type_ensure (GTK_TYPE_STACK);
  g_type_ensure (GTK_TYPE_STACK_PAGE);
  g_type_ensure (GTK_TYPE_STACK_SWITCHER);
  g_type_ensure (GTK_TYPE_TOGGLE_BUTTON);
  g_type_ensure (GTK_TYPE_VIEWPORT);
  g_type_ensure (CN_TYPE_NETWORK_DETAIL);
  g_type_ensure (CN_TYPE_BENEFITS_VIEW);
  g_type_ensure (CN_TYPE_CASE_STUDY_PANEL);
  g_type_ensure (CN_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CnWindow, message_bar);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, overlay);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, side_paned);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, network_list);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, empty_title);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, network_detail);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, benefits_view);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, case_study_panel);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, case_study_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, message_bar_response_cb);
}

static void
cn_window_init (CnWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = cn_settings_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);

  name_close_buttons (GTK_WIDGET (self->message_bar));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu_cb, NULL, NULL);
  /* Set here rather than in the template: see cn_widget_set_tooltip_text(). */
  cn_widget_set_tooltip_text (self->search_button, _("Search (Ctrl+F)"));
  cn_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Main Menu"));
  cn_widget_set_tooltip_text (GTK_WIDGET (self->case_study_button), _("Case Study (F9)"));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

CnWindow *
cn_window_new (CnApplication *application,
               CnCatalog     *catalog)
{
  return g_object_new (CN_TYPE_WINDOW,
                       "application", application,
                       "catalog", catalog,
                       NULL);
}

CnCatalog *
cn_window_get_catalog (CnWindow *self)
{
  g_return_val_if_fail (CN_IS_WINDOW (self), NULL);
  return self->catalog;
}

/* Private API for tests and benchmarks */

GListModel *
_cn_window_get_network_model (CnWindow *self)
{
  return G_LIST_MODEL (cn_ranked_selection_get_model (self->selection));
}

CnNetwork *
_cn_window_get_selected_network (CnWindow *self)
{
  return cn_ranked_selection_get_selected_item (self->selection);
}

const char *
_cn_window_get_detail_title (CnWindow *self)
{
  return cn_network_detail_get_title (self->network_detail);
}

/* The shortcuts window, once it has been shown. */
GtkWindow *
_cn_window_get_help_overlay (CnWindow *self)
{
  return self->help_overlay;
}

/* Whether the detail's sections, added one per frame, are all there. */
gboolean
_cn_window_is_detail_complete (CnWindow *self)
{
  return cn_network_detail_is_complete (self->network_detail);
}

const char *
_cn_window_get_visible_view (CnWindow *self)
{
  return gtk_stack_get_visible_child_name (self->view_stack);
}

const char *
_cn_window_get_message (CnWindow *self)
{
  return gtk_info_bar_get_revealed (self->message_bar) ? gtk_label_get_text (self->message_label) : NULL;
}

gboolean
_cn_window_is_welcome_visible (CnWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "welcome") == 0;
}

gboolean
_cn_window_is_empty_state_visible (CnWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "empty") == 0;
}

gboolean
_cn_window_is_case_study_visible (CnWindow *self)
{
  return case_study_visible (self);
}

GtkWidget *
_cn_window_get_search_entry (CnWindow *self)
{
  return GTK_WIDGET (self->search_entry);
}

GtkWidget *
_cn_window_get_benefits_view (CnWindow *self)
{
  ensure_benefits_view (self);
  return GTK_WIDGET (self->benefits_view);
}

GtkWidget *
_cn_window_get_case_study_panel (CnWindow *self)
{
  return GTK_WIDGET (self->case_study_panel);
}

GtkWidget *
_cn_window_get_network_list (CnWindow *self)
{
  return GTK_WIDGET (self->network_list);
}

void
_cn_window_set_uri_launcher (CnWindow      *self,
                             CnUriLauncher  launcher,
                             gpointer       user_data)
{
  self->uri_launcher = launcher;
  self->uri_launcher_data = user_data;
}
