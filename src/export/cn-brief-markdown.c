/* cn-brief-markdown.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The brief as CommonMark with a GitHub-style pipe table, for pasting into
 * a document or a wiki. Data text is escaped, never taken as Markdown. */


#include "config.h"

#include <string.h>

#include "cn-brief-markdown.h"

/* Characters that would start emphasis, links, code, HTML or (in a table)
 * a new cell are escaped with a backslash; a table cell is one line. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    in_table)
{
  for (const char *p = text ? text : ""; *p; p++)
    {
      if (strchr ("\\`*_[]<>", *p) != NULL || (in_table && *p == '|'))
        g_string_append_c (out, '\\');
      if (in_table && *p == '\n')
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_c (out, *p);
    }
}

/* A link's destination in angle-bracket-free form: spaces and parentheses
 * are percent-encoded so they cannot end it. */
static void
append_url (GString    *out,
            const char *url)
{
  for (const char *p = url; *p; p++)
    switch (*p)
      {
      case ' ': g_string_append (out, "%20"); break;
      case '(': g_string_append (out, "%28"); break;
      case ')': g_string_append (out, "%29"); break;
      default: g_string_append_c (out, *p); break;
      }
}

static void
append_link (GString    *out,
             const char *title,
             const char *url,
             gboolean    in_table)
{
  g_string_append_c (out, '[');
  append_escaped (out, title, in_table);
  g_string_append (out, "](");
  append_url (out, url);
  g_string_append_c (out, ')');
}

static void
append_cell (GString    *out,
             const char *value)
{
  g_string_append_c (out, ' ');
  if (g_str_has_prefix (value, "https://") || g_str_has_prefix (value, "http://"))
    append_link (out, value, value, TRUE);
  else
    append_escaped (out, value, TRUE);
  g_string_append (out, " |");
}

static void
append_table (GString            *out,
              const CnBriefBlock *block)
{
  for (guint row = 0; row < block->rows->len; row++)
    {
      char **cells = g_ptr_array_index (block->rows, row);

      g_string_append_c (out, '|');
      for (guint i = 0; cells[i]; i++)
        append_cell (out, cells[i]);
      g_string_append_c (out, '\n');

      if (row == 0)
        {
          g_string_append_c (out, '|');
          for (guint i = 0; cells[i]; i++)
            g_string_append (out, " --- |");
          g_string_append_c (out, '\n');
        }
    }
}

/* Ends the previous list, if any, with a blank line before a block that
 * is not a list item. */
static void
end_list (GString  *out,
          gboolean *in_list)
{
  if (*in_list)
    g_string_append_c (out, '\n');
  *in_list = FALSE;
}

/**
 * cn_brief_to_markdown:
 *
 * Returns: (transfer full): the brief as Markdown, the same content as its
 *   PDF, in the same order
 */
char *
cn_brief_to_markdown (CnBrief *brief)
{
  GString *out = g_string_new (NULL);
  g_autofree char *credit = NULL;
  const CnBriefBlock *blocks;
  gboolean in_list = FALSE;
  guint n_blocks;

  blocks = cn_brief_get_blocks (brief, &n_blocks);
  for (guint i = 0; i < n_blocks; i++)
    {
      const CnBriefBlock *block = &blocks[i];
      gboolean is_item = block->kind == CN_BRIEF_BLOCK_ITEM || block->kind == CN_BRIEF_BLOCK_META
                         || (block->kind == CN_BRIEF_BLOCK_LINK && block->label == NULL);

      if (!is_item)
        end_list (out, &in_list);

      switch (block->kind)
        {
        case CN_BRIEF_BLOCK_TITLE:
          g_string_append (out, "# ");
          append_escaped (out, block->text, FALSE);
          g_string_append (out, "\n\n");
          break;

        case CN_BRIEF_BLOCK_SUBTITLE:
          g_string_append (out, "**");
          append_escaped (out, block->text, FALSE);
          g_string_append (out, "**\n\n");
          break;

        case CN_BRIEF_BLOCK_HEADING:
          g_string_append (out, "## ");
          append_escaped (out, block->text, FALSE);
          g_string_append (out, "\n\n");
          break;

        case CN_BRIEF_BLOCK_SUBHEADING:
          g_string_append (out, "### ");
          append_escaped (out, block->text, FALSE);
          g_string_append (out, "\n\n");
          break;

        case CN_BRIEF_BLOCK_LEAD:
        case CN_BRIEF_BLOCK_PARAGRAPH:
          if (block->label != NULL)
            {
              g_string_append (out, "**");
              append_escaped (out, block->label, FALSE);
              g_string_append (out, "**\n\n");
            }
          if (block->text != NULL)
            {
              append_escaped (out, block->text, FALSE);
              g_string_append (out, "\n\n");
            }
          break;

        case CN_BRIEF_BLOCK_META:
        case CN_BRIEF_BLOCK_ITEM:
          g_string_append (out, "- ");
          if (block->label != NULL)
            {
              g_string_append (out, "**");
              append_escaped (out, block->label, FALSE);
              g_string_append (out, ":** ");
            }
          append_escaped (out, block->text, FALSE);
          g_string_append_c (out, '\n');
          in_list = TRUE;
          break;

        case CN_BRIEF_BLOCK_LINK:
          if (block->label != NULL)
            {
              g_string_append (out, "**");
              append_escaped (out, block->label, FALSE);
              g_string_append (out, ":** ");
              append_link (out, block->text, block->url, FALSE);
              g_string_append (out, "\n\n");
            }
          else
            {
              g_string_append (out, "- ");
              append_link (out, block->text, block->url, FALSE);
              g_string_append_c (out, '\n');
              in_list = TRUE;
            }
          break;

        case CN_BRIEF_BLOCK_NOTE:
          g_string_append_c (out, '*');
          append_escaped (out, block->text, FALSE);
          g_string_append (out, "*\n\n");
          break;

        case CN_BRIEF_BLOCK_TABLE:
          append_table (out, block);
          g_string_append_c (out, '\n');
          break;

        default:
          g_assert_not_reached ();
        }
    }
  end_list (out, &in_list);

  /* The credit, its address as an autolink. */
  g_string_append (out, "---\n\n");
  {
    GString *escaped = g_string_new (NULL);

    append_escaped (escaped, cn_brief_get_credit (brief), FALSE);
    g_string_replace (escaped, CN_BRIEF_GUIDE_URL, "<" CN_BRIEF_GUIDE_URL ">", 1);
    credit = g_string_free (escaped, FALSE);
  }
  g_string_append (out, credit);
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}
