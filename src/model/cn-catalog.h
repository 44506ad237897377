/* cn-catalog.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cn-benefit.h"
#include "cn-case-study.h"
#include "cn-freshness.h"
#include "cn-network.h"
#include "cn-search.h"
#include "cn-search-index.h"

G_BEGIN_DECLS

#define CN_CATALOG_ERROR (cn_catalog_error_quark ())

typedef enum
{
  CN_CATALOG_ERROR_IO,
  CN_CATALOG_ERROR_TOO_LARGE,
  CN_CATALOG_ERROR_SYNTAX,
  CN_CATALOG_ERROR_ENCODING,
  CN_CATALOG_ERROR_TOO_DEEP,
  CN_CATALOG_ERROR_TOO_LONG,
  CN_CATALOG_ERROR_NUMBER_RANGE,
  CN_CATALOG_ERROR_DUPLICATE_KEY,
  CN_CATALOG_ERROR_WRONG_TYPE,
  CN_CATALOG_ERROR_UNKNOWN_FIELD,
  CN_CATALOG_ERROR_MISSING_FIELD,
  CN_CATALOG_ERROR_INVALID_VALUE,
  CN_CATALOG_ERROR_MISSING_TRANSLATION,
  CN_CATALOG_ERROR_DUPLICATE_ID,
  CN_CATALOG_ERROR_BAD_REFERENCE,
  CN_CATALOG_ERROR_REFERENCE_LOOP,
  CN_CATALOG_ERROR_UNSAFE_LINK,
  CN_CATALOG_ERROR_UNSUPPORTED_VERSION,
  /* Only ever a warning: a source on the deny list (cn-source-policy.c). */
  CN_CATALOG_ERROR_WEAK_SOURCE,
} CnCatalogError;

typedef enum
{
  CN_CATALOG_FLAGS_NONE = 0,
  /* Every text must have English and Hebrew (the bundled dataset's rule). */
  CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS = 1 << 0,
  /* Accept files up to CN_CATALOG_MAX_SIZE_LARGE (benchmarks). */
  CN_CATALOG_FLAGS_LARGE = 1 << 1,
} CnCatalogFlags;

/* Where the networks' search index is (cn_catalog_get_index_state()). */
typedef enum
{
  CN_CATALOG_INDEX_NONE,       /* not started: the first search builds it */
  CN_CATALOG_INDEX_BUILDING,   /* started on another processor */
  CN_CATALOG_INDEX_BUILT,
} CnCatalogIndexState;

/* Files above this are refused before anything is parsed. */
#define CN_CATALOG_MAX_SIZE        (64 * 1024 * 1024)
#define CN_CATALOG_MAX_SIZE_LARGE  ((gsize) 1536 * 1024 * 1024)
#define CN_CATALOG_MAX_DEPTH       32
#define CN_CATALOG_MAX_TEXT        (256 * 1024)
#define CN_CATALOG_MAX_PROBLEMS    100
#define CN_CATALOG_SCHEMA_VERSION  1

typedef struct
{
  CnCatalogError  code;
  char           *file;
  guint           line;     /* 0 when the problem concerns the whole file */
  guint           column;
  char           *path;     /* "networks[3].name.he", "" for the document */
  char           *message;
  gboolean        warning;  /* reported, but the file still loads */
} CnCatalogProblem;

#define CN_TYPE_CATALOG (cn_catalog_get_type ())

G_DECLARE_FINAL_TYPE (CnCatalog, cn_catalog, CN, CATALOG, GObject)

GQuark         cn_catalog_error_quark            (void);
void           cn_catalog_problem_free           (CnCatalogProblem *problem);
char          *cn_catalog_problem_to_string      (const CnCatalogProblem *problem);

CnCatalog     *cn_catalog_new_from_bytes         (GBytes          *bytes,
                                                  const char      *filename,
                                                  CnCatalogFlags   flags,
                                                  GPtrArray      **problems,
                                                  GError         **error);
CnCatalog     *cn_catalog_new_from_file          (GFile           *file,
                                                  CnCatalogFlags   flags,
                                                  GPtrArray      **problems,
                                                  GError         **error);
