/* test-fit-ui.c: the fit finder, the timelines and the Deadlines view
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Under Xvfb. The fit finder's flow (answers → results with reasons,
 * blockers and unknowns; answers kept in the settings; its buttons reach
 * the main window), the commitments timeline and the year timeline drawn
 * at 800×600 and 1920×1080, left to right and right to left, and read as
 * their accessible equivalents (the list of steps, the named marks), and
 * the Deadlines view against a fixed day with its calendar file.
 *
 * With CN_SCREENSHOT_DIR set, each view is also saved there as a PNG
 * (fit-LANG.png, timeline-commitments-LANG.png, timeline-toronto-LANG.png,
 * deadlines-LANG.png, LANG from $LANGUAGE): how data/screenshots/ are made. */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "cn-commitments-timeline.h"
#include "cn-deadlines-view.h"
#include "cn-fit-finder.h"
#include "cn-test-ui.h"
#include "cn-widget-util.h"
#include "cn-test-window.h"
#include "cn-year-timeline.h"

static CnCatalog *bundled;
static GtkApplication *app;

static CnCatalog *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fit", "fit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CnCatalog *catalog = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);

  g_assert_no_error (error);
  return catalog;
}

static const char *
language_tag (void)
{
  return gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL ? "he" : "en";
}

/* Renders @widget as it is on screen into a texture. */
static GdkTexture *
render (GtkWidget *widget)
{
  GdkPaintable *paintable = NULL;
  GtkSnapshot *snapshot = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr(GskRenderNode) node = NULL;
  GdkTexture *texture;

  /* A widget waiting for its new size draws nothing: let it lay out. */
  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  /* An opaque background, as the window would give it. */
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.98, 0.98, 0.98, 1 }, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_object_unref (paintable);
  return texture;
}

/* Counts the texture's pixels that are not the background: something was
 * drawn. */
