/* cn-catalog.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The catalog object: its entry points (from bytes, a file or the bundled
 * dataset), which run the scanner, the parser and the readers in turn, and
 * its accessors. The loading itself is in the cn-catalog-*.c files (see
 * cn-catalog-private.h). */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-catalog-private.h"
#include "cn-json-split-parse.h"
#include "cn-parts.h"

#define BUNDLED_CATALOG_PATH "/io/github/climatenetworks/ClimateNetworks/data/catalog.json"

G_DEFINE_FINAL_TYPE (CnCatalog, cn_catalog, G_TYPE_OBJECT)

G_DEFINE_QUARK (cn-catalog-error-quark, cn_catalog_error)

/* From this size on, a file is parsed in parts on several processors, and
 * its tree freed in a thread of its own (see cn_catalog_new_from_bytes()). */
#define LARGE_TREE (1024 * 1024)

static void
free_parsers (gpointer parsers)
{
  g_ptr_array_unref (parsers);
}

/**
 * cn_catalog_new_from_bytes:
 * @filename: the name used in messages
 * @problems: (out) (optional) (transfer full): every problem found, as
 *   #CnCatalogProblem, when loading fails
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error
 *   set to the first problem
 */
CnCatalog *
cn_catalog_new_from_bytes (GBytes          *bytes,
                           const char      *filename,
                           CnCatalogFlags   flags,
                           GPtrArray      **problems,
                           GError         **error)
{
  g_autoptr(CnCatalog) self = NULL;
  g_autoptr(GPtrArray) parsers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  CnJsonSplit split = { "networks", starts, 0, 0, FALSE };
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root = NULL;
  gsize max_size = (flags & CN_CATALOG_FLAGS_LARGE) ? CN_CATALOG_MAX_SIZE_LARGE : CN_CATALOG_MAX_SIZE;
  CnJsonLimits limits = { CN_CATALOG_MAX_DEPTH, CN_CATALOG_MAX_TEXT };
  CnCatalogLoader loader;
  CnCatalogLoader *L = &loader;
  const char *data;
  gsize length;
  gboolean scanned = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  if (problems != NULL)
    *problems = NULL;

  data = g_bytes_get_data (bytes, &length);
  _cn_loader_init (L, data, length, filename, flags);

  if (length > max_size)
    _cn_loader_add_problem_at (L, _cn_loader_copy_path (L, NULL), CN_CATALOG_ERROR_TOO_LARGE,
                               _cn_file_too_large_message (length, max_size));
  /* A document whose only flaws are duplicate keys was scanned to the end
   * and is well-formed: parse it too, so every other problem is listed. */
  else if ((scanned = cn_json_scan_split (L->data, L->length, &limits, &split, _cn_loader_scan_problem_cb, L)) ||
           (!L->scan_fatal && !L->overflowed))
    {
      gsize skip = (length >= 3 && memcmp (L->data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;

      self = g_object_new (CN_TYPE_CATALOG, NULL);
      self->filename = g_strdup (filename);
      L->catalog = self;

      /* The scanner has checked syntax, depth and sizes, so json-glib's
       * recursive parser is safe here. */
      if (scanned && length >= LARGE_TREE && split.found)
        root = cn_json_split_parse (L->data, length, skip, &split, parsers);
      if (root == NULL)
        {
          JsonParser *parser = json_parser_new ();

          g_ptr_array_add (parsers, parser);
          if (json_parser_load_from_data (parser, L->data + skip, length - skip, &parse_error))
            root = json_parser_get_root (parser);
        }
      if (root == NULL)
        _cn_loader_problem (L, NULL, CN_CATALOG_ERROR_SYNTAX, "%s", parse_error->message);
      else
        _cn_catalog_read_document (L, root);
    }

  if (L->problems->len > 0)
    {
      g_autoptr(GPtrArray) list = _cn_loader_end_problems (L, error);

      if (problems != NULL)
        *problems = g_steal_pointer (&list);
      g_clear_object (&self);
    }
  else
    {
      /* json-glib's tree is no longer needed, and freeing a large one takes
       * a fifth of its parse: another processor does it while the catalog
       * is in use (joined when the catalog goes). */
      if (length >= LARGE_TREE)
        self->release_part = cn_part_start (free_parsers, g_steal_pointer (&parsers));
      g_clear_pointer (&self->warnings, g_ptr_array_unref);
      self->warnings = _cn_loader_end_warnings (L);
      _cn_catalog_link_deliveries (self);
      _cn_catalog_build_search (self);
    }

  _cn_loader_clear (L);

  return g_steal_pointer (&self);
}

/* Reads @file, failing with CN_CATALOG_ERROR_TOO_LARGE past @max_size
 * bytes: the size known beforehand is 0 for a device such as /dev/zero,
 * and a file may grow while it is read. */
static GBytes *
load_at_most (GFile    *file,
              gsize     max_size,
              guint64   expected_size,
              GError  **error)
{
  const gsize chunk = 256 * 1024;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = NULL;
  gsize length = 0;

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;

  data = g_byte_array_sized_new (MIN (expected_size, max_size) + 1);
  for (;;)
    {
      gssize n;

      g_byte_array_set_size (data, length + chunk);
      n = g_input_stream_read (G_INPUT_STREAM (stream), data->data + length, chunk, NULL, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      length += n;
      if (length > max_size)
        {
          g_autofree char *message = _cn_file_too_large_message (length, max_size);

          g_set_error_literal (error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_LARGE, message);
          return NULL;
        }
    }

  g_byte_array_set_size (data, length);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * cn_catalog_new_from_file:
 *
 * Like cn_catalog_new_from_bytes(), reading @file first. A file that cannot
 * be read is one problem with %CN_CATALOG_ERROR_IO.
 */
CnCatalog *
cn_catalog_new_from_file (GFile           *file,
                          CnCatalogFlags   flags,
                          GPtrArray      **problems,
                          GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  gsize max_size = (flags & CN_CATALOG_FLAGS_LARGE) ? CN_CATALOG_MAX_SIZE_LARGE : CN_CATALOG_MAX_SIZE;
  CnCatalogProblem *io_problem;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (problems != NULL)
    *problems = NULL;

  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);

  /* Check the size before reading, so a huge file is not loaded at all. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("this is a folder, not a file"));
  else if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    /* A FIFO would block the read until a writer comes. */
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("this is not a regular file"));
  else if (info != NULL && (guint64) g_file_info_get_size (info) > max_size)
    {
      /* From the size alone: a huge file is not read at all. */
      g_autofree char *message = _cn_file_too_large_message (g_file_info_get_size (info), max_size);

      g_set_error_literal (&local_error, CN_CATALOG_ERROR, CN_CATALOG_ERROR_TOO_LARGE, message);
    }
  else if (info != NULL)
    bytes = load_at_most (file, max_size, (guint64) g_file_info_get_size (info), &local_error);

  if (bytes != NULL)
    return cn_catalog_new_from_bytes (bytes, name, flags, problems, error);

  io_problem = _cn_catalog_problem_new (local_error->domain == CN_CATALOG_ERROR ? local_error->code : CN_CATALOG_ERROR_IO,
                                        name, 0, 0, "", local_error->message);
  {
    g_autofree char *text = cn_catalog_problem_to_string (io_problem);
    g_set_error_literal (error, CN_CATALOG_ERROR, io_problem->code, text);
  }
  if (problems != NULL)
    {
      *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_catalog_problem_free);
      g_ptr_array_add (*problems, io_problem);
    }
  else
    cn_catalog_problem_free (io_problem);

  return NULL;
}

/**
 * cn_catalog_new_bundled:
 *
 * Returns: (transfer full): the dataset compiled into the program
 */
CnCatalog *
cn_catalog_new_bundled (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (BUNDLED_CATALOG_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;

  return cn_catalog_new_from_bytes (bytes, "catalog.json", CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS, NULL, error);
}

/* GObject */

static void
term_free (gpointer data)
{
  CnTerm *term = data;

  g_free (term->id);
  cn_text_free (term->label);
  g_free (term);
}

static void
cn_catalog_finalize (GObject *object)
{
  CnCatalog *self = (CnCatalog *)object;

  /* Items hold borrowed pointers into each other; the stores go first,
   * the terms (borrowed by networks) last. */
  _cn_catalog_end_search (self);
  g_mutex_clear (&self->index_lock);
  g_clear_pointer (&self->network_docs, g_ptr_array_unref);
  g_clear_pointer (&self->benefit_docs, g_ptr_array_unref);
  g_clear_pointer (&self->case_study_docs, g_ptr_array_unref);
  g_clear_pointer (&self->network_by_id, g_hash_table_unref);
  g_clear_pointer (&self->benefit_by_id, g_hash_table_unref);
  g_clear_object (&self->case_studies);
  g_clear_object (&self->networks);
  g_clear_object (&self->benefits);
  g_clear_pointer (&self->glossary, g_array_unref);
  g_clear_pointer (&self->israeli_authorities, g_array_unref);
  g_clear_pointer (&self->synonyms, g_ptr_array_unref);
  g_clear_pointer (&self->search_synonyms, cn_search_synonyms_unref);
  g_clear_pointer (&self->dataset, _cn_dataset_info_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->flags, g_ptr_array_unref);
  g_clear_pointer (&self->eligible_areas, g_ptr_array_unref);
  g_clear_pointer (&self->authority_types, g_ptr_array_unref);
  g_clear_pointer (&self->intro_title, cn_text_free);
  g_clear_pointer (&self->intro_body, cn_text_free);
  g_clear_pointer (&self->intro_sources, g_array_unref);
  g_free (self->filename);

  G_OBJECT_CLASS (cn_catalog_parent_class)->finalize (object);
}

static void
cn_catalog_class_init (CnCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cn_catalog_finalize;
}

static void
cn_catalog_init (CnCatalog *self)
{
  g_mutex_init (&self->index_lock);
  self->networks = g_list_store_new (CN_TYPE_NETWORK);
  self->benefits = g_list_store_new (CN_TYPE_BENEFIT);
  self->case_studies = g_list_store_new (CN_TYPE_CASE_STUDY);
  self->network_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->benefit_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->themes = g_ptr_array_new_with_free_func (term_free);
  self->regions = g_ptr_array_new_with_free_func (term_free);
  self->flags = g_ptr_array_new_with_free_func (term_free);
  self->eligible_areas = g_ptr_array_new_with_free_func (term_free);
  self->authority_types = g_ptr_array_new_with_free_func (term_free);
  self->synonyms = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->glossary = _cn_glossary_array_new ();
  self->israeli_authorities = _cn_israeli_authority_array_new ();
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_catalog_problem_free);
  self->intro_sources = _cn_source_array_new ();
  self->network_docs = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_search_doc_free);
  self->benefit_docs = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_search_doc_free);
  self->case_study_docs = g_ptr_array_new_with_free_func ((GDestroyNotify) cn_search_doc_free);
}

