/* cn-year-timeline.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A case study's dated events as a picture: a year axis running down the
 * start side (the case-study panel is narrow and scrolls vertically), one
 * mark per event beside its year. What each achievement illustrates is a
 * benefit, shown by the mark's colour AND its shape (● ■ ▲ ◆ ★, never colour
 * alone), with a legend above; the timeline's other events, which name no
 * benefit, are hollow circles. Years without an event take little room.
 *
 * Each mark is a toggle button: focusable, named for screen readers with
 * its year, benefit and text, selected by click or focus; Left/Right and
 * Up/Down move between marks (Left and Right follow the reading
 * direction). The selected event's text shows below the axis. The axis is
 * the widget's own painting; the marks and labels are its children. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-benefit.h"
#include "cn-year-timeline.h"
#include "cn-widget-util.h"

#define ROW_HEIGHT   30   /* a year with events */
#define GAP_HEIGHT   6    /* a year without */
#define YEAR_WIDTH   48   /* the year labels, on the start side */
#define AXIS_GAP     14
#define MARK_SIZE    26
#define MARK_SPACING 4
#define N_SHAPES     5

static const char * const shapes[N_SHAPES] = { "●", "■", "▲", "◆", "★" };
#define EVENT_SHAPE "○"

typedef struct
{
  int          year;
  CnBenefit   *benefit;   /* borrowed; NULL for a timeline event */
  const CnText *text;
  GtkWidget   *button;
  int          column;    /* its place among the year's marks */
} Mark;

struct _CnYearTimeline
{
  GtkWidget    parent_instance;

  GtkWidget   *legend;     /* above the axis */
  GtkWidget   *detail;     /* below it: the selected event */
  GArray      *marks;      /* Mark, by year */
  int          first_year;
  int          last_year;
  int          selected;   /* -1 when none */
  CnCaseStudy *study;
};

G_DEFINE_FINAL_TYPE (CnYearTimeline, cn_year_timeline, GTK_TYPE_WIDGET)

static int
shape_of (CnBenefit *benefit)
{
  return benefit != NULL ? (int) (cn_benefit_get_position (benefit) % N_SHAPES) : -1;
}

static gboolean
year_has_marks (CnYearTimeline *self,
                int             year)
{
  for (guint i = 0; i < self->marks->len; i++)
    if (g_array_index (self->marks, Mark, i).year == year)
      return TRUE;
  return FALSE;
}

/* The y of @year's row in the axis area, and its height. */
static int
year_top (CnYearTimeline *self,
          int             year,
          int            *height)
{
  int y = 0;

  for (int ye = self->first_year; ye < year; ye++)
    y += year_has_marks (self, ye) ? ROW_HEIGHT : GAP_HEIGHT;
  if (height != NULL)
    *height = year_has_marks (self, year) ? ROW_HEIGHT : GAP_HEIGHT;
  return y;
}

static int
axis_height (CnYearTimeline *self)
{
  if (self->marks->len == 0)
    return 0;
  return year_top (self, self->last_year + 1, NULL) + 8;
}

static int
max_columns (CnYearTimeline *self)
{
  int columns = 0;

  for (guint i = 0; i < self->marks->len; i++)
    columns = MAX (columns, g_array_index (self->marks, Mark, i).column + 1);
  return columns;
}

static char *
mark_description (const Mark *mark)
{
  if (mark->benefit != NULL)
    /* Translators: a timeline mark: the year, the benefit it illustrates, the event */
    return g_strdup_printf (_("%d, %s: %s"), mark->year, cn_text_get (cn_benefit_get_title (mark->benefit)),
                            cn_text_get (mark->text));
  /* Translators: a timeline mark without a benefit: the year, the event */
  return g_strdup_printf (_("%d: %s"), mark->year, cn_text_get (mark->text));
}

static void
update_detail (CnYearTimeline *self)
{
  g_autofree char *text = NULL;

  if (self->selected >= 0)
    text = mark_description (&g_array_index (self->marks, Mark, self->selected));
  gtk_label_set_text (GTK_LABEL (self->detail),
                      text != NULL ? text : _("Select a mark to read the event."));
}

void
cn_year_timeline_select (CnYearTimeline *self,
                         guint           index)
{
  g_return_if_fail (CN_IS_YEAR_TIMELINE (self));
  g_return_if_fail (index < self->marks->len);

  if (self->selected == (int) index)
    return;
  self->selected = index;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (g_array_index (self->marks, Mark, index).button), TRUE);
  update_detail (self);
}

