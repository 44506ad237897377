#!/bin/sh
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, when an entry is stale (gone, or no longer translatable),
# or when the list is not sorted — as GNOME's check-potfiles does.
set -eu
top=${1:-$(dirname "$0")/..}
cd "$top"

listed=$(mktemp) found=$(mktemp)
trap 'rm -f "$listed" "$found"' EXIT

grep -v '^#' po/POTFILES.in | sed '/^$/d' > "$listed"

{
  grep -lE '(^|[^a-zA-Z_])(N?_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(' $(find src -name "*.c") 2>/dev/null || true
  grep -l 'translatable="yes"' ui/*.ui 2>/dev/null || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true
} | LC_ALL=C sort -u > "$found"

status=0
if ! LC_ALL=C sort -c "$listed" 2>/dev/null; then
  echo "po/POTFILES.in is not sorted"
  status=1
fi
missing=$(LC_ALL=C comm -13 "$listed" "$found")
stale=$(LC_ALL=C comm -23 "$listed" "$found")
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from po/POTFILES.in:"
  echo "$missing" | sed 's/^/  /'
  status=1
fi
if [ -n "$stale" ]; then
  echo "Stale entries in po/POTFILES.in (missing, or nothing to translate):"
  echo "$stale" | sed 's/^/  /'
  status=1
fi
[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(wc -l < "$found") files with translatable strings"
exit $status
