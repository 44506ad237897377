#!/bin/sh
# Fails when a translation is not complete against the current sources: any
# untranslated or fuzzy message in the .po file, or a message in the sources
# that the .po file does not have yet (the sources are extracted afresh, with
# the keywords of meson's "glib" preset).
set -eu
top=$1
po=$2

stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1)
echo "$po: $stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "$po: not complete"; exit 1 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --package-name=climate-networks -f "$top/po/POTFILES.in" -D "$top" -o "$tmp/sources.pot" \
  --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_set_error:4:c-format --flag=g_printerr:1:c-format --flag=g_print:1:c-format
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$tmp/sources.pot"
stats=$(msgfmt --statistics -o /dev/null "$tmp/merged.po" 2>&1)
echo "against the current sources: $stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "$po: messages in the sources are not translated yet"; exit 1 ;;
esac