static guint
count_ink (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  guint ink = 0;

  gdk_texture_download (texture, data, width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    if (data[i * 4] < 200 || data[i * 4 + 1] < 200 || data[i * 4 + 2] < 200)
      ink++;
  return ink;
}

static void
maybe_save (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("CN_SCREENSHOT_DIR");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (dir == NULL)
    return;
  gtk_test_widget_wait_for_draw (widget);
  file = g_strdup_printf ("%s-%s.png", name, language_tag ());
  path = g_build_filename (dir, file, NULL);
  texture = render (widget);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static GtkWindow *
window_with (GtkWidget *child,
             int        width,
             int        height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), child);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  CN_TEST_WAIT_UNTIL (gtk_widget_get_mapped (child) && gtk_widget_get_width (child) > 0);
  gtk_test_widget_wait_for_draw (window);
  /* Nothing focused: a selectable label would show its text selected. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  cn_test_iterate (100);
  return GTK_WINDOW (window);
}

/* The fit finder */

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             const char *label_text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *text = NULL;

          if (GTK_IS_LABEL (child))
            text = gtk_label_get_text (GTK_LABEL (child));
          else if (GTK_IS_CHECK_BUTTON (child))
            text = gtk_check_button_get_label (GTK_CHECK_BUTTON (child));
          else if (GTK_IS_BUTTON (child))
            text = gtk_button_get_label (GTK_BUTTON (child));
          if (label_text == NULL || g_strcmp0 (text, label_text) == 0 ||
              (text != NULL && strstr (text, label_text) != NULL))
            return child;
        }
      if ((found = find_widget (child, type, label_text)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_fit_finder_flow (void)
{
  g_autoptr(CnCatalog) catalog = load_fixture ();
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, backend);
  CnWindow *main_window = cn_window_new (CN_APPLICATION (app), catalog);
  CnFitFinder *finder = cn_fit_finder_new (GTK_WINDOW (main_window), catalog, settings);
  GtkWidget *root = GTK_WIDGET (finder);
  GPtrArray *results;
  GtkWidget *row, *label;

  gtk_window_present (GTK_WINDOW (main_window));
  gtk_window_present (GTK_WINDOW (finder));
  CN_TEST_WAIT_UNTIL (gtk_widget_get_mapped (root));
  g_assert_false (cn_fit_finder_get_showing_results (finder));

  /* Answer the questions as a user would. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (root, GTK_TYPE_SPIN_BUTTON, NULL)), 50000);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_widget (root, GTK_TYPE_CHECK_BUTTON, "knowledge-sharing")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_widget (root, GTK_TYPE_CHECK_BUTTON, "resources")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_widget (root, GTK_TYPE_CHECK_BUTTON, "guidelines")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_widget (root, GTK_TYPE_CHECK_BUTTON, "partnerships")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_widget (root, GTK_TYPE_CHECK_BUTTON, "Mitigation")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_widget (root, GTK_TYPE_CHECK_BUTTON, "Energy")), TRUE);
  {
    GtkWidget *show = find_widget (root, GTK_TYPE_BUTTON, "Show Networks That Fit");

    g_assert_nonnull (show);
    g_test_message ("show button: %s %s", G_OBJECT_TYPE_NAME (show), gtk_button_get_label (GTK_BUTTON (show)));
    g_signal_emit_by_name (show, "clicked");
  }
  cn_test_iterate (50);

  g_assert_true (cn_fit_finder_get_showing_results (finder));
  results = cn_fit_finder_get_results (finder);
  g_assert_nonnull (results);
  g_assert_cmpuint (results->len, ==, 11);
  g_assert_cmpstr (cn_network_get_id (((CnFitResult *) results->pdata[0])->network), ==, "open-free");

  /* The best fit's row says why; a blocked one's says what rules it out;
   * unknowns are listed under their own heading. */
  row = cn_fit_finder_get_result_row (finder, 0);
  g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "Why it fits"));
  g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "Delivers 3 of your 4 benefits"));
  g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "No membership fee"));
  g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "Fits"));
  for (guint i = 0; i < results->len; i++)
    {
      CnFitResult *result = results->pdata[i];

      row = cn_fit_finder_get_result_row (finder, i);
      if (g_strcmp0 (cn_network_get_id (result->network), "big-cities") == 0)
        {
          g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "What rules it out"));
          label = find_widget (row, GTK_TYPE_LABEL, "Only for authorities of more than 3,000,000 residents");
          g_assert_nonnull (label);
          g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "Ruled out"));
        }
      if (g_strcmp0 (cn_network_get_id (result->network), "all-unknown") == 0)
        {
          /* Nothing unknown shows as a fit. */
          g_assert_null (find_widget (row, GTK_TYPE_LABEL, "Fits"));
          g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "No confirmed match"));
          g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "Not confirmed"));
          g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "Fee not confirmed"));
        }
      if (g_strcmp0 (cn_network_get_id (result->network), "states") == 0)
        g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, "Only states can join"));
    }

  /* The answers are kept for next time. */
  g_assert_cmpint (g_settings_get_int (settings, "fit-population"), ==, 50000);
  {
    g_auto(GStrv) benefits = g_settings_get_strv (settings, "fit-benefits");
    g_auto(GStrv) themes = g_settings_get_strv (settings, "fit-themes");

    g_assert_cmpuint (g_strv_length (benefits), ==, 4);
    g_assert_true (g_strv_contains ((const char * const *) themes, "energy"));
  }
  {
    CnFitFinder *again = cn_fit_finder_new (GTK_WINDOW (main_window), catalog, settings);

    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_widget (GTK_WIDGET (again), GTK_TYPE_CHECK_BUTTON,
                                                                                  "Energy"))));
    g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (again),
                                                                                      GTK_TYPE_SPIN_BUTTON, NULL))),
                     ==, 50000);
    gtk_window_destroy (GTK_WINDOW (again));
  }

  /* "Open" reaches the main window; the shortlist and brief actions, which
   * another part of the app installs, are harmless when missing. */
  g_assert_true (gtk_widget_activate_action (root, "fit.open-network", "s", "tie-a"));
  cn_test_iterate (50);
  g_assert_cmpstr (cn_network_get_id (cn_test_window_get_selected_network (main_window)), ==, "tie-a");
  g_assert_true (gtk_widget_activate_action (root, "fit.toggle-shortlist", "s", "tie-a"));
  {
    /* GTK 4.8 does not consume a floating parameter of a class action. */
    g_autoptr(GVariant) ids = g_variant_ref_sink (g_variant_new_strv ((const char *[]) { "tie-a" }, 1));

    g_assert_true (gtk_widget_activate_action_variant (root, "fit.export-brief", ids));
  }

  g_signal_emit_by_name (find_widget (root, GTK_TYPE_BUTTON, "Change the Answers"), "clicked");
  g_assert_false (cn_fit_finder_get_showing_results (finder));

  gtk_window_destroy (GTK_WINDOW (finder));
  gtk_window_destroy (GTK_WINDOW (main_window));
  cn_test_iterate (50);
}

