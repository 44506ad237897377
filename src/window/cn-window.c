/* cn-window.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-bidi.h"
#include "cn-widget-util.h"
#include "cn-window-private.h"

/* Below this width the case-study panel floats over the detail instead of
 * squeezing it below a readable measure. */
#define NARROW_WIDTH 1000
/* How long typing must pause before the detail follows the first result. */
#define DETAIL_DELAY_MS 150
/* The case-study panel takes this share of a wide window, within these
 * bounds, until the reader drags it to another width. */
#define PANEL_SHARE      0.30
#define PANEL_MIN_WIDTH  340
#define PANEL_MAX_WIDTH  560
/* The mouse's back and forward buttons. */
#define MOUSE_BUTTON_BACK    8
#define MOUSE_BUTTON_FORWARD 9

G_DEFINE_FINAL_TYPE (CnWindow, cn_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_CASE_STUDY_VISIBLE,
  PROP_SHORTLIST,
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

/* Built when first shown: nothing of it is in the first frame. */
void
_cn_window_ensure_deadlines_view (CnWindow *self)
{
  if (self->deadlines_ready)
    return;
  self->deadlines_ready = TRUE;
  cn_deadlines_view_set_catalog (self->deadlines_view, self->catalog);
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
static void
record_place (CnWindow *self,
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
    record_place (self, FALSE);
}

static void
update_detail (CnWindow *self,
               gboolean  from_search)
{
  CnNetwork *network = cn_ranked_selection_get_selected_item (self->selection);
  const char *page;

  cn_network_detail_set_network (self->network_detail, network);

  /* A network's page when one is selected; otherwise the page asked for,
   * the welcome page by default. No row is selected while another page
   * shows, so that no row looks chosen without its detail beside it. */
  if (network != NULL)
    page = "detail";
  else
    page = self->requested_page ? self->requested_page : "welcome";
  ensure_detail_page (self, page);
  gtk_stack_set_visible_child_name (self->detail_stack, page);
  record_place (self, from_search);
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
  record_place (self, FALSE);
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
static void
defer_detail_update (CnWindow *self)
{
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
  self->detail_timeout = g_timeout_add_once (DETAIL_DELAY_MS, detail_timeout_cb, self);
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
    defer_detail_update (self);
  else
    {
      g_clear_handle_id (&self->detail_timeout, g_source_remove);
      update_detail (self, FALSE);
    }
}

/* Search */

/* The glossary entry whose term or expansion (in any language) is @text. */
static const CnGlossaryEntry *
find_glossary_entry (CnWindow   *self,
                     const char *text)
{
  g_autofree char *wanted = NULL;
  const CnGlossaryEntry *entries;
  const CnGlossaryEntry *entry;
  guint n;

  if (text == NULL || text[0] == '\0')
    return NULL;
  wanted = g_strstrip (g_utf8_casefold (text, -1));
  if (wanted[0] == '\0')
    return NULL;
  if ((entry = cn_catalog_find_glossary_entry (self->catalog, wanted)) != NULL)
    return entry;

  entries = cn_catalog_get_glossary (self->catalog, &n);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; entries[i].expansion != NULL && j < cn_text_get_n_values (entries[i].expansion); j++)
      {
        g_autofree char *expansion = g_utf8_casefold (cn_text_get_nth (entries[i].expansion, j, NULL), -1);

        if (g_str_equal (expansion, wanted))
          return &entries[i];
      }
  return NULL;
}

/* A search for a glossary term offers its entry, above the results: the
 * search ranks networks and benefits, and a term is neither. */
static void
update_glossary_hint (CnWindow   *self,
                      const char *text)
{
  const CnGlossaryEntry *entry = find_glossary_entry (self, text);
  g_autofree char *label = NULL;
  g_autofree char *term = NULL;

  if (entry == NULL)
    {
      gtk_revealer_set_reveal_child (self->glossary_hint, FALSE);
      return;
    }

  term = cn_bidi_isolate (entry->term);
  /* Translators: offered when the search is a glossary term, e.g. "Glossary: GCoM" */
  label = g_strdup_printf (_("Glossary: %s"), term);
  gtk_button_set_label (self->glossary_hint_button, label);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->glossary_hint_button),
                                          g_variant_new_string (entry->term));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->glossary_hint_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_revealer_set_reveal_child (self->glossary_hint, TRUE);
}

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
  update_glossary_hint (self, text);
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

