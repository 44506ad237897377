#!/usr/bin/env python3
# orca-test.py
#
# Copyright 2026 Climate Networks contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The three tasks with a real screen reader: Orca, the app, and keys.

Starts its own Xvfb, session bus and accessibility bus (a display or bus
reused from another test could hold a stale a11y bus address), then Orca
with a debug log and no sound, then the app in LANGUAGE (argv[1], "en",
"he" or "ar"). Each step presses keys with xdotool and waits, on the log and never
on a fixed sleep, until Orca has spoken what the step expects; it then
fails on anything the step forbids (class names, mnemonic underscores,
"not selected" for the row just chosen, invisible direction marks).

Usage: orca-test.py LANG APP_EXE      (CN_ORCA_TRANSCRIPT=FILE writes what
Orca said at each step; CN_ORCA_RECORD=1 only records, asserting nothing.)

In the suite as orca-en, orca-he and orca-ar (tests/ui/meson.build), in
the normal build only: under AddressSanitizer the app is too slow for
Orca's own timeouts, so the sanitizer build does not register it (a skip
would count as a failure in .ci/run).
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tty

WAIT = float(os.environ.get("CN_ORCA_WAIT", "60"))  # seconds a step may take
KEY_WAIT = 20  # seconds for Orca to see a step's first key