/* Public accessors */

const char *
cn_catalog_get_filename (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return self->filename;
}

/**
 * cn_catalog_get_networks:
 *
 * Returns: (transfer none): a #GListModel of #CnNetwork, in file order
 */
GListModel *
cn_catalog_get_networks (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->networks);
}

GListModel *
cn_catalog_get_benefits (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->benefits);
}

GListModel *
cn_catalog_get_case_studies (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->case_studies);
}

CnNetwork *
cn_catalog_find_network (CnCatalog  *self,
                         const char *id)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return id ? g_hash_table_lookup (self->network_by_id, id) : NULL;
}

CnBenefit *
cn_catalog_find_benefit (CnCatalog  *self,
                         const char *id)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return id ? g_hash_table_lookup (self->benefit_by_id, id) : NULL;
}

CnCaseStudy *
cn_catalog_find_case_study (CnCatalog  *self,
                            const char *id)
{
  guint n;

  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->case_studies));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnCaseStudy) study = g_list_model_get_item (G_LIST_MODEL (self->case_studies), i);

      if (g_strcmp0 (cn_case_study_get_id (study), id) == 0)
        return study;   /* the store keeps it alive */
    }
  return NULL;
}

const CnText *
cn_catalog_get_introduction_title (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return self->intro_title;
}

