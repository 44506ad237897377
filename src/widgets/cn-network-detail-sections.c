/* cn-network-detail-sections.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sections of a network's page below its summary, each built from the
 * record and left out when the record has nothing for it, in the order
 * section_builders gives; and the labels of the record's texts, which show
 * the words of the search it was found by. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-network-detail-private.h"

/* The record's texts, with the search's words in bold */

static void
clear_data_label (gpointer data)
{
  CnDetailDataLabel *entry = data;

  g_clear_object (&entry->label);
}

GArray *
_cn_network_detail_data_labels_new (void)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (CnDetailDataLabel));

  g_array_set_clear_func (labels, clear_data_label);
  return labels;
}

/* Shows @text in @label, the search's words in bold, and keeps the pair
 * to mark again when the search changes. */
void
_cn_network_detail_show_data_text (CnNetworkDetail *self,
                                   GtkLabel        *label,
                                   const CnText    *text)
{
  CnDetailDataLabel entry = { g_object_ref (label), text };

  cn_label_set_data_text_highlighted (label, text, self->highlight);
  g_array_append_val (self->data_labels, entry);
}

/* A selectable paragraph of the record's, as cn_reading_page_body_label_new(),
 * that shows the search's words. */
GtkWidget *
_cn_network_detail_body_label_new (CnNetworkDetail *self,
                                   const CnText    *text)
{
  GtkWidget *label = cn_reading_page_body_label_new (&self->reading, text);

  _cn_network_detail_show_data_text (self, GTK_LABEL (label), text);
  return label;
}

/* Marks every text shown again, for a new search. */
void
_cn_network_detail_mark_data_labels (CnNetworkDetail *self)
{
  for (guint i = 0; i < self->data_labels->len; i++)
    {
      CnDetailDataLabel *entry = &g_array_index (self->data_labels, CnDetailDataLabel, i);

      cn_label_set_data_text_highlighted (entry->label, entry->text, self->highlight);
    }
}

/* Sections */