static void
mark_toggled_cb (GtkToggleButton *button,
                 CnYearTimeline  *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < self->marks->len; i++)
    if (g_array_index (self->marks, Mark, i).button == GTK_WIDGET (button))
      cn_year_timeline_select (self, i);
}

static void
mark_focus_cb (GtkEventControllerFocus *controller,
               CnYearTimeline          *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CnYearTimeline        *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int step = 0;

  switch (keyval)
    {
    case GDK_KEY_Right: case GDK_KEY_KP_Right: step = rtl ? -1 : 1; break;
    case GDK_KEY_Left: case GDK_KEY_KP_Left:   step = rtl ? 1 : -1; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:   step = 1; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:       step = -1; break;
    case GDK_KEY_Home:                         step = -(int) self->marks->len; break;
    case GDK_KEY_End:                          step = self->marks->len; break;
    default: return FALSE;
    }
  if (self->marks->len == 0)
    return FALSE;
  {
    int next = CLAMP (MAX (self->selected, 0) + step, 0, (int) self->marks->len - 1);

    cn_year_timeline_select (self, next);
    gtk_widget_grab_focus (g_array_index (self->marks, Mark, next).button);
  }
  return TRUE;
}

static void
clear_marks (CnYearTimeline *self)
{
  for (guint i = 0; i < self->marks->len; i++)
    gtk_widget_unparent (g_array_index (self->marks, Mark, i).button);
  g_array_set_size (self->marks, 0);
  self->selected = -1;
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *x = a, *y = b;

  return x->year - y->year;
}

static void
add_legend_row (CnYearTimeline *self,
                const char     *shape,
                const char     *css_class,
                const char     *name)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *glyph = gtk_label_new (shape);
  GtkWidget *label = gtk_label_new (name);

  gtk_widget_add_css_class (glyph, "timeline-mark-glyph");
  gtk_widget_add_css_class (glyph, css_class);
  /* The name says it; the shape is decoration for a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (glyph), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_visible (glyph, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (row), glyph);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (self->legend), row);
}

static void
rebuild (CnYearTimeline *self)
{
  const CnAchievement *achievements;
  const CnTimelineEvent *events;
  guint n_achievements = 0, n_events = 0;
  gboolean seen[N_SHAPES] = { FALSE };
  CnBenefit *benefits[N_SHAPES] = { NULL };
  GtkWidget *child;
  GtkToggleButton *group = NULL;

  clear_marks (self);
  while ((child = gtk_widget_get_first_child (self->legend)) != NULL)
    gtk_box_remove (GTK_BOX (self->legend), child);

  if (self->study != NULL)
    {
      events = cn_case_study_get_timeline (self->study, &n_events);
      achievements = cn_case_study_get_achievements (self->study, &n_achievements);
      for (guint i = 0; i < n_events; i++)
        if (events[i].year > 0)
          g_array_append_val (self->marks, ((Mark) { events[i].year, NULL, events[i].event, NULL, 0 }));
      for (guint i = 0; i < n_achievements; i++)
        if (achievements[i].year > 0)
          {
            Mark mark = { achievements[i].year, achievements[i].benefit, achievements[i].title, NULL, 0 };

            if (mark.text == NULL)
              mark.text = achievements[i].text;
            g_array_append_val (self->marks, mark);
          }
    }
  /* Stable: by year, each year's events in the study's order. */
  {
    g_autoptr(GArray) sorted = g_array_copy (self->marks);
    guint n = self->marks->len;

    for (guint i = 0; i < n; i++)
      g_array_index (sorted, Mark, i).column = i;   /* the original order, for ties */
    g_array_sort (sorted, compare_marks);
    /* g_array_sort is not stable: restore the order within each year. */
    for (guint i = 1; i < n; i++)
      for (guint j = i; j > 0; j--)
        {
          Mark *a = &g_array_index (sorted, Mark, j - 1), *b = &g_array_index (sorted, Mark, j);

          if (a->year == b->year && a->column > b->column)
            {
              Mark t = *a;
              *a = *b;
              *b = t;
            }
          else
            break;
        }
    g_array_set_size (self->marks, 0);
    g_array_append_vals (self->marks, sorted->data, n);
  }

  for (guint i = 0; i < self->marks->len; i++)
    {
      Mark *mark = &g_array_index (self->marks, Mark, i);
      int shape = shape_of (mark->benefit);
      g_autofree char *description = mark_description (mark);
      g_autofree char *css_class = shape >= 0 ? g_strdup_printf ("benefit-%d", shape) : g_strdup ("event");
      GtkEventController *focus = gtk_event_controller_focus_new ();

      mark->column = (i > 0 && g_array_index (self->marks, Mark, i - 1).year == mark->year)
                     ? g_array_index (self->marks, Mark, i - 1).column + 1 : 0;
      if (shape >= 0)
        {
          seen[shape] = TRUE;
          benefits[shape] = mark->benefit;
        }

      mark->button = gtk_toggle_button_new_with_label (shape >= 0 ? shapes[shape] : EVENT_SHAPE);
      gtk_widget_add_css_class (mark->button, "timeline-mark");
      gtk_widget_add_css_class (mark->button, "flat");
      gtk_widget_add_css_class (mark->button, css_class);
      cn_widget_set_tooltip_text (mark->button, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark->button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (mark->button), group);
      else
        group = GTK_TOGGLE_BUTTON (mark->button);
      g_signal_connect_object (mark->button, "toggled", G_CALLBACK (mark_toggled_cb), self, 0);
      g_signal_connect_object (focus, "enter", G_CALLBACK (mark_focus_cb), self, 0);
      gtk_widget_add_controller (mark->button, focus);
      gtk_widget_insert_before (mark->button, GTK_WIDGET (self), self->detail);
    }

  if (self->marks->len > 0)
    {
      self->first_year = g_array_index (self->marks, Mark, 0).year;
      self->last_year = g_array_index (self->marks, Mark, self->marks->len - 1).year;
    }

  for (int s = 0; s < N_SHAPES; s++)
    if (seen[s])
      {
        g_autofree char *css_class = g_strdup_printf ("benefit-%d", s);

        add_legend_row (self, shapes[s], css_class, cn_text_get (cn_benefit_get_title (benefits[s])));
      }
  if (self->marks->len > 0)
    add_legend_row (self, EVENT_SHAPE, "event", _("Other event"));
  gtk_widget_set_visible (self->legend, self->marks->len > 0);
  gtk_widget_set_visible (self->detail, self->marks->len > 0);

  update_detail (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The wrapped labels below the drawing are taller when narrower. */
static GtkSizeRequestMode
cn_year_timeline_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cn_year_timeline_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  CnYearTimeline *self = CN_YEAR_TIMELINE (widget);
  int legend_min, legend_nat, detail_min, detail_nat;
  int marks_width = YEAR_WIDTH + AXIS_GAP + max_columns (self) * (MARK_SIZE + MARK_SPACING);

  gtk_widget_measure (self->legend, orientation, for_size, &legend_min, &legend_nat, NULL, NULL);
  gtk_widget_measure (self->detail, orientation, for_size, &detail_min, &detail_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (MAX (legend_min, detail_min), marks_width);
      *natural = MAX (MAX (legend_nat, detail_nat), marks_width);
    }
  else
    {
      *minimum = legend_min + 12 + axis_height (self) + 12 + detail_min;
      *natural = legend_nat + 12 + axis_height (self) + 12 + detail_nat;
    }
}

