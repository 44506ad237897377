/* cn-search-filter.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The list's filter and ranking sorter. The matching itself lives in the
 * model (cn-search.c); here each query is evaluated once over the whole
 * catalog into a rank per record, so GtkFilter::match and the sorter's
 * compare are array lookups and the list model never calls the matcher.
 *
 * The networks' filter also follows the window's CnFacets: a network that a
 * chosen facet value leaves out gets no rank, as if the search had not
 * found it. The search's own ranks are kept apart, since the facets' counts
 * are taken over what the search alone finds. Both change as a whole array,
 * once per keystroke or per choice, and the ranked list works out which
 * rows actually changed (see cn-ranked-list.c). */

#include "config.h"

#include "cn-facets.h"
#include "cn-search-filter.h"

struct _CnSearchFilter
{
  GtkFilter       parent_instance;

  CnCatalog      *catalog;
  CnSearchTarget  target;
  char           *text;
  CnSearchQuery  *query;       /* the text's, or its correction */
  gboolean        corrected;
  CnFacets       *facets;      /* nullable; networks only */
  int            *search_ranks;/* the search's alone; NULL without a search */
  int            *ranks;       /* by position, the facets applied; CN_SEARCH_NO_MATCH or rank */
  guint           n_ranks;
  gboolean        order_changed;
};