/* Filters */

static void
facets_changed_cb (CnWindow *self)
{
  guint n = cn_facets_get_n_selected (self->facets);
  guint selected = cn_ranked_selection_get_selected (self->selection);

  if (n > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n);
      /* Translators: read after "Filters" on the filters button */
      g_autofree char *description = g_strdup_printf (ngettext ("%u filter active", "%u filters active", n), n);

      gtk_label_set_text (self->filter_badge, count);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      description, -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->filter_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_badge), n > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-last-filter", n > 0);

  /* The selected network stays selected when the filters keep it: keep it
   * in sight. */
  if (selected != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (GTK_WIDGET (self->network_list)))
    cn_network_list_scroll_to (self->network_list, selected);
}

/* The filters' popover is built when it is first opened, not with the
 * window: nothing of it shows in the first frame. */
static void
create_filter_popover_cb (GtkMenuButton *button,
                          gpointer       user_data)
{
  CnWindow *self = CN_WINDOW (user_data);

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  gtk_menu_button_set_popover (button, cn_filter_popover_new (self->facets, self->filter));
}

/**
 * _cn_window_filter_by:
 *
 * Chooses @value_id of @facet too (keeping every other choice and the
 * search) and shows the Networks view: what a theme in the detail does.
 */
void
_cn_window_filter_by (CnWindow   *self,
                      CnFacet     facet,
                      const char *value_id)
{
  int value = cn_facets_find_value (self->facets, facet, value_id);

  if (value < 0)
    {
      g_debug ("No %s “%s” to filter by", cn_facet_get_id (facet), value_id);
      return;
    }
  _cn_window_show_view (self, "networks");
  cn_facets_set_selected (self->facets, facet, (guint) value, TRUE);
}

/* Views */

/* The view switcher and the saved setting change pages without
 * _cn_window_show_view(). */
static void
view_changed_cb (CnWindow *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (view, "benefits") == 0)
    _cn_window_ensure_benefits_view (self);
  /* The facets filter networks only. */
  gtk_widget_set_visible (GTK_WIDGET (self->filter_button), g_strcmp0 (view, "networks") == 0);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "deadlines") == 0)
    _cn_window_ensure_deadlines_view (self);
  record_place (self, FALSE);
}

static void
benefit_selected_cb (CnWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "benefits") == 0)
    record_place (self, self->searching);
}

void
_cn_window_show_view (CnWindow   *self,
                      const char *view)
{
  if (g_strcmp0 (view, "benefits") == 0)
    _cn_window_ensure_benefits_view (self);
  if (g_strcmp0 (view, "deadlines") == 0)
    _cn_window_ensure_deadlines_view (self);
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

/* The panel's width in a window @total wide: a share of it, unless the
 * reader dragged the panel to a width of their own. */
int
_cn_window_get_auto_panel_width (int total)
{
  return CLAMP ((int) (total * PANEL_SHARE), PANEL_MIN_WIDTH, PANEL_MAX_WIDTH);
}

static void
size_panel (CnWindow *self)
{
  g_autoptr(GVariant) saved = g_settings_get_user_value (self->settings, "case-study-width");
  int total = gtk_widget_get_width (GTK_WIDGET (self->side_paned));
  int width;

  if (total <= 0 || self->narrow)
    return;
  if (saved != NULL)
    width = g_variant_get_int32 (saved);
  else
    width = _cn_window_get_auto_panel_width (total);
  self->panel_auto_width = saved == NULL ? width : 0;
  /* The content keeps at least half the window. */
  gtk_paned_set_position (self->side_paned, MAX (total / 2, total - width));
}

static void
panel_width_idle_cb (gpointer user_data)
{
  CnWindow *self = user_data;

  self->panel_width_idle = 0;
  size_panel (self);
}

void
_cn_window_set_case_study_visible (CnWindow *self,
                                   gboolean  visible)
{
  visible = visible && self->case_study != NULL;
  if (visible == _cn_window_get_case_study_visible (self))
    return;

  if (visible)
    size_panel (self);

  /* The case study is long: build it when the panel first shows. */
  if (visible && !self->case_study_ready)
    {
      self->case_study_ready = TRUE;
      cn_case_study_panel_set_case_study (self->case_study_panel, self->case_study);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->case_study_panel), visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_STUDY_VISIBLE]);
}

