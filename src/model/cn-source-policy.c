/* cn-source-policy.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The weak-source deny list, kept here and nowhere else: hosts that the
 * catalog must not cite as the source of a fact. A host matches itself and
 * its subdomains. Where only a copy of a lost document exists, a source may
 * stay on a copy host if its title says so ("… (copy on scribd.com;
 * original not found)"). To extend the list, add the host under the group
 * it belongs to (or a new group with a comment saying why), and run the
 * tests: test-bundled fails while data/catalog.json still cites it. */

#include "config.h"

#include <string.h>

#include "cn-source-policy.h"

static const char * const denied_hosts[] = {
  /* Development and staging servers: unreleased copies of an organisation's own site; cite the live site. */
  "dev.gcom.anais.tech",
  "staging.c40.org",
  "staging.c40cff.org",
  "dev.partnershipagainstcancer.ca",
  /* Wikipedia mirrors and scraped copies: cite the Wikipedia article itself, or better its sources. */
  "wikisum.wiki",
  "review.clateway.com",
  "stringtranslate.com",
  "exl.pages.dev",
  "the-uncensored-wiki.com",
  "zalansite.site",
  /* Document-sharing mirrors: copies of PDFs whose originals should be cited. */
  "slideblast.com",
  "pdfslide.us",
  "pdfslide.net",
  "vdocuments.site",
  "vdocuments.net",
  "fdocuments.net",
  "fdocuments.in",
  "yumpu.com",
  "scribd.com",
  "docslib.org",
  "docstoc.com",
  "readkong.com",
  /* Feed aggregators and machine-written or unreliable news sites: cite the original publisher. */
  "rssing.com",
  "bnnbreaking.com",
  "feedreader.com",
  /* Personal, fan and unofficial sites and blogs: cite an official page or a reputable news outlet. */
  "plopandrei.com",
  "toronto-mayor.com",
  "blogspot.com",
  "wordpress.com",
  "gordperks.ca",
  "pammcconnell.ca",
  /* Corporate marketing blogs: not a source for facts about networks. */
  "yardi.com",
  NULL
};

/**
 * cn_source_denied_hosts:
 *
 * Returns: (transfer none): the deny list, %NULL-terminated
 */
const char * const *
cn_source_denied_hosts (void)
{
  return denied_hosts;
}

/**
 * cn_source_host_is_denied:
 * @host: a host name, in any case
 *
 * Returns: whether @host is a deny-listed host or one of its subdomains
 */
gboolean
cn_source_host_is_denied (const char *host)
{
  gsize host_len;

  g_return_val_if_fail (host != NULL, FALSE);

  host_len = strlen (host);
  /* A fully qualified name may end with a dot. */
  if (host_len > 0 && host[host_len - 1] == '.')
    host_len--;

  for (guint i = 0; denied_hosts[i] != NULL; i++)
    {
      gsize len = strlen (denied_hosts[i]);

      if (host_len < len || g_ascii_strncasecmp (host + host_len - len, denied_hosts[i], len) != 0)
        continue;
      if (host_len == len || host[host_len - len - 1] == '.')
        return TRUE;
    }
  return FALSE;
}

/**
 * cn_source_is_weak:
 * @url: the source's address
 * @title: the source's title
 *
 * A source is weak when its host is deny-listed, unless its title says it
 * is a copy (contains "(copy on "): then the copy is all that exists, and
 * the reader is told so.
 *
 * Returns: whether the source should not be cited as it is
 */
gboolean
cn_source_is_weak (const char *url,
                   const char *title)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  g_return_val_if_fail (url != NULL, FALSE);

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || (host = g_uri_get_host (uri)) == NULL)
    return FALSE;
  if (!cn_source_host_is_denied (host))
    return FALSE;
  return title == NULL || strstr (title, CN_SOURCE_COPY_MARK) == NULL;
}
