/* cn-uri.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The link policy, and only that: whether an address is one the app may
 * open. */

#include "config.h"

#include <string.h>

#include "cn-uri.h"

/**
 * cn_uri_is_safe:
 *
 * Only web and mail links may be opened: no local files, scripts, embedded
 * data or network shares, and no credentials hidden in the address.
 *
 * Returns: %TRUE for an absolute https:, http: or mailto: URI without user
 *   information
 */
gboolean
cn_uri_is_safe (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;
  const char *scheme;

  if (uri == NULL)
    return FALSE;

  for (const char *p = uri; *p; p++)
    if ((guchar) *p <= 0x20 || *p == 0x7F)
      return FALSE;

  parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  if (parsed == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (parsed);
  if (g_ascii_strcasecmp (scheme, "mailto") == 0)
    return g_uri_get_path (parsed)[0] != '\0' && strchr (g_uri_get_path (parsed), '@') != NULL;

  if (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0)
    return FALSE;

  return g_uri_get_userinfo (parsed) == NULL &&
         g_uri_get_host (parsed) != NULL && g_uri_get_host (parsed)[0] != '\0';
}
