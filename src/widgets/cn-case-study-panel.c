/* cn-case-study-panel.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The side panel that tells the case studies, one at a time: a selector
 * at its top, a list of contents, then the study's sections, what the city
 * achieved, a timeline and the sources, with every network and benefit a
 * link into the main views. Other views open it at a study and a section
 * (win.show-case-study), so each section's box carries its id. The
 * selector and the contents go through that action too, so that Back
 * returns to where the reader was. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-benefit.h"
#include "cn-case-study-panel.h"
#include "cn-network.h"
#include "cn-data-label.h"
#include "cn-labels.h"
#include "cn-reading-page.h"
#include "cn-year-timeline.h"
#include "cn-widget-util.h"

/* The data section the achievements are listed in, when there is one. */
#define ACHIEVEMENTS_SECTION_ID "achievements"
/* Space left above a heading scrolled to the top. */
#define SCROLL_MARGIN 12
/* How many frames to wait for a pending layout before giving up. */
#define SCROLL_MAX_FRAMES 30

struct _CnCaseStudyPanel
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkBox            *selector_box;
  GtkDropDown       *study_dropdown;
  GtkBox            *contents_box;
  GtkScrolledWindow *scroller;
  GtkViewport       *viewport;
  GtkLabel          *title_label;
  GtkLabel          *fallback_label;
  GtkLabel          *summary_label;
  GtkBox            *sections_box;

  CnReadingPage      reading;

  /* Owned references */
  CnCaseStudy       *study;
  GListModel        *studies;         /* CnCaseStudy */
  char              *scroll_target;   /* the section to bring to the top */

  guint              scroll_tick_id;
  guint              scroll_frames;
  gboolean           focus_pending;
  gboolean           updating_selector;
};

