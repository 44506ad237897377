/* cn-comparison-view.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Two to four networks side by side (issue 13): one column a network, one
 * row a question an authority asks (kind, status, who may join, fee,
 * commitments, the five benefits…). Rows where the answers differ carry a
 * "Differs" mark and a tint, and say so to screen readers.
 *
 * GtkGrid has no row widgets, and a table needs rows for assistive
 * technologies: the table is a vertical box of rows (GTK_ACCESSIBLE_ROLE_ROW),
 * each a horizontal box of cells, with one GtkSizeGroup a column keeping
 * the columns aligned. Horizontal boxes mirror by themselves, so under a
 * right-to-left language the row labels are on the right. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-clamp.h"
#include "cn-comparison-view.h"
#include "cn-data-label.h"
#include "cn-export-i18n.h"
#include "cn-labels.h"
#include "cn-widget-util.h"

/* Column widths, in characters: wide enough for a sentence a line, narrow
 * enough for four networks beside the labels at 1280 pixels. */
#define LABEL_CHARS 17
#define DATA_CHARS  32
/* What a cell's label asks for, less than any column's width. Not less:
 * a wrapping label's smallest width is a layout with a line for every
 * character, and a hundred long texts laid out that way took seconds. */
#define MEASURE_CHARS 14

struct _CnComparisonView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkBox            *table;
  GtkButton         *back_button;
  GtkButton         *export_button;

  /* Owned references */
  CnCatalog         *catalog;
  CnComparison      *comparison;
  int                label_width;   /* pixels */
  int                data_width;

  GPtrArray         *pending;   /* RowSpec: rows not built yet */
  guint              tick_id;
  gboolean           dirty;
};

/* Rows (the names included) in the table's first frame; the others are
 * built one a frame. */
#define FIRST_ROWS 3

G_DEFINE_FINAL_TYPE (CnComparisonView, cn_comparison_view, GTK_TYPE_WIDGET)

/* One row under construction: its header and one cell per network, and
 * the value each cell compares by (NULL: the row is never marked, as for
 * websites, which always differ). */
typedef struct
{
  CnComparisonView *self;
  GtkWidget        *row;
  GtkWidget        *cells[CN_COMPARISON_MAX];
  char             *keys[CN_COMPARISON_MAX];
  guint             n_cells;
  guint             index;
} RowBuilder;

static GtkWidget *
cell_label_new (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "use-markup", FALSE,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "width-chars", MEASURE_CHARS,
                                   "max-width-chars", MEASURE_CHARS,
                                   NULL);
  return label;
}

/* Every cell of a column asks for the same width, and its labels wrap
 * inside it: a CnClamp's natural width is its maximum size, whatever the
 * wrapping labels inside would like (GTK 4.8 guesses a wide natural width
 * for a long wrapping text). The columns line up without a GtkSizeGroup,
 * which asserts in GTK 4.8 when it holds wrapping labels. */
static GtkWidget *
cell_box_new (GtkAccessibleRole role,
              guint             column,
              int               width)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "accessible-role", role,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 4,
                                 NULL);

  GtkWidget *clamp = cn_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_add_css_class (box, "comparison-cell");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_RELATION_COL_INDEX, column + 1, -1);
  cn_clamp_set_maximum_size (CN_CLAMP (clamp), width);
  cn_clamp_set_child (CN_CLAMP (clamp), content);
  /* A wide column header's name expands inside the clamp, never the column. */
  gtk_widget_set_hexpand (clamp, FALSE);
  gtk_box_append (GTK_BOX (box), clamp);
  g_object_set_data (G_OBJECT (box), "cn-content", content);
  return box;
}

/* Where a cell's texts go: inside its clamp. */
static GtkBox *
cell_content (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "cn-content");
}

static GtkWidget *
add_text (GtkWidget  *cell,
          const char *text,
          const char *css_class)
{
  GtkWidget *label = cell_label_new (text);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (cell_content (cell), label);
  return label;
}

static void
add_data (GtkWidget    *cell,
          const CnText *text,
          const char   *css_class)
{
  GtkWidget *label = add_text (cell, NULL, css_class);

  cn_label_set_data_text (GTK_LABEL (label), text);
}

