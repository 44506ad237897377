/* bench-generate.c
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Synthetic catalogs for the benchmarks. Nothing here is committed data:
 * the files are written at run time into a temporary directory.
 *
 * Texts are sentences drawn from word lists: function words, a domain
 * vocabulary (the words people search for: climate, adaptation, mobility,
 * city, אקלים, קיימות, ערים, רשת, חוסן …) and a few thousand made-up words,
 * so records share common words yet a query does not match everything.
 * A fifth of the Hebrew words carry prefix letters (ו ה ב ל מ ש), as real
 * Hebrew does, which the matcher strips. */

#include <glib/gstdio.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "bench-generate.h"

/* Characters per language (Hebrew letters count once, not per byte). */
#define NAME_CHARS         60
#define SUMMARY_CHARS      300
#define DESCRIPTION_CHARS  1500
#define ELIGIBILITY_CHARS  250
#define NOTE_CHARS         150
#define N_FILLERS          3000

typedef enum { EN, HE } Lang;

typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  /* splitmix64: tiny, fast, and the same on every machine. */
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint) (rng_next (rng) % n);
}

static gboolean
rng_chance (Rng    *rng,
            double  p)
{
  return (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0) < p;
}

/* ±25 % around @chars */
static guint
rng_length (Rng   *rng,
            guint  chars)
{
  return chars * 3 / 4 + rng_below (rng, chars / 2 + 1);
}

static const char * const en_function[] = {
  "the", "of", "and", "to", "in", "for", "with", "on", "by", "a", "an", "is", "are", "that", "as",
  "from", "at", "its", "their", "this", "which", "or", "be", "has", "have", "through", "into",
  "between", "across", "more", "than", "also", "can", "each", "all", "other", "most", "new",
};

static const char * const en_domain[] = {
  "climate", "city", "cities", "adaptation", "mobility", "network", "networks", "urban", "local",
  "municipal", "resilience", "resilient", "energy", "emissions", "carbon", "mitigation", "sustainable",
  "sustainability", "transport", "planning", "governance", "members", "member", "programme",
  "partnership", "partners", "mayors", "government", "authorities", "action", "actions", "policy",
  "policies", "green", "infrastructure", "water", "heat", "flood", "floods", "risk", "risks", "data",
  "reporting", "finance", "investment", "innovation", "knowledge", "sharing", "cooperation",
  "international", "regional", "global", "European", "Mediterranean", "communities", "community",
  "public", "private", "sector", "buildings", "efficiency", "renewable", "solar", "waste", "circular",
  "economy", "nature", "biodiversity", "air", "quality", "health", "equity", "inclusion", "housing",
  "food", "technology", "smart", "digital", "research", "training", "guidance", "tools", "toolkit",
  "standards", "targets", "commitments", "strategy", "strategies", "plan", "plans", "implementation",
  "monitoring", "support", "funding", "grants", "award", "awards", "recognition", "leadership",
  "mayor", "council", "region", "regions", "coastal", "drought", "cooling", "trees", "parks",
  "streets", "cycling", "walking", "bus", "rail", "electric", "vehicles", "neighbourhood", "district",
  "metropolitan", "adaptive", "capacity", "vulnerability", "assessment", "projects", "pilot",
  "exchange", "peer", "learning", "workshops", "webinars", "conference", "secretariat", "founded",
  "launched", "joined", "join", "joining", "eligible", "membership", "fee", "fees", "free", "annual",
  "report", "clean", "climatic", "adapted", "citizens", "civic",
};

static const char * const en_org[] = {
  "Network", "Alliance", "Partnership", "Programme", "Initiative", "Coalition", "Forum", "Council",
  "Compact", "Platform", "Covenant", "Challenge", "Award", "Agenda",
};

static const char * const he_function[] = {
  "של", "על", "את", "עם", "גם", "כל", "או", "אשר", "בין", "זה", "זו", "הם", "היא", "הוא", "לא",
  "יותר", "כמו", "עד", "אל", "מן", "כי", "רק", "אך", "כך", "אחרי", "לפני",
};

