/* cn-catalog-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* What the files of the catalog share: the catalog's struct, and the
 * loader's state with the functions that read, check and report on one
 * dataset. Only the cn-catalog*.c files include this.
 *
 *   cn-catalog.c          the object, its entry points and accessors
 *   cn-catalog-problem.c  the loader's state and path, problems -> GError
 *   cn-catalog-fields.c   typed, validated readers of one field
 *   cn-catalog-reader.c   the readers of each part of the schema
 *   cn-catalog-reader-decide.c    a network's fee, flags, conditions, steps,
 *                                 how to join and calls
 *   cn-catalog-reader-glossary.c  the glossary, Israeli authorities,
 *                                 synonyms and dataset metadata
 *   cn-catalog-search.c   search texts, the index, benefit <-> network links
 */

#include <json-glib/json-glib.h>

#include "cn-catalog.h"
#include "cn-json-scan.h"
#include "cn-model-private.h"
#include "cn-search-index.h"

G_BEGIN_DECLS

typedef struct _CnIndexJob CnIndexJob;

struct _CnCatalog
{
  GObject        parent_instance;

  char          *filename;
  GListStore    *networks;
  GListStore    *benefits;
  GListStore    *case_studies;
  GHashTable    *network_by_id;    /* borrowed keys and values */
  GHashTable    *benefit_by_id;
  GPtrArray     *themes;           /* CnTerm* owned */
  GPtrArray     *regions;
  CnText        *intro_title;
  CnText        *intro_body;
  GArray        *intro_sources;
  GPtrArray     *network_docs;     /* CnSearchDoc, by network position */
  CnSearchIndex *network_index;    /* NULL until built (index_part may be building it) */
  GMutex         index_lock;       /* index_part, index_job, network_index */
  struct _CnPart *index_part;      /* the index being built, or NULL */
  struct _CnIndexJob *index_job;
  struct _CnPart *release_part;    /* json-glib's tree being freed, or NULL */
  GPtrArray     *benefit_docs;
  GPtrArray     *case_study_docs;  /* CnSearchDoc: each study's top, then its sections */
  GPtrArray     *flags;            /* CnTerm* owned */
  GPtrArray     *eligible_areas;   /* CnTerm* owned */
  GPtrArray     *authority_types;  /* CnTerm* owned */
  GPtrArray     *synonyms;         /* char** owned, one group each */
  CnSearchSynonyms *search_synonyms; /* the same, folded for the search */
  GArray        *glossary;         /* CnGlossaryEntry */
  GArray        *israeli_authorities; /* CnIsraeliAuthority */
  CnDatasetInfo *dataset;          /* NULL when the file has none */
  GPtrArray     *warnings;         /* CnCatalogProblem */
};

/* The loader: one pass over json-glib's tree, building the items as it
 * goes. Every problem is collected (up to a cap) with its JSON path;
 * positions are looked up in the text only when something is wrong, so a
 * valid file pays nothing for them. */
typedef struct
{
  const char     *data;
  gsize           length;
  const char     *filename;
  CnCatalogFlags  flags;
  GArray         *path;          /* CnJsonPathElement, keys borrowed from the tree */
  GPtrArray      *problems;      /* CnPendingProblem */
  GPtrArray      *warnings;      /* CnPendingProblem, not counted as problems */
  gboolean        overflowed;
  gboolean        scan_fatal;    /* the scanner found more than duplicate keys */
  CnCatalog      *catalog;
  GHashTable     *theme_by_id;
  GHashTable     *region_by_id;
  GHashTable     *flag_by_id;
  GHashTable     *area_by_id;
  GHashTable     *authority_type_by_id;
  GPtrArray      *successor_refs;
} CnCatalogLoader;

/* cn-catalog-problem.c */

void              _cn_loader_init            (CnCatalogLoader *L,
                                              const char      *data,
                                              gsize            length,
                                              const char      *filename,
                                              CnCatalogFlags   flags);
void              _cn_loader_clear           (CnCatalogLoader *L);

CnCatalogProblem *_cn_catalog_problem_new    (CnCatalogError   code,
                                              const char      *file,
                                              guint            line,
                                              guint            column,
                                              const char      *path,
                                              const char      *message);
GArray           *_cn_json_path_copy         (GArray          *path,
                                              const char      *extra_key);
void              _cn_json_path_free         (GArray          *path);

static inline GArray *
_cn_loader_copy_path (CnCatalogLoader *L,
                      const char      *extra_key)
{
  return _cn_json_path_copy (L->path, extra_key);
}

