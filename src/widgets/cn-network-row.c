/* cn-network-row.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-network-row.h"
#include "cn-data-label.h"
#include "cn-glance.h"
#include "cn-shortlist.h"
#include "cn-widget-util.h"

struct _CnNetworkRow
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkImage  *eligibility_icon;
  GtkInscription *name_label;
  GtkInscription *latin_label;
  GtkInscription *summary_label;
  GtkLabel  *acronym_label;
  GtkBox    *pills_clip;
  GtkBox    *pills_box;
  GtkImage  *star_image;

  /* Owned references */
  CnNetwork *network;         /* what the row is for; its widgets may lag (see schedule_refresh()) */
  CnShortlist *shortlist;
  gboolean   starred;
  CnSearchQuery *highlight;   /* the search whose words are shown in bold */

  gboolean   deferred;        /* cn_network_row_set_deferred() */
  gboolean   showing;         /* the widgets show a network */
  gboolean   content_stale;   /* … another network than self->network */
  gboolean   text_stale;      /* … its texts with other bold words */
  guint      refresh_tick;

  /* What a screen reader says for the row, without direction marks
   * (set_accessible_text()). */
  char      *spoken_name;
  char      *spoken_summary;   /* the summary and who can join */
};

G_DEFINE_FINAL_TYPE (CnNetworkRow, cn_network_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NETWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows use GtkInscription, not GtkLabel: the list keeps a couple of
 * hundred rows alive and rebinds them as the search changes, and a label
 * lays out its whole text to report its size (measuring the rows' labels
 * was most of each keystroke in the benchmark). An inscription asks for a
 * fixed size and only lays out what it shows. */
/* A Hebrew reader finds a row by its Hebrew short name ("האמנה העולמית
 * של ראשי ערים"); an English row shows the official name. */
static const CnText *
row_title (CnNetwork *network)
{
  const CnText *title = cn_network_get_name (network);

  if (cn_bidi_text_is_rtl (title) && cn_network_get_short_name (network) != NULL)
    return cn_network_get_short_name (network);
  return title;
}

static void
set_data_text (GtkInscription      *inscription,
               const CnText        *text,
               const CnSearchQuery *highlight)
{
  const char *value = cn_text_get (text);
  gboolean rtl = cn_bidi_text_is_rtl (text);
  g_autofree char *prepared = NULL;

  if (value != NULL && (rtl || cn_ui_is_rtl ()))
    prepared = cn_bidi_prepare_text (value, rtl);

  /* Why the row matched: the query's words in bold. The data is escaped
   * (cn_search_query_highlight()); only the bold spans are markup. */
  if (value != NULL && !cn_search_query_is_empty (highlight))
    {
      g_autofree char *markup = cn_search_query_highlight (highlight, prepared ? prepared : value);
      g_autofree char *plain = NULL;
      PangoAttrList *attributes = NULL;

      /* Not gtk_inscription_set_markup(): GTK 4.8 leaks the attribute
       * list it parses (LeakSanitizer); this one is released in dispose.
       * The markup is ours (escaped data, <b> spans). */
      if (pango_parse_markup (markup, -1, 0, &attributes, &plain, NULL, NULL))
        {
          gtk_inscription_set_text (inscription, plain);
          gtk_inscription_set_attributes (inscription, attributes);
          pango_attr_list_unref (attributes);
          return;
        }
      g_warning ("Highlighted row text is not valid markup: %s", markup);
    }
  gtk_inscription_set_attributes (inscription, NULL);
  gtk_inscription_set_text (inscription, prepared ? prepared : value);
}

#define SPOKEN_KEY "cn-spoken-text"

/* Sets @accessible's name and description unless it has them already: a
 * selection rebinds its row, and each update is an event on the bus that
 * Orca answers by saying the focused row's description again. */
static void
set_spoken_text (GtkAccessible *accessible,
                 const char    *name,
                 const char    *description)
{
  g_autofree char *key = g_strconcat (name ? name : "", "\n", description ? description : "", NULL);

  if (g_strcmp0 (g_object_get_data (G_OBJECT (accessible), SPOKEN_KEY), key) == 0)
    return;
  gtk_accessible_update_property (accessible,
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  g_object_set_data_full (G_OBJECT (accessible), SPOKEN_KEY, g_steal_pointer (&key), g_free);
}

/* The row's name and description as a screen reader gets them, on the row
 * and on the list item around it. Orca speaks the list item that has the
 * focus: by its own name, or else by the labels it finds inside, which
 * here are the inscriptions with the direction marks the screen needs
 * (they are hidden from assistive technology in the template).
 *
 * The list item gets it all as its name, and no description: GTK 4.8 keeps
 * the changes to an accessible that no screen reader has asked for yet and
 * sends them with its next change, which for a list item is its selection;
 * Orca says a description that changes on the focused item again (the row
 * was read twice on arrival), but it ignores list items' name changes. */
static void
apply_accessible_text (CnNetworkRow *self)
{
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));
  g_autofree char *starred = NULL;
  g_autofree char *name = NULL;
  const char *description = self->spoken_summary;

  if (self->starred)
    /* Translators: a row's description for screen readers; %s is the network's summary, then who can join it */
    description = starred = g_strdup_printf (_("On your shortlist. %s"), self->spoken_summary ? self->spoken_summary : "");

  /* Translators: a network's row as a screen reader says it: its name, then its summary */
  name = g_strdup_printf (_("%s. %s"), self->spoken_name ? self->spoken_name : "", description ? description : "");
  /* The row has the list item's name: Orca deems an item whose one child
   * has its name a mere layout, and leaves its focus where it is when the
   * item is selected; otherwise a search that moves the selected row
   * would take Orca's focus from the search entry to that row. */
  set_spoken_text (GTK_ACCESSIBLE (self), name, NULL);
  /* Only a list's item (GtkListItemWidget) is named after its row. */
  if (item != NULL && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (item)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    set_spoken_text (GTK_ACCESSIBLE (item), name, NULL);
}

/* A pooled row moves to another list item (cn-network-list.c), which
 * takes its name. */
static void
parent_changed_cb (CnNetworkRow *self)
{
  if (self->spoken_name != NULL && gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    apply_accessible_text (self);
}

/* The star of a network on the shortlist; screen readers hear it before
 * the summary. */
static void
update_star (CnNetworkRow *self)
{
  gboolean starred = self->network != NULL && self->shortlist != NULL &&
                     cn_shortlist_is_starred (self->shortlist, cn_network_get_id (self->network));

  if (self->network == NULL || starred == self->starred)
    return;
  self->starred = starred;
  gtk_widget_set_visible (GTK_WIDGET (self->star_image), starred);
  apply_accessible_text (self);
}

static void
shortlist_changed_cb (CnNetworkRow *self,
                      const char   *id)
{
  if (self->network != NULL && g_strcmp0 (id, cn_network_get_id (self->network)) == 0)
    update_star (self);
}

/**
 * cn_network_row_set_shortlist:
 *
 * The shortlist whose starred networks show a star.
 */
void
cn_network_row_set_shortlist (CnNetworkRow *self,
                              CnShortlist  *shortlist)
{
  g_return_if_fail (CN_IS_NETWORK_ROW (self));

  if (self->shortlist == shortlist)
    return;
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_func (self->shortlist, shortlist_changed_cb, self);
  g_set_object (&self->shortlist, shortlist);
  if (shortlist != NULL)
    g_signal_connect_object (shortlist, "changed", G_CALLBACK (shortlist_changed_cb), self, G_CONNECT_SWAPPED);
  update_star (self);
}

/* Whether the row shows a star (for the tests). */
gboolean
cn_network_row_get_starred (CnNetworkRow *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_ROW (self), FALSE);
  return self->starred;
}

GtkWidget *
cn_network_row_new (void)
{
  return g_object_new (CN_TYPE_NETWORK_ROW, NULL);
}

CnNetwork *
cn_network_row_get_network (CnNetworkRow *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_ROW (self), NULL);
  return self->network;
}

