#!/usr/bin/env python3
# make-fixtures.py: writes the bad-*.json, x-extension.json and missing-he.json
# fixtures of tests/test-catalog.c next to itself, and prints where each
# file's first problem is (LINE, COLUMN in characters), as the table in
# test-catalog.c expects it. good.json is hand-written and not touched.
#
# Every fixture is the same small, complete catalog (valid against
# data/catalog.schema.json) with one change. When the format changes,
# update BASE, run this script and copy the positions into test-catalog.c.
#
# Copyright 2026 Climate Networks contributors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os

D = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(D, '..', '..', 'data', 'catalog.schema.json')


def check_schema(text):
    """Fails when @text does not follow the JSON Schema (skipped without jsonschema)."""
    try:
        import jsonschema
    except ImportError:
        return
    with open(SCHEMA, encoding='utf-8') as f:
        schema = json.load(f)
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(json.loads(text))]
    assert not errors, errors


def B(id, en, he):
    return ('    {"id": "%s", "title": {"en": "%s", "he": "%s"}, "summary": {"en": "Summary.", "he": "תקציר."}, '
            '"explanation": {"en": "Explanation.", "he": "הסבר."}, "in_practice": {"en": "In practice.", "he": "בפועל."}, '
            '"sources": [{"title": "Test", "url": "https://example.org/%s"}], "verified": "2026-11-28"}') % (id, en, he, id)

benefits = ',\n'.join([B('knowledge-sharing', 'Knowledge sharing', 'שיתוף ידע'), B('resources', 'Resources', 'משאבים'),
                       B('guidelines', 'Guidelines', 'הנחיות'), B('partnerships', 'Partnerships', 'שותפויות'),
                       B('recognition', 'Recognition', 'הכרה')])

base = '''{
  "schema_version": 1,
  "networks": [
    {
      "id": "c40",
      "name": {"en": "C40 Cities", "he": "C40 Cities – רשת ערים"},
      "kind": "membership-network",
      "status": "active",
      "founded": 2005,
      "summary": {"en": "Large cities acting on climate.", "he": "ערים גדולות פועלות למען האקלים."},
      "description": {"en": "Mayors work together.", "he": "ראשי ערים עובדים יחד."},
      "eligibility": {"en": "Large cities.", "he": "ערים גדולות."},
      "israel_eligibility": {"status": "unclear", "note": {"en": "Not confirmed.", "he": "לא אושר."}},
      "themes": ["mitigation"],
      "regions": ["global"],
      "website": "https://www.c40.org",
      "sources": [{"title": "C40", "url": "https://www.c40.org/about-c40/"}],
      "verified": "2026-11-28"
    },
    {
      "id": "iclei",
      "name": {"en": "ICLEI", "he": "ICLEI – שלטון מקומי לקיימות"},
      "kind": "membership-network",
      "status": "active",
      "summary": {"en": "Local governments for sustainability.", "he": "רשויות מקומיות למען קיימות."},
      "description": {"en": "Local governments share tools.", "he": "רשויות מקומיות חולקות כלים."},
      "eligibility": {"en": "Any local government.", "he": "כל רשות מקומית."},
      "israel_eligibility": {"status": "yes", "note": {"en": "Any local authority may join.", "he": "כל רשות מקומית יכולה להצטרף."}},
      "themes": ["mitigation"],
      "regions": ["global"],
      "benefits": [
        {"benefit": "knowledge-sharing", "example": {"en": "The World Congress.", "he": "הקונגרס העולמי."}}
      ],
      "website": "https://iclei.org",
      "sources": [{"title": "ICLEI", "url": "https://iclei.org"}],
      "verified": "2026-11-28"
    }
  ],
  "vocabularies": {
    "themes": [{"id": "mitigation", "label": {"en": "Mitigation", "he": "הפחתה"}}],
    "regions": [{"id": "global", "label": {"en": "Global", "he": "עולמי"}}]
  },
  "introduction": {
    "title": {"en": "Introduction", "he": "מבוא"},
    "body": {"en": "Why networks.", "he": "למה רשתות."},
    "sources": [{"title": "Test", "url": "https://example.org/introduction"}],
    "verified": "2026-11-28"
  },
  "benefits": [
BENEFITS
  ],
  "case_studies": [
    {
      "id": "toronto",
      "title": {"en": "Toronto", "he": "טורונטו"},
      "summary": {"en": "Toronto and its networks.", "he": "טורונטו והרשתות שלה."},
      "sections": [
        {"id": "why", "title": {"en": "Why", "he": "למה"}, "body": {"en": "To learn.", "he": "כדי ללמוד."}, "networks": []}
      ],
      "achievements": [
        {"year": 2019, "title": {"en": "Strategy", "he": "אסטרטגיה"}, "text": {"en": "Published.", "he": "פורסמה."}, "benefit": "resources", "networks": []}
      ],
      "timeline": [
        {"year": 1991, "event": {"en": "Joins ICLEI.", "he": "מצטרפת ל־ICLEI."}, "networks": []}
      ],
      "sources": [{"title": "Toronto", "url": "https://www.toronto.ca/"}],
      "verified": "2026-11-28"
    }
  ]
}
'''.replace('BENEFITS', benefits)

def nth_replace(s, old, new, n=1):
    i = -1
    for _ in range(n):
        i = s.index(old, i + 1)
    return s[:i] + new + s[i+len(old):]

def pos_of(text, marker, n=1, after=False):
    i = -1
    for _ in range(n):
        i = text.index(marker, i + 1)
    if after: i += len(marker)
    line = text.count('\n', 0, i) + 1
    col = i - (text.rfind('\n', 0, i) + 1) + 1
    return (line, col)

