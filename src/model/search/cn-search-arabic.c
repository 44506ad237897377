/* cn-search-arabic.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Arabic in search words: the letters written more than one way folded to
 * one, tashkeel and tatweel dropped, Arabic-Indic digits read as Western
 * ones, and the forms of a word without the article and the one-letter
 * prefixes, as the Hebrew ones are stripped (cn-search-fold.c). */

#include "config.h"

#include <string.h>

#include "cn-search-private.h"

/* Letters a stripped form keeps at least. Arabic has common words of two
 * letters (يد, دم, ما), and its prefixes are fewer than Hebrew's, so one
 * less than Hebrew's three. */
#define ARABIC_MIN_STRIPPED 2

/* The longest run of prefixes: a conjunction, a preposition and the
 * article (وبال). */
#define ARABIC_MAX_PREFIX 4

#define ALEF 0x0627
#define BEH  0x0628
#define FEH  0x0641
#define KAF  0x0643
#define LAM  0x0644
#define WAW  0x0648

/**
 * _cn_search_fold_arabic:
 * @c: a character of the Arabic block, U+0600…U+06FF
 *
 * Returns: @c as search words hold it: 0 when it is dropped (tashkeel,
 *   tatweel), an ASCII digit for an Arabic-Indic one, the letter it is
 *   folded to, or @c itself
 */
gunichar
_cn_search_fold_arabic (gunichar c)
{
  /* Tashkeel (fathatan … sukun, and the rarer marks up to U+065F) and the
   * superscript alef are marks, which the Unicode tables drop anyway; the
   * tatweel is a letter to them (Lm), but only stretches the line between
   * two letters: مـنـاخ is مناخ. */
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
    return 0;

  /* ٠…٩ and the Extended (Persian, Urdu) ۰…۹: "٤٠" is "40". */
  if (c >= 0x0660 && c <= 0x0669)
    return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9)
    return '0' + (c - 0x06F0);

  switch (c)
    {
    /* Hamza on or under the alef, madda and wasla are spelling, often left
     * out in print and in typing: أ إ آ ٱ → ا. */
    case 0x0623: case 0x0625: case 0x0622: case 0x0671:
      return ALEF;
    /* Alef maqsura ى is written ي and the reverse, in Egypt especially. */
    case 0x0649:
      return 0x064A;
    /* Ta marbuta ة is typed, and at a pause sounds, as ha ه. */
    case 0x0629:
      return 0x0647;
    default:
      return c;
    }
}

static gboolean
is_conjunction (gunichar c)
{
  return c == WAW || c == FEH;
}

static gboolean
is_preposition (gunichar c)
{
  return c == BEH || c == KAF || c == LAM;
}

/* Adds to @ends the ends of a preposition (ب ك ل) and the article (ال)
 * that may start at letter @s of @c (@n letters): bit i when letters up to
 * i are prefixes. After ل the article loses its alef: ل + الـ is للـ. */
static guint
preposition_ends (const gunichar *c,
                  guint           n,
                  guint           s,
                  guint           ends)
{
  /* The article alone: المناخ, والمناخ. */
  if (s + 1 < n && c[s] == ALEF && c[s + 1] == LAM)
    ends |= 1u << (s + 2);

  if (s >= n || !is_preposition (c[s]))
    return ends;
  ends |= 1u << (s + 1);
  /* The preposition and the article: بالمناخ, كالمناخ, للمناخ. */
  if (c[s] == LAM && s + 1 < n && c[s + 1] == LAM)
    ends |= 1u << (s + 2);
  else if (c[s] != LAM && s + 2 < n && c[s + 1] == ALEF && c[s + 2] == LAM)
    ends |= 1u << (s + 3);
  return ends;
}

/* Where the runs of prefixes the folded letters @c (@n of them) start with
 * end, as bits: bit i when the first i letters are prefixes. A run is a
 * conjunction (و ف), then a preposition (ب ك ل), then the article (ال),
 * each optional and in that order: وبالمناخ, not بوالمناخ. */
static guint
prefix_ends (const gunichar *c,
             guint           n)
{
  guint ends = preposition_ends (c, n, 0, 0);

  if (n > 0 && is_conjunction (c[0]))
    ends = preposition_ends (c, n, 1, ends | 1u << 1);
  return ends;
}

/* The first letters of a folded word (up to G_N_ELEMENTS (chars)), their
 * byte offsets, and how many letters the word has in all. */
typedef struct
{
  gunichar chars[2 * ARABIC_MAX_PREFIX];
  gsize    offsets[2 * ARABIC_MAX_PREFIX + 1];
  guint    n;        /* letters read into chars */
  glong    length;   /* letters of the whole word */
} Letters;

static void
read_letters (Letters    *l,
              const char *word,
              gsize       len)
{
  const char *p = word;
  const char *end = word + len;

  l->n = 0;
  while (p < end && l->n < G_N_ELEMENTS (l->chars))
    {
      l->offsets[l->n] = p - word;
      l->chars[l->n++] = g_utf8_get_char (p);
      p = g_utf8_next_char (p);
    }
  l->offsets[l->n] = p - word;
  l->length = l->n + (p < end ? g_utf8_strlen (p, end - p) : 0);
}

/* Whether letters @from… of @l, to the end of the word, are prefixes and
 * nothing else (و, ال, بال, لل). */
static gboolean
only_prefixes (const Letters *l,
               guint          from)
{
  glong rest = l->length - from;

  return rest > 0 && rest <= ARABIC_MAX_PREFIX && from + rest <= l->n &&
         (prefix_ends (l->chars + from, (guint) rest) & (1u << rest)) != 0;
}

/**
 * _cn_search_foreach_arabic_stripped:
 *
 * Calls @func for each shorter form of a folded Arabic @word without the
 * article and prefix letters (see prefix_ends()): والمناخ gives المناخ and
 * مناخ. A form keeps two letters at least and is never the article or
 * prefixes alone (بال is not a way to write ال). The forms are tails of
 * @word, so the padding after it follows them too.
 */
void
_cn_search_foreach_arabic_stripped (const char *word,
                                    gsize       len,
                                    void      (*func) (const char *, gsize, gpointer),
                                    gpointer    user_data)
{
  Letters l;
  guint ends;

  read_letters (&l, word, len);
  ends = prefix_ends (l.chars, l.n);
  for (guint i = 1; i <= ARABIC_MAX_PREFIX; i++)
    {
      if (!(ends & (1u << i)) || l.length - i < ARABIC_MIN_STRIPPED || only_prefixes (&l, i))
        continue;
      func (word + l.offsets[i], len - l.offsets[i], user_data);
    }
}

/* Whether a folded word is Arabic prefixes and nothing else (و, ال, بال):
 * in "بـ C40" the letter is split from its word. */
gboolean
_cn_search_is_arabic_prefix_only (const char *word)
{
  Letters l;

  read_letters (&l, word, strlen (word));
  return only_prefixes (&l, 0);
}

/* Whether a folded word's first letter may start an Arabic prefix. */
gboolean
_cn_search_is_arabic_prefix_start (gunichar c)
{
  return is_conjunction (c) || is_preposition (c) || c == ALEF;
}