static const char * const he_domain[] = {
  "אקלים", "קיימות", "ערים", "עיר", "רשת", "רשתות", "חוסן", "עירוני", "עירונית", "עירייה", "רשויות",
  "מקומיות", "אנרגיה", "תחבורה", "ניידות", "פליטות", "הפחתה", "היערכות", "שינויי", "מים", "חום",
  "הצפות", "סיכונים", "נתונים", "דיווח", "מימון", "השקעה", "חדשנות", "ידע", "שיתוף", "פעולה",
  "בינלאומי", "אזורי", "עולמי", "קהילה", "קהילות", "ציבורי", "מבנים", "יעילות", "מתחדשת", "סולארית",
  "פסולת", "כלכלה", "מעגלית", "טבע", "מגוון", "ביולוגי", "אוויר", "איכות", "בריאות", "שוויון",
  "דיור", "מזון", "טכנולוגיה", "חכמה", "מחקר", "הכשרה", "הנחיות", "כלים", "תקנים", "יעדים",
  "התחייבויות", "אסטרטגיה", "תוכנית", "תוכניות", "יישום", "ניטור", "תמיכה", "מענקים", "פרס", "הכרה",
  "מנהיגות", "ראש", "מועצה", "חופי", "בצורת", "קירור", "עצים", "פארקים", "רחובות", "אופניים",
  "הליכה", "אוטובוס", "רכבת", "חשמלי", "שכונה", "מחוז", "מטרופולין", "הסתגלות", "פגיעות", "הערכה",
  "פרויקטים", "חילופי", "למידה", "סדנאות", "כנס", "מזכירות", "נוסדה", "הצטרפות", "חברות", "דמי",
  "חבר", "שנתי", "דוח", "ממשל", "מדיניות", "ירוק", "ירוקה", "תשתיות", "אקלימית", "אקלימי",
};

static const char * const he_org[] = {
  "רשת", "ברית", "תוכנית", "יוזמה", "פורום", "שותפות", "אמנת", "אתגר", "פרס", "קואליציה",
};

static const char * const he_prefixes[] = { "ו", "ה", "ב", "ל", "מ", "ש", "וה", "שב", "ול", "כש" };

static const struct { const char *id, *en, *he; } themes[] = {
  { "mitigation", "Emissions reduction (mitigation)", "הפחתת פליטות" },
  { "adaptation", "Climate adaptation", "היערכות לשינויי האקלים" },
  { "resilience", "Urban resilience", "חוסן עירוני" },
  { "energy", "Energy", "אנרגיה" },
  { "buildings", "Buildings", "מבנים ובנייה" },
  { "mobility", "Mobility and transport", "תחבורה וניידות" },
  { "air-quality", "Air quality", "איכות אוויר" },
  { "waste-circular", "Waste and circular economy", "פסולת וכלכלה מעגלית" },
  { "nature", "Nature and biodiversity", "טבע ומגוון ביולוגי" },
  { "water", "Water", "מים" },
  { "urban-planning", "Urban planning", "תכנון עירוני" },
  { "finance", "Climate finance", "מימון אקלים" },
  { "smart-technology", "Smart city and technology", "עיר חכמה וטכנולוגיה" },
  { "governance", "Governance and policy", "ממשל ומדיניות" },
  { "equity", "Equity and inclusion", "שוויון והכלה" },
  { "reporting", "Reporting and data", "דיווח ונתונים" },
  { "food", "Food systems", "מערכות מזון" },
  { "housing", "Housing", "דיור" },
};

static const struct { const char *id, *en, *he; } regions[] = {
  { "global", "Global", "עולמי" },
  { "europe", "Europe", "אירופה" },
  { "mediterranean", "Mediterranean", "אגן הים התיכון" },
  { "north-america", "North America", "צפון אמריקה" },
  { "asia-pacific", "Asia-Pacific", "אסיה והאוקיינוס השקט" },
  { "africa", "Africa", "אפריקה" },
  { "latin-america", "Latin America", "אמריקה הלטינית" },
  { "middle-east", "Middle East", "המזרח התיכון" },
};

