/* cn-network.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cn-types.h"

G_BEGIN_DECLS

#define CN_TYPE_NETWORK (cn_network_get_type ())

G_DECLARE_FINAL_TYPE (CnNetwork, cn_network, CN, NETWORK, GObject)

guint                cn_network_get_position            (CnNetwork   *self);
const char          *cn_network_get_id                  (CnNetwork   *self);
const CnText        *cn_network_get_name                (CnNetwork   *self);
const char          *cn_network_get_acronym             (CnNetwork   *self);
const char * const  *cn_network_get_aliases             (CnNetwork   *self);
CnNetworkKind        cn_network_get_kind                (CnNetwork   *self);
CnNetworkStatus      cn_network_get_status              (CnNetwork   *self);
int                  cn_network_get_status_year         (CnNetwork   *self);
const CnText        *cn_network_get_status_note         (CnNetwork   *self);
const CnText        *cn_network_get_successor_name      (CnNetwork   *self);
const char          *cn_network_get_successor_website   (CnNetwork   *self);
CnNetwork           *cn_network_get_successor           (CnNetwork   *self);
int                  cn_network_get_founded             (CnNetwork   *self);
const CnText        *cn_network_get_founders            (CnNetwork   *self);
const CnText        *cn_network_get_secretariat         (CnNetwork   *self);
const CnText        *cn_network_get_summary             (CnNetwork   *self);
const CnText        *cn_network_get_description         (CnNetwork   *self);
const CnText        *cn_network_get_eligibility         (CnNetwork   *self);
CnIsraelEligibility  cn_network_get_israel_eligibility  (CnNetwork   *self);
const CnText        *cn_network_get_israel_eligibility_note (CnNetwork *self);
const CnText        *cn_network_get_cost                (CnNetwork   *self);
const CnText        *cn_network_get_commitments         (CnNetwork   *self);
const CnText        *cn_network_get_size                (CnNetwork   *self);
int                  cn_network_get_size_year           (CnNetwork   *self);
const CnTerm * const*cn_network_get_themes              (CnNetwork   *self,
                                                         guint       *n_themes);
const CnTerm * const*cn_network_get_regions             (CnNetwork   *self,
                                                         guint       *n_regions);
const CnProgramme   *cn_network_get_programmes          (CnNetwork   *self,
                                                         guint       *n_programmes);
const CnBenefitLink *cn_network_get_benefits            (CnNetwork   *self,
                                                         guint       *n_benefits);
const CnDatedText   *cn_network_get_israel              (CnNetwork   *self,
                                                         guint       *n_israel);
const CnText        *cn_network_get_unconfirmed         (CnNetwork   *self);
const char          *cn_network_get_website             (CnNetwork   *self);
const CnSource      *cn_network_get_sources             (CnNetwork   *self,
                                                         guint       *n_sources);
const char          *cn_network_get_verified            (CnNetwork   *self);

/* What an authority needs to decide: what the guide said, a short name,
 * the fee, flags, who may apply, what membership asks, how to join and
 * the dated calls. NULL, 0 or empty where the record does not say. */
const CnText        *cn_network_get_guide               (CnNetwork   *self);
const CnText        *cn_network_get_short_name          (CnNetwork   *self);
CnFeeStatus          cn_network_get_fee_status          (CnNetwork   *self);
const CnText        *cn_network_get_fee_amount          (CnNetwork   *self);
int                  cn_network_get_fee_year            (CnNetwork   *self);
const CnSource      *cn_network_get_fee_sources         (CnNetwork   *self,
                                                         guint       *n_sources);
const CnTerm * const*cn_network_get_flags               (CnNetwork   *self,
                                                         guint       *n_flags);
gboolean             cn_network_has_flag                (CnNetwork   *self,
                                                         const char  *flag_id);
const CnEligibilityConditions *
                     cn_network_get_eligibility_conditions (CnNetwork *self);
const CnCommitmentStep *
                     cn_network_get_commitment_steps    (CnNetwork   *self,
                                                         guint       *n_steps);
const CnHowToJoin   *cn_network_get_how_to_join         (CnNetwork   *self);
const CnCall        *cn_network_get_calls               (CnNetwork   *self,
                                                         guint       *n_calls);

G_END_DECLS