# What Orca must never say, in any step.
ALWAYS_FORBIDDEN = [
    (r"\bGtk[A-Z]\w*", "a GTK class name"),
    (r"(^|[\s'\"(])_[^\W_]", "a mnemonic underscore"),
    (r"[^\W_]_[^\W_]", "a mnemonic underscore inside a word"),
    ("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "an invisible direction mark"),
]

STRINGS = {
    "en": {
        "networks_list": "Networks",
        "detail": "Network details",
        "search": "Search networks and benefits",
        "results": r"\b\d+ networks? found",
        "panel_heading": "Toronto",
        "case_study": "Case Stud",
        "welcome": "Why join",
        "menu_first": "Why Join a Network",
        "benefits": "Benefits",
        "shortlist": "Shortlist",
        "deadlines": "Deadlines",
        "mobility_network": "Mobility|mobility|Transport|transport",
    },
    "he": {
        "networks_list": "רשתות",
        "detail": "פרטי הרשת",
        "search": "חיפוש",
        "results": r"נמצאו \d+ רשתות|נמצאה רשת אחת",
        "panel_heading": "טורונטו",
        "case_study": "מקרי? בוחן|מקרה",
        "welcome": "למה להצטרף",
        "menu_first": "למה להצטרף",
        "benefits": "יתרונות",
        "shortlist": "רשימה מקוצרת|הרשימה המקוצרת",
        "deadlines": "מועדים",
        "mobility_network": "תחבורה|ניידות|Mobility|mobility",
    },
    "ar": {
        "networks_list": "الشبكات",
        "detail": "تفاصيل الشبكة",
        "search": "البحث",
        "results": r"عثر على (\d+ شبك|شبكة واحدة|شبكتين)",
        "panel_heading": "تورونتو",
        "case_study": "دراس",
        "welcome": "لماذا",
        "menu_first": "لماذا",
        "benefits": "الفوائد",
        "shortlist": "القائمة المختصرة",
        "deadlines": "المواعيد",
        "mobility_network": "تنقل|Mobility|mobility",
    },
}


class Failure(Exception):
    pass


class LostKeys(Failure):
    """Orca saw none of a step's keys: they were lost on their way through
    the accessibility bus (it happens about once in twenty runs here, Orca
    logging nothing at all), not a fault of the app."""


class Session:
    """Xvfb, a session bus, the a11y bus, Orca and the app, all ours."""

    def __init__(self, lang, exe):
        self.lang = lang
        self.exe = exe
        self.tmp = tempfile.mkdtemp(prefix="cn-orca-")
        self.procs = []
        self.log_path = os.path.join(self.tmp, "orca.log")
        self.log_pos = 0
        self.transcript = []
        self.keys_seen = True

    # Processes

    def spawn(self, argv, env=None, **kw):
        proc = subprocess.Popen(argv, env=env or self.env, start_new_session=True,
                                stdin=subprocess.DEVNULL, **kw)
        self.procs.append(proc)
        return proc

    def start(self):
        base = dict(os.environ)
        for var in ("GTK_A11Y", "NO_AT_BRIDGE", "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                    "AT_SPI_BUS_ADDRESS", "G_DEBUG"):
            base.pop(var, None)
        run = os.path.join(self.tmp, "run")
        os.mkdir(run, 0o700)
        base.update(HOME=self.tmp, XDG_RUNTIME_DIR=run,
                    XDG_CONFIG_HOME=os.path.join(self.tmp, "config"),
                    XDG_DATA_HOME=os.path.join(self.tmp, "data"),
                    XDG_CACHE_HOME=os.path.join(self.tmp, "cache"),
                    LANG="C.UTF-8", LC_ALL="C.UTF-8", GSETTINGS_BACKEND="memory")

        # A display of our own: Xvfb picks a free number and tells it.
        rfd, wfd = os.pipe()
        self.spawn(["Xvfb", "-displayfd", str(wfd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                   env=base, pass_fds=(wfd,), stderr=subprocess.DEVNULL)
        os.close(wfd)
        with os.fdopen(rfd) as f:
            number = f.readline().strip()
        if not number:
            raise Failure("Xvfb did not start")
        base["DISPLAY"] = ":" + number

        bus = self.spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=base,
                         stdout=subprocess.PIPE)
        base["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        self.env = base

        launcher = shutil.which("at-spi-bus-launcher") or "/usr/libexec/at-spi-bus-launcher"
        # Its registry says on stdout that it runs: not a line of this TAP output.
        self.spawn([launcher, "--launch-immediately"], stdout=subprocess.DEVNULL)
        self.wait_for_bus_name("org.a11y.Bus")

        self.wait_for_no_other_orca()

        # The app first, its window focused: Orca, started after, finds the
        # active window and its focus itself. Started the other way round,
        # Orca could get the window's first events before it could ask the
        # app about them, and then missed the first key presses.
        app_env = dict(self.env, LANGUAGE=self.lang, GSK_RENDERER="cairo")
        self.app = self.spawn([self.exe], env=app_env, stdout=subprocess.DEVNULL)
        out = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--class", "climate-networks"],
                             env=self.env, capture_output=True, text=True, timeout=WAIT)
        self.window = out.stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", self.window], env=self.env, timeout=WAIT)

        # Orca's debug file is block-buffered, except on a terminal: it writes
        # to a pseudo-terminal, drained into the log by a thread, so that each
        # line can be waited for as soon as Orca has written it.
        master, slave = os.openpty()
        tty.setraw(slave)
        self.pty = (master, slave)
        threading.Thread(target=self.drain, args=(master,), daemon=True).start()
        orca_env = dict(self.env, LANGUAGE="en")
        self.spawn(["orca", "--replace", "--debug-file=" + os.ttyname(slave)], env=orca_env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Orca is ready once it has found the app's window.
        # Orca is ready once it has found the app's window; then the welcome
        # it says ("Screen reader on.") is not taken for a step's.
        self.wait_log(r"Active window is \[frame", "Orca to find the window", speech=False)
        self.settle([])

    def drain(self, master):
        with open(self.log_path, "ab") as log:
            while True:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    return
                if not data:
                    return
                log.write(data)
                log.flush()

    def wait_for_bus_name(self, name):
        end = time.monotonic() + WAIT
        while time.monotonic() < end:
            out = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                                  "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                                  "string:" + name], env=self.env, capture_output=True, text=True)
            if "boolean true" in out.stdout:
                return
            time.sleep(0.1)
        raise Failure("no " + name + " on the session bus")

    @staticmethod
    def other_orcas():
        out = subprocess.run(["pgrep", "-u", str(os.getuid()), "-x", "orca"], capture_output=True, text=True)
        return out.stdout.split()

    def wait_for_no_other_orca(self):
        """Orca kills any other Orca of the user at its start and waits until
        none is left: one still ending (a test just before) is waited for
        here, with a clear failure if it stays."""
        end = time.monotonic() + WAIT
        while self.other_orcas():
            if time.monotonic() > end:
                raise Failure("another Orca of this user is running (PIDs %s); this test starts its own"
                              % " ".join(self.other_orcas()))
            time.sleep(0.1)

    def stop(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
        if os.environ.get("CN_ORCA_KEEP"):
            print("# kept " + self.tmp)
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    # The log

    def read_new(self):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                f.seek(self.log_pos)
                text = f.read()
        except FileNotFoundError:
            return ""
        # Only whole lines.
        cut = text.rfind("\n") + 1
        self.log_pos += len(text[:cut].encode("utf-8", errors="replace"))
        return text[:cut]

    @staticmethod
    def speech(text):
        return [m.group(1) for m in re.finditer(r"SPEECH OUTPUT: '(.*?)'", text)]

    def wait_log(self, pattern, what, speech=True):
        """Waits until new log lines (utterances if @speech) have matched
        @pattern, or each of the patterns in a list of them."""
        patterns = [pattern] if isinstance(pattern, str) else list(pattern)
        start = time.monotonic()
        end = start + WAIT
        said = []
        while time.monotonic() < end:
            chunk = self.read_new()
            if "KEYBOARD_EVENT" in chunk:
                self.keys_seen = True
            if not self.keys_seen and time.monotonic() - start > KEY_WAIT:
                raise LostKeys("Orca saw no key of %s in %d s" % (what, KEY_WAIT))
            lines = self.speech(chunk) if speech else chunk.splitlines()
            said.extend(lines)
            patterns = [p for p in patterns if not any(re.search(p, line) for line in lines)]
            if not patterns:
                return said
            if self.app is not None and self.app.poll() is not None:
                raise Failure("the app exited (%d) while waiting for %s" % (self.app.returncode, what))
            time.sleep(0.05)
        raise Failure("waited %d s for %s (/%s/); Orca said: %r" % (WAIT, what, "/, /".join(patterns), said))

    def settle(self, said):
        """Collects what follows until Orca has been quiet for a moment."""
        quiet_since = time.monotonic()
        while time.monotonic() - quiet_since < float(os.environ.get("CN_ORCA_SETTLE", "0.7")):
            lines = self.speech(self.read_new())
            if lines:
                said.extend(lines)
                quiet_since = time.monotonic()
            time.sleep(0.05)
        return said

    # Steps

    def keys(self, *keys):
        subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", "150"] + list(keys), env=self.env,
                       check=True, timeout=WAIT)

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "80", text], env=self.env, check=True, timeout=WAIT)

    def step(self, name, keys=(), text=None, expect=None, forbid=()):
        self.read_new()
        self.keys_seen = not keys and not text
        if keys:
            self.keys(*keys)
        if text:
            self.type(text)
        record = os.environ.get("CN_ORCA_RECORD") == "1"
        try:
            said = self.wait_log(expect or ".", name) if not record else self.wait_log(".", name)
        except Failure:
            if not record:
                raise
            said = []
        said = self.settle(said)
        self.transcript.append((name, " ".join(keys) + (" “%s”" % text if text else ""), said))
        if record:
            return said
        for pattern, what in list(forbid) + ALWAYS_FORBIDDEN:
            for line in said:
                if re.search(pattern, line):
                    raise Failure("%s: Orca said %s: %r (all: %r)" % (name, what, line, said))
        return said


def run_tasks(s, t):
    not_selected = (r"not selected", "“not selected” for the row just chosen")

    # The window opens at the list, at no network (a first launch).
    s.step("benefits view", keys=["ctrl+2"], expect=t["benefits"])
    s.step("networks view", keys=["ctrl+1"], expect=t["networks_list"])
    # Task 2: read a network. Arrows select the row they move to, and the
    # row is read by its name and summary; Tab goes on into its record.
    s.step("next network", keys=["Down"], expect=".", forbid=[not_selected])
    s.step("next network", keys=["Down"], expect=".", forbid=[not_selected])
    s.step("to the detail", keys=["Tab"], expect=t["detail"], forbid=[not_selected])
    s.step("in the detail", keys=["Tab"], expect=".")
    # Task 3: the Toronto case study, read from its heading; F9 again
    # closes it and the focus goes back to its button.
    s.step("case study", keys=["F9"], expect=t["panel_heading"])
    s.step("close the case study", keys=["F9"], expect=t["case_study"])
    # Task 1: search by keyword; the number found is said on entering the
    # results, then the first result.
    s.step("search", keys=["ctrl+f"], expect=t["search"])
    s.step("type a keyword", text="mobility", expect=".")
    s.step("into the results", keys=["Down"], expect=[t["results"], t["mobility_network"]], forbid=[not_selected])
    s.step("close the search", keys=["Escape"], expect=".")
    # The views, each entered where it starts.
    s.step("benefits view", keys=["ctrl+2"], expect=t["benefits"])
    s.step("shortlist view", keys=["ctrl+3"], expect=t["shortlist"])
    s.step("deadlines view", keys=["ctrl+4"], expect=t["deadlines"])
    s.step("networks view", keys=["ctrl+1"], expect=t["networks_list"])
    # The welcome page, read from its heading.
    s.step("welcome page", keys=["F1"], expect=t["welcome"])
    # The primary menu, at its first item.
    s.step("primary menu", keys=["F10"], expect=t["menu_first"])
    s.step("close the menu", keys=["Escape"], expect=".")


def main():
    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    exe = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("CN_EXE")
    for tool in ("Xvfb", "dbus-daemon", "orca", "xdotool"):
        if shutil.which(tool) is None:
            print("Bail out! %s is missing (build-aux/dev installs it)" % tool)
            return 1

    for attempt in (1, 2):
        status, lost = run_session(lang, exe, last=attempt == 2)
        if not lost:
            break
        print("# keys lost before Orca saw them: the whole session once more")
    print("1..1")
    return status


def run_session(lang, exe, last):
    """Returns the exit status, and whether keys were lost (and the session
    is worth running again)."""
    s = Session(lang, exe)
    status = 0
    lost = False
    try:
        s.app = None
        s.start()
        run_tasks(s, STRINGS[lang])
        print("ok 1 - Orca in %s" % lang)
    except LostKeys as e:
        lost = not last
        status = 1
        if last:
            print("not ok 1 - Orca in %s: %s" % (lang, e))
        else:
            print("# %s" % e)
    except Failure as e:
        print("not ok 1 - Orca in %s: %s" % (lang, e))
        status = 1
        # What Orca saw last, to tell a lost key from a slow app.
        try:
            with open(s.log_path, encoding="utf-8", errors="replace") as f:
                tail = f.readlines()[-80:]
            for line in tail:
                print("# orca.log: " + line.rstrip()[:300])
        except OSError:
            pass
    finally:
        out = os.environ.get("CN_ORCA_TRANSCRIPT")
        lines = []
        for name, keys, said in s.transcript:
            lines.append("%s [%s]: %s" % (name, keys, " | ".join(said)))
        if out:
            with open(out, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
        for line in lines:
            print("# " + line)
        s.stop()
    return status, lost


if __name__ == "__main__":
    sys.exit(main())
