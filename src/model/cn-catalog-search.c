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
add_programmes (GArray        *programmes,
                AddSearchText  add,
                gpointer       builder)
{
  for (guint j = 0; j < programmes->len; j++)
    {
      CnProgramme *programme = &g_array_index (programmes, CnProgramme, j);

      add_all_languages (programme->name, CN_SEARCH_PROGRAMMES, add, builder);
      add_all_languages (programme->description, CN_SEARCH_PROGRAMMES, add, builder);
    }
}

/* The fields a network is found by, each with its weight (cn-search.h;
 * README.md, "Search"): the more a field says what the network is, the
 * higher. @case_texts: the texts of case-study sections, achievements and
 * events that name the network (CnText*, borrowed), or %NULL. */
static void
network_add_search_texts (CnNetwork     *network,
                          GPtrArray     *case_texts,
                          AddSearchText  add,
                          gpointer       builder)
{
  add_all_languages (network->name, CN_SEARCH_PRIMARY, add, builder);
  add_all_languages (network->short_name, CN_SEARCH_PRIMARY, add, builder);
  add (builder, CN_SEARCH_PRIMARY, network->acronym);
  for (guint j = 0; network->aliases[j] != NULL; j++)
    add (builder, CN_SEARCH_PRIMARY, network->aliases[j]);

  add_all_languages (network->summary, CN_SEARCH_SUMMARY, add, builder);

  for (guint j = 0; j < network->themes->len; j++)
    add_all_languages (((CnTerm *) g_ptr_array_index (network->themes, j))->label, CN_SEARCH_THEMES, add, builder);

  /* The words on the network's pills (status, kind, flags): what a row
   * shows can be typed to find it, in English and in the interface's
   * language; weighed as themes, above the text at large, since the row
   * shows them. */
  {
    CnPill pills[CN_PILLS_MAX];
    guint n_pills = cn_network_get_pills (network, pills);

    for (guint j = 0; j < n_pills; j++)
      {
        if (pills[j].text != NULL)
          add_all_languages (pills[j].text, CN_SEARCH_THEMES, add, builder);
        else
          {
            add (builder, CN_SEARCH_THEMES, pills[j].msgid);
            if (g_strcmp0 (pills[j].label, pills[j].msgid) != 0)
              add (builder, CN_SEARCH_THEMES, pills[j].label);
          }
      }
  }

  for (guint j = 0; j < network->benefits->len; j++)
    {
      CnBenefitLink *link = &g_array_index (network->benefits, CnBenefitLink, j);

      add_all_languages (link->benefit->title, CN_SEARCH_BENEFITS, add, builder);
      add_all_languages (link->example, CN_SEARCH_BENEFITS, add, builder);
    }

  add_programmes (network->programmes, add, builder);

  add_all_languages (network->description, CN_SEARCH_DESCRIPTION, add, builder);

  /* The rest: where it sits, who founded it, what it asks of members, how
   * Israel takes part, how to join, and the guide's advice. */
  add_all_languages (network->secretariat, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->founders, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->commitments, CN_SEARCH_SECONDARY, add, builder);
  for (guint j = 0; network->commitment_steps != NULL && j < network->commitment_steps->len; j++)
    add_all_languages (g_array_index (network->commitment_steps, CnCommitmentStep, j).what,
                       CN_SEARCH_SECONDARY, add, builder);
  for (guint j = 0; j < network->israel->len; j++)
    add_all_languages (g_array_index (network->israel, CnDatedText, j).text, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->israel_eligibility_note, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->eligibility, CN_SEARCH_SECONDARY, add, builder);
  if (network->conditions != NULL)
    {
      add_all_languages (network->conditions->population_note, CN_SEARCH_SECONDARY, add, builder);
      add_all_languages (network->conditions->note, CN_SEARCH_SECONDARY, add, builder);
    }
  add_all_languages (network->guide, CN_SEARCH_SECONDARY, add, builder);
  if (network->how_to_join != NULL)
    {
      add_all_languages (network->how_to_join->steps, CN_SEARCH_SECONDARY, add, builder);
      add_all_languages (network->how_to_join->reporting_platform, CN_SEARCH_SECONDARY, add, builder);
    }
  add_all_languages (network->cost, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->fee_amount, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->size, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->status_note, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->successor_name, CN_SEARCH_SECONDARY, add, builder);
  add_all_languages (network->unconfirmed, CN_SEARCH_SECONDARY, add, builder);
  for (guint j = 0; network->calls != NULL && j < network->calls->len; j++)
    add_all_languages (g_array_index (network->calls, CnCall, j).title, CN_SEARCH_SECONDARY, add, builder);

  for (guint j = 0; case_texts != NULL && j < case_texts->len; j++)
    add_all_languages (case_texts->pdata[j], CN_SEARCH_CASE_STUDIES, add, builder);
}

