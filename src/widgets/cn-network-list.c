/* cn-network-list.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The list of networks: a list view over the window's ranked selection,
 * one CnNetworkRow a visible item, and a page that says so when a search
 * or the filters leave nothing (with a way to remove the last filter, or
 * all of them). */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-data-label.h"
#include "cn-facet-labels.h"
#include "cn-list-frame.h"
#include "cn-list-slot.h"
#include "cn-network-list.h"
#include "cn-network-row.h"
#include "cn-widget-util.h"

/* GTK 4.8's list view destroys the rows of items that leave its range (up to
 * 200 items around the visible ones) and creates new ones for the items that
 * enter it, as happens when scrolling or when a search makes the list
 * shorter or longer. Creating a row is seven widgets, each with its CSS node
 * and accessible, so rows that are torn down are kept here and given to the
 * next list item that needs one. */
#define ROW_POOL_MAX 200

/* The list item's child is already gone when "teardown" is emitted, so each
 * list item keeps a reference to its row under this key. */
#define ROW_KEY "cn-network-row"

struct _CnNetworkList
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *list_stack;
  GtkListView       *list_view;
  CnListFrame       *list_frame;
  GtkLabel          *empty_title;
  GtkLabel          *empty_hint;
  GtkWidget         *filter_actions;
  GtkButton         *remove_last_button;
  GtkLabel          *correction_label;
  GtkLabel          *count_label;

  /* Owned references */
  CnRankedSelection *selection;
  GPtrArray         *row_pool;      /* CnNetworkRow, unparented */
  char              *search_text;
  CnShortlist       *shortlist;     /* nullable: rows star its networks */
  CnFacets          *facets;
  CnSearchQuery     *query;         /* for the rows' bold words */
  GHashTable        *bound_rows;    /* CnNetworkRow, borrowed: rows showing an item */
  char              *result_text;   /* "8 networks found", or NULL */
};

G_DEFINE_FINAL_TYPE (CnNetworkList, cn_network_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CnNetworkList            *self)
{
  GtkWidget *row;

  if (self->row_pool != NULL && self->row_pool->len > 0)
    row = g_ptr_array_steal_index_fast (self->row_pool, self->row_pool->len - 1);
  else
    row = g_object_ref_sink (cn_network_row_new ());
  cn_network_row_set_shortlist (CN_NETWORK_ROW (row), self->shortlist);
  /* A search rebinds every row the list keeps, a dozen of which show. */
  cn_network_row_set_deferred (CN_NETWORK_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (item), ROW_KEY, row, g_object_unref);
  gtk_list_item_set_child (item, row);
}

static void
teardown_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CnNetworkList            *self)
{
  g_autoptr(GtkWidget) row = g_object_steal_data (G_OBJECT (item), ROW_KEY);

  if (row == NULL || self->row_pool == NULL || self->row_pool->len >= ROW_POOL_MAX)
    return;
  if (gtk_list_item_get_child (item) == row)
    gtk_list_item_set_child (item, NULL);
  if (gtk_widget_get_parent (row) == NULL)
    g_ptr_array_add (self->row_pool, g_steal_pointer (&row));
}

/* The list's items are slots (see CnRankedSelection): a row shows what its
 * slot holds, and follows it when a search changes it. */
static void
slot_item_changed_cb (CnListSlot   *slot,
                      GParamSpec   *pspec,
                      CnNetworkRow *row)
{
  cn_network_row_set_network (row, cn_list_slot_get_item (slot));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  CnListSlot *slot = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);

  CnNetworkList *self = user_data;

  cn_network_row_set_highlight (CN_NETWORK_ROW (row), self->query);
  cn_network_row_set_network (CN_NETWORK_ROW (row), cn_list_slot_get_item (slot));
  g_signal_connect_object (slot, "notify::item", G_CALLBACK (slot_item_changed_cb), row, 0);
  if (self->bound_rows != NULL)
    g_hash_table_add (self->bound_rows, row);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  CnListSlot *slot = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);

  CnNetworkList *self = user_data;

  g_signal_handlers_disconnect_by_func (slot, slot_item_changed_cb, row);
  cn_network_row_set_network (CN_NETWORK_ROW (row), NULL);
  if (self->bound_rows != NULL)
    g_hash_table_remove (self->bound_rows, row);
}

/* How many networks a search or the filters found, shown above the list
 * and given to screen readers, which GTK 4.8 has no way to tell at once:
 * it names the list ("8 networks found" instead of "Networks"), which Orca
 * says on entering it after a search, where it reads neither the list's
 * description nor one that changes on the search entry. The window also
 * makes it the entry's description, read when the entry is focused. */
static void
update_result_text (CnNetworkList *self,
                    guint          n,
                    gboolean       found)
{
  g_autofree char *text = NULL;

  if (found)
    /* Translators: above the list after a search or a filter, and read by screen readers */
    text = g_strdup_printf (ngettext ("%u network found", "%u networks found", n), n);
  if (g_strcmp0 (text, self->result_text) == 0)
    return;

  g_free (self->result_text);
  self->result_text = g_steal_pointer (&text);
  if (self->result_text != NULL)
    gtk_label_set_text (self->count_label, self->result_text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), self->result_text != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->result_text != NULL ? self->result_text : _("Networks"), -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT_TEXT]);
}

