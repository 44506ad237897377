/* cn-window-panel.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The case-study panel: beside the content in a wide window, floating over
 * it in a narrow one, at a width that follows the window until dragged. */

#include "config.h"

#include "cn-window-private.h"

/* Below this width the case-study panel floats over the detail instead of
 * squeezing it below a readable measure. */
#define NARROW_WIDTH 1000
/* The case-study panel takes this share of a wide window, within these
 * bounds, until the reader drags it to another width. */
#define PANEL_SHARE      0.30
#define PANEL_MIN_WIDTH  340
#define PANEL_MAX_WIDTH  560

/* Case-study panel */

gboolean
_cn_window_get_case_study_visible (CnWindow *self)
{
  /* The property action reads this while the template is being built. */
  return self->case_study_panel != NULL && gtk_widget_get_visible (GTK_WIDGET (self->case_study_panel));
}

static void
place_panel (CnWindow *self)
{
  GtkWidget *panel = GTK_WIDGET (self->case_study_panel);
  GtkWidget *parent = gtk_widget_get_parent (panel);

  g_object_ref (panel);
  if (self->narrow && parent == GTK_WIDGET (self->side_paned))
    {
      gtk_paned_set_end_child (self->side_paned, NULL);
      gtk_widget_set_halign (panel, GTK_ALIGN_END);
      gtk_widget_add_css_class (panel, "floating");
      gtk_overlay_add_overlay (self->overlay, panel);
    }
  else if (!self->narrow && parent == GTK_WIDGET (self->overlay))
    {
      gtk_overlay_remove_overlay (self->overlay, panel);
      gtk_widget_set_halign (panel, GTK_ALIGN_FILL);
      gtk_widget_remove_css_class (panel, "floating");
      gtk_paned_set_end_child (self->side_paned, panel);
    }
  g_object_unref (panel);
}

static void
placement_idle_cb (gpointer user_data)
{
  CnWindow *self = user_data;

  self->placement_idle = 0;
  place_panel (self);
}

/* The panel's width in a window @total wide: a share of it, unless the
 * reader dragged the panel to a width of their own. */
int
_cn_window_get_auto_panel_width (int total)
{
  return CLAMP ((int) (total * PANEL_SHARE), PANEL_MIN_WIDTH, PANEL_MAX_WIDTH);
}

static void
size_panel (CnWindow *self)
{
  g_autoptr(GVariant) saved = g_settings_get_user_value (self->settings, "case-study-width");
  int total = gtk_widget_get_width (GTK_WIDGET (self->side_paned));
  int width;

  if (total <= 0 || self->narrow)
    return;
  if (saved != NULL)
    width = g_variant_get_int32 (saved);
  else
    width = _cn_window_get_auto_panel_width (total);
  self->panel_auto_width = saved == NULL ? width : 0;
  /* The content keeps at least half the window. */
  gtk_paned_set_position (self->side_paned, MAX (total / 2, total - width));
}

static void
panel_width_idle_cb (gpointer user_data)
{
  CnWindow *self = user_data;

  self->panel_width_idle = 0;
  size_panel (self);
}

void
_cn_window_set_case_study_visible (CnWindow *self,
                                   gboolean  visible)
{
  GtkWidget *focus;

  visible = visible && self->case_study != NULL;
  if (visible == _cn_window_get_case_study_visible (self))
    return;

  if (visible)
    size_panel (self);

  /* The case study is long: build it when the panel first shows. */
  if (visible && !self->case_study_ready)
    {
      self->case_study_ready = TRUE;
      cn_case_study_panel_set_case_study (self->case_study_panel, self->case_study);
    }
  /* The focus leaves a panel that closes for the button that opens it
   * again, not for nowhere. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (!visible && GTK_IS_WIDGET (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->case_study_panel)))
    gtk_widget_grab_focus (GTK_WIDGET (self->case_study_button));
  gtk_widget_set_visible (GTK_WIDGET (self->case_study_panel), visible);
  /* Opened by the reader (F9, the header's button; not the saved state of
   * a window being built): the keyboard focus goes to the study's title,
   * so that a screen reader reads it. */
  if (visible && gtk_widget_get_mapped (GTK_WIDGET (self)))
    cn_case_study_panel_scroll_to_section (self->case_study_panel, NULL);
  g_object_notify (G_OBJECT (self), "case-study-visible");
}

/**
 * _cn_window_show_case_study:
 * @section_id: (nullable): a section's id, or %NULL or "" for the top
 *
 * Opens the panel at a study and a section.
 *
 * Returns: %FALSE when the catalog has no such study
 */
gboolean
_cn_window_show_case_study (CnWindow   *self,
                            const char *study_id,
                            const char *section_id)
{
  CnCaseStudy *study = cn_catalog_find_case_study (self->catalog, study_id);

  if (study == NULL)
    return FALSE;

  if (section_id != NULL && section_id[0] == '\0')
    section_id = NULL;
  if (g_set_object (&self->case_study, study) && self->case_study_ready)
    cn_case_study_panel_set_case_study (self->case_study_panel, study);
  _cn_window_set_case_study_visible (self, TRUE);
  cn_case_study_panel_scroll_to_section (self->case_study_panel, section_id);

  if (self->history != NULL && !self->restoring)
    {
      g_autoptr(CnPlace) place = cn_place_new (CN_PLACE_CASE_STUDY, study_id, section_id);

      cn_window_history_push (self->history, place);
      self->search_place = FALSE;
    }
  return TRUE;
}

/* Esc closes the panel where it floats over the content; elsewhere Esc is
 * left to the search and the popovers. */
gboolean
_cn_window_close_floating_panel (CnWindow *self)
{
  if (!self->narrow || !_cn_window_get_case_study_visible (self))
    return FALSE;
  _cn_window_set_case_study_visible (self, FALSE);
  return TRUE;
}

/* From the window's size_allocate: places the panel beside the content or
 * over it, and keeps an automatic width in step with the window. */
void
_cn_window_allocate_panel (CnWindow *self,
                           int       width)
{
  gboolean narrow = width < NARROW_WIDTH;

  /* Widgets cannot move during allocation: re-place the panel afterwards. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->placement_idle == 0)
        self->placement_idle = g_idle_add_once (placement_idle_cb, self);
    }

  /* A panel at its automatic width grows and shrinks with the window; one
   * the reader dragged keeps its width. */
  if (!narrow && self->panel_auto_width > 0 && _cn_window_get_case_study_visible (self) &&
      self->panel_width_idle == 0)
    {
      int panel = gtk_widget_get_width (GTK_WIDGET (self->case_study_panel));
      int wanted = _cn_window_get_auto_panel_width (gtk_widget_get_width (GTK_WIDGET (self->side_paned)));

      if (ABS (panel - self->panel_auto_width) > 4)
        self->panel_auto_width = 0;
      else if (wanted != self->panel_auto_width)
        self->panel_width_idle = g_idle_add_once (panel_width_idle_cb, self);
    }
}
