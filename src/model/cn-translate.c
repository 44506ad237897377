/* cn-translate.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Interface strings in a given language, whatever the language of the
 * interface: a Hebrew brief has Hebrew headings in an English window.
 * gettext only follows the process-wide LANGUAGE variable, and changing
 * the environment while GTK's and GIO's threads read it is not safe, so
 * the language's catalog (the same .mo file gettext uses, found through
 * the domain's binding) is read here directly: a sorted table of original
 * strings, searched by bisection. (Moved from the export, so that the
 * dates of the window and of a brief come from one place.) */

#include "config.h"

#include <libintl.h>
#include <stdio.h>
#include <string.h>

#include "cn-translate.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

typedef struct
{
  GMappedFile *file;
  const char  *data;
  gsize        size;
  gboolean     swapped;
  guint32      n_strings;
  guint32      originals;
  guint32      translations;
} MoCatalog;

static GMutex catalogs_lock;
static GHashTable *catalogs;   /* language → MoCatalog, or NULL when there is none */

static guint32
read_u32 (const MoCatalog *mo,
          gsize            offset)
{
  guint32 value;

  if (offset + 4 > mo->size)
    return 0;
  memcpy (&value, mo->data + offset, 4);
  return mo->swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* Returns the string at table entry @index, or NULL when the file lies
 * about its lengths or offsets. */
static const char *
table_string (const MoCatalog *mo,
              guint32          table,
              guint32          index)
{
  gsize entry = (gsize) table + (gsize) index * 8;
  guint32 length = read_u32 (mo, entry);
  guint32 offset = read_u32 (mo, entry + 4);

  if (entry + 8 > mo->size || (gsize) offset + length >= mo->size || mo->data[offset + length] != '\0')
    return NULL;
  return mo->data + offset;
}

static MoCatalog *
mo_catalog_load (const char *language)
{
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  g_autofree char *path = NULL;
  g_autoptr(GMappedFile) file = NULL;
  MoCatalog *mo;
  guint32 magic;

  if (dir == NULL)
    dir = LOCALEDIR;
  path = g_build_filename (dir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  file = g_mapped_file_new (path, FALSE, NULL);
  if (file == NULL || g_mapped_file_get_length (file) < 28)
    return NULL;

  mo = g_new0 (MoCatalog, 1);
  mo->data = g_mapped_file_get_contents (file);
  mo->size = g_mapped_file_get_length (file);
  memcpy (&magic, mo->data, 4);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    {
      g_free (mo);
      return NULL;
    }
  mo->swapped = magic == MO_MAGIC_SWAPPED;
  mo->n_strings = read_u32 (mo, 8);
  mo->originals = read_u32 (mo, 12);
  mo->translations = read_u32 (mo, 16);
  mo->file = g_steal_pointer (&file);
  return mo;
}

static MoCatalog *
get_catalog (const char *language)
{
  MoCatalog *mo;

  g_mutex_lock (&catalogs_lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (catalogs, language, NULL, (gpointer *) &mo))
    {
      /* Loaded once and kept for the life of the process, as gettext does. */
      mo = mo_catalog_load (language);
      g_hash_table_insert (catalogs, g_strdup (language), mo);
    }
  g_mutex_unlock (&catalogs_lock);

  return mo;
}

/**
 * cn_translate:
 * @language: (nullable): a language code ("he", "en"), or %NULL for the
 *   interface's language (gettext's)
 * @msgid: an interface string, marked for translation where it is written
 *
 * Returns: @msgid translated into @language, or @msgid itself when
 *   @language is English or has no translation of it
 */
const char *
cn_translate (const char *language,
              const char *msgid)
{
  MoCatalog *mo;
  guint32 low = 0, high;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (language == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  if (g_str_has_prefix (language, "en"))
    return msgid;
  mo = get_catalog (language);
  if (mo == NULL)
    return msgid;

  high = mo->n_strings;
  while (low < high)
    {
      guint32 middle = low + (high - low) / 2;
      const char *original = table_string (mo, mo->originals, middle);
      int cmp;

      if (original == NULL)
        return msgid;
      cmp = strcmp (msgid, original);
      if (cmp == 0)
        {
          const char *translation = table_string (mo, mo->translations, middle);

          return translation != NULL && translation[0] != '\0' ? translation : msgid;
        }
      if (cmp < 0)
        high = middle;
      else
        low = middle + 1;
    }

  return msgid;
}