/* Shows self->network in the widgets, with self->highlight's words in bold. */
static void
refresh_content (CnNetworkRow *self)
{
  CnNetwork *network = self->network;
  const char *acronym;
  const char *name;
  const CnText *title;
  CnIsraelEligibility eligibility;
  g_autofree char *eligibility_text = NULL;

  self->content_stale = self->text_stale = FALSE;
  self->showing = network != NULL;
  if (network == NULL)
    {
      gtk_inscription_set_text (self->name_label, NULL);
      gtk_inscription_set_text (self->summary_label, NULL);
      gtk_inscription_set_text (self->latin_label, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->latin_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->acronym_label), FALSE);
      cn_glance_fill_pills (self->pills_box, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->star_image), FALSE);
      self->starred = FALSE;
      return;
    }

  name = cn_text_get (cn_network_get_name (network));
  acronym = cn_network_get_acronym (network);

  /* A Hebrew reader finds a row by its Hebrew short name ("האמנה העולמית
   * של ראשי ערים"), with the official Latin name below it where the two
   * differ; an English row shows the official name alone. */
  title = row_title (network);
  set_data_text (self->name_label, title, self->highlight);
  if (cn_bidi_text_is_rtl (title))
    {
      const char *latin = cn_text_get_for_language (cn_network_get_name (network), "en");

      if (latin != NULL && g_strcmp0 (latin, cn_text_get (title)) != 0)
        {
          /* Left to right inside the right-to-left row. */
          g_autofree char *marked = g_strconcat ("\xE2\x80\x8E", latin, NULL);

          gtk_inscription_set_text (self->latin_label, marked);
          gtk_widget_set_visible (GTK_WIDGET (self->latin_label), TRUE);
          /* Showing a widget makes GTK expose it again: the row's name
           * says this (see apply_accessible_text()). */
          gtk_accessible_update_state (GTK_ACCESSIBLE (self->latin_label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
        }
      else
        gtk_widget_set_visible (GTK_WIDGET (self->latin_label), FALSE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->latin_label), FALSE);
  set_data_text (self->summary_label, cn_network_get_summary (network), self->highlight);

  /* Can an Israeli local authority join: a shape with its words, the same
   * as at the top of the record. */
  eligibility = cn_network_get_israel_eligibility (network);
  eligibility_text = cn_glance_eligibility_sentence (eligibility);
  gtk_image_set_from_icon_name (self->eligibility_icon, cn_glance_eligibility_icon (eligibility));
  cn_widget_set_tooltip_text (GTK_WIDGET (self->eligibility_icon), eligibility_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->eligibility_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, eligibility_text, -1);

  /* Only show the acronym when the name does not already contain it. Its
   * label is left alone while hidden: rows are rebound by the hundred at
   * each keystroke, and setting a label's text is not free. */
  if (acronym != NULL && strstr (name, acronym) == NULL)
    {
      if (g_strcmp0 (gtk_label_get_text (self->acronym_label), acronym) != 0)
        gtk_label_set_text (self->acronym_label, acronym);
      gtk_widget_set_visible (GTK_WIDGET (self->acronym_label), TRUE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->acronym_label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->acronym_label), FALSE);

  cn_glance_fill_pills (self->pills_box, network);

  gtk_widget_set_visible (GTK_WIDGET (self->star_image), FALSE);
  self->starred = FALSE;

  /* Screen readers announce the row by the network's name, then its
   * summary and whether an Israeli authority can join, all without the
   * direction marks the data carries for the screen. */
  {
    g_autofree char *description = g_strconcat (cn_text_get (cn_network_get_summary (network)), " ",
                                                eligibility_text, NULL);

    g_free (self->spoken_name);
    self->spoken_name = cn_accessible_text (cn_text_get (title), FALSE);
    g_free (self->spoken_summary);
    self->spoken_summary = cn_accessible_text (description, FALSE);
    apply_accessible_text (self);
  }
  /* Rows are rebound by the hundred at each keystroke: one hash lookup. */
  update_star (self);
}

/* The name and summary again, with other words in bold. */
static void
refresh_text (CnNetworkRow *self)
{
  self->text_stale = FALSE;
  if (self->network == NULL)
    return;
  set_data_text (self->name_label, row_title (self->network), self->highlight);
  set_data_text (self->summary_label, cn_network_get_summary (self->network), self->highlight);
}

static void
refresh (CnNetworkRow *self)
{
  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->refresh_tick);
  if (self->content_stale)
    refresh_content (self);
  else if (self->text_stale)
    refresh_text (self);
}

