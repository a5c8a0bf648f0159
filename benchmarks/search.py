"""How big each language's search index is, and how fast results appear. Prints figures; asserts nothing.

Builds the site once (both languages, strict) into a temporary folder and
prints, per language, the size of search/search_index.json in bytes and
gzip-compressed (what a visitor downloads when the server compresses). Then
serves the site on 127.0.0.1 under /mentorguiden/, opens one Danish and one
English page in Debian's headless Chromium, types every query of
tests/search_cases.yml into the real search box and prints the median (and
90th percentile) time from the last keystroke to the last change of the
rendered result list. Search loads on first use
(overrides/assets/javascripts/search-on-demand.js), so it also prints, on
fresh pages, the time from the first keystroke of a first query (typed
straight after clicking the box) to its results, the index load included.

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


FIRST_QUERY = "mentor"
FIRST_QUERY_ROUNDS = 5
_NOTE_FIRST_KEY = """() => {
  const box = document.querySelector('input.md-search__input');
  box.addEventListener('keydown', () => { window.__searchWatch.first ??= performance.now(); });
}"""


def first_query_with_index_load(site: Path) -> None:
    """First keystroke → results of the first query on a fresh page, while the index still loads."""
    print(f"First query on a fresh page, first keystroke → results, index load included ({FIRST_QUERY_ROUNDS} pages each):")
    with serve_under_sub_path(site, SUB_PATH) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=QUIET_CHROMIUM_FLAGS)
        try:
            for language, root in LANGUAGE_ROOTS.items():
                times = []
                for _ in range(FIRST_QUERY_ROUNDS):
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    page = context.new_page()
                    page.goto(base_url + root + "virksomheder/", wait_until="networkidle")
                    open_search(page, wait_for_index=False)
                    page.evaluate(_NOTE_FIRST_KEY)
                    links, _ = search(page, FIRST_QUERY)
                    if links:
                        times.append(page.evaluate("() => window.__searchWatch.change - window.__searchWatch.first"))
                    context.close()
                found = f"median {statistics.median(times):6.1f} ms, slowest {max(times):6.1f} ms" if times else "no results!"
                print(f"  {language}: {found}   ({len(times)} of {FIRST_QUERY_ROUNDS} found results for {FIRST_QUERY!r})")
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
        first_query_with_index_load(site)
    return 0


if __name__ == "__main__":
    sys.exit(main())
