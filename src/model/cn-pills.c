/* cn-pills.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-network.h"
#include "cn-pills.h"

static void
add_word (CnPill     *pills,
          guint      *n,
          CnPillType  type,
          const char *id,
          const char *label,
          const char *msgid)
{
  if (*n < CN_PILLS_MAX)
    pills[(*n)++] = (CnPill) { type, id, label, msgid, NULL };
}

/**
 * cn_network_get_pills:
 * @pills: (out caller-allocates): filled with the network's pills, which
 *   point into the network and the translations (nothing to free)
 *
 * Returns: how many pills @network has, status first, then kind, then the
 *   flags in the dataset's order
 */
guint
cn_network_get_pills (CnNetwork *network,
                      CnPill     pills[CN_PILLS_MAX])
{
  guint n = 0, n_flags;
  const CnTerm * const *flags;

  g_return_val_if_fail (CN_IS_NETWORK (network), 0);

  flags = cn_network_get_flags (network, &n_flags);

  switch (cn_network_get_status (network))
    {
    case CN_NETWORK_STATUS_ENDED:
      /* Translators: a small marker on a network that no longer runs */
      add_word (pills, &n, CN_PILL_STATUS, "ended", C_("status", "Ended"), "Ended");
      break;
    case CN_NETWORK_STATUS_RENAMED:
      /* Translators: a small marker on a network that continues under another name */
      add_word (pills, &n, CN_PILL_STATUS, "renamed", C_("status", "Renamed"), "Renamed");
      break;
    case CN_NETWORK_STATUS_UNCONFIRMED:
      /* Translators: a small marker on a network whose current activity the sources do not confirm */
      add_word (pills, &n, CN_PILL_STATUS, "unconfirmed", C_("status", "Activity unconfirmed"), "Activity unconfirmed");
      break;
    case CN_NETWORK_STATUS_ACTIVE:
    default:
      break;
    }

  /* The same words as the kind in the detail's facts line. A competition
   * flag already says what "Award or competition" would. */
  switch (cn_network_get_kind (network))
    {
    case CN_NETWORK_KIND_PROGRAMME:
      add_word (pills, &n, CN_PILL_KIND, "programme", _("Programme"), N_("Programme"));
      break;
    case CN_NETWORK_KIND_AWARD:
      if (!cn_network_has_flag (network, "competition"))
        add_word (pills, &n, CN_PILL_KIND, "award", _("Award or competition"), N_("Award or competition"));
      break;
    case CN_NETWORK_KIND_POLICY_FRAMEWORK:
      add_word (pills, &n, CN_PILL_KIND, "policy-framework", _("Policy framework"), N_("Policy framework"));
      break;
    case CN_NETWORK_KIND_INTERGOVERNMENTAL_ORGANISATION:
      add_word (pills, &n, CN_PILL_KIND, "intergovernmental-organisation", _("Intergovernmental organisation"),
                N_("Intergovernmental organisation"));
      break;
    case CN_NETWORK_KIND_MEMBERSHIP_NETWORK:
    default:
      break;
    }

  for (guint i = 0; i < n_flags && n < CN_PILLS_MAX; i++)
    pills[n++] = (CnPill) { CN_PILL_FLAG, flags[i]->id, cn_text_get (flags[i]->label), NULL, flags[i]->label };

  return n;
}
