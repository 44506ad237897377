/* cn-search.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <libstemmer.h>

#include "cn-search-private.h"

/* A record's words are kept as one string per field, " word word … ", so
 * that "a word starts with q" is a single strstr() for " q" — glibc's strstr
 * is vectorized. Next to them, the words' stems (other than the words
 * themselves), " stem stem … ". This plain matcher is the reference the
 * index (cn-search-index.c) is tested against. */
struct _CnSearchDoc
{
  char *words[CN_SEARCH_N_TIERS];
  char *stems[CN_SEARCH_N_TIERS];
};

struct _CnSearchDocBuilder
{
  GString *words[CN_SEARCH_N_TIERS];
  GString *stems[CN_SEARCH_N_TIERS];
};

struct _CnSearchSynonyms
{
  gatomicrefcount  ref_count;
  GPtrArray       *groups;     /* GPtrArray of GStrv (normalized words) per entry */
  GHashTable      *by_stem;    /* stem of a one-word entry -> GArray of guint group */
};

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

static gboolean
is_ignored_char (gunichar c)
{
  /* Apostrophes and Hebrew geresh/gershayim mark transliterations and
   * abbreviations inside a word (ג'י, האו"ם): drop them, keep the word whole. */
  return c == '\'' || c == '"' || c == 0x2019 || c == 0x2018 || c == 0x05F3 || c == 0x05F4;
}

static gboolean
is_dropped_type (GUnicodeType type)
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