/* The window's action opens it, and the welcome page has its button. */
static void
test_fit_finder_action (void)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), bundled);
  GList *toplevels;
  gboolean found = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-fit-finder", NULL));
  cn_test_iterate (100);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (CN_IS_FIT_FINDER (l->data) && gtk_widget_get_visible (l->data))
      found = TRUE;
  g_list_free (toplevels);
  g_assert_true (found);

  if (g_getenv ("CN_SCREENSHOT_DIR") != NULL)
    {
      /* The result page for a Mediterranean municipality that wants the
       * five benefits and works on mitigation and energy. */
      CnFitFinder *finder = CN_FIT_FINDER (window->fit_finder);
      GtkWidget *root = GTK_WIDGET (finder);
      const char * const benefits[] = { "knowledge-sharing", "resources", "guidelines", "partnerships", NULL };
      GListModel *list = cn_catalog_get_benefits (bundled);

      gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (root, GTK_TYPE_SPIN_BUTTON, NULL)), 120000);
      for (guint i = 0; benefits[i]; i++)
        {
          g_autoptr(CnBenefit) benefit = g_list_model_get_item (list, i);

          gtk_check_button_set_active (GTK_CHECK_BUTTON (find_widget (root, GTK_TYPE_CHECK_BUTTON,
                                                                      cn_text_get (cn_benefit_get_title (benefit)))),
                                       TRUE);
        }
      {
        guint n_terms;
        const CnTerm * const *themes = cn_catalog_get_vocabulary (bundled, CN_VOCABULARY_THEMES, &n_terms);

        for (guint i = 0; i < n_terms; i++)
          if (g_strcmp0 (themes[i]->id, "mitigation") == 0 || g_strcmp0 (themes[i]->id, "energy") == 0)
            gtk_check_button_set_active (GTK_CHECK_BUTTON (find_widget (root, GTK_TYPE_CHECK_BUTTON,
                                                                        cn_text_get (themes[i]->label))), TRUE);
      }
      cn_fit_finder_show_results (finder);
      cn_test_iterate (300);
      maybe_save (gtk_window_get_child (GTK_WINDOW (finder)), "fit");
    }
  gtk_window_destroy (GTK_WINDOW (window));
  cn_test_iterate (50);
}

/* The commitments timeline */

static void
check_commitments (CnNetwork *network,
                   int        width,
                   int        height,
                   gboolean   rtl,
                   const char *screenshot)
{
  GtkWidget *timeline = cn_commitments_timeline_new ();
  GtkWindow *window;
  guint n_steps;
  guint n_labels = 0;
  g_autoptr(GdkTexture) texture = NULL;

  cn_network_get_commitment_steps (network, &n_steps);
  gtk_widget_set_direction (timeline, rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  cn_commitments_timeline_set_network (CN_COMMITMENTS_TIMELINE (timeline), network);
  gtk_widget_set_margin_start (timeline, 12);
  gtk_widget_set_margin_end (timeline, 12);
  window = window_with (timeline, width, height);

  /* The list carries every step for the keyboard and screen readers. */
  for (GtkWidget *child = gtk_widget_get_first_child (cn_commitments_timeline_get_list (CN_COMMITMENTS_TIMELINE (timeline)));
       child; child = gtk_widget_get_next_sibling (child))
    {
      g_assert_true (GTK_IS_LABEL (child));
      g_assert_true (gtk_label_get_selectable (GTK_LABEL (child)));
      n_labels++;
    }
  g_assert_cmpuint (n_labels, ==, n_steps);
  g_assert_cmpint (gtk_widget_get_width (timeline), >=, width - 60);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (timeline), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (timeline), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       _("What joining commits you to"));

  texture = render (timeline);
  g_assert_cmpuint (count_ink (texture), >, 500);
  if (screenshot != NULL)
    {
      /* The first label took the window's first focus, which selects it. */
      gtk_label_select_region (GTK_LABEL (gtk_widget_get_first_child (cn_commitments_timeline_get_list (CN_COMMITMENTS_TIMELINE (timeline)))), 0, 0);
      maybe_save (timeline, screenshot);
    }
  gtk_window_destroy (window);
}

