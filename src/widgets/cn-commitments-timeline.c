/* cn-commitments-timeline.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "What joining commits you to": a network's commitment steps drawn on an
 * axis of the first CN_COMMITMENTS_TIMELINE_MONTHS months after joining,
 * one lane a step, a diamond where a one-off step is due and a dot each
 * time a repeating step comes back, numbered; and below the drawing the
 * same steps as a numbered list of labels. The list carries the content
 * for the keyboard and screen readers (the drawing is the widget's own
 * painting and has no accessible object); the drawing adds the overview.
 *
 * Under a right-to-left language the axis starts on the right. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-bidi.h"
#include "cn-commitments-timeline.h"
#include "cn-data-label.h"
#include "cn-widget-util.h"

#define LANE_HEIGHT    30
#define AXIS_HEIGHT    40
#define SIDE_MARGIN    36
#define MARK_RADIUS    6

struct _CnCommitmentsTimeline
{
  GtkWidget   parent_instance;

  GtkWidget  *list;          /* a vertical box of labels */
  CnNetwork  *network;
  GArray     *drawn;         /* guint: indexes of the steps that have a timing */
};

G_DEFINE_FINAL_TYPE (CnCommitmentsTimeline, cn_commitments_timeline, GTK_TYPE_WIDGET)

static gboolean
step_has_timing (const CnCommitmentStep *step)
{
  return step->due_months >= 0 || step->repeat_months > 0;
}

/**
 * cn_commitment_timing_text:
 *
 * Returns: (transfer full): when the step falls, in words ("On joining",
 *   "Within 24 months", "Every 12 months"), or "No date given"
 */
char *
cn_commitment_timing_text (const CnCommitmentStep *step)
{
  if (step->due_months >= 0 && step->repeat_months > 0)
    /* Translators: a commitment first due N months after joining and then repeated */
    return g_strdup_printf (_("From month %d, then every %d months"), step->due_months, step->repeat_months);
  if (step->repeat_months > 0)
    return g_strdup_printf (ngettext ("Every %d month", "Every %d months", step->repeat_months),
                            step->repeat_months);
  if (step->due_months == 0)
    return g_strdup (_("On joining"));
  if (step->due_months > 0)
    return g_strdup_printf (ngettext ("Within %d month of joining", "Within %d months of joining",
                                      step->due_months), step->due_months);
  return g_strdup (_("No date given"));
}

static void
rebuild_list (CnCommitmentsTimeline *self)
{
  const CnCommitmentStep *steps;
  guint n = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_box_remove (GTK_BOX (self->list), child);
  g_array_set_size (self->drawn, 0);

  if (self->network == NULL)
    return;

  steps = cn_network_get_commitment_steps (self->network, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *timing = cn_commitment_timing_text (&steps[i]);
      /* Translators: a numbered commitment: the number, when, what */
      g_autofree char *text = g_strdup_printf (_("%u. %s: %s"), i + 1, timing, cn_text_get (steps[i].what));
      /* A Hebrew line that starts with a Latin name must still read
       * right to left (as cn_link_button_new() does). */
      g_autofree char *marked = cn_ui_is_rtl () ? cn_bidi_prepare_text (text, TRUE) : NULL;
      GtkWidget *label = gtk_label_new (marked ? marked : text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      cn_label_set_readable (GTK_LABEL (label));
      gtk_label_set_max_width_chars (GTK_LABEL (label), 70);
      /* As cn_wrapped_label_new(): a cheap minimum width. */
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
      gtk_box_append (GTK_BOX (self->list), label);
      if (step_has_timing (&steps[i]))
        g_array_append_val (self->drawn, i);
    }
}

static int
drawing_height (CnCommitmentsTimeline *self)
{
  return self->drawn->len > 0 ? (int) self->drawn->len * LANE_HEIGHT + AXIS_HEIGHT : 0;
}

/* The wrapped labels below the drawing are taller when narrower. */
static GtkSizeRequestMode
cn_commitments_timeline_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cn_commitments_timeline_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  CnCommitmentsTimeline *self = CN_COMMITMENTS_TIMELINE (widget);
  int list_min, list_nat;

  gtk_widget_measure (self->list, orientation, for_size, &list_min, &list_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The drawing squeezes to any width; the list sets the minimum. */
      *minimum = list_min;
      *natural = MAX (list_nat, 480);
    }
  else
    {
      int gap = self->drawn->len > 0 ? 12 : 0;

      *minimum = list_min + drawing_height (self) + gap;
      *natural = list_nat + drawing_height (self) + gap;
    }
}