static void
link_case_text (GHashTable   *texts,
                GPtrArray    *networks,
                const CnText *text)
{
  for (guint i = 0; networks != NULL && i < networks->len; i++)
    {
      GPtrArray *list = g_hash_table_lookup (texts, networks->pdata[i]);

      if (text == NULL)
        continue;
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (texts, networks->pdata[i], list);
        }
      g_ptr_array_add (list, (gpointer) text);
    }
}

/* Per network (borrowed), the case-study texts that name it. */
static GHashTable *
collect_case_texts (CnCatalog *self)
{
  GHashTable *texts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->case_studies));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (G_LIST_MODEL (self->case_studies), i);

      for (guint j = 0; j < study->sections->len; j++)
        {
          CnCaseSection *section = &g_array_index (study->sections, CnCaseSection, j);

          link_case_text (texts, section->networks, section->title);
          link_case_text (texts, section->networks, section->body);
        }
      for (guint j = 0; j < study->achievements->len; j++)
        {
          CnAchievement *achievement = &g_array_index (study->achievements, CnAchievement, j);

          link_case_text (texts, achievement->networks, achievement->title);
          link_case_text (texts, achievement->networks, achievement->text);
        }
      for (guint j = 0; j < study->timeline->len; j++)
        {
          CnTimelineEvent *event = &g_array_index (study->timeline, CnTimelineEvent, j);

          link_case_text (texts, event->networks, event->event);
        }
    }
  return texts;
}

static CnSearchDoc *
network_search_doc_new (CnNetwork  *network,
                        GHashTable *case_texts)
{
  CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

  network_add_search_texts (network, g_hash_table_lookup (case_texts, network), add_to_doc, builder);
  return cn_search_doc_builder_end (builder);
}

/* Indexing the networks is most of the work of loading a large catalog,
 * and a network's words do not depend on the others': above this many
 * networks, parts of the list are indexed on more than one processor, and
 * the parts joined in order. */
#define INDEX_PART_MIN 250

/* From this many networks the index is built after the catalog has loaded,
 * on another processor, while the window shows the list: it is needed at
 * the first search, not before (issue 18). Searching waits for it. A
 * smaller catalog (the bundled one) is indexed when the window asks, once
 * its first frame is painted (cn_catalog_prepare_search()), or at the first
 * search: at the first frame the index would be a megabyte of memory and
 * work on the loading thread that the window waits for. */
#define BACKGROUND_INDEX_MIN 250

typedef struct
{
  CnNetwork            **networks;
  guint                  n;
  GHashTable            *case_texts;   /* read only while indexing */
  CnSearchIndexBuilder  *builder;
} IndexPart;

static void
index_part (gpointer data)
{
  IndexPart *part = data;

  part->builder = cn_search_index_builder_new ();
  for (guint i = 0; i < part->n; i++)
    {
      network_add_search_texts (part->networks[i], g_hash_table_lookup (part->case_texts, part->networks[i]),
                                add_to_index, part->builder);
      cn_search_index_builder_end_record (part->builder);
    }
}

/* Indexes @networks (borrowed), in parts on several processors. Reads
 * nothing of the catalog but the networks and @case_texts, so that it can
 * run while the catalog is in use on another thread. */
