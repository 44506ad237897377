/* cn-search-stem.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A word's stems: Snowball's English stemmer and the Hebrew suffix rules. */

#include "config.h"

#include <string.h>

#include <libstemmer.h>

#include "cn-search-private.h"

/* Snowball's stemmers are not thread-safe, and the index is built on more
 * than one thread: one stemmer per thread, freed with it. */
static GPrivate english_stemmer = G_PRIVATE_INIT ((GDestroyNotify) sb_stemmer_delete);

static struct sb_stemmer *
get_english_stemmer (void)
{
  struct sb_stemmer *stemmer = g_private_get (&english_stemmer);

  if (stemmer == NULL)
    {
      stemmer = sb_stemmer_new ("english", "UTF_8");
      g_assert (stemmer != NULL);
      g_private_set (&english_stemmer, stemmer);
    }
  return stemmer;
}

/* Hebrew endings, as folded (final letters in their regular forms): plural
 * ים and ות, feminine ה, ת and ית, construct י, possessives ו, נו, כם, הם,
 * הן, ינו, יכם, יהם. Hebrew changes vowels inside a word too (עיר, ערים),
 * which no list of endings can follow. */
static const char * const hebrew_suffixes[] = {
  "\xd7\x99\xd7\x94\xd7\x9e",  /* יהם */
  "\xd7\x99\xd7\x9b\xd7\x9e",  /* יכם */
  "\xd7\x99\xd7\xa0\xd7\x95",  /* ינו */
  "\xd7\x99\xd7\x9e",          /* ים */
  "\xd7\x95\xd7\xaa",          /* ות */
  "\xd7\x99\xd7\xaa",          /* ית */
  "\xd7\x94\xd7\x9e",          /* הם */
  "\xd7\x94\xd7\xa0",          /* הן */
  "\xd7\x9b\xd7\x9e",          /* כם */
  "\xd7\xa0\xd7\x95",          /* נו */
  "\xd7\x94",                  /* ה */
  "\xd7\xaa",                  /* ת */
  "\xd7\x99",                  /* י */
  "\xd7\x95",                  /* ו */
};

/* Letters (two bytes each) a stem keeps at least. */
#define HEBREW_MIN_STEM 2

static gboolean
is_hebrew_word (const char *word,
                gsize       len)
{
  for (gsize i = 0; i + 1 < len; i += 2)
    if ((guchar) word[i] != 0xD7 || (guchar) word[i + 1] < 0x90 || (guchar) word[i + 1] > 0xAA)
      return FALSE;
  return len >= 2 && len % 2 == 0;
}

static void
emit_padded (const char       *word,
             gsize             len,
             CnSearchWordFunc  func,
             gpointer          user_data)
{
  char buf[64 + 8];

  /* The padding cn_search_foreach_word() promises, for the index's hash. */
  memcpy (buf, word, len);
  memset (buf + len, 0, 8);
  func (buf, len, user_data);
}

/* The word without one of the endings, then without a second one: forms
 * of one word share a stem when one is the other without its ending
 * (אקלים, אקלימי, אקלימית). */
static void
foreach_hebrew_stem (const char       *word,
                     gsize             len,
                     guint             depth,
                     CnSearchWordFunc  func,
                     gpointer          user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (hebrew_suffixes); i++)
    {
      gsize n = strlen (hebrew_suffixes[i]);

      if (len < n + 2 * HEBREW_MIN_STEM || memcmp (word + len - n, hebrew_suffixes[i], n) != 0)
        continue;
      emit_padded (word, len - n, func, user_data);
      if (depth < 2)
        foreach_hebrew_stem (word, len - n, depth + 1, func, user_data);
    }
}

void
_cn_search_foreach_stem (const char       *word,
                         gsize             len,
                         CnSearchWordFunc  func,
                         gpointer          user_data)
{
  gboolean ascii = len > 0, letters = FALSE;

  if (len > 64)
    return;

  if (is_hebrew_word (word, len))
    {
      foreach_hebrew_stem (word, len, 1, func, user_data);
      return;
    }

  for (gsize i = 0; i < len && ascii; i++)
    {
      ascii = (guchar) word[i] < 0x80;
      letters |= g_ascii_isalpha (word[i]);
    }
  if (ascii && letters)
    {
      const sb_symbol *stem = sb_stemmer_stem (get_english_stemmer (), (const sb_symbol *) word, len);
      gsize stem_len = sb_stemmer_length (get_english_stemmer ());

      if (stem != NULL && (stem_len != len || memcmp (stem, word, len) != 0))
        emit_padded ((const char *) stem, stem_len, func, user_data);
    }
}

void
_cn_search_collect_stem_cb (const char *word,
                            gsize       len,
                            gpointer    user_data)
{
  GPtrArray *stems = user_data;

  for (guint i = 0; i < stems->len; i++)
    if (strlen (stems->pdata[i]) == len && memcmp (stems->pdata[i], word, len) == 0)
      return;
  g_ptr_array_add (stems, g_strndup (word, len));
}

/**
 * cn_search_stem:
 *
 * Returns: (transfer full): the shortest stem of a normalized word other
 *   than itself (the word when it has none), for tests and tools
 */
char *
cn_search_stem (const char *word,
                gsize       length)
{
  g_autoptr(GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);
  const char *shortest;

  g_ptr_array_add (stems, g_strndup (word, length));
  _cn_search_foreach_stem (word, length, _cn_search_collect_stem_cb, stems);
  if (stems->len == 1)
    return g_strdup (stems->pdata[0]);
  shortest = stems->pdata[1];
  for (guint i = 2; i < stems->len; i++)
    if (strlen (stems->pdata[i]) < strlen (shortest))
      shortest = stems->pdata[i];
  return g_strdup (shortest);
}

/* The word, then its stems, without repeats. */
GPtrArray *
_cn_search_stems_of (const char *word)
{
  GPtrArray *stems = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (stems, g_strdup (word));
  _cn_search_foreach_stem (word, strlen (word), _cn_search_collect_stem_cb, stems);
  return stems;
}

gboolean
_cn_search_stems_meet (GPtrArray  *stems,
                       const char *stem)
{
  for (guint i = 0; i < stems->len && stems->pdata[i] != NULL; i++)
    if (strcmp (stems->pdata[i], stem) == 0)
      return TRUE;
  return FALSE;
}
