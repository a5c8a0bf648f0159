"""How big each language's search index is, and how fast results appear. Prints figures; asserts nothing.

Builds the site once (both languages, strict) into a temporary folder and
prints, per language, the size of search/search_index.json in bytes and
gzip-compressed (what a visitor downloads when the server compresses). Then
serves the site on 127.0.0.1 under /mentorguiden/, opens one Danish and one
English page in Debian's headless Chromium, types every query of
tests/search_cases.yml into the real search box and prints the median (and
90th percentile) time from the last keystroke to the last change of the
rendered result list.

    .venv/bin/python benchmarks/search.py [--rounds N]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from timing import CONFIG_FILE, ROOT, quiet

sys.path.insert(0, str(ROOT / "tests"))

from playwright.sync_api import sync_playwright  # noqa: E402

from conftest import CHROMIUM_FLAGS, chromium_path, serve_site  # noqa: E402
from search_ui import load_cases, open_search, search  # noqa: E402

LANGUAGE_ROOTS = {"da": "", "en": "en/"}


def index_sizes(site: Path) -> None:
    print("Search index per language:")
    for language, root in LANGUAGE_ROOTS.items():
        data = (site / root / "search" / "search_index.json").read_bytes()
        print(f"  {language}: {len(data):>8,} bytes   {len(gzip.compress(data, 9)):>7,} bytes gzip   "
              f"({root or '/'}search/search_index.json)")


def keystroke_to_results(site: Path, rounds: int) -> None:
    cases = load_cases()
    print(f"Last keystroke → rendered results ({rounds} round(s) over tests/search_cases.yml, Chromium):")
    with serve_site(site) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        try:
            for language, root in LANGUAGE_ROOTS.items():
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(base_url + root + "virksomheder/", wait_until="networkidle")
                open_search(page)
                search(page, "mentor")  # warm-up: the worker builds its index on first use
                times = []
                for _ in range(rounds):
                    for case in cases[language]:
                        _, elapsed = search(page, case["query"])
                        if elapsed > 0:
                            times.append(elapsed)
                page.close()
                times.sort()
                p90 = times[int(0.9 * (len(times) - 1))]
                print(f"  {language}: median {statistics.median(times):6.1f} ms   90th percentile {p90:6.1f} ms   "
                      f"({len(times)} queries)")
        finally:
            browser.close()


def build_site(site: Path) -> None:
    config = load_config(str(CONFIG_FILE), site_dir=str(site), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1)
    arguments = parser.parse_args()
    quiet()
    with tempfile.TemporaryDirectory(prefix="mentorguiden-bench-") as scratch:
        site = Path(scratch) / "site"
        build_site(site)
        index_sizes(site)
        keystroke_to_results(site, arguments.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
