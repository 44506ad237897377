/* cn-catalog-search.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The catalog's search side: which texts of a network or a benefit are
 * searched, the networks' index (built in parts on several processors), the
 * benefits' documents, and the benefit <-> network links they draw on. */

#include "config.h"

#include "cn-catalog-private.h"
#include "cn-parts.h"
#include "cn-pills.h"

/* Which networks deliver each benefit is stored once, on the networks;
 * the benefits' side is derived here. */
void
_cn_catalog_link_deliveries (CnCatalog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->networks));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->networks), i);

      for (guint j = 0; j < network->benefits->len; j++)
        {
          CnBenefitLink *link = &g_array_index (network->benefits, CnBenefitLink, j);
          CnDelivery delivery = { network, link->example };

          g_array_append_val (link->benefit->deliveries, delivery);
        }
    }
}

/* A network's searchable texts, for a document or straight for the index:
 * both must see the same texts. */
typedef void (*AddSearchText) (gpointer      builder,
                               CnSearchTier  tier,
                               const char   *text);

static void
add_to_doc (gpointer      builder,
            CnSearchTier  tier,
            const char   *text)
{
  cn_search_doc_builder_add (builder, tier, text);
}

static void
add_to_index (gpointer      builder,
              CnSearchTier  tier,
              const char   *text)
{
  cn_search_index_builder_add_text (builder, tier, text);
}

static void
add_all_languages (const CnText  *text,
                   CnSearchTier   tier,
                   AddSearchText  add,
                   gpointer       builder)
{
  /* Every language, whatever the UI language: a Hebrew speaker may type the
   * English name and the reverse. */
  for (guint i = 0; text != NULL && i < cn_text_get_n_values (text); i++)
    add (builder, tier, cn_text_get_nth (text, i, NULL));
}

static void
network_add_search_texts (CnNetwork     *network,
                          AddSearchText  add,
                          gpointer       builder)
{
  add_all_languages (network->name, CN_SEARCH_PRIMARY, add, builder);
  add (builder, CN_SEARCH_PRIMARY, network->acronym);
  for (guint j = 0; network->aliases[j] != NULL; j++)
    add (builder, CN_SEARCH_PRIMARY, network->aliases[j]);

  add_all_languages (network->summary, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->description, CN_SEARCH_SECONDARY, add, builder);
  for (guint j = 0; j < network->themes->len; j++)
    add_all_languages (((CnTerm *) g_ptr_array_index (network->themes, j))->label, CN_SEARCH_SECONDARY, add, builder);

  /* The words on the network's pills (status, kind, flags): what a row
   * shows can be typed to find it, in English and in the interface's
   * language. */
  {
    CnPill pills[CN_PILLS_MAX];
    guint n_pills = cn_network_get_pills (network, pills);

    for (guint j = 0; j < n_pills; j++)
      {
        if (pills[j].text != NULL)
          add_all_languages (pills[j].text, CN_SEARCH_SECONDARY, add, builder);
        else
          {
            add (builder, CN_SEARCH_SECONDARY, pills[j].msgid);
            if (g_strcmp0 (pills[j].label, pills[j].msgid) != 0)
              add (builder, CN_SEARCH_SECONDARY, pills[j].label);
          }
      }
  }
}

static CnSearchDoc *
network_search_doc_new (CnNetwork *network)
{
  CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

  network_add_search_texts (network, add_to_doc, builder);
  return cn_search_doc_builder_end (builder);
}

/* Indexing the networks is most of the work of loading a large catalog,
 * and a network's words do not depend on the others': above this many
 * networks, parts of the list are indexed on more than one processor, and
 * the parts joined in order. */
#define INDEX_PART_MIN 250

typedef struct
{
  CnNetwork            **networks;
  guint                  n;
  CnSearchIndexBuilder  *builder;
} IndexPart;

static void
index_part (gpointer data)
{
  IndexPart *part = data;

  part->builder = cn_search_index_builder_new ();
  for (guint i = 0; i < part->n; i++)
    {
      network_add_search_texts (part->networks[i], add_to_index, part->builder);
      cn_search_index_builder_end_record (part->builder);
    }
}