static void
cn_commitments_timeline_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  CnCommitmentsTimeline *self = CN_COMMITMENTS_TIMELINE (widget);
  int top = drawing_height (self) + (self->drawn->len > 0 ? 12 : 0);

  gtk_widget_size_allocate (self->list,
                            &(GtkAllocation) { 0, top, width, MAX (0, height - top) }, -1);
}

/* x of @months on the axis, from the start side. */
static double
month_x (int      months,
         int      width,
         gboolean rtl)
{
  double plot = MAX (1, width - 2 * SIDE_MARGIN);
  double x = SIDE_MARGIN + plot * months / CN_COMMITMENTS_TIMELINE_MONTHS;

  return rtl ? width - x : x;
}

static void
draw_text (GtkWidget  *widget,
           cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      align)   /* 0 start at x, 0.5 centred, 1 end at x */
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * align, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
cn_commitments_timeline_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  CnCommitmentsTimeline *self = CN_COMMITMENTS_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = drawing_height (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  const CnCommitmentStep *steps;
  GdkRGBA fg;
  const GdkRGBA accent = { 0.21, 0.52, 0.89, 1.0 };   /* GNOME blue 3 */
  cairo_t *cr;
  guint n;
  double axis_y;

  if (height > 0 && width > 2 * SIDE_MARGIN)
    {
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
      G_GNUC_END_IGNORE_DEPRECATIONS

      steps = cn_network_get_commitment_steps (self->network, &n);
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      axis_y = self->drawn->len * LANE_HEIGHT + 8;

      /* The axis, a tick and a label every year. */
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, month_x (0, width, rtl), axis_y + 0.5);
      cairo_line_to (cr, month_x (CN_COMMITMENTS_TIMELINE_MONTHS, width, rtl), axis_y + 0.5);
      cairo_stroke (cr);
      for (int m = 0; m <= CN_COMMITMENTS_TIMELINE_MONTHS; m += 12)
        {
          double x = month_x (m, width, rtl);
          g_autofree char *label = m == 0 ? g_strdup (C_("timeline", "Joining"))
                                          : g_strdup_printf (ngettext ("%d year", "%d years", m / 12), m / 12);

          cairo_move_to (cr, x + 0.5, axis_y - 4);
          cairo_line_to (cr, x + 0.5, axis_y + 4);
          cairo_stroke (cr);
          draw_text (widget, cr, label, x, axis_y + 18, 0.5);
        }

      for (guint lane = 0; lane < self->drawn->len; lane++)
        {
          const CnCommitmentStep *step = &steps[g_array_index (self->drawn, guint, lane)];
          double y = lane * LANE_HEIGHT + LANE_HEIGHT / 2.0;
          int first = step->due_months >= 0 ? step->due_months : step->repeat_months;
          g_autofree char *number = g_strdup_printf ("%u", g_array_index (self->drawn, guint, lane) + 1);
          g_autofree char *timing = cn_commitment_timing_text (step);
          g_autofree char *caption = g_strdup_printf ("%s  %s", number, timing);
          double first_x = month_x (MIN (first, CN_COMMITMENTS_TIMELINE_MONTHS), width, rtl);

          /* A faint guide along the lane. */
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
          cairo_move_to (cr, month_x (0, width, rtl), y + 0.5);
          cairo_line_to (cr, month_x (CN_COMMITMENTS_TIMELINE_MONTHS, width, rtl), y + 0.5);
          cairo_stroke (cr);

          gdk_cairo_set_source_rgba (cr, &accent);
          if (step->repeat_months > 0)
            {
              /* A dot every time it comes back, joined by a line. */
              int last = first;

              for (int m = first; m <= CN_COMMITMENTS_TIMELINE_MONTHS; m += step->repeat_months)
                last = m;
              cairo_set_line_width (cr, 2);
              cairo_move_to (cr, first_x, y);
              cairo_line_to (cr, month_x (last, width, rtl), y);
              cairo_stroke (cr);
              for (int m = first; m <= CN_COMMITMENTS_TIMELINE_MONTHS; m += step->repeat_months)
                {
                  cairo_arc (cr, month_x (m, width, rtl), y, MARK_RADIUS, 0, 2 * G_PI);
                  cairo_fill (cr);
                }
            }
          else
            {
              /* A diamond where a one-off step is due. */
              cairo_move_to (cr, first_x, y - MARK_RADIUS - 1);
              cairo_line_to (cr, first_x + MARK_RADIUS + 1, y);
              cairo_line_to (cr, first_x, y + MARK_RADIUS + 1);
              cairo_line_to (cr, first_x - MARK_RADIUS - 1, y);
              cairo_close_path (cr);
              cairo_fill (cr);
            }

          /* The step's number and timing beside its first mark, on the
           * side with more room. */
          gdk_cairo_set_source_rgba (cr, &fg);
          {
            gboolean after = first <= CN_COMMITMENTS_TIMELINE_MONTHS / 2;
            double offset = (MARK_RADIUS + 6) * ((after != rtl) ? 1 : -1);

            draw_text (widget, cr, caption, first_x + offset, y - LANE_HEIGHT / 2.0 + 7,
                       (after != rtl) ? 0.0 : 1.0);
          }
        }
      cairo_destroy (cr);
    }

  gtk_widget_snapshot_child (widget, self->list, snapshot);
}