static const char * const benefit_ids[] = {
  "knowledge-sharing", "resources", "guidelines", "partnerships", "recognition",
};

static const char * const kinds[] = {
  "membership-network", "programme", "award", "policy-framework", "intergovernmental-organisation",
};

static const char * const eligibilities[] = { "yes", "no", "unclear" };

/* Made-up words, the same on every run. */
static char *en_fillers[N_FILLERS];
static char *he_fillers[N_FILLERS];

static void
init_fillers (void)
{
  static const char consonants[] = "bcdfghklmnprstvz";
  static const char vowels[] = "aeiou";
  /* Hebrew letters without the final forms, then their final forms. */
  static const gunichar letters[] = {
    0x05D0, 0x05D1, 0x05D2, 0x05D3, 0x05D4, 0x05D5, 0x05D6, 0x05D7, 0x05D8, 0x05D9, 0x05DB,
    0x05DC, 0x05DE, 0x05E0, 0x05E1, 0x05E2, 0x05E4, 0x05E6, 0x05E7, 0x05E8, 0x05E9, 0x05EA,
  };
  Rng rng = { G_GUINT64_CONSTANT (0x5EED0F111E125) };

  if (en_fillers[0] != NULL)
    return;

  for (guint i = 0; i < N_FILLERS; i++)
    {
      GString *en = g_string_new (NULL);
      GString *he = g_string_new (NULL);
      guint syllables = 2 + rng_below (&rng, 3);
      guint n_letters = 3 + rng_below (&rng, 4);

      for (guint s = 0; s < syllables; s++)
        {
          g_string_append_c (en, consonants[rng_below (&rng, sizeof consonants - 1)]);
          g_string_append_c (en, vowels[rng_below (&rng, sizeof vowels - 1)]);
        }
      for (guint l = 0; l < n_letters; l++)
        {
          gunichar c = letters[rng_below (&rng, G_N_ELEMENTS (letters))];

          if (l == n_letters - 1)
            switch (c)
              {
              case 0x05DB: c = 0x05DA; break;
              case 0x05DE: c = 0x05DD; break;
              case 0x05E0: c = 0x05DF; break;
              case 0x05E4: c = 0x05E3; break;
              case 0x05E6: c = 0x05E5; break;
              default: break;
              }
          g_string_append_unichar (he, c);
        }
      en_fillers[i] = g_string_free (en, FALSE);
      he_fillers[i] = g_string_free (he, FALSE);
    }
}

/* Appends one word; returns its length in characters. */
static guint
append_word (GString *out,
             Rng     *rng,
             Lang     lang,
             gboolean capital)
{
  guint roll = rng_below (rng, 100);
  const char *word;
  gsize start = out->len;

  if (lang == EN)
    {
      if (roll < 40)
        word = en_function[rng_below (rng, G_N_ELEMENTS (en_function))];
      else if (roll < 85)
        word = en_domain[rng_below (rng, G_N_ELEMENTS (en_domain))];
      else
        word = en_fillers[rng_below (rng, N_FILLERS)];
      g_string_append (out, word);
      if (capital)
        out->str[start] = g_ascii_toupper (out->str[start]);
      return (guint) (out->len - start);
    }

  if (roll < 35)
    word = he_function[rng_below (rng, G_N_ELEMENTS (he_function))];
  else
    {
      if (rng_chance (rng, 0.2))
        g_string_append (out, he_prefixes[rng_below (rng, G_N_ELEMENTS (he_prefixes))]);
      if (roll < 85)
        word = he_domain[rng_below (rng, G_N_ELEMENTS (he_domain))];
      else
        word = he_fillers[rng_below (rng, N_FILLERS)];
    }
  g_string_append (out, word);
  return (guint) g_utf8_strlen (out->str + start, out->len - start);
}

/* Sentences of 6–22 words until @chars characters, in @paragraphs paragraphs
 * separated by "\n\n". */