static void
test_commitments_timeline (void)
{
  CnNetwork *gcom = cn_catalog_find_network (bundled, "global-covenant-of-mayors");
  CnNetwork *c40 = cn_catalog_find_network (bundled, "c40");
  gboolean rtl = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;

  g_assert_nonnull (gcom);
  check_commitments (gcom, 800, 600, rtl, "timeline-commitments");
  check_commitments (gcom, 1920, 1080, !rtl, NULL);
  check_commitments (c40, 800, 600, TRUE, NULL);
  check_commitments (c40, 1920, 1080, FALSE, NULL);

  /* Steps without a timing are listed, not drawn. */
  {
    GtkWidget *timeline = g_object_ref_sink (cn_commitments_timeline_new ());
    guint n;
    const CnCommitmentStep *steps = cn_network_get_commitment_steps (gcom, &n);
    guint timed = 0;

    for (guint i = 0; i < n; i++)
      if (steps[i].due_months >= 0 || steps[i].repeat_months > 0)
        timed++;
    cn_commitments_timeline_set_network (CN_COMMITMENTS_TIMELINE (timeline), gcom);
    g_assert_cmpuint (cn_commitments_timeline_get_n_drawn (CN_COMMITMENTS_TIMELINE (timeline)), ==, timed);
    g_assert_cmpuint (timed, <, n);
    g_object_unref (timeline);
  }

  /* In words. */
  {
    CnCommitmentStep once = { .due_months = 0 }, later = { .due_months = 24 }, yearly = { .due_months = -1, .repeat_months = 12 };
    CnCommitmentStep none = { .due_months = -1 };
    g_autofree char *a = cn_commitment_timing_text (&once);
    g_autofree char *b = cn_commitment_timing_text (&later);
    g_autofree char *c = cn_commitment_timing_text (&yearly);
    g_autofree char *d = cn_commitment_timing_text (&none);

    if (!rtl)
      {
        g_assert_cmpstr (a, ==, "On joining");
        g_assert_cmpstr (b, ==, "Within 24 months of joining");
        g_assert_cmpstr (c, ==, "Every 12 months");
        g_assert_cmpstr (d, ==, "No date given");
      }
  }
}

/* The year timeline */

