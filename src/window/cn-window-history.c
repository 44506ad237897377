/* cn-window-history.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Back and Forward, as in a web browser: a list of the places the window
 * showed and a cursor in it. Going somewhere new drops what was ahead of
 * the cursor. It knows nothing of widgets or of the catalog: the window
 * tells it where it is, and goes where it says. */

#include "config.h"

#include "cn-window-history.h"

/* Enough to retrace a session; the oldest places go first. */
#define MAX_PLACES 100

struct _CnWindowHistory
{
  GObject    parent_instance;

  GPtrArray *places;    /* CnPlace, oldest first */
  guint      current;   /* index in places; meaningless while empty */
};

G_DEFINE_FINAL_TYPE (CnWindowHistory, cn_window_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CnPlace *
cn_place_new (CnPlaceKind  kind,
              const char  *id,
              const char  *section)
{
  CnPlace *place = g_new0 (CnPlace, 1);

  place->kind = kind;
  place->id = g_strdup (id);
  place->section = g_strdup (section);
  return place;
}

CnPlace *
cn_place_copy (const CnPlace *place)
{
  return cn_place_new (place->kind, place->id, place->section);
}

void
cn_place_free (CnPlace *place)
{
  if (place == NULL)
    return;
  g_free (place->id);
  g_free (place->section);
  g_free (place);
}

gboolean
cn_place_equal (const CnPlace *a,
                const CnPlace *b)
{
  return a->kind == b->kind && g_strcmp0 (a->id, b->id) == 0 && g_strcmp0 (a->section, b->section) == 0;
}

static void
notify_moves (CnWindowHistory *self,
              gboolean         could_go_back,
              gboolean         could_go_forward)
{
  if (could_go_back != cn_window_history_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  if (could_go_forward != cn_window_history_can_go_forward (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
}

/**
 * cn_window_history_push:
 *
 * Records that the window now shows @place. The same place as the current
 * one is not recorded twice; the places ahead of the current one are
 * dropped.
 */
void
cn_window_history_push (CnWindowHistory *self,
                        const CnPlace   *place)
{
  gboolean could_go_back, could_go_forward;

  g_return_if_fail (CN_IS_WINDOW_HISTORY (self));
  g_return_if_fail (place != NULL);

  if (self->places->len > 0 && cn_place_equal (g_ptr_array_index (self->places, self->current), place))
    return;

  could_go_back = cn_window_history_can_go_back (self);
  could_go_forward = cn_window_history_can_go_forward (self);

  if (self->places->len > 0)
    g_ptr_array_set_size (self->places, self->current + 1);
  g_ptr_array_add (self->places, cn_place_copy (place));
  if (self->places->len > MAX_PLACES)
    g_ptr_array_remove_index (self->places, 0);
  self->current = self->places->len - 1;

  notify_moves (self, could_go_back, could_go_forward);
}

/**
 * cn_window_history_replace_current:
 *
 * Records @place in the current one's stead (the detail following a search
 * as it is typed is one step, not one a keystroke); pushes it when the
 * history is empty.
 */
void
cn_window_history_replace_current (CnWindowHistory *self,
                                   const CnPlace   *place)
{
  g_return_if_fail (CN_IS_WINDOW_HISTORY (self));
  g_return_if_fail (place != NULL);

  if (self->places->len == 0)
    {
      cn_window_history_push (self, place);
      return;
    }
  cn_place_free (g_ptr_array_index (self->places, self->current));
  g_ptr_array_index (self->places, self->current) = cn_place_copy (place);
}

/**
 * cn_window_history_get_current:
 *
 * Returns: (nullable): where the window is, or %NULL before the first push
 */
const CnPlace *
cn_window_history_get_current (CnWindowHistory *self)
{
  g_return_val_if_fail (CN_IS_WINDOW_HISTORY (self), NULL);

  return self->places->len > 0 ? g_ptr_array_index (self->places, self->current) : NULL;
}

gboolean
cn_window_history_can_go_back (CnWindowHistory *self)
{
  g_return_val_if_fail (CN_IS_WINDOW_HISTORY (self), FALSE);

  return self->places->len > 0 && self->current > 0;
}

gboolean
cn_window_history_can_go_forward (CnWindowHistory *self)
{
  g_return_val_if_fail (CN_IS_WINDOW_HISTORY (self), FALSE);

  return self->places->len > 0 && self->current + 1 < self->places->len;
}

static const CnPlace *
move (CnWindowHistory *self,
      int              step)
{
  gboolean could_go_back = cn_window_history_can_go_back (self);
  gboolean could_go_forward = cn_window_history_can_go_forward (self);

  self->current += step;
  notify_moves (self, could_go_back, could_go_forward);
  return g_ptr_array_index (self->places, self->current);
}

/**
 * cn_window_history_go_back:
 *
 * Returns: (nullable): the place to show, or %NULL when there is none
 */
const CnPlace *
cn_window_history_go_back (CnWindowHistory *self)
{
  g_return_val_if_fail (CN_IS_WINDOW_HISTORY (self), NULL);

  return cn_window_history_can_go_back (self) ? move (self, -1) : NULL;
}

/**
 * cn_window_history_go_forward:
 *
 * Returns: (nullable): the place to show, or %NULL when there is none
 */
const CnPlace *
cn_window_history_go_forward (CnWindowHistory *self)
{
  g_return_val_if_fail (CN_IS_WINDOW_HISTORY (self), NULL);

  return cn_window_history_can_go_forward (self) ? move (self, 1) : NULL;
}

guint
cn_window_history_get_length (CnWindowHistory *self)
{
  g_return_val_if_fail (CN_IS_WINDOW_HISTORY (self), 0);

  return self->places->len;
}

static void
cn_window_history_finalize (GObject *object)
{
  CnWindowHistory *self = (CnWindowHistory *)object;

  g_clear_pointer (&self->places, g_ptr_array_unref);

  G_OBJECT_CLASS (cn_window_history_parent_class)->finalize (object);
}

static void
cn_window_history_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CnWindowHistory *self = CN_WINDOW_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, cn_window_history_can_go_back (self));
      break;

    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, cn_window_history_can_go_forward (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_window_history_class_init (CnWindowHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cn_window_history_finalize;
  object_class->get_property = cn_window_history_get_property;

  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_FORWARD] =
    g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cn_window_history_init (CnWindowHistory *self)
{
  self->places = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_place_free);
}

CnWindowHistory *
cn_window_history_new (void)
{
  return g_object_new (CN_TYPE_WINDOW_HISTORY, NULL);
}