static void
add_not_listed (GtkWidget *cell)
{
  /* Translators: a table cell with nothing in the record; "—" is a dash */
  add_text (cell, _("— Not listed"), "dim-label");
}

static const char *
network_title (CnNetwork *network)
{
  return cn_text_get (cn_network_get_name (network));
}

static void
append_row (CnComparisonView *self,
            GtkWidget        *row)
{
  gtk_box_append (self->table, row);
}

static RowBuilder *
row_begin (CnComparisonView *self,
           RowBuilder       *builder,
           const char       *id,
           guint             index)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->comparison));

  memset (builder, 0, sizeof *builder);
  builder->self = self;
  builder->index = index;
  builder->n_cells = n;
  builder->row = g_object_new (GTK_TYPE_BOX,
                               "accessible-role", GTK_ACCESSIBLE_ROLE_ROW,
                               "orientation", GTK_ORIENTATION_HORIZONTAL,
                               NULL);
  gtk_widget_add_css_class (builder->row, "comparison-row");
  g_object_set_data_full (G_OBJECT (builder->row), "cn-row-id", g_strdup (id), g_free);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (builder->row), GTK_ACCESSIBLE_RELATION_ROW_INDEX, index + 1, -1);
  for (guint i = 0; i < n; i++)
    builder->cells[i] = cell_box_new (GTK_ACCESSIBLE_ROLE_CELL, i + 1, self->data_width);
  return builder;
}

