/* cn-bidi.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bidirectional text: Hebrew and English side by side. Values inserted
 * into a sentence are isolated so that they keep their own direction, and
 * a paragraph is marked with its language's direction, as Pango takes it
 * from the first strong letter. */

#include "config.h"

#include <string.h>

#include "cn-bidi.h"

/**
 * cn_bidi_isolate:
 *
 * Wraps a value inserted into a sentence in FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE, so "C40" or a URL keeps its own direction inside a
 * Hebrew sentence and does not reorder the words around it.
 */
char *
cn_bidi_isolate (const char *text)
{
  return g_strconcat ("\xE2\x81\xA8", text ? text : "", "\xE2\x81\xA9", NULL);
}

/* A run of Latin text inside Hebrew or Arabic (U+0590–U+06FF): words of letters and digits (with
 * inner punctuation, as in "Tel Aviv-Yafo" or "U.S."), web addresses, parenthesized
 * acronyms, joined by spaces, commas or colons. */
#define LATIN_WORD "(?:(?:https?|mailto):[^\\s\u0590-\u06FF]+|[A-Za-z0-9][A-Za-z0-9'\u2019.&+/-]*|\\([A-Za-z0-9][^()\n\u0590-\u06FF]*\\))"
/* A dash, an ampersand, a plus or a slash between two Latin words belongs
 * to the name ("Climate & Energy", "ICLEI – Local Governments…",
 * "Cities - Programme"): without it, "& Energy" would be laid out as a run
 * of its own, on the wrong side. It joins only when a Latin word follows:
 * the dataset puts an en dash between a Latin name and its Hebrew name, and
 * before a bare number that belongs to the Hebrew ("– 100 ערים"). */
#define LATIN_JOINER "(?:[ ,:]+|\\s*[\u2013\u2014-]\\s*(?=[A-Za-z(])|\\s*[&+/]\\s*(?=[A-Za-z0-9(]))"
#define LATIN_RUN  LATIN_WORD "(?:" LATIN_JOINER LATIN_WORD ")*"

/**
 * cn_bidi_isolate_latin_runs:
 *
 * Wraps each run of Latin text inside a right-to-left text in LEFT-TO-RIGHT
 * ISOLATE … POP DIRECTIONAL ISOLATE. Without it the Unicode algorithm
 * splits "100 Resilient Cities" into a number and a name and shows them in
 * the wrong order, and moves punctuation around English names.
 *
 * Returns: (transfer full): the text with its Latin runs isolated
 */
char *
cn_bidi_isolate_latin_runs (const char *text)
{
  static GRegex *run;
  g_autoptr(GMatchInfo) match = NULL;
  GString *out = g_string_new (NULL);
  gsize done = 0;

  if (g_once_init_enter (&run))
    g_once_init_leave (&run, g_regex_new (LATIN_RUN, G_REGEX_OPTIMIZE, 0, NULL));

  g_regex_match (run, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;
      gboolean has_letter = FALSE;

      g_match_info_fetch_pos (match, 0, &start, &end);

      /* Sentence punctuation after a name belongs to the Hebrew sentence. */
      while (end > start && strchr (".,:'-/&+ ", text[end - 1]) != NULL)
        end--;
      for (int i = start; i < end && !has_letter; i++)
        has_letter = g_ascii_isalpha (text[i]);

      /* Plain numbers (years, counts) are fine on their own. */
      if (has_letter)
        {
          g_string_append_len (out, text + done, start - done);
          g_string_append (out, "\xE2\x81\xA6");   /* LRI */
          g_string_append_len (out, text + start, end - start);
          g_string_append (out, "\xE2\x81\xA9");   /* PDI */
          done = end;
        }
      g_match_info_next (match, NULL);
    }
  g_string_append (out, text + done);

  return g_string_free (out, FALSE);
}

/**
 * cn_bidi_language_is_rtl:
 * @language: (nullable): a language code ("he", "ar_IL", "en")
 *
 * Returns: whether @language is written right to left (Hebrew, Arabic,
 *   and the other languages in their scripts)
 */
gboolean
cn_bidi_language_is_rtl (const char *language)
{
  static const char * const rtl[] = { "ar", "fa", "he", "ur", "yi" };
  size_t len;

  if (language == NULL)
    return FALSE;
  len = strcspn (language, "_.@");
  for (guint i = 0; i < G_N_ELEMENTS (rtl); i++)
    if (len == strlen (rtl[i]) && strncmp (language, rtl[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a dataset text is shown in a right-to-left language. */
gboolean
cn_bidi_text_is_rtl (const CnText *text)
{
  return text != NULL && cn_bidi_language_is_rtl (cn_text_get_shown_language (text));
}

/**
 * cn_bidi_has_rtl_letters:
 *
 * Returns: whether @text has a Hebrew or Arabic letter (a line to lay out
 *   right to left, with its Latin names isolated)
 */
gboolean
cn_bidi_has_rtl_letters (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x0590 && c <= 0x05FF) ||  /* Hebrew */
          (c >= 0x0600 && c <= 0x06FF) ||  /* Arabic */
          (c >= 0x0750 && c <= 0x077F) ||  /* Arabic Supplement */
          (c >= 0xFB1D && c <= 0xFDFF) ||  /* Hebrew and Arabic presentation forms */
          (c >= 0xFE70 && c <= 0xFEFF))
        return TRUE;
    }
  return FALSE;
}

/**
 * cn_bidi_isolate_text:
 *
 * Like cn_bidi_isolate() for a dataset text inserted into a sentence: a
 * Hebrew value is isolated right to left (with its Latin names isolated
 * inside it), any other value by its first strong letter.
 */
char *
cn_bidi_isolate_text (const CnText *text)
{
  g_autofree char *inner = NULL;

  if (!cn_bidi_text_is_rtl (text))
    return cn_bidi_isolate (cn_text_get (text));

  inner = cn_bidi_isolate_latin_runs (cn_text_get (text));
  return g_strconcat ("\xE2\x81\xA7", inner, "\xE2\x81\xA9", NULL);   /* RLI … PDI */
}

/**
 * cn_bidi_prepare_text:
 *
 * Returns: (transfer full): @value ready to show as a paragraph in a
 *   label: Pango picks a paragraph's direction from its first strong
 *   letter, so a Hebrew sentence that starts with "C40" would be laid out
 *   left to right; a mark for the text's own direction fixes that, and its
 *   Latin runs are isolated.
 */
char *
cn_bidi_prepare_text (const char *value,
                      gboolean    rtl)
{
  g_autofree char *isolated = NULL;
  g_auto(GStrv) paragraphs = NULL;
  const char *mark = rtl ? "\xE2\x80\x8F" : "\xE2\x80\x8E";  /* RLM or LRM */
  g_autofree char *separator = g_strconcat ("\n\n", mark, NULL);
  g_autofree char *joined = NULL;

  isolated = rtl ? cn_bidi_isolate_latin_runs (value) : g_strdup (value);
  paragraphs = g_strsplit (isolated, "\n\n", -1);
  joined = g_strjoinv (separator, paragraphs);
  return g_strconcat (mark, joined, NULL);
}