/* Calls @func for each shorter form of @word without Hebrew prefix letters. */
static void
foreach_stripped (const char *word,
                  gsize       len,
                  void      (*func) (const char *, gsize, gpointer),
                  gpointer    user_data)
{
  const char *p = word;
  const char *end = word + len;

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
    foreach_stripped (w->chars, w->len, func, user_data);
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
  if (is_ignored_char (c))
    return;
  if ((c >= 0x0591 && c <= 0x05BD) || c == 0x05BF || c == 0x05C1 || c == 0x05C2 ||
      c == 0x05C4 || c == 0x05C5 || c == 0x05C7)
    return;

  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      gunichar d = decomposed[i];

      /* Accents, niqqud, cantillation and bidi controls. */
      if (is_dropped_type (g_unichar_type (d)))
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

/* Folds @text for matching (case, accents, niqqud, Hebrew final letters)
 * and calls @func with each of its words; with @with_stripped, each Hebrew
 * word is followed by its forms without prefix letters.
 *
 * This runs over every text of every record at load, so ASCII and the
 * Hebrew letters, nearly all of the text, take a path without Unicode
 * tables or allocations. */
static void
foreach_folded_word (const char       *text,
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
          else if (!is_ignored_char (c))
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
 * holds them: each Hebrew word followed by its forms without prefix letters.
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
    foreach_folded_word (text, TRUE, func, user_data);
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

  foreach_folded_word (text, FALSE, append_spaced_cb, out);
  return g_string_free (out, FALSE);
}

/* Stems */

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

static void
collect_stem_cb (const char *word,
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
  _cn_search_foreach_stem (word, length, collect_stem_cb, stems);
  if (stems->len == 1)
    return g_strdup (stems->pdata[0]);
  shortest = stems->pdata[1];
  for (guint i = 2; i < stems->len; i++)
    if (strlen (stems->pdata[i]) < strlen (shortest))
      shortest = stems->pdata[i];
  return g_strdup (shortest);
}

/* Scores */

/* README.md, "Search", explains these numbers: keep the two in step. */
static const int tier_weights[CN_SEARCH_N_TIERS] = {
  [CN_SEARCH_PRIMARY] = 10,
  [CN_SEARCH_SUMMARY] = 6,
  [CN_SEARCH_THEMES] = 5,
  [CN_SEARCH_BENEFITS] = 4,
  [CN_SEARCH_PROGRAMMES] = 4,
  [CN_SEARCH_DESCRIPTION] = 3,
  [CN_SEARCH_SECONDARY] = 2,
  [CN_SEARCH_CASE_STUDIES] = 1,
};

static const int qualities[CN_SEARCH_N_QUALITIES] = {
  [CN_SEARCH_EXACT] = 100,
  [CN_SEARCH_STEM] = 85,
  [CN_SEARCH_PREFIX] = 60,
  [CN_SEARCH_SYNONYM] = 70,
};

int
cn_search_get_weight (CnSearchTier tier)
{
  g_return_val_if_fail (tier < CN_SEARCH_N_TIERS, 0);
  return tier_weights[tier];
}

int
cn_search_get_quality (CnSearchQuality quality)
{
  g_return_val_if_fail (quality < CN_SEARCH_N_QUALITIES, 0);
  return qualities[quality];
}

/**
 * cn_search_score:
 *
 * Returns: what one query word scores when it matched in @tier with
 *   @quality; a corrected word keeps %CN_SEARCH_CORRECTED percent of it
 */
int
cn_search_score (CnSearchTier    tier,
                 CnSearchQuality quality,
                 gboolean        corrected)
{
  int score = tier_weights[tier] * qualities[quality];

  return corrected ? score * CN_SEARCH_CORRECTED / 100 : score;
}

/**
 * cn_search_rank_from_score:
 *
 * Returns: the rank for a record that scored @score: 0 for the best score
 *   the query's words could have, higher for worse
 */
int
cn_search_rank_from_score (const CnSearchQuery *query,
                           int                  score)
{
  int n = (int) query->words->len;
  int best = n * CN_SEARCH_MAX_SCORE + (n > 1 ? tier_weights[0] * CN_SEARCH_BONUS : 0);

  return MAX (best - score, 0);
}

/* Synonyms */

static void
free_group (gpointer data)
{
  g_ptr_array_unref (data);
}

/**
 * cn_search_synonyms_new:
 * @groups: (array length=n_groups): groups of words and phrases that mean
 *   the same, in any language
 *
 * Returns: (transfer full): the groups, folded for matching
 */
CnSearchSynonyms *
cn_search_synonyms_new (const char * const * const *groups,
                        guint                       n_groups)
{
  CnSearchSynonyms *self = g_new0 (CnSearchSynonyms, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->groups = g_ptr_array_new_with_free_func (free_group);
  self->by_stem = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  for (guint g = 0; g < n_groups; g++)
    {
      GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      guint group = self->groups->len;

      for (guint e = 0; groups[g] != NULL && groups[g][e] != NULL; e++)
        {
          g_autofree char *normalized = cn_search_normalize (groups[g][e]);
          GStrv words = g_strsplit (normalized, " ", -1);

          if (words[0] == NULL || words[0][0] == '\0')
            {
              g_strfreev (words);
              continue;
            }
          g_ptr_array_add (entries, words);

          /* A one-word entry is a key: a query word with one of its stems
           * finds the group. */
          if (words[1] == NULL)
            {
              g_autoptr(GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);

              g_ptr_array_add (stems, g_strdup (words[0]));
              _cn_search_foreach_stem (words[0], strlen (words[0]), collect_stem_cb, stems);
              for (guint s = 0; s < stems->len; s++)
                {
                  GArray *list = g_hash_table_lookup (self->by_stem, stems->pdata[s]);

                  if (list == NULL)
                    {
                      list = g_array_new (FALSE, FALSE, sizeof (guint));
                      g_hash_table_insert (self->by_stem, g_strdup (stems->pdata[s]), list);
                    }
                  if (list->len == 0 || g_array_index (list, guint, list->len - 1) != group)
                    g_array_append_val (list, group);
                }
            }
        }
      g_ptr_array_add (self->groups, entries);
    }

  return self;
}

CnSearchSynonyms *
cn_search_synonyms_ref (CnSearchSynonyms *synonyms)
{
  g_atomic_ref_count_inc (&synonyms->ref_count);
  return synonyms;
}

void
cn_search_synonyms_unref (CnSearchSynonyms *synonyms)
{
  if (synonyms == NULL || !g_atomic_ref_count_dec (&synonyms->ref_count))
    return;
  g_ptr_array_unref (synonyms->groups);
  g_hash_table_unref (synonyms->by_stem);
  g_free (synonyms);
}

/* Query */

static gboolean
is_prefix_only (const char *word)
{
  guint n = 0;

  for (const char *p = word; *p; p = g_utf8_next_char (p), n++)
    if (!is_hebrew_prefix (g_utf8_get_char (p)))
      return FALSE;
  return n > 0 && n <= HEBREW_MAX_PREFIX;
}

static void
add_variant_cb (const char *word,
                gsize       len,
                gpointer    user_data)
{
  GPtrArray *variants = user_data;

  g_ptr_array_add (variants, g_strndup (word, len));
}

static GPtrArray *
spaced_patterns (GPtrArray *words,
                 gboolean   trailing)
{
  GPtrArray *patterns = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < words->len && words->pdata[i] != NULL; i++)
    g_ptr_array_add (patterns, g_strconcat (" ", (char *) words->pdata[i], trailing ? " " : NULL, NULL));
  return patterns;
}

/* The word, then its stems, without repeats. */
static GPtrArray *
stems_of (const char *word)
{
  GPtrArray *stems = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (stems, g_strdup (word));
  _cn_search_foreach_stem (word, strlen (word), collect_stem_cb, stems);
  return stems;
}

static void
free_alt (gpointer data)
{
  CnSearchAlt *alt = data;

  g_strfreev (alt->words);
  g_ptr_array_unref (alt->stems);
  g_ptr_array_unref (alt->patterns);
  g_free (alt);
}

static gboolean
stems_meet (GPtrArray  *stems,
            const char *stem)
{
  for (guint i = 0; i < stems->len && stems->pdata[i] != NULL; i++)
    if (strcmp (stems->pdata[i], stem) == 0)
      return TRUE;
  return FALSE;
}

/* The other entries of every group one of the word's stems is a key of. */
static void
add_synonyms (CnSearchWord     *word,
              CnSearchSynonyms *synonyms)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint s = 0; s < word->stems->len && word->stems->pdata[s] != NULL; s++)
    {
      GArray *list = g_hash_table_lookup (synonyms->by_stem, word->stems->pdata[s]);

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          guint g = g_array_index (list, guint, i);
          gboolean seen = FALSE;

          for (guint j = 0; j < groups->len && !seen; j++)
            seen = g_array_index (groups, guint, j) == g;
          if (!seen)
            g_array_append_val (groups, g);
        }
    }

  for (guint i = 0; i < groups->len; i++)
    {
      GPtrArray *entries = g_ptr_array_index (synonyms->groups, g_array_index (groups, guint, i));

      for (guint e = 0; e < entries->len; e++)
        {
          const char * const *words = entries->pdata[e];
          CnSearchAlt *alt;
          gboolean skip = FALSE;

          /* The query word's own forms are matched literally, and better. */
          if (words[1] == NULL)
            {
              g_autoptr(GPtrArray) stems = stems_of (words[0]);

              for (guint s = 0; s < stems->len && !skip; s++)
                skip = stems_meet (word->stems, stems->pdata[s]);
            }
          for (guint a = 0; a < word->alts->len && !skip; a++)
            skip = g_strv_equal ((const char * const *) ((CnSearchAlt *) word->alts->pdata[a])->words, words);
          if (skip)
            continue;

          alt = g_new0 (CnSearchAlt, 1);
          alt->words = g_strdupv ((char **) words);
          alt->stems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
          alt->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
          for (guint w = 0; words[w] != NULL; w++)
            {
              GPtrArray *stems = stems_of (words[w]);

              g_ptr_array_add (alt->patterns, spaced_patterns (stems, TRUE));
              g_ptr_array_add (stems, NULL);
              g_ptr_array_add (alt->stems, g_ptr_array_free (stems, FALSE));
            }
          g_ptr_array_add (word->alts, alt);
        }
    }
}