static void
row_end (RowBuilder *builder,
         const char *title)
{
  CnComparisonView *self = builder->self;
  GtkWidget *header = cell_box_new (GTK_ACCESSIBLE_ROLE_ROW_HEADER, 0, self->label_width);
  GtkWidget *title_label = cell_label_new (title);
  GtkWidget *mark;
  gboolean differs = FALSE;

  for (guint i = 1; i < builder->n_cells; i++)
    if (builder->keys[0] != NULL && g_strcmp0 (builder->keys[0], builder->keys[i]) != 0)
      differs = TRUE;

  gtk_widget_add_css_class (title_label, "heading");
  gtk_box_append (cell_content (header), title_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  /* A word as well as a tint: never colour alone. */
  /* Translators: marks a comparison row where the networks' answers differ */
  mark = cell_label_new (_("≠ Differs"));
  gtk_widget_add_css_class (mark, "differs-mark");
  gtk_widget_add_css_class (mark, "caption");
  gtk_widget_set_visible (mark, differs);
  gtk_box_append (cell_content (header), mark);

  gtk_box_append (GTK_BOX (builder->row), header);
  for (guint i = 0; i < builder->n_cells; i++)
    {
      GtkWidget *cell = builder->cells[i];
      g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->comparison), i);
      g_autofree char *description = g_strdup_printf ("%s — %s", title, network_title (network));

      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
      gtk_box_append (GTK_BOX (builder->row), cell);
      g_free (builder->keys[i]);
    }

  if (differs)
    {
      gtk_widget_add_css_class (builder->row, "differs");
      gtk_accessible_update_property (GTK_ACCESSIBLE (builder->row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("The networks differ here"), -1);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (builder->row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  append_row (self, builder->row);
}

static char *
status_text (CnNetwork *network)
{
  int year = cn_network_get_status_year (network);

  switch (cn_network_get_status (network))
    {
    case CN_NETWORK_STATUS_ACTIVE:
      return g_strdup (_("Active"));
    case CN_NETWORK_STATUS_ENDED:
      return year != 0 ? g_strdup_printf (_("Ended in %d"), year) : g_strdup (_("Ended"));
    case CN_NETWORK_STATUS_RENAMED:
      return year != 0 ? g_strdup_printf (_("Renamed in %d"), year) : g_strdup (_("Renamed"));
    case CN_NETWORK_STATUS_UNCONFIRMED:
      return g_strdup (_("Current activity not confirmed"));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static char *
fee_text (CnNetwork *network)
{
  const CnText *amount = cn_network_get_fee_amount (network);
  int year = cn_network_get_fee_year (network);

  switch (cn_network_get_fee_status (network))
    {
    case CN_FEE_NONE:
      return g_strdup (_("No membership fee"));
    case CN_FEE_NOT_APPLICABLE:
      return g_strdup (_("No fee: not a membership"));
    case CN_FEE_UNKNOWN:
      return g_strdup (_("Fee not published"));
    case CN_FEE_PAID:
      if (amount == NULL)
        return g_strdup (_("A membership fee is charged"));
      if (year != 0)
        {
          g_autofree char *isolated = cn_bidi_isolate_text (amount);
          /* Translators: a fee and the year it applies to */
          return g_strdup_printf (_("Fee: %s (%d)"), isolated, year);
        }
      else
        {
          g_autofree char *isolated = cn_bidi_isolate_text (amount);
          return g_strdup_printf (_("Fee: %s"), isolated);
        }
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static char *
step_text (const CnCommitmentStep *step)
{
  const char *what = cn_text_get (step->what);

  if (step->repeat_months == 12)
    return g_strdup_printf (_("%s (every year)"), what);
  if (step->repeat_months > 0 && step->repeat_months % 12 == 0)
    return g_strdup_printf (ngettext ("%s (every %d year)", "%s (every %d years)", step->repeat_months / 12),
                            what, step->repeat_months / 12);
  if (step->repeat_months > 0)
    return g_strdup_printf (ngettext ("%s (every %d month)", "%s (every %d months)", step->repeat_months),
                            what, step->repeat_months);
  if (step->due_months > 0)
    return g_strdup_printf (ngettext ("%s (within %d month of joining)", "%s (within %d months of joining)",
                                      step->due_months),
                            what, step->due_months);
  return g_strdup (what);
}

/* Returns the host of a web address ("c40.org"), or NULL when @uri is not
 * an http or https address: nothing else is offered as a link here. */
static char *
web_host (const char *uri)
{
  g_autoptr(GUri) parsed = uri ? g_uri_parse (uri, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *scheme, *host;

  if (parsed == NULL)
    return NULL;
  scheme = g_uri_get_scheme (parsed);
  host = g_uri_get_host (parsed);
  if (host == NULL || host[0] == '\0' ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0))
    return NULL;
  if (g_str_has_prefix (host, "www."))
    host += 4;
  return g_strdup (host);
}

/* The rows. Each fills one cell for @network and returns the value the
 * row compares by. */

static char *
fill_kind (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  add_text (cell, cn_kind_label (cn_network_get_kind (network)), NULL);
  return g_strdup_printf ("%d", cn_network_get_kind (network));
}

static char *
fill_status (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  g_autofree char *text = status_text (network);

  add_text (cell, text, NULL);
  if (cn_network_get_status_note (network) != NULL)
    add_data (cell, cn_network_get_status_note (network), "dim-label");
  return g_strdup_printf ("%d", cn_network_get_status (network));
}

static char *
fill_founded (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  int founded = cn_network_get_founded (network);
  g_autofree char *text = NULL;

  if (founded == 0)
    {
      add_not_listed (cell);
      return g_strdup ("");
    }
  text = g_strdup_printf ("%d", founded);
  add_text (cell, text, NULL);
  return g_steal_pointer (&text);
}

static char *
fill_text (GtkWidget *cell, const CnText *text)
{
  if (text == NULL)
    {
      add_not_listed (cell);
      return g_strdup ("");
    }
  add_data (cell, text, NULL);
  return g_strdup (cn_text_get (text));
}

static char *
fill_eligibility (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  return fill_text (cell, cn_network_get_eligibility (network));
}

static char *
fill_israel (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  CnIsraelEligibility eligibility = cn_network_get_israel_eligibility (network);
  add_text (cell, cn_eligibility_label (eligibility), "eligibility");
  if (cn_network_get_israel_eligibility_note (network) != NULL)
    add_data (cell, cn_network_get_israel_eligibility_note (network), "dim-label");
  return g_strdup_printf ("%d", eligibility);
}

static char *
fill_fee (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  g_autofree char *fee = fee_text (network);
  const CnText *amount = cn_network_get_fee_amount (network);

  add_text (cell, fee, NULL);
  if (cn_network_get_cost (network) != NULL)
    add_data (cell, cn_network_get_cost (network), "dim-label");
  return g_strdup_printf ("%d:%s", cn_network_get_fee_status (network), amount ? cn_text_get (amount) : "");
}

static char *
fill_commitments (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  return fill_text (cell, cn_network_get_commitments (network));
}

static char *
fill_reporting (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  guint n;
  const CnCommitmentStep *steps = cn_network_get_commitment_steps (network, &n);
  const CnHowToJoin *how = cn_network_get_how_to_join (network);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = step_text (&steps[i]);
      g_autofree char *bullet = NULL;

      /* Step texts are dataset text: prepared for their direction first. */
      if (cn_bidi_text_is_rtl (steps[i].what) || cn_ui_is_rtl ())
        {
          g_autofree char *prepared = cn_bidi_prepare_text (text, cn_bidi_text_is_rtl (steps[i].what));
          bullet = g_strconcat ("• ", prepared, NULL);
        }
      else
        bullet = g_strconcat ("• ", text, NULL);
      add_text (cell, bullet, NULL);
      g_string_append (key, text);
    }
  if (how != NULL && how->reporting_platform != NULL)
    {
      g_autofree char *platform = cn_bidi_isolate_text (how->reporting_platform);
      /* Translators: where members report, e.g. "Reports through CDP" */
      g_autofree char *text = g_strdup_printf (_("Reports through %s"), platform);

      add_text (cell, text, "dim-label");
      g_string_append (key, cn_text_get (how->reporting_platform));
    }
  if (key->len == 0)
    add_not_listed (cell);
  return g_string_free (key, FALSE);
}

static char *
fill_size (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  char *key = fill_text (cell, cn_network_get_size (network));

  if (cn_network_get_size (network) != NULL && cn_network_get_size_year (network) != 0)
    {
      g_autofree char *year = g_strdup_printf (_("Figure from %d"), cn_network_get_size_year (network));
      add_text (cell, year, "dim-label");
    }
  return key;
}

static char *
fill_themes (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  guint n;
  const CnTerm * const *themes = cn_network_get_themes (network, &n);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *text = NULL;

  if (n == 0)
    {
      add_not_listed (cell);
      return g_strdup ("");
    }
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (labels, (gpointer) cn_text_get (themes[i]->label));
      g_ptr_array_add (ids, themes[i]->id);
    }
  g_ptr_array_sort (ids, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (labels, NULL);
  g_ptr_array_add (ids, NULL);
  /* Translators: the separator between themes in a list */
  text = g_strjoinv (_(", "), (char **) labels->pdata);
  add_text (cell, text, NULL);
  return g_strjoinv (",", (char **) ids->pdata);
}

static char *
fill_benefit (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  CnBenefit *benefit = data;
  guint n;
  const CnBenefitLink *links = cn_network_get_benefits (network, &n);

  for (guint i = 0; i < n; i++)
    if (links[i].benefit == benefit)
      {
        GtkWidget *mark = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
        GtkWidget *icon = gtk_image_new_from_icon_name ("object-select-symbolic");

        gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delivers it"), -1);
        gtk_box_append (GTK_BOX (mark), icon);
        /* One word, not wrapped: a wrapping label beside an image makes
         * GTK 4.8 warn about its height at huge widths. */
        gtk_box_append (GTK_BOX (mark), gtk_label_new (_("Yes")));
        gtk_widget_add_css_class (mark, "delivers-mark");
        gtk_box_append (cell_content (cell), mark);
        if (links[i].example != NULL)
          add_data (cell, links[i].example, NULL);
        return g_strdup ("1");
      }

  add_not_listed (cell);
  return g_strdup ("0");
}

static char *
fill_website (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  const char *website = cn_network_get_website (network);
  g_autofree char *host = web_host (website);

  if (host != NULL)
    {
      /* Translators: %s is a network's name */
      g_autofree char *name = g_strdup_printf (_("Visit the %s website"), network_title (network));
      GtkWidget *button = cn_link_button_new (host, "win.open-uri", g_variant_new_string (website), website);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_box_append (cell_content (cell), button);
    }
  else if (website != NULL)
    add_text (cell, website, NULL);
  else
    add_not_listed (cell);
  return NULL;
}

static char *
fill_verified (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  const char *verified = cn_network_get_verified (network);

  if (verified != NULL)
    {
      g_autofree char *date = cn_export_format_date (cn_text_get_preferred_language (), verified);
      add_text (cell, date, NULL);
    }
  else
    add_not_listed (cell);
  return NULL;
}

typedef char *(*CellFiller) (GtkWidget *cell,
                             CnNetwork *network,
                             gpointer   data);

static void
build_row (CnComparisonView *self,
           guint             index,
           const char       *id,
           const char       *title,
           CellFiller        fill,
           gpointer          data)
{
  RowBuilder builder;

  row_begin (self, &builder, id, index);
  for (guint i = 0; i < builder.n_cells; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->comparison), i);
      builder.keys[i] = fill (builder.cells[i], network, data);
    }
  row_end (&builder, title);
}

/* A row still to build. */
typedef struct
{
  guint       index;
  char       *id;
  char       *title;
  CellFiller  fill;
  gpointer    data;     /* borrowed from the catalog */
} RowSpec;

static void
row_spec_free (gpointer data)
{
  RowSpec *spec = data;

  g_free (spec->id);
  g_free (spec->title);
  g_free (spec);
}

/* Laying out a row of four long texts takes a few milliseconds, the
 * whole table a few hundred: the first frame shows the names and the
 * first rows, and the others are built one a frame (as the detail pane's
 * sections are), so that opening the comparison answers at once. */
static gboolean
build_pending_row_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  CnComparisonView *self = CN_COMPARISON_VIEW (widget);

  if (self->pending->len > 0)
    {
      RowSpec *spec = g_ptr_array_index (self->pending, 0);

      build_row (self, spec->index, spec->id, spec->title, spec->fill, spec->data);
      g_ptr_array_remove_index (self->pending, 0);
    }
  if (self->pending->len == 0)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
add_row (CnComparisonView *self,
         guint            *index,
         const char       *id,
         const char       *title,
         CellFiller        fill,
         gpointer          data)
{
  RowSpec *spec;

  if (*index < FIRST_ROWS)
    {
      build_row (self, (*index)++, id, title, fill, data);
      return;
    }

  spec = g_new0 (RowSpec, 1);
  spec->index = (*index)++;
  spec->id = g_strdup (id);
  spec->title = g_strdup (title);
  spec->fill = fill;
  spec->data = data;
  g_ptr_array_add (self->pending, spec);
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), build_pending_row_cb, NULL, NULL);
}

static void
remove_clicked_cb (GtkButton        *button,
                   CnComparisonView *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "cn-network-id");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.toggle-compare", "s", id);
}

