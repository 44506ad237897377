#!/usr/bin/env python3
"""Checks the layer rule of the README's Architecture section.

From the bottom: src/model/ (GLib, GIO and json-glib only), src/list/,
src/widgets/, src/window/, then the application (src/*.c). A file may
include headers of its own layer and of the layers below it, never of a
layer above; src/model/ never includes GTK or GDK. The window may name
the application's type in its constructor, as GNOME Text Editor's does,
so src/window/ may include cn-application.h and nothing else of it.

Prints each violation as FILE:LINE: message and exits 1 if there is one.
"""
import os
import re
import sys

ORDER = ["model", "export", "list", "widgets", "window", "app"]
ALLOWED_UP = {("window", "cn-application.h")}


def layer_of(rel):
    parts = rel.split(os.sep)
    if parts[0] == "src" and len(parts) > 2 and parts[1] in ORDER:
        return parts[1]
    return "app"


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    src = os.path.join(top, "src")
    owner = {}
    files = []
    for root, _, names in os.walk(src):
        for name in names:
            if name.endswith((".c", ".h")):
                rel = os.path.relpath(os.path.join(root, name), top)
                files.append(rel)
                owner[name] = layer_of(rel)
    problems = []
    include = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
    for rel in sorted(files):
        here = layer_of(rel)
        with open(os.path.join(top, rel), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                m = include.match(line)
                if not m:
                    continue
                kind, name = m.groups()
                if here == "model" and kind == "<" and re.match(r"(gtk|gdk|gsk|adwaita)/", name):
                    problems.append(f"{rel}:{number}: the model includes {name}: it must build without GTK")
                    continue
                target = owner.get(os.path.basename(name))
                if kind != '"' or target is None:
                    continue
                if ORDER.index(target) > ORDER.index(here) and (here, os.path.basename(name)) not in ALLOWED_UP:
                    problems.append(f"{rel}:{number}: {here}/ includes {name}, which belongs to the higher layer {target}/")
    for p in problems:
        print(p)
    print(f"{len(files)} files checked, {len(problems)} layer violations")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
