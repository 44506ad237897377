/* test-shortlist.c: the user's shortlist and notes are never lost
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cn-shortlist.h"

static char *self_path;

typedef struct
{
  char  *dir;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("cn-shortlist-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  path = g_build_filename (fixture->dir, "data", "shortlist.json", NULL);
  fixture->file = g_file_new_for_path (path);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          g_chmod (child, 0700);
          if (g_file_test (child, G_FILE_TEST_IS_DIR))
            remove_tree (child);
          else
            g_remove (child);
        }
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_chmod (fixture->dir, 0700);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_object_unref (fixture->file);
}

static void
write_file (GFile      *file,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
read_file (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

/* Names in the file's folder that start with "shortlist.json.damaged-". */
static char **
damaged_copies (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = g_file_get_path (parent);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GStrvBuilder *builder = g_strv_builder_new ();
  const char *name;
  char **result;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "shortlist.json.damaged-"))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);
        g_strv_builder_add (builder, path);
      }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CnShortlist) first = cn_shortlist_new (fixture->file);
  g_autoptr(CnShortlist) second = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) starred = NULL;
  g_auto(GStrv) noted = NULL;

  g_assert_true (cn_shortlist_load (first, &error));   /* no file yet: empty */
  g_assert_no_error (error);
  g_assert_cmpuint (cn_shortlist_get_n_starred (first), ==, 0);

  cn_shortlist_set_starred (first, "iclei", TRUE);
  cn_shortlist_set_starred (first, "c40", TRUE);
  cn_shortlist_set_note (first, "c40", "Ask the mayor's office.\nשורה בעברית — \"quoted\" {json}");
  cn_shortlist_set_note (first, "gggi", "Only states can join.");
  g_assert_true (cn_shortlist_get_dirty (first));
  g_assert_true (cn_shortlist_save (first, &error));
  g_assert_no_error (error);
  g_assert_false (cn_shortlist_get_dirty (first));

  /* A restart: a new object over the same file. */
  second = cn_shortlist_new (fixture->file);
  g_assert_true (cn_shortlist_load (second, &error));
  g_assert_no_error (error);
  starred = cn_shortlist_dup_starred (second);
  g_assert_cmpuint (g_strv_length (starred), ==, 2);
  g_assert_cmpstr (starred[0], ==, "iclei");   /* in the order they were starred */
  g_assert_cmpstr (starred[1], ==, "c40");
  g_assert_cmpstr (cn_shortlist_get_note (second, "c40"), ==,
                   "Ask the mayor's office.\nשורה בעברית — \"quoted\" {json}");
  g_assert_false (cn_shortlist_is_starred (second, "gggi"));
  noted = cn_shortlist_dup_noted (second);
  g_assert_true (g_strv_contains ((const char * const *) noted, "gggi"));

  /* Unstarring and clearing the note drops the entry. */
  cn_shortlist_set_starred (second, "iclei", FALSE);
  g_assert_false (cn_shortlist_is_starred (second, "iclei"));
  g_assert_cmpuint (cn_shortlist_get_n_starred (second), ==, 1);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
count_cb (CnShortlist *shortlist,
          const char  *id,
          guint       *changes)
{
  g_assert_cmpstr (id, ==, "c40");
  (*changes)++;
}

static void
test_saved_after_pause (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CnShortlist) shortlist = cn_shortlist_new (fixture->file);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autofree char *contents = NULL;
  guint changes = 0;

  g_assert_true (cn_shortlist_load (shortlist, NULL));
  g_signal_connect (shortlist, "changed", G_CALLBACK (count_cb), &changes);

  /* Typing: many changes, one save once the typing pauses. */
  cn_shortlist_set_note (shortlist, "c40", "D");
  cn_shortlist_set_note (shortlist, "c40", "Dr");
  cn_shortlist_set_note (shortlist, "c40", "Draft");
  g_assert_cmpuint (changes, ==, 3);
  g_assert_false (g_file_query_exists (fixture->file, NULL));

  g_timeout_add (2000, quit_cb, loop);
  g_main_loop_run (loop);
  contents = read_file (fixture->file);
  g_assert_nonnull (contents);
  g_assert_nonnull (strstr (contents, "\"Draft\""));
  g_assert_false (cn_shortlist_get_dirty (shortlist));
}