static void
add_header_row (CnComparisonView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->comparison));
  GtkWidget *row = g_object_new (GTK_TYPE_BOX,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_ROW,
                                 "orientation", GTK_ORIENTATION_HORIZONTAL,
                                 NULL);
  GtkWidget *corner = cell_box_new (GTK_ACCESSIBLE_ROLE_COLUMN_HEADER, 0, self->label_width);

  gtk_widget_add_css_class (row, "comparison-header");
  g_object_set_data_full (G_OBJECT (row), "cn-row-id", g_strdup ("networks"), g_free);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_ROW_INDEX, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (corner), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Question"), -1);
  gtk_box_append (cell_content (corner), cell_label_new (NULL));
  gtk_box_append (GTK_BOX (row), corner);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->comparison), i);
      GtkWidget *header = cell_box_new (GTK_ACCESSIBLE_ROLE_COLUMN_HEADER, i + 1, self->data_width);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = cell_label_new (NULL);
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
      /* Translators: %s is a network's name */
      g_autofree char *remove_label = g_strdup_printf (_("Remove %s from the comparison"), network_title (network));

      cn_label_set_data_text (GTK_LABEL (name), cn_network_get_name (network));
      gtk_widget_add_css_class (name, "title-4");
      gtk_widget_set_hexpand (name, TRUE);
      gtk_box_append (GTK_BOX (line), name);

      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_add_css_class (remove, "circular");
      gtk_widget_set_valign (remove, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      cn_widget_set_tooltip_text (remove, remove_label);
      g_object_set_data_full (G_OBJECT (remove), "cn-network-id", g_strdup (cn_network_get_id (network)), g_free);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (line), remove);

      gtk_box_append (cell_content (header), line);
      gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL, network_title (network),
                                      -1);
      gtk_box_append (GTK_BOX (row), header);
    }
  append_row (self, row);
}

