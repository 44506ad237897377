/* cn-case-study-results.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A search's matches in the case studies, under the networks it found
 * (issue 16, "search finds case studies too"). A case study is read in the
 * side panel rather than listed, so each part whose text matched (the
 * study's title and summary, or one of its sections) is offered as a
 * button that opens the panel there (win.show-case-study), with the words
 * that matched in bold in its title and in a line of its text. The best
 * two show at first and the rest on demand, each in three short lines, so
 * that the networks keep most of the column. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-case-study-results.h"
#include "cn-data-label.h"

/* Matches shown before "N More" is pressed. */
#define N_SHOWN_FIRST 2
/* The results' height at most (more scroll): the networks keep the rest
 * of the column. */
#define ROWS_MAX_HEIGHT 200
/* Characters of the matched text shown before its first bold word, and in
 * all (a line of the column, and some to spare for a wider one). */
#define EXCERPT_BEFORE 16
#define EXCERPT_LENGTH 90

struct _CnCaseStudyResults
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget *box;
  GtkWidget *scroller;
  GtkBox    *rows_box;
  GtkButton *more_button;

  guint      n_matches;
  GArray    *shown;      /* CnCaseStudyMatch: what the rows are for */
  char      *highlight;  /* the text of the search they show */
};

G_DEFINE_FINAL_TYPE (CnCaseStudyResults, cn_case_study_results, GTK_TYPE_WIDGET)

/* The stretch of @markup (escaped text with <b> spans, as from
 * cn_search_query_highlight()) around its first bold word, or NULL when
 * nothing in it is bold. It is cut only at spaces, which are never inside
 * a span or an entity, so what is left is valid markup. */
static char *
dup_excerpt (const char *markup)
{
  const char *bold = strstr (markup, "<b>");
  const char *start, *end, *p;
  g_autoptr(GString) excerpt = NULL;
  glong n;

  if (bold == NULL)
    return NULL;

  /* Back to a space a little before the word (no tag before the first). */
  start = bold;
  for (n = 0; start > markup && n < EXCERPT_BEFORE; n++)
    start = g_utf8_prev_char (start);
  while (start > markup && *start != ' ' && *start != '\n')
    start = g_utf8_prev_char (start);

  /* Forward to the first space past the length. */
  end = start;
  for (n = 0; *end != '\0' && n < EXCERPT_LENGTH; n++)
    end = g_utf8_next_char (end);
  while (*end != '\0' && *end != ' ' && *end != '\n')
    end = g_utf8_next_char (end);

  excerpt = g_string_new (start > markup ? "…" : NULL);
  for (p = start; p < end; p++)
    g_string_append_c (excerpt, *p == '\n' ? ' ' : *p);
  if (*end != '\0')
    g_string_append (excerpt, "…");
  return g_strdup (g_strstrip (excerpt->str));
}

/* A line of a result: the title wraps, the study's title (repeated from
 * row to row) and the excerpt take one line each. */
