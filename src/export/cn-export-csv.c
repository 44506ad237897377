/* cn-export-csv.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Networks as CSV (RFC 4180) for a spreadsheet: one row per network, the
 * columns the README's "Exports" section documents. Codes (kind, status,
 * israel_can_join) stay in English so that formulas and filters work in
 * any language; names and texts are in the chosen language. */


#include "config.h"

#include <string.h>

#include "cn-export.h"
#include "cn-network.h"

static const char * const columns[] = {
  "id", "name", "acronym", "kind", "status", "founded", "israel_can_join", "cost",
  "size", "size_year", "themes", "regions", "website", "verified",
};

static const char *
kind_code (CnNetworkKind kind)
{
  switch (kind)
    {
    case CN_NETWORK_KIND_MEMBERSHIP_NETWORK: return "membership-network";
    case CN_NETWORK_KIND_PROGRAMME: return "programme";
    case CN_NETWORK_KIND_AWARD: return "award";
    case CN_NETWORK_KIND_POLICY_FRAMEWORK: return "policy-framework";
    case CN_NETWORK_KIND_INTERGOVERNMENTAL_ORGANISATION: return "intergovernmental-organisation";
    default: g_return_val_if_reached ("");
    }
}

static const char *
status_code (CnNetworkStatus status)
{
  switch (status)
    {
    case CN_NETWORK_STATUS_ACTIVE: return "active";
    case CN_NETWORK_STATUS_ENDED: return "ended";
    case CN_NETWORK_STATUS_RENAMED: return "renamed";
    case CN_NETWORK_STATUS_UNCONFIRMED: return "unconfirmed";
    default: g_return_val_if_reached ("");
    }
}

static const char *
eligibility_code (CnIsraelEligibility eligibility)
{
  switch (eligibility)
    {
    case CN_ISRAEL_ELIGIBILITY_YES: return "yes";
    case CN_ISRAEL_ELIGIBILITY_NO: return "no";
    case CN_ISRAEL_ELIGIBILITY_UNCLEAR: return "unclear";
    case CN_ISRAEL_ELIGIBILITY_PARTLY: return "partly";
    default: g_return_val_if_reached ("");
    }
}

static const char *
text_in (const CnText *text,
         const char   *language)
{
  const char *value;

  if (text == NULL)
    return "";
  value = cn_text_get_for_language (text, language);
  if (value == NULL)
    value = cn_text_get_for_language (text, "en");
  return value != NULL ? value : cn_text_get (text);
}

/* A field is quoted when it holds a comma, a quote or a line break, its
 * quotes doubled (RFC 4180, 2.6 and 2.7). */
static void
append_field (GString    *out,
              const char *value,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
join_terms (const CnTerm * const *terms,
            guint                 n_terms,
            const char           *language)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < n_terms; i++)
    {
      if (i > 0)
        g_string_append (joined, "; ");
      g_string_append (joined, text_in (terms[i]->label, language));
    }
  return g_string_free (joined, FALSE);
}

static char *
number_or_empty (int value)
{
  return value != 0 ? g_strdup_printf ("%d", value) : g_strdup ("");
}

/**
 * cn_export_csv:
 * @networks: (array length=n_networks): any list of networks, such as the
 *   window's list as searched and filtered
 * @language: the language of names and texts; English where a text has
 *   no value in it
 *
 * Returns: (transfer full): the CSV file: UTF-8 with a byte-order mark (so
 *   that spreadsheet programs read Hebrew right), CRLF line ends, a header
 *   row, then one row per network
 */
GBytes *
cn_export_csv (CnNetwork * const *networks,
               guint              n_networks,
               const char        *language)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    append_field (out, columns[i], i == 0);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < n_networks; i++)
    {
      CnNetwork *network = networks[i];
      g_autofree char *founded = number_or_empty (cn_network_get_founded (network));
      g_autofree char *size_year = number_or_empty (cn_network_get_size_year (network));
      g_autofree char *themes = NULL, *regions = NULL;
      const CnTerm * const *terms;
      guint n;

      terms = cn_network_get_themes (network, &n);
      themes = join_terms (terms, n, language);
      terms = cn_network_get_regions (network, &n);
      regions = join_terms (terms, n, language);

      append_field (out, cn_network_get_id (network), TRUE);
      append_field (out, text_in (cn_network_get_name (network), language), FALSE);
      append_field (out, cn_network_get_acronym (network), FALSE);
      append_field (out, kind_code (cn_network_get_kind (network)), FALSE);
      append_field (out, status_code (cn_network_get_status (network)), FALSE);
      append_field (out, founded, FALSE);
      append_field (out, eligibility_code (cn_network_get_israel_eligibility (network)), FALSE);
      append_field (out, text_in (cn_network_get_cost (network), language), FALSE);
      append_field (out, text_in (cn_network_get_size (network), language), FALSE);
      append_field (out, size_year, FALSE);
      append_field (out, themes, FALSE);
      append_field (out, regions, FALSE);
      append_field (out, cn_network_get_website (network), FALSE);
      append_field (out, cn_network_get_verified (network), FALSE);
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (out);
}
