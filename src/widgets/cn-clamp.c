/* cn-clamp.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Keeps reading text to a comfortable measure on wide windows: the child
 * gets at most maximum-size pixels of width, centred, and all the width
 * there is below that. Wrapping labels alone cannot do this (their natural
 * width is not their max-width-chars), and libadwaita's AdwClamp is not a
 * dependency we take for one widget. */

#include "config.h"

#include "cn-clamp.h"

struct _CnClamp
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        maximum_size;
};

static void buildable_iface_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CnClamp, cn_clamp, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_iface_init))

enum {
  PROP_0,
  PROP_MAXIMUM_SIZE,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static void
cn_clamp_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  CnClamp *self = CN_CLAMP (widget);
  int child_min = 0, child_nat = 0;

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Whatever height is offered: a clamp is height-for-width, and a
       * wrapping GtkLabel asked for its width at a given height searches
       * for it, laying out its text again at each step (a row of the
       * benefits matrix asked that a thousand times per name). */
      gtk_widget_measure (self->child, orientation, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = child_min;
      *natural = MAX (child_min, MIN (self->maximum_size, MAX (child_nat, self->maximum_size)));
    }
  else
    {
      int width = for_size;

      int min_w;

      /* The child's height is measured at the width it will get; with no
       * width given, at the clamp's natural width. (Measured at -1, a
       * wrapping label guesses a wide line and reports fewer lines than
       * at the clamp's width, and GTK warns that the height grows with
       * the width.) */
      gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      if (width < 0)
        width = self->maximum_size;
      width = MAX (min_w, MIN (width, self->maximum_size));
      gtk_widget_measure (self->child, orientation, width, minimum, natural, NULL, NULL);
    }
}

static void
cn_clamp_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  CnClamp *self = CN_CLAMP (widget);
  GtkAllocation child_allocation;
  int min_w;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  child_allocation.width = MAX (min_w, MIN (width, self->maximum_size));
  child_allocation.height = height;
  child_allocation.x = (width - child_allocation.width) / 2;
  child_allocation.y = 0;
  gtk_widget_size_allocate (self->child, &child_allocation, baseline);
}

static GtkSizeRequestMode
cn_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
buildable_add_child (GtkBuildable *buildable,
                     GtkBuilder   *builder,
                     GObject      *child,
                     const char   *type)
{
  if (GTK_IS_WIDGET (child))
    cn_clamp_set_child (CN_CLAMP (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
buildable_iface_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = buildable_add_child;
}

static void
cn_clamp_dispose (GObject *object)
{
  CnClamp *self = (CnClamp *)object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (cn_clamp_parent_class)->dispose (object);
}

static void
cn_clamp_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CnClamp *self = CN_CLAMP (object);

  switch (prop_id)
    {
    case PROP_MAXIMUM_SIZE:
      g_value_set_int (value, self->maximum_size);
      break;

    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_clamp_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CnClamp *self = CN_CLAMP (object);

  switch (prop_id)
    {
    case PROP_MAXIMUM_SIZE:
      cn_clamp_set_maximum_size (self, g_value_get_int (value));
      break;

    case PROP_CHILD:
      cn_clamp_set_child (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_clamp_class_init (CnClampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_clamp_dispose;
  object_class->get_property = cn_clamp_get_property;
  object_class->set_property = cn_clamp_set_property;
  widget_class->measure = cn_clamp_measure;
  widget_class->size_allocate = cn_clamp_size_allocate;
  widget_class->get_request_mode = cn_clamp_get_request_mode;

  properties[PROP_MAXIMUM_SIZE] =
    g_param_spec_int ("maximum-size", NULL, NULL, 0, G_MAXINT, 680,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "cnclamp");
}

static void
cn_clamp_init (CnClamp *self)
{
  self->maximum_size = 680;
}

GtkWidget *
cn_clamp_new (void)
{
  return g_object_new (CN_TYPE_CLAMP, NULL);
}

int
cn_clamp_get_maximum_size (CnClamp *self)
{
  g_return_val_if_fail (CN_IS_CLAMP (self), 0);
  return self->maximum_size;
}

void
cn_clamp_set_maximum_size (CnClamp *self,
                           int      maximum_size)
{
  g_return_if_fail (CN_IS_CLAMP (self));

  if (self->maximum_size == maximum_size)
    return;
  self->maximum_size = maximum_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_SIZE]);
}

GtkWidget *
cn_clamp_get_child (CnClamp *self)
{
  g_return_val_if_fail (CN_IS_CLAMP (self), NULL);
  return self->child;
}

void
cn_clamp_set_child (CnClamp   *self,
                    GtkWidget *child)
{
  g_return_if_fail (CN_IS_CLAMP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}