static void
clear_query_word (gpointer data)
{
  CnSearchWord *word = data;

  g_clear_pointer (&word->word, g_free);
  g_clear_pointer (&word->variants, g_ptr_array_unref);
  g_clear_pointer (&word->stems, g_ptr_array_unref);
  g_clear_pointer (&word->prefix_patterns, g_ptr_array_unref);
  g_clear_pointer (&word->exact_patterns, g_ptr_array_unref);
  g_clear_pointer (&word->stem_patterns, g_ptr_array_unref);
  g_clear_pointer (&word->stem_only_patterns, g_ptr_array_unref);
  g_clear_pointer (&word->alts, g_ptr_array_unref);
}

static void
init_query_word (CnSearchWord     *word,
                 const char       *text,
                 gboolean          corrected,
                 CnSearchSynonyms *synonyms)
{
  memset (word, 0, sizeof *word);
  word->word = g_strdup (text);
  word->corrected = corrected;
  word->variants = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (word->variants, g_strdup (text));
  /* A correction is a word of the index already, whole. */
  if (!corrected)
    foreach_stripped (text, strlen (text), add_variant_cb, word->variants);

  word->stems = g_ptr_array_new_with_free_func (g_free);
  for (guint v = 0; v < word->variants->len; v++)
    {
      const char *variant = word->variants->pdata[v];

      collect_stem_cb (variant, strlen (variant), word->stems);
      _cn_search_foreach_stem (variant, strlen (variant), collect_stem_cb, word->stems);
    }

  word->prefix_patterns = spaced_patterns (word->variants, FALSE);
  word->exact_patterns = spaced_patterns (word->variants, TRUE);
  word->stem_patterns = spaced_patterns (word->stems, TRUE);
  word->stem_only_patterns = g_ptr_array_new_with_free_func (g_free);
  for (guint s = 0; s < word->stems->len; s++)
    if (!stems_meet (word->variants, word->stems->pdata[s]))
      g_ptr_array_add (word->stem_only_patterns, g_strdup (word->stem_patterns->pdata[s]));
  g_ptr_array_add (word->stems, NULL);

  word->alts = g_ptr_array_new_with_free_func (free_alt);
  if (synonyms != NULL)
    add_synonyms (word, synonyms);
}

