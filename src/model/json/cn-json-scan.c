/* cn-json-scan.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A strict, non-recursive JSON checker that runs before json-glib.
 *
 * json-glib parses recursively (a file of 100 000 "[" overflows the stack),
 * silently keeps the last of duplicate keys and reports positions only for
 * syntax errors. This scanner enforces RFC 8259 with an explicit stack, our
 * limits and duplicate-key detection, and reports every problem with its
 * line, column and JSON path. It also finds the position of a path, so the
 * semantic validator can name the place of a problem it finds in the tree.
 *
 * One file of more than 800 lines, on purpose: it is one job (a single
 * state machine over the bytes: strings, numbers, literals, the frame stack
 * and its duplicate keys), and every function works on the one private
 * Scanner. Split, the string and number scanners on the hot path would
 * become calls across files that the compiler can no longer inline, and
 * the Scanner would have to be exposed in a header for them.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "cn-json-scan.h"

/* Objects with more members than this get a hash set for duplicate checks;
 * smaller ones are compared linearly (the common case, no allocation). */
#define LINEAR_KEY_LIMIT 24

typedef struct
{
  gboolean    is_object;
  guint       index;        /* element index, or member count */
  const char *key;          /* current member key (decoded, NUL-terminated) */
  guint       keys_start;   /* first key of this object in scanner->keys */
  GHashTable *key_set;      /* only for large objects */
} Frame;

typedef struct
{
  const char         *data;
  gsize               length;
  gsize               pos;
  guint               line;
  gsize               line_start;
  const CnJsonLimits *limits;

  GArray             *frames;   /* Frame */
  GPtrArray          *keys;     /* decoded keys of the open objects */

  CnJsonScanFunc      func;
  gpointer            user_data;
  gboolean            stopped;
  gboolean            failed;
  gboolean            duplicates;

  /* an array to split (cn_json_scan_split()) */
  CnJsonSplit        *split;
  gboolean            in_split;

  /* locate mode */
  const CnJsonPathElement *target;
  guint               target_length;
  guint               matched;
  gboolean            found;
  guint               found_line;
  guint               found_column;
} Scanner;

char *
cn_json_path_to_string (const CnJsonPathElement *path,
                        guint                    path_length)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < path_length; i++)
    {
      if (path[i].key == NULL)
        g_string_append_printf (str, "[%u]", path[i].index);
      else
        {
          gboolean plain = path[i].key[0] != '\0';

          for (const char *c = path[i].key; *c && plain; c++)
            plain = g_ascii_isalnum (*c) || *c == '_' || *c == '-';

          if (plain)
            {
              if (str->len > 0)
                g_string_append_c (str, '.');
              g_string_append (str, path[i].key);
            }
          else
            {
              /* Escape quotes, backslashes and controls only: a Hebrew
               * key stays readable. */
              g_string_append (str, "[\"");
              for (const char *c = path[i].key; *c; c++)
                {
                  if (*c == '"' || *c == '\\')
                    g_string_append_printf (str, "\\%c", *c);
                  else if ((guchar) *c < 0x20)
                    g_string_append_printf (str, "\\u%04x", (guchar) *c);
                  else
                    g_string_append_c (str, *c);
                }
              g_string_append (str, "\"]");
            }
        }
    }

  return g_string_free (str, FALSE);
}

static guint
column_at (Scanner *s,
           gsize    pos)
{
  guint column = 1;

  /* Count characters, not bytes: continuation bytes do not start one. */
  for (gsize i = s->line_start; i < pos && i < s->length; i++)
    if (((guchar) s->data[i] & 0xC0) != 0x80)
      column++;
  return column;
}

static char *
current_path (Scanner *s)
{
  g_autofree CnJsonPathElement *path = g_new0 (CnJsonPathElement, s->frames->len + 1);
  guint n = 0;

  for (guint i = 0; i < s->frames->len; i++)
    {
      Frame *f = &g_array_index (s->frames, Frame, i);

      if (f->is_object)
        {
          if (f->key == NULL)
            break;
          path[n].key = f->key;
        }
      else
        path[n].index = f->index;
      n++;
    }

  return cn_json_path_to_string (path, n);
}