static void
test_flush_on_close (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CnShortlist) shortlist = cn_shortlist_new (fixture->file);
  g_autoptr(CnShortlist) again = cn_shortlist_new (fixture->file);

  g_assert_true (cn_shortlist_load (shortlist, NULL));
  cn_shortlist_set_note (shortlist, "iclei", "Written just before closing");
  g_assert_true (cn_shortlist_flush (shortlist));
  g_assert_true (cn_shortlist_load (again, NULL));
  g_assert_cmpstr (cn_shortlist_get_note (again, "iclei"), ==, "Written just before closing");
}

static void
check_moved_aside (Fixture    *fixture,
                   const char *contents,
                   gssize      length,
                   const char *expected_in_message)
{
  g_autoptr(CnShortlist) shortlist = cn_shortlist_new (fixture->file);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) copies = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *path = g_file_get_path (fixture->file);
  gsize kept_length = 0;

  write_file (fixture->file, contents, length);
  g_assert_false (cn_shortlist_load (shortlist, &error));
  g_assert_error (error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_INVALID);
  g_assert_nonnull (cn_shortlist_get_problem (shortlist));
  /* The message names the file and says what is wrong with it. */
  g_assert_nonnull (strstr (cn_shortlist_get_problem (shortlist), path));
  if (expected_in_message != NULL)
    g_assert_nonnull (strstr (cn_shortlist_get_problem (shortlist), expected_in_message));
  g_assert_false (cn_shortlist_get_read_only (shortlist));

  /* Moved aside, byte for byte, under a dated name. */
  g_assert_false (g_file_query_exists (fixture->file, NULL));
  copies = damaged_copies (fixture->file);
  g_assert_cmpuint (g_strv_length (copies), ==, 1);
  g_assert_true (g_file_get_contents (copies[0], &kept, &kept_length, NULL));
  g_assert_cmpmem (kept, kept_length, contents, length < 0 ? strlen (contents) : (gsize) length);

  /* The new shortlist saves beside it without touching it. */
  cn_shortlist_set_starred (shortlist, "c40", TRUE);
  g_assert_true (cn_shortlist_save (shortlist, NULL));
  g_assert_true (g_file_query_exists (fixture->file, NULL));
  g_clear_pointer (&copies, g_strfreev);
  copies = damaged_copies (fixture->file);
  g_assert_cmpuint (g_strv_length (copies), ==, 1);

  remove_tree (fixture->dir);
  g_mkdir_with_parents (fixture->dir, 0700);
}

static void
test_damaged_files (Fixture       *fixture,
                    gconstpointer  data)
{
  char nested[200];
  GString *huge = g_string_new ("{\"schema_version\": 1, \"entries\": [{\"network\": \"c40\", \"note\": \"");

  check_moved_aside (fixture, "{\"schema_version\": 1, \"entries\": [", -1, NULL);
  check_moved_aside (fixture, "not json at all", -1, NULL);
  check_moved_aside (fixture, "{\"schema_version\": 1, \"entries\": [], \"entries\": []}", -1, "entries");
  check_moved_aside (fixture, "{\"schema_version\": 1, \"entries\": [{\"network\": \"c\xff\"}]}", -1, "UTF-8");
  check_moved_aside (fixture, "{\"schema_version\": 1, \"entries\": [{\"network\": 42}]}", -1, "network");
  check_moved_aside (fixture, "{\"schema_version\": 1, \"entries\": [{\"network\": \"../../etc\"}]}", -1,
                     "entries[0]");
  check_moved_aside (fixture, "{\"entries\": []}", -1, "schema_version");
  check_moved_aside (fixture, "[1, 2, 3]", -1, NULL);
  check_moved_aside (fixture, "{\"schema_version\": 1, \"entries\": []}\0garbage", 44, NULL);

  memset (nested, '[', sizeof nested);
  check_moved_aside (fixture, nested, sizeof nested, NULL);

  for (guint i = 0; i < CN_SHORTLIST_MAX_NOTE + 10; i++)
    g_string_append_c (huge, 'x');
  g_string_append (huge, "\"}]}");
  check_moved_aside (fixture, huge->str, (gssize) huge->len, NULL);
  g_string_free (huge, TRUE);
}

static void
test_newer_version_left_alone (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *newer = "{\"schema_version\": 7, \"entries\": [], \"future\": true}";
  g_autoptr(CnShortlist) shortlist = cn_shortlist_new (fixture->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) copies = NULL;

  write_file (fixture->file, newer, -1);
  g_assert_false (cn_shortlist_load (shortlist, NULL));
  g_assert_true (cn_shortlist_get_read_only (shortlist));
  g_assert_nonnull (strstr (cn_shortlist_get_problem (shortlist), "newer"));

  cn_shortlist_set_note (shortlist, "c40", "kept in memory");
  g_assert_false (cn_shortlist_save (shortlist, &error));
  g_assert_error (error, CN_SHORTLIST_ERROR, CN_SHORTLIST_ERROR_READ_ONLY);
  g_assert_cmpstr (cn_shortlist_get_note (shortlist, "c40"), ==, "kept in memory");
  after = read_file (fixture->file);
  g_assert_cmpstr (after, ==, newer);
  copies = damaged_copies (fixture->file);
  g_assert_cmpuint (g_strv_length (copies), ==, 0);
}