G_DEFINE_FINAL_TYPE (CnCaseStudyPanel, cn_case_study_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CASE_STUDY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkBox *
add_section (CnCaseStudyPanel *self,
             const char       *id,
             const char       *heading)
{
  GtkBox *box = cn_reading_page_add_section (&self->reading, heading);

  /* Selectable, so that scroll_to_section() can give the heading keyboard
   * focus and a screen reader reads the section's title first. */
  gtk_label_set_selectable (GTK_LABEL (gtk_widget_get_first_child (GTK_WIDGET (box))), TRUE);
  g_object_set_data_full (G_OBJECT (box), "cn-section-id", g_strdup (id), g_free);
  return box;
}

/* The mark of a section that is the app's reading, not a reported fact. */
static GtkWidget *
own_reading_tag_new (void)
{
  GtkWidget *tag = cn_wrapped_label_new (_("The app's own reading, not a reported fact"));

  gtk_widget_set_halign (tag, GTK_ALIGN_START);
  gtk_widget_add_css_class (tag, "caption");
  gtk_widget_add_css_class (tag, "own-reading-tag");
  return tag;
}

/* One line of the contents: a link to the section, and beside an own
 * reading the same mark as on the section itself. */
static void
add_contents_entry (CnCaseStudyPanel *self,
                    const char       *section_id,
                    const char       *title,
                    gboolean          own_reading)
{
  GtkWidget *button = cn_link_button_new (title, "win.show-case-study",
                                          g_variant_new ("(ss)", cn_case_study_get_id (self->study), section_id),
                                          _("Go to this part of the case study"));
  GtkWidget *line;
  GtkWidget *tag;
  g_autofree char *name = NULL;

  if (!own_reading)
    {
      gtk_box_append (self->contents_box, button);
      return;
    }

  /* Translators: what a screen reader says for a contents entry that is the app's own reading; %s is its title */
  name = g_strdup_printf (_("%s (the app's own reading)"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* Translators: a short mark beside a contents entry that is the app's reading, not a reported fact */
  tag = cn_wrapped_label_new (_("Own reading"));
  gtk_label_set_wrap (GTK_LABEL (tag), FALSE);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "caption");
  gtk_widget_add_css_class (tag, "own-reading-tag");
  gtk_widget_set_hexpand (button, FALSE);
  gtk_box_append (GTK_BOX (line), button);
  gtk_box_append (GTK_BOX (line), tag);
  gtk_box_append (self->contents_box, line);
}

static void
add_network_links (GtkBox    *box,
                   GPtrArray *networks)
{
  GtkWidget *links;

  if (networks == NULL || networks->len == 0)
    return;

  /* One link a line: a GtkFlowBox lays its children out in columns, which
   * in a panel this narrow wraps long names beside empty space. */
  links = g_object_new (GTK_TYPE_BOX,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                        "orientation", GTK_ORIENTATION_VERTICAL,
                        NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (links), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Related networks"), -1);

  for (guint i = 0; i < networks->len; i++)
    {
      CnNetwork *network = g_ptr_array_index (networks, i);

      gtk_box_append (GTK_BOX (links),
                      cn_link_button_new (cn_text_get (cn_network_get_name (network)), "win.select-network",
                                          g_variant_new_string (cn_network_get_id (network)),
                                          _("Show this network in the list of networks")));
    }
  gtk_box_append (box, links);
}

static void
add_achievements (CnCaseStudyPanel *self,
                  GtkBox           *box)
{
  guint n;
  const CnAchievement *achievements = cn_case_study_get_achievements (self->study, &n);

  if (n == 0)
    return;

  if (box == NULL)
    {
      box = add_section (self, ACHIEVEMENTS_SECTION_ID, _("Achievements"));
      add_contents_entry (self, ACHIEVEMENTS_SECTION_ID, _("Achievements"), FALSE);
    }

  for (guint i = 0; i < n; i++)
    {
      const CnAchievement *achievement = &achievements[i];
      GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      g_autofree char *title = NULL;

      gtk_widget_set_margin_top (entry, 12);
      cn_reading_page_note_fallback (&self->reading, achievement->title);
      if (achievement->year != 0)
        {
          g_autofree char *name = cn_bidi_isolate_text (achievement->title);
          /* Translators: an achievement's year and title, e.g. "1991 — Toronto Atmospheric Fund" */
          title = g_strdup_printf (_("%d — %s"), achievement->year, name);
        }
      else
        title = g_strdup (cn_text_get (achievement->title));

      gtk_box_append (GTK_BOX (entry), cn_heading_new (title, 3));
      gtk_box_append (GTK_BOX (entry), cn_reading_page_body_label_new (&self->reading, achievement->text));
      if (achievement->benefit != NULL)
        gtk_box_append (GTK_BOX (entry),
                        cn_link_button_new (cn_text_get (cn_benefit_get_title (achievement->benefit)),
                                            "win.select-benefit",
                                            g_variant_new_string (cn_benefit_get_id (achievement->benefit)),
                                            _("Show this benefit and every network that delivers it")));
      add_network_links (GTK_BOX (entry), achievement->networks);
      cn_reading_page_add_source_links (GTK_BOX (entry), achievement->sources);
      gtk_box_append (box, entry);
    }
}

static void
add_timeline_section (CnCaseStudyPanel *self)
{
  guint n;
  const CnTimelineEvent *events = cn_case_study_get_timeline (self->study, &n);
  GtkWidget *grid;

  if (n == 0)
    return;

  grid = g_object_new (GTK_TYPE_GRID,
                       "column-spacing", 12,
                       "row-spacing", 12,
                       NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *year = events[i].year != 0 ? g_strdup_printf ("%d", events[i].year) : g_strdup ("");
      GtkWidget *year_label = gtk_label_new (year);
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_label_set_xalign (GTK_LABEL (year_label), 0);
      gtk_widget_set_valign (year_label, GTK_ALIGN_START);
      gtk_widget_add_css_class (year_label, "year");
      gtk_widget_set_hexpand (cell, TRUE);
      gtk_box_append (GTK_BOX (cell), cn_reading_page_body_label_new (&self->reading, events[i].event));
      add_network_links (GTK_BOX (cell), events[i].networks);
      gtk_grid_attach (GTK_GRID (grid), year_label, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell, 1, i, 1, 1);
    }

  {
    GtkBox *section = add_section (self, "timeline", _("Timeline"));
    GtkWidget *picture = cn_year_timeline_new ();

    /* The same events (and the achievements) drawn on a year axis. */
    cn_year_timeline_set_case_study (CN_YEAR_TIMELINE (picture), self->study);
    gtk_box_append (section, picture);
    gtk_box_append (section, grid);
  }
  add_contents_entry (self, "timeline", _("Timeline"), FALSE);
}

static void
add_sources_section (CnCaseStudyPanel *self)
{
  guint n;
  const CnSource *sources = cn_case_study_get_sources (self->study, &n);
  const char *verified = cn_case_study_get_verified (self->study);

  if (n > 0 || verified != NULL)
    {
      cn_reading_page_add_sources (add_section (self, "sources", _("Sources")), sources, n, verified);
      add_contents_entry (self, "sources", _("Sources"), FALSE);
    }
}

static void
rebuild (CnCaseStudyPanel *self)
{
  CnCaseStudy *study = self->study;
  const CnCaseSection *sections;
  GtkBox *achievements_box = NULL;
  guint n;

  /* The focus may be on a heading or a link about to go: let it go first,
   * or GTK 4.8's viewport is left with a stale focus child. */
  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
    GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

    if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->scroller)))
      gtk_root_set_focus (root, NULL);
  }

  cn_reading_page_clear (&self->reading);
  cn_box_remove_all (self->contents_box);
  gtk_box_append (self->contents_box, cn_heading_new (_("Contents"), 2));

  if (study == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->summary_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->contents_box), FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  cn_reading_page_note_fallback (&self->reading, cn_case_study_get_title (study));
  cn_label_set_data_text (self->title_label, cn_case_study_get_title (study));
  cn_reading_page_note_fallback (&self->reading, cn_case_study_get_summary (study));
  cn_label_set_data_text (self->summary_label, cn_case_study_get_summary (study));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cn_text_get (cn_case_study_get_title (study)), -1);

  sections = cn_case_study_get_sections (study, &n);
  for (guint i = 0; i < n; i++)
    {
      GtkBox *box;

      cn_reading_page_note_fallback (&self->reading, sections[i].title);
      box = add_section (self, sections[i].id, cn_text_get (sections[i].title));
      add_contents_entry (self, sections[i].id, cn_text_get (sections[i].title), sections[i].own_reading);
      if (sections[i].own_reading)
        gtk_box_append (box, own_reading_tag_new ());
      gtk_box_append (box, cn_reading_page_body_label_new (&self->reading, sections[i].body));
      add_network_links (box, sections[i].networks);
      cn_reading_page_add_source_links (box, sections[i].sources);
      if (g_strcmp0 (sections[i].id, ACHIEVEMENTS_SECTION_ID) == 0)
        achievements_box = box;
    }

  /* Under the study's own "what was achieved" section when it has one. */
  add_achievements (self, achievements_box);
  add_timeline_section (self);
  add_sources_section (self);

  cn_reading_page_update_fallback (&self->reading);

  /* The heading alone is no contents. */
  gtk_widget_set_visible (GTK_WIDGET (self->contents_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->contents_box)) !=
                          gtk_widget_get_last_child (GTK_WIDGET (self->contents_box)));

  /* A new study starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
update_selector (CnCaseStudyPanel *self)
{
  guint n = self->studies ? g_list_model_get_n_items (self->studies) : 0;

  self->updating_selector = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (self->studies, i);

      if (study == self->study)
        gtk_drop_down_set_selected (self->study_dropdown, i);
    }
  self->updating_selector = FALSE;
  /* One study needs no choice. */
  gtk_widget_set_visible (GTK_WIDGET (self->selector_box), n > 1);
}