/**
 * _cn_window_show_case_study:
 * @section_id: (nullable): a section's id, or %NULL or "" for the top
 *
 * Opens the panel at a study and a section.
 *
 * Returns: %FALSE when the catalog has no such study
 */
gboolean
_cn_window_show_case_study (CnWindow   *self,
                            const char *study_id,
                            const char *section_id)
{
  CnCaseStudy *study = cn_catalog_find_case_study (self->catalog, study_id);

  if (study == NULL)
    return FALSE;

  if (section_id != NULL && section_id[0] == '\0')
    section_id = NULL;
  if (g_set_object (&self->case_study, study) && self->case_study_ready)
    cn_case_study_panel_set_case_study (self->case_study_panel, study);
  _cn_window_set_case_study_visible (self, TRUE);
  cn_case_study_panel_scroll_to_section (self->case_study_panel, section_id);

  if (self->history != NULL && !self->restoring)
    {
      g_autoptr(CnPlace) place = cn_place_new (CN_PLACE_CASE_STUDY, study_id, section_id);

      cn_window_history_push (self->history, place);
      self->search_place = FALSE;
    }
  return TRUE;
}

/* Esc closes the panel where it floats over the content; elsewhere Esc is
 * left to the search and the popovers. */
gboolean
_cn_window_close_floating_panel (CnWindow *self)
{
  if (!self->narrow || !_cn_window_get_case_study_visible (self))
    return FALSE;
  _cn_window_set_case_study_visible (self, FALSE);
  return TRUE;
}

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
          gtk_widget_set_tooltip_text (child, _("Close the message"));
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
  cn_network_detail_set_shortlist (self->network_detail, self->shortlist);
  cn_shortlist_view_set_catalog (self->shortlist_view, self->catalog);
  cn_shortlist_view_set_shortlist (self->shortlist_view, self->shortlist);
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

  /* A panel at its automatic width grows and shrinks with the window; one
   * the reader dragged keeps its width. */
  if (!narrow && self->panel_auto_width > 0 && _cn_window_get_case_study_visible (self) &&
      self->panel_width_idle == 0)
    {
      int panel = gtk_widget_get_width (GTK_WIDGET (self->case_study_panel));
      int wanted = _cn_window_get_auto_panel_width (gtk_widget_get_width (GTK_WIDGET (self->side_paned)));

      if (ABS (panel - self->panel_auto_width) > 4)
        self->panel_auto_width = 0;
      else if (wanted != self->panel_auto_width)
        self->panel_width_idle = g_idle_add_once (panel_width_idle_cb, self);
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
  /* The facets belong to this catalog: a new catalog comes with a new
   * window, and so with new facets. */
  self->facets = cn_facets_new (self->catalog);
  cn_search_filter_set_facets (self->filter, self->facets);
  self->selection = cn_ranked_selection_new (cn_ranked_list_new (cn_catalog_get_networks (self->catalog),
                                                                  self->filter));

  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  cn_network_list_set_selection (self->network_list, self->selection);
  cn_network_list_set_facets (self->network_list, self->facets);
  cn_filter_chips_set_facets (self->filter_chips, self->facets);
  g_signal_connect_object (self->facets, "changed", G_CALLBACK (facets_changed_cb), self, G_CONNECT_SWAPPED);
  facets_changed_cb (self);

  /* The first case study is the one the panel shows first (Toronto). */
  if (g_list_model_get_n_items (studies) > 0)
    self->case_study = g_list_model_get_item (studies, 0);
  cn_network_detail_set_case_studies (self->network_detail, studies);
  cn_case_study_panel_set_case_studies (self->case_study_panel, studies);
  g_signal_connect_object (self->benefits_view, "notify::selected", G_CALLBACK (benefit_selected_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (GTK_WIDGET (self->case_study_button), self->case_study != NULL);

  _cn_window_setup_comparison (self);
  _cn_window_update_detail (self);
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
   * chosen; later launches open the view they left. */
  if (!g_settings_get_boolean (self->settings, "welcome-shown"))
    {
      g_settings_set_boolean (self->settings, "welcome-shown", TRUE);
      _cn_window_show_page (self, "welcome");
    }

  /* From here on, where the window goes is recorded. */
  self->history = cn_window_history_new ();
  g_signal_connect_object (self->history, "notify", G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  history_changed_cb (self);
  record_place (self, FALSE);
}

/* The first focus goes to the list, with no row selected by it; left to
 * itself the window would focus the first focusable widget, a selectable
 * heading or the message's text, and select its whole text. */
static void
cn_window_map (GtkWidget *widget)
{
  CnWindow *self = CN_WINDOW (widget);

  GTK_WIDGET_CLASS (cn_window_parent_class)->map (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "networks") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->network_list));
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
  g_clear_handle_id (&self->panel_width_idle, g_source_remove);
  g_clear_handle_id (&self->detail_timeout, g_source_remove);
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
  g_type_ensure (CN_TYPE_NETWORK_DETAIL);
  g_type_ensure (CN_TYPE_NETWORK_LIST);
  g_type_ensure (CN_TYPE_BENEFITS_VIEW);
  g_type_ensure (CN_TYPE_CASE_STUDY_PANEL);
  g_type_ensure (CN_TYPE_DEADLINES_VIEW);
  g_type_ensure (CN_TYPE_WELCOME_PAGE);
  g_type_ensure (CN_TYPE_GLOSSARY_PAGE);
  g_type_ensure (CN_TYPE_AUTHORITIES_PAGE);
  g_type_ensure (GTK_TYPE_REVEALER);
  g_type_ensure (CN_TYPE_SHORTLIST_VIEW);
  g_type_ensure (CN_TYPE_COMPARISON_VIEW);

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
  gtk_widget_class_bind_template_child (widget_class, CnWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, network_detail);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, benefits_view);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, case_study_panel);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, shortlist_view);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, case_study_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, glossary_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, authorities_page);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, glossary_hint);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, glossary_hint_button);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, deadlines_view);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, comparison_view);
  gtk_widget_class_bind_template_child (widget_class, CnWindow, compare_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, message_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_page_changed_cb);

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
  gtk_menu_button_set_create_popup_func (self->filter_button, create_filter_popover_cb, self, NULL);
  cn_widget_set_tooltip_text (GTK_WIDGET (self->filter_button), _("Filter the networks by theme, region, kind, status, eligibility or fee"));
  /* Set here rather than in the template: see cn_widget_set_tooltip_text(). */
  cn_widget_set_tooltip_text (self->search_button, _("Search (Ctrl+F)"));
  cn_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Main Menu"));
  cn_widget_set_tooltip_text (GTK_WIDGET (self->case_study_button), _("Case Study (F9)"));
  cn_widget_set_tooltip_text (self->back_button, _("Back (Alt+Left)"));
  cn_widget_set_tooltip_text (GTK_WIDGET (self->glossary_hint_button), _("Open this term in the glossary"));

  {
    GtkGesture *buttons = gtk_gesture_click_new ();

    /* Every button: the gesture only claims the back and forward ones. */
    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (buttons), 0);
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (buttons), GTK_PHASE_CAPTURE);
    g_signal_connect_object (buttons, "pressed", G_CALLBACK (mouse_button_pressed_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (buttons));
  }
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
