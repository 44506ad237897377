/* cn-window-search.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The search bar, what it offers besides the networks (a glossary entry
 * above them, the case studies below them) and the filters beside it. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-bidi.h"
#include "cn-widget-util.h"
#include "cn-window-private.h"

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

/* Case studies are read in the panel rather than listed: a search that
 * matches their text offers the parts it matched under the networks, each
 * leading to the panel there. They are searched for the words as typed,
 * and only when those find none for the typo correction the networks took
 * (a word of a study that no network has is no typo there). */
static void
update_case_study_results (CnWindow   *self,
                           const char *text)
{
  g_autoptr(CnSearchQuery) typed = cn_catalog_new_search_query (self->catalog, text);
  g_autoptr(GArray) matches = cn_catalog_search_case_studies (self->catalog, typed);
  CnSearchQuery *query = typed;

  if (matches->len == 0 && cn_search_filter_get_corrected_text (self->filter) != NULL)
    {
      query = cn_search_filter_get_query (self->filter);
      g_clear_pointer (&matches, g_array_unref);
      matches = cn_catalog_search_case_studies (self->catalog, query);
    }
  cn_case_study_results_set_matches (self->case_study_results, matches, query);
}

static void
highlight_timeout_cb (gpointer user_data)
{
  CnWindow *self = user_data;

  self->highlight_timeout = 0;
  if (self->network_detail != NULL)
    cn_network_detail_set_highlight (self->network_detail, cn_search_filter_get_query (self->filter));
}

/* The detail shows the search's words in bold, as the rows do, once typing
 * pauses: marking a whole record's page at every keystroke would cost
 * frames. A detail waiting for the pause takes them with it. A cleared
 * search clears them after the same pause, not in the frame that shows
 * every network again: laying out a whole record's texts anew in that frame
 * made it 50 ms long at 10 000 networks (bench-window, "clearing"). */
static void
update_detail_highlight (CnWindow *self)
{
  g_clear_handle_id (&self->highlight_timeout, g_source_remove);
  if (self->detail_timeout == 0)
    self->highlight_timeout = g_timeout_add_once (CN_WINDOW_DETAIL_DELAY_MS, highlight_timeout_cb, self);
}

static void
search_changed_cb (CnWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The entry's delayed report of a text already searched (by
   * cn_window_set_search() or Enter) would only scroll the list back. */
  if (g_strcmp0 (text, cn_search_filter_get_text (self->filter)) == 0)
    return;
  self->searching = TRUE;
  cn_network_list_set_search_text (self->network_list, text);
  cn_search_filter_set_text (self->filter, text);
  cn_network_list_set_search_query (self->network_list, cn_search_filter_get_query (self->filter),
                                    cn_search_filter_get_corrected_text (self->filter));
  self->searching = FALSE;
  /* A detail update still waiting waits for typing to pause, even when
   * this keystroke kept the selection. */
  if (self->detail_timeout != 0)
    _cn_window_defer_detail_update (self);
  update_detail_highlight (self);
  /* New results start at the top: the list's rows stay in place while their
   * content changes (see CnRankedSelection), so the view would not move by
   * itself. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    cn_network_list_scroll_to (self->network_list, 0);
  if (self->benefits_ready)
    cn_benefits_view_set_search_text (self->benefits_view, text);
  update_glossary_hint (self, text);
  update_case_study_results (self, text);
}

static void
stop_search_cb (CnWindow *self)
{
  /* Esc clears the search and closes the bar. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* Enter, or Down, moves to the results: the first (the best match) is
 * selected and its row focused, so that it is shown and read at once. */
static void
search_activate_cb (CnWindow *self)
{
  gboolean networks = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "networks") == 0;

  /* Keys typed within the entry's search delay are not searched yet. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                 cn_search_filter_get_text (self->filter)) != 0)
    search_changed_cb (self);
  /* Enter moves to the results: the first network, selected, or what the
   * case studies had when no network matched. */
  if (networks && cn_network_list_focus_first (self->network_list))
    return;
  if (networks && cn_case_study_results_get_n_matches (self->case_study_results) > 0)
    gtk_widget_grab_focus (cn_case_study_results_get_result (self->case_study_results, 0));
  else
    gtk_widget_child_focus (GTK_WIDGET (self->view_stack), GTK_DIR_TAB_FORWARD);
}

static gboolean
search_key_pressed_cb (CnWindow        *self,
                       guint            keyval,
                       guint            keycode,
                       GdkModifierType  state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  search_activate_cb (self);
  return GDK_EVENT_STOP;
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
  /* Setting the text deletes the old one first, and the entry reports an
   * empty text at once: that would show every network for a moment, a
   * whole search at 100 000 networks. The text is searched once, here,
   * rather than after the entry's typing delay. */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
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

/* The number of results, as the description of the search entry's text
 * field (GtkText, its delegate, which has the focus): read with the entry
 * when the reader comes back to it. */
static void
result_text_changed_cb (CnWindow *self)
{
  const char *text = cn_network_list_get_result_text (self->network_list);
  GtkAccessible *field = GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (self->search_entry)));

  if (text != NULL)
    gtk_accessible_update_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Hooks of this part of the window */

/* From the window's init. */
void
_cn_window_init_search (CnWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_menu_button_set_create_popup_func (self->filter_button, create_filter_popover_cb, self, NULL);
  cn_widget_set_tooltip_text (GTK_WIDGET (self->filter_button),
                              _("Filter the networks by theme, region, kind, status, eligibility or fee"));
  /* Before the entry's text, which would take Down as a move of the
   * cursor on its one line. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->network_list, "notify::result-text", G_CALLBACK (result_text_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Once the facets exist. */
void
_cn_window_setup_filters (CnWindow *self)
{
  g_signal_connect_object (self->facets, "changed", G_CALLBACK (facets_changed_cb), self, G_CONNECT_SWAPPED);
  facets_changed_cb (self);
}

void
_cn_window_class_search_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
}
