/* cn-json-scan.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One step of a JSON path: an object member (key != NULL) or an array index. */
typedef struct
{
  const char *key;
  guint       index;
} CnJsonPathElement;

typedef enum
{
  CN_JSON_SCAN_SYNTAX,
  CN_JSON_SCAN_ENCODING,
  CN_JSON_SCAN_TOO_DEEP,
  CN_JSON_SCAN_TOO_LONG,
  CN_JSON_SCAN_NUMBER_RANGE,
  CN_JSON_SCAN_DUPLICATE_KEY,
} CnJsonScanProblem;

/* Return FALSE to stop scanning. */
typedef gboolean (*CnJsonScanFunc) (CnJsonScanProblem  problem,
                                    guint              line,
                                    guint              column,
                                    const char        *path,
                                    const char        *message,
                                    gpointer           user_data);

typedef struct
{
  guint max_depth;
  gsize max_string_length;
} CnJsonLimits;

/* Where the elements of one array start: the value of the member @key of
 * the top-level object. @starts (gsize offsets, set by the caller) gets the
 * offset of each element's first byte; @array_start is the offset of the
 * '[' and @array_end the offset just past the ']'. @found is FALSE when the
 * document has no such array. */
typedef struct
{
  const char *key;
  GArray     *starts;
  gsize       array_start;
  gsize       array_end;
  gboolean    found;
} CnJsonSplit;

gboolean  cn_json_scan_split    (const char              *data,
                                 gsize                    length,
                                 const CnJsonLimits      *limits,
                                 CnJsonSplit             *split,
                                 CnJsonScanFunc           func,
                                 gpointer                 user_data);
gboolean  cn_json_scan          (const char              *data,
                                 gsize                    length,
                                 const CnJsonLimits      *limits,
                                 CnJsonScanFunc           func,
                                 gpointer                 user_data);
gboolean  cn_json_locate        (const char              *data,
                                 gsize                    length,
                                 const CnJsonPathElement *path,
                                 guint                    path_length,
                                 guint                   *line,
                                 guint                   *column);
char     *cn_json_path_to_string (const CnJsonPathElement *path,
                                  guint                    path_length);

G_END_DECLS