static void
report (Scanner           *s,
        CnJsonScanProblem  problem,
        gsize              pos,
        const char        *message)
{
  g_autofree char *path = NULL;

  /* A duplicate key does not stop the scan, but makes the document invalid. */
  if (problem == CN_JSON_SCAN_DUPLICATE_KEY)
    s->duplicates = TRUE;
  else
    s->failed = TRUE;
  if (s->func == NULL || s->stopped)
    return;

  path = current_path (s);
  if (!s->func (problem, s->line, column_at (s, pos), path, message, s->user_data))
    s->stopped = TRUE;
}

static void
skip_whitespace (Scanner *s)
{
  while (s->pos < s->length)
    {
      char c = s->data[s->pos];

      if (c == '\n')
        {
          s->line++;
          s->line_start = s->pos + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      s->pos++;
    }
}

static void
syntax_error (Scanner    *s,
              const char *message)
{
  if (s->pos >= s->length)
    report (s, CN_JSON_SCAN_SYNTAX, s->pos, _("the file ends too early"));
  else if (s->data[s->pos] == '\0')
    report (s, CN_JSON_SCAN_ENCODING, s->pos, _("the file contains a NUL byte"));
  else
    report (s, CN_JSON_SCAN_SYNTAX, s->pos, message);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Scanner  *s,
           gunichar *out)
{
  gunichar value = 0;

  if (s->pos + 4 > s->length)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int h = hex_value (s->data[s->pos + i]);
      if (h < 0)
        return FALSE;
      value = value * 16 + h;
    }
  s->pos += 4;
  *out = value;
  return TRUE;
}

/* Scans a string at s->pos (on the opening quote). When @decoded is not
 * NULL, the unescaped text is appended to it. */
/* Whether any of the eight bytes in @v needs a look: '"', '\\', below 0x20
 * or above 0x7F (the classic "has a zero byte" bit trick). */
static inline gboolean
has_special_byte (guint64 v)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quote = v ^ (ones * '"');
  guint64 backslash = v ^ (ones * '\\');

  return ((v | ((v - ones * 0x20) & ~v) |
           ((quote - ones) & ~quote) |
           ((backslash - ones) & ~backslash)) & highs) != 0;
}

