/* test-glance.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The top of a record and the list rows: "at a glance" (Israeli
 * eligibility, cost, status, checked on, the freshness mark), the pills,
 * the sections that always show, the record's menu (copy link, copy
 * citation, report a problem), a link that cannot be opened, and long
 * dates. Runs in English, and in Hebrew when CN_TEST_LANGUAGE=he (then it
 * checks the Global Covenant's heading and saves the screenshots when
 * CN_SCREENSHOT_DIR is set). */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "cn-test-ui.h"
#include "cn-widget-util.h"

#include "cn-dates.h"
#include "cn-glance.h"
#include "cn-network-row.h"
#include "cn-test-window.h"

#define LRI "\xE2\x81\xA6"
#define PDI "\xE2\x81\xA9"

static CnCatalog *catalog;
static GtkApplication *app;
static gboolean hebrew;

static CnWindow *
new_window (CnCatalog *with)
{
  CnWindow *window = cn_window_new (CN_APPLICATION (app), with);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  cn_test_iterate (100);
  return window;
}

static void
destroy_window (CnWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  cn_test_iterate (20);
}

static void
show_network (CnWindow   *window,
              const char *id)
{
  cn_window_set_search (window, "");
  g_assert_true (cn_window_select_network (window, id));
  CN_TEST_WAIT_UNTIL (cn_test_window_is_detail_complete (window) &&
                      cn_network_detail_get_network (cn_test_window_get_detail (window)) != NULL &&
                      g_str_equal (cn_network_get_id (cn_network_detail_get_network (cn_test_window_get_detail (window))), id));
  g_assert_true (cn_test_window_is_detail_complete (window));
}

static CnGlance *
get_glance (CnWindow *window)
{
  return CN_GLANCE (CN_TEST_CHILD (cn_test_window_get_detail (window), CN_TYPE_NETWORK_DETAIL, "glance"));
}

static char *
glance_text (CnWindow *window)
{
  return cn_glance_dup_text (get_glance (window));
}

/* Every label's text under @widget, one a line, in order. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static char *
detail_text (CnWindow *window)
{
  GString *out = g_string_new (NULL);

  collect_labels (GTK_WIDGET (cn_test_window_get_detail (window)), out);
  return g_string_free (out, FALSE);
}

static char *
pills_text (GtkWidget *box)
{
  GString *out = g_string_new (NULL);

  collect_labels (box, out);
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
test_glance_states (void)
{
  CnWindow *window = new_window (catalog);
  g_autofree char *c40 = NULL, *gggi = NULL, *scc = NULL, *rc = NULL, *medadapt = NULL;

  show_network (window, "c40");
  c40 = glance_text (window);
  g_assert_cmpstr (c40, ==,
                   "Israeli local authority can join: Yes\n"
                   "Cost: No fee\n"
                   "Status: Active\n"
                   "Checked on: 2 December 2026\n");

  show_network (window, "gggi");
  gggi = glance_text (window);
  assert_contains (gggi, "can join: No\n");
  assert_contains (gggi, "Cost: Not applicable (states only)\n");

  show_network (window, "smart-cities-council");
  scc = glance_text (window);
  assert_contains (scc, "can join: Not confirmed\n");
  assert_contains (scc, "Cost: Not confirmed\n");

  show_network (window, "100-resilient-cities");
  rc = glance_text (window);
  assert_contains (rc, "Status: Ended 2019\n");

  show_network (window, "medadapt-awards");
  medadapt = glance_text (window);
  assert_contains (medadapt, "Status: Activity unconfirmed\n");

  /* The bundled records were all checked lately. */
  g_assert_false (cn_glance_is_stale_shown (get_glance (window)));

  destroy_window (window);
}

/* "Who may join" and "Cost" are always there, even where the record says
 * nothing (the EU Urban Agenda has no cost text). */
static void
test_sections_always_shown (void)
{
  CnWindow *window = new_window (catalog);
  g_autofree char *text = NULL;
  g_autofree char *gcom = NULL;

  g_assert_null (cn_network_get_cost (cn_catalog_find_network (catalog, "eu-urban-agenda")));
  show_network (window, "eu-urban-agenda");
  text = detail_text (window);
  assert_contains (text, "\nWho may join\n");
  assert_contains (text, "\nCost\nNot confirmed\n");
  /* The guide's words, credited, and how to join. */
  assert_contains (text, "\nWhat the guide says\n");
  assert_contains (text, "From the Tel Aviv University guide to international networking");
  assert_contains (text, "\nHow to Join\n");
  /* Dates in words, in the sources too. */
  {
    const char *verified = cn_network_get_verified (cn_catalog_find_network (catalog, "eu-urban-agenda"));
    g_autofree char *in_words = cn_date_format_long ("en", verified);
    g_autofree char *line = g_strconcat ("Last verified \xE2\x81\xA8", in_words, PDI, NULL);

    assert_contains (text, line);
    g_assert_null (strstr (text, verified));
  }

  show_network (window, "global-covenant-of-mayors");
  gcom = detail_text (window);
  assert_contains (gcom, "\nWorking languages\nEnglish, French, Arabic\n");
  assert_contains (gcom, "\nReporting platform\n");
  assert_contains (gcom, "Official contact page");

  destroy_window (window);
}

