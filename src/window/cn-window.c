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

G_DEFINE_FINAL_TYPE (CnWindow, cn_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_CASE_STUDY_VISIBLE,
  PROP_SHORTLIST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Messages */

static void
message_bar_response_cb (CnWindow *self,
                         int       response)
{
  gtk_info_bar_set_revealed (self->message_bar, FALSE);
}

/* A link's "Copy Address" (cn-window-actions.c) belongs to its message only. */
static void
hide_copy_button (CnWindow *self)
{
  GtkWidget *button = g_object_get_data (G_OBJECT (self->message_bar), "copy-button");

  if (button != NULL)
    gtk_widget_set_visible (button, FALSE);
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

  hide_copy_button (self);
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

  hide_copy_button (self);
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
          cn_widget_set_tooltip_text (child, _("Close the message"));
        }
      name_close_buttons (child);
    }
}

/* Shortlist */

/* A damaged file moved aside, a read-only folder, a newer version's file:
 * said in the message bar (the application logs it once). */
static void
shortlist_problem_cb (CnWindow *self)
{
  const char *problem = cn_shortlist_get_problem (self->shortlist);

  if (problem != NULL)
    cn_window_show_message (self, problem);
}

static void
setup_shortlist (CnWindow *self)
{
  if (self->shortlist == NULL)
    return;
  cn_network_list_set_shortlist (self->network_list, self->shortlist);
  if (self->network_detail != NULL)
    cn_network_detail_set_shortlist (self->network_detail, self->shortlist);
  g_signal_connect_object (self->shortlist, "notify::problem", G_CALLBACK (shortlist_problem_cb), self,
                           G_CONNECT_SWAPPED);
  shortlist_problem_cb (self);
}

static gboolean
cn_window_close_request (GtkWindow *window)
{
  CnWindow *self = CN_WINDOW (window);

  /* A note typed just before closing is still waiting for its pause. */
  if (self->shortlist != NULL)
    cn_shortlist_flush (self->shortlist);
  _cn_window_save_state (CN_WINDOW (window));
  return GTK_WINDOW_CLASS (cn_window_parent_class)->close_request (window);
}

static void
cn_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  GTK_WIDGET_CLASS (cn_window_parent_class)->size_allocate (widget, width, height, baseline);
  _cn_window_allocate_panel (CN_WINDOW (widget), width);
}

/* Setup */

static void
setup_models (CnWindow *self)
{
  GListModel *studies = cn_catalog_get_case_studies (self->catalog);

  /* Data flows one way: catalog → filter (ranks) → ranked list → selection
   * → detail. */
  self->filter = cn_search_filter_new (self->catalog, CN_SEARCH_TARGET_NETWORKS);
  /* The facets belong to this catalog: a new catalog comes with a new
   * window, and so with new facets. */
  self->facets = cn_facets_new (self->catalog);
  cn_search_filter_set_facets (self->filter, self->facets);
  self->selection = cn_ranked_selection_new (cn_ranked_list_new (cn_catalog_get_networks (self->catalog),
                                                                  self->filter));

  cn_network_list_set_selection (self->network_list, self->selection);
  cn_network_list_set_facets (self->network_list, self->facets);
  cn_filter_chips_set_facets (self->filter_chips, self->facets);
  _cn_window_setup_filters (self);

  /* The first case study is the one the panel shows first (Toronto). */
  if (g_list_model_get_n_items (studies) > 0)
    self->case_study = g_list_model_get_item (studies, 0);
  if (self->network_detail != NULL)
    cn_network_detail_set_case_studies (self->network_detail, studies);
  cn_case_study_panel_set_case_studies (self->case_study_panel, studies);
  gtk_widget_set_sensitive (GTK_WIDGET (self->case_study_button), self->case_study != NULL);

  _cn_window_setup_navigation (self);
  _cn_window_setup_comparison (self);
  /* The detail is updated once the window knows what it opens with (see
   * cn_window_constructed()). */
}

