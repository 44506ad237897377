/* cn-network-detail.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reading view of one network. The fixed parts (status, title, summary,
 * website) are in the template; the sections are built from the record,
 * and a section with no data is not shown at all. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-network-detail-private.h"

G_DEFINE_FINAL_TYPE (CnNetworkDetail, cn_network_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NETWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_status (CnNetworkDetail *self)
{
  CnNetwork *network = self->network;
  CnNetworkStatus status = cn_network_get_status (network);
  const CnText *successor_name = cn_network_get_successor_name (network);
  CnNetwork *successor = cn_network_get_successor (network);
  const char *successor_site = cn_network_get_successor_website (network);
  int year = cn_network_get_status_year (network);
  g_autofree char *text = NULL;
  g_autofree char *isolated_name = NULL;

  cn_box_remove_all (self->successor_box);

  if (status == CN_NETWORK_STATUS_ACTIVE)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->status_box), FALSE);
      return;
    }

  isolated_name = successor_name ? cn_bidi_isolate_text (successor_name) : NULL;

  switch (status)
    {
    case CN_NETWORK_STATUS_ENDED:
      if (year != 0 && isolated_name != NULL)
        /* Translators: "Ended in 2019 — continues as the Resilient Cities Network" */
        text = g_strdup_printf (_("Ended in %d — continues as the %s"), year, isolated_name);
      else if (year != 0)
        text = g_strdup_printf (_("Ended in %d"), year);
      else
        text = g_strdup (_("This programme has ended"));
      break;

    case CN_NETWORK_STATUS_RENAMED:
      if (isolated_name != NULL && year != 0)
        text = g_strdup_printf (_("Renamed in %d — now the %s"), year, isolated_name);
      else if (isolated_name != NULL)
        text = g_strdup_printf (_("Renamed — now the %s"), isolated_name);
      else
        text = g_strdup (_("Renamed"));
      break;

    case CN_NETWORK_STATUS_UNCONFIRMED:
      text = g_strdup (_("Current activity not confirmed"));
      break;

    case CN_NETWORK_STATUS_ACTIVE:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_note_label), cn_network_get_status_note (network) != NULL);
  _cn_network_detail_show_data_text (self, self->status_note_label, cn_network_get_status_note (network));
  cn_reading_page_note_fallback (&self->reading, cn_network_get_status_note (network));

  if (successor != NULL)
    gtk_box_append (self->successor_box,
                    cn_link_button_new (cn_text_get (cn_network_get_name (successor)), "win.select-network",
                                        g_variant_new_string (cn_network_get_id (successor)), NULL));
  else if (successor_site != NULL && successor_name != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Visit the %s website"), cn_text_get (successor_name));
      gtk_box_append (self->successor_box,
                      cn_link_button_new (label, "win.open-uri", g_variant_new_string (successor_site), successor_site));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->successor_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->successor_box)) != NULL);

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_box), "ended");
  if (status == CN_NETWORK_STATUS_ENDED)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_box), "ended");
  gtk_widget_set_visible (GTK_WIDGET (self->status_box), TRUE);
}

static void
update_facts_line (CnNetworkDetail *self)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *acronym = cn_network_get_acronym (self->network);
  int founded = cn_network_get_founded (self->network);
  g_autofree char *line = NULL;

  if (acronym != NULL)
    g_ptr_array_add (parts, cn_bidi_isolate (acronym));
  g_ptr_array_add (parts, g_strdup (cn_kind_label (cn_network_get_kind (self->network))));
  if (founded != 0)
    /* Translators: "since 2005", after the network's kind */
    g_ptr_array_add (parts, g_strdup_printf (_("since %d"), founded));
  g_ptr_array_add (parts, NULL);

  line = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->facts_label, line);
  g_ptr_array_unref (parts);
}

#define SECTIONS_BUDGET_US 500

