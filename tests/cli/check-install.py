#!/usr/bin/env python3
"""`meson install --destdir` puts every file where the desktop expects it.

Usage: check-install.py MESON BUILD_ROOT PREFIX APP_ID
"""
import os
import subprocess
import sys
import tempfile


def main():
    meson, build_root, prefix, app_id = sys.argv[1:5]
    with tempfile.TemporaryDirectory() as destdir:
        run = subprocess.run([meson, "install", "-C", build_root, "--no-rebuild", "--destdir", destdir],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout[-2000:], run.stderr[-2000:])
            return 1
        root = os.path.join(destdir, prefix.lstrip("/"))
        expected = [
            "bin/climate-networks",
            f"share/applications/{app_id}.desktop",
            f"share/metainfo/{app_id}.metainfo.xml",
            "share/man/man1/climate-networks.1",
            f"share/glib-2.0/schemas/{app_id}.gschema.xml",
            f"share/icons/hicolor/scalable/apps/{app_id}.svg",
            f"share/icons/hicolor/symbolic/apps/{app_id}-symbolic.svg",
            "share/locale/he/LC_MESSAGES/climate-networks.mo",
        ]
        problems = [f"not installed: {prefix}/{path}" for path in expected
                    if not os.path.isfile(os.path.join(root, path))]
        installed = []
        for top, _, names in os.walk(destdir):
            installed += [os.path.relpath(os.path.join(top, n), root) for n in names]
        # Nothing from the build tree or the tests is installed.
        problems += [f"installed by mistake: {p}" for p in installed
                     if "test" in p.split("/")[-1] or p.endswith((".a", ".h", ".o"))]
        if os.path.isfile(os.path.join(root, "bin/climate-networks")) and \
                not os.access(os.path.join(root, "bin/climate-networks"), os.X_OK):
            problems.append("bin/climate-networks is not executable")
    for p in problems:
        print(p)
    print(f"{len(installed)} files installed, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