/* The selector's button shows the title on one line, cut short in a
 * narrow panel; its list shows whole titles, wrapped. */
static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  wrap)
{
  GtkWidget *label = cn_wrapped_label_new (NULL);

  if (GPOINTER_TO_INT (wrap))
    gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), FALSE);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 10);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkStringObject *title = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (title));
}

static GtkListItemFactory *
title_factory_new (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_title_cb), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_title_cb), NULL);
  return factory;
}

static void
study_selected_cb (CnCaseStudyPanel *self)
{
  guint position = gtk_drop_down_get_selected (self->study_dropdown);
  g_autoptr(CnCaseStudy) study = NULL;

  if (self->updating_selector || self->studies == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  study = g_list_model_get_item (self->studies, position);
  if (study == NULL || study == self->study)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-case-study", "(ss)", cn_case_study_get_id (study), "");
  /* Outside a window (or when the action is refused), show it anyway. */
  if (self->study != study)
    cn_case_study_panel_set_case_study (self, study);
}

/* The heading of the section with @section_id; the title when there is no
 * such section, so an unknown id opens the study at its top. */
static GtkWidget *
find_heading (CnCaseStudyPanel *self,
              const char       *section_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "cn-section-id"), section_id) == 0)
        return gtk_widget_get_first_child (child);
    }

  return GTK_WIDGET (self->title_label);
}