static void
cn_commitments_timeline_direction_changed (GtkWidget        *widget,
                                           GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
cn_commitments_timeline_dispose (GObject *object)
{
  CnCommitmentsTimeline *self = (CnCommitmentsTimeline *)object;

  g_clear_pointer (&self->list, gtk_widget_unparent);
  g_clear_object (&self->network);

  G_OBJECT_CLASS (cn_commitments_timeline_parent_class)->dispose (object);
}

static void
cn_commitments_timeline_finalize (GObject *object)
{
  CnCommitmentsTimeline *self = (CnCommitmentsTimeline *)object;

  g_array_unref (self->drawn);

  G_OBJECT_CLASS (cn_commitments_timeline_parent_class)->finalize (object);
}

static void
cn_commitments_timeline_class_init (CnCommitmentsTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_commitments_timeline_dispose;
  object_class->finalize = cn_commitments_timeline_finalize;
  widget_class->get_request_mode = cn_commitments_timeline_get_request_mode;
  widget_class->measure = cn_commitments_timeline_measure;
  widget_class->size_allocate = cn_commitments_timeline_size_allocate;
  widget_class->snapshot = cn_commitments_timeline_snapshot;
  widget_class->direction_changed = cn_commitments_timeline_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "cncommitmentstimeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cn_commitments_timeline_init (CnCommitmentsTimeline *self)
{
  self->drawn = g_array_new (FALSE, FALSE, sizeof (guint));
  self->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->list, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What joining commits you to"), -1);
}

GtkWidget *
cn_commitments_timeline_new (void)
{
  return g_object_new (CN_TYPE_COMMITMENTS_TIMELINE, NULL);
}

void
cn_commitments_timeline_set_network (CnCommitmentsTimeline *self,
                                     CnNetwork             *network)
{
  g_return_if_fail (CN_IS_COMMITMENTS_TIMELINE (self));
  g_return_if_fail (network == NULL || CN_IS_NETWORK (network));

  if (!g_set_object (&self->network, network))
    return;
  rebuild_list (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The number of steps drawn (those with a timing). */
guint
cn_commitments_timeline_get_n_drawn (CnCommitmentsTimeline *self)
{
  g_return_val_if_fail (CN_IS_COMMITMENTS_TIMELINE (self), 0);
  return self->drawn->len;
}

/**
 * cn_commitments_timeline_get_list:
 *
 * Returns: (transfer none): the box of labels that says what the drawing
 *   shows
 */
GtkWidget *
cn_commitments_timeline_get_list (CnCommitmentsTimeline *self)
{
  g_return_val_if_fail (CN_IS_COMMITMENTS_TIMELINE (self), NULL);
  return self->list;
}
