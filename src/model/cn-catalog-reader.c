/* cn-catalog-reader.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The readers of each part of the schema (vocabularies, introduction,
 * benefits, networks, case studies): which fields a part has and which it
 * needs, read with the field readers of cn-catalog-fields.c into the items;
 * then the networks' successors resolved and their chains checked. */

#include "config.h"

#include <glib/gi18n.h>

#include "cn-catalog-private.h"

typedef struct
{
  CnNetwork *network;
  char      *successor_id;
  GArray    *path;               /* CnJsonPathElement, keys owned */
} SuccessorRef;

void
_cn_successor_ref_free (gpointer data)
{
  SuccessorRef *ref = data;

  _cn_json_path_free (ref->path);
  g_free (ref->successor_id);
  g_object_unref (ref->network);
  g_free (ref);
}

static void
read_vocabulary (CnCatalogLoader *L,
                 JsonObject      *vocabularies,
                 const char      *key,
                 GPtrArray       *terms,
                 GHashTable      *by_id)
{
  static const char * const allowed[] = { "id", "label", NULL };
  JsonArray *array = _cn_field_array (L, vocabularies, key);

  if (array == NULL)
    return;

  _cn_loader_push_key (L, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      _cn_loader_push_index (L, i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        _cn_field_wrong_type (L, node, _("an object"));
      else
        {
          JsonObject *obj = json_node_get_object (node);
          g_autofree char *id = NULL;
          CnText *label;

          _cn_field_check_members (L, obj, allowed, allowed);
          id = _cn_field_id (L, obj, "id");
          label = _cn_field_text (L, obj, "label");
          if (id != NULL && g_hash_table_contains (by_id, id))
            {
              _cn_loader_problem (L, "id", CN_CATALOG_ERROR_DUPLICATE_ID, _("the id “%s” is used twice"), id);
              g_clear_pointer (&label, cn_text_free);
            }
          else if (id != NULL && label != NULL)
            {
              CnTerm *term = g_new0 (CnTerm, 1);

              term->id = g_steal_pointer (&id);
              term->label = label;
              g_ptr_array_add (terms, term);
              g_hash_table_insert (by_id, term->id, term);
            }
          else
            g_clear_pointer (&label, cn_text_free);
        }
      _cn_loader_pop (L);
    }
  _cn_loader_pop (L);
}

static void
read_introduction (CnCatalogLoader *L,
                   JsonObject      *root)
{
  static const char * const allowed[] = { "title", "body", "sources", "verified", NULL };
  static const char * const required[] = { "title", "body", "sources", NULL };
  JsonObject *obj = _cn_field_object (L, root, "introduction");
  g_autofree char *verified = NULL;

  if (obj == NULL)
    return;

  _cn_loader_push_key (L, "introduction");
  _cn_field_check_members (L, obj, allowed, required);
  L->catalog->intro_title = _cn_field_text (L, obj, "title");
  L->catalog->intro_body = _cn_field_text (L, obj, "body");
  _cn_field_sources (L, obj, L->catalog->intro_sources);
  verified = _cn_field_date (L, obj, "verified");
  _cn_loader_pop (L);
}

static void
read_benefit (CnCatalogLoader *L,
              JsonObject      *obj,
              guint            position,
              gpointer         user_data)
{
  static const char * const allowed[] = {
    "id", "title", "summary", "explanation", "in_practice", "sources", "verified", NULL
  };
  static const char * const required[] = {
    "id", "title", "summary", "explanation", "in_practice", "sources", "verified", NULL
  };
  g_autoptr(CnBenefit) benefit = g_object_new (CN_TYPE_BENEFIT, NULL);

  _cn_field_check_members (L, obj, allowed, required);
  benefit->position = position;
  benefit->id = _cn_field_id (L, obj, "id");
  benefit->title = _cn_field_text (L, obj, "title");
  benefit->summary = _cn_field_text (L, obj, "summary");
  benefit->explanation = _cn_field_text (L, obj, "explanation");
  benefit->in_practice = _cn_field_text (L, obj, "in_practice");
  _cn_field_sources (L, obj, benefit->sources);
  benefit->verified = _cn_field_date (L, obj, "verified");

  if (benefit->id == NULL || benefit->title == NULL)
    return;
  if (g_hash_table_contains (L->catalog->benefit_by_id, benefit->id))
    {
      _cn_loader_problem (L, "id", CN_CATALOG_ERROR_DUPLICATE_ID, _("the id “%s” is used twice"), benefit->id);
      return;
    }

  g_hash_table_insert (L->catalog->benefit_by_id, benefit->id, benefit);
  g_list_store_append (L->catalog->benefits, benefit);
}

static const CnFieldEnumValue kinds[] = {
  { "membership-network", CN_NETWORK_KIND_MEMBERSHIP_NETWORK },
  { "programme", CN_NETWORK_KIND_PROGRAMME },
  { "award", CN_NETWORK_KIND_AWARD },
  { "policy-framework", CN_NETWORK_KIND_POLICY_FRAMEWORK },
  { "intergovernmental-organisation", CN_NETWORK_KIND_INTERGOVERNMENTAL_ORGANISATION },
  { NULL, 0 }
};

static const CnFieldEnumValue statuses[] = {
  { "active", CN_NETWORK_STATUS_ACTIVE },
  { "ended", CN_NETWORK_STATUS_ENDED },
  { "renamed", CN_NETWORK_STATUS_RENAMED },
  { "unconfirmed", CN_NETWORK_STATUS_UNCONFIRMED },
  { NULL, 0 }
};

static const CnFieldEnumValue eligibilities[] = {
  { "yes", CN_ISRAEL_ELIGIBILITY_YES },
  { "no", CN_ISRAEL_ELIGIBILITY_NO },
  { "unclear", CN_ISRAEL_ELIGIBILITY_UNCLEAR },
  { "partly", CN_ISRAEL_ELIGIBILITY_PARTLY },
  { NULL, 0 }
};

static void
read_programme (CnCatalogLoader *L,
                JsonObject      *p,
                guint            position,
                gpointer         user_data)
{
  static const char * const allowed[] = { "name", "year", "description", NULL };
  static const char * const required[] = { "name", "description", NULL };
  CnNetwork *network = user_data;
  CnProgramme programme = { 0 };

  _cn_field_check_members (L, p, allowed, required);
  programme.name = _cn_field_text (L, p, "name");
  programme.year = _cn_field_year (L, p, "year");
  programme.description = _cn_field_text (L, p, "description");
  if (programme.name != NULL && programme.description != NULL)
    g_array_append_val (network->programmes, programme);
  else
    {
      g_clear_pointer (&programme.name, cn_text_free);
      g_clear_pointer (&programme.description, cn_text_free);
    }
}

static void
read_benefit_link (CnCatalogLoader *L,
                   JsonObject      *b,
                   guint            position,
                   gpointer         user_data)
{
  static const char * const allowed[] = { "benefit", "example", NULL };
  CnNetwork *network = user_data;
  CnBenefitLink link = { 0 };

  _cn_field_check_members (L, b, allowed, allowed);
  link.benefit = _cn_field_benefit (L, b, "benefit");
  link.example = _cn_field_text (L, b, "example");
  for (guint j = 0; link.benefit != NULL && j < network->benefits->len; j++)
    if (g_array_index (network->benefits, CnBenefitLink, j).benefit == link.benefit)
      {
        _cn_loader_problem (L, "benefit", CN_CATALOG_ERROR_DUPLICATE_ID, _("“%s” is listed twice"), link.benefit->id);
        link.benefit = NULL;
      }
  if (link.benefit != NULL && link.example != NULL)
    g_array_append_val (network->benefits, link);
  else
    g_clear_pointer (&link.example, cn_text_free);
}

static void
read_israel_entry (CnCatalogLoader *L,
                   JsonObject      *e,
                   guint            position,
                   gpointer         user_data)
{
  static const char * const allowed[] = { "text", "year", NULL };
  static const char * const required[] = { "text", NULL };
  CnNetwork *network = user_data;
  CnDatedText dated = { 0 };

  _cn_field_check_members (L, e, allowed, required);
  dated.text = _cn_field_text (L, e, "text");
  dated.year = _cn_field_year (L, e, "year");
  if (dated.text != NULL)
    g_array_append_val (network->israel, dated);
}

static void
read_network (CnCatalogLoader *L,
              JsonObject      *obj,
              guint            position,
              gpointer         user_data)
{
  static const char * const allowed[] = {
    "id", "name", "acronym", "aliases", "kind", "status", "status_year", "status_note", "successor",
    "founded", "founders", "secretariat", "summary", "description", "eligibility", "israel_eligibility",
    "cost", "commitments", "size", "themes", "regions", "programmes", "benefits", "israel", "unconfirmed",
    "website", "sources", "verified", "guide", "short_name", "fee", "flags", "eligibility_conditions",
    "commitment_steps", "how_to_join", "calls", NULL
  };
  static const char * const required[] = {
    "id", "name", "kind", "status", "summary", "description", "eligibility", "israel_eligibility",
    "themes", "regions", "website", "sources", "verified", NULL
  };
  g_autoptr(CnNetwork) network = g_object_new (CN_TYPE_NETWORK, NULL);
  JsonObject *sub;

  _cn_field_check_members (L, obj, allowed, required);

  network->id = _cn_field_id (L, obj, "id");
  network->name = _cn_field_text (L, obj, "name");
  network->acronym = g_strdup (_cn_field_string (L, obj, "acronym"));
  network->aliases = _cn_field_string_list (L, obj, "aliases");
  network->kind = _cn_field_enum (L, obj, "kind", kinds, CN_NETWORK_KIND_MEMBERSHIP_NETWORK);
  network->status = _cn_field_enum (L, obj, "status", statuses, CN_NETWORK_STATUS_ACTIVE);
  network->status_year = _cn_field_year (L, obj, "status_year");
  network->status_note = _cn_field_text (L, obj, "status_note");

  if ((sub = _cn_field_object (L, obj, "successor")))
    {
      static const char * const s_allowed[] = { "name", "website", "network", NULL };
      static const char * const s_required[] = { "name", NULL };
      const char *successor_id;

      _cn_loader_push_key (L, "successor");
      _cn_field_check_members (L, sub, s_allowed, s_required);
      network->successor_name = _cn_field_text (L, sub, "name");
      network->successor_website = _cn_field_url (L, sub, "website");
      successor_id = _cn_field_string (L, sub, "network");
      if (successor_id != NULL)
        {
          SuccessorRef *ref = g_new0 (SuccessorRef, 1);

          /* A strong reference: the network is not stored when it has
           * problems, but resolve_successors() still writes to it. */
          ref->network = g_object_ref (network);
          ref->successor_id = g_strdup (successor_id);
          ref->path = _cn_loader_copy_path (L, "network");
          g_ptr_array_add (L->successor_refs, ref);
        }
      _cn_loader_pop (L);
    }

  network->founded = _cn_field_year (L, obj, "founded");
  network->founders = _cn_field_text (L, obj, "founders");
  network->secretariat = _cn_field_text (L, obj, "secretariat");
  network->summary = _cn_field_text (L, obj, "summary");
  network->description = _cn_field_text (L, obj, "description");
  network->eligibility = _cn_field_text (L, obj, "eligibility");

  if ((sub = _cn_field_object (L, obj, "israel_eligibility")))
    {
      static const char * const e_allowed[] = { "status", "note", NULL };
      static const char * const e_required[] = { "status", NULL };

      _cn_loader_push_key (L, "israel_eligibility");
      _cn_field_check_members (L, sub, e_allowed, e_required);
      network->israel_eligibility = _cn_field_enum (L, sub, "status", eligibilities, CN_ISRAEL_ELIGIBILITY_UNCLEAR);
      network->israel_eligibility_note = _cn_field_text (L, sub, "note");
      _cn_loader_pop (L);
    }

  network->cost = _cn_field_text (L, obj, "cost");
  network->commitments = _cn_field_text (L, obj, "commitments");

  if ((sub = _cn_field_object (L, obj, "size")))
    {
      static const char * const z_allowed[] = { "text", "year", NULL };
      static const char * const z_required[] = { "text", NULL };

      _cn_loader_push_key (L, "size");
      _cn_field_check_members (L, sub, z_allowed, z_required);
      network->size = _cn_field_text (L, sub, "text");
      network->size_year = _cn_field_year (L, sub, "year");
      _cn_loader_pop (L);
    }

  _cn_field_references (L, obj, "themes", L->theme_by_id, _("theme"), network->themes);
  _cn_field_references (L, obj, "regions", L->region_by_id, _("region"), network->regions);
  _cn_field_objects (L, obj, "programmes", read_programme, network);
  _cn_field_objects (L, obj, "benefits", read_benefit_link, network);
  _cn_field_objects (L, obj, "israel", read_israel_entry, network);
  network->unconfirmed = _cn_field_text (L, obj, "unconfirmed");
  network->website = _cn_field_url (L, obj, "website");
  _cn_field_sources (L, obj, network->sources);
  network->verified = _cn_field_date (L, obj, "verified");
  network->guide = _cn_field_text (L, obj, "guide");
  network->short_name = _cn_field_partial_text (L, obj, "short_name");
  _cn_read_network_decide (L, obj, network);

  if (network->status == CN_NETWORK_STATUS_ENDED && network->status_year == 0 && network->id != NULL)
    _cn_loader_problem (L, "status", CN_CATALOG_ERROR_MISSING_FIELD, _("an ended network needs “status_year”"));

  if (network->id == NULL || network->name == NULL || network->summary == NULL)
    return;
  if (g_hash_table_contains (L->catalog->network_by_id, network->id))
    {
      _cn_loader_problem (L, "id", CN_CATALOG_ERROR_DUPLICATE_ID, _("the id “%s” is used twice"), network->id);
      return;
    }

  network->position = g_list_model_get_n_items (G_LIST_MODEL (L->catalog->networks));
  g_hash_table_insert (L->catalog->network_by_id, network->id, network);
  g_list_store_append (L->catalog->networks, network);
}

/* A problem at the place @ref was read from (the reading has moved on). */
static void
successor_problem (CnCatalogLoader *L,
                   SuccessorRef    *ref,
                   CnCatalogError   code,
                   char            *message)
{
  _cn_loader_add_problem_at (L, _cn_json_path_copy (ref->path, NULL), code, message);
}

static void
resolve_successors (CnCatalogLoader *L)
{
  guint n_networks = g_list_model_get_n_items (G_LIST_MODEL (L->catalog->networks));

  for (guint i = 0; i < L->successor_refs->len; i++)
    {
      SuccessorRef *ref = g_ptr_array_index (L->successor_refs, i);
      CnNetwork *target = g_hash_table_lookup (L->catalog->network_by_id, ref->successor_id);

      if (target == NULL)
        successor_problem (L, ref, CN_CATALOG_ERROR_BAD_REFERENCE,
                           g_strdup_printf (_("there is no network with the id “%s”"), ref->successor_id));
      else if (target == ref->network)
        successor_problem (L, ref, CN_CATALOG_ERROR_REFERENCE_LOOP,
                           g_strdup (_("a network cannot be its own successor")));
      else
        ref->network->successor = target;
    }

  /* A chain of successors must end: walking more steps than there are
   * networks means it returns to itself. */
  for (guint i = 0; i < L->successor_refs->len; i++)
    {
      SuccessorRef *ref = g_ptr_array_index (L->successor_refs, i);
      CnNetwork *walk = ref->network->successor;
      guint steps = 0;

      while (walk != NULL && walk != ref->network && steps <= n_networks)
        {
          walk = walk->successor;
          steps++;
        }
      if (walk == ref->network)
        {
          successor_problem (L, ref, CN_CATALOG_ERROR_REFERENCE_LOOP,
                             g_strdup_printf (_("the chain of successors starting at “%s” returns to itself"),
                                              ref->network->id));
          /* Break the loop so nothing walks it forever. */
          ref->network->successor = NULL;
        }
    }
}

static void
read_case_section (CnCatalogLoader *L,
                   JsonObject      *s,
                   guint            position,
                   gpointer         user_data)
{
  static const char * const allowed[] = { "id", "title", "body", "networks", "own_reading", "sources", NULL };
  static const char * const required[] = { "id", "title", "body", NULL };
  CnCaseStudy *study = user_data;
  CnCaseSection section = { 0 };

  _cn_field_check_members (L, s, allowed, required);
  section.id = _cn_field_id (L, s, "id");
  section.title = _cn_field_text (L, s, "title");
  section.body = _cn_field_text (L, s, "body");
  section.networks = _cn_field_networks (L, s);
  section.own_reading = _cn_field_boolean (L, s, "own_reading", FALSE);
  section.sources = _cn_source_array_new ();
  _cn_field_sources (L, s, section.sources);
  g_array_append_val (study->sections, section);
}

static void
read_achievement (CnCatalogLoader *L,
                  JsonObject      *a,
                  guint            position,
                  gpointer         user_data)
{
  static const char * const allowed[] = { "year", "title", "text", "benefit", "networks", "sources", NULL };
  static const char * const required[] = { "year", "title", "text", "benefit", NULL };
  CnCaseStudy *study = user_data;
  CnAchievement achievement = { 0 };

  _cn_field_check_members (L, a, allowed, required);
  achievement.year = _cn_field_year (L, a, "year");
  achievement.title = _cn_field_text (L, a, "title");
  achievement.text = _cn_field_text (L, a, "text");
  achievement.benefit = _cn_field_benefit (L, a, "benefit");
  achievement.networks = _cn_field_networks (L, a);
  achievement.sources = _cn_source_array_new ();
  _cn_field_sources (L, a, achievement.sources);
  g_array_append_val (study->achievements, achievement);
}

typedef struct
{
  CnCaseStudy *study;
  int          last_year;
} TimelineReader;

static void
read_timeline_event (CnCatalogLoader *L,
                     JsonObject      *e,
                     guint            position,
                     gpointer         user_data)
{
  static const char * const allowed[] = { "year", "event", "networks", "sources", NULL };
  static const char * const required[] = { "year", "event", NULL };
  TimelineReader *reader = user_data;
  CnCaseStudy *study = reader->study;
  CnTimelineEvent event = { 0 };

  _cn_field_check_members (L, e, allowed, required);
  event.year = _cn_field_year (L, e, "year");
  if (event.year != 0 && event.year < reader->last_year)
    _cn_loader_problem (L, "year", CN_CATALOG_ERROR_INVALID_VALUE,
                        _("the timeline must be in order of years (%d comes after %d)"), event.year, reader->last_year);
  reader->last_year = MAX (reader->last_year, event.year);
  event.event = _cn_field_text (L, e, "event");
  event.networks = _cn_field_networks (L, e);
  event.sources = _cn_source_array_new ();
  _cn_field_sources (L, e, event.sources);
  g_array_append_val (study->timeline, event);
}

static void
read_case_study (CnCatalogLoader *L,
                 JsonObject      *obj,
                 guint            position,
                 gpointer         user_data)
{
  static const char * const allowed[] = {
    "id", "title", "summary", "sections", "achievements", "timeline", "sources", "verified", NULL
  };
  static const char * const required[] = { "id", "title", "summary", "sections", "sources", "verified", NULL };
  g_autoptr(CnCaseStudy) study = g_object_new (CN_TYPE_CASE_STUDY, NULL);

  _cn_field_check_members (L, obj, allowed, required);
  study->id = _cn_field_id (L, obj, "id");
  study->title = _cn_field_text (L, obj, "title");
  study->summary = _cn_field_text (L, obj, "summary");

  _cn_field_objects (L, obj, "sections", read_case_section, study);
  _cn_field_objects (L, obj, "achievements", read_achievement, study);
  _cn_field_objects (L, obj, "timeline", read_timeline_event, &(TimelineReader) { study, 0 });

  _cn_field_sources (L, obj, study->sources);
  study->verified = _cn_field_date (L, obj, "verified");

  if (study->id != NULL && study->title != NULL)
    g_list_store_append (L->catalog->case_studies, study);
}

void
_cn_catalog_read_document (CnCatalogLoader *L,
                           JsonNode        *root_node)
{
  static const char * const allowed[] = {
    "schema_version", "dataset", "vocabularies", "introduction", "benefits", "networks", "case_studies",
    "glossary", "israeli_authorities", NULL
  };
  static const char * const required[] = { "schema_version", "networks", NULL };
  JsonObject *root;
  JsonObject *vocabularies;
  JsonNode *version;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      _cn_field_wrong_type (L, root_node, _("an object at the top of the file"));
      return;
    }
  root = json_node_get_object (root_node);
  _cn_field_check_members (L, root, allowed, required);

  version = json_object_get_member (root, "schema_version");
  if (version != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
        {
          _cn_loader_push_key (L, "schema_version");
          _cn_field_wrong_type (L, version, _("a whole number"));
          _cn_loader_pop (L);
        }
      else if (json_node_get_int (version) != CN_CATALOG_SCHEMA_VERSION)
        {
          /* A different version means different rules: stop here rather
           * than report a flood of misleading problems. */
          _cn_loader_problem (L, "schema_version", CN_CATALOG_ERROR_UNSUPPORTED_VERSION,
                              _("this app reads schema version %d, the file has version %lld"),
                              CN_CATALOG_SCHEMA_VERSION, (long long) json_node_get_int (version));
          return;
        }
    }

  if ((vocabularies = _cn_field_object (L, root, "vocabularies")))
    {
      static const char * const v_allowed[] = {
        "themes", "regions", "flags", "eligible_areas", "authority_types", "synonyms", NULL
      };
      static const char * const v_required[] = { "themes", "regions", NULL };

      _cn_loader_push_key (L, "vocabularies");
      _cn_field_check_members (L, vocabularies, v_allowed, v_required);
      read_vocabulary (L, vocabularies, "themes", L->catalog->themes, L->theme_by_id);
      read_vocabulary (L, vocabularies, "regions", L->catalog->regions, L->region_by_id);
      read_vocabulary (L, vocabularies, "flags", L->catalog->flags, L->flag_by_id);
      read_vocabulary (L, vocabularies, "eligible_areas", L->catalog->eligible_areas, L->area_by_id);
      read_vocabulary (L, vocabularies, "authority_types", L->catalog->authority_types, L->authority_type_by_id);
      _cn_read_synonyms (L, vocabularies);
      _cn_loader_pop (L);
    }

  _cn_read_dataset (L, root);
  read_introduction (L, root);
  _cn_field_objects (L, root, "benefits", read_benefit, NULL);
  _cn_field_objects (L, root, "networks", read_network, NULL);
  resolve_successors (L);
  _cn_field_objects (L, root, "case_studies", read_case_study, NULL);
  _cn_read_glossary (L, root);
  _cn_read_israeli_authorities (L, root);
}