G_DEFINE_FINAL_TYPE (CnSearchFilter, cn_search_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
item_position (CnSearchFilter *self,
               gpointer        item)
{
  if (self->target == CN_SEARCH_TARGET_NETWORKS)
    return cn_network_get_position (CN_NETWORK (item));
  return cn_benefit_get_position (CN_BENEFIT (item));
}

static gboolean
cn_search_filter_match (GtkFilter *filter,
                        gpointer   item)
{
  CnSearchFilter *self = CN_SEARCH_FILTER (filter);
  guint position = item_position (self, item);

  if (self->ranks == NULL)
    return TRUE;
  return position < self->n_ranks && self->ranks[position] != CN_SEARCH_NO_MATCH;
}

static GtkFilterMatch
cn_search_filter_get_strictness (GtkFilter *filter)
{
  CnSearchFilter *self = CN_SEARCH_FILTER (filter);

  return self->ranks == NULL ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

/* Whether a record that matched before and still matches now has a new
 * rank: only then can the ranking order change. The list is re-sorted in
 * full only in that case; otherwise the filter's incremental updates keep
 * it in order and the rows on screen are not rebuilt. */
static gboolean
ranks_reordered (const int *old_ranks,
                 const int *new_ranks,
                 guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      int before = old_ranks ? old_ranks[i] : 0;
      int after = new_ranks ? new_ranks[i] : 0;

      if (before != CN_SEARCH_NO_MATCH && after != CN_SEARCH_NO_MATCH && before != after)
        return TRUE;
    }
  return FALSE;
}

static guint
n_items (CnSearchFilter *self)
{
  GListModel *items = self->target == CN_SEARCH_TARGET_NETWORKS
                      ? cn_catalog_get_networks (self->catalog)
                      : cn_catalog_get_benefits (self->catalog);

  return g_list_model_get_n_items (items);
}

/* The shown ranks from the search's: every network the chosen facets leave
 * out loses its rank. Without a search or a facet, NULL (everything shows). */
static void
apply_facets (CnSearchFilter *self)
{
  guint n = n_items (self);
  gboolean faceted = self->facets != NULL && cn_facets_is_active (self->facets);

  g_clear_pointer (&self->ranks, g_free);
  self->n_ranks = 0;

  if (self->search_ranks == NULL && !faceted)
    return;

  self->n_ranks = n;
  if (self->search_ranks != NULL)
    self->ranks = g_memdup2 (self->search_ranks, sizeof (int) * n);
  else
    self->ranks = g_new0 (int, n);

  if (faceted)
    for (guint i = 0; i < n; i++)
      if (self->ranks[i] != CN_SEARCH_NO_MATCH && !cn_facets_match (self->facets, i))
        self->ranks[i] = CN_SEARCH_NO_MATCH;
}

static void
evaluate (CnSearchFilter *self)
{
  guint n = n_items (self);
  g_autofree int *old_ranks = g_steal_pointer (&self->ranks);

  g_clear_pointer (&self->search_ranks, g_free);

  if (!cn_search_query_is_empty (self->query))
    {
      self->search_ranks = g_new (int, n);

      /* Networks may number 100 000: ask the catalog's index. The five
       * benefits are simply scanned. */
      if (self->target == CN_SEARCH_TARGET_NETWORKS)
        {
          g_autoptr(CnSearchQuery) corrected = NULL;

          /* A word that matches nothing is taken for a typo, word by word:
           * the results are for the corrected words (when they find
           * something), and the window says so. */
          cn_catalog_search_networks_corrected (self->catalog, self->query, self->search_ranks, &corrected);
          if (corrected != NULL)
            {
              g_clear_pointer (&self->query, cn_search_query_unref);
              self->query = g_steal_pointer (&corrected);
              self->corrected = TRUE;
            }
        }
      else
        for (guint i = 0; i < n; i++)
          self->search_ranks[i] = cn_search_doc_match (cn_catalog_get_benefit_search_doc (self->catalog, i),
                                                       self->query);
    }

  apply_facets (self);
  self->order_changed = ranks_reordered (old_ranks, self->ranks, n);
}

/* How the set of shown items changed from @old_ranks to the current ranks:
 * a facet chosen only hides items, one dropped only shows more. */
static GtkFilterChange
compare_shown (CnSearchFilter *self,
               const int      *old_ranks,
               guint           n)
{
  gboolean hid = FALSE, showed = FALSE;

  for (guint i = 0; i < n && !(hid && showed); i++)
    {
      gboolean before = old_ranks == NULL || old_ranks[i] != CN_SEARCH_NO_MATCH;
      gboolean after = self->ranks == NULL || self->ranks[i] != CN_SEARCH_NO_MATCH;

      hid |= before && !after;
      showed |= !before && after;
    }
  if (hid && !showed)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (showed && !hid)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static void
facets_changed_cb (CnSearchFilter *self)
{
  guint n = n_items (self);
  g_autofree int *old_ranks = g_steal_pointer (&self->ranks);
  GtkFilterChange change;

  apply_facets (self);
  /* A facet does not change the rank of what it lets through. */
  self->order_changed = FALSE;
  change = compare_shown (self, old_ranks, n);
  /* Emitted even when nothing shows differently: the facets' counts follow
   * this signal, and they change with every choice. */
  gtk_filter_changed (GTK_FILTER (self), change);
}

void
cn_search_filter_set_text (CnSearchFilter *self,
                           const char     *text)
{
  g_autofree char *old = NULL;

  g_return_if_fail (CN_IS_SEARCH_FILTER (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;

  old = g_steal_pointer (&self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->query, cn_search_query_unref);
  self->query = cn_catalog_new_search_query (self->catalog, text);
  self->corrected = FALSE;
  evaluate (self);

  /* Never "more strict" for a longer text: a whole word finds its
   * synonyms, which its start did not, and a typo's correction can find
   * what the text before it did not. */
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
cn_search_filter_get_text (CnSearchFilter *self)
{
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (self), NULL);
  return self->text;
}

/**
 * cn_search_filter_get_query:
 *
 * Returns: (transfer none): the query the ranks are for: the text's, or its
 *   typo correction (cn_search_filter_get_corrected_text())
 */
CnSearchQuery *
cn_search_filter_get_query (CnSearchFilter *self)
{
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (self), NULL);
  return self->query;
}

/**
 * cn_search_filter_get_corrected_text:
 *
 * Returns: (nullable): the corrected words the results are for, as in
 *   "Showing results for …", or %NULL when the text found something itself
 */
const char *
cn_search_filter_get_corrected_text (CnSearchFilter *self)
{
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (self), NULL);
  return self->corrected ? cn_search_query_get_text (self->query) : NULL;
}

/**
 * cn_search_filter_get_ranks:
 * @n_ranks: (out): the number of ranks
 *
 * Every item's rank at once, for a caller that walks them all (the ranked
 * list, at each keystroke: a call per item costs more than the search).
 *
 * Returns: (array length=n_ranks) (nullable): the ranks by position
 *   (%CN_SEARCH_NO_MATCH for a hidden item), or %NULL when the filter is not
 *   active
 */
const int *
cn_search_filter_get_ranks (CnSearchFilter *self,
                            guint          *n_ranks)
{
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (self), NULL);
  g_return_val_if_fail (n_ranks != NULL, NULL);

  *n_ranks = self->ranks != NULL ? self->n_ranks : 0;
  return self->ranks;
}

/**
 * cn_search_filter_get_rank:
 *
 * Returns: the rank of the record at @position for the current text (0 is
 *   best), or %CN_SEARCH_NO_MATCH; 0 for everything when the text is empty
 */
int
cn_search_filter_get_rank (CnSearchFilter *self,
                           guint           position)
{
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (self), CN_SEARCH_NO_MATCH);

  if (self->ranks == NULL)
    return 0;
  return position < self->n_ranks ? self->ranks[position] : CN_SEARCH_NO_MATCH;
}