static void
append_prose (GString *out,
              Rng     *rng,
              Lang     lang,
              guint    chars,
              guint    paragraphs)
{
  guint written = 0;
  guint per_paragraph = chars / MAX (paragraphs, 1);
  guint paragraph = 0;
  guint in_paragraph = 0;

  while (written < chars)
    {
      guint words = 6 + rng_below (rng, 17);

      if (written > 0)
        {
          if (paragraph + 1 < paragraphs && in_paragraph >= per_paragraph)
            {
              g_string_append (out, "\n\n");
              paragraph++;
              in_paragraph = 0;
            }
          else
            g_string_append_c (out, ' ');
          written++;
        }

      for (guint w = 0; w < words && written < chars + 20; w++)
        {
          guint n;

          if (w > 0)
            {
              if (w > 3 && rng_chance (rng, 0.06))
                g_string_append_c (out, ',');
              g_string_append_c (out, ' ');
              written++;
              in_paragraph++;
            }
          n = append_word (out, rng, lang, w == 0);
          written += n;
          in_paragraph += n;
        }
      g_string_append_c (out, '.');
      written++;
      in_paragraph++;
    }
}

static void
append_title (GString *out,
              Rng     *rng,
              Lang     lang,
              guint    chars)
{
  guint written;

  if (lang == EN)
    {
      written = 0;
      while (written + 10 < chars)
        {
          const char *word = rng_chance (rng, 0.8) ? en_domain[rng_below (rng, G_N_ELEMENTS (en_domain))]
                                                   : en_fillers[rng_below (rng, N_FILLERS)];
          gsize start = out->len;

          if (written > 0)
            {
              g_string_append_c (out, ' ');
              start++;
            }
          g_string_append (out, word);
          out->str[start] = g_ascii_toupper (out->str[start]);
          written += (guint) (out->len - start) + (written > 0);
        }
      g_string_append_c (out, ' ');
      g_string_append (out, en_org[rng_below (rng, G_N_ELEMENTS (en_org))]);
      return;
    }

  g_string_append (out, he_org[rng_below (rng, G_N_ELEMENTS (he_org))]);
  written = 4;
  while (written < chars)
    {
      g_string_append_c (out, ' ');
      written += 1 + append_word (out, rng, HE, FALSE);
    }
}