const CnText *
cn_catalog_get_introduction_body (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return self->intro_body;
}

const CnSource *
cn_catalog_get_introduction_sources (CnCatalog *self,
                                     guint     *n_sources)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  *n_sources = self->intro_sources->len;
  return (const CnSource *) (gpointer) self->intro_sources->data;
}


/**
 * cn_catalog_get_warnings:
 *
 * Returns: (transfer none) (element-type CnCatalogProblem): what the loader
 *   found wrong without refusing the file (weak sources), possibly empty
 */
GPtrArray *
cn_catalog_get_warnings (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return self->warnings;
}

/**
 * cn_catalog_get_dataset_info:
 *
 * Returns: (nullable): the dataset's title, publisher, version and date of
 *   publication, or %NULL when the file does not give them
 */
const CnDatasetInfo *
cn_catalog_get_dataset_info (CnCatalog *self)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  return self->dataset;
}

/**
 * cn_catalog_get_vocabulary:
 *
 * Returns: the terms of @vocabulary, in file order (with translated labels,
 *   for pills and filters)
 */
const CnTerm * const *
cn_catalog_get_vocabulary (CnCatalog    *self,
                           CnVocabulary  vocabulary,
                           guint        *n_terms)
{
  GPtrArray *terms = NULL;

  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);

  switch (vocabulary)
    {
    case CN_VOCABULARY_THEMES: terms = self->themes; break;
    case CN_VOCABULARY_REGIONS: terms = self->regions; break;
    case CN_VOCABULARY_FLAGS: terms = self->flags; break;
    case CN_VOCABULARY_ELIGIBLE_AREAS: terms = self->eligible_areas; break;
    case CN_VOCABULARY_AUTHORITY_TYPES: terms = self->authority_types; break;
    default: g_return_val_if_reached (NULL);
    }
  *n_terms = terms->len;
  return (const CnTerm * const *) terms->pdata;
}