static gboolean
build_sections_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  CnNetworkDetail *self = CN_NETWORK_DETAIL (widget);

  /* The first tick comes in the frame that lays out the top of the page:
   * it has enough to do (at startup, it is the window's first frame). */
  if (!self->top_shown)
    {
      self->top_shown = TRUE;
      return G_SOURCE_CONTINUE;
    }
  /* As many sections as fit in a few milliseconds: most are a heading and
   * a paragraph or two, and one a frame made a long record take a dozen
   * frames to complete. Their layout, in the same frame, costs more than
   * building them. */
  {
    gint64 start = g_get_monotonic_time ();

    do
      _cn_network_detail_build_next_section (self);
    while (!cn_network_detail_is_complete (self) && g_get_monotonic_time () - start < SECTIONS_BUDGET_US);
  }
  if (cn_network_detail_is_complete (self))
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* The record's actions, in the menu beside its title. */

#define CN_ISSUES_NEW_URL "https://github.com/climatenetworks/ClimateNetworks/issues/new"

/**
 * cn_network_detail_dup_citation:
 *
 * Returns: (transfer full): the record as one line to cite: its name, the
 *   address of its first source (else its website) and the date it was
 *   checked
 */
char *
cn_network_detail_dup_citation (CnNetwork *network)
{
  guint n_sources;
  const CnSource *sources;
  const char *address;
  g_autofree char *checked = NULL;

  g_return_val_if_fail (CN_IS_NETWORK (network), NULL);

  sources = cn_network_get_sources (network, &n_sources);
  address = n_sources > 0 ? sources[0].url : cn_network_get_website (network);
  checked = cn_glance_dup_checked_on (network);

  /* Translators: a one-line citation: the network's name, a web address,
   * then "Checked on 28 November 2026" */
  return g_strdup_printf (_("%s. %s. %s."), cn_text_get (cn_network_get_name (network)),
                          address ? address : "", checked);
}

/**
 * cn_network_detail_dup_report_uri:
 *
 * Returns: (transfer full): the address of a new issue about @network in
 *   the project's tracker, its title naming the record's id
 */
char *
cn_network_detail_dup_report_uri (CnNetwork *network)
{
  /* In English: the tracker's language, whatever the interface's. */
  g_autofree char *title = g_strdup_printf ("Problem in the record \"%s\"", cn_network_get_id (network));
  g_autofree char *escaped = g_uri_escape_string (title, NULL, FALSE);

  return g_strconcat (CN_ISSUES_NEW_URL "?title=", escaped, NULL);
}

static void
copy_text (CnNetworkDetail *self,
           const char      *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
copy_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CnNetworkDetail *self = CN_NETWORK_DETAIL (widget);

  if (self->network != NULL && cn_network_get_website (self->network) != NULL)
    copy_text (self, cn_network_get_website (self->network));
}

static void
copy_citation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  CnNetworkDetail *self = CN_NETWORK_DETAIL (widget);
  g_autofree char *citation = NULL;

  if (self->network == NULL)
    return;
  citation = cn_network_detail_dup_citation (self->network);
  copy_text (self, citation);
}

static void
report_problem_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CnNetworkDetail *self = CN_NETWORK_DETAIL (widget);
  g_autofree char *uri = NULL;

  if (self->network == NULL)
    return;
  /* Through the window's checked path, which says so when it fails. */
  uri = cn_network_detail_dup_report_uri (self->network);
  gtk_widget_activate_action (widget, "win.open-uri", "s", uri);
}

static void
update_more_button (CnNetworkDetail *self)
{
  /* Translators: the name of the menu button beside a network's title */
  g_autofree char *name = g_strdup_printf (_("More Actions for %s"), cn_text_get (cn_network_get_name (self->network)));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy-link", cn_network_get_website (self->network) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), TRUE);
}

/* Shortlist and notes */