static CnSearchQuery *
query_new (const char        *text,
           CnSearchSynonyms  *synonyms,
           const char * const *corrections)
{
  CnSearchQuery *query = g_new0 (CnSearchQuery, 1);
  g_autofree char *normalized = cn_search_normalize (text ? text : "");
  g_auto(GStrv) words = NULL;
  guint n_words = 0;

  g_atomic_ref_count_init (&query->ref_count);
  query->text = g_strdup (text ? text : "");
  query->synonyms = synonyms ? cn_search_synonyms_ref (synonyms) : NULL;
  query->words = g_array_new (FALSE, TRUE, sizeof (CnSearchWord));
  g_array_set_clear_func (query->words, clear_query_word);

  words = g_strsplit (normalized, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      CnSearchWord word;
      gboolean duplicate = FALSE;
      const char *correction;

      if (words[i][0] == '\0')
        continue;
      /* "ב-C40" and "ול-ICLEI" split into the prefix letters and the name:
       * prefix letters alone are not a word of their own (unless they are
       * all the user typed). */
      if (g_strv_length (words) > 1 && is_prefix_only (words[i]))
        continue;
      for (guint j = 0; j < i && !duplicate; j++)
        duplicate = strcmp (words[i], words[j]) == 0;
      if (duplicate)
        continue;

      correction = corrections != NULL ? corrections[n_words] : NULL;
      n_words++;
      init_query_word (&word, correction ? correction : words[i], correction != NULL, synonyms);
      g_array_append_val (query->words, word);
    }

  return query;
}

CnSearchQuery *
cn_search_query_new (const char *text)
{
  return query_new (text, NULL, NULL);
}

/**
 * cn_search_query_new_full:
 * @synonyms: (nullable): groups whose words also match each other
 *
 * Returns: (transfer full): the query for @text
 */
CnSearchQuery *
cn_search_query_new_full (const char       *text,
                          CnSearchSynonyms *synonyms)
{
  return query_new (text, synonyms, NULL);
}

/**
 * cn_search_query_correct:
 * @corrections: (array length=n_words): per query word, the word to look
 *   for instead, or %NULL to keep it
 *
 * Returns: (transfer full): @query with the corrected words, which match
 *   only whole or by stem and score lower (%CN_SEARCH_CORRECTED); its text
 *   is the query's words, corrected, as the window shows them
 */
CnSearchQuery *
cn_search_query_correct (const CnSearchQuery *query,
                         const char * const  *corrections)
{
  g_autoptr(GString) text = g_string_new (NULL);
  CnSearchQuery *corrected;

  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (corrections != NULL, NULL);

  corrected = g_new0 (CnSearchQuery, 1);
  g_atomic_ref_count_init (&corrected->ref_count);
  corrected->synonyms = query->synonyms ? cn_search_synonyms_ref (query->synonyms) : NULL;
  corrected->words = g_array_new (FALSE, TRUE, sizeof (CnSearchWord));
  g_array_set_clear_func (corrected->words, clear_query_word);

  for (guint i = 0; i < query->words->len; i++)
    {
      const CnSearchWord *old = &g_array_index (query->words, CnSearchWord, i);
      gboolean fix = corrections[i] != NULL;
      CnSearchWord word;

      init_query_word (&word, fix ? corrections[i] : old->word, fix || old->corrected, query->synonyms);
      g_array_append_val (corrected->words, word);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, word.word);
    }
  corrected->text = g_string_free (g_steal_pointer (&text), FALSE);
  return corrected;
}

CnSearchQuery *
cn_search_query_ref (CnSearchQuery *query)
{
  g_atomic_ref_count_inc (&query->ref_count);
  return query;
}

