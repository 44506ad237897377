/* cn-search-fold.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Folding text into words for matching: case, accents, niqqud, Hebrew
 * final letters, and the forms of a Hebrew word without its prefix letters;
 * Arabic's own rules are in cn-search-arabic.c. */

#include "config.h"

#include <string.h>

#include "cn-search-private.h"

#define HEBREW_MIN_STRIPPED 3
#define HEBREW_MAX_PREFIX   3

static gunichar
fold_final_letter (gunichar c)
{
  switch (c)
    {
    case 0x05DA: return 0x05DB; /* ך → כ */
    case 0x05DD: return 0x05DE; /* ם → מ */
    case 0x05DF: return 0x05E0; /* ן → נ */
    case 0x05E3: return 0x05E4; /* ף → פ */
    case 0x05E5: return 0x05E6; /* ץ → צ */
    default:     return c;
    }
}

gboolean
_cn_search_is_ignored_char (gunichar c)
{
  /* Apostrophes and Hebrew geresh/gershayim mark transliterations and
   * abbreviations inside a word (ג'י, האו"ם): drop them, keep the word whole. */
  return c == '\'' || c == '"' || c == 0x2019 || c == 0x2018 || c == 0x05F3 || c == 0x05F4;
}

gboolean
_cn_search_is_dropped_type (GUnicodeType type)
{
  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK || type == G_UNICODE_FORMAT;
}

static gboolean
is_hebrew_prefix (gunichar c)
{
  /* ו ה ב ל מ ש כ */
  return c == 0x05D5 || c == 0x05D4 || c == 0x05D1 || c == 0x05DC ||
         c == 0x05DE || c == 0x05E9 || c == 0x05DB;
}

/* Calls @func for each shorter form of @word without Hebrew prefix letters,
 * or without the Arabic article and prefixes. */
void
_cn_search_foreach_stripped (const char *word,
                             gsize       len,
                             void      (*func) (const char *, gsize, gpointer),
                             gpointer    user_data)
{
  const char *p = word;
  const char *end = word + len;

  if (len > 0 && _cn_search_is_arabic_prefix_start (g_utf8_get_char (word)))
    {
      _cn_search_foreach_arabic_stripped (word, len, func, user_data);
      return;
    }

  for (guint i = 0; i < HEBREW_MAX_PREFIX && p < end; i++)
    {
      if (!is_hebrew_prefix (g_utf8_get_char (p)))
        return;
      p = g_utf8_next_char (p);
      if (g_utf8_strlen (p, end - p) < HEBREW_MIN_STRIPPED)
        return;
      func (p, end - p, user_data);
    }
}

/* The word being folded: on the stack, unless a "word" is very long. */
typedef struct
{
  char  *chars;
  gsize  len;
  gsize  cap;
  char   stack[256];
} WordBuffer;

static inline void
word_reserve (WordBuffer *w,
              gsize       n)
{
  if (G_LIKELY (w->len + n <= w->cap))
    return;
  w->cap = MAX (w->cap * 2, w->len + n);
  if (w->chars == w->stack)
    w->chars = memcpy (g_malloc (w->cap), w->stack, w->len);
  else
    w->chars = g_realloc (w->chars, w->cap);
}

static inline void
word_emit (WordBuffer       *w,
           gboolean          with_stripped,
           CnSearchWordFunc  func,
           gpointer          user_data)
{
  if (w->len == 0)
    return;
  /* The padding cn_search_foreach_word() promises. */
  word_reserve (w, 8);
  memset (w->chars + w->len, 0, 8);
  func (w->chars, w->len, user_data);
  if (with_stripped && (guchar) w->chars[0] >= 0x80)
    _cn_search_foreach_stripped (w->chars, w->len, func, user_data);
  w->len = 0;
}

