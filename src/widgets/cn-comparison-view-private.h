/* cn-comparison-view-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* What the comparison view shares with its row builders: the widget's
 * struct, and the functions that build rows. Only cn-comparison-view.c
 * and cn-comparison-rows.c include this.
 *
 *   cn-comparison-view.c  the widget, its template, the order of the rows
 *   cn-comparison-rows.c  the cells, and what each row shows
 */

#include <gtk/gtk.h>

#include "cn-comparison-view.h"

G_BEGIN_DECLS

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

/* Fills one network's cell of a row, and returns the value the row
 * compares by (or NULL). */
typedef char *(*CellFiller) (GtkWidget *cell,
                             CnNetwork *network,
                             gpointer   data);

void  _cn_comparison_build_row      (CnComparisonView *self,
                                     guint             index,
                                     const char       *id,
                                     const char       *title,
                                     CellFiller        fill,
                                     gpointer          data);
void  _cn_comparison_add_header_row (CnComparisonView *self);

/* The rows' fill functions (a CellFiller each); @data is a CnBenefit for
 * _cn_comparison_fill_benefit, otherwise unused. */
char *_cn_comparison_fill_kind        (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_status      (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_founded     (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_eligibility (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_israel      (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_fee         (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_commitments (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_reporting   (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_size        (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_themes      (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_benefit     (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_website     (GtkWidget *cell, CnNetwork *network, gpointer data);
char *_cn_comparison_fill_verified    (GtkWidget *cell, CnNetwork *network, gpointer data);

G_END_DECLS