/* The folder cannot be written: the notes stay in memory, the problem is
 * reported, and a later save succeeds once the folder can be written. A
 * regular file where the folder should be fails even for root, which
 * ignores permission bits. */
static void
test_unwritable_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "data", NULL);
  g_autoptr(CnShortlist) shortlist = cn_shortlist_new (fixture->file);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (blocker, "a file, not a folder", -1, NULL));
  g_assert_true (cn_shortlist_load (shortlist, NULL));
  cn_shortlist_set_starred (shortlist, "c40", TRUE);
  cn_shortlist_set_note (shortlist, "c40", "Draft for the council");
  g_assert_false (cn_shortlist_save (shortlist, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (cn_shortlist_get_problem (shortlist));
  g_assert_nonnull (strstr (cn_shortlist_get_problem (shortlist), "could not be saved"));
  g_assert_true (cn_shortlist_get_dirty (shortlist));
  g_assert_cmpstr (cn_shortlist_get_note (shortlist, "c40"), ==, "Draft for the council");

  g_assert_cmpint (g_remove (blocker), ==, 0);
  g_assert_true (cn_shortlist_flush (shortlist));
  g_assert_null (cn_shortlist_get_problem (shortlist));
  g_assert_true (g_file_query_exists (fixture->file, NULL));
}

static void
test_unknown_network_kept (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CnShortlist) shortlist = cn_shortlist_new (fixture->file);
  g_autoptr(CnShortlist) again = cn_shortlist_new (fixture->file);
  g_auto(GStrv) noted = NULL;

  write_file (fixture->file,
              "{\"schema_version\": 1, \"entries\": [{\"network\": \"retired-network\", \"starred\": true, "
              "\"note\": \"From an older dataset\", \"extra\": {\"ignored\": 1}}]}", -1);
  g_assert_true (cn_shortlist_load (shortlist, NULL));
  g_assert_true (cn_shortlist_is_starred (shortlist, "retired-network"));
  cn_shortlist_set_starred (shortlist, "c40", TRUE);
  g_assert_true (cn_shortlist_save (shortlist, NULL));

  g_assert_true (cn_shortlist_load (again, NULL));
  noted = cn_shortlist_dup_noted (again);
  g_assert_true (g_strv_contains ((const char * const *) noted, "retired-network"));
  g_assert_cmpstr (cn_shortlist_get_note (again, "retired-network"), ==, "From an older dataset");
}

/* A file over the limit is refused before it is read, with its size and the
 * limit in the one wording the datasets use too; nothing is imported. */