static void
test_pills (void)
{
  CnWindow *window = new_window (catalog);
  GtkWidget *box;
  g_autofree char *rc = NULL, *gggi = NULL, *c40 = NULL, *sum = NULL, *wwf = NULL;

  box = GTK_WIDGET (CN_TEST_CHILD (cn_test_window_get_detail (window), CN_TYPE_NETWORK_DETAIL, "pills_box"));

  show_network (window, "100-resilient-cities");
  rc = pills_text (box);
  g_assert_cmpstr (rc, ==, "Ended\nProgramme\nCompetition\nNot accepting applications\n");

  show_network (window, "gggi");
  gggi = pills_text (box);
  g_assert_cmpstr (gggi, ==, "Intergovernmental organisation\nFor states only\n");

  show_network (window, "sum-network");
  sum = pills_text (box);
  g_assert_cmpstr (sum, ==, "Activity unconfirmed\nProgramme\nName used by several initiatives\n");

  /* An award with a Competition flag does not say "Award or competition" too. */
  show_network (window, "wwf-one-planet-city-challenge");
  wwf = pills_text (box);
  g_assert_cmpstr (wwf, ==, "Competition\n");

  show_network (window, "c40");
  c40 = pills_text (box);
  g_assert_cmpstr (c40, ==, "");
  g_assert_false (gtk_widget_get_visible (box));

  destroy_window (window);
}

/* A row shows the same pills and the eligibility mark, named for a screen
 * reader; a row given one network after another (as the list's rows are at
 * each keystroke) reuses its pill labels and shows exactly the new ones. */
static void
test_row_mark (void)
{
  const struct { const char *id; const char *label; const char *pills; } rows[] = {
    { "c40", "Israeli local authority can join: Yes", "" },
    { "gggi", "Israeli local authority can join: No", "Intergovernmental organisation\nFor states only\n" },
    { "eu-urban-agenda", "Israeli local authority can join: Not confirmed", "Policy framework\n" },
    { "100-resilient-cities", "Israeli local authority can join: No",
      "Ended\nProgramme\nCompetition\nNot accepting applications\n" },
    { "gggi", "Israeli local authority can join: No", "Intergovernmental organisation\nFor states only\n" },
    { "c40", "Israeli local authority can join: Yes", "" },
  };
  GtkWidget *reused = g_object_ref_sink (cn_network_row_new ());

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *fresh = g_object_ref_sink (cn_network_row_new ());
      GtkWidget *both[] = { fresh, reused };

      for (guint j = 0; j < G_N_ELEMENTS (both); j++)
        {
          GtkWidget *row = both[j];
          GtkWidget *icon, *pills;
          g_autofree char *text = NULL;

          cn_network_row_set_network (CN_NETWORK_ROW (row), cn_catalog_find_network (catalog, rows[i].id));
          g_assert_true (cn_network_row_is_up_to_date (CN_NETWORK_ROW (row)));
          icon = GTK_WIDGET (CN_TEST_CHILD (row, CN_TYPE_NETWORK_ROW, "eligibility_icon"));
          pills = GTK_WIDGET (CN_TEST_CHILD (row, CN_TYPE_NETWORK_ROW, "pills_box"));
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, rows[i].label);
          g_assert_cmpstr (cn_widget_get_tooltip_text (icon), ==, rows[i].label);
          g_assert_nonnull (gtk_image_get_icon_name (GTK_IMAGE (icon)));
          text = pills_text (pills);
          g_assert_cmpstr (text, ==, rows[i].pills);
          g_assert_true (gtk_widget_get_visible (pills) == (rows[i].pills[0] != '\0'));
          /* Each pill styled for its own kind only. */
          for (GtkWidget *pill = gtk_widget_get_first_child (pills); pill; pill = gtk_widget_get_next_sibling (pill))
            {
              g_auto(GStrv) classes = gtk_widget_get_css_classes (pill);
              guint kinds = 0;

              for (guint k = 0; classes[k] != NULL; k++)
                kinds += g_str_has_prefix (classes[k], "pill-");
              g_assert_cmpuint (kinds, ==, 1);
              g_assert_true (gtk_widget_has_css_class (pill, "status-pill"));
            }
        }
      g_clear_object (&fresh);
    }
  g_clear_object (&reused);
}