const CnGlossaryEntry *
cn_catalog_get_glossary (CnCatalog *self,
                         guint     *n_entries)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  *n_entries = self->glossary->len;
  return (const CnGlossaryEntry *) (gpointer) self->glossary->data;
}

/**
 * cn_catalog_find_glossary_entry:
 * @term: a term as written in the glossary, in any case ("gcom")
 *
 * Returns: (nullable): its entry
 */
const CnGlossaryEntry *
cn_catalog_find_glossary_entry (CnCatalog  *self,
                                const char *term)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  g_return_val_if_fail (term != NULL, NULL);

  for (guint i = 0; i < self->glossary->len; i++)
    {
      const CnGlossaryEntry *entry = &g_array_index (self->glossary, CnGlossaryEntry, i);

      if (g_ascii_strcasecmp (entry->term, term) == 0)
        return entry;
    }
  return NULL;
}

const CnIsraeliAuthority *
cn_catalog_get_israeli_authorities (CnCatalog *self,
                                    guint     *n_authorities)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  *n_authorities = self->israeli_authorities->len;
  return (const CnIsraeliAuthority *) (gpointer) self->israeli_authorities->data;
}

/**
 * cn_catalog_get_synonyms:
 *
 * Returns: the groups of words that mean the same across languages (for
 *   search), each a %NULL-terminated array
 */
const char * const * const *
cn_catalog_get_synonyms (CnCatalog *self,
                         guint     *n_groups)
{
  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);
  *n_groups = self->synonyms->len;
  return (const char * const * const *) self->synonyms->pdata;
}

/* The date a call is filed under: when it closes, else when it opens. */
static const char *
call_date (const CnCall *call)
{
  return call->closes != NULL ? call->closes : call->opens;
}

static int
compare_calls (gconstpointer a,
               gconstpointer b)
{
  const CnCall *x = *(const CnCall * const *) a;
  const CnCall *y = *(const CnCall * const *) b;
  const char *dx = call_date (x);
  const char *dy = call_date (y);
  int order;

  /* Undated calls last; then by date; then in catalog order, which
   * g_ptr_array_sort() does not keep by itself. */
  if ((dx == NULL) != (dy == NULL))
    return dx == NULL ? 1 : -1;
  if (dx != NULL && (order = strcmp (dx, dy)) != 0)
    return order;
  if (x->network != y->network)
    return cn_network_get_position (x->network) < cn_network_get_position (y->network) ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * cn_catalog_dup_calls:
 *
 * Every call, award edition and deadline of every network, each with its
 * network (#CnCall.network), by date (when it closes, else when it opens;
 * undated ones last).
 *
 * Returns: (transfer container) (element-type CnCall): the calls, owned by
 *   their networks
 */
GPtrArray *
cn_catalog_dup_calls (CnCatalog *self)
{
  GPtrArray *calls = g_ptr_array_new ();
  guint n;

  g_return_val_if_fail (CN_IS_CATALOG (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->networks));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CnNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->networks), i);
      guint n_calls;
      const CnCall *network_calls = cn_network_get_calls (network, &n_calls);

      for (guint j = 0; j < n_calls; j++)
        g_ptr_array_add (calls, (gpointer) &network_calls[j]);
    }
  g_ptr_array_sort (calls, compare_calls);
  return calls;
}
