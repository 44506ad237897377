/* cn-test-search.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For the tests that check the search index against the plain matcher. */

#pragma once

#include "cn-search.h"

/* Adds every @every-th word of @doc's two tiers to @words (copies), for
 * building random queries. */
static inline void
cn_test_collect_words (const CnSearchDoc *doc,
                       guint              every,
                       GPtrArray         *words)
{
  for (guint tier = 0; tier < CN_SEARCH_N_TIERS; tier++)
    {
      g_auto(GStrv) parts = g_strsplit (cn_search_doc_get_words (doc, tier), " ", -1);

      for (guint i = 0; parts[i]; i++)
        if (i % every == 0 && parts[i][0] != '\0')
          g_ptr_array_add (words, g_strdup (parts[i]));
    }
}