static CnSearchIndex *
build_network_index (CnCatalog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->networks));
  g_autoptr(GPtrArray) networks = g_ptr_array_new_full (n, g_object_unref);
  guint n_parts = cn_parts_count (n, INDEX_PART_MIN);
  IndexPart parts[CN_PARTS_MAX];
  CnPart *running[CN_PARTS_MAX] = { NULL, };
  CnSearchIndexBuilder *builder;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (networks, g_list_model_get_item (G_LIST_MODEL (self->networks), i));

  for (guint p = 0; p < n_parts; p++)
    {
      guint start = cn_parts_bound (n, p, n_parts);

      /* No networks, no array (and no pointer arithmetic on NULL). */
      parts[p].networks = n > 0 ? (CnNetwork **) networks->pdata + start : NULL;
      parts[p].n = cn_parts_bound (n, p + 1, n_parts) - start;
      parts[p].builder = NULL;
    }

  /* Parts 1 and on to other processors, part 0 here. */
  for (guint p = 1; p < n_parts; p++)
    running[p] = cn_part_start (index_part, &parts[p]);
  index_part (&parts[0]);
  builder = parts[0].builder;
  for (guint p = 1; p < n_parts; p++)
    {
      cn_part_join (running[p]);
      cn_search_index_builder_append (builder, parts[p].builder);
    }

  return cn_search_index_builder_end (builder);
}

void
_cn_catalog_build_search (CnCatalog *self)
{
  guint n;

  /* The networks' words go straight into the index, without documents:
   * kept, these would be the largest thing in memory (about the size of the
   * file), and the list searches through the index. The plain matcher
   * builds them when asked (cn_catalog_get_network_search_doc()). */
  self->network_index = build_network_index (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->benefits));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnBenefit) benefit = g_list_model_get_item (G_LIST_MODEL (self->benefits), i);
      CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

      add_all_languages (benefit->title, CN_SEARCH_PRIMARY, add_to_doc, builder);
      add_all_languages (benefit->summary, CN_SEARCH_SECONDARY, add_to_doc, builder);
      add_all_languages (benefit->explanation, CN_SEARCH_SECONDARY, add_to_doc, builder);
      add_all_languages (benefit->in_practice, CN_SEARCH_SECONDARY, add_to_doc, builder);
      for (guint j = 0; j < benefit->deliveries->len; j++)
        {
          CnDelivery *delivery = &g_array_index (benefit->deliveries, CnDelivery, j);

          add_all_languages (delivery->network->name, CN_SEARCH_SECONDARY, add_to_doc, builder);
          cn_search_doc_builder_add (builder, CN_SEARCH_SECONDARY, delivery->network->acronym);
          add_all_languages (delivery->example, CN_SEARCH_SECONDARY, add_to_doc, builder);
        }
      g_ptr_array_add (self->benefit_docs, cn_search_doc_builder_end (builder));
    }
}

const CnSearchDoc *
cn_catalog_get_network_search_doc (CnCatalog *self,
                                   guint      position)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->networks)), NULL);

  /* Built again on first use: only the plain matcher needs them (tests,
   * benchmarks), the list uses the index. */
  if (self->network_docs->len == 0)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->networks));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->networks), i);
          g_ptr_array_add (self->network_docs, network_search_doc_new (network));
        }
    }
  return g_ptr_array_index (self->network_docs, position);
}

const CnSearchDoc *
cn_catalog_get_benefit_search_doc (CnCatalog *self,
                                   guint      position)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->benefit_docs->len, NULL);
  return g_ptr_array_index (self->benefit_docs, position);
}

/**
 * cn_catalog_search_networks:
 * @ranks: (array): one slot per network (by position), set to its rank for
 *   @query or %CN_SEARCH_NO_MATCH
 *
 * Matches every network against @query through the catalog's index: the
 * same answers as cn_search_doc_match() on each network's document.
 *
 * Returns: the number of matching networks
 */
guint
cn_catalog_search_networks (CnCatalog           *self,
                            const CnSearchQuery *query,
                            int                 *ranks)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), 0);
  g_return_val_if_fail (query != NULL, 0);

  return cn_search_index_query (self->network_index, query, ranks);
}