static void
append_json_string (GString    *out,
                    const char *s)
{
  g_string_append_c (out, '"');
  for (; *s; s++)
    {
      guchar c = (guchar) *s;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

typedef void (*TextFunc) (GString *out, Rng *rng, Lang lang, guint chars, guint paragraphs);

static void
title_func (GString *out,
            Rng     *rng,
            Lang     lang,
            guint    chars,
            guint    paragraphs)
{
  append_title (out, rng, lang, chars);
}

/* "key": {"en": "…", "he": "…"} */
static void
append_text_member (GString    *out,
                    GString    *scratch,
                    Rng        *rng,
                    const char *key,
                    TextFunc    func,
                    guint       chars,
                    guint       paragraphs)
{
  g_string_append_printf (out, "\"%s\":{\"en\":", key);
  g_string_truncate (scratch, 0);
  func (scratch, rng, EN, rng_length (rng, chars), paragraphs);
  append_json_string (out, scratch->str);
  g_string_append (out, ",\"he\":");
  g_string_truncate (scratch, 0);
  func (scratch, rng, HE, rng_length (rng, chars), paragraphs);
  append_json_string (out, scratch->str);
  g_string_append_c (out, '}');
}

static void
append_fixed_text (GString    *out,
                   const char *key,
                   const char *en,
                   const char *he)
{
  g_string_append_printf (out, "\"%s\":{\"en\":", key);
  append_json_string (out, en);
  g_string_append (out, ",\"he\":");
  append_json_string (out, he);
  g_string_append_c (out, '}');
}

/* Picks @n distinct indices below @max, in increasing order. */
static guint
pick_distinct (Rng   *rng,
               guint  n,
               guint  max,
               guint *out)
{
  guint64 used = 0;
  guint k = 0;

  n = MIN (n, max);
  while (k < n)
    {
      guint i = rng_below (rng, max);

      if (used & (G_GUINT64_CONSTANT (1) << i))
        continue;
      used |= G_GUINT64_CONSTANT (1) << i;
      k++;
    }
  for (guint i = 0, j = 0; i < max; i++)
    if (used & (G_GUINT64_CONSTANT (1) << i))
      out[j++] = i;
  return n;
}

static void
append_network (GString *out,
                GString *scratch,
                guint    index)
{
  Rng rng = { G_GUINT64_CONSTANT (0xC11A7E0000000000) ^ ((guint64) index * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) };
  guint picks[18];
  guint n;
  guint status_roll;

  g_string_append_printf (out, "{\"id\":\"net-%06u\",", index);

  append_text_member (out, scratch, &rng, "name", title_func, NAME_CHARS, 1);
  g_string_append_c (out, ',');

  if (rng_chance (&rng, 0.6))
    {
      /* Initials of made-up words, sometimes with a number: "GCAP", "UMN40". */
      g_string_append (out, "\"acronym\":\"");
      for (guint i = 0, len = 2 + rng_below (&rng, 4); i < len; i++)
        g_string_append_c (out, "ABCDEFGHIKLMNOPRSTUVW"[rng_below (&rng, 21)]);
      if (rng_chance (&rng, 0.3))
        g_string_append_printf (out, "%u", 10 + rng_below (&rng, 90));
      g_string_append (out, "\",");
    }

  g_string_append (out, "\"aliases\":[");
  if (rng_chance (&rng, 0.3))
    {
      g_string_truncate (scratch, 0);
      append_title (scratch, &rng, EN, 30);
      append_json_string (out, scratch->str);
      if (rng_chance (&rng, 0.5))
        {
          g_string_truncate (scratch, 0);
          append_title (scratch, &rng, HE, 20);
          g_string_append_c (out, ',');
          append_json_string (out, scratch->str);
        }
    }
  g_string_append (out, "],");

  g_string_append_printf (out, "\"kind\":\"%s\",", kinds[rng_below (&rng, G_N_ELEMENTS (kinds))]);
  status_roll = rng_below (&rng, 100);
  if (status_roll < 80)
    g_string_append (out, "\"status\":\"active\",");
  else if (status_roll < 88)
    g_string_append_printf (out, "\"status\":\"ended\",\"status_year\":%u,", 1990 + rng_below (&rng, 36));
  else if (status_roll < 94)
    g_string_append (out, "\"status\":\"renamed\",");
  else
    g_string_append (out, "\"status\":\"unconfirmed\",");

  if (rng_chance (&rng, 0.7))
    g_string_append_printf (out, "\"founded\":%u,", 1950 + rng_below (&rng, 75));

  append_text_member (out, scratch, &rng, "summary", append_prose, SUMMARY_CHARS, 1);
  g_string_append_c (out, ',');
  append_text_member (out, scratch, &rng, "description", append_prose, DESCRIPTION_CHARS, 2 + rng_below (&rng, 2));
  g_string_append_c (out, ',');
  append_text_member (out, scratch, &rng, "eligibility", append_prose, ELIGIBILITY_CHARS, 1);
  g_string_append_printf (out, ",\"israel_eligibility\":{\"status\":\"%s\",",
                          eligibilities[rng_below (&rng, G_N_ELEMENTS (eligibilities))]);
  append_text_member (out, scratch, &rng, "note", append_prose, NOTE_CHARS, 1);
  g_string_append (out, "},");

  g_string_append (out, "\"themes\":[");
  n = pick_distinct (&rng, 1 + rng_below (&rng, 4), G_N_ELEMENTS (themes), picks);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s\"%s\"", i ? "," : "", themes[picks[i]].id);
  g_string_append (out, "],\"regions\":[");
  n = pick_distinct (&rng, 1 + rng_below (&rng, 2), G_N_ELEMENTS (regions), picks);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s\"%s\"", i ? "," : "", regions[picks[i]].id);
  g_string_append (out, "],");

  g_string_append_printf (out, "\"website\":\"https://www.net-%06u.example.org/\",\"sources\":[", index);
  for (guint i = 0, n_sources = 1 + rng_below (&rng, 2); i < n_sources; i++)
    {
      g_string_truncate (scratch, 0);
      append_title (scratch, &rng, EN, 40);
      g_string_append_printf (out, "%s{\"title\":", i ? "," : "");
      append_json_string (out, scratch->str);
      g_string_append_printf (out, ",\"url\":\"https://www.net-%06u.example.org/source-%u\"}", index, i + 1);
    }
  g_string_append (out, "],\"verified\":\"2026-11-28\"}");
}