/**
 * cn_search_filter_get_search_ranks:
 * @n_ranks: (out): the number of ranks
 *
 * The ranks the search alone gives, before the facets: what the facets'
 * counts are taken over.
 *
 * Returns: (array length=n_ranks) (nullable): the search's ranks by
 *   position, or %NULL when there is no search
 */
const int *
cn_search_filter_get_search_ranks (CnSearchFilter *self,
                                   guint          *n_ranks)
{
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (self), NULL);
  g_return_val_if_fail (n_ranks != NULL, NULL);

  *n_ranks = self->search_ranks != NULL ? n_items (self) : 0;
  return self->search_ranks;
}

/**
 * cn_search_filter_set_facets:
 * @facets: (nullable): the facets the networks must also pass
 *
 * Makes the filter follow @facets: from then on a network shows only when
 * the search finds it and the chosen facet values let it through.
 */
void
cn_search_filter_set_facets (CnSearchFilter *self,
                             CnFacets       *facets)
{
  g_return_if_fail (CN_IS_SEARCH_FILTER (self));
  g_return_if_fail (facets == NULL || CN_IS_FACETS (facets));
  g_return_if_fail (facets == NULL || self->target == CN_SEARCH_TARGET_NETWORKS);

  if (self->facets == facets)
    return;
  if (self->facets != NULL)
    g_signal_handlers_disconnect_by_func (self->facets, facets_changed_cb, self);
  g_set_object (&self->facets, facets);
  if (facets != NULL)
    g_signal_connect_object (facets, "changed", G_CALLBACK (facets_changed_cb), self, G_CONNECT_SWAPPED);
  facets_changed_cb (self);
}

CnFacets *
cn_search_filter_get_facets (CnSearchFilter *self)
{
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (self), NULL);
  return self->facets;
}

gboolean
cn_search_filter_is_active (CnSearchFilter *self)
{
  g_return_val_if_fail (CN_IS_SEARCH_FILTER (self), FALSE);
  return self->ranks != NULL;
}

static int
compare_by_rank (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  CnSearchFilter *self = user_data;
  guint pa = item_position (self, (gpointer) a);
  guint pb = item_position (self, (gpointer) b);
  int ra = cn_search_filter_get_rank (self, pa);
  int rb = cn_search_filter_get_rank (self, pb);

  /* Best rank first; the dataset's own order within a rank. */
  if (ra != rb)
    return ra < rb ? -1 : 1;
  return pa < pb ? -1 : (pa > pb ? 1 : 0);
}

static void
filter_changed_cb (CnSearchFilter  *self,
                   GtkFilterChange  change,
                   GtkSorter       *sorter)
{
  if (self->order_changed)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

/**
 * cn_search_filter_create_sorter:
 *
 * Returns: (transfer full): a sorter that orders items by their rank for
 *   this filter's text, and follows its changes
 */
GtkSorter *
cn_search_filter_create_sorter (CnSearchFilter *self)
{
  GtkSorter *sorter;

  g_return_val_if_fail (CN_IS_SEARCH_FILTER (self), NULL);

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_by_rank, self, NULL));
  g_signal_connect_object (self, "changed", G_CALLBACK (filter_changed_cb), sorter, 0);
  return sorter;
}

static void
cn_search_filter_finalize (GObject *object)
{
  CnSearchFilter *self = (CnSearchFilter *)object;

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->query, cn_search_query_unref);
  g_clear_object (&self->facets);
  g_clear_pointer (&self->search_ranks, g_free);
  g_clear_pointer (&self->ranks, g_free);

  G_OBJECT_CLASS (cn_search_filter_parent_class)->finalize (object);
}

static void
cn_search_filter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CnSearchFilter *self = CN_SEARCH_FILTER (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, cn_search_filter_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_search_filter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CnSearchFilter *self = CN_SEARCH_FILTER (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      cn_search_filter_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_search_filter_class_init (CnSearchFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = cn_search_filter_finalize;
  object_class->get_property = cn_search_filter_get_property;
  object_class->set_property = cn_search_filter_set_property;
  filter_class->match = cn_search_filter_match;
  filter_class->get_strictness = cn_search_filter_get_strictness;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cn_search_filter_init (CnSearchFilter *self)
{
  self->text = g_strdup ("");
  self->query = cn_search_query_new ("");
}

CnSearchFilter *
cn_search_filter_new (CnCatalog      *catalog,
                      CnSearchTarget  target)
{
  CnSearchFilter *self;

  g_return_val_if_fail (CN_IS_CATALOG (catalog), NULL);

  self = g_object_new (CN_TYPE_SEARCH_FILTER, NULL);
  self->catalog = g_object_ref (catalog);
  self->target = target;
  return self;
}