static void
test_dates (void)
{
  g_autofree char *en = cn_date_format_long ("en", "2026-11-28");
  g_autofree char *he = cn_date_format_long ("he", "2026-11-28");
  g_autofree char *ui = cn_date_format_long (NULL, "2026-11-28");
  g_autofree char *bad = cn_date_format_long (NULL, "2026-13-45");

  g_assert_cmpstr (en, ==, "28 November 2026");
  g_assert_cmpstr (he, ==, "28 בנובמבר 2026");
  g_assert_cmpstr (ui, ==, hebrew ? he : en);
  g_assert_cmpstr (bad, ==, "2026-13-45");
}

/* A record checked long ago is marked; the fixture's c40 was last checked
 * in January 2024. */
static void
test_freshness (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "stale.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CnCatalog) stale = cn_catalog_new_from_file (file, CN_CATALOG_FLAGS_NONE, NULL, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  CnWindow *window;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (cn_network_is_stale (cn_catalog_find_network (stale, "c40"), now));
  g_assert_false (cn_network_is_stale (cn_catalog_find_network (stale, "iclei"), now));

  window = new_window (stale);
  show_network (window, "c40");
  g_assert_true (cn_glance_is_stale_shown (get_glance (window)));
  text = glance_text (window);
  /* The fixture's c40 has no fee data and an unclear eligibility. */
  g_assert_cmpstr (text, ==,
                   "Israeli local authority can join: Not confirmed\n"
                   "Cost: Not confirmed\n"
                   "Status: Active\n"
                   "Checked on: 15 January 2024 May be out of date\n");

  show_network (window, "iclei");
  g_assert_false (cn_glance_is_stale_shown (get_glance (window)));
  destroy_window (window);
}

typedef struct
{
  GMainLoop *loop;
  char      *text;
} ClipboardRead;

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (read->loop);
}

static char *
read_clipboard (GtkWidget *widget)
{
  ClipboardRead read = { g_main_loop_new (NULL, FALSE), NULL };

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_read_cb, &read);
  g_main_loop_run (read.loop);
  g_main_loop_unref (read.loop);
  return read.text;
}

static void
record_uri_cb (GtkWindow  *window,
               const char *uri,
               gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup (uri));
}

/* Stands for a system with nothing to open links with. */
static void
fail_uri_cb (GtkWindow  *window,
             const char *uri,
             gpointer    user_data)
{
  _cn_window_show_uri_error (CN_WINDOW (window), uri);
}