/* Deferred rows (cn_network_row_set_deferred()) catch up at the start of a
 * frame, before its layout: at once when they show (GTK 4.8's list view
 * keeps up to 200 rows and maps those in sight), otherwise as far as this
 * frame's time budget for hidden rows goes, the rest in the next frames; a
 * hidden row that comes into sight before its turn catches up when it is
 * mapped. A keystroke rebinds the couple of hundred rows, and a dozen show. */
#define HIDDEN_BUDGET_US 3000

static gboolean
refresh_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *frame_clock,
                 gpointer       user_data)
{
  /* One budget for all rows in a frame: the interface runs in one thread. */
  static gint64 budget_frame = -1;
  static gint64 spent_us = 0;
  CnNetworkRow *self = CN_NETWORK_ROW (widget);
  gint64 frame = gdk_frame_clock_get_frame_counter (frame_clock);
  gint64 start;

  if (frame != budget_frame)
    {
      budget_frame = frame;
      spent_us = 0;
    }
  if (spent_us >= HIDDEN_BUDGET_US && !gtk_widget_get_mapped (widget))
    return G_SOURCE_CONTINUE;

  start = g_get_monotonic_time ();
  /* Removed by returning G_SOURCE_REMOVE, not by refresh(). */
  self->refresh_tick = 0;
  refresh (self);
  spent_us += g_get_monotonic_time () - start;
  return G_SOURCE_REMOVE;
}