static CnSearchIndex *
build_index (CnNetwork  **networks,
             guint        n,
             GHashTable  *case_texts)
{
  guint n_parts = cn_parts_count (n, INDEX_PART_MIN);
  IndexPart parts[CN_PARTS_MAX];
  CnPart *running[CN_PARTS_MAX] = { NULL, };
  CnSearchIndexBuilder *builder;

  for (guint p = 0; p < n_parts; p++)
    {
      guint start = cn_parts_bound (n, p, n_parts);

      /* No networks, no array (and no pointer arithmetic on NULL). */
      parts[p].networks = n > 0 ? networks + start : NULL;
      parts[p].n = cn_parts_bound (n, p + 1, n_parts) - start;
      parts[p].case_texts = case_texts;
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

/* The networks in order, with a reference each, for an index built on
 * another thread. Taken on the thread that has the catalog (the loading
 * thread, or the window's once loaded): a GListStore caches its last
 * lookup, so it is not read from two threads at once. */
static GPtrArray *
collect_networks (CnCatalog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->networks));
  GPtrArray *networks = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (networks, g_list_model_get_item (G_LIST_MODEL (self->networks), i));
  return networks;
}

/**
 * cn_catalog_build_network_index:
 *
 * Builds the networks' index again, as loading does (for the benchmark).
 *
 * Returns: (transfer full): the index
 */
CnSearchIndex *
cn_catalog_build_network_index (CnCatalog *self)
{
  g_autoptr(GPtrArray) networks = collect_networks (self);
  g_autoptr(GHashTable) case_texts = collect_case_texts (self);

  return build_index ((CnNetwork **) networks->pdata, networks->len, case_texts);
}

/* What the index is built from while the catalog is already in use. */
struct _CnIndexJob
{
  GPtrArray     *networks;
  GHashTable    *case_texts;
  CnSearchIndex *index;
};

static void
index_job_run (gpointer data)
{
  CnIndexJob *job = data;

  job->index = build_index ((CnNetwork **) job->networks->pdata, job->networks->len, job->case_texts);
}

static CnSearchIndex *
index_job_free (CnIndexJob *job)
{
  CnSearchIndex *index = job->index;

  g_ptr_array_unref (job->networks);
  g_hash_table_unref (job->case_texts);
  g_free (job);
  return index;
}

/* Starts building the networks' index on another processor. Called with
 * index_lock held, or while loading (no other thread knows the catalog). */
static void
start_index_job (CnCatalog *self)
{
  CnIndexJob *job = g_new0 (CnIndexJob, 1);

  job->networks = collect_networks (self);
  job->case_texts = collect_case_texts (self);
  self->index_job = job;
  self->index_part = cn_part_start (index_job_run, job);
}

/* The networks' index: waiting for it if it is being built, building it
 * here if nobody has started it. */
static CnSearchIndex *
network_index (CnCatalog *self)
{
  g_mutex_lock (&self->index_lock);
  if (self->index_part != NULL)
    {
      cn_part_join (g_steal_pointer (&self->index_part));
      self->network_index = index_job_free (g_steal_pointer (&self->index_job));
    }
  else if (self->network_index == NULL)
    self->network_index = cn_catalog_build_network_index (self);
  g_mutex_unlock (&self->index_lock);
  return self->network_index;
}

/**
 * cn_catalog_prepare_search:
 *
 * Starts building the networks' search index on another processor, unless
 * it is built or being built already: a window calls this once its first
 * frame is painted, so that its first search does not build it. Searching
 * without it is correct too (the index is then built on the spot). Call it
 * on the thread that uses the catalog: it reads the list of networks.
 */
void
cn_catalog_prepare_search (CnCatalog *self)
{
  g_return_if_fail (CN_IS_CATALOG (self));

  g_mutex_lock (&self->index_lock);
  if (self->network_index == NULL && self->index_part == NULL)
    start_index_job (self);
  g_mutex_unlock (&self->index_lock);
}