static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.json", NULL);
  g_autoptr(GFile) huge = g_file_new_for_path (path);
  g_autoptr(CnShortlist) ours = cn_shortlist_new (fixture->file);
  g_autoptr(GError) error = NULL;
  guint added = 99, conflicts = 99;
  int fd;

  /* A sparse file: 65 MiB on paper, nothing on disk. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, CN_SHORTLIST_MAX_SIZE + 1024 * 1024), ==, 0);
  close (fd);

  g_assert_true (cn_shortlist_load (ours, NULL));
  g_assert_false (cn_shortlist_import (ours, huge, &added, &conflicts, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "huge.json"));
  g_assert_nonnull (strstr (error->message, "the file is too large (65 MiB; at most 64 MiB)"));
  g_assert_false (cn_shortlist_is_starred (ours, "c40"));
}

static void
test_import_merges (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *theirs_path = g_build_filename (fixture->dir, "colleague.json", NULL);
  g_autoptr(GFile) theirs_file = g_file_new_for_path (theirs_path);
  g_autoptr(CnShortlist) ours = cn_shortlist_new (fixture->file);
  g_autoptr(CnShortlist) theirs = cn_shortlist_new (theirs_file);
  g_autofree char *exported_path = g_build_filename (fixture->dir, "export.json", NULL);
  g_autoptr(GFile) exported = g_file_new_for_path (exported_path);
  g_autoptr(GError) error = NULL;
  guint added = 99, conflicts = 99;
  const char *merged;

  g_assert_true (cn_shortlist_load (ours, NULL));
  cn_shortlist_set_starred (ours, "c40", TRUE);
  cn_shortlist_set_note (ours, "c40", "Our view: apply in 2027.");
  cn_shortlist_set_note (ours, "iclei", "Same text");

  cn_shortlist_set_note (theirs, "c40", "Their view: too large for us.");
  cn_shortlist_set_starred (theirs, "gggi", TRUE);
  cn_shortlist_set_note (theirs, "iclei", "Same text");
  g_assert_true (cn_shortlist_export (theirs, exported, &error));
  g_assert_no_error (error);

  g_assert_true (cn_shortlist_import (ours, exported, &added, &conflicts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);         /* gggi */
  g_assert_cmpuint (conflicts, ==, 1);     /* c40's two notes */
  g_assert_true (cn_shortlist_is_starred (ours, "gggi"));
  g_assert_true (cn_shortlist_is_starred (ours, "c40"));
  merged = cn_shortlist_get_note (ours, "c40");
  g_assert_nonnull (strstr (merged, "Our view: apply in 2027."));
  g_assert_nonnull (strstr (merged, "Their view: too large for us."));
  g_assert_nonnull (strstr (merged, "export.json"));
  g_assert_cmpstr (cn_shortlist_get_note (ours, "iclei"), ==, "Same text");

  /* Importing the same file again changes nothing. */
  g_assert_true (cn_shortlist_import (ours, exported, &added, &conflicts, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (conflicts, ==, 0);
  g_assert_cmpstr (cn_shortlist_get_note (ours, "c40"), ==, merged);

  /* A damaged file is refused with its name, and nothing changes. */
  write_file (theirs_file, "{\"schema_version\": 1, \"entries\": [{\"network\": true}]}", -1);
  g_clear_error (&error);
  g_assert_false (cn_shortlist_import (ours, theirs_file, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "colleague.json"));
  g_assert_true (g_file_query_exists (theirs_file, NULL));
}

/* The child of test_killed_while_saving: saves one of two contents over
 * and over until it is killed. */
static int
save_loop (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CnShortlist) shortlist = cn_shortlist_new (file);
  g_autofree char *a = g_strnfill (40000, 'a');
  g_autofree char *b = g_strnfill (3, 'b');

  cn_shortlist_set_starred (shortlist, "c40", TRUE);
  for (guint i = 0;; i++)
    {
      cn_shortlist_set_note (shortlist, "c40", i % 2 ? a : b);
      if (!cn_shortlist_save (shortlist, NULL))
        return 1;
    }
  return 0;
}

static void
test_killed_while_saving (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (fixture->file);
  g_autofree char *a = g_strnfill (40000, 'a');
  guint checked = 0;

  for (guint round = 0; round < 40; round++)
    {
      const char *argv[] = { self_path, "--save-loop", path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(CnShortlist) reader = cn_shortlist_new (fixture->file);
      GPid pid;
      int status;
      const char *note;

      GStatBuf before = { 0 }, now = { 0 };
      gint64 deadline;

      g_stat (path, &before);
      g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
      g_assert_no_error (error);
      /* Wait for the child's first save (a new file replaces the old one),
       * however slow the machine, then kill it at a random moment of its
       * loop, most likely in the middle of a write. */
      deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
      while (g_get_monotonic_time () < deadline &&
             (g_stat (path, &now) != 0 || now.st_ino == before.st_ino))
        g_usleep (200);
      g_usleep (g_test_rand_int_range (0, 5000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);

      /* Whole, parsable, and one of the two contents. */
      g_assert_true (cn_shortlist_load (reader, &error));
      g_assert_no_error (error);
      note = cn_shortlist_get_note (reader, "c40");
      g_assert_true (g_str_equal (note, "bbb") || g_str_equal (note, a));
      checked++;
    }
  g_assert_cmpuint (checked, ==, 40);
  {
    g_auto(GStrv) copies = damaged_copies (fixture->file);
    g_assert_cmpuint (g_strv_length (copies), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--save-loop"))
    return save_loop (argv[2]);

  self_path = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/shortlist/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("saved-after-pause", test_saved_after_pause);
  ADD ("flush-on-close", test_flush_on_close);
  ADD ("damaged-files", test_damaged_files);
  ADD ("newer-version", test_newer_version_left_alone);
  ADD ("unwritable-folder", test_unwritable_folder);
  ADD ("unknown-network-kept", test_unknown_network_kept);
  ADD ("import-merges", test_import_merges);
  ADD ("too-large", test_too_large);
  ADD ("killed-while-saving", test_killed_while_saving);
#undef ADD

  return g_test_run ();
}
