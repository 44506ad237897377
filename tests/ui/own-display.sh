#!/bin/sh
# own-display.sh
#
# Copyright 2026 Climate Networks contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a UI test on an X display of its own (a fresh Xvfb), so that tests
# running in parallel do not meet on one display: there, a text selection
# one test's window owns is asked for by another's (GTK 4 on X11 asks every
# new owner for its formats), and a test that exits while GTK 4.8 is still
# answering leaves the reply half-built, which LeakSanitizer reports as a
# leak of that test. Without Xvfb, the test runs on the display it was given.
#
# Usage: own-display.sh TEST [ARGS…]

if ! command -v Xvfb >/dev/null 2>&1; then
  exec "$@"
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/cn-display.XXXXXX") || exit 1
# Xvfb writes its display number to fd 3 once it accepts clients: no
# guessing a free number, no race between tests starting together.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$dir/display" 2>"$dir/log" &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$dir"' EXIT
trap 'exit 143' TERM INT

while [ ! -s "$dir/display" ]; do
  if ! kill -0 "$xvfb" 2>/dev/null; then
    echo "own-display.sh: Xvfb did not start:" >&2
    cat "$dir/log" >&2
    exit 1
  fi
  sleep 0.02
done

DISPLAY=":$(head -n 1 "$dir/display")" "$@"
