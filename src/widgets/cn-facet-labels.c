/* cn-facet-labels.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The words for the facets and their values, shared by the filters'
 * popover, the chips of the active filters and the list's empty state.
 * Themes and regions are named by the catalog's vocabularies; the other
 * facets' values are the interface's own words. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-facet-labels.h"
#include "cn-labels.h"

const char *
cn_facet_label (CnFacet facet)
{
  switch (facet)
    {
    case CN_FACET_THEME:
      return _("Theme");
    case CN_FACET_REGION:
      return _("Region");
    case CN_FACET_KIND:
      return _("Kind");
    case CN_FACET_STATUS:
      return _("Status");
    case CN_FACET_ISRAEL:
      return _("Open to Israeli authorities");
    case CN_FACET_FEE:
      return _("Membership fee");
    case CN_N_FACETS:
    default:
      g_return_val_if_reached ("");
    }
}

/* The fixed vocabularies, by the value ids cn-facets.c gives them. */
static const char *
fixed_value_label (CnFacet     facet,
                   const char *id)
{
  static const struct {
    CnFacet     facet;
    const char *id;
    const char *label;
  } labels[] = {
    { CN_FACET_STATUS, "active", N_("Active") },
    { CN_FACET_STATUS, "ended", N_("Ended") },
    { CN_FACET_STATUS, "unknown", N_("Not confirmed") },
    { CN_FACET_ISRAEL, "yes", N_("Yes") },
    { CN_FACET_ISRAEL, "partly", N_("Partly") },
    { CN_FACET_ISRAEL, "no", N_("No") },
    { CN_FACET_ISRAEL, "unknown", N_("Not confirmed") },
    { CN_FACET_FEE, "none", N_("No fee") },
    { CN_FACET_FEE, "fee", N_("Fee") },
    { CN_FACET_FEE, "not-applicable", N_("Not applicable") },
    { CN_FACET_FEE, "unknown", N_("Unknown") },
  };
  static const struct {
    const char    *id;
    CnNetworkKind  kind;
  } kinds[] = {
    { "membership-network", CN_NETWORK_KIND_MEMBERSHIP_NETWORK },
    { "programme", CN_NETWORK_KIND_PROGRAMME },
    { "award", CN_NETWORK_KIND_AWARD },
    { "policy-framework", CN_NETWORK_KIND_POLICY_FRAMEWORK },
    { "intergovernmental-organisation", CN_NETWORK_KIND_INTERGOVERNMENTAL_ORGANISATION },
  };

  if (facet == CN_FACET_KIND)
    {
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (g_str_equal (kinds[i].id, id))
          return cn_kind_label (kinds[i].kind);
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        if (labels[i].facet == facet && g_str_equal (labels[i].id, id))
          return _(labels[i].label);
    }
  g_return_val_if_reached (id);
}

/**
 * cn_facet_value_label:
 *
 * Returns: the name of a facet's value, as the user reads it (plain text)
 */
const char *
cn_facet_value_label (CnFacets *facets,
                      CnFacet   facet,
                      guint     value)
{
  const CnTerm *term;

  g_return_val_if_fail (CN_IS_FACETS (facets), "");

  term = cn_facets_get_value_term (facets, facet, value);
  if (term != NULL)
    return cn_text_get (term->label);
  return fixed_value_label (facet, cn_facets_get_value_id (facets, facet, value));
}

/**
 * cn_facet_dup_filter_label:
 *
 * Returns: (transfer full): a chosen value with its facet, "Theme: Energy"
 */
char *
cn_facet_dup_filter_label (CnFacets *facets,
                           CnFacet   facet,
                           guint     value)
{
  /* Translators: an active filter, "Theme: Energy"; the first %s is the
   * facet, the second its value */
  return g_strdup_printf (_("%s: %s"), cn_facet_label (facet), cn_facet_value_label (facets, facet, value));
}