static void
rebuild (CnComparisonView *self)
{
  guint n = self->comparison ? g_list_model_get_n_items (G_LIST_MODEL (self->comparison)) : 0;
  guint index = 1;

  self->dirty = FALSE;
  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->tick_id);
  g_ptr_array_set_size (self->pending, 0);
  cn_box_remove_all (self->table);
  {
    int char_width = cn_widget_get_char_width (GTK_WIDGET (self));

    self->label_width = LABEL_CHARS * char_width;
    self->data_width = DATA_CHARS * char_width;
  }

  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), n >= CN_COMPARISON_MIN);
  if (n < CN_COMPARISON_MIN)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  add_header_row (self);
  add_row (self, &index, "kind", _("Kind"), fill_kind, NULL);
  add_row (self, &index, "status", _("Status"), fill_status, NULL);
  add_row (self, &index, "founded", _("Founded"), fill_founded, NULL);
  add_row (self, &index, "eligibility", _("Who may join"), fill_eligibility, NULL);
  add_row (self, &index, "israel", _("Can an Israeli local authority join?"), fill_israel, NULL);
  add_row (self, &index, "fee", _("Fee and cost"), fill_fee, NULL);
  add_row (self, &index, "commitments", _("Commitments"), fill_commitments, NULL);
  add_row (self, &index, "reporting", _("Reporting and reviews"), fill_reporting, NULL);
  add_row (self, &index, "size", _("Size"), fill_size, NULL);
  add_row (self, &index, "themes", _("Themes"), fill_themes, NULL);
  if (self->catalog != NULL)
    {
      GListModel *benefits = cn_catalog_get_benefits (self->catalog);

      for (guint i = 0; i < g_list_model_get_n_items (benefits); i++)
        {
          g_autoptr(CnBenefit) benefit = g_list_model_get_item (benefits, i);
          g_autofree char *id = g_strconcat ("benefit:", cn_benefit_get_id (benefit), NULL);

          add_row (self, &index, id, cn_text_get (cn_benefit_get_title (benefit)), fill_benefit, benefit);
        }
    }
  add_row (self, &index, "website", _("Website"), fill_website, NULL);
  add_row (self, &index, "verified", _("Checked on"), fill_verified, NULL);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->table),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, index,
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, n + 1,
                                  -1);
  gtk_stack_set_visible_child_name (self->stack, "table");
}