static void
update_empty_state (CnNetworkList *self)
{
  guint n = self->selection ? g_list_model_get_n_items (G_LIST_MODEL (self->selection)) : 0;
  gboolean searched = self->search_text != NULL && self->search_text[0] != '\0';
  gboolean filtered = self->facets != NULL && cn_facets_is_active (self->facets);
  g_autofree char *title = NULL;

  update_result_text (self, n, searched || filtered);

  if (n > 0 || (!searched && !filtered))
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (filtered)
    {
      CnFacet facet;
      guint value;
      g_autofree char *last = NULL;
      g_autofree char *button = NULL;

      cn_facets_get_nth_selected (self->facets, cn_facets_get_n_selected (self->facets) - 1, &facet, &value);
      last = cn_facet_dup_filter_label (self->facets, facet, value);
      /* Translators: a button in the empty list; %s is the filter chosen
       * last, "Theme: Energy" */
      button = g_strdup_printf (_("Remove the Last Filter (%s)"), last);
      gtk_button_set_label (self->remove_last_button, button);

      if (searched)
        {
          g_autofree char *isolated = cn_bidi_isolate (self->search_text);
          /* Translators: shown when a search and the filters together find
           * nothing; %s is what the user typed */
          title = g_strdup_printf (_("No networks match “%s” with these filters"), isolated);
        }
      else
        title = g_strdup (_("No networks match these filters"));
      gtk_label_set_text (self->empty_hint, _("Remove a filter, or clear them all, to see more networks."));
    }
  else
    {
      g_autofree char *isolated = cn_bidi_isolate (self->search_text);
      /* Translators: shown when a search finds nothing; %s is what the user typed */
      title = g_strdup_printf (_("No networks match “%s”"), isolated);
      gtk_label_set_text (self->empty_hint, _("Try fewer words or another spelling. Names, acronyms, themes and descriptions are searched in English and Hebrew."));
    }

  gtk_widget_set_visible (self->filter_actions, filtered);
  gtk_label_set_text (self->empty_title, title);
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static gboolean
cn_network_list_grab_focus (GtkWidget *widget)
{
  CnNetworkList *self = CN_NETWORK_LIST (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->list_frame));
}

/**
 * cn_network_list_prepare_fonts:
 *
 * The first search shows its words in bold in the rows' summaries, in a
 * font (caption size, bold) that nothing in the first frame uses. Pango's
 * first use of a font sorts every font of the system for it (FcFontSort,
 * 40–60 ms of a processor here), and the first keystroke's frame waited for
 * that: the longest frame of all in bench-window. The window calls this
 * when idle after its first frame: a bound row lays a bold sample out.
 * Once per process is enough: Pango keeps the font.
 */
void
cn_network_list_prepare_fonts (CnNetworkList *self)
{
  static gboolean prepared;
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (CN_IS_NETWORK_LIST (self));

  g_hash_table_iter_init (&iter, self->bound_rows);
  if (!prepared && g_hash_table_iter_next (&iter, &row, NULL))
    {
      prepared = TRUE;
      cn_network_row_prepare_fonts (row);
    }
}

static void
cn_network_list_dispose (GObject *object)
{
  CnNetworkList *self = CN_NETWORK_LIST (object);

  /* Rows torn down from here on are not kept. */
  g_clear_pointer (&self->row_pool, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CN_TYPE_NETWORK_LIST);
  g_clear_object (&self->selection);
  g_clear_object (&self->facets);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_object (&self->shortlist);
  g_clear_pointer (&self->query, cn_search_query_unref);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  g_clear_pointer (&self->result_text, g_free);

  G_OBJECT_CLASS (cn_network_list_parent_class)->dispose (object);
}