static void
cn_year_timeline_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  CnYearTimeline *self = CN_YEAR_TIMELINE (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int legend_height, detail_height, top;

  gtk_widget_measure (self->legend, GTK_ORIENTATION_VERTICAL, width, &legend_height, NULL, NULL, NULL);
  gtk_widget_size_allocate (self->legend, &(GtkAllocation) { 0, 0, width, legend_height }, -1);
  top = legend_height + 12;

  for (guint i = 0; i < self->marks->len; i++)
    {
      Mark *mark = &g_array_index (self->marks, Mark, i);
      int row_height;
      int y = top + year_top (self, mark->year, &row_height) + (row_height - MARK_SIZE) / 2;
      int x = YEAR_WIDTH + AXIS_GAP + mark->column * (MARK_SIZE + MARK_SPACING);

      if (rtl)
        x = width - x - MARK_SIZE;
      gtk_widget_size_allocate (mark->button, &(GtkAllocation) { x, y, MARK_SIZE, MARK_SIZE }, -1);
    }

  top += axis_height (self) + 12;
  gtk_widget_measure (self->detail, GTK_ORIENTATION_VERTICAL, width, &detail_height, NULL, NULL, NULL);
  gtk_widget_size_allocate (self->detail, &(GtkAllocation) { 0, top, width, MAX (detail_height, height - top) }, -1);
}