static void
check_year_timeline (int         width,
                     int         height,
                     gboolean    rtl,
                     const char *screenshot)
{
  CnCaseStudy *toronto = cn_catalog_find_case_study (bundled, "toronto");
  CnYearTimeline *timeline = CN_YEAR_TIMELINE (cn_year_timeline_new ());
  GtkWindow *window;
  guint n_events, n_achievements, n;
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *first, *second;
  int x_first, x_year_label_side;

  cn_case_study_get_timeline (toronto, &n_events);
  cn_case_study_get_achievements (toronto, &n_achievements);
  gtk_widget_set_direction (GTK_WIDGET (timeline), rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  cn_year_timeline_set_case_study (timeline, toronto);
  window = window_with (GTK_WIDGET (timeline), width, height);

  n = cn_year_timeline_get_n_marks (timeline);
  g_assert_cmpuint (n, ==, n_events + n_achievements);

  /* By year, each mark named for screen readers with its year and text. */
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *mark = cn_year_timeline_get_mark (timeline, i);

      g_assert_true (gtk_widget_get_focusable (mark));
      g_assert_cmpint (gtk_widget_get_width (mark), >, 0);
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_ROLE_BUTTON);
    }
  {
    const char *tooltip = cn_widget_get_tooltip_text (cn_year_timeline_get_mark (timeline, 0));

    g_assert_true (g_str_has_prefix (tooltip, "1988"));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cn_year_timeline_get_mark (timeline, 0)),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip);
  }

  /* Mirrored: the marks are on the end side of the axis. */
  first = cn_year_timeline_get_mark (timeline, 0);
  {
    graphene_point_t p;

    g_assert_true (gtk_widget_compute_point (first, GTK_WIDGET (timeline), &GRAPHENE_POINT_INIT (0, 0), &p));
    x_first = p.x;
    x_year_label_side = rtl ? gtk_widget_get_width (GTK_WIDGET (timeline)) - 60 : 60;
    if (rtl)
      g_assert_cmpint (x_first, <, x_year_label_side);
    else
      g_assert_cmpint (x_first, >=, x_year_label_side - 12);
  }

  /* The keyboard: focus selects; the "forward" arrow (Right, or Left in
   * Hebrew) moves to the next mark; the text shows below. */
  gtk_widget_grab_focus (first);
  cn_test_iterate (20);
  g_assert_cmpint (cn_year_timeline_get_selected (timeline), ==, 0);
  g_assert_true (g_str_has_prefix (cn_year_timeline_get_selected_text (timeline), "1988"));
  {
    GtkEventController *keys = NULL;
    GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (timeline));
    gboolean handled = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
          keys = GTK_EVENT_CONTROLLER (controller);
      }
    g_assert_nonnull (keys);
    g_signal_emit_by_name (keys, "key-pressed", rtl ? GDK_KEY_Left : GDK_KEY_Right, 0, 0, &handled);
    g_assert_true (handled);
    g_object_unref (controllers);
  }
  cn_test_iterate (20);
  g_assert_cmpint (cn_year_timeline_get_selected (timeline), ==, 1);
  second = cn_year_timeline_get_mark (timeline, 1);
  /* The window may not be the active one on a shared display: focus within it. */
  g_assert_true (gtk_widget_is_focus (second));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (second)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (first)));
  g_assert_true (g_str_has_prefix (cn_year_timeline_get_selected_text (timeline), "1990"));

  texture = render (GTK_WIDGET (timeline));
  g_test_message ("year timeline %d×%d, ink %u", gtk_widget_get_width (GTK_WIDGET (timeline)),
                  gtk_widget_get_height (GTK_WIDGET (timeline)), count_ink (texture));
  g_assert_cmpuint (count_ink (texture), >, 1000);
  if (screenshot != NULL)
    {
      /* A selected achievement for the picture. */
      for (guint i = 0; i < n; i++)
        {
          const char *tooltip = cn_widget_get_tooltip_text (cn_year_timeline_get_mark (timeline, i));

          if (g_str_has_prefix (tooltip, "2009") || g_str_has_prefix (tooltip, "2017"))
            cn_year_timeline_select (timeline, i);
        }
      cn_test_iterate (50);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (timeline));
      maybe_save (GTK_WIDGET (timeline), screenshot);
    }
  gtk_window_destroy (window);
}

static void
test_year_timeline (void)
{
  gboolean rtl = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;

  check_year_timeline (420, 600, rtl, "timeline-toronto");
  check_year_timeline (800, 600, !rtl, NULL);
  check_year_timeline (1920, 1080, FALSE, NULL);
  check_year_timeline (1920, 1080, TRUE, NULL);

  /* In the case-study panel's timeline section. */
  {
    CnWindow *window = cn_window_new (CN_APPLICATION (app), bundled);
    CnCaseStudyPanel *panel = CN_CASE_STUDY_PANEL (CN_TEST_CHILD (window, CN_TYPE_WINDOW, "case_study_panel"));

    gtk_window_present (GTK_WINDOW (window));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-case-study", NULL));
    cn_test_iterate (100);
    g_assert_nonnull (find_widget (GTK_WIDGET (panel), CN_TYPE_YEAR_TIMELINE, NULL));
    gtk_window_destroy (GTK_WINDOW (window));
    cn_test_iterate (50);
  }
}

/* Deadlines */