static void
cn_network_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CnNetworkList *self = CN_NETWORK_LIST (object);

  switch (prop_id)
    {
    case PROP_RESULT_TEXT:
      g_value_set_string (value, cn_network_list_get_result_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cn_network_list_class_init (CnNetworkListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cn_network_list_dispose;
  object_class->get_property = cn_network_list_get_property;
  widget_class->grab_focus = cn_network_list_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cn-network-list.ui");
  gtk_widget_class_bind_template_child (widget_class, CnNetworkList, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkList, list_view);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkList, list_frame);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkList, empty_title);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkList, empty_hint);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkList, filter_actions);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkList, remove_last_button);
  /* Not used here, but the tests press it. */
  gtk_widget_class_bind_template_child_full (widget_class, "clear_filters_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkList, correction_label);
  gtk_widget_class_bind_template_child (widget_class, CnNetworkList, count_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * CnNetworkList:result-text: (nullable)
   *
   * How many networks the search or the filters found ("8 networks
   * found"), or %NULL when neither is active.
   */
  properties[PROP_RESULT_TEXT] =
    g_param_spec_string ("result-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CN_TYPE_LIST_FRAME);
}

static void
cn_network_list_init (CnNetworkList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  cn_stack_name_pages (self->list_stack, "list", _("Networks"), "empty", _("No networks found"), NULL);

  self->row_pool = g_ptr_array_new_with_free_func (g_object_unref);
  self->bound_rows = g_hash_table_new (NULL, NULL);
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "teardown", G_CALLBACK (teardown_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

GtkWidget *
cn_network_list_new (void)
{
  return g_object_new (CN_TYPE_NETWORK_LIST, NULL);
}

CnRankedSelection *
cn_network_list_get_selection (CnNetworkList *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_LIST (self), NULL);
  return self->selection;
}

void
cn_network_list_set_selection (CnNetworkList     *self,
                               CnRankedSelection *selection)
{
  g_return_if_fail (CN_IS_NETWORK_LIST (self));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, update_empty_state, self);
  if (!g_set_object (&self->selection, selection))
    return;
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  if (selection != NULL)
    g_signal_connect_object (selection, "items-changed", G_CALLBACK (update_empty_state), self, G_CONNECT_SWAPPED);
  update_empty_state (self);
}

/**
 * cn_network_list_set_search_text:
 *
 * The search the list's items follow, for the page shown when it finds
 * nothing.
 */
void
cn_network_list_set_search_text (CnNetworkList *self,
                                 const char    *text)
{
  g_return_if_fail (CN_IS_NETWORK_LIST (self));

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  update_empty_state (self);
}

/**
 * cn_network_list_set_facets:
 * @facets: (nullable): the filters the list's items follow
 *
 * For the page shown when the filters leave nothing: it names the last one
 * chosen and offers to remove it.
 */
void
cn_network_list_set_facets (CnNetworkList *self,
                            CnFacets      *facets)
{
  g_return_if_fail (CN_IS_NETWORK_LIST (self));
  g_return_if_fail (facets == NULL || CN_IS_FACETS (facets));

  if (self->facets != NULL)
    g_signal_handlers_disconnect_by_func (self->facets, update_empty_state, self);
  if (g_set_object (&self->facets, facets) && facets != NULL)
    /* The list may stay empty while the filters change: follow them too. */
    g_signal_connect_object (facets, "changed", G_CALLBACK (update_empty_state), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  update_empty_state (self);
}

/**
 * cn_network_list_set_search_query:
 * @query: (nullable): the query the list's items were found by
 * @corrected_text: (nullable): the corrected words, when the results are
 *   for a typo's correction
 *
 * Shows why each row matched (its words in bold) and, above the list,
 * "Showing results for …" when the search was corrected.
 */
void
cn_network_list_set_search_query (CnNetworkList *self,
                                  CnSearchQuery *query,
                                  const char    *corrected_text)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (CN_IS_NETWORK_LIST (self));

  if (self->query != query)
    {
      g_clear_pointer (&self->query, cn_search_query_unref);
      self->query = query ? cn_search_query_ref (query) : NULL;
      g_hash_table_iter_init (&iter, self->bound_rows);
      while (g_hash_table_iter_next (&iter, &row, NULL))
        cn_network_row_set_highlight (row, self->query);
    }

  if (corrected_text != NULL)
    {
      g_autofree char *isolated = cn_bidi_isolate (corrected_text);
      /* Translators: above the list when the search corrected a typo; %s is the corrected search */
      g_autofree char *text = g_strdup_printf (_("Showing results for “%s”"), isolated);

      gtk_label_set_text (self->correction_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->correction_label), corrected_text != NULL);
}

/**
 * cn_network_list_get_result_text:
 *
 * Returns: (nullable): the #CnNetworkList:result-text
 */
const char *
cn_network_list_get_result_text (CnNetworkList *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_LIST (self), NULL);

  return self->result_text;
}

/**
 * cn_network_list_focus_first:
 *
 * Selects the first network (the best match of a search) and moves the
 * keyboard focus to its row.
 *
 * Returns: whether the list has a first row
 */
gboolean
cn_network_list_focus_first (CnNetworkList *self)
{
  g_return_val_if_fail (CN_IS_NETWORK_LIST (self), FALSE);

  return cn_list_frame_focus_position (self->list_frame, 0);
}

void
cn_network_list_scroll_to (CnNetworkList *self,
                           guint          position)
{
  g_return_if_fail (CN_IS_NETWORK_LIST (self));

  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/**
 * cn_network_list_set_shortlist:
 *
 * Rows of networks on @shortlist show a star.
 */
void
cn_network_list_set_shortlist (CnNetworkList *self,
                               CnShortlist   *shortlist)
{
  g_return_if_fail (CN_IS_NETWORK_LIST (self));

  if (!g_set_object (&self->shortlist, shortlist))
    return;
  /* Rows made before: the pooled ones and those on screen. */
  for (guint i = 0; self->row_pool != NULL && i < self->row_pool->len; i++)
    cn_network_row_set_shortlist (g_ptr_array_index (self->row_pool, i), shortlist);
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); item;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (row != NULL && CN_IS_NETWORK_ROW (row))
        cn_network_row_set_shortlist (CN_NETWORK_ROW (row), shortlist);
    }
}
