/* cn-search-arabic.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Arabic in search words: the letters written more than one way folded to
 * one, tashkeel and tatweel dropped, Arabic-Indic digits read as Western
 * ones. */

#include "config.h"

#include "cn-search-private.h"

#define ALEF 0x0627

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