static void
test_deadlines_view (void)
{
  g_autoptr(CnCatalog) catalog = load_fixture ();
  CnDeadlinesView *view = CN_DEADLINES_VIEW (cn_deadlines_view_new ());
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 2, 12, 0, 0);
  GtkWindow *window;
  g_autofree char *dir = g_dir_make_tmp ("cn-deadlines-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deadline.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  cn_deadlines_view_set_now (view, now);
  cn_deadlines_view_set_catalog (view, catalog);
  window = window_with (GTK_WIDGET (view), 900, 700);

  g_assert_cmpuint (cn_deadlines_view_get_n_calls (view), ==, 5);
  g_assert_cmpint (cn_call_get_status (cn_deadlines_view_get_call (view, 0), now), ==, CN_DEADLINE_CLOSING_SOON);
  g_assert_nonnull (find_widget (cn_deadlines_view_get_row (view, 0), GTK_TYPE_LABEL, "Closing soon"));
  g_assert_nonnull (find_widget (cn_deadlines_view_get_row (view, 0), GTK_TYPE_LABEL, "18 days left"));
  g_assert_nonnull (find_widget (cn_deadlines_view_get_row (view, 0), GTK_TYPE_LABEL, "Closes 20 December 2026"));
  g_assert_nonnull (find_widget (cn_deadlines_view_get_row (view, 1), GTK_TYPE_LABEL,
                                 "Opens 1 November 2026, closes 15 February 2027"));
  g_assert_nonnull (find_widget (cn_deadlines_view_get_row (view, 2), GTK_TYPE_LABEL, "Upcoming"));
  g_assert_nonnull (find_widget (cn_deadlines_view_get_row (view, 3), GTK_TYPE_LABEL, "Date unknown"));
  g_assert_nonnull (find_widget (cn_deadlines_view_get_row (view, 4), GTK_TYPE_LABEL, "Closed"));

  /* What "Add to Calendar" writes for the first row. */
  g_assert_true (cn_deadlines_view_write_ics (view, 0, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "BEGIN:VEVENT\r\n"));
  g_assert_nonnull (strstr (contents, "DTSTART;VALUE=DATE:20261220\r\n"));
  g_assert_nonnull (strstr (contents, "DTEND;VALUE=DATE:20261221\r\n"));
  g_assert_nonnull (strstr (contents, "SUMMARY:Deadline: Soon call\r\n"));
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (window);
}

/* The window's page, Ctrl+4's target. */
static void
test_deadlines_page (void)
{
  {
    CnWindow *main_window = cn_window_new (CN_APPLICATION (app), bundled);

    gtk_window_present (GTK_WINDOW (main_window));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window), "win.show-view", "s", "deadlines"));
    cn_test_iterate (200);
    g_assert_cmpstr (cn_test_window_get_visible_view (main_window), ==, "deadlines");
    g_assert_cmpuint (cn_deadlines_view_get_n_calls (main_window->deadlines_view), >, 10);
    if (g_getenv ("CN_SCREENSHOT_DIR") != NULL)
      {
        gtk_window_set_default_size (GTK_WINDOW (main_window), 1100, 720);
        cn_test_iterate (300);
        maybe_save (GTK_WIDGET (main_window->deadlines_view), "deadlines");
      }
    gtk_window_destroy (GTK_WINDOW (main_window));
    cn_test_iterate (50);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("CN_LOCALEDIR");
  int status;

  if (g_getenv ("LANGUAGE") == NULL)
    g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("LANG", "C.UTF-8", TRUE);
  /* The accessible assertions read GTK's test context. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  cn_text_set_preferred_languages (NULL);

  bundled = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  app = cn_test_application_new ("FitTest");

  /* The flow's assertions read the English strings. */
  if (gtk_widget_get_default_direction () == GTK_TEXT_DIR_LTR)
    {
      g_test_add_func ("/fit-ui/finder-flow", test_fit_finder_flow);
      g_test_add_func ("/fit-ui/deadlines-view", test_deadlines_view);
    }
  g_test_add_func ("/fit-ui/deadlines-page", test_deadlines_page);
  g_test_add_func ("/fit-ui/finder-action", test_fit_finder_action);
  g_test_add_func ("/fit-ui/commitments-timeline", test_commitments_timeline);
  g_test_add_func ("/fit-ui/year-timeline", test_year_timeline);

  status = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&bundled);
  return status;
}
