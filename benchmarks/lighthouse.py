"""Lighthouse's scores for the main pages, mobile and desktop, against the goals. Prints figures; asserts nothing.

Builds the site once (both languages, strict) into a temporary folder,
serves it on 127.0.0.1 under /mentorguiden/ and runs Lighthouse (npm,
pinned in tools/lighthouse/, installed by `make lighthouse`) with Debian's
chromium (CHROME_PATH; Lighthouse never downloads a browser) on each page:
the mobile preset (simulated slow 4G, a slowed-down CPU) and the desktop
preset. The local server gzips text files, as the published site's host
does (without, Lighthouse counts 260 KB more per page). Lighthouse is 12.2.3, not 13: 13 needs Node 22, Debian has 20.
The scores vary from run to run, most on a busy machine: run it when the
machine is otherwise idle, and read one figure as ± a few points.

    .venv/bin/python benchmarks/lighthouse.py [--pages / /en/ ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from search import SUB_PATH, build_site
from timing import ROOT, quiet

from mentorguiden.browser import chromium_path, serve_under_sub_path

LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
PAGES = [
    "",
    "virksomheder/kompensation/",
    "mentoraftale/",
    "tjeklister/bevilling/",
    "en/",
    "virksomheder/trin-for-trin/",
    "virksomheder/kan-vi-faa-en-mentor/",
    "konsulenter/mentorstoette-ja-eller-nej/",
    "kompensationsaftale/",
    "timeseddel/",
    "blanketter/",
]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {
    "mobile": {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100},
    "desktop": {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100},
}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"


def run_lighthouse(url: str, form_factor: str) -> dict:
    """Lighthouse's JSON report of ``url``; ``form_factor`` is ``mobile`` (its default) or ``desktop``."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    environment = {**os.environ, "CHROME_PATH": chromium_path()}
    result = subprocess.run(command, capture_output=True, text=True, env=environment, check=False, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"Lighthouse fejlede på {url}: {result.stderr.strip()[-2000:]}")
    report: dict = json.loads(result.stdout)
    return report


def scores(report: dict) -> dict[str, int]:
    return {name: round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}


def metrics(report: dict) -> str:
    """LCP, total blocking time and layout shift: what the performance score is made of, to read a low one."""
    audits = report["audits"]
    lcp = float(audits["largest-contentful-paint"]["numericValue"]) / 1000
    tbt = float(audits["total-blocking-time"]["numericValue"])
    cls = float(audits["cumulative-layout-shift"]["numericValue"])
    return f"LCP {lcp:.1f} s  TBT {tbt:4.0f} ms  CLS {cls:.3f}"


def print_row(address: str, form_factor: str, report: dict) -> list[str]:
    """One line of figures; returns the categories below their goals."""
    got = scores(report)
    goals = GOALS[form_factor]
    marks = {name: "" if got[name] >= goals[name] else " ✗" for name in CATEGORIES}
    figures = "  ".join(f"{name} {got[name]:>3}/{goals[name]}{marks[name]:<2}" for name in CATEGORIES)
    print(f"  {form_factor:<7} /{address:<42} {figures}  {metrics(report)}")
    return [f"/{address} {form_factor} {name} {got[name]} < {goals[name]}" for name in CATEGORIES if marks[name]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", nargs="*", default=PAGES, help="addresses below the site root (default: the main pages)")
    arguments = parser.parse_args()
    if not LIGHTHOUSE.exists():
        print("Lighthouse er ikke installeret: kør `make lighthouse` (eller `make bench`, som gør det).", file=sys.stderr)
        return 1
    quiet()
    below: list[str] = []
    goals = "mobile performance 98, desktop 100, the rest 100"
    print(f"Lighthouse 12.2.3 with Debian's chromium, {os.cpu_count()} cores (goals: {goals}):")
    with tempfile.TemporaryDirectory(prefix="mentorguiden-bench-") as scratch:
        site = Path(scratch) / "site"
        build_site(site)
        with serve_under_sub_path(site, SUB_PATH, compress=True) as base_url:
            for address in [page.lstrip("/") for page in arguments.pages]:
                for form_factor in GOALS:
                    below += print_row(address, form_factor, run_lighthouse(base_url + address, form_factor))
    print(f"  below a goal: {', '.join(below) if below else 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