void
cn_search_query_unref (CnSearchQuery *query)
{
  if (query == NULL || !g_atomic_ref_count_dec (&query->ref_count))
    return;
  g_free (query->text);
  g_array_unref (query->words);
  g_clear_pointer (&query->synonyms, cn_search_synonyms_unref);
  g_free (query);
}

void
cn_search_query_free (CnSearchQuery *query)
{
  cn_search_query_unref (query);
}

gboolean
cn_search_query_is_empty (const CnSearchQuery *query)
{
  return query == NULL || query->words->len == 0;
}

const char *
cn_search_query_get_text (const CnSearchQuery *query)
{
  return query->text;
}

guint
cn_search_query_get_n_words (const CnSearchQuery *query)
{
  return query->words->len;
}

/**
 * cn_search_query_get_word:
 *
 * Returns: the @word-th query word, normalized (the correction, for a
 *   corrected word)
 */
const char *
cn_search_query_get_word (const CnSearchQuery *query,
                          guint                word)
{
  g_return_val_if_fail (word < query->words->len, NULL);
  return g_array_index (query->words, CnSearchWord, word).word;
}

gboolean
cn_search_query_is_corrected (const CnSearchQuery *query)
{
  for (guint i = 0; query != NULL && i < query->words->len; i++)
    if (g_array_index (query->words, CnSearchWord, i).corrected)
      return TRUE;
  return FALSE;
}

/* Documents */

CnSearchDocBuilder *
cn_search_doc_builder_new (void)
{
  CnSearchDocBuilder *builder = g_new0 (CnSearchDocBuilder, 1);

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      builder->words[t] = g_string_new (" ");
      builder->stems[t] = g_string_new (" ");
    }
  return builder;
}

static void
append_token_cb (const char *word,
                 gsize       len,
                 gpointer    user_data)
{
  GString *tier = user_data;

  g_string_append_len (tier, word, len);
  g_string_append_c (tier, ' ');
}

typedef struct
{
  GString *words;
  GString *stems;
} DocTier;

static void
append_word_cb (const char *word,
                gsize       len,
                gpointer    user_data)
{
  DocTier *tier = user_data;

  append_token_cb (word, len, tier->words);
  _cn_search_foreach_stem (word, len, append_token_cb, tier->stems);
}

void
cn_search_doc_builder_add (CnSearchDocBuilder *builder,
                           CnSearchTier        tier,
                           const char         *text)
{
  DocTier doc_tier;

  g_return_if_fail (builder != NULL);
  g_return_if_fail (tier < CN_SEARCH_N_TIERS);

  doc_tier.words = builder->words[tier];
  doc_tier.stems = builder->stems[tier];
  if (text != NULL)
    foreach_folded_word (text, TRUE, append_word_cb, &doc_tier);
}

CnSearchDoc *
cn_search_doc_builder_end (CnSearchDocBuilder *builder)
{
  CnSearchDoc *doc = g_new0 (CnSearchDoc, 1);

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      doc->words[t] = g_string_free (builder->words[t], FALSE);
      doc->stems[t] = g_string_free (builder->stems[t], FALSE);
    }
  g_free (builder);

  return doc;
}

void
cn_search_doc_free (CnSearchDoc *doc)
{
  if (doc == NULL)
    return;
  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    {
      g_free (doc->words[t]);
      g_free (doc->stems[t]);
    }
  g_free (doc);
}

gsize
cn_search_doc_get_size (const CnSearchDoc *doc)
{
  gsize size = sizeof *doc;

  for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
    size += strlen (doc->words[t]) + strlen (doc->stems[t]) + 2;
  return size;
}