static void
update_star (CnNetworkDetail *self)
{
  gboolean starred;
  const char *label;
  const char *tooltip;

  gtk_widget_set_visible (GTK_WIDGET (self->star_button), self->shortlist != NULL && self->network != NULL);
  if (self->shortlist == NULL || self->network == NULL)
    return;

  starred = cn_shortlist_is_starred (self->shortlist, cn_network_get_id (self->network));
  label = starred ? _("Remove from Shortlist") : _("Add to Shortlist");
  tooltip = starred ? _("Remove from Shortlist (Ctrl+D)") : _("Add to Shortlist (Ctrl+D)");
  gtk_toggle_button_set_active (self->star_button, starred);
  gtk_button_set_icon_name (GTK_BUTTON (self->star_button), starred ? "starred-symbolic" : "non-starred-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->star_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  cn_widget_set_tooltip_text (GTK_WIDGET (self->star_button), tooltip);
}

/* A discreet line under the notes: nothing until the user types, then
 * "Saved" once the file has it, or why it could not be written. */
static void
update_notes_status (CnNetworkDetail *self)
{
  const char *problem;

  if (self->shortlist == NULL || !self->note_edited)
    {
      gtk_label_set_text (self->notes_status, "");
      return;
    }

  problem = cn_shortlist_get_problem (self->shortlist);
  if (cn_shortlist_get_dirty (self->shortlist) && problem != NULL)
    {
      /* Translators: under the notes; %s says why, e.g. "the folder is read-only" */
      g_autofree char *text = g_strdup_printf (_("Not saved: %s"), problem);

      gtk_label_set_text (self->notes_status, text);
    }
  else if (cn_shortlist_get_dirty (self->shortlist))
    gtk_label_set_text (self->notes_status, "");
  else
    /* Translators: under the notes, once they are written to disk */
    gtk_label_set_text (self->notes_status, _("Saved"));
}

static void
load_note (CnNetworkDetail *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const char *note;
  g_autofree char *current = NULL;
  g_autofree char *name = NULL;
  GtkTextIter start, end;

  gtk_widget_set_visible (GTK_WIDGET (self->notes_box), self->shortlist != NULL && self->network != NULL);
  if (self->shortlist == NULL || self->network == NULL)
    return;

  note = cn_shortlist_get_note (self->shortlist, cn_network_get_id (self->network));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* The user's own typing comes back through "changed": leave the cursor. */
  if (g_strcmp0 (current, note) != 0)
    {
      self->loading_note = TRUE;
      gtk_text_buffer_set_text (buffer, note, -1);
      self->loading_note = FALSE;
    }

  /* Translators: the notes field's name for screen readers; %s is the network */
  name = g_strdup_printf (_("Notes on %s"), cn_text_get (cn_network_get_name (self->network)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
notes_changed_cb (CnNetworkDetail *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->loading_note || self->shortlist == NULL || self->network == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* The shortlist saves after a pause in the typing, and on close. */
  self->note_edited = TRUE;
  cn_shortlist_set_note (self->shortlist, cn_network_get_id (self->network), text);
  update_notes_status (self);
}

static void
shortlist_changed_cb (CnNetworkDetail *self,
                      const char      *id)
{
  if (self->network == NULL || g_strcmp0 (id, cn_network_get_id (self->network)) != 0)
    return;
  update_star (self);
  /* A note imported from a colleague's file. */
  load_note (self);
}

static void
rebuild (CnNetworkDetail *self)
{
  CnNetwork *network = self->network;
  const char *website;

  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->tick_id);
  cn_reading_page_clear (&self->reading);
  g_array_set_size (self->data_labels, 0);
  self->next_section = _cn_network_detail_get_n_sections ();

  self->note_edited = FALSE;
  update_notes_status (self);
  update_star (self);
  load_note (self);

  if (network == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->status_box), FALSE);
      cn_glance_fill_pills (self->pills_box, NULL);
      cn_glance_set_network (self->glance, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->more_button), FALSE);
      return;
    }

  /* Name and target together: an action name without its target warns. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->star_button),
                                          g_variant_new_string (cn_network_get_id (network)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->star_button), "win.toggle-shortlist");

  update_status (self);
  _cn_network_detail_show_data_text (self, self->title_label, cn_network_get_name (network));
  cn_glance_fill_pills (self->pills_box, network);
  cn_glance_set_network (self->glance, network);
  update_more_button (self);
  cn_reading_page_note_fallback (&self->reading, cn_network_get_name (network));
  update_facts_line (self);
  _cn_network_detail_show_data_text (self, self->summary_label, cn_network_get_summary (network));
  cn_reading_page_note_fallback (&self->reading, cn_network_get_summary (network));

  /* The description, often the longest text, comes with the sections. */
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), FALSE);

  website = cn_network_get_website (network);
  /* Name and target together: an action name without its target warns. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->website_button), g_variant_new_string (website));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->website_button), "win.open-uri");
  cn_widget_set_tooltip_text (GTK_WIDGET (self->website_button), website);

  cn_reading_page_update_fallback (&self->reading);
  self->next_section = 0;
  self->top_shown = FALSE;
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), build_sections_tick_cb, NULL, NULL);

  /* A new record starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* The Compare button shows whether the network is in the window's
 * comparison; pressing it asks the window (win.toggle-compare), which may
 * refuse a fifth network. */
