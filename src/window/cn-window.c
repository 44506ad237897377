/* cn-window.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-widget-util.h"
#include "cn-window-private.h"

/* Below this width the case-study panel floats over the detail instead of
 * squeezing it below a readable measure. */
#define NARROW_WIDTH 1000
/* How long typing must pause before the detail follows the first result. */
#define DETAIL_DELAY_MS 150

G_DEFINE_FINAL_TYPE (CnWindow, cn_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_CASE_STUDY_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Selection and detail */

void
_cn_window_ensure_benefits_view (CnWindow *self)
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

void
_cn_window_update_detail (CnWindow *self)
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
  _cn_window_update_detail (self);
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
      _cn_window_update_detail (self);
    }
}

/* Search */

static void
search_changed_cb (CnWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  self->searching = TRUE;
  cn_network_list_set_search_text (self->network_list, text);
  cn_search_filter_set_text (self->filter, text);
  cn_network_list_set_search_query (self->network_list, cn_search_filter_get_query (self->filter),
                                    cn_search_filter_get_corrected_text (self->filter));
  self->searching = FALSE;
  /* A detail update still waiting waits for typing to pause, even when
   * this keystroke kept the selection. */
  if (self->detail_timeout != 0)
    defer_detail_update (self);
  /* New results start at the top: the list's rows stay in place while their
   * content changes (see CnRankedSelection), so the view would not move by
   * itself. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    cn_network_list_scroll_to (self->network_list, 0);
  if (self->benefits_ready)
    cn_benefits_view_set_search_text (self->benefits_view, text);
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

/* The view switcher and the saved setting change pages without
 * _cn_window_show_view(). */
static void
view_changed_cb (CnWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "benefits") == 0)
    _cn_window_ensure_benefits_view (self);
}

void
_cn_window_show_view (CnWindow   *self,
                      const char *view)
{
  if (g_strcmp0 (view, "benefits") == 0)
    _cn_window_ensure_benefits_view (self);
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

  _cn_window_show_view (self, "networks");
  cn_ranked_selection_set_selected (self->selection, position);
  self->welcome_requested = FALSE;
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
  _cn_window_update_detail (self);
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

  _cn_window_show_view (self, "benefits");
  if (!cn_benefits_view_select_benefit (self->benefits_view, id))
    {
      /* The search hides it: clear the search. */
      cn_window_set_search (self, "");
      cn_benefits_view_select_benefit (self->benefits_view, id);
    }
  return TRUE;
}

/* Case-study panel */

gboolean
_cn_window_get_case_study_visible (CnWindow *self)
{
  /* The property action reads this while the template is being built. */
  return self->case_study_panel != NULL && gtk_widget_get_visible (GTK_WIDGET (self->case_study_panel));
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

void
_cn_window_set_case_study_visible (CnWindow *self,
                                   gboolean  visible)
{
  visible = visible && self->case_study != NULL;
  if (visible == _cn_window_get_case_study_visible (self))
    return;

  if (visible && !self->narrow)
    {
      int width = g_settings_get_int (self->settings, "case-study-width");
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_STUDY_VISIBLE]);
}

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

  gtk_spinner_stop (self->message_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->message_spinner), FALSE);
  gtk_info_bar_set_message_type (self->message_bar, GTK_MESSAGE_WARNING);
  gtk_info_bar_set_show_close_button (self->message_bar, TRUE);
  gtk_label_set_text (self->message_label, message);
  gtk_info_bar_set_revealed (self->message_bar, TRUE);
}

/**
 * cn_window_show_progress:
 * @message: (nullable): what is under way, or %NULL when it is over
 *
 * Shows a spinner and @message above the content while something takes
 * time (a dataset loading), or hides them.
 */