/* A row that is not deferred, or shows nothing yet (just bound: the list is
 * laying it out now), is brought up to date at once. A deferred row that
 * shows another network waits for the next frame (refresh_tick_cb()): a
 * search's new network and its bold words make one update, and rows off
 * screen do not hold up the frame that shows the results. */
static void
schedule_refresh (CnNetworkRow *self)
{
  if (!self->deferred || !self->showing || self->network == NULL)
    {
      refresh (self);
      return;
    }
  if (self->refresh_tick == 0)
    self->refresh_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), refresh_tick_cb, NULL, NULL);
}

void
cn_network_row_set_network (CnNetworkRow *self,
                            CnNetwork    *network)
{
  g_return_if_fail (CN_IS_NETWORK_ROW (self));

  if (!g_set_object (&self->network, network))
    return;
  self->content_stale = TRUE;
  schedule_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
}

static void
cn_network_row_map (GtkWidget *widget)
{
  CnNetworkRow *self = CN_NETWORK_ROW (widget);

  /* Scrolled into sight before its turn. */
  if (self->refresh_tick != 0)
    refresh (self);
  GTK_WIDGET_CLASS (cn_network_row_parent_class)->map (widget);
}

/**
 * cn_network_row_set_deferred:
 *
 * A deferred row (one of the list's hundreds) shows a new network or new
 * bold words at the start of the next frame, and only as time allows when
 * it is far off screen; any other row shows them at once.
 */
void
cn_network_row_set_deferred (CnNetworkRow *self,
                             gboolean      deferred)
{
  g_return_if_fail (CN_IS_NETWORK_ROW (self));

  self->deferred = deferred;
  if (!deferred)
    refresh (self);
}

/**
 * cn_network_row_is_up_to_date:
 *
 * Returns: whether the widgets show the row's network with its bold words
 *   (a deferred row catches up within a few frames)
 */
gboolean
cn_network_row_is_up_to_date (CnNetworkRow *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_ROW (self), FALSE);
  return !self->content_stale && !self->text_stale;
}


