/* cn-case-study-panel.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The side panel that tells one case study: its sections, what the city
 * achieved, a timeline and the sources, with every network and benefit a
 * link into the main views. Other views open it at a section
 * (win.show-case-study-section), so each section's box carries its id. */

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
  GtkScrolledWindow *scroller;
  GtkViewport       *viewport;
  GtkLabel          *title_label;
  GtkLabel          *fallback_label;
  GtkLabel          *summary_label;
  GtkBox            *sections_box;

  CnReadingPage      reading;

  /* Owned references */
  CnCaseStudy       *study;
  char              *scroll_target;   /* the section to bring to the top */

  guint              scroll_tick_id;
  guint              scroll_frames;
  gboolean           focus_pending;
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
    box = add_section (self, ACHIEVEMENTS_SECTION_ID, _("Achievements"));

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
}

static void
add_sources_section (CnCaseStudyPanel *self)
{
  guint n;
  const CnSource *sources = cn_case_study_get_sources (self->study, &n);
  const char *verified = cn_case_study_get_verified (self->study);

  if (n > 0 || verified != NULL)
    cn_reading_page_add_sources (add_section (self, "sources", _("Sources")), sources, n, verified);
}

static void
rebuild (CnCaseStudyPanel *self)
{
  CnCaseStudy *study = self->study;
  const CnCaseSection *sections;
  GtkBox *achievements_box = NULL;
  guint n;

  cn_reading_page_clear (&self->reading);

  if (study == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->summary_label, "");
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
      gtk_box_append (box, cn_reading_page_body_label_new (&self->reading, sections[i].body));
      add_network_links (box, sections[i].networks);
      if (g_strcmp0 (sections[i].id, ACHIEVEMENTS_SECTION_ID) == 0)
        achievements_box = box;
    }

  /* Under the study's own "what was achieved" section when it has one. */
  add_achievements (self, achievements_box);
  add_timeline_section (self);
  add_sources_section (self);

  cn_reading_page_update_fallback (&self->reading);

  /* A new study starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
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
  if (gtk_widget_grab_focus (heading))
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
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, viewport);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyPanel, sections_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cncasestudypanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cn_case_study_panel_init (CnCaseStudyPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cn_reading_page_init (&self->reading, self->sections_box, self->fallback_label);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_STUDY]);
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