static void
focus_heading (CnCaseStudyPanel *self,
               GtkWidget        *heading)
{
  /* The viewport would animate towards the newly focused widget from the
   * old position; the adjustment is set right after, so keep it still. */
  gtk_viewport_set_scroll_to_focus (self->viewport, FALSE);
  /* The title is no Tab stop: focused until the focus moves on. */
  if (cn_widget_focus_once (heading))
    gtk_label_select_region (GTK_LABEL (heading), 0, 0);
  else
    gtk_widget_child_focus (gtk_widget_get_parent (heading), GTK_DIR_TAB_FORWARD);
  gtk_viewport_set_scroll_to_focus (self->viewport, TRUE);
}

/* Brings the target heading to the top and focuses it. Returns %TRUE once
 * it is in place; while a layout is pending the position can still move,
 * so the tick callback runs this again on the next frames. */
static gboolean
scroll_step (CnCaseStudyPanel *self)
{
  GtkWidget *heading = find_heading (self, self->scroll_target);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_point_t point;
  double value;

  if (!gtk_widget_get_mapped (heading) || gtk_widget_get_height (heading) == 0 ||
      !gtk_widget_compute_point (heading, GTK_WIDGET (self->viewport), &GRAPHENE_POINT_INIT (0, 0), &point))
    return FALSE;

  if (self->focus_pending)
    {
      self->focus_pending = FALSE;
      focus_heading (self, heading);
    }

  if (heading == GTK_WIDGET (self->title_label))
    value = gtk_adjustment_get_lower (vadj);
  else
    value = gtk_adjustment_get_value (vadj) + point.y - SCROLL_MARGIN;
  value = CLAMP (value, gtk_adjustment_get_lower (vadj),
                 gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj));

  if (G_APPROX_VALUE (value, gtk_adjustment_get_value (vadj), 0.5))
    return TRUE;

  gtk_adjustment_set_value (vadj, value);
  return FALSE;
}