static GtkWidget *
plain_label_new (const char *text,
                 const char *css_class)
{
  GtkWidget *label = cn_wrapped_label_new (text);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A section of one paragraph of the record's, when it has one. */
static void
add_text_section (CnNetworkDetail *self,
                  const char      *heading,
                  const CnText    *text)
{
  if (text == NULL)
    return;
  gtk_box_append (cn_reading_page_add_section (&self->reading, heading),
                  _cn_network_detail_body_label_new (self, text));
}

static void
add_joining_section (CnNetworkDetail *self)
{
  const CnText *eligibility = cn_network_get_eligibility (self->network);
  const CnText *note = cn_network_get_israel_eligibility_note (self->network);
  GtkBox *box;

  /* Always there: "not confirmed" is an answer too. */
  box = cn_reading_page_add_section (&self->reading, _("Who may join"));
  if (eligibility != NULL)
    {
      cn_reading_page_note_fallback (&self->reading, eligibility);
      gtk_box_append (box, _cn_network_detail_body_label_new (self, eligibility));
    }
  else
    gtk_box_append (box, plain_label_new (_("Who may join was not confirmed."), NULL));

  gtk_box_append (box, cn_heading_new (_("Can an Israeli local authority join?"), 3));
  gtk_box_append (box, plain_label_new (cn_eligibility_label (cn_network_get_israel_eligibility (self->network)),
                                        "eligibility"));
  if (note != NULL)
    {
      cn_reading_page_note_fallback (&self->reading, note);
      gtk_box_append (box, _cn_network_detail_body_label_new (self, note));
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
  gtk_box_append (box, _cn_network_detail_body_label_new (self, size));
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
      gtk_box_append (box, _cn_network_detail_body_label_new (self, founders));
    }
  if (secretariat != NULL)
    {
      cn_reading_page_note_fallback (&self->reading, secretariat);
      gtk_box_append (box, cn_heading_new (_("Secretariat"), 3));
      gtk_box_append (box, _cn_network_detail_body_label_new (self, secretariat));
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
          /* A theme or region filters the list by it (win.filter-theme,
           * win.filter-region): it looks like a button, so it is one. */
          const char *name = cn_text_get (terms[i]->label);
          GtkWidget *tag = gtk_button_new_with_label (name);
          g_autofree char *spoken = NULL;

          if (pass == 0)
            /* Translators: what a screen reader says for a theme in a
             * network's page, "Filter by theme: Energy" */
            spoken = g_strdup_printf (_("Filter by theme: %s"), name);
          else
            /* Translators: what a screen reader says for a region in a
             * network's page, "Filter by region: Europe" */
            spoken = g_strdup_printf (_("Filter by region: %s"), name);

          gtk_widget_add_css_class (tag, "tag");
          gtk_widget_add_css_class (tag, "flat");
          gtk_actionable_set_action_name (GTK_ACTIONABLE (tag), pass == 0 ? "win.filter-theme" : "win.filter-region");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (tag), "s", terms[i]->id);
          gtk_accessible_update_property (GTK_ACCESSIBLE (tag), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
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
      gtk_box_append (box, _cn_network_detail_body_label_new (self, programmes[i].description));
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
      gtk_box_append (box, _cn_network_detail_body_label_new (self, links[i].example));
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
      gtk_box_append (GTK_BOX (row), _cn_network_detail_body_label_new (self, entries[i].text));
      gtk_box_append (box, row);
    }
}

/* Where a study speaks of @network: the first section that names it, else
 * the achievements or the timeline; NULL when it does not. */
static const char *
find_mention (CnCaseStudy  *study,
              CnNetwork    *network,
              const CnText **section_title)
{
  const CnCaseSection *section = cn_case_study_find_section_for_network (study, network);
  guint n;
  const CnAchievement *achievements;
  const CnTimelineEvent *events;

  *section_title = NULL;
  if (section != NULL)
    {
      *section_title = section->title;
      return section->id;
    }

  achievements = cn_case_study_get_achievements (study, &n);
  for (guint i = 0; i < n; i++)
    if (g_ptr_array_find (achievements[i].networks, network, NULL))
      return "achievements";

  events = cn_case_study_get_timeline (study, &n);
  for (guint i = 0; i < n; i++)
    if (g_ptr_array_find (events[i].networks, network, NULL))
      return "timeline";

  return NULL;
}

static void
add_case_study_links (CnNetworkDetail *self)
{
  guint n = self->case_studies ? g_list_model_get_n_items (self->case_studies) : 0;
  GtkBox *box = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (self->case_studies, i);
      const CnText *section_title;
      const char *section_id = find_mention (study, self->network, &section_title);
      g_autofree char *study_title = NULL;
      g_autofree char *label = NULL;

      if (section_id == NULL)
        continue;
      if (box == NULL)
        box = cn_reading_page_add_section (&self->reading, _("In the case studies"));

      study_title = cn_bidi_isolate_text (cn_case_study_get_title (study));
      if (section_title != NULL)
        {
          g_autofree char *part = cn_bidi_isolate_text (section_title);

          /* Translators: a link to a case study's section, e.g. "Read the case study: Toronto — … → Why Toronto looked outward"; use ← in right-to-left languages */
          label = g_strdup_printf (_("Read the case study: %s → %s"), study_title, part);
        }
      else
        /* Translators: the case study's title follows, e.g. "Read the case study: Toronto — …" */
        label = g_strdup_printf (_("Read the case study: %s"), study_title);

      gtk_box_append (box, cn_link_button_new (label, "win.show-case-study",
                                               g_variant_new ("(ss)", cn_case_study_get_id (study), section_id),
                                               _("Open the case study panel at the part about this network")));
    }
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

  _cn_network_detail_show_data_text (self, self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);
  cn_reading_page_note_fallback (&self->reading, description);
}

/* Always there, as the joining section: where the record has no word on
 * the cost, the section says what the fee data does ("Not confirmed",
 * "Not applicable (states only)"). */
static void
add_cost_section (CnNetworkDetail *self)
{
  const CnText *cost = cn_network_get_cost (self->network);
  GtkBox *box = cn_reading_page_add_section (&self->reading, _("Cost"));

  if (cost != NULL)
    gtk_box_append (box, _cn_network_detail_body_label_new (self, cost));
  else
    {
      g_autofree char *words = cn_glance_dup_cost (self->network);
      g_autofree char *prepared = cn_ui_is_rtl () ? cn_bidi_prepare_text (words, TRUE) : NULL;

      cn_reading_page_note_fallback (&self->reading, cn_network_get_fee_amount (self->network));
      gtk_box_append (box, plain_label_new (prepared ? prepared : words, NULL));
    }
}