static void
cn_window_constructed (GObject *object)
{
  CnWindow *self = CN_WINDOW (object);

  G_OBJECT_CLASS (cn_window_parent_class)->constructed (object);

  g_assert (self->catalog != NULL);

  setup_models (self);
  setup_shortlist (self);
  _cn_window_restore_state (self);

  /* The first launch starts with "Why join a network?" and no network
   * chosen; later launches open the view they left. Only now is the detail
   * updated: before, it showed the first network and then the welcome
   * page, building and laying out that network's page for nothing at every
   * first launch. */
  if (!g_settings_get_boolean (self->settings, "welcome-shown"))
    {
      g_settings_set_boolean (self->settings, "welcome-shown", TRUE);
      _cn_window_show_page (self, "welcome");
    }
  else
    _cn_window_update_detail (self);

  _cn_window_start_history (self);
}

/* What the first search needs and the first frame does not: the catalog's
 * search index, started on another processor, and the bold font of the
 * rows' found words. Done once the main loop is idle after the first frame
 * is painted; before it, they would only make that frame later (and add
 * the index's memory to it). */
static gboolean
after_first_frame_cb (gpointer user_data)
{
  CnWindow *self = user_data;

  self->after_first_frame_idle = 0;
  cn_catalog_prepare_search (self->catalog);
  cn_network_list_prepare_fonts (self->network_list);
  return G_SOURCE_REMOVE;
}

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        CnWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  if (self->after_first_frame_idle == 0)
    self->after_first_frame_idle = g_idle_add_full (G_PRIORITY_LOW, after_first_frame_cb, self, NULL);
}

/* The first focus goes to the list, with no row selected by it; left to
 * itself the window would focus the first focusable widget, a selectable
 * heading or the message's text, and select its whole text. */
static void
cn_window_map (GtkWidget *widget)
{
  CnWindow *self = CN_WINDOW (widget);

  GTK_WIDGET_CLASS (cn_window_parent_class)->map (widget);

  if (!self->first_frame_watched)
    {
      self->first_frame_watched = TRUE;
      g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                               G_CALLBACK (first_frame_painted_cb), self, 0);
    }

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "networks") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->network_list));
}

/* The pages of a menu's stack: the main menu, and each submenu by its
 * label (the page's name). */
static void
name_menu_pages (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
      {
        GtkStackPage *page = gtk_stack_get_page (GTK_STACK (widget), child);
        const char *name = gtk_stack_page_get_name (page);
        g_autofree char *label = cn_accessible_text (g_strcmp0 (name, "main") == 0 ? _("Main Menu") : name, TRUE);

        if (label != NULL)
          gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    name_menu_pages (child);
}

/* The primary menu's popover is built when the menu is first opened (click
 * or F10), not with the window: nothing of it shows in the first frame. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *popover;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/cn-primary-menu.ui");
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (gtk_builder_get_object (builder, "primary_menu")));
  /* A screen reader would say "GtkPopoverMenu menu", and "GtkStackPage
   * panel" for the stack of its main menu and submenus inside. */
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"), -1);
  name_menu_pages (popover);
}

/* What GTK 4.8 would name by a class ("GtkStackPage panel") or with a
 * mnemonic's underscore ("_Networks page tab"), named for screen readers;
 * the icons inside named buttons are hidden ("GtkImage Search button"). */
static void
name_for_screen_readers (CnWindow *self)
{
  g_autofree char *welcome = cn_accessible_text (_("_Why Join a Network?"), TRUE);
  g_autofree char *glossary = cn_accessible_text (_("_Glossary of Terms"), TRUE);
  g_autofree char *authorities = cn_accessible_text (_("_Israeli Authorities in Networks"), TRUE);

  cn_stack_name_pages (self->view_stack, "comparison", _("Comparison"), NULL);
  cn_stack_name_pages (self->detail_stack,
                       "detail", _("Network details"),
                       "welcome", welcome,
                       "glossary", glossary,
                       "authorities", authorities,
                       NULL);
  cn_stack_switcher_name_buttons (self->view_switcher);
  cn_widget_hide_button_icons (GTK_WIDGET (self));
}