/* Characters outside ASCII and the Hebrew letters: Unicode tables. */
static void
fold_other (WordBuffer       *w,
            gunichar          c,
            gboolean          with_stripped,
            CnSearchWordFunc  func,
            gpointer          user_data)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  /* Dropped inside a word: apostrophes and geresh/gershayim, which mark
   * transliterations and abbreviations (ג'י, האו"ם), niqqud and
   * cantillation. Punctuation (maqaf, paseq, sof pasuq…) ends the word. */
  if (_cn_search_is_ignored_char (c))
    return;
  if ((c >= 0x0591 && c <= 0x05BD) || c == 0x05BF || c == 0x05C1 || c == 0x05C2 ||
      c == 0x05C4 || c == 0x05C5 || c == 0x05C7)
    return;
  /* Tashkeel and tatweel dropped, alef forms, ى and ة folded, Arabic-Indic
   * digits made Western; then on as any other letter. */
  if (c >= 0x0600 && c <= 0x06FF && (c = _cn_search_fold_arabic (c)) == 0)
    return;

  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      gunichar d = decomposed[i];

      /* Accents, niqqud, cantillation and bidi controls. */
      if (_cn_search_is_dropped_type (g_unichar_type (d)))
        continue;

      if (g_unichar_isalnum (d))
        {
          word_reserve (w, 6);
          w->len += g_unichar_to_utf8 (fold_final_letter (g_unichar_tolower (d)), w->chars + w->len);
        }
      else
        word_emit (w, with_stripped, func, user_data);
    }
}

/* Folds @text for matching (case, accents, niqqud, Hebrew final letters;
 * tashkeel, tatweel, Arabic letter forms and digits) and calls @func with
 * each of its words; with @with_stripped, each Hebrew or Arabic word is
 * followed by its forms without prefix letters.
 *
 * This runs over every text of every record at load, so ASCII and the
 * Hebrew letters, nearly all of the text, take a path without Unicode
 * tables or allocations. */
void
_cn_search_foreach_folded_word (const char       *text,
                                gboolean          with_stripped,
                                CnSearchWordFunc  func,
                                gpointer          user_data)
{
  WordBuffer w;
  const guchar *p = (const guchar *) text;

  w.chars = w.stack;
  w.len = 0;
  w.cap = sizeof w.stack;

  while (*p != '\0')
    {
      guchar c = *p;

      if (c < 0x80)
        {
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
              word_reserve (&w, 1);
              w.chars[w.len++] = (char) c;
            }
          else if (c >= 'A' && c <= 'Z')
            {
              word_reserve (&w, 1);
              w.chars[w.len++] = (char) (c + ('a' - 'A'));
            }
          else if (!_cn_search_is_ignored_char (c))
            word_emit (&w, with_stripped, func, user_data);
          p++;
        }
      else if (c == 0xD7 && p[1] >= 0x90 && p[1] <= 0xAA)
        {
          /* א…ת (U+05D0…U+05EA), final forms folded: ך ם ן ף ץ → כ מ נ פ צ */
          guchar b = p[1];

          if (b == 0x9A || b == 0x9D || b == 0x9F || b == 0xA3 || b == 0xA5)
            b++;
          word_reserve (&w, 2);
          w.chars[w.len++] = (char) 0xD7;
          w.chars[w.len++] = (char) b;
          p += 2;
        }
      else
        {
          fold_other (&w, g_utf8_get_char ((const char *) p), with_stripped, func, user_data);
          p = (const guchar *) g_utf8_next_char (p);
        }
    }
  word_emit (&w, with_stripped, func, user_data);

  if (w.chars != w.stack)
    g_free (w.chars);
}

/**
 * cn_search_foreach_word:
 *
 * Calls @func with each normalized word of @text as a record's document
 * holds them: each Hebrew or Arabic word followed by its forms without
 * prefix letters.
 * The documents and the index are both built from this.
 *
 * The word given to @func is not NUL-terminated, but eight zero bytes follow
 * it, so that it can be read (hashed) eight bytes at a time.
 */
void
cn_search_foreach_word (const char       *text,
                        CnSearchWordFunc  func,
                        gpointer          user_data)
{
  g_return_if_fail (func != NULL);

  if (text != NULL)
    _cn_search_foreach_folded_word (text, TRUE, func, user_data);
}

static void
append_spaced_cb (const char *word,
                  gsize       len,
                  gpointer    user_data)
{
  GString *out = user_data;

  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append_len (out, word, len);
}

/**
 * cn_search_normalize:
 *
 * Returns: (transfer full): @text folded for matching, its words separated by
 *   single spaces
 */
char *
cn_search_normalize (const char *text)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  _cn_search_foreach_folded_word (text, FALSE, append_spaced_cb, out);
  return g_string_free (out, FALSE);
}

gboolean
_cn_search_is_prefix_only (const char *word)
{
  guint n = 0;

  if (_cn_search_is_arabic_prefix_only (word))
    return TRUE;

  for (const char *p = word; *p; p = g_utf8_next_char (p), n++)
    if (!is_hebrew_prefix (g_utf8_get_char (p)))
      return FALSE;
  return n > 0 && n <= HEBREW_MAX_PREFIX;
}