static void
cn_year_timeline_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  CnYearTimeline *self = CN_YEAR_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (self->marks->len > 0 && gtk_widget_get_visible (self->legend))
    {
      int top = gtk_widget_get_height (self->legend) + 12;
      int height = axis_height (self);
      double axis_x = rtl ? width - YEAR_WIDTH - AXIS_GAP / 2.0 : YEAR_WIDTH + AXIS_GAP / 2.0;
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, top, width, height));
      GdkRGBA fg;

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
      G_GNUC_END_IGNORE_DEPRECATIONS

      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, axis_x + 0.5, top);
      cairo_line_to (cr, axis_x + 0.5, top + height - 8);
      cairo_stroke (cr);

      for (int year = self->first_year; year <= self->last_year; year++)
        {
          int row_height;
          int y = top + year_top (self, year, &row_height);

          if (!year_has_marks (self, year))
            continue;
          {
            g_autofree char *text = g_strdup_printf ("%d", year);
            PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
            int w, h;

            pango_layout_get_pixel_size (layout, &w, &h);
            cairo_move_to (cr, rtl ? width - YEAR_WIDTH + 4 : YEAR_WIDTH - 4 - w, y + (row_height - h) / 2.0);
            pango_cairo_show_layout (cr, layout);
            g_object_unref (layout);
            /* A tick on the axis. */
            cairo_move_to (cr, axis_x - 4, y + row_height / 2.0 + 0.5);
            cairo_line_to (cr, axis_x + 4, y + row_height / 2.0 + 0.5);
            cairo_stroke (cr);
          }
        }
      cairo_destroy (cr);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
cn_year_timeline_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  gtk_widget_queue_allocate (widget);
}

static void
cn_year_timeline_dispose (GObject *object)
{
  CnYearTimeline *self = (CnYearTimeline *)object;

  if (self->marks != NULL)
    clear_marks (self);
  g_clear_pointer (&self->legend, gtk_widget_unparent);
  g_clear_pointer (&self->detail, gtk_widget_unparent);
  g_clear_object (&self->study);

  G_OBJECT_CLASS (cn_year_timeline_parent_class)->dispose (object);
}

static void
cn_year_timeline_finalize (GObject *object)
{
  CnYearTimeline *self = (CnYearTimeline *)object;

  g_array_unref (self->marks);

  G_OBJECT_CLASS (cn_year_timeline_parent_class)->finalize (object);
}

static void
cn_year_timeline_class_init (CnYearTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_year_timeline_dispose;
  object_class->finalize = cn_year_timeline_finalize;
  widget_class->get_request_mode = cn_year_timeline_get_request_mode;
  widget_class->measure = cn_year_timeline_measure;
  widget_class->size_allocate = cn_year_timeline_size_allocate;
  widget_class->snapshot = cn_year_timeline_snapshot;
  widget_class->direction_changed = cn_year_timeline_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "cnyeartimeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cn_year_timeline_init (CnYearTimeline *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->marks = g_array_new (FALSE, TRUE, sizeof (Mark));
  self->selected = -1;

  self->legend = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (self->legend, "timeline-legend");
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));

  self->detail = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->detail), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->detail), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->detail), 0);
  gtk_label_set_yalign (GTK_LABEL (self->detail), 0);
  cn_label_set_readable (GTK_LABEL (self->detail));
  gtk_widget_add_css_class (self->detail, "timeline-detail");
  gtk_widget_set_parent (self->detail, GTK_WIDGET (self));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline of the case study, by year"), -1);
}

GtkWidget *
cn_year_timeline_new (void)
{
  return g_object_new (CN_TYPE_YEAR_TIMELINE, NULL);
}

void
cn_year_timeline_set_case_study (CnYearTimeline *self,
                                 CnCaseStudy    *study)
{
  g_return_if_fail (CN_IS_YEAR_TIMELINE (self));
  g_return_if_fail (study == NULL || CN_IS_CASE_STUDY (study));

  if (g_set_object (&self->study, study))
    rebuild (self);
}

guint
cn_year_timeline_get_n_marks (CnYearTimeline *self)
{
  g_return_val_if_fail (CN_IS_YEAR_TIMELINE (self), 0);
  return self->marks->len;
}

/**
 * cn_year_timeline_get_mark:
 *
 * Returns: (transfer none): the @index-th mark's button, by year
 */
GtkWidget *
cn_year_timeline_get_mark (CnYearTimeline *self,
                           guint           index)
{
  g_return_val_if_fail (CN_IS_YEAR_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);
  return g_array_index (self->marks, Mark, index).button;
}

int
cn_year_timeline_get_selected (CnYearTimeline *self)
{
  g_return_val_if_fail (CN_IS_YEAR_TIMELINE (self), -1);
  return self->selected;
}

const char *
cn_year_timeline_get_selected_text (CnYearTimeline *self)
{
  g_return_val_if_fail (CN_IS_YEAR_TIMELINE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->detail));
}