/**
 * cn_network_row_prepare_fonts:
 *
 * Lays out a sample of the summary's text in bold, as a search shows its
 * words, in the three scripts the rows show: Pango then has the font ready
 * before the first search needs it (see cn-network-list.c).
 */
void
cn_network_row_prepare_fonts (CnNetworkRow *self)
{
  g_autoptr(PangoLayout) layout = NULL;

  g_return_if_fail (CN_IS_NETWORK_ROW (self));

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->summary_label), NULL);
  pango_layout_set_markup (layout, "<b>Climate \u05d0\u05e7\u05dc\u05d9\u05dd \u0645\u0646\u0627\u062e</b>", -1);
  pango_layout_get_pixel_extents (layout, NULL, NULL);
}

/**
 * cn_network_row_set_highlight:
 * @query: (nullable): the search the row was found by
 *
 * Shows the words of the name and summary that match @query in bold.
 */
void
cn_network_row_set_highlight (CnNetworkRow  *self,
                              CnSearchQuery *query)
{
  g_return_if_fail (CN_IS_NETWORK_ROW (self));

  if (self->highlight == query)
    return;
  g_clear_pointer (&self->highlight, cn_search_query_unref);
  self->highlight = query ? cn_search_query_ref (query) : NULL;
  if (self->network == NULL)
    return;
  self->text_stale = TRUE;
  schedule_refresh (self);
}

static void
cn_network_row_dispose (GObject *object)
{
  CnNetworkRow *self = (CnNetworkRow *)object;

  /* GTK 4.8's GtkInscription never releases its attribute list when it is
   * finalized: drop the bold words' list before the template goes. */
  if (self->name_label != NULL)
    gtk_inscription_set_attributes (self->name_label, NULL);
  if (self->summary_label != NULL)
    gtk_inscription_set_attributes (self->summary_label, NULL);
  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->refresh_tick);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_NETWORK_ROW);
  /* Children the template does not bind are ours to unparent. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  g_clear_object (&self->network);
  if (self->shortlist != NULL)
    g_signal_handlers_disconnect_by_func (self->shortlist, shortlist_changed_cb, self);
  g_clear_object (&self->shortlist);
  g_clear_pointer (&self->highlight, cn_search_query_unref);
  g_clear_pointer (&self->spoken_name, g_free);
  g_clear_pointer (&self->spoken_summary, g_free);

  G_OBJECT_CLASS (cn_network_row_parent_class)->dispose (object);
}

static void
cn_network_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CnNetworkRow *self = CN_NETWORK_ROW (object);

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
cn_network_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CnNetworkRow *self = CN_NETWORK_ROW (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      cn_network_row_set_network (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_network_row_class_init (CnNetworkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_network_row_dispose;
  object_class->get_property = cn_network_row_get_property;
  object_class->set_property = cn_network_row_set_property;
  widget_class->map = cn_network_row_map;

  properties[PROP_NETWORK] =
    g_param_spec_object ("network", NULL, NULL, CN_TYPE_NETWORK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-network-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, eligibility_icon);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, latin_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, acronym_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, pills_clip);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, pills_box);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkRow, star_image);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnnetworkrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The pills ask for no width of their own: a row with four of them must
 * not make the list, and so the window, wider than a small screen. They
 * get what the row can spare and are cut at their end. */
static void
pills_clip_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *minimum = *natural = 0;
  if (child == NULL || !gtk_widget_should_layout (child))
    return;
  gtk_widget_measure (child, orientation, -1, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = 0;
}

static void
pills_clip_allocate (GtkWidget *widget,
                     int        width,
                     int        height,
                     int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);
  int child_min, child_width;

  if (child == NULL || !gtk_widget_should_layout (child))
    return;
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
  child_width = MAX (child_min, width);
  /* Cut at the end: on the left under a right-to-left language. */
  gtk_widget_size_allocate (child,
                            &(GtkAllocation) { gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
                                               ? width - child_width : 0, 0, child_width, height },
                            -1);
}

static void
cn_network_row_init (CnNetworkRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self->pills_clip),
                                 gtk_custom_layout_new (NULL, pills_clip_measure, pills_clip_allocate));
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}