static void
comparison_changed_cb (CnComparisonView *self)
{
  /* Built when shown: the set changes from the detail pane while the
   * comparison is out of sight. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->dirty = TRUE;
}

static void
export_clicked_cb (CnComparisonView *self)
{
  g_auto(GStrv) ids = cn_comparison_dup_ids (self->comparison);

  /* The brief is another view's business: hand it the ids. */
  if (!gtk_widget_activate_action_variant (GTK_WIDGET (self), "win.export-brief",
                                           g_variant_new_strv ((const char * const *) ids, -1)))
    g_debug ("No win.export-brief action to export the comparison with");
}

static void
cn_comparison_view_map (GtkWidget *widget)
{
  CnComparisonView *self = CN_COMPARISON_VIEW (widget);

  if (self->dirty)
    rebuild (self);
  GTK_WIDGET_CLASS (cn_comparison_view_parent_class)->map (widget);
}

static void
cn_comparison_view_dispose (GObject *object)
{
  CnComparisonView *self = (CnComparisonView *)object;
  GtkWidget *child;

  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  cn_widget_clear_tick_callback (GTK_WIDGET (self), &self->tick_id);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_COMPARISON_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->comparison);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cn_comparison_view_parent_class)->dispose (object);
}

static void
cn_comparison_view_class_init (CnComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_comparison_view_dispose;
  widget_class->map = cn_comparison_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, stack);
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, scroller);
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, table);
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, back_button);
  gtk_widget_class_bind_template_child (widget_class, CnComparisonView, export_button);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cncomparisonview");
}