static GtkWidget *
label_new (const char *css_class)
{
  gboolean title = g_str_equal (css_class, "heading");
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "wrap", title,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "ellipsize", title ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
result_new (const CnCaseStudyMatch *match,
            const CnSearchQuery    *highlight)
{
  CnCaseStudy *study = match->case_study;
  const CnText *study_title = cn_case_study_get_title (study);
  const CnText *title = study_title;
  const CnText *body = cn_case_study_get_summary (study);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label = label_new ("heading");
  GtkWidget *context_label = label_new ("caption");
  GtkWidget *excerpt_label = label_new ("caption");
  g_autofree char *name = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *excerpt = NULL;

  if (match->section >= 0)
    {
      guint n;
      const CnCaseSection *sections = cn_case_study_get_sections (study, &n);

      title = sections[match->section].title;
      body = sections[match->section].body;
      cn_label_set_data_text (GTK_LABEL (context_label), study_title);
      /* Translators: a case-study search result for screen readers: a
       * section's title, then the case study's */
      name = g_strdup_printf (_("%s, in the case study %s"), cn_text_get (title), cn_text_get (study_title));
    }
  else
    {
      /* Translators: under a case study's title among the search results */
      gtk_label_set_text (GTK_LABEL (context_label), _("Case study"));
      /* Translators: a case-study search result for screen readers; %s is the study's title */
      name = g_strdup_printf (_("The case study %s"), cn_text_get (study_title));
    }
  gtk_widget_add_css_class (context_label, "dim-label");
  cn_label_set_data_text_highlighted (GTK_LABEL (title_label), title, highlight);

  /* Why it matched: the words in a line of its text, when the text has
   * them (the title alone may). A right-to-left text starts with a mark,
   * as the excerpt may start with a Latin name. */
  if (cn_text_get (body) != NULL)
    markup = cn_search_query_highlight (highlight, cn_text_get (body));
  excerpt = markup ? dup_excerpt (markup) : NULL;
  if (excerpt != NULL)
    {
      g_autofree char *marked = g_strconcat (cn_bidi_text_is_rtl (body) ? "\xE2\x80\x8F" : "", excerpt, NULL);

      gtk_label_set_markup (GTK_LABEL (excerpt_label), marked);
    }
  gtk_widget_set_visible (excerpt_label, excerpt != NULL);

  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), context_label);
  gtk_box_append (GTK_BOX (box), excerpt_label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "case-study-result");
  /* Name and target together: an action name without its target warns. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new ("(ss)", cn_case_study_get_id (study),
                                                         match->section_id ? match->section_id : ""));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-case-study");
  /* No tooltip: the rows are rebuilt as the search is typed, and GTK 4.8
   * trips over a pending tooltip of a destroyed widget. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  excerpt != NULL ? gtk_label_get_text (GTK_LABEL (excerpt_label))
                                                  : _("Open the case study panel at this part"),
                                  -1);
  return button;
}

static void
update_more_button (CnCaseStudyResults *self)
{
  guint hidden = self->n_matches - cn_case_study_results_get_n_shown (self);

  if (hidden > 0)
    {
      /* Translators: a small button beside "In the case studies", which
       * shows the other results; %u is how many */
      g_autofree char *label = g_strdup_printf (ngettext ("%u More", "%u More", hidden), hidden);
      /* Translators: what a screen reader says for that button; %u is how
       * many more results there are */
      g_autofree char *name = g_strdup_printf (ngettext ("Show %u More Result", "Show %u More Results", hidden),
                                               hidden);

      gtk_button_set_label (self->more_button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), hidden > 0);
}

static void
more_clicked_cb (CnCaseStudyResults *self)
{
  GtkWidget *first_hidden = NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rows_box)); row;
       row = gtk_widget_get_next_sibling (row))
    if (!gtk_widget_get_visible (row))
      {
        if (first_hidden == NULL)
          first_hidden = row;
        gtk_widget_set_visible (row, TRUE);
      }
  update_more_button (self);
  /* The button is gone: the keyboard goes on to what it showed. */
  if (first_hidden != NULL)
    gtk_widget_grab_focus (first_hidden);
}

/* The height the results would like: GTK 4.8's scrolled window asks its
 * child for a height at the child's natural width, whatever width it gets,
 * and wrapped results are taller than that, so their height is taken here
 * at the width they will have, up to a bound; the scroller expands into it.
 *
 * They ask for no minimum height: they give way, clipped, in a window too
 * short for them. A minimum would also make the column, rather than the
 * detail, set the window's, and a wrapped label in the column (the empty
 * list's) measures taller at the column's width than without a width,
 * which GTK 4.8 reports as an inconsistency of the paned. */
static void
cn_case_study_results_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  CnCaseStudyResults *self = CN_CASE_STUDY_RESULTS (widget);
  int width = for_size;
  int scroller_nat, rows_nat;

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation != GTK_ORIENTATION_VERTICAL)
    return;

  if (for_size < 0)
    gtk_widget_measure (self->box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  gtk_widget_measure (self->scroller, GTK_ORIENTATION_VERTICAL, width, NULL, &scroller_nat, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->rows_box), GTK_ORIENTATION_VERTICAL, width, NULL, &rows_nat, NULL, NULL);
  *natural += MIN (rows_nat, ROWS_MAX_HEIGHT) - scroller_nat;
  *minimum = 0;
}

static GtkSizeRequestMode
cn_case_study_results_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cn_case_study_results_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  GtkWidget *box = CN_CASE_STUDY_RESULTS (widget)->box;
  int min_height;

  /* Shorter than its content, the group is clipped (see measure()). */
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, width, &min_height, NULL, NULL, NULL);
  gtk_widget_allocate (box, width, MAX (height, min_height), baseline, NULL);
}