static void
stop_scrolling (CnCaseStudyPanel *self)
{
  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->scroll_tick_id);
  self->focus_pending = FALSE;
  g_clear_pointer (&self->scroll_target, g_free);
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  CnCaseStudyPanel *self = CN_CASE_STUDY_PANEL (widget);

  /* Tick callbacks only run while the panel is mapped, so a hidden panel
   * waits here until it is shown. */
  if (scroll_step (self) || ++self->scroll_frames >= SCROLL_MAX_FRAMES)
    {
      self->scroll_tick_id = 0;
      stop_scrolling (self);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
cn_case_study_panel_dispose (GObject *object)
{
  CnCaseStudyPanel *self = (CnCaseStudyPanel *)object;
  GtkWidget *child;

  stop_scrolling (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_CASE_STUDY_PANEL);
  /* The template's top widget has no id, so it is not one of the children
   * dispose_template() removes. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->study);
  g_clear_object (&self->studies);

  G_OBJECT_CLASS (cn_case_study_panel_parent_class)->dispose (object);
}

static void
cn_case_study_panel_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CnCaseStudyPanel *self = CN_CASE_STUDY_PANEL (object);

  switch (prop_id)
    {
    case PROP_CASE_STUDY:
      g_value_set_object (value, self->study);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_case_study_panel_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CnCaseStudyPanel *self = CN_CASE_STUDY_PANEL (object);

  switch (prop_id)
    {
    case PROP_CASE_STUDY:
      cn_case_study_panel_set_case_study (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_case_study_panel_class_init (CnCaseStudyPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_case_study_panel_dispose;
  object_class->get_property = cn_case_study_panel_get_property;
  object_class->set_property = cn_case_study_panel_set_property;

  properties[PROP_CASE_STUDY] =
    g_param_spec_object ("case-study", NULL, NULL, CN_TYPE_CASE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-case-study-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, selector_box);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, study_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, contents_box);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, viewport);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, sections_box);

  gtk_widget_class_bind_template_callback (widget_class, study_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cncasestudypanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cn_case_study_panel_init (CnCaseStudyPanel *self)
{
  g_autoptr(GtkListItemFactory) button_factory = title_factory_new (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = title_factory_new (TRUE);

  gtk_widget_init_template (GTK_WIDGET (self));
  cn_reading_page_init (&self->reading, self->sections_box, self->fallback_label);
  gtk_drop_down_set_factory (self->study_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->study_dropdown, list_factory);
}

GtkWidget *
cn_case_study_panel_new (void)
{
  return g_object_new (CN_TYPE_CASE_STUDY_PANEL, NULL);
}

/**
 * cn_case_study_panel_get_case_study:
 *
 * Returns: (transfer none) (nullable): the case study shown
 */
CnCaseStudy *
cn_case_study_panel_get_case_study (CnCaseStudyPanel *self)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY_PANEL (self), NULL);
  return self->study;
}

/**
 * cn_case_study_panel_set_case_study:
 * @study: (nullable): the case study to show
 */
void
cn_case_study_panel_set_case_study (CnCaseStudyPanel *self,
                                    CnCaseStudy      *study)
{
  g_return_if_fail (CN_IS_CASE_STUDY_PANEL (self));
  g_return_if_fail (study == NULL || CN_IS_CASE_STUDY (study));

  if (!g_set_object (&self->study, study))
    return;

  rebuild (self);
  update_selector (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_STUDY]);
}

/**
 * cn_case_study_panel_set_case_studies:
 * @studies: (nullable): the CnCaseStudy list the selector offers
 */
void
cn_case_study_panel_set_case_studies (CnCaseStudyPanel *self,
                                      GListModel       *studies)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint n;

  g_return_if_fail (CN_IS_CASE_STUDY_PANEL (self));

  if (!g_set_object (&self->studies, studies))
    return;

  n = studies ? g_list_model_get_n_items (studies) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (studies, i);

      gtk_string_list_append (titles, cn_text_get (cn_case_study_get_title (study)));
    }
  self->updating_selector = TRUE;
  gtk_drop_down_set_model (self->study_dropdown, G_LIST_MODEL (titles));
  self->updating_selector = FALSE;
  update_selector (self);
}

/**
 * cn_case_study_panel_scroll_to_section:
 * @section_id: (nullable): a section's id; "timeline" and "sources" name
 *   the panel's own sections unless the study uses them; an unknown id,
 *   "" or %NULL means the top
 *
 * Scrolls so that the section's heading is at the top of the panel and
 * gives the heading keyboard focus. A panel that is hidden or not laid out
 * yet does this when it is next shown.
 */
void
cn_case_study_panel_scroll_to_section (CnCaseStudyPanel *self,
                                       const char       *section_id)
{
  g_return_if_fail (CN_IS_CASE_STUDY_PANEL (self));

  g_free (self->scroll_target);
  self->scroll_target = g_strdup (section_id);
  self->scroll_frames = 0;
  self->focus_pending = TRUE;

  /* Right away when the panel is laid out, and once more on the next
   * frames in case a layout was still pending. */
  scroll_step (self);
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

/**
 * cn_case_study_panel_get_title:
 *
 * Returns: the case study's title as shown, or "" when there is none
 */
const char *
cn_case_study_panel_get_title (CnCaseStudyPanel *self)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY_PANEL (self), NULL);

  if (self->study == NULL)
    return "";
  return cn_text_get (cn_case_study_get_title (self->study));
}