static void
append_header (GString *out)
{
  GString *scratch = g_string_new (NULL);
  Rng rng = { G_GUINT64_CONSTANT (0xBE11EF175) };

  g_string_append (out, "{\"schema_version\":1,\"vocabularies\":{\"themes\":[");
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      g_string_append_printf (out, "%s{\"id\":\"%s\",", i ? "," : "", themes[i].id);
      append_fixed_text (out, "label", themes[i].en, themes[i].he);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\"regions\":[");
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      g_string_append_printf (out, "%s{\"id\":\"%s\",", i ? "," : "", regions[i].id);
      append_fixed_text (out, "label", regions[i].en, regions[i].he);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]},\"introduction\":{");
  append_text_member (out, scratch, &rng, "title", title_func, 40, 1);
  g_string_append_c (out, ',');
  append_text_member (out, scratch, &rng, "body", append_prose, 1200, 3);
  g_string_append (out, ",\"sources\":[{\"title\":\"Synthetic benchmark data\",\"url\":\"https://example.org/\"}],"
                        "\"verified\":\"2026-11-28\"},\"benefits\":[");
  for (guint i = 0; i < G_N_ELEMENTS (benefit_ids); i++)
    {
      g_string_append_printf (out, "%s{\"id\":\"%s\",", i ? "," : "", benefit_ids[i]);
      append_text_member (out, scratch, &rng, "title", title_func, 35, 1);
      g_string_append_c (out, ',');
      append_text_member (out, scratch, &rng, "summary", append_prose, 140, 1);
      g_string_append_c (out, ',');
      append_text_member (out, scratch, &rng, "explanation", append_prose, 600, 1);
      g_string_append_c (out, ',');
      append_text_member (out, scratch, &rng, "in_practice", append_prose, 500, 1);
      g_string_append (out, ",\"sources\":[{\"title\":\"Synthetic benchmark data\",\"url\":\"https://example.org/\"}],"
                            "\"verified\":\"2026-11-28\"}");
    }
  g_string_append (out, "],\"networks\":[\n");
  g_string_free (scratch, TRUE);
}

gboolean
bench_generate_catalog (const char  *path,
                        guint        n_networks,
                        GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (path, ".part", NULL);
  GString *out = g_string_sized_new (1 << 20);
  GString *scratch = g_string_sized_new (8192);
  FILE *f;
  gboolean ok = TRUE;

  init_fillers ();

  f = fopen (tmp_path, "wb");
  if (f == NULL)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", tmp_path, g_strerror (saved));
      g_string_free (out, TRUE);
      g_string_free (scratch, TRUE);
      return FALSE;
    }

  append_header (out);
  for (guint i = 0; i < n_networks && ok; i++)
    {
      if (i > 0)
        g_string_append (out, ",\n");
      append_network (out, scratch, i);
      if (out->len > (1 << 20) - 16384)
        {
          ok = fwrite (out->str, 1, out->len, f) == out->len;
          g_string_truncate (out, 0);
        }
    }
  g_string_append (out, "\n]}\n");
  ok = ok && fwrite (out->str, 1, out->len, f) == out->len;
  ok = (fclose (f) == 0) && ok;

  if (ok && rename (tmp_path, path) != 0)
    ok = FALSE;
  if (!ok)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", path, g_strerror (saved));
      g_unlink (tmp_path);
    }

  g_string_free (out, TRUE);
  g_string_free (scratch, TRUE);
  return ok;
}
