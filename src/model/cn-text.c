/* cn-text.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cn-text.h"

typedef struct
{
  const char *language;   /* interned */
  const char *value;      /* points into the same allocation */
} CnTextEntry;

/* One allocation per text: the header, the entries, then the values.
 * A catalog of 100 000 records holds millions of these, so no GHashTable
 * and no per-value malloc. */
struct _CnText
{
  guint       n_values;
  CnTextEntry entries[];
};

G_DEFINE_BOXED_TYPE (CnText, cn_text, cn_text_copy, cn_text_free)

/* Normalized preferred language codes, most preferred first ("he", "en_US", "en"). */
static char **preferred_languages;

static gboolean
language_is_wanted (const char *code)
{
  /* "C" and "POSIX" are locale names, not languages. */
  return code[0] != '\0' && g_strcmp0 (code, "C") != 0 && g_strcmp0 (code, "POSIX") != 0;
}

/**
 * cn_text_set_preferred_languages:
 * @languages: (nullable): language names, most preferred first, or %NULL for
 *   g_get_language_names()
 *
 * Sets which language cn_text_get() returns. Locale suffixes (".UTF-8",
 * "@euro") are dropped, so "he_IL.UTF-8" prefers "he_IL", then "he".
 *
 * Call it before any other thread reads texts (at startup, or in a test):
 * the vector it replaces is freed. Without a call, the first reader sets
 * the locale's languages, safely from any thread.
 */
void
cn_text_set_preferred_languages (const char * const *languages)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  if (languages == NULL)
    languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *code = g_strdup (languages[i]);
      char *cut = strpbrk (code, ".@");
      char *territory;

      if (cut != NULL)
        *cut = '\0';
      if (!language_is_wanted (code))
        continue;

      /* Prefer the bare language right after its territory variant. */
      territory = strchr (code, '_');
      if (!g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        g_ptr_array_add (codes, (gpointer) g_intern_string (code));
      if (territory != NULL)
        {
          *territory = '\0';
          if (!g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
            g_ptr_array_add (codes, (gpointer) g_intern_string (code));
        }
    }

  g_ptr_array_add (codes, NULL);
  g_free (preferred_languages);
  /* The strings are interned; only the vector is ours. */
  preferred_languages = (char **) g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

/* Texts are read on other threads too (the search index is built on
 * another processor, and reads the pills' words): the default is set once,
 * whichever thread comes first. */
static const char * const *
get_preferred_languages (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      if (preferred_languages == NULL)
        cn_text_set_preferred_languages (NULL);
      g_once_init_leave (&initialized, 1);
    }
  return (const char * const *) preferred_languages;
}

/**
 * cn_text_get_preferred_language:
 *
 * Returns: the most preferred language code, "en" when none is set
 */
const char *
cn_text_get_preferred_language (void)
{
  const char * const *langs = get_preferred_languages ();

  return langs[0] != NULL ? langs[0] : "en";
}

CnText *
cn_text_new (guint               n_values,
             const char * const *languages,
             const char * const *values)
{
  CnText *self;
  gsize size = sizeof (CnText) + n_values * sizeof (CnTextEntry);
  char *tail;

  for (guint i = 0; i < n_values; i++)
    size += strlen (values[i]) + 1;

  self = g_malloc (size);
  self->n_values = n_values;
  tail = (char *) &self->entries[n_values];

  for (guint i = 0; i < n_values; i++)
    {
      gsize len = strlen (values[i]) + 1;

      self->entries[i].language = g_intern_string (languages[i]);
      self->entries[i].value = tail;
      memcpy (tail, values[i], len);
      tail += len;
    }

  return self;
}

CnText *
cn_text_new_simple (const char *english)
{
  const char *lang = "en";

  g_return_val_if_fail (english != NULL, NULL);

  return cn_text_new (1, &lang, &english);
}

CnText *
cn_text_copy (const CnText *self)
{
  g_autofree const char **langs = NULL;
  g_autofree const char **values = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  langs = g_new (const char *, self->n_values);
  values = g_new (const char *, self->n_values);
  for (guint i = 0; i < self->n_values; i++)
    {
      langs[i] = self->entries[i].language;
      values[i] = self->entries[i].value;
    }

  return cn_text_new (self->n_values, langs, values);
}

void
cn_text_free (CnText *self)
{
  g_free (self);
}

static const CnTextEntry *
find_entry (const CnText *self,
            const char   *language)
{
  for (guint i = 0; i < self->n_values; i++)
    if (strcmp (self->entries[i].language, language) == 0)
      return &self->entries[i];
  return NULL;
}

static const CnTextEntry *
find_shown_entry (const CnText *self)
{
  const char * const *langs = get_preferred_languages ();
  const CnTextEntry *entry;

  for (guint i = 0; langs[i] != NULL; i++)
    if ((entry = find_entry (self, langs[i])))
      return entry;

  if ((entry = find_entry (self, "en")))
    return entry;

  return self->n_values > 0 ? &self->entries[0] : NULL;
}

/**
 * cn_text_get:
 *
 * Returns: the value in the first preferred language the text has, English
 *   otherwise (never %NULL for a text with values)
 */
const char *
cn_text_get (const CnText *self)
{
  const CnTextEntry *entry;

  if (self == NULL)
    return NULL;

  entry = find_shown_entry (self);
  return entry ? entry->value : "";
}

const char *
cn_text_get_shown_language (const CnText *self)
{
  const CnTextEntry *entry;

  g_return_val_if_fail (self != NULL, NULL);

  entry = find_shown_entry (self);
  return entry ? entry->language : NULL;
}

/**
 * cn_text_is_fallback:
 *
 * Returns: %TRUE when the text lacks the most preferred language and shows
 *   another one instead
 */
gboolean
cn_text_is_fallback (const CnText *self)
{
  const char *shown;
  const char *wanted = cn_text_get_preferred_language ();

  if (self == NULL)
    return FALSE;

  shown = cn_text_get_shown_language (self);
  if (shown == NULL || strcmp (shown, wanted) == 0)
    return FALSE;

  /* "en_US" wanted and "en" shown is not a fallback. */
  return !(g_str_has_prefix (wanted, shown) && wanted[strlen (shown)] == '_');
}

const char *
cn_text_get_for_language (const CnText *self,
                          const char   *language)
{
  const CnTextEntry *entry;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  entry = find_entry (self, language);
  return entry ? entry->value : NULL;
}

guint
cn_text_get_n_values (const CnText *self)
{
  return self ? self->n_values : 0;
}

const char *
cn_text_get_nth (const CnText  *self,
                 guint          n,
                 const char   **language)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n < self->n_values, NULL);

  if (language != NULL)
    *language = self->entries[n].language;
  return self->entries[n].value;
}