static void
test_record_actions (void)
{
  CnWindow *window = new_window (catalog);
  GtkWidget *detail = GTK_WIDGET (cn_test_window_get_detail (window));
  g_autoptr(GPtrArray) opened = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *more = GTK_WIDGET (CN_TEST_CHILD (detail, CN_TYPE_NETWORK_DETAIL, "more_button"));
  g_autofree char *link = NULL, *citation = NULL;

  show_network (window, "c40");
  g_assert_true (gtk_widget_get_visible (more));

  gtk_widget_activate_action (detail, "detail.copy-link", NULL);
  link = read_clipboard (detail);
  g_assert_cmpstr (link, ==, cn_network_get_website (cn_catalog_find_network (catalog, "c40")));

  gtk_widget_activate_action (detail, "detail.copy-citation", NULL);
  citation = read_clipboard (detail);
  g_assert_cmpstr (citation, ==, "C40 Cities. https://www.c40.org/about-c40/. Checked on 2 December 2026.");

  _cn_window_set_uri_launcher (window, record_uri_cb, opened);
  gtk_widget_activate_action (detail, "detail.report-problem", NULL);
  g_assert_cmpuint (opened->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (opened, 0), ==,
                   "https://github.com/climatenetworks/ClimateNetworks/issues/new?title=Problem%20in%20the%20record%20%22c40%22");

  destroy_window (window);
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_label (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_link_error (void)
{
  CnWindow *window = new_window (catalog);
  const char *uri = "https://www.c40.org/about-c40/";
  const char *message;
  GtkWidget *copy;
  g_autofree char *copied = NULL;

  _cn_window_set_uri_launcher (window, fail_uri_cb, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-uri", "s", uri);
  message = cn_test_window_get_message (window);
  g_assert_nonnull (message);
  assert_contains (message, uri);
  assert_contains (message, "could not be opened");
  g_assert_null (strstr (message, "not supported"));

  copy = find_button_with_label (GTK_WIDGET (window), "Copy _Address");
  g_assert_nonnull (copy);
  g_assert_true (gtk_widget_get_visible (copy));
  g_signal_emit_by_name (copy, "clicked");
  copied = read_clipboard (GTK_WIDGET (window));
  g_assert_cmpstr (copied, ==, uri);

  /* Another message does not offer to copy. */
  cn_window_show_message (window, "Something else");
  g_assert_false (gtk_widget_get_visible (copy));

  destroy_window (window);
}

/* Renders @window as it is on screen into @path (PNG). */
static void
save_screenshot (GtkWidget  *window,
                 const char *path)
{
  GdkPaintable *paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_object_unref (paintable);
}

static void
screenshots (const char *id,
             const char *name)
{
  const char *dir = g_getenv ("CN_SCREENSHOT_DIR");
  const int sizes[][2] = { { 800, 600 }, { 1920, 1080 } };

  if (dir == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      CnWindow *window = new_window (catalog);
      g_autofree char *file = g_strdup_printf ("%s-%dx%d.png", name, sizes[i][0], sizes[i][1]);
      g_autofree char *path = g_build_filename (dir, file, NULL);

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
      cn_test_iterate (200);
      show_network (window, id);
      cn_test_iterate (300);
      save_screenshot (GTK_WIDGET (window), path);
      destroy_window (window);
    }
}

static void
test_screenshots (void)
{
  screenshots ("100-resilient-cities", hebrew ? "glance-he" : "glance-en");
  if (hebrew)
    screenshots ("global-covenant-of-mayors", "gcom-he");
}

/* The Global Covenant's Hebrew heading keeps "Climate & Energy" inside its
 * one Latin run, and its row shows the Hebrew short name. */
static void
test_hebrew_heading (void)
{
  CnWindow *window = new_window (catalog);
  CnNetwork *gcom = cn_catalog_find_network (catalog, "global-covenant-of-mayors");
  GtkWidget *row;
  GtkWidget *latin;
  g_autofree char *expected = NULL;

  show_network (window, "global-covenant-of-mayors");
  expected = g_strconcat ("\xE2\x80\x8F" LRI "Global Covenant of Mayors for Climate & Energy" PDI
                          " – האמנה העולמית של ראשי ערים לאקלים ולאנרגיה", NULL);
  g_assert_cmpstr (cn_test_window_get_detail_title (window), ==, expected);

  row = g_object_ref_sink (cn_network_row_new ());
  cn_network_row_set_network (CN_NETWORK_ROW (row), gcom);
  {
    /* The value, given back as what differs from a value it cannot be. */
    g_autofree char *label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");

    /* The name a screen reader says first, then the summary. */
    g_assert_true (g_str_has_prefix (label, "האמנה העולמית של ראשי ערים. "));
  }
  latin = GTK_WIDGET (CN_TEST_CHILD (row, CN_TYPE_NETWORK_ROW, "latin_label"));
  g_assert_true (gtk_widget_get_visible (latin));
  assert_contains (gtk_inscription_get_text (GTK_INSCRIPTION (latin)), "Global Covenant of Mayors for Climate & Energy");
  g_clear_object (&row);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("CN_LOCALEDIR");
  int status;

  hebrew = g_strcmp0 (g_getenv ("CN_TEST_LANGUAGE"), "he") == 0;
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", hebrew ? "he" : "en", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* The accessible properties are recorded for the row's mark. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  setlocale (LC_ALL, "");
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  cn_text_set_preferred_languages (NULL);

  catalog = cn_catalog_new_bundled (&error);
  g_assert_no_error (error);
  app = cn_test_application_new (hebrew ? "GlanceHebrewTest" : "GlanceTest");

  g_test_add_func ("/glance/dates", test_dates);
  if (hebrew)
    g_test_add_func ("/glance/hebrew-heading", test_hebrew_heading);
  else
    {
      g_test_add_func ("/glance/states", test_glance_states);
      g_test_add_func ("/glance/sections-always-shown", test_sections_always_shown);
      g_test_add_func ("/glance/pills", test_pills);
      g_test_add_func ("/glance/row-mark", test_row_mark);
      g_test_add_func ("/glance/freshness", test_freshness);
      g_test_add_func ("/glance/record-actions", test_record_actions);
      g_test_add_func ("/glance/link-error", test_link_error);
    }
  g_test_add_func ("/glance/screenshots", test_screenshots);

  status = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&catalog);
  return status;
}
