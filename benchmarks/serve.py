"""How long ``make serve`` takes from a saved file to the new page being served. Prints figures; asserts nothing.

Starts ``mkdocs serve --dirty`` as ``make serve`` does (only the pages a
saved file changes are rebuilt, the forms' PDFs printed in the background)
on a copy of the project, then saves, one after another, a guidance page, a
checklist and the citizen's agreement with a new word in them, and times
until the served page holds the word. The browser's live reload adds a few
milliseconds on top. Goals (issue 17): a page or a checklist within 1.0 s,
the agreement within 1.5 s.

The checklist gets the word in an item, the agreement in its title (which
the menu does not show). A last line, without a goal, saves a new title of
the checklist: every page's menu shows it, so every page is rebuilt.

    .venv/bin/python benchmarks/serve.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from timing import copy_project

TITLE = re.compile(r"(titel:\n  da: )(.*)")
ITEM = re.compile(r"(punkter:\n  - id: .*\n    tekst:\n      da: )(.*)")
CASES = [
    ("a guidance page", "docs/virksomheder/kompensation.md", None, "virksomheder/kompensation/", 1.0),
    ("a checklist", "data/tjeklister/bevilling.yml", ITEM, "tjeklister/bevilling/", 1.0),
    ("the citizen's agreement", "data/blanketter/mentoraftale.yml", TITLE, "mentoraftale/", 1.5),
    ("a checklist's menu title", "data/tjeklister/bevilling.yml", TITLE, "tjeklister/bevilling/", None),
]
TIMEOUT = 30.0
SETTLE = 4.0
FORM_SETTLE = 10.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def served_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(url: str, text: str, started: float) -> float | None:
    while time.monotonic() - started < TIMEOUT:
        if text in served_text(url):
            return time.monotonic() - started
        time.sleep(0.02)
    return None


def with_word(path: Path, where: re.Pattern[str] | None, word: str) -> str:
    """The file's text with ``word`` added where it shows: a paragraph of a page, or the Danish text ``where`` finds."""
    text = path.read_text(encoding="utf-8")
    if where is None:
        return text + f"\n\n{word}\n"
    changed = where.sub(lambda match: f"{match.group(1)}{match.group(2)} {word}", text, count=1)
    assert changed != text, f"{where.pattern} not found in {path}"
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        project = copy_project(Path(folder) / "project")
        port = free_port()
        environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MENTORGUIDEN_PDF_I_BAGGRUNDEN": "1"}
        command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}", "--livereload"]
        server = subprocess.Popen(command, cwd=project, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}/"
            if wait_for(base, "<html", time.monotonic()) is None:
                print("mkdocs serve did not start")
                return 1
            time.sleep(FORM_SETTLE)  # the first build's PDFs, every form in both languages, printed in the background
            print(f"make serve: from saving a file to the new page served, median of {runs} (goal in brackets):")
            for label, relative, where, page, goal in CASES:
                file = project / relative
                original = file.read_text(encoding="utf-8")
                times = []
                for run in range(runs):
                    word = f"Maalemaerke{run}x{time.monotonic_ns() % 10**6}"
                    started = time.monotonic()
                    file.write_text(with_word(file, where, word), encoding="utf-8")
                    took = wait_for(base + page, word, started)
                    file.write_text(original, encoding="utf-8")
                    # The rebuild of the undo; after a form, the PDFs of the save and of the undo, printed in
                    # the background (Chromium takes a core for a few seconds), so the next save starts idle.
                    time.sleep(FORM_SETTLE if relative.startswith("data/blanketter/") else SETTLE)
                    if took is not None:
                        times.append(took)
                if not times:
                    print(f"  {label:<26} never shown within {TIMEOUT:.0f} s")
                    continue
                median = statistics.median(times)
                if goal is None:
                    print(f"  {label:<26} {median:5.2f} s   (no goal: every page is rebuilt)")
                    continue
                verdict = "ok" if median <= goal else "over the goal"
                print(f"  {label:<26} {median:5.2f} s   (≤ {goal:.1f} s)  {verdict}")
        finally:
            server.send_signal(signal.SIGINT)  # as Ctrl+C: MkDocs deletes its temporary site folder
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