static gboolean
scan_string (Scanner *s,
             GString *decoded)
{
  gsize start = s->pos;

  s->pos++; /* opening quote */

  for (;;)
    {
      gsize run = s->pos;
      guchar c;

      /* Fast path over plain ASCII: eight bytes at a time while none of
       * them is a quote, a backslash, a control character or non-ASCII. */
      while (s->pos + 8 <= s->length)
        {
          guint64 v;

          memcpy (&v, s->data + s->pos, 8);
          if (has_special_byte (v))
            break;
          s->pos += 8;
        }
      while (s->pos < s->length)
        {
          c = (guchar) s->data[s->pos];
          if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            break;
          s->pos++;
        }

      if (decoded != NULL && s->pos > run)
        g_string_append_len (decoded, s->data + run, s->pos - run);

      if (s->pos >= s->length)
        {
          syntax_error (s, NULL);
          return FALSE;
        }

      c = (guchar) s->data[s->pos];

      if (c == '"')
        {
          s->pos++;
          if (s->pos - start - 2 > s->limits->max_string_length)
            {
              g_autofree char *msg =
                g_strdup_printf (_("the text is too long (%lu bytes, at most %lu)"),
                                 (unsigned long) (s->pos - start - 2),
                                 (unsigned long) s->limits->max_string_length);
              report (s, CN_JSON_SCAN_TOO_LONG, start, msg);
              return FALSE;
            }
          return TRUE;
        }
      else if (c >= 0x80)
        {
          const char *end = NULL;
          gsize avail = s->length - s->pos;
          gsize chunk = 0;

          /* Validate the run of non-ASCII bytes. Two-byte sequences (Hebrew,
           * accented Latin) are checked here, anything else by GLib. */
          while (chunk + 1 < avail)
            {
              guchar lead = (guchar) s->data[s->pos + chunk];
              guchar next = (guchar) s->data[s->pos + chunk + 1];

              if (lead < 0xC2 || lead > 0xDF || (next & 0xC0) != 0x80)
                break;
              chunk += 2;
            }
          if (decoded != NULL)
            g_string_append_len (decoded, s->data + s->pos, chunk);
          s->pos += chunk;
          avail -= chunk;
          if (avail == 0 || (guchar) s->data[s->pos] < 0x80)
            continue;
          chunk = 0;
          while (chunk < avail && ((guchar) s->data[s->pos + chunk]) >= 0x80)
            chunk++;
          if (!g_utf8_validate_len (s->data + s->pos, chunk, &end))
            {
              s->pos = end - s->data;
              report (s, CN_JSON_SCAN_ENCODING, s->pos, _("the text is not valid UTF-8"));
              return FALSE;
            }
          if (decoded != NULL)
            g_string_append_len (decoded, s->data + s->pos, chunk);
          s->pos += chunk;
        }
      else if (c == '\\')
        {
          char e;

          s->pos++;
          if (s->pos >= s->length)
            {
              syntax_error (s, NULL);
              return FALSE;
            }
          e = s->data[s->pos++];
          switch (e)
            {
            case '"': case '\\': case '/':
              if (decoded) g_string_append_c (decoded, e);
              break;
            case 'b': if (decoded) g_string_append_c (decoded, '\b'); break;
            case 'f': if (decoded) g_string_append_c (decoded, '\f'); break;
            case 'n': if (decoded) g_string_append_c (decoded, '\n'); break;
            case 'r': if (decoded) g_string_append_c (decoded, '\r'); break;
            case 't': if (decoded) g_string_append_c (decoded, '\t'); break;
            case 'u':
              {
                gunichar u;

                if (!read_hex4 (s, &u))
                  {
                    report (s, CN_JSON_SCAN_SYNTAX, s->pos, _("a \\u escape needs four hexadecimal digits"));
                    return FALSE;
                  }
                if (u == 0)
                  {
                    report (s, CN_JSON_SCAN_ENCODING, s->pos - 6, _("the text contains a NUL character (\\u0000)"));
                    return FALSE;
                  }
                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    gunichar low;

                    if (s->pos + 2 > s->length || s->data[s->pos] != '\\' || s->data[s->pos + 1] != 'u')
                      {
                        report (s, CN_JSON_SCAN_ENCODING, s->pos, _("a UTF-16 surrogate is not paired"));
                        return FALSE;
                      }
                    s->pos += 2;
                    if (!read_hex4 (s, &low) || low < 0xDC00 || low > 0xDFFF)
                      {
                        report (s, CN_JSON_SCAN_ENCODING, s->pos, _("a UTF-16 surrogate is not paired"));
                        return FALSE;
                      }
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                  }
                else if (u >= 0xDC00 && u <= 0xDFFF)
                  {
                    report (s, CN_JSON_SCAN_ENCODING, s->pos - 6, _("a UTF-16 surrogate is not paired"));
                    return FALSE;
                  }
                if (decoded)
                  g_string_append_unichar (decoded, u);
              }
              break;
            default:
              s->pos--;
              report (s, CN_JSON_SCAN_SYNTAX, s->pos, _("unknown escape sequence in a text"));
              return FALSE;
            }
        }
      else
        {
          if (c == '\0')
            report (s, CN_JSON_SCAN_ENCODING, s->pos, _("the file contains a NUL byte"));
          else
            report (s, CN_JSON_SCAN_SYNTAX, s->pos, _("a text contains a raw control character (a line break must be written \\n)"));
          return FALSE;
        }
    }
}