/**
 * cn_catalog_get_index_state:
 *
 * Where the networks' search index is: not started, being built (started
 * on another processor and not yet waited for), or built. For the tests
 * and the benchmark.
 */
CnCatalogIndexState
cn_catalog_get_index_state (CnCatalog *self)
{
  CnCatalogIndexState state;

  g_return_val_if_fail (CN_IS_CATALOG (self), CN_CATALOG_INDEX_NONE);

  g_mutex_lock (&self->index_lock);
  if (self->network_index != NULL)
    state = CN_CATALOG_INDEX_BUILT;
  else if (self->index_part != NULL)
    state = CN_CATALOG_INDEX_BUILDING;
  else
    state = CN_CATALOG_INDEX_NONE;
  g_mutex_unlock (&self->index_lock);
  return state;
}

/* Before the catalog goes: what still runs on other processors reads it. */
void
_cn_catalog_end_search (CnCatalog *self)
{
  if (self->release_part != NULL)
    cn_part_join (g_steal_pointer (&self->release_part));
  g_clear_pointer (&self->network_index, cn_search_index_free);
  if (self->index_part != NULL)
    {
      cn_part_join (g_steal_pointer (&self->index_part));
      cn_search_index_free (index_job_free (g_steal_pointer (&self->index_job)));
    }
}

/**
 * cn_catalog_wait_for_search:
 *
 * Waits until what a catalog leaves to other processors once it has loaded
 * is done: its networks' search index built (here, if nobody started it),
 * the parser's tree freed. Searching waits for the index by itself; this is
 * for a caller that wants to know when, or to measure the catalog's memory
 * once it has settled (the benchmark).
 */
void
cn_catalog_wait_for_search (CnCatalog *self)
{
  g_return_if_fail (CN_IS_CATALOG (self));
  network_index (self);
  g_mutex_lock (&self->index_lock);
  if (self->release_part != NULL)
    cn_part_join (g_steal_pointer (&self->release_part));
  g_mutex_unlock (&self->index_lock);
}

void
_cn_catalog_build_search (CnCatalog *self)
{
  guint n;

  /* The networks' words go straight into the index, without documents:
   * kept, these would be the largest thing in memory (about the size of the
   * file), and the list searches through the index. The plain matcher
   * builds them when asked (cn_catalog_get_network_search_doc()). */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->networks));
  if (n >= BACKGROUND_INDEX_MIN)
    start_index_job (self);
  self->search_synonyms = cn_search_synonyms_new ((const char * const * const *) self->synonyms->pdata,
                                                  self->synonyms->len);

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

/**
 * cn_catalog_new_network_search_doc:
 *
 * Returns: (transfer full): a new search document for the network at
 *   @position, from the same fields as the index (for the benchmark)
 */
CnSearchDoc *
cn_catalog_new_network_search_doc (CnCatalog *self,
                                   guint      position)
{
  g_autoptr(CnNetwork) network = NULL;
  g_autoptr(GHashTable) case_texts = NULL;

  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);

  network = g_list_model_get_item (G_LIST_MODEL (self->networks), position);
  g_return_val_if_fail (network != NULL, NULL);
  case_texts = collect_case_texts (self);
  return network_search_doc_new (network, case_texts);
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
      g_autoptr(GHashTable) case_texts = collect_case_texts (self);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->networks), i);
          g_ptr_array_add (self->network_docs, network_search_doc_new (network, case_texts));
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

  return cn_search_index_query (network_index (self), query, ranks);
}


/**
 * cn_catalog_new_search_query:
 *
 * Returns: (transfer full): a query for @text with the catalog's synonyms
 *   (vocabularies.synonyms): a word of a group also finds the others
 */
CnSearchQuery *
cn_catalog_new_search_query (CnCatalog  *self,
                             const char *text)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return cn_search_query_new_full (text, self->search_synonyms);
}

/**
 * cn_catalog_correct_network_query:
 *
 * The query's words of five letters or more that match no network, each
 * replaced by the networks' word one edit away, word by word.
 *
 * Returns: (transfer full) (nullable): the corrected query (its text is
 *   what to show as "Showing results for …"), or %NULL
 */
