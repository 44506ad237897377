#!/usr/bin/env python3
"""The manual page covers the command line.

Fails when an option that `climate-networks --help-all` lists is missing from
data/climate-networks.1, when the page lacks a section a manual page needs,
or when an option's description is not translated in the Hebrew --help.
Usage: check-manpage.py EXE MANPAGE
"""
import os
import re
import subprocess
import sys


def help_text(exe, language):
    env = dict(os.environ, LANG="C.UTF-8", LANGUAGE=language)
    return subprocess.run([exe, "--help-all"], env=env, capture_output=True, text=True, check=True).stdout


def options(text):
    found = set()
    for line in text.splitlines():
        for m in re.finditer(r"(?<![\w-])(--[a-z][a-z-]*)", line.split("  ")[1] if line.startswith("  ") else ""):
            found.add(m.group(1))
    return found


def main():
    exe, manpage = sys.argv[1], sys.argv[2]
    page = open(manpage, encoding="utf-8").read()
    # troff escapes hyphens as \-
    plain = page.replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "")
    problems = []

    english = help_text(exe, "en")
    listed = options(english)
    if not listed or "--export" not in listed:
        problems.append("--help-all lists no options (or not --export): %r" % english[:200])
    for option in sorted(listed):
        if option not in plain:
            problems.append(f"{manpage}: the option {option} (in --help) is not documented")

    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "FILES"):
        if not re.search(r"^\.SH " + re.escape(section) + r"\s*$", page, re.M):
            problems.append(f"{manpage}: no {section} section")

    # Every application option's description is translated in Hebrew.
    hebrew = help_text(exe, "he")
    app_part = hebrew.split("\n\n")
    app_lines = [l for l in hebrew.splitlines() if re.match(r"\s+(-\w, )?--(version|search|network|catalog|check-catalog|export|networks|lang|title|authority)\b", l)]
    if len(app_lines) < 10:
        problems.append("the Hebrew --help lists %d application options, expected at least 10" % len(app_lines))
    for line in app_lines:
        description = re.split(r"\s{2,}", line.strip(), maxsplit=1)[-1]
        if not re.search(r"[\u05d0-\u05ea]", description):
            problems.append(f"not translated in the Hebrew --help: {line.strip()}")

    for p in problems:
        print(p)
    print(f"{len(listed)} options checked against {manpage}, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