static gboolean
scan_number (Scanner *s)
{
  gsize start = s->pos;
  char buf[64];
  double value;

  if (s->data[s->pos] == '-')
    s->pos++;
  if (s->pos >= s->length || !g_ascii_isdigit (s->data[s->pos]))
    {
      syntax_error (s, _("expected a digit"));
      return FALSE;
    }
  if (s->data[s->pos] == '0')
    s->pos++;
  else
    while (s->pos < s->length && g_ascii_isdigit (s->data[s->pos]))
      s->pos++;
  if (s->pos < s->length && s->data[s->pos] == '.')
    {
      s->pos++;
      if (s->pos >= s->length || !g_ascii_isdigit (s->data[s->pos]))
        {
          syntax_error (s, _("expected a digit after the decimal point"));
          return FALSE;
        }
      while (s->pos < s->length && g_ascii_isdigit (s->data[s->pos]))
        s->pos++;
    }
  if (s->pos < s->length && (s->data[s->pos] == 'e' || s->data[s->pos] == 'E'))
    {
      s->pos++;
      if (s->pos < s->length && (s->data[s->pos] == '+' || s->data[s->pos] == '-'))
        s->pos++;
      if (s->pos >= s->length || !g_ascii_isdigit (s->data[s->pos]))
        {
          syntax_error (s, _("expected a digit in the exponent"));
          return FALSE;
        }
      while (s->pos < s->length && g_ascii_isdigit (s->data[s->pos]))
        s->pos++;
    }

  /* Nothing in a catalog needs more than 2^53; larger values lose precision
   * or overflow json-glib's integers. */
  if (s->pos - start >= sizeof buf)
    value = INFINITY;
  else
    {
      memcpy (buf, s->data + start, s->pos - start);
      buf[s->pos - start] = '\0';
      value = g_ascii_strtod (buf, NULL);
    }
  if (!isfinite (value) || fabs (value) > 9007199254740992.0)
    {
      report (s, CN_JSON_SCAN_NUMBER_RANGE, start, _("the number is out of range"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
scan_literal (Scanner    *s,
              const char *word)
{
  gsize len = strlen (word);

  if (s->length - s->pos < len || memcmp (s->data + s->pos, word, len) != 0)
    {
      syntax_error (s, _("expected a value (text, number, object, array, true, false or null)"));
      return FALSE;
    }
  s->pos += len;
  return TRUE;
}

/* Called when a new element (member or array item) starts at the top frame. */
static void
element_started (Scanner *s,
                 gsize    pos)
{
  guint depth = s->frames->len;
  Frame *f = &g_array_index (s->frames, Frame, depth - 1);
  const CnJsonPathElement *want;

  if (s->in_split && depth == 2)
    g_array_append_val (s->split->starts, pos);

  if (s->target == NULL || s->found)
    return;

  if (s->matched >= depth)
    s->matched = depth - 1;
  if (s->matched != depth - 1 || depth > s->target_length)
    return;

  want = &s->target[depth - 1];
  if (f->is_object ? (want->key != NULL && strcmp (want->key, f->key) == 0)
                   : (want->key == NULL && want->index == f->index))
    {
      s->matched = depth;
      if (depth == s->target_length)
        {
          s->found = TRUE;
          s->found_line = s->line;
          s->found_column = column_at (s, pos);
          s->stopped = TRUE;
        }
    }
}

static gboolean
check_duplicate_key (Scanner *s,
                     Frame   *f,
                     char    *key)
{
  if (f->key_set != NULL)
    {
      if (g_hash_table_contains (f->key_set, key))
        return TRUE;
      g_hash_table_add (f->key_set, key);
      return FALSE;
    }

  for (guint i = f->keys_start; i < s->keys->len; i++)
    if (strcmp (g_ptr_array_index (s->keys, i), key) == 0)
      return TRUE;

  if (s->keys->len - f->keys_start >= LINEAR_KEY_LIMIT)
    {
      f->key_set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = f->keys_start; i < s->keys->len; i++)
        g_hash_table_add (f->key_set, g_ptr_array_index (s->keys, i));
      g_hash_table_add (f->key_set, key);
    }

  return FALSE;
}

static void
pop_frame (Scanner *s)
{
  Frame *f = &g_array_index (s->frames, Frame, s->frames->len - 1);

  if (s->in_split && s->frames->len == 2)
    {
      /* Called past the closing bracket. */
      s->split->array_end = s->pos;
      s->split->found = TRUE;
      s->in_split = FALSE;
    }
  if (f->is_object)
    {
      g_clear_pointer (&f->key_set, g_hash_table_unref);
      g_ptr_array_set_size (s->keys, f->keys_start);
    }
  g_array_set_size (s->frames, s->frames->len - 1);
  if (s->matched > s->frames->len)
    s->matched = s->frames->len;
}

static gboolean
push_frame (Scanner  *s,
            gboolean  is_object)
{
  Frame f = { is_object, 0, NULL, s->keys->len, NULL };

  if (s->frames->len >= s->limits->max_depth)
    {
      g_autofree char *msg =
        g_strdup_printf (_("the data is nested too deeply (more than %u levels)"), s->limits->max_depth);
      report (s, CN_JSON_SCAN_TOO_DEEP, s->pos, msg);
      return FALSE;
    }
  g_array_append_val (s->frames, f);

  /* Called at the opening bracket. */
  if (s->split != NULL && !is_object && !s->split->found && !s->in_split && s->frames->len == 2)
    {
      Frame *root = &g_array_index (s->frames, Frame, 0);

      if (root->is_object && root->key != NULL && strcmp (root->key, s->split->key) == 0)
        {
          s->in_split = TRUE;
          s->split->array_start = s->pos;
          g_array_set_size (s->split->starts, 0);
        }
    }
  return TRUE;
}

/* Reads an object key and the colon after it; the key becomes the frame's. */
static gboolean
scan_member_key (Scanner *s)
{
  Frame *f = &g_array_index (s->frames, Frame, s->frames->len - 1);
  GString *decoded = g_string_new (NULL);
  gsize key_pos = s->pos;
  gboolean duplicate;
  char *key;

  /* Until the name is read, a problem belongs to the object, not to the
   * previous member. */
  f->key = NULL;

  if (s->pos >= s->length || s->data[s->pos] != '"')
    {
      g_string_free (decoded, TRUE);
      syntax_error (s, _("expected a member name in double quotes"));
      return FALSE;
    }
  if (!scan_string (s, decoded))
    {
      g_string_free (decoded, TRUE);
      return FALSE;
    }

  key = g_string_free (decoded, FALSE);
  f = &g_array_index (s->frames, Frame, s->frames->len - 1);
  /* Compare with the keys seen so far, then keep this one: comparing after
   * adding it would find the key itself. */
  duplicate = check_duplicate_key (s, f, key);
  g_ptr_array_add (s->keys, key);

  if (duplicate)
    {
      g_autofree char *msg = g_strdup_printf (_("the member “%s” appears more than once"), key);
      f->key = NULL;  /* the path names the object holding the duplicate */
      report (s, CN_JSON_SCAN_DUPLICATE_KEY, key_pos, msg);
    }
  f->key = key;
  element_started (s, key_pos);

  skip_whitespace (s);
  if (s->pos >= s->length || s->data[s->pos] != ':')
    {
      syntax_error (s, _("expected “:” after a member name"));
      return FALSE;
    }
  s->pos++;
  return TRUE;
}

static gboolean
scan_document (Scanner *s)
{
  /* The loop alternates between "expect a value" and "after a value". */
  gboolean expect_value = TRUE;

  skip_whitespace (s);
  if (s->pos >= s->length)
    {
      report (s, CN_JSON_SCAN_SYNTAX, s->pos, _("the file is empty"));
      return FALSE;
    }

  while (!s->stopped)
    {
      skip_whitespace (s);

      if (expect_value)
        {
          char c;

          if (s->pos >= s->length)
            {
              syntax_error (s, NULL);
              return FALSE;
            }
          c = s->data[s->pos];

          if (c == '{' || c == '[')
            {
              if (!push_frame (s, c == '{'))
                return FALSE;
              s->pos++;
              skip_whitespace (s);
              if (s->pos < s->length && s->data[s->pos] == (c == '{' ? '}' : ']'))
                {
                  s->pos++;
                  pop_frame (s);
                  expect_value = FALSE;
                  continue;
                }
              if (c == '{')
                {
                  if (!scan_member_key (s))
                    return FALSE;
                }
              else
                element_started (s, s->pos);
              continue;
            }

          if (c == '"')
            {
              if (!scan_string (s, NULL))
                return FALSE;
            }
          else if (c == '-' || g_ascii_isdigit (c))
            {
              if (!scan_number (s))
                return FALSE;
            }
          else if (c == 't')
            {
              if (!scan_literal (s, "true"))
                return FALSE;
            }
          else if (c == 'f')
            {
              if (!scan_literal (s, "false"))
                return FALSE;
            }
          else if (c == 'n')
            {
              if (!scan_literal (s, "null"))
                return FALSE;
            }
          else
            {
              syntax_error (s, _("expected a value (text, number, object, array, true, false or null)"));
              return FALSE;
            }
          expect_value = FALSE;
          continue;
        }

      /* After a value. */
      if (s->frames->len == 0)
        {
          if (s->pos < s->length)
            {
              syntax_error (s, _("unexpected text after the end of the data"));
              return FALSE;
            }
          return TRUE;
        }
      else
        {
          Frame *f = &g_array_index (s->frames, Frame, s->frames->len - 1);
          char close = f->is_object ? '}' : ']';

          if (s->pos >= s->length)
            {
              syntax_error (s, NULL);
              return FALSE;
            }
          if (s->data[s->pos] == ',')
            {
              s->pos++;
              skip_whitespace (s);
              f->index++;
              if (f->is_object)
                {
                  if (!scan_member_key (s))
                    return FALSE;
                }
              else
                element_started (s, s->pos);
              expect_value = TRUE;
            }
          else if (s->data[s->pos] == close)
            {
              s->pos++;
              pop_frame (s);
            }
          else
            {
              syntax_error (s, f->is_object ? _("expected “,” or “}” after a member")
                                            : _("expected “,” or “]” after an array element"));
              return FALSE;
            }
        }
    }

  return !s->failed;
}

static void
scanner_init (Scanner            *s,
              const char         *data,
              gsize               length,
              const CnJsonLimits *limits)
{
  static const CnJsonLimits default_limits = { 64, 1024 * 1024 };

  memset (s, 0, sizeof *s);
  s->data = data;
  s->length = length;
  s->line = 1;
  s->limits = limits ? limits : &default_limits;
  s->frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  s->keys = g_ptr_array_new_with_free_func (g_free);

  /* A UTF-8 byte order mark is harmless; skip it. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    s->pos = s->line_start = 3;
}

static void
scanner_clear (Scanner *s)
{
  while (s->frames->len > 0)
    pop_frame (s);
  g_array_unref (s->frames);
  g_ptr_array_unref (s->keys);
}

/**
 * cn_json_scan:
 * @func: (nullable): receives each problem
 *
 * Checks @data is one well-formed JSON document within @limits.
 *
 * Returns: %TRUE when the document is well-formed and has no duplicate keys
 */
gboolean
cn_json_scan (const char         *data,
              gsize               length,
              const CnJsonLimits *limits,
              CnJsonScanFunc      func,
              gpointer            user_data)
{
  return cn_json_scan_split (data, length, limits, NULL, func, user_data);
}

/**
 * cn_json_scan_split:
 * @split: (nullable): names an array member of the top-level object; on
 *   return it says where that array and each of its elements start
 *
 * As cn_json_scan(), noting on the way where the elements of one large array
 * start, so that it can be parsed in parts (see CnJsonSplit).
 */
gboolean
cn_json_scan_split (const char         *data,
                    gsize               length,
                    const CnJsonLimits *limits,
                    CnJsonSplit        *split,
                    CnJsonScanFunc      func,
                    gpointer            user_data)
{
  Scanner s;
  gboolean ok;

  scanner_init (&s, data, length, limits);
  s.func = func;
  s.user_data = user_data;
  if (split != NULL)
    {
      g_return_val_if_fail (split->key != NULL && split->starts != NULL, FALSE);
      split->found = FALSE;
      split->array_start = split->array_end = 0;
      g_array_set_size (split->starts, 0);
      s.split = split;
    }
  /* A scan stopped by @func (e.g. at the problem cap) has not checked the
   * rest of the document, so it cannot be declared safe to parse. */
  ok = scan_document (&s) && !s.failed && !s.duplicates && !s.stopped;
  scanner_clear (&s);

  return ok;
}

/**
 * cn_json_locate:
 *
 * Finds where the member or element at @path starts: the member name for an
 * object member, the value for an array element.
 *
 * Returns: %TRUE when found
 */
gboolean
cn_json_locate (const char              *data,
                gsize                    length,
                const CnJsonPathElement *path,
                guint                    path_length,
                guint                   *line,
                guint                   *column)
{
  Scanner s;
  gboolean found;
  static const CnJsonLimits no_limits = { G_MAXUINT, G_MAXSIZE };

  scanner_init (&s, data, length, &no_limits);
  s.target = path;
  s.target_length = path_length;

  if (path_length == 0)
    {
      skip_whitespace (&s);
      s.found = TRUE;
      s.found_line = s.line;
      s.found_column = column_at (&s, s.pos);
    }
  else
    scan_document (&s);

  found = s.found;
  if (found)
    {
      *line = s.found_line;
      *column = s.found_column;
    }
  scanner_clear (&s);

  return found;
}