static void
cn_window_dispose (GObject *object)
{
  CnWindow *self = (CnWindow *)object;

  g_clear_handle_id (&self->placement_idle, g_source_remove);
  g_clear_handle_id (&self->panel_width_idle, g_source_remove);
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
  g_clear_handle_id (&self->highlight_timeout, g_source_remove);
  g_clear_handle_id (&self->after_first_frame_idle, g_source_remove);
  if (self->help_overlay != NULL)
    gtk_window_destroy (self->help_overlay);
  g_clear_object (&self->help_overlay);
  if (self->brief_dialog != NULL)
    {
      GtkWindow *dialog = self->brief_dialog;

      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->brief_dialog);
      self->brief_dialog = NULL;
      gtk_window_destroy (dialog);
    }
  if (self->fit_finder != NULL)
    gtk_window_destroy (self->fit_finder);
  g_clear_object (&self->fit_finder);
  _cn_window_unbind_state (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->facets);
  g_clear_object (&self->case_study);
  g_clear_object (&self->history);
  g_clear_pointer (&self->glossary_term, g_free);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->view_before_comparison, g_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->catalog);
  g_clear_object (&self->shortlist);

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

    case PROP_SHORTLIST:
      g_value_set_object (value, self->shortlist);
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

    case PROP_SHORTLIST:
      self->shortlist = g_value_dup_object (value);
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
  widget_class->map = cn_window_map;
  window_class->close_request = cn_window_close_request;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, CN_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_STUDY_VISIBLE] =
    g_param_spec_boolean ("case-study-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The user's shortlist and notes (the application's, shared by its windows). */
  properties[PROP_SHORTLIST] =
    g_param_spec_object ("shortlist", NULL, NULL, CN_TYPE_SHORTLIST,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* GtkBuilder finds a type that is not registered yet by looking up its
   * get_type() function in every loaded library, which is slow: register
   * the ones the window's templates use beforehand. */
  g_type_ensure (GTK_TYPE_BIN_LAYOUT);
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
  g_type_ensure (CN_TYPE_FILTER_CHIPS);
  g_type_ensure (CN_TYPE_CASE_STUDY_RESULTS);
  g_type_ensure (CN_TYPE_NETWORK_LIST);
  g_type_ensure (CN_TYPE_CASE_STUDY_PANEL);
  g_type_ensure (CN_TYPE_WELCOME_PAGE);
  g_type_ensure (CN_TYPE_GLOSSARY_PAGE);
  g_type_ensure (CN_TYPE_AUTHORITIES_PAGE);
  g_type_ensure (GTK_TYPE_REVEALER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CnWindow, message_bar);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, message_spinner);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, filter_badge);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, filter_chips);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, overlay);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, side_paned);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, network_list);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, case_study_results);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, detail_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, benefits_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, case_study_panel);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, shortlist_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, case_study_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, glossary_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, authorities_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, glossary_hint);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, glossary_hint_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, deadlines_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, comparison_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, compare_button);
  gtk_widget_class_bind_template_callback (widget_class, message_bar_response_cb);

  _cn_window_class_navigation_init (widget_class);
  _cn_window_class_search_init (widget_class);

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
  cn_widget_set_tooltip_text (self->back_button, _("Back (Alt+Left)"));
  cn_widget_set_tooltip_text (GTK_WIDGET (self->glossary_hint_button), _("Open this term in the glossary"));

  _cn_window_init_navigation (self);
  _cn_window_init_search (self);
  name_for_screen_readers (self);
}

CnWindow *
cn_window_new (CnApplication *application,
               CnCatalog     *catalog)
{
  return g_object_new (CN_TYPE_WINDOW,
                       "application", application,
                       "catalog", catalog,
                       "shortlist", application ? cn_application_get_shortlist (application) : NULL,
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