def bytes_pos(b, sep):
    t = b.split(sep)[0].decode()
    return (t.count('\n') + 1, len(t) - (t.rfind('\n') + 1) + 1)

check_schema(base)


out = {}
def w(name, text, expect):
    mode = 'wb' if isinstance(text, bytes) else 'w'
    with open(os.path.join(D, name), mode, **({} if mode == 'wb' else {'encoding': 'utf-8'})) as f:
        f.write(text)
    out[name] = expect

w('bad-syntax.json', nth_replace(base, '"status": "active",', '"status": "active"', 2),
  pos_of(nth_replace(base, '"status": "active",', '"status": "active"', 2), '"summary"', 2))
t = nth_replace(base, '"url": "https://iclei.org"}]', '"url": "https://iclei.org"},]', 1)
w('bad-trailing-comma.json', t, pos_of(t, '"url": "https://iclei.org"},', 1, after=True))
t = nth_replace(base, '"name":', '"nmae":', 2); w('bad-unknown-field.json', t, pos_of(t, '"nmae"'))
t = nth_replace(base, '      "summary": {"en": "Local governments for sustainability.", "he": "רשויות מקומיות למען קיימות."},\n', '', 1)
w('bad-missing-field.json', t, pos_of(t, '{\n      "id": "iclei"'))
t = nth_replace(base, '"founded": 2005', '"founded": "2005"'); w('bad-wrong-type.json', t, pos_of(t, '"founded"'))
t = nth_replace(base, '"id": "iclei"', '"id": "c40"'); w('bad-duplicate-id.json', t, pos_of(t, '"id"', 2))
t = nth_replace(base, '"status": "active",', '"status": "active",\n      "kind": "programme",', 2); w('bad-duplicate-key.json', t, pos_of(t, '"kind"', 3))
t = nth_replace(base, '"founded": 2005', '"founded": 1200'); w('bad-year.json', t, pos_of(t, '"founded"'))
t = nth_replace(base, '"founded": 2005', '"founded": 1e400'); w('bad-number-range.json', t, pos_of(t, '1e400'))
t = nth_replace(base, '"verified": "2026-11-28"', '"verified": "2026-13-45"', 2); w('bad-date.json', t, pos_of(t, '"verified"', 2))
t = nth_replace(base, '"he": "ICLEI – שלטון מקומי לקיימות"', '"he": ""'); w('bad-empty-text.json', t, pos_of(t, '"he": ""'))
t = nth_replace(base, '{"en": "Large cities acting on climate.", "he"', '{"he"'); w('bad-missing-en.json', t, pos_of(t, '"summary"'))
t = base.replace('"schema_version": 1', '"schema_version": 2'); w('bad-schema-version.json', t, pos_of(t, '"schema_version"'))
w('bad-not-object.json', '[\n  {"schema_version": 1}\n]\n', (1, 1))
w('empty.json', '', (1, 1))
t = nth_replace(base, '{"benefit": "knowledge-sharing"', '{"benefit": "knowledge-shareing"'); w('bad-bad-reference.json', t, pos_of(t, '"benefit"'))
t = nth_replace(base, '"status": "active",', '''"status": "renamed",
      "status_year": 2020,
      "successor": {"name": {"en": "ICLEI", "he": "ICLEI"}, "website": "https://iclei.org", "network": "iclei"},''')
t = nth_replace(t, '"status": "active",', '''"status": "renamed",
      "status_year": 2021,
      "successor": {"name": {"en": "C40 Cities", "he": "C40 Cities"}, "website": "https://www.c40.org", "network": "c40"},''')
w('bad-successor-loop.json', t, pos_of(t, '"network"'))
t = nth_replace(base, '"status": "active",', '''"status": "active",
      "successor": {"name": {"en": "Next", "he": "הבא"}, "website": "https://user:pw@example.org/"},''')
t = nth_replace(t, '"website": "https://www.c40.org"', '"website": "javascript:alert(1)"')
t = nth_replace(t, '"url": "https://www.c40.org/about-c40/"', '"url": "file:///etc/passwd"')
w('bad-unsafe-link.json', t, [pos_of(t, '"website"', 1), pos_of(t, '"website"', 2), pos_of(t, '"url"', 1)])
b = base.encode()
b2 = b.replace('"he": "ICLEI – שלטון מקומי לקיימות"'.encode(), '"he": "ICLEI – שלטון'.encode() + b'\xff' + ' מקומי לקיימות"'.encode())
assert b2 != b; w('bad-invalid-utf8.json', b2, bytes_pos(b2, b'\xff'))
b3 = b.replace(b'"en": "Large cities acting on climate."', b'"en": "Large cities\x00 acting on climate."')
assert b3 != b; w('bad-nul-byte.json', b3, bytes_pos(b3, b'\x00'))

x = base.replace('''  "schema_version": 1,''', '''  "schema_version": 1,
  "x-generator": "hand-written test fixture",''')
x = nth_replace(x, '"status": "active",', '''"status": "active",
      "x-internal-note": {"reviewer": "test", "priority": 2},''')
x = nth_replace(x, '"sources": [{"title": "ICLEI", "url": "https://iclei.org"}]', '"sources": [{"title": "ICLEI", "url": "https://iclei.org", "x-archived": "https://web.archive.org/web/2026/https://iclei.org"}]')
x = x.replace('''    "themes": [{"id"''', '''    "x-note": "vocabularies may carry extensions too",
    "themes": [{"id"''')
check_schema(x)
w('x-extension.json', x, None)
mh = nth_replace(base, '{"en": "Local governments for sustainability.", "he": "רשויות מקומיות למען קיימות."}', '{"en": "Local governments for sustainability."}')
check_schema(mh)
w('missing-he.json', mh, pos_of(mh, '"summary"', 2))
for name, where in out.items():
    print(name, where)
