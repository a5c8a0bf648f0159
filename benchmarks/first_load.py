"""What each page fetches before the reader does anything, gzip-compressed, against the goal of 100 KB.

Builds the site once (both languages, strict) into a temporary folder,
serves it on 127.0.0.1 under /mentorguiden/, and opens every page in
Debian's headless Chromium with the browser cache off, so each page counts
as a first visit. Everything the page fetches until the network has been
quiet for 500 ms (HTML, stylesheets, scripts, fonts, images, and the search
worker and index if they load) is summed, each response gzip-compressed
(level 6, what a server sends). The local server does not compress, so the
compression is done here. Prints the largest page, the worst pages, and
every page with its figure. Asserts nothing.

    .venv/bin/python benchmarks/first_load.py [--all]
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, Response, sync_playwright
from search import SUB_PATH, build_site
from timing import quiet

from mentorguiden.browser import QUIET_CHROMIUM_FLAGS, chromium_path, serve_under_sub_path

GOAL_BYTES = 100 * 1024
WORST = 8


def page_addresses(site: Path) -> list[str]:
    """Every page of the built site as an address below the site root (``""``, ``kontakt/``, ``en/``)."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        relative = index.parent.relative_to(site).as_posix()
        pages.append("" if relative == "." else relative + "/")
    return pages


def first_load(page: Page, url: str) -> dict[str, int]:
    """Each address the page fetched while loading → its size, gzip-compressed."""
    responses: list[Response] = []

    def note(response: Response) -> None:
        responses.append(response)

    page.on("response", note)
    try:
        page.goto(url, wait_until="networkidle")
    finally:
        page.remove_listener("response", note)
    sizes: dict[str, int] = {}
    for response in responses:
        try:
            body = response.body()
        except Exception:  # a redirect or an aborted request has no body
            continue
        sizes[response.url] = len(gzip.compress(body, 6))
    return sizes


def measure(site: Path) -> dict[str, dict[str, int]]:
    with serve_under_sub_path(site, SUB_PATH) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=QUIET_CHROMIUM_FLAGS)
        try:
            loads = {}
            for address in page_addresses(site):
                # A context of its own per page: nothing cached, as on a first visit.
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                try:
                    loads[address] = first_load(context.new_page(), base_url + address)
                finally:
                    context.close()
            return loads
        finally:
            browser.close()


def report(loads: dict[str, dict[str, int]], show_all: bool) -> None:
    totals = {address: sum(sizes.values()) for address, sizes in loads.items()}
    worst = sorted(totals, key=lambda address: -totals[address])
    over = [address for address in worst if totals[address] > GOAL_BYTES]
    largest = worst[0]
    print(
        f"First load (everything fetched before any interaction, gzip), {len(totals)} pages, goal ≤ {GOAL_BYTES / 1024:.0f} KB:"
    )
    verdict = "ok" if not over else f"{len(over)} page(s) over the goal"
    print(f"  largest: /{largest} {totals[largest] / 1024:.1f} KB   ({verdict})")
    print(f"  the {min(WORST, len(worst))} largest pages:")
    for address in worst[:WORST]:
        files = sorted(loads[address].items(), key=lambda item: -item[1])[:3]
        biggest = ", ".join(f"{url.rsplit('/', 1)[-1] or url} {size / 1024:.1f}" for url, size in files)
        print(f"    /{address:<45} {totals[address] / 1024:6.1f} KB  ({len(loads[address])} requests; largest: {biggest})")
    if show_all:
        print(f"  /{largest} in full:")
        for url, size in sorted(loads[largest].items(), key=lambda item: -item[1]):
            print(f"    {size / 1024:6.1f} KB  {url}")
        print("  every page:")
        for address in sorted(totals):
            print(f"    /{address:<45} {totals[address] / 1024:6.1f} KB")
    searched = [address for address, sizes in loads.items() if any("search_index.json" in url for url in sizes)]
    print(f"  pages that load the search index before use: {len(searched)} (goal 0)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="print every page's figure, not only the largest")
    arguments = parser.parse_args()
    quiet()
    with tempfile.TemporaryDirectory(prefix="mentorguiden-bench-") as scratch:
        site = Path(scratch) / "site"
        build_site(site)
        report(measure(site), arguments.all)
    return 0


if __name__ == "__main__":
    sys.exit(main())
