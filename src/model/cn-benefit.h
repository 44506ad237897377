/* cn-benefit.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cn-types.h"

G_BEGIN_DECLS

#define CN_TYPE_BENEFIT (cn_benefit_get_type ())

G_DECLARE_FINAL_TYPE (CnBenefit, cn_benefit, CN, BENEFIT, GObject)

/* One network that delivers a benefit, with the example that shows it. */
typedef struct
{
  CnNetwork    *network;  /* borrowed */
  const CnText *example;  /* borrowed from the network */
} CnDelivery;

guint             cn_benefit_get_position     (CnBenefit *self);
const char       *cn_benefit_get_id           (CnBenefit *self);
const CnText     *cn_benefit_get_title        (CnBenefit *self);
const CnText     *cn_benefit_get_summary      (CnBenefit *self);
const CnText     *cn_benefit_get_explanation  (CnBenefit *self);
const CnText     *cn_benefit_get_in_practice  (CnBenefit *self);
const CnDelivery *cn_benefit_get_deliveries   (CnBenefit *self,
                                               guint     *n_deliveries);
const CnSource   *cn_benefit_get_sources      (CnBenefit *self,
                                               guint     *n_sources);
const char       *cn_benefit_get_verified     (CnBenefit *self);

G_END_DECLS