static void
update_compare_button (CnNetworkDetail *self)
{
  gboolean compared = self->comparison != NULL && cn_comparison_contains (self->comparison, self->network);

  self->syncing_compare = TRUE;
  gtk_toggle_button_set_active (self->compare_button, compared);
  self->syncing_compare = FALSE;
  cn_widget_set_tooltip_text (GTK_WIDGET (self->compare_button),
                              compared ? _("Remove from the comparison (Ctrl+Shift+C)")
                                       : _("Add to the comparison (Ctrl+Shift+C)"));
  gtk_widget_set_visible (GTK_WIDGET (self->compare_button), self->comparison != NULL && self->network != NULL);
}

static void
compare_toggled_cb (CnNetworkDetail *self)
{
  if (self->syncing_compare || self->network == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toggle-compare", "s", cn_network_get_id (self->network));
  /* Whatever the window decided, the button shows it. */
  update_compare_button (self);
}

/**
 * cn_network_detail_is_complete:
 *
 * Returns: whether every section of the record's page has been added
 */
gboolean
cn_network_detail_is_complete (CnNetworkDetail *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_DETAIL (self), FALSE);

  return self->next_section >= _cn_network_detail_get_n_sections ();
}

CnNetwork *
cn_network_detail_get_network (CnNetworkDetail *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_DETAIL (self), NULL);
  return self->network;
}

void
cn_network_detail_set_network (CnNetworkDetail *self,
                               CnNetwork       *network)
{
  g_return_if_fail (CN_IS_NETWORK_DETAIL (self));
  g_return_if_fail (network == NULL || CN_IS_NETWORK (network));

  if (!g_set_object (&self->network, network))
    return;

  rebuild (self);
  update_compare_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
}

/**
 * cn_network_detail_set_comparison:
 * @comparison: (nullable): the window's comparison set, which the Compare
 *   button follows
 */
void
cn_network_detail_set_comparison (CnNetworkDetail *self,
                                  CnComparison    *comparison)
{
  g_return_if_fail (CN_IS_NETWORK_DETAIL (self));

  if (self->comparison != comparison)
    {
      if (self->comparison != NULL)
        g_signal_handlers_disconnect_by_data (self->comparison, self);
      g_set_object (&self->comparison, comparison);
      if (comparison != NULL)
        g_signal_connect_object (comparison, "items-changed", G_CALLBACK (update_compare_button), self,
                                 G_CONNECT_SWAPPED);
    }
  update_compare_button (self);
}

/**
 * cn_network_detail_set_shortlist:
 *
 * The shortlist the star and the notes write to; without one, neither shows.
 */
void
cn_network_detail_set_shortlist (CnNetworkDetail *self,
                                 CnShortlist     *shortlist)
{
  g_return_if_fail (CN_IS_NETWORK_DETAIL (self));

  /* The same one again keeps its handlers (they were once disconnected
   * here, and the star no longer followed the shortlist). */
  if (self->shortlist == shortlist)
    return;
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_set_object (&self->shortlist, shortlist);
  if (shortlist != NULL)
    {
      g_signal_connect_object (shortlist, "changed", G_CALLBACK (shortlist_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (shortlist, "notify::dirty", G_CALLBACK (update_notes_status), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (shortlist, "notify::problem", G_CALLBACK (update_notes_status), self,
                               G_CONNECT_SWAPPED);
    }
  update_star (self);
  load_note (self);
}

/* For the tests. */
GtkTextView *
cn_network_detail_get_notes_view (CnNetworkDetail *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_DETAIL (self), NULL);
  return self->notes_view;
}

const char *
cn_network_detail_get_notes_status (CnNetworkDetail *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_DETAIL (self), NULL);
  return gtk_label_get_text (self->notes_status);
}

GtkToggleButton *
cn_network_detail_get_star_button (CnNetworkDetail *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_DETAIL (self), NULL);
  return self->star_button;
}

/**
 * cn_network_detail_set_case_studies:
 * @studies: (nullable): the CnCaseStudy list whose mentions of the network
 *   the page links to
 */
