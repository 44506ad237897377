/* cn-brief.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a council brief says, in which order: a title block, the list of
 * networks and their comparison when there are several, then one entry
 * per network. The writers only decide how it looks. */


#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cn-benefit.h"
#include "cn-bidi.h"
#include "cn-brief.h"
#include "cn-export-i18n.h"
#include "cn-network.h"

struct _CnBrief
{
  char      *language;
  char      *title;
  char      *credit;
  GArray    *blocks;     /* CnBriefBlock */
};

#define TR(msgid) cn_brief_translate (self, msgid)

static void
block_clear (gpointer data)
{
  CnBriefBlock *block = data;

  g_free (block->label);
  g_free (block->text);
  g_free (block->url);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
}

static CnBriefBlock *
add_block (CnBrief          *self,
           CnBriefBlockKind  kind,
           const char       *label,
           const char       *text)
{
  CnBriefBlock block = { kind, g_strdup (label), g_strdup (text), NULL, NULL };

  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, CnBriefBlock, self->blocks->len - 1);
}

/* A data text that may be missing: nothing is added then. */
static void
add_data_paragraph (CnBrief      *self,
                    const char   *heading,
                    const CnText *text)
{
  const char *value = cn_brief_data_text (self, text);

  if (value == NULL || value[0] == '\0')
    return;
  if (heading != NULL)
    add_block (self, CN_BRIEF_BLOCK_SUBHEADING, NULL, heading);
  add_block (self, CN_BRIEF_BLOCK_PARAGRAPH, NULL, value);
}

static char *
network_title (CnBrief   *self,
               CnNetwork *network)
{
  const char *name = cn_brief_data_text (self, cn_network_get_name (network));
  const char *acronym = cn_network_get_acronym (network);

  if (acronym != NULL && acronym[0] != '\0' && strstr (name, acronym) == NULL)
    return g_strdup_printf (TR (N_("%s (%s)")), name, acronym);
  return g_strdup (name);
}