CnSearchQuery *
cn_catalog_correct_network_query (CnCatalog           *self,
                                  const CnSearchQuery *query)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  return cn_search_index_correct (network_index (self), query);
}

/**
 * cn_catalog_search_networks_corrected:
 * @ranks: (array): as for cn_catalog_search_networks()
 * @corrected: (out) (transfer full) (nullable): the query the ranks are
 *   for when typos in it were corrected, else %NULL
 *
 * What the window's list does: cn_catalog_search_networks() with each word
 * that matches nothing corrected on its own (see
 * cn_search_index_query_corrected()), in one pass over the index.
 *
 * Returns: the number of matching networks
 */
guint
cn_catalog_search_networks_corrected (CnCatalog            *self,
                                      const CnSearchQuery  *query,
                                      int                  *ranks,
                                      CnSearchQuery       **corrected)
{
  g_return_val_if_fail (corrected != NULL, 0);
  *corrected = NULL;
  g_return_val_if_fail (CN_IS_CATALOG (self), 0);
  g_return_val_if_fail (query != NULL, 0);

  return cn_search_index_query_corrected (network_index (self), query, ranks, corrected);
}

/* Case studies */

static CnSearchDoc *
case_doc_new (const CnText *title,
              const CnText *body)
{
  CnSearchDocBuilder *builder = cn_search_doc_builder_new ();

  add_all_languages (title, CN_SEARCH_PRIMARY, add_to_doc, builder);
  add_all_languages (body, CN_SEARCH_SUMMARY, add_to_doc, builder);
  return cn_search_doc_builder_end (builder);
}

static int
compare_case_matches (gconstpointer a,
                      gconstpointer b)
{
  const CnCaseStudyMatch *ma = a, *mb = b;

  if (ma->rank != mb->rank)
    return ma->rank < mb->rank ? -1 : 1;
  if (ma->position != mb->position)
    return ma->position < mb->position ? -1 : 1;
  return ma->section - mb->section;
}

/**
 * cn_catalog_search_case_studies:
 *
 * Matches @query against each case study's title and summary (section -1)
 * and each of its sections (title and body): case studies are few, and
 * read on their own page, so the answer says where to open it.
 *
 * Returns: (transfer full) (element-type CnCaseStudyMatch): the matches,
 *   best first, then in the catalog's order; empty for an empty query
 */
GArray *
cn_catalog_search_case_studies (CnCatalog           *self,
                                const CnSearchQuery *query)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (CnCaseStudyMatch));
  guint n;

  g_return_val_if_fail (CN_IS_CATALOG (self), matches);
  g_return_val_if_fail (query != NULL, matches);

  if (cn_search_query_is_empty (query))
    return matches;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->case_studies));
  /* The window searches them at every keystroke: fold their texts once. */
  if (self->case_study_docs->len == 0)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(CnCaseStudy) study = g_list_model_get_item (G_LIST_MODEL (self->case_studies), i);

        g_ptr_array_add (self->case_study_docs, case_doc_new (study->title, study->summary));
        for (guint s = 0; s < study->sections->len; s++)
          {
            const CnCaseSection *section = &g_array_index (study->sections, CnCaseSection, s);

            g_ptr_array_add (self->case_study_docs, case_doc_new (section->title, section->body));
          }
      }

  for (guint i = 0, d = 0; i < n; i++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (G_LIST_MODEL (self->case_studies), i);

      for (int s = -1; s < (int) study->sections->len; s++)
        {
          const CnCaseSection *section = s >= 0 ? &g_array_index (study->sections, CnCaseSection, s) : NULL;
          int rank = cn_search_doc_match (g_ptr_array_index (self->case_study_docs, d++), query);

          if (rank != CN_SEARCH_NO_MATCH)
            {
              CnCaseStudyMatch match = { study, i, s, section ? section->id : NULL, rank };

              g_array_append_val (matches, match);
            }
        }
    }
  g_array_sort (matches, compare_case_matches);
  return matches;
}