static inline void
_cn_loader_push_key (CnCatalogLoader *L,
                     const char      *key)
{
  CnJsonPathElement e = { key, 0 };
  g_array_append_val (L->path, e);
}

static inline void
_cn_loader_push_index (CnCatalogLoader *L,
                       guint            index)
{
  CnJsonPathElement e = { NULL, index };
  g_array_append_val (L->path, e);
}

static inline void
_cn_loader_pop (CnCatalogLoader *L)
{
  g_array_set_size (L->path, L->path->len - 1);
}

gboolean          _cn_loader_add_problem_at  (CnCatalogLoader *L,
                                              GArray          *path,
                                              CnCatalogError   code,
                                              char            *message);
G_GNUC_PRINTF (4, 5)
void              _cn_loader_problem         (CnCatalogLoader *L,
                                              const char      *extra_key,
                                              CnCatalogError   code,
                                              const char      *format,
                                              ...);
gboolean          _cn_loader_scan_problem_cb (CnJsonScanProblem kind,
                                              guint            line,
                                              guint            column,
                                              const char      *path,
                                              const char      *message,
                                              gpointer         user_data);
GPtrArray        *_cn_loader_end_problems    (CnCatalogLoader *L,
                                              GError         **error);
G_GNUC_PRINTF (4, 5)
void              _cn_loader_warning         (CnCatalogLoader *L,
                                              const char      *extra_key,
                                              CnCatalogError   code,
                                              const char      *format,
                                              ...);
GPtrArray        *_cn_loader_end_warnings    (CnCatalogLoader *L);

/* cn-catalog-fields.c */

typedef struct
{
  const char *name;
  int         value;
} CnFieldEnumValue;

typedef void (*CnReadItemFunc) (CnCatalogLoader *L,
                                JsonObject      *item,
                                guint            position,
                                gpointer         user_data);

void        _cn_field_wrong_type    (CnCatalogLoader        *L,
                                     JsonNode               *node,
                                     const char             *expected);
void        _cn_field_check_members (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char * const     *allowed,
                                     const char * const     *required);
JsonObject *_cn_field_object        (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
JsonArray  *_cn_field_array         (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
void        _cn_field_objects       (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key,
                                     CnReadItemFunc          func,
                                     gpointer                user_data);
const char *_cn_field_string        (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
CnText     *_cn_field_text          (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
CnText     *_cn_field_partial_text  (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
gboolean    _cn_field_boolean       (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key,
                                     gboolean                fallback);
int         _cn_field_count         (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key,
                                     int                     min,
                                     int                     max);
char      **_cn_field_language_codes (CnCatalogLoader       *L,
                                     JsonObject             *object,
                                     const char             *key);
int         _cn_field_year          (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
char       *_cn_field_date          (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
char       *_cn_field_url           (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
char       *_cn_field_id            (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
int         _cn_field_enum          (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key,
                                     const CnFieldEnumValue *values,
                                     int                     fallback);
void        _cn_field_sources       (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     GArray                 *sources);
char      **_cn_field_string_list   (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
void        _cn_field_references    (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key,
                                     GHashTable             *table,
                                     const char             *what,
                                     GPtrArray              *out);
CnBenefit  *_cn_field_benefit       (CnCatalogLoader        *L,
                                     JsonObject             *object,
                                     const char             *key);
GPtrArray  *_cn_field_networks      (CnCatalogLoader        *L,
                                     JsonObject             *object);

/* cn-catalog-reader.c */

void        _cn_successor_ref_free  (gpointer                data);
void        _cn_catalog_read_document (CnCatalogLoader      *L,
                                     JsonNode               *root);

/* cn-catalog-reader-decide.c */

void        _cn_read_network_decide (CnCatalogLoader        *L,
                                     JsonObject             *obj,
                                     CnNetwork              *network);

/* cn-catalog-reader-glossary.c */

void        _cn_read_synonyms       (CnCatalogLoader        *L,
                                     JsonObject             *vocabularies);
void        _cn_read_dataset        (CnCatalogLoader        *L,
                                     JsonObject             *root);
void        _cn_read_glossary       (CnCatalogLoader        *L,
                                     JsonObject             *root);
void        _cn_read_israeli_authorities (CnCatalogLoader   *L,
                                     JsonObject             *root);

/* cn-catalog-search.c */

void        _cn_catalog_link_deliveries (CnCatalog          *self);
void        _cn_catalog_build_search    (CnCatalog          *self);
void        _cn_catalog_end_search      (CnCatalog          *self);

G_END_DECLS
