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

#include "cn-network-detail.h"
#include "cn-clamp.h"
#include "cn-data-label.h"
#include "cn-labels.h"
#include "cn-reading-page.h"
#include "cn-widget-util.h"

struct _CnNetworkDetail
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkBox      *status_box;
  GtkLabel    *status_label;
  GtkLabel    *status_note_label;
  GtkBox      *successor_box;
  GtkLabel    *title_label;
  GtkLabel    *facts_label;
  GtkLabel    *fallback_label;
  GtkLabel    *summary_label;
  GtkButton   *website_button;
  GtkToggleButton *compare_button;
  GtkLabel    *description_label;
  GtkBox      *sections_box;

  CnReadingPage reading;

  /* Owned references */
  CnNetwork   *network;
  CnCaseStudy *case_study;
  CnComparison *comparison;

  guint        next_section;   /* in section_builders */
  gboolean     top_shown;      /* a frame has shown the top of the page */
  gboolean     syncing_compare;
  guint        tick_id;
};

G_DEFINE_FINAL_TYPE (CnNetworkDetail, cn_network_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NETWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
plain_label_new (const char *text,
                 const char *css_class)
{
  GtkWidget *label = cn_wrapped_label_new (text);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

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
  cn_label_set_data_text (self->status_note_label, cn_network_get_status_note (network));
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

static void
add_joining_section (CnNetworkDetail *self)
{
  const CnText *eligibility = cn_network_get_eligibility (self->network);
  const CnText *note = cn_network_get_israel_eligibility_note (self->network);
  GtkBox *box;

  if (eligibility == NULL && note == NULL &&
      cn_network_get_israel_eligibility (self->network) == CN_ISRAEL_ELIGIBILITY_UNCLEAR)
    return;

  box = cn_reading_page_add_section (&self->reading, _("Who may join"));
  if (eligibility != NULL)
    {
      cn_reading_page_note_fallback (&self->reading, eligibility);
      gtk_box_append (box, cn_body_label_new (eligibility));
    }

  gtk_box_append (box, cn_heading_new (_("Can an Israeli local authority join?"), 3));
  gtk_box_append (box, plain_label_new (cn_eligibility_label (cn_network_get_israel_eligibility (self->network)),
                                        "eligibility"));
  if (note != NULL)
    {
      cn_reading_page_note_fallback (&self->reading, note);
      gtk_box_append (box, cn_body_label_new (note));
    }
}

static void
add_size_section (CnNetworkDetail *self)
{
  const CnText *size = cn_network_get_size (self->network);
  int year = cn_network_get_size_year (self->network);
  GtkBox *box;

  if (size == NULL)
    return;

  cn_reading_page_note_fallback (&self->reading, size);
  box = cn_reading_page_add_section (&self->reading, _("Size"));
  gtk_box_append (box, cn_body_label_new (size));
  if (year != 0)
    {
      g_autofree char *text = g_strdup_printf (_("Figure from %d"), year);
      gtk_box_append (box, plain_label_new (text, "dim-label"));
    }
}

static void
add_origin_section (CnNetworkDetail *self)
{
  const CnText *founders = cn_network_get_founders (self->network);
  const CnText *secretariat = cn_network_get_secretariat (self->network);
  GtkBox *box;

  if (founders == NULL && secretariat == NULL)
    return;

  box = cn_reading_page_add_section (&self->reading, _("Origins and secretariat"));
  if (founders != NULL)
    {
      cn_reading_page_note_fallback (&self->reading, founders);
      gtk_box_append (box, cn_body_label_new (founders));
    }
  if (secretariat != NULL)
    {
      cn_reading_page_note_fallback (&self->reading, secretariat);
      gtk_box_append (box, cn_heading_new (_("Secretariat"), 3));
      gtk_box_append (box, cn_body_label_new (secretariat));
    }
}

static void
add_terms_section (CnNetworkDetail *self)
{
  guint n_themes, n_regions;
  const CnTerm * const *themes = cn_network_get_themes (self->network, &n_themes);
  const CnTerm * const *regions = cn_network_get_regions (self->network, &n_regions);
  GtkBox *box;

  if (n_themes == 0 && n_regions == 0)
    return;

  box = cn_reading_page_add_section (&self->reading, _("Themes and regions"));
  for (guint pass = 0; pass < 2; pass++)
    {
      const CnTerm * const *terms = pass == 0 ? themes : regions;
      guint n = pass == 0 ? n_themes : n_regions;
      GtkWidget *flow;

      if (n == 0)
        continue;

      flow = g_object_new (GTK_TYPE_FLOW_BOX,
                           "selection-mode", GTK_SELECTION_NONE,
                           "column-spacing", 6,
                           "row-spacing", 6,
                           "max-children-per-line", 8,
                           "homogeneous", FALSE,
                           "can-focus", FALSE,
                           NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      pass == 0 ? _("Themes") : _("Regions"), -1);
      for (guint i = 0; i < n; i++)
        {
          GtkWidget *tag = plain_label_new (cn_text_get (terms[i]->label), "tag");

          gtk_flow_box_append (GTK_FLOW_BOX (flow), tag);
          gtk_widget_set_focusable (gtk_widget_get_parent (tag), FALSE);
        }
      gtk_box_append (box, flow);
    }
}

static void
add_programmes_section (CnNetworkDetail *self)
{
  guint n;
  const CnProgramme *programmes = cn_network_get_programmes (self->network, &n);
  GtkBox *box;

  if (n == 0)
    return;

  box = cn_reading_page_add_section (&self->reading, _("Flagship programmes"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = NULL;

      cn_reading_page_note_fallback (&self->reading, programmes[i].name);
      cn_reading_page_note_fallback (&self->reading, programmes[i].description);
      if (programmes[i].year != 0)
        {
          g_autofree char *name = cn_bidi_isolate_text (programmes[i].name);
          /* Translators: a programme's name and the year it started */
          title = g_strdup_printf (_("%s (%d)"), name, programmes[i].year);
        }
      else
        title = g_strdup (cn_text_get (programmes[i].name));
      gtk_box_append (box, cn_heading_new (title, 3));
      gtk_box_append (box, cn_body_label_new (programmes[i].description));
    }
}

static void
add_benefits_section (CnNetworkDetail *self)
{
  guint n;
  const CnBenefitLink *links = cn_network_get_benefits (self->network, &n);
  GtkBox *box;

  if (n == 0)
    return;

  box = cn_reading_page_add_section (&self->reading, _("What it gives a municipality"));
  for (guint i = 0; i < n; i++)
    {
      CnBenefit *benefit = links[i].benefit;

      gtk_box_append (box, cn_link_button_new (cn_text_get (cn_benefit_get_title (benefit)), "win.select-benefit",
                                               g_variant_new_string (cn_benefit_get_id (benefit)),
                                               _("Show this benefit and every network that delivers it")));
      cn_reading_page_note_fallback (&self->reading, links[i].example);
      gtk_box_append (box, cn_body_label_new (links[i].example));
    }
}

static void
add_israel_section (CnNetworkDetail *self)
{
  guint n;
  const CnDatedText *entries = cn_network_get_israel (self->network, &n);
  GtkBox *box;

  if (n == 0)
    return;

  box = cn_reading_page_add_section (&self->reading, _("Israeli participation"));
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      if (entries[i].year != 0)
        {
          g_autofree char *year = g_strdup_printf ("%d", entries[i].year);
          GtkWidget *year_label = plain_label_new (year, "year");

          gtk_widget_set_valign (year_label, GTK_ALIGN_START);
          gtk_box_append (GTK_BOX (row), year_label);
        }
      cn_reading_page_note_fallback (&self->reading, entries[i].text);
      gtk_box_append (GTK_BOX (row), cn_body_label_new (entries[i].text));
      gtk_box_append (box, row);
    }
}

static void
add_case_study_link (CnNetworkDetail *self)
{
  const CnCaseSection *section;
  g_autofree char *label = NULL;
  g_autofree char *target = NULL;
  GtkBox *box;

  if (self->case_study == NULL || !cn_case_study_mentions_network (self->case_study, self->network))
    return;

  section = cn_case_study_find_section_for_network (self->case_study, self->network);
  target = section ? g_strdup (section->id) : g_strdup ("");

  box = cn_reading_page_add_section (&self->reading, _("Case study"));
  /* Translators: the case study's title follows, e.g. "Read the case study: Toronto — …" */
  label = g_strdup_printf (_("Read the case study: %s"), cn_text_get (cn_case_study_get_title (self->case_study)));
  gtk_box_append (box, cn_link_button_new (label, "win.show-case-study-section", g_variant_new_string (target),
                                           _("Open the case study panel at the part about this network")));
}

static void
add_sources_section (CnNetworkDetail *self)
{
  guint n;
  const CnSource *sources = cn_network_get_sources (self->network, &n);

  cn_reading_page_add_sources (cn_reading_page_add_section (&self->reading, _("Sources")), sources, n,
                               cn_network_get_verified (self->network));
}

static void
add_description (CnNetworkDetail *self)
{
  const CnText *description = cn_network_get_description (self->network);

  cn_label_set_data_text (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);
  cn_reading_page_note_fallback (&self->reading, description);
}

static void
add_cost_section (CnNetworkDetail *self)
{
  cn_reading_page_add_text_section (&self->reading, _("Cost"), cn_network_get_cost (self->network));
}

static void
add_commitments_section (CnNetworkDetail *self)
{
  cn_reading_page_add_text_section (&self->reading, _("Commitments and reporting"), cn_network_get_commitments (self->network));
}

static void
add_unconfirmed_section (CnNetworkDetail *self)
{
  cn_reading_page_add_text_section (&self->reading, _("Not confirmed"), cn_network_get_unconfirmed (self->network));
}

/* A record's page is mostly text to lay out, and a long record takes longer
 * than a frame. The top of the page (title, status, facts, summary) is built
 * at once; the description and the sections below it are added one per
 * frame after that, from a tick callback, so that neither the window's first
 * frame nor a change of record stalls the window. */
typedef void (*SectionBuilder) (CnNetworkDetail *self);

static const SectionBuilder section_builders[] = {
  add_description,
  add_joining_section,
  add_cost_section,
  add_commitments_section,
  add_size_section,
  add_origin_section,
  add_programmes_section,
  add_benefits_section,
  add_israel_section,
  add_terms_section,
  add_unconfirmed_section,
  add_case_study_link,
  add_sources_section,
};

/* Adds the next section that has something to show. */
static void
build_next_section (CnNetworkDetail *self)
{
  GtkWidget *last = gtk_widget_get_last_child (GTK_WIDGET (self->sections_box));

  /* The description first, on its own; then until a section shows. */
  if (self->next_section == 0)
    section_builders[self->next_section++] (self);
  else
    while (self->next_section < G_N_ELEMENTS (section_builders) &&
           gtk_widget_get_last_child (GTK_WIDGET (self->sections_box)) == last)
      section_builders[self->next_section++] (self);

  cn_reading_page_update_fallback (&self->reading);
}

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
  build_next_section (self);
  if (cn_network_detail_is_complete (self))
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
rebuild (CnNetworkDetail *self)
{
  CnNetwork *network = self->network;
  const char *website;

  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->tick_id);
  cn_reading_page_clear (&self->reading);
  self->next_section = G_N_ELEMENTS (section_builders);

  if (network == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->status_box), FALSE);
      return;
    }

  update_status (self);
  cn_label_set_data_text (self->title_label, cn_network_get_name (network));
  cn_reading_page_note_fallback (&self->reading, cn_network_get_name (network));
  update_facts_line (self);
  cn_label_set_data_text (self->summary_label, cn_network_get_summary (network));
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

  return self->next_section >= G_N_ELEMENTS (section_builders);
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

void
cn_network_detail_set_case_study (CnNetworkDetail *self,
                                  CnCaseStudy     *study)
{
  g_return_if_fail (CN_IS_NETWORK_DETAIL (self));

  if (g_set_object (&self->case_study, study))
    rebuild (self);
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
  g_clear_object (&self->network);
  g_clear_object (&self->case_study);
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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-network-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, status_box);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, status_note_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, successor_box);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, facts_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, website_button);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, description_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, sections_box);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkDetail, compare_button);
  gtk_widget_class_bind_template_callback (widget_class, compare_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cnnetworkdetail");
}

static void
cn_network_detail_init (CnNetworkDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cn_reading_page_init (&self->reading, self->sections_box, self->fallback_label);
}
