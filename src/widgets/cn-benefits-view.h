/* cn-benefits-view.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cn-benefits-matrix.h"
#include "cn-catalog.h"

G_BEGIN_DECLS

#define CN_TYPE_BENEFITS_VIEW (cn_benefits_view_get_type ())

G_DECLARE_FINAL_TYPE (CnBenefitsView, cn_benefits_view, CN, BENEFITS_VIEW, GtkWidget)

GtkWidget  *cn_benefits_view_new                    (void);
void        cn_benefits_view_set_catalog            (CnBenefitsView *self,
                                                     CnCatalog      *catalog);
void        cn_benefits_view_set_search_text        (CnBenefitsView *self,
                                                     const char     *text);
gboolean    cn_benefits_view_select_benefit         (CnBenefitsView *self,
                                                     const char     *id);
CnBenefit  *cn_benefits_view_get_selected           (CnBenefitsView *self);
GPtrArray  *cn_benefits_view_dup_listed_network_ids (CnBenefitsView *self);
guint       cn_benefits_view_get_n_visible          (CnBenefitsView *self);

void         cn_benefits_view_set_mode              (CnBenefitsView *self,
                                                     const char     *mode);
CnBenefitsMatrix *cn_benefits_view_get_matrix       (CnBenefitsView *self);

G_END_DECLS
