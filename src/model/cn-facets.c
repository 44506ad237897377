/* cn-facets.c — filters by theme, region, kind, status, Israeli eligibility
 * and fee, and how many networks each value would leave
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Values combine with OR inside a facet and with AND across facets and with
 * the search. Each network's values are kept as one 64-bit mask per facet,
 * so matching is a few ANDs and counting every value of every facet is one
 * pass over the networks: a network that passes all facets counts for each
 * of its values; one that fails exactly one facet counts only for that
 * facet's values (choosing one of them would let it in); one that fails two
 * counts for nothing. At 100 000 networks that is a few milliseconds.
 */

#include "config.h"

#include <string.h>

#include "cn-catalog.h"
#include "cn-facets.h"
#include "cn-search.h"

typedef struct
{
  CnFacet facet;
  guint   value;
} Selection;

struct _CnFacets
{
  GObject     parent_instance;

  GPtrArray  *values[CN_N_FACETS];     /* value ids (char *, borrowed or static) */
  GPtrArray  *terms[CN_N_FACETS];      /* const CnTerm * for themes and regions */
  guint64    *masks;                   /* n_networks × CN_N_FACETS */
  guint       n_networks;
  guint64     selected[CN_N_FACETS];
  GArray     *order;                   /* Selection, in the order chosen */
};