CnCatalog     *cn_catalog_new_bundled            (GError         **error);

const char    *cn_catalog_get_filename           (CnCatalog       *self);
GListModel    *cn_catalog_get_networks           (CnCatalog       *self);
GListModel    *cn_catalog_get_benefits           (CnCatalog       *self);
GListModel    *cn_catalog_get_case_studies       (CnCatalog       *self);
CnNetwork     *cn_catalog_find_network           (CnCatalog       *self,
                                                  const char      *id);
CnBenefit     *cn_catalog_find_benefit           (CnCatalog       *self,
                                                  const char      *id);
CnCaseStudy   *cn_catalog_find_case_study        (CnCatalog       *self,
                                                  const char      *id);
const CnText  *cn_catalog_get_introduction_title (CnCatalog       *self);
const CnText  *cn_catalog_get_introduction_body  (CnCatalog       *self);
const CnSource*cn_catalog_get_introduction_sources (CnCatalog     *self,
                                                  guint           *n_sources);
const CnSearchDoc *cn_catalog_get_network_search_doc (CnCatalog   *self,
                                                  guint            position);
const CnSearchDoc *cn_catalog_get_benefit_search_doc (CnCatalog   *self,
                                                  guint            position);
guint          cn_catalog_search_networks        (CnCatalog           *self,
                                                  const CnSearchQuery *query,
                                                  int                 *ranks);
CnSearchDoc   *cn_catalog_new_network_search_doc (CnCatalog           *self,
                                                  guint                position);
CnSearchIndex *cn_catalog_build_network_index    (CnCatalog           *self);
void           cn_catalog_prepare_search        (CnCatalog           *self);
CnCatalogIndexState cn_catalog_get_index_state  (CnCatalog           *self);
void           cn_catalog_wait_for_search       (CnCatalog           *self);
CnSearchQuery *cn_catalog_new_search_query       (CnCatalog           *self,
                                                  const char          *text);
CnSearchQuery *cn_catalog_correct_network_query  (CnCatalog           *self,
                                                  const CnSearchQuery *query);
guint          cn_catalog_search_networks_corrected (CnCatalog        *self,
                                                  const CnSearchQuery *query,
                                                  int                 *ranks,
                                                  CnSearchQuery      **corrected);

/* Where a search matched a case study: its title and summary (section -1)
 * or one of its sections. */
typedef struct
{
  CnCaseStudy *case_study;   /* borrowed from the catalog */
  guint        position;     /* of the case study in the catalog */
  int          section;      /* index into its sections, or -1 */
  const char  *section_id;   /* the section's id, or NULL */
  int          rank;         /* as cn_search_doc_match()'s: lower is better */
} CnCaseStudyMatch;

GArray        *cn_catalog_search_case_studies    (CnCatalog           *self,
                                                  const CnSearchQuery *query);

/* The vocabularies that records point to by id. */
typedef enum
{
  CN_VOCABULARY_THEMES,
  CN_VOCABULARY_REGIONS,
  CN_VOCABULARY_FLAGS,
  CN_VOCABULARY_ELIGIBLE_AREAS,
  CN_VOCABULARY_AUTHORITY_TYPES,
} CnVocabulary;

GPtrArray     *cn_catalog_get_warnings           (CnCatalog       *self);
const CnDatasetInfo *cn_catalog_get_dataset_info (CnCatalog       *self);
const CnTerm * const *cn_catalog_get_vocabulary  (CnCatalog       *self,
                                                  CnVocabulary     vocabulary,
                                                  guint           *n_terms);
const CnGlossaryEntry *cn_catalog_get_glossary   (CnCatalog       *self,
                                                  guint           *n_entries);
const CnGlossaryEntry *cn_catalog_find_glossary_entry (CnCatalog  *self,
                                                  const char      *term);
const CnIsraeliAuthority *cn_catalog_get_israeli_authorities (CnCatalog *self,
                                                  guint           *n_authorities);
const char * const * const *cn_catalog_get_synonyms (CnCatalog    *self,
                                                  guint           *n_groups);
GPtrArray     *cn_catalog_dup_calls              (CnCatalog       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CnCatalogProblem, cn_catalog_problem_free)

G_END_DECLS
