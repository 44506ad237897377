#!/usr/bin/env python3
"""Reads an exported CSV with Python's csv module, the way a spreadsheet
program would, and prints its rows as JSON (a list of objects) for
test-export.c to compare with the catalog. Exits 1, saying why, when the
file is not what the README's "Exports" section promises: UTF-8 with a
byte-order mark, CRLF line ends, the documented columns."""
import csv
import io
import json
import sys

COLUMNS = ["id", "name", "acronym", "kind", "status", "founded", "israel_can_join", "cost",
           "size", "size_year", "themes", "regions", "website", "verified"]

data = open(sys.argv[1], "rb").read()
if not data.startswith(b"\xef\xbb\xbf"):
    sys.exit("no UTF-8 byte-order mark")
text = data[3:].decode("utf-8")
if not text.endswith("\r\n"):
    sys.exit("the last record does not end in CRLF")
rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
if rows[0] != COLUMNS:
    sys.exit(f"unexpected header {rows[0]}")
for row in rows[1:]:
    if len(row) != len(COLUMNS):
        sys.exit(f"a row has {len(row)} fields: {row}")
# Outside quoted fields, every line break is CRLF (RFC 4180, 2.1).
if "\n" in text.replace("\r\n", "") and not any("\n" in f for r in rows for f in r):
    sys.exit("a bare LF ends a record")
json.dump([dict(zip(COLUMNS, row)) for row in rows[1:]], sys.stdout, ensure_ascii=False)