static const char *
kind_label (CnBrief       *self,
            CnNetworkKind  kind)
{
  switch (kind)
    {
    case CN_NETWORK_KIND_MEMBERSHIP_NETWORK:
      return TR (N_("Membership network"));
    case CN_NETWORK_KIND_PROGRAMME:
      return TR (N_("Programme"));
    case CN_NETWORK_KIND_AWARD:
      return TR (N_("Award or competition"));
    case CN_NETWORK_KIND_POLICY_FRAMEWORK:
      return TR (N_("Policy framework"));
    case CN_NETWORK_KIND_INTERGOVERNMENTAL_ORGANISATION:
      return TR (N_("Intergovernmental organisation"));
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
eligibility_label (CnBrief             *self,
                   CnIsraelEligibility  eligibility,
                   gboolean             short_form)
{
  switch (eligibility)
    {
    case CN_ISRAEL_ELIGIBILITY_YES:
      return short_form ? TR (N_("Yes")) : TR (N_("Yes, an Israeli local authority can take part"));
    case CN_ISRAEL_ELIGIBILITY_NO:
      return short_form ? TR (N_("No")) : TR (N_("No, not directly"));
    case CN_ISRAEL_ELIGIBILITY_UNCLEAR:
      return TR (N_("Not confirmed"));
    case CN_ISRAEL_ELIGIBILITY_PARTLY:
      return TR (N_("Partly"));
    default:
      g_return_val_if_reached ("");
    }
}

/* The same sentences as the window's detail pane. */
static char *
status_text (CnBrief   *self,
             CnNetwork *network)
{
  const CnText *successor = cn_network_get_successor_name (network);
  const char *name = successor ? cn_brief_data_text (self, successor) : NULL;
  int year = cn_network_get_status_year (network);

  switch (cn_network_get_status (network))
    {
    case CN_NETWORK_STATUS_ACTIVE:
      return g_strdup (TR (N_("Active")));

    case CN_NETWORK_STATUS_ENDED:
      if (year != 0 && name != NULL)
        /* Translators: "Ended in 2019 — continues as the Resilient Cities Network" */
        return g_strdup_printf (TR (N_("Ended in %d — continues as the %s")), year, name);
      if (year != 0)
        return g_strdup_printf (TR (N_("Ended in %d")), year);
      return g_strdup (TR (N_("This programme has ended")));

    case CN_NETWORK_STATUS_RENAMED:
      if (name != NULL && year != 0)
        return g_strdup_printf (TR (N_("Renamed in %d — now the %s")), year, name);
      if (name != NULL)
        return g_strdup_printf (TR (N_("Renamed — now the %s")), name);
      return g_strdup (TR (N_("Renamed")));

    case CN_NETWORK_STATUS_UNCONFIRMED:
      return g_strdup (TR (N_("Current activity not confirmed")));

    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static char *
size_text (CnBrief   *self,
           CnNetwork *network)
{
  const char *size = cn_brief_data_text (self, cn_network_get_size (network));
  int year = cn_network_get_size_year (network);

  if (size == NULL)
    return g_strdup ("—");
  if (year == 0)
    return g_strdup (size);
  /* Translators: a network's size and the year of the figure */
  return g_strdup_printf (TR (N_("%s (figure from %d)")), size, year);
}

static void
add_title_block (CnBrief    *self,
                 guint       n_networks,
                 const char *authority,
                 const char *iso_date)
{
  g_autofree char *date = cn_export_format_date (self->language, iso_date);
  g_autofree char *count = g_strdup_printf ("%u", n_networks);

  add_block (self, CN_BRIEF_BLOCK_TITLE, NULL, self->title);
  if (authority != NULL && authority[0] != '\0')
    add_block (self, CN_BRIEF_BLOCK_SUBTITLE, NULL, authority);
  add_block (self, CN_BRIEF_BLOCK_META, TR (N_("Date")), date);
  add_block (self, CN_BRIEF_BLOCK_META, TR (N_("Language")),
             cn_export_language_name (self->language, self->language));
  add_block (self, CN_BRIEF_BLOCK_META, TR (N_("Networks")), count);
  add_block (self, CN_BRIEF_BLOCK_PARAGRAPH, NULL,
             TR (N_("For each international network this brief sets out what it is, who may join and whether "
                    "an Israeli local authority can, what it costs, what members commit to and report, its "
                    "status, the benefits it delivers to a municipality, and the sources behind these facts "
                    "with the date they were last checked.")));
}

static void
add_comparison (CnBrief           *self,
                CnNetwork * const *networks,
                guint              n_networks)
{
  static const char * const row_labels[] = {
    "", N_("Kind"), N_("Status"), N_("Founded"), N_("Can an Israeli local authority join?"),
    N_("Cost"), N_("Size"), N_("Website"), N_("Last verified"),
  };
  CnBriefBlock *table;

  add_block (self, CN_BRIEF_BLOCK_HEADING, NULL, TR (N_("The networks side by side")));
  table = add_block (self, CN_BRIEF_BLOCK_TABLE, NULL, NULL);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint row = 0; row < G_N_ELEMENTS (row_labels); row++)
    {
      GStrvBuilder *cells = g_strv_builder_new ();

      g_strv_builder_add (cells, row == 0 ? "" : TR (row_labels[row]));
      for (guint i = 0; i < n_networks; i++)
        {
          CnNetwork *network = networks[i];
          const char *website = cn_network_get_website (network);
          int founded = cn_network_get_founded (network);
          char *cell = NULL;

          switch (row)
            {
            case 0: cell = network_title (self, network); break;
            case 1: cell = g_strdup (kind_label (self, cn_network_get_kind (network))); break;
            case 2: cell = status_text (self, network); break;
            case 3: cell = founded != 0 ? g_strdup_printf ("%d", founded) : g_strdup ("—"); break;
            case 4: cell = g_strdup (eligibility_label (self, cn_network_get_israel_eligibility (network), TRUE)); break;
            case 5: cell = g_strdup (cn_brief_data_text (self, cn_network_get_cost (network))); break;
            case 6: cell = size_text (self, network); break;
            case 7: cell = g_strdup (website ? website : "—"); break;
            case 8: cell = cn_export_format_date (self->language, cn_network_get_verified (network)); break;
            default: g_assert_not_reached ();
            }
          g_strv_builder_add (cells, cell ? cell : "—");
          g_free (cell);
        }
      g_ptr_array_add (table->rows, g_strv_builder_end (cells));
      g_strv_builder_unref (cells);
    }
}

static void
add_network (CnBrief   *self,
             CnNetwork *network)
{
  g_autofree char *title = network_title (self, network);
  g_autofree char *status = status_text (self, network);
  g_autofree char *verified = NULL;
  const CnBenefitLink *benefits;
  const CnSource *sources;
  const char *website = cn_network_get_website (network);
  const char *note;
  guint n;

  add_block (self, CN_BRIEF_BLOCK_HEADING, NULL, title);
  add_data_paragraph (self, NULL, cn_network_get_summary (network));
  g_array_index (self->blocks, CnBriefBlock, self->blocks->len - 1).kind = CN_BRIEF_BLOCK_LEAD;

  if (website != NULL)
    add_block (self, CN_BRIEF_BLOCK_LINK, TR (N_("Website")), website)->url = g_strdup (website);

  add_data_paragraph (self, TR (N_("Who may join")), cn_network_get_eligibility (network));

  add_block (self, CN_BRIEF_BLOCK_SUBHEADING, NULL, TR (N_("Can an Israeli local authority join?")));
  note = cn_brief_data_text (self, cn_network_get_israel_eligibility_note (network));
  add_block (self, CN_BRIEF_BLOCK_PARAGRAPH,
             eligibility_label (self, cn_network_get_israel_eligibility (network), FALSE), note);

  add_data_paragraph (self, TR (N_("Membership fee and cost")), cn_network_get_cost (network));
  add_data_paragraph (self, TR (N_("Commitments and reporting")), cn_network_get_commitments (network));

  add_block (self, CN_BRIEF_BLOCK_SUBHEADING, NULL, TR (N_("Status")));
  add_block (self, CN_BRIEF_BLOCK_PARAGRAPH, NULL, status);
  add_data_paragraph (self, NULL, cn_network_get_status_note (network));

  benefits = cn_network_get_benefits (network, &n);
  if (n > 0)
    add_block (self, CN_BRIEF_BLOCK_SUBHEADING, NULL, TR (N_("What it gives a municipality")));
  for (guint i = 0; i < n; i++)
    add_block (self, CN_BRIEF_BLOCK_ITEM,
               cn_brief_data_text (self, cn_benefit_get_title (benefits[i].benefit)),
               cn_brief_data_text (self, benefits[i].example));

  sources = cn_network_get_sources (network, &n);
  if (n > 0)
    add_block (self, CN_BRIEF_BLOCK_SUBHEADING, NULL, TR (N_("Sources")));
  for (guint i = 0; i < n; i++)
    add_block (self, CN_BRIEF_BLOCK_LINK, NULL, sources[i].title)->url = g_strdup (sources[i].url);

  verified = cn_export_format_date (self->language, cn_network_get_verified (network));
  add_block (self, CN_BRIEF_BLOCK_NOTE, NULL, NULL)->text =
    g_strdup_printf (TR (N_("Last verified %s")), verified);
}

/**
 * cn_brief_new:
 * @networks: (array length=n_networks): the networks, in the order shown
 * @language: "he" or "en": the language of every text and heading
 * @title: (nullable): the brief's title; a default one when %NULL or empty
 * @authority: (nullable): the local authority the brief is for
 * @iso_date: the date printed on it, as YYYY-MM-DD
 *
 * Returns: (transfer full): the brief
 */
CnBrief *
cn_brief_new (CnNetwork * const *networks,
              guint              n_networks,
              const char        *language,
              const char        *title,
              const char        *authority,
              const char        *iso_date)
{
  CnBrief *self = g_new0 (CnBrief, 1);

  g_return_val_if_fail (n_networks == 0 || networks != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  self->language = g_strdup (language);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (CnBriefBlock));
  g_array_set_clear_func (self->blocks, block_clear);
  self->title = g_strdup (title != NULL && title[0] != '\0'
                          ? title : TR (N_("International climate networks for our city")));
  {
    g_autofree char *prepared = g_strdup_printf (TR (N_("Prepared with %s %s")), TR (N_("Climate Networks")),
                                                 PACKAGE_VERSION);

    self->credit = g_strdup_printf ("%s\n%s · %s",
                                    TR (N_("Based on the guide “International Networking” in Tel Aviv University’s "
                                           "PlanNet Zero toolbox:")),
                                    CN_BRIEF_GUIDE_URL, prepared);
  }

  add_title_block (self, n_networks, authority, iso_date);

  if (n_networks > 1)
    {
      add_block (self, CN_BRIEF_BLOCK_SUBHEADING, NULL, TR (N_("Networks in this brief")));
      for (guint i = 0; i < n_networks; i++)
        {
          g_autofree char *name = network_title (self, networks[i]);

          add_block (self, CN_BRIEF_BLOCK_ITEM, NULL, name);
        }
      add_comparison (self, networks, n_networks);
    }

  for (guint i = 0; i < n_networks; i++)
    add_network (self, networks[i]);

  return self;
}

void
cn_brief_free (CnBrief *self)
{
  if (self == NULL)
    return;
  g_free (self->language);
  g_free (self->title);
  g_free (self->credit);
  g_array_unref (self->blocks);
  g_free (self);
}

const char *
cn_brief_get_language (CnBrief *self)
{
  return self->language;
}

gboolean
cn_brief_is_rtl (CnBrief *self)
{
  return cn_bidi_language_is_rtl (self->language);
}

const char *
cn_brief_get_title (CnBrief *self)
{
  return self->title;
}

const CnBriefBlock *
cn_brief_get_blocks (CnBrief *self,
                     guint   *n_blocks)
{
  *n_blocks = self->blocks->len;
  return (const CnBriefBlock *) (gpointer) self->blocks->data;
}

/**
 * cn_brief_get_credit:
 *
 * Returns: the line every page ends with: the guide the content follows
 *   and the app's name and version
 */
const char *
cn_brief_get_credit (CnBrief *self)
{
  return self->credit;
}

/**
 * cn_brief_format_page:
 *
 * Returns: (transfer full): "Page 2 of 5" in the brief's language
 */
char *
cn_brief_format_page (CnBrief *self,
                      guint    page,
                      guint    n_pages)
{
  /* Translators: a page number in a printed brief: "Page 2 of 5" */
  return g_strdup_printf (TR (N_("Page %u of %u")), page, n_pages);
}

/**
 * cn_brief_translate:
 *
 * Returns: an interface string in the brief's language
 */
const char *
cn_brief_translate (CnBrief    *self,
                    const char *msgid)
{
  return cn_export_translate (self->language, msgid);
}

/**
 * cn_brief_data_text:
 * @text: (nullable): a dataset text
 *
 * Returns: (nullable): @text in the brief's language, else in English
 */
const char *
cn_brief_data_text (CnBrief      *self,
                    const CnText *text)
{
  const char *value;

  if (text == NULL)
    return NULL;
  value = cn_text_get_for_language (text, self->language);
  if (value == NULL)
    value = cn_text_get_for_language (text, "en");
  return value != NULL ? value : cn_text_get (text);
}