static gboolean
any_in (const char *haystack,
        GPtrArray  *patterns)
{
  for (guint i = 0; i < patterns->len; i++)
    if (strstr (haystack, patterns->pdata[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* A word, whole or by one of its stems (@patterns: " stem "). */
static gboolean
stem_in (const CnSearchDoc *doc,
         guint              t,
         GPtrArray         *patterns)
{
  return any_in (doc->words[t], patterns) || any_in (doc->stems[t], patterns);
}

static gboolean
alt_in (const CnSearchDoc *doc,
        guint              t,
        const CnSearchAlt *alt)
{
  for (guint w = 0; w < alt->patterns->len; w++)
    if (!stem_in (doc, t, alt->patterns->pdata[w]))
      return FALSE;
  return TRUE;
}

/* A phrase whose words are all in the record, not all in one field. */
static gboolean
alt_anywhere (const CnSearchDoc *doc,
              const CnSearchAlt *alt)
{
  for (guint w = 0; w < alt->patterns->len; w++)
    {
      gboolean found = FALSE;

      for (guint t = 0; t < CN_SEARCH_N_TIERS && !found; t++)
        found = stem_in (doc, t, alt->patterns->pdata[w]);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* The best quality @word meets in field @t, or -1. Cheapest tests first:
 * no word starts with the word, then none is it whole either. */
static int
best_in_tier (const CnSearchDoc  *doc,
              guint               t,
              const CnSearchWord *word)
{
  gboolean prefix = !word->corrected && any_in (doc->words[t], word->prefix_patterns);

  if ((prefix || word->corrected) && any_in (doc->words[t], word->exact_patterns))
    return CN_SEARCH_EXACT;
  if (any_in (doc->words[t], word->stem_only_patterns) || any_in (doc->stems[t], word->stem_patterns))
    return CN_SEARCH_STEM;
  /* A synonym, whole, counts more than the start of a word. */
  for (guint a = 0; a < word->alts->len; a++)
    {
      const CnSearchAlt *alt = word->alts->pdata[a];

      if (alt_in (doc, t, alt))
        return CN_SEARCH_SYNONYM;
      /* Spread over fields, a phrase counts as found in "the rest". */
      if (t == CN_SEARCH_SECONDARY && alt->patterns->len > 1 && alt_anywhere (doc, alt))
        return CN_SEARCH_SYNONYM;
    }
  if (prefix)
    return CN_SEARCH_PREFIX;
  return -1;
}

/**
 * cn_search_doc_match:
 *
 * Returns: %CN_SEARCH_NO_MATCH, or the rank of the match (lower is better,
 *   see cn_search_rank_from_score()): every word must match; each scores its
 *   best field and quality, and all words in one field add a bonus
 */
int
cn_search_doc_match (const CnSearchDoc   *doc,
                     const CnSearchQuery *query)
{
  int score = 0;
  guint common = (1u << CN_SEARCH_N_TIERS) - 1;

  g_return_val_if_fail (doc != NULL, CN_SEARCH_NO_MATCH);
  g_return_val_if_fail (query != NULL, CN_SEARCH_NO_MATCH);

  for (guint i = 0; i < query->words->len; i++)
    {
      const CnSearchWord *word = &g_array_index (query->words, CnSearchWord, i);
      int best = 0;
      guint tiers = 0;

      for (guint t = 0; t < CN_SEARCH_N_TIERS; t++)
        {
          int q = best_in_tier (doc, t, word);

          if (q >= 0)
            {
              best = MAX (best, cn_search_score (t, q, word->corrected));
              tiers |= 1u << t;
            }
        }

      if (tiers == 0)
        return CN_SEARCH_NO_MATCH;
      score += best;
      common &= tiers;
    }

  /* All the words in one field: its weight as a bonus (the best field). */
  if (query->words->len > 1 && common != 0)
    score += tier_weights[g_bit_nth_lsf (common, -1)] * CN_SEARCH_BONUS;

  return cn_search_rank_from_score (query, score);
}

/**
 * cn_search_doc_get_words:
 *
 * Returns: the normalized words of a field, as " word word … " (each word,
 *   and each of its prefix-less forms, between single spaces)
 */
const char *
cn_search_doc_get_words (const CnSearchDoc *doc,
                         CnSearchTier       tier)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (tier < CN_SEARCH_N_TIERS, NULL);
  return doc->words[tier];
}

/* Highlighting */

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
      if (stems_meet (word->stems, form_stems->pdata[s]))
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
  stems = stems_of (copy);
  for (guint i = 0; i < hw->query->words->len && !hw->matched; i++)
    hw->matched = form_matches (&g_array_index (hw->query->words, CnSearchWord, i), copy, stems);
}

static gboolean
is_word_char (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return g_unichar_isalnum (c) || is_dropped_type (type) || is_ignored_char (c) ||
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

          foreach_folded_word (run, TRUE, highlight_form_cb, &hw);
        }
      if (hw.matched)
        {
          /* Quotes and apostrophes at the ends stay outside the bold. */
          const char *s = start, *e = end;
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;

          while (s < e && is_ignored_char (g_utf8_get_char (s)))
            s = g_utf8_next_char (s);
          while (e > s && is_ignored_char (g_utf8_get_char (g_utf8_prev_char (e))))
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
