/* cn-comparison-rows.c — the rows and cells of the comparison table
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Builds one row of CnComparisonView's table: its cells (a box in a clamp,
 * with wrapping labels), the header cell with its "Differs" mark, and what
 * each row shows for one network (the fill functions, which also return
 * the value the row compares by). The header row of network names is
 * here too. The widget that orders and schedules the rows is in
 * cn-comparison-view.c. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-clamp.h"
#include "cn-comparison-view-private.h"
#include "cn-data-label.h"
#include "cn-export-i18n.h"
#include "cn-labels.h"
#include "cn-widget-util.h"

/* What a cell's label asks for, less than any column's width. Not less:
 * a wrapping label's smallest width is a layout with a line for every
 * character, and a hundred long texts laid out that way took seconds. */
#define MEASURE_CHARS 14

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

char *
_cn_comparison_fill_kind (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  add_text (cell, cn_kind_label (cn_network_get_kind (network)), NULL);
  return g_strdup_printf ("%d", cn_network_get_kind (network));
}

char *
_cn_comparison_fill_status (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  g_autofree char *text = status_text (network);

  add_text (cell, text, NULL);
  if (cn_network_get_status_note (network) != NULL)
    add_data (cell, cn_network_get_status_note (network), "dim-label");
  return g_strdup_printf ("%d", cn_network_get_status (network));
}

char *
_cn_comparison_fill_founded (GtkWidget *cell, CnNetwork *network, gpointer data)
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

char *
_cn_comparison_fill_eligibility (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  return fill_text (cell, cn_network_get_eligibility (network));
}

char *
_cn_comparison_fill_israel (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  CnIsraelEligibility eligibility = cn_network_get_israel_eligibility (network);
  add_text (cell, cn_eligibility_label (eligibility), "eligibility");
  if (cn_network_get_israel_eligibility_note (network) != NULL)
    add_data (cell, cn_network_get_israel_eligibility_note (network), "dim-label");
  return g_strdup_printf ("%d", eligibility);
}

char *
_cn_comparison_fill_fee (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  g_autofree char *fee = fee_text (network);
  const CnText *amount = cn_network_get_fee_amount (network);

  add_text (cell, fee, NULL);
  if (cn_network_get_cost (network) != NULL)
    add_data (cell, cn_network_get_cost (network), "dim-label");
  return g_strdup_printf ("%d:%s", cn_network_get_fee_status (network), amount ? cn_text_get (amount) : "");
}

char *
_cn_comparison_fill_commitments (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  return fill_text (cell, cn_network_get_commitments (network));
}

char *
_cn_comparison_fill_reporting (GtkWidget *cell, CnNetwork *network, gpointer data)
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

char *
_cn_comparison_fill_size (GtkWidget *cell, CnNetwork *network, gpointer data)
{
  char *key = fill_text (cell, cn_network_get_size (network));

  if (cn_network_get_size (network) != NULL && cn_network_get_size_year (network) != 0)
    {
      g_autofree char *year = g_strdup_printf (_("Figure from %d"), cn_network_get_size_year (network));
      add_text (cell, year, "dim-label");
    }
  return key;
}

char *
_cn_comparison_fill_themes (GtkWidget *cell, CnNetwork *network, gpointer data)
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

char *
_cn_comparison_fill_benefit (GtkWidget *cell, CnNetwork *network, gpointer data)
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

char *
_cn_comparison_fill_website (GtkWidget *cell, CnNetwork *network, gpointer data)
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

char *
_cn_comparison_fill_verified (GtkWidget *cell, CnNetwork *network, gpointer data)
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

void
_cn_comparison_build_row (CnComparisonView *self,
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

static void
remove_clicked_cb (GtkButton        *button,
                   CnComparisonView *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "cn-network-id");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.toggle-compare", "s", id);
}

void
_cn_comparison_add_header_row (CnComparisonView *self)
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