void
cn_window_show_progress (CnWindow   *self,
                         const char *message)
{
  g_return_if_fail (CN_IS_WINDOW (self));

  if (message == NULL)
    {
      if (gtk_spinner_get_spinning (self->message_spinner))
        {
          gtk_spinner_stop (self->message_spinner);
          gtk_widget_set_visible (GTK_WIDGET (self->message_spinner), FALSE);
          gtk_info_bar_set_revealed (self->message_bar, FALSE);
        }
      return;
    }

  gtk_info_bar_set_message_type (self->message_bar, GTK_MESSAGE_INFO);
  gtk_info_bar_set_show_close_button (self->message_bar, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->message_spinner), TRUE);
  gtk_spinner_start (self->message_spinner);
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

static gboolean
cn_window_close_request (GtkWindow *window)
{
  _cn_window_save_state (CN_WINDOW (window));
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

static void
setup_models (CnWindow *self)
{
  GListModel *studies = cn_catalog_get_case_studies (self->catalog);

  /* Data flows one way: catalog → filter (ranks) → ranked list → selection
   * → detail. */
  self->filter = cn_search_filter_new (self->catalog, CN_SEARCH_TARGET_NETWORKS);
  self->selection = cn_ranked_selection_new (cn_ranked_list_new (cn_catalog_get_networks (self->catalog),
                                                                  self->filter));

  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  cn_network_list_set_selection (self->network_list, self->selection);

  /* The first case study is the one the panel shows (Toronto). */
  if (g_list_model_get_n_items (studies) > 0)
    self->case_study = g_list_model_get_item (studies, 0);
  cn_network_detail_set_case_study (self->network_detail, self->case_study);
  gtk_widget_set_sensitive (GTK_WIDGET (self->case_study_button), self->case_study != NULL);

  _cn_window_update_detail (self);
}

static void
cn_window_constructed (GObject *object)
{
  CnWindow *self = CN_WINDOW (object);

  G_OBJECT_CLASS (cn_window_parent_class)->constructed (object);

  g_assert (self->catalog != NULL);

  setup_models (self);
  _cn_window_restore_state (self);
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
  _cn_window_unbind_state (self);
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

    case PROP_CASE_STUDY_VISIBLE:
      g_value_set_boolean (value, _cn_window_get_case_study_visible (self));
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

    case PROP_CASE_STUDY_VISIBLE:
      _cn_window_set_case_study_visible (self, g_value_get_boolean (value));
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
  properties[PROP_CASE_STUDY_VISIBLE] =
    g_param_spec_boolean ("case-study-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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
  g_type_ensure (GTK_TYPE_SINGLE_SELECTION);
  g_type_ensure (GTK_TYPE_SORT_LIST_MODEL);
  g_type_ensure (GTK_TYPE_STACK);
  g_type_ensure (GTK_TYPE_STACK_PAGE);
  g_type_ensure (GTK_TYPE_STACK_SWITCHER);
  g_type_ensure (GTK_TYPE_TOGGLE_BUTTON);
  g_type_ensure (GTK_TYPE_VIEWPORT);
  g_type_ensure (GTK_TYPE_SPINNER);
  g_type_ensure (CN_TYPE_NETWORK_DETAIL);
  g_type_ensure (CN_TYPE_NETWORK_LIST);
  g_type_ensure (CN_TYPE_BENEFITS_VIEW);
  g_type_ensure (CN_TYPE_CASE_STUDY_PANEL);
  g_type_ensure (CN_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CnWindow, message_bar);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, message_spinner);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, overlay);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, side_paned);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, network_list);
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

  _cn_window_class_actions_init (widget_class);
}

static void
cn_window_init (CnWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The application checked at startup that the schema is installed. */
  self->settings = g_settings_new (APP_ID);

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

/* For the tests: links go to @launcher instead of gtk_show_uri(). */
void
_cn_window_set_uri_launcher (CnWindow      *self,
                             CnUriLauncher  launcher,
                             gpointer       user_data)
{
  self->uri_launcher = launcher;
  self->uri_launcher_data = user_data;
}
