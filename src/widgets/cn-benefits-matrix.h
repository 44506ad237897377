/* cn-benefits-matrix.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-catalog.h"

G_BEGIN_DECLS

#define CN_TYPE_BENEFITS_MATRIX (cn_benefits_matrix_get_type ())

G_DECLARE_FINAL_TYPE (CnBenefitsMatrix, cn_benefits_matrix, CN, BENEFITS_MATRIX, GtkWidget)

void         cn_benefits_matrix_set_catalog      (CnBenefitsMatrix *self,
                                                  CnCatalog        *catalog);
void         cn_benefits_matrix_set_mode         (CnBenefitsMatrix *self,
                                                  const char       *mode);
const char  *cn_benefits_matrix_get_mode         (CnBenefitsMatrix *self);

/* For the tests: the grids as built ("benefits" or "themes"). */
GtkWidget   *cn_benefits_matrix_get_grid         (CnBenefitsMatrix *self,
                                                  const char       *mode);
guint        cn_benefits_matrix_get_n_columns    (CnBenefitsMatrix *self,
                                                  const char       *mode);
GtkWidget   *cn_benefits_matrix_get_cell         (CnBenefitsMatrix *self,
                                                  const char       *mode,
                                                  guint             row,
                                                  guint             column);
gboolean     cn_benefits_matrix_cell_is_marked   (GtkWidget        *cell);
const char  *cn_benefits_matrix_get_detail_text  (CnBenefitsMatrix *self);
const char  *cn_benefits_matrix_get_selected_network_id (CnBenefitsMatrix *self);

G_END_DECLS