static void
cn_comparison_view_init (CnComparisonView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pending = g_ptr_array_new_with_free_func (row_spec_free);
  cn_widget_set_tooltip_text (GTK_WIDGET (self->back_button), _("Back (Esc)"));
  self->dirty = TRUE;
}

/**
 * cn_comparison_view_set_model:
 * @catalog: the catalog, for its benefits (one row each)
 * @comparison: the networks to compare, which the view follows
 */
void
cn_comparison_view_set_model (CnComparisonView *self,
                              CnCatalog        *catalog,
                              CnComparison     *comparison)
{
  g_return_if_fail (CN_IS_COMPARISON_VIEW (self));

  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_set_object (&self->catalog, catalog);
  g_set_object (&self->comparison, comparison);
  if (comparison != NULL)
    g_signal_connect_object (comparison, "items-changed", G_CALLBACK (comparison_changed_cb), self,
                             G_CONNECT_SWAPPED);
  comparison_changed_cb (self);
}

/**
 * cn_comparison_view_update:
 *
 * Builds the table now if the comparison changed since it was last built
 * (it is otherwise built when the view is mapped).
 */
void
cn_comparison_view_update (CnComparisonView *self)
{
  g_return_if_fail (CN_IS_COMPARISON_VIEW (self));

  if (self->dirty)
    rebuild (self);
}

/**
 * cn_comparison_view_is_complete:
 *
 * Returns: whether every row of the table has been added
 */
gboolean
cn_comparison_view_is_complete (CnComparisonView *self)
{
  g_return_val_if_fail (CN_IS_COMPARISON_VIEW (self), FALSE);
  return !self->dirty && self->pending->len == 0;
}

GtkWidget *
cn_comparison_view_get_table (CnComparisonView *self)
{
  g_return_val_if_fail (CN_IS_COMPARISON_VIEW (self), NULL);
  return GTK_WIDGET (self->table);
}

/**
 * cn_comparison_view_get_row:
 * @row_id: "networks" (the column headers), "kind", "status", "founded",
 *   "eligibility", "israel", "fee", "commitments", "reporting", "size",
 *   "themes", "benefit:ID", "website" or "verified"
 *
 * Returns: (transfer none) (nullable): the row's widget
 */
GtkWidget *
cn_comparison_view_get_row (CnComparisonView *self,
                            const char       *row_id)
{
  g_return_val_if_fail (CN_IS_COMPARISON_VIEW (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->table)); row;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "cn-row-id"), row_id) == 0)
      return row;
  return NULL;
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      const char *value = gtk_label_get_text (GTK_LABEL (widget));

      if (value[0] != '\0')
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, value);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/**
 * cn_comparison_view_dup_cell_text:
 * @column: 0 for the row's header, 1 for the first network, …
 *
 * Returns: (transfer full) (nullable): the texts the cell shows, one a line
 */
char *
cn_comparison_view_dup_cell_text (CnComparisonView *self,
                                  const char       *row_id,
                                  guint             column)
{
  GtkWidget *row = cn_comparison_view_get_row (self, row_id);
  GtkWidget *cell;
  GString *text;

  if (row == NULL)
    return NULL;
  cell = gtk_widget_get_first_child (row);
  for (guint i = 0; i < column && cell != NULL; i++)
    cell = gtk_widget_get_next_sibling (cell);
  if (cell == NULL)
    return NULL;

  text = g_string_new (NULL);
  collect_text (cell, text);
  return g_string_free (text, FALSE);
}

gboolean
cn_comparison_view_row_differs (CnComparisonView *self,
                                const char       *row_id)
{
  GtkWidget *row = cn_comparison_view_get_row (self, row_id);

  return row != NULL && gtk_widget_has_css_class (row, "differs");
}
