/* cn-atomic-file.c — files written whole or not at all
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything the app writes (the shortlist, a kept dataset, exports) goes
 * through here: a temporary file beside the target, flushed to disk, then
 * renamed over it. A crash, a kill or a full disk leaves either the old
 * file or the new one, never half of one, and no temporary file behind.
 */

#include "config.h"

#include <errno.h>
#include <gio/gio.h>

#include "cn-atomic-file.h"

/**
 * cn_atomic_file_write:
 * @mode: the permissions of a new file (0600 for the user's own data)
 *
 * Returns: %TRUE on success; %FALSE with @error set to the system's reason
 *   (the caller names the file)
 */
gboolean
cn_atomic_file_write (const char  *path,
                      const void  *data,
                      gsize        length,
                      int          mode,
                      GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  /* g_file_set_contents() would replace a folder's name with a file. */
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, g_strerror (EISDIR));
      return FALSE;
    }

  /* CONSISTENT: temporary file and rename; DURABLE: fsync before the
   * rename, so the new name never points at unwritten blocks. */
  return g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   mode, error);
}