G_DEFINE_FINAL_TYPE (CnFacets, cn_facets, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const facet_ids[CN_N_FACETS] = {
  "theme", "region", "kind", "status", "israel", "fee",
};

/* The fixed vocabularies, in the order the filters show them. */
static const char * const kind_values[] = {
  "membership-network", "programme", "award", "policy-framework", "intergovernmental-organisation",
};
static const char * const status_values[] = { "active", "ended", "unknown" };
static const char * const israel_values[] = { "yes", "partly", "no", "unknown" };
static const char * const fee_values[] = { "none", "fee", "not-applicable", "unknown" };

const char *
cn_facet_get_id (CnFacet facet)
{
  g_return_val_if_fail (facet < CN_N_FACETS, NULL);
  return facet_ids[facet];
}

guint
cn_facets_count_index (CnFacet facet,
                       guint   value)
{
  return facet * CN_FACET_MAX_VALUES + value;
}

static guint
kind_value (CnNetworkKind kind)
{
  switch (kind)
    {
    case CN_NETWORK_KIND_MEMBERSHIP_NETWORK: return 0;
    case CN_NETWORK_KIND_PROGRAMME: return 1;
    case CN_NETWORK_KIND_AWARD: return 2;
    case CN_NETWORK_KIND_POLICY_FRAMEWORK: return 3;
    case CN_NETWORK_KIND_INTERGOVERNMENTAL_ORGANISATION: return 4;
    default: g_assert_not_reached ();
    }
}

static guint
status_value (CnNetworkStatus status)
{
  switch (status)
    {
    case CN_NETWORK_STATUS_ACTIVE: return 0;
    /* Renamed: ended under the name the record carries. */
    case CN_NETWORK_STATUS_ENDED:
    case CN_NETWORK_STATUS_RENAMED: return 1;
    case CN_NETWORK_STATUS_UNCONFIRMED: return 2;
    default: g_assert_not_reached ();
    }
}

static guint
israel_value (CnIsraelEligibility eligibility)
{
  switch (eligibility)
    {
    case CN_ISRAEL_ELIGIBILITY_YES: return 0;
    case CN_ISRAEL_ELIGIBILITY_PARTLY: return 1;
    case CN_ISRAEL_ELIGIBILITY_NO: return 2;
    case CN_ISRAEL_ELIGIBILITY_UNCLEAR: return 3;
    default: g_assert_not_reached ();
    }
}

static guint
fee_value (CnFeeStatus fee)
{
  switch (fee)
    {
    case CN_FEE_NONE: return 0;
    case CN_FEE_PAID: return 1;
    /* Only states can join GGGI: a local authority's fee does not apply. */
    case CN_FEE_NOT_APPLICABLE: return 2;
    case CN_FEE_UNKNOWN: return 3;
    default: g_assert_not_reached ();
    }
}

static void
add_fixed (CnFacets           *self,
           CnFacet             facet,
           const char * const *values,
           guint               n_values)
{
  for (guint i = 0; i < n_values; i++)
    g_ptr_array_add (self->values[facet], (gpointer) values[i]);
}

/* Adds a term's id as a value the first time it is seen; returns its bit. */
static guint64
term_bit (CnFacets     *self,
          CnFacet       facet,
          GHashTable   *seen,
          const CnTerm *term)
{
  gpointer found;

  if (!g_hash_table_lookup_extended (seen, term->id, NULL, &found))
    {
      if (self->values[facet]->len >= CN_FACET_MAX_VALUES)
        return 0;
      found = GUINT_TO_POINTER (self->values[facet]->len);
      g_ptr_array_add (self->values[facet], term->id);
      g_ptr_array_add (self->terms[facet], (gpointer) term);
      g_hash_table_insert (seen, term->id, found);
    }
  return G_GUINT64_CONSTANT (1) << GPOINTER_TO_UINT (found);
}

static void
cn_facets_finalize (GObject *object)
{
  CnFacets *self = CN_FACETS (object);

  for (guint f = 0; f < CN_N_FACETS; f++)
    {
      g_clear_pointer (&self->values[f], g_ptr_array_unref);
      g_clear_pointer (&self->terms[f], g_ptr_array_unref);
    }
  g_clear_pointer (&self->masks, g_free);
  g_clear_pointer (&self->order, g_array_unref);

  G_OBJECT_CLASS (cn_facets_parent_class)->finalize (object);
}

static void
cn_facets_class_init (CnFacetsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cn_facets_finalize;

  /* The selection changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cn_facets_init (CnFacets *self)
{
  for (guint f = 0; f < CN_N_FACETS; f++)
    {
      self->values[f] = g_ptr_array_new ();
      self->terms[f] = g_ptr_array_new ();
    }
  self->order = g_array_new (FALSE, FALSE, sizeof (Selection));
}

/**
 * cn_facets_new:
 *
 * Reads every network's values once. Themes and regions take their values
 * from the networks, in the order first met (the dataset's order); the other
 * facets have fixed vocabularies.
 */
CnFacets *
cn_facets_new (CnCatalog *catalog)
{
  CnFacets *self;
  GListModel *networks;
  g_autoptr(GHashTable) themes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) regions = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (CN_IS_CATALOG (catalog), NULL);

  self = g_object_new (CN_TYPE_FACETS, NULL);
  add_fixed (self, CN_FACET_KIND, kind_values, G_N_ELEMENTS (kind_values));
  add_fixed (self, CN_FACET_STATUS, status_values, G_N_ELEMENTS (status_values));
  add_fixed (self, CN_FACET_ISRAEL, israel_values, G_N_ELEMENTS (israel_values));
  add_fixed (self, CN_FACET_FEE, fee_values, G_N_ELEMENTS (fee_values));

  networks = cn_catalog_get_networks (catalog);
  self->n_networks = g_list_model_get_n_items (networks);
  self->masks = g_new0 (guint64, (gsize) self->n_networks * CN_N_FACETS);

  for (guint i = 0; i < self->n_networks; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (networks, i);
      guint64 *mask = self->masks + (gsize) i * CN_N_FACETS;
      const CnTerm * const *terms;
      guint n;

      terms = cn_network_get_themes (network, &n);
      for (guint t = 0; t < n; t++)
        mask[CN_FACET_THEME] |= term_bit (self, CN_FACET_THEME, themes, terms[t]);
      terms = cn_network_get_regions (network, &n);
      for (guint t = 0; t < n; t++)
        mask[CN_FACET_REGION] |= term_bit (self, CN_FACET_REGION, regions, terms[t]);

      mask[CN_FACET_KIND] = G_GUINT64_CONSTANT (1) << kind_value (cn_network_get_kind (network));
      mask[CN_FACET_STATUS] = G_GUINT64_CONSTANT (1) << status_value (cn_network_get_status (network));
      mask[CN_FACET_ISRAEL] = G_GUINT64_CONSTANT (1) << israel_value (cn_network_get_israel_eligibility (network));
      mask[CN_FACET_FEE] = G_GUINT64_CONSTANT (1) << fee_value (cn_network_get_fee_status (network));
    }

  return self;
}

guint
cn_facets_get_n_values (CnFacets *self,
                        CnFacet   facet)
{
  g_return_val_if_fail (CN_IS_FACETS (self), 0);
  g_return_val_if_fail (facet < CN_N_FACETS, 0);
  return self->values[facet]->len;
}

const char *
cn_facets_get_value_id (CnFacets *self,
                        CnFacet   facet,
                        guint     value)
{
  g_return_val_if_fail (CN_IS_FACETS (self), NULL);
  g_return_val_if_fail (facet < CN_N_FACETS, NULL);
  g_return_val_if_fail (value < self->values[facet]->len, NULL);
  return g_ptr_array_index (self->values[facet], value);
}

/* The vocabulary term (id and label) of a theme or region value; NULL for
 * the facets whose labels are the interface's own. */
const CnTerm *
cn_facets_get_value_term (CnFacets *self,
                          CnFacet   facet,
                          guint     value)
{
  g_return_val_if_fail (CN_IS_FACETS (self), NULL);
  g_return_val_if_fail (facet < CN_N_FACETS, NULL);

  if (value >= self->terms[facet]->len)
    return NULL;
  return g_ptr_array_index (self->terms[facet], value);
}

int
cn_facets_find_value (CnFacets   *self,
                      CnFacet     facet,
                      const char *value_id)
{
  g_return_val_if_fail (CN_IS_FACETS (self), -1);
  g_return_val_if_fail (facet < CN_N_FACETS, -1);

  for (guint i = 0; i < self->values[facet]->len; i++)
    if (g_str_equal (g_ptr_array_index (self->values[facet], i), value_id))
      return (int) i;
  return -1;
}

gboolean
cn_facets_network_has (CnFacets *self,
                       guint     position,
                       CnFacet   facet,
                       guint     value)
{
  g_return_val_if_fail (CN_IS_FACETS (self), FALSE);
  g_return_val_if_fail (position < self->n_networks && facet < CN_N_FACETS, FALSE);
  return (self->masks[(gsize) position * CN_N_FACETS + facet] >> value) & 1;
}

void
cn_facets_set_selected (CnFacets *self,
                        CnFacet   facet,
                        guint     value,
                        gboolean  selected)
{
  guint64 bit;

  g_return_if_fail (CN_IS_FACETS (self));
  g_return_if_fail (facet < CN_N_FACETS);
  g_return_if_fail (value < self->values[facet]->len);

  bit = G_GUINT64_CONSTANT (1) << value;
  if (!!(self->selected[facet] & bit) == !!selected)
    return;

  if (selected)
    {
      Selection selection = { facet, value };

      self->selected[facet] |= bit;
      g_array_append_val (self->order, selection);
    }
  else
    {
      self->selected[facet] &= ~bit;
      for (guint i = 0; i < self->order->len; i++)
        {
          Selection *s = &g_array_index (self->order, Selection, i);

          if (s->facet == facet && s->value == value)
            {
              g_array_remove_index (self->order, i);
              break;
            }
        }
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
cn_facets_get_selected (CnFacets *self,
                        CnFacet   facet,
                        guint     value)
{
  g_return_val_if_fail (CN_IS_FACETS (self), FALSE);
  g_return_val_if_fail (facet < CN_N_FACETS && value < CN_FACET_MAX_VALUES, FALSE);
  return (self->selected[facet] >> value) & 1;
}

gboolean
cn_facets_is_active (CnFacets *self)
{
  g_return_val_if_fail (CN_IS_FACETS (self), FALSE);
  return self->order->len > 0;
}

guint
cn_facets_get_n_selected (CnFacets *self)
{
  g_return_val_if_fail (CN_IS_FACETS (self), 0);
  return self->order->len;
}

/* The @n-th value chosen, in the order the user chose them: the last one is
 * what "Remove the last filter" takes away. */
gboolean
cn_facets_get_nth_selected (CnFacets *self,
                            guint     n,
                            CnFacet  *facet,
                            guint    *value)
{
  Selection *s;

  g_return_val_if_fail (CN_IS_FACETS (self), FALSE);

  if (n >= self->order->len)
    return FALSE;
  s = &g_array_index (self->order, Selection, n);
  if (facet != NULL)
    *facet = s->facet;
  if (value != NULL)
    *value = s->value;
  return TRUE;
}

void
cn_facets_clear (CnFacets *self)
{
  g_return_if_fail (CN_IS_FACETS (self));

  if (self->order->len == 0)
    return;
  memset (self->selected, 0, sizeof self->selected);
  g_array_set_size (self->order, 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Which facets the network at @mask fails: bit f set when facet f has a
 * selection and none of the network's values is selected. */
static inline guint
failing_facets (const guint64 *selected,
                const guint64 *mask)
{
  guint failing = 0;

  for (guint f = 0; f < CN_N_FACETS; f++)
    if (selected[f] != 0 && (selected[f] & mask[f]) == 0)
      failing |= 1u << f;
  return failing;
}

gboolean
cn_facets_match (CnFacets *self,
                 guint     position)
{
  g_return_val_if_fail (CN_IS_FACETS (self), FALSE);

  if (position >= self->n_networks)
    return FALSE;
  return failing_facets (self->selected, self->masks + (gsize) position * CN_N_FACETS) == 0;
}

static inline void
add_bits (guint   *counts,
          guint64  bits)
{
  while (bits != 0)
    {
      counts[__builtin_ctzll (bits)]++;
      bits &= bits - 1;
    }
}

/**
 * cn_facets_count:
 * @ranks: (nullable): the search's rank per position, %CN_SEARCH_NO_MATCH
 *   for networks the search leaves out; %NULL when there is no search
 * @counts: (out caller-allocates): %CN_N_FACETS × %CN_FACET_MAX_VALUES
 *   counts, indexed by cn_facets_count_index()
 *
 * For each value of each facet, how many networks the list would show if
 * that value were chosen too, given the search and the other facets'
 * choices. For a value already chosen, that is how many it contributes.
 */
void
cn_facets_count (CnFacets  *self,
                 const int *ranks,
                 guint      n_ranks,
                 guint     *counts)
{
  g_return_if_fail (CN_IS_FACETS (self));
  g_return_if_fail (counts != NULL);

  memset (counts, 0, sizeof (guint) * CN_N_FACETS * CN_FACET_MAX_VALUES);

  for (guint i = 0; i < self->n_networks; i++)
    {
      const guint64 *mask = self->masks + (gsize) i * CN_N_FACETS;
      guint failing;

      if (ranks != NULL && (i >= n_ranks || ranks[i] == CN_SEARCH_NO_MATCH))
        continue;

      failing = failing_facets (self->selected, mask);
      if (failing == 0)
        {
          for (guint f = 0; f < CN_N_FACETS; f++)
            add_bits (counts + f * CN_FACET_MAX_VALUES, mask[f]);
        }
      else if ((failing & (failing - 1)) == 0)
        {
          guint f = (guint) __builtin_ctz (failing);

          add_bits (counts + f * CN_FACET_MAX_VALUES, mask[f]);
        }
    }
}