/* What the Tel Aviv University guide itself says of the network, credited
 * to it with a link. */
static void
add_guide_section (CnNetworkDetail *self)
{
  const CnText *guide = cn_network_get_guide (self->network);
  GtkBox *box;

  if (guide == NULL)
    return;

  box = cn_reading_page_add_section (&self->reading, _("What the guide says"));
  gtk_box_append (box, _cn_network_detail_body_label_new (self, guide));
  gtk_box_append (box, cn_link_button_new (_("From the Tel Aviv University guide to international networking"),
                                           "win.open-uri", g_variant_new_string (CN_BRIEF_GUIDE_URL),
                                           CN_BRIEF_GUIDE_URL));
}

static void
add_how_to_join_section (CnNetworkDetail *self)
{
  const CnHowToJoin *how = cn_network_get_how_to_join (self->network);
  GtkBox *box;

  if (how == NULL || (how->steps == NULL && how->contact_url == NULL && how->languages[0] == NULL &&
                      how->reporting_platform == NULL))
    return;

  box = cn_reading_page_add_section (&self->reading, _("How to Join"));
  if (how->steps != NULL)
    gtk_box_append (box, _cn_network_detail_body_label_new (self, how->steps));
  if (how->contact_url != NULL)
    gtk_box_append (box, cn_link_button_new (_("Official contact page"), "win.open-uri",
                                             g_variant_new_string (how->contact_url), how->contact_url));
  if (how->languages[0] != NULL)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *list = NULL;

      for (guint i = 0; how->languages[i] != NULL; i++)
        g_ptr_array_add (names, (gpointer) cn_glance_language_name (how->languages[i]));
      g_ptr_array_add (names, NULL);
      /* Translators: the separator between the names of languages */
      list = g_strjoinv (_(", "), (char **) names->pdata);
      gtk_box_append (box, cn_heading_new (_("Working languages"), 3));
      gtk_box_append (box, plain_label_new (list, NULL));
    }
  if (how->reporting_platform != NULL)
    {
      gtk_box_append (box, cn_heading_new (_("Reporting platform"), 3));
      gtk_box_append (box, _cn_network_detail_body_label_new (self, how->reporting_platform));
    }
}

static void
add_commitments_section (CnNetworkDetail *self)
{
  add_text_section (self, _("Commitments and reporting"), cn_network_get_commitments (self->network));
}

/* The structured steps, drawn and listed (cn-commitments-timeline.c). */
static void
add_commitment_steps_section (CnNetworkDetail *self)
{
  guint n;
  GtkWidget *timeline;
  const CnCommitmentStep *steps = cn_network_get_commitment_steps (self->network, &n);

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    cn_reading_page_note_fallback (&self->reading, steps[i].what);
  timeline = cn_commitments_timeline_new ();
  cn_commitments_timeline_set_network (CN_COMMITMENTS_TIMELINE (timeline), self->network);
  gtk_box_append (cn_reading_page_add_section (&self->reading, _("What joining commits you to")), timeline);
}

static void
add_unconfirmed_section (CnNetworkDetail *self)
{
  add_text_section (self, _("Not confirmed"), cn_network_get_unconfirmed (self->network));
}

/* A record's page is mostly text to lay out, and a long record takes longer
 * than a frame. The top of the page (title, status, facts, summary) is built
 * at once; the description and the sections below it are added one per
 * frame after that, from a tick callback, so that neither the window's first
 * frame nor a change of record stalls the window. */
typedef void (*SectionBuilder) (CnNetworkDetail *self);

static const SectionBuilder section_builders[] = {
  add_description,
  add_guide_section,
  add_joining_section,
  add_cost_section,
  add_how_to_join_section,
  add_commitments_section,
  add_commitment_steps_section,
  add_size_section,
  add_origin_section,
  add_programmes_section,
  add_benefits_section,
  add_israel_section,
  add_terms_section,
  add_unconfirmed_section,
  add_case_study_links,
  add_sources_section,
};

/* Adds the next section that has something to show. */
void
_cn_network_detail_build_next_section (CnNetworkDetail *self)
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

guint
_cn_network_detail_get_n_sections (void)
{
  return G_N_ELEMENTS (section_builders);
}
