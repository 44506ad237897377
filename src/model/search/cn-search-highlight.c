/* cn-search-highlight.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Highlighting: the words of a text that match a query, in bold, by the
 * same rules as the search. */

#include "config.h"

#include <string.h>

#include "cn-search-private.h"

typedef struct
{
  const CnSearchQuery *query;
  gboolean             matched;
} HighlightWord;

static gboolean
form_matches (const CnSearchWord *word,
              const char         *form,
              GPtrArray          *form_stems)
{
  if (!word->corrected)
    for (guint v = 0; v < word->variants->len; v++)
      if (g_str_has_prefix (form, word->variants->pdata[v]))
        return TRUE;
  for (guint s = 0; s < form_stems->len; s++)
    {
      if (_cn_search_stems_meet (word->stems, form_stems->pdata[s]))
        return TRUE;
      for (guint a = 0; a < word->alts->len; a++)
        {
          const CnSearchAlt *alt = word->alts->pdata[a];

          /* One-word synonyms only: a phrase's words alone ("city" of
           * "resilient city") would light up what did not make the match. */
          if (alt->stems->len != 1)
            continue;
          for (const char * const *st = alt->stems->pdata[0]; *st; st++)
            if (strcmp (*st, form_stems->pdata[s]) == 0)
              return TRUE;
        }
    }
  return FALSE;
}

static void
highlight_form_cb (const char *form,
                   gsize       len,
                   gpointer    user_data)
{
  HighlightWord *hw = user_data;
  g_autofree char *copy = g_strndup (form, len);
  g_autoptr(GPtrArray) stems = NULL;

  if (hw->matched)
    return;
  stems = _cn_search_stems_of (copy);
  for (guint i = 0; i < hw->query->words->len && !hw->matched; i++)
    hw->matched = form_matches (&g_array_index (hw->query->words, CnSearchWord, i), copy, stems);
}

/* The characters of a word as the folding cuts them: it drops niqqud,
 * tashkeel (marks, as their Unicode type says) and the tatweel (a letter to
 * Unicode) inside a word, so they are part of the word here too, and the
 * bold spans the word as written. */
static gboolean
is_word_char (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return g_unichar_isalnum (c) || _cn_search_is_dropped_type (type) || _cn_search_is_ignored_char (c) ||
         (c >= 0x0591 && c <= 0x05C7 && c != 0x05BE && c != 0x05C0 && c != 0x05C3 && c != 0x05C6);
}

/**
 * cn_search_query_highlight:
 *
 * Returns: (transfer full): @text as Pango markup: escaped, with the words
 *   that match the query (by the same rules as the search) in bold spans.
 *   @text is never read as markup.
 */
char *
cn_search_query_highlight (const CnSearchQuery *query,
                           const char          *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  while (*p != '\0')
    {
      const char *start = p, *end;
      g_autofree char *escaped = NULL;
      HighlightWord hw = { query, FALSE };

      if (!is_word_char (g_utf8_get_char (p)))
        {
          while (*p != '\0' && !is_word_char (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          escaped = g_markup_escape_text (start, p - start);
          g_string_append (out, escaped);
          continue;
        }

      while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      end = p;

      if (!cn_search_query_is_empty (query))
        {
          g_autofree char *run = g_strndup (start, end - start);

          _cn_search_foreach_folded_word (run, TRUE, highlight_form_cb, &hw);
        }
      if (hw.matched)
        {
          /* Quotes and apostrophes at the ends stay outside the bold. */
          const char *s = start, *e = end;
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;

          while (s < e && _cn_search_is_ignored_char (g_utf8_get_char (s)))
            s = g_utf8_next_char (s);
          while (e > s && _cn_search_is_ignored_char (g_utf8_get_char (g_utf8_prev_char (e))))
            e = g_utf8_prev_char (e);
          before = g_markup_escape_text (start, s - start);
          escaped = g_markup_escape_text (s, e - s);
          after = g_markup_escape_text (e, end - e);
          g_string_append_printf (out, "%s<b>%s</b>%s", before, escaped, after);
        }
      else
        {
          escaped = g_markup_escape_text (start, end - start);
          g_string_append (out, escaped);
        }
    }

  return g_string_free (out, FALSE);
}
