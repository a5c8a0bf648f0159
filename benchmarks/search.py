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

import yaml
from mkdocs.config import load_config
from playwright.sync_api import sync_playwright
from timing import CONFIG_FILE, ROOT, build_once, default_options, quiet

from mentorguiden.browser import QUIET_CHROMIUM_FLAGS, chromium_path, open_search, search, serve_under_sub_path
from mentorguiden.mkdocs_glue import use_build_options

CASES_FILE = ROOT / "tests" / "search_cases.yml"
"""The queries the search tests use (read as data; nothing is imported from tests/)."""
SUB_PATH = "/mentorguiden/"


def load_cases() -> dict[str, list[dict]]:
    return yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))


LANGUAGE_ROOTS = {"da": "", "en": "en/"}


def index_sizes(site: Path) -> None:
    print("Search index per language:")
    for language, root in LANGUAGE_ROOTS.items():
        data = (site / root / "search" / "search_index.json").read_bytes()
        print(
            f"  {language}: {len(data):>8,} bytes   {len(gzip.compress(data, 9)):>7,} bytes gzip   "
            f"({root or '/'}search/search_index.json)"
        )


def keystroke_to_results(site: Path, rounds: int) -> None:
    cases = load_cases()
    print(f"Last keystroke → rendered results ({rounds} round(s) over tests/search_cases.yml, Chromium):")
    with serve_under_sub_path(site, SUB_PATH) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=QUIET_CHROMIUM_FLAGS)
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
                print(
                    f"  {language}: median {statistics.median(times):6.1f} ms   90th percentile {p90:6.1f} ms   "
                    f"({len(times)} queries)"
                )
        finally:
            browser.close()


def build_site(site: Path) -> None:
    config = load_config(str(CONFIG_FILE), site_dir=str(site), strict=True)
    use_build_options(config, default_options())
    build_once(config)


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