void
cn_network_detail_set_case_studies (CnNetworkDetail *self,
                                    GListModel      *studies)
{
  g_return_if_fail (CN_IS_NETWORK_DETAIL (self));

  if (g_set_object (&self->case_studies, studies))
    rebuild (self);
}

/**
 * cn_network_detail_set_highlight:
 * @query: (nullable): the search the network was found by, or %NULL
 *
 * Shows the words of @query in bold in the record's texts (its name,
 * summary, description and sections), as its row does: why it was found.
 * An empty query or %NULL shows the texts plain.
 */
void
cn_network_detail_set_highlight (CnNetworkDetail *self,
                                 CnSearchQuery   *query)
{
  g_return_if_fail (CN_IS_NETWORK_DETAIL (self));

  if (cn_search_query_is_empty (query))
    query = NULL;
  if (self->highlight == query)
    return;
  /* The same words mark the same text: a keystroke that leaves them (a
   * space typed) costs nothing. */
  if (self->highlight != NULL && query != NULL &&
      g_str_equal (cn_search_query_get_text (self->highlight), cn_search_query_get_text (query)) &&
      cn_search_query_is_corrected (self->highlight) == cn_search_query_is_corrected (query))
    return;

  g_clear_pointer (&self->highlight, cn_search_query_unref);
  self->highlight = query ? cn_search_query_ref (query) : NULL;
  _cn_network_detail_mark_data_labels (self);
}

const char *
cn_network_detail_get_title (CnNetworkDetail *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_DETAIL (self), NULL);
  return gtk_label_get_text (self->title_label);
}

static void
cn_network_detail_dispose (GObject *object)
{
  CnNetworkDetail *self = (CnNetworkDetail *)object;

  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->tick_id);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_NETWORK_DETAIL);
  /* Children the template does not bind are ours to unparent. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->data_labels, g_array_unref);
  g_clear_pointer (&self->highlight, cn_search_query_unref);
  g_clear_object (&self->network);
  g_clear_object (&self->case_studies);
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_data (self->shortlist, self);
  g_clear_object (&self->shortlist);
  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (cn_network_detail_parent_class)->dispose (object);
}

static void
cn_network_detail_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CnNetworkDetail *self = CN_NETWORK_DETAIL (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      g_value_set_object (value, self->network);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_network_detail_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CnNetworkDetail *self = CN_NETWORK_DETAIL (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      cn_network_detail_set_network (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_network_detail_class_init (CnNetworkDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_network_detail_dispose;
  object_class->get_property = cn_network_detail_get_property;
  object_class->set_property = cn_network_detail_set_property;

  properties[PROP_NETWORK] =
    g_param_spec_object ("network", NULL, NULL, CN_TYPE_NETWORK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CN_TYPE_CLAMP);
  g_type_ensure (CN_TYPE_GLANCE);
  gtk_widget_class_install_action (widget_class, "detail.copy-link", NULL, copy_link_action);
  gtk_widget_class_install_action (widget_class, "detail.copy-citation", NULL, copy_citation_action);
  gtk_widget_class_install_action (widget_class, "detail.report-problem", NULL, report_problem_action);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-network-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, status_box);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, status_note_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, successor_box);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, more_button);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, pills_box);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, glance);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, facts_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, website_button);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, description_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, sections_box);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, star_button);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, notes_box);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, notes_heading);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, notes_status);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, compare_button);
  gtk_widget_class_bind_template_callback (widget_class, compare_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnnetworkdetail");
}

static void
cn_network_detail_init (CnNetworkDetail *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  self->data_labels = _cn_network_detail_data_labels_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not in the template: see cn_widget_set_tooltip_text(). */
  cn_widget_set_tooltip_text (GTK_WIDGET (self->more_button), _("More Actions"));
  g_menu_append (menu, _("Copy _Link"), "detail.copy-link");
  g_menu_append (menu, _("Copy _Citation"), "detail.copy-citation");
  g_menu_append (menu, _("_Report a Problem"), "detail.report-problem");
  gtk_menu_button_set_menu_model (self->more_button, G_MENU_MODEL (menu));
  cn_reading_page_init (&self->reading, self->sections_box, self->fallback_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed", G_CALLBACK (notes_changed_cb),
                           self, G_CONNECT_SWAPPED);
}