/* Whether the rows already show @matches for @highlight. */
static gboolean
shows (CnCaseStudyResults  *self,
       GArray              *matches,
       const CnSearchQuery *highlight)
{
  const char *text = highlight ? cn_search_query_get_text (highlight) : NULL;

  if (self->shown->len != (matches ? matches->len : 0) || g_strcmp0 (self->highlight, text) != 0)
    return FALSE;
  for (guint i = 0; i < self->shown->len; i++)
    {
      const CnCaseStudyMatch *a = &g_array_index (self->shown, CnCaseStudyMatch, i);
      const CnCaseStudyMatch *b = &g_array_index (matches, CnCaseStudyMatch, i);

      if (a->case_study != b->case_study || a->section != b->section)
        return FALSE;
    }
  return TRUE;
}

static void
cn_case_study_results_dispose (GObject *object)
{
  CnCaseStudyResults *self = CN_CASE_STUDY_RESULTS (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CN_TYPE_CASE_STUDY_RESULTS);
  g_clear_pointer (&self->shown, g_array_unref);
  g_clear_pointer (&self->highlight, g_free);

  G_OBJECT_CLASS (cn_case_study_results_parent_class)->dispose (object);
}

static void
cn_case_study_results_class_init (CnCaseStudyResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_case_study_results_dispose;
  widget_class->get_request_mode = cn_case_study_results_get_request_mode;
  widget_class->measure = cn_case_study_results_measure;
  widget_class->size_allocate = cn_case_study_results_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-case-study-results.ui");
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyResults, box);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyResults, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyResults, rows_box);
  gtk_widget_class_bind_template_child (widget_class, CnCaseStudyResults, more_button);
  /* Not used here, but the tests read it. */
  gtk_widget_class_bind_template_child_full (widget_class, "heading_label", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "cncasestudyresults");
}

static void
cn_case_study_results_init (CnCaseStudyResults *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  self->shown = g_array_new (FALSE, FALSE, sizeof (CnCaseStudyMatch));
}

GtkWidget *
cn_case_study_results_new (void)
{
  return g_object_new (CN_TYPE_CASE_STUDY_RESULTS, NULL);
}

/**
 * cn_case_study_results_set_matches:
 * @matches: (element-type CnCaseStudyMatch) (nullable): from
 *   cn_catalog_search_case_studies(), best first; %NULL or empty hides the
 *   results
 * @highlight: (nullable): the search, whose words show in bold
 */
void
cn_case_study_results_set_matches (CnCaseStudyResults  *self,
                                   GArray              *matches,
                                   const CnSearchQuery *highlight)
{
  g_return_if_fail (CN_IS_CASE_STUDY_RESULTS (self));

  /* The same search again (the entry's delayed signal after the window
   * applied it at once): the rows, and the focus in them, stay. */
  if (shows (self, matches, highlight))
    return;
  g_array_set_size (self->shown, 0);
  if (matches != NULL)
    g_array_append_vals (self->shown, matches->data, matches->len);
  g_free (self->highlight);
  self->highlight = highlight ? g_strdup (cn_search_query_get_text (highlight)) : NULL;

  for (GtkWidget *row; (row = gtk_widget_get_first_child (GTK_WIDGET (self->rows_box)));)
    gtk_box_remove (self->rows_box, row);

  self->n_matches = matches != NULL ? matches->len : 0;
  for (guint i = 0; i < self->n_matches; i++)
    {
      GtkWidget *row = result_new (&g_array_index (matches, CnCaseStudyMatch, i), highlight);

      gtk_widget_set_visible (row, i < N_SHOWN_FIRST);
      gtk_box_append (self->rows_box, row);
    }
  update_more_button (self);
  gtk_widget_set_visible (GTK_WIDGET (self), self->n_matches > 0);
}

guint
cn_case_study_results_get_n_matches (CnCaseStudyResults *self)
{
  g_return_val_if_fail (CN_IS_CASE_STUDY_RESULTS (self), 0);
  return self->n_matches;
}

/* How many results show, the others waiting for "Show More". */
guint
cn_case_study_results_get_n_shown (CnCaseStudyResults *self)
{
  guint n = 0;

  g_return_val_if_fail (CN_IS_CASE_STUDY_RESULTS (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rows_box)); row;
       row = gtk_widget_get_next_sibling (row))
    n += gtk_widget_get_visible (row);
  return n;
}

/**
 * cn_case_study_results_get_result:
 *
 * Returns: (transfer none) (nullable): the button of the @index-th match,
 *   shown or not
 */
GtkWidget *
cn_case_study_results_get_result (CnCaseStudyResults *self,
                                  guint               index)
{
  GtkWidget *row;

  g_return_val_if_fail (CN_IS_CASE_STUDY_RESULTS (self), NULL);

  row = gtk_widget_get_first_child (GTK_WIDGET (self->rows_box));
  for (guint i = 0; row != NULL && i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  return row;
}
