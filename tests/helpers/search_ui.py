"""Typing into the site's real search box and reading what it shows; shared by tests and benchmarks/search.py.

A query is typed key by key into ``input.md-search__input``, as a visitor
would. Material renders results as they come from the worker; the results
count as rendered when the result list has not changed for a while. The time
from the last keystroke (keydown) to the last change of the list is
measured in the page with ``performance.now()``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import Page

CASES_FILE = Path(__file__).resolve().parents[1] / "search_cases.yml"
SEARCH_INPUT = "input.md-search__input"
RESULT_LINKS = ".md-search-result__item > a"
SETTLED_MS = 200
TIMEOUT_MS = 10_000

_WATCH = """() => {
  if (window.__searchWatch) return;
  const watch = window.__searchWatch = {key: 0, change: 0};
  document.querySelector('%s').addEventListener('keydown', () => { watch.key = performance.now(); });
  new MutationObserver(() => { watch.change = performance.now(); })
    .observe(document.querySelector('.md-search-result'), {childList: true, subtree: true, characterData: true});
}""" % SEARCH_INPUT


def load_cases() -> dict[str, list[dict]]:
    """``{"da": [{"query": ..., "page": ...}, ...], "en": [...]}``."""
    return yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))


def open_search(page: Page) -> None:
    """Focus the search box (it opens the search dialog) and start watching the results."""
    page.locator(SEARCH_INPUT).click()
    page.evaluate(_WATCH)


def search(page: Page, query: str) -> tuple[list[str], float]:
    """Type ``query`` into the cleared search box; return the result links and ms from last key to rendered."""
    box = page.locator(SEARCH_INPUT)
    box.fill("")
    _wait_until_settled(page)
    box.type(query)
    _wait_until_settled(page)
    links = page.eval_on_selector_all(RESULT_LINKS, "links => links.map(link => link.href)")
    elapsed = page.evaluate("() => Math.max(0, window.__searchWatch.change - window.__searchWatch.key)")
    return links, elapsed


def result_pages(links: list[str], language_root: str) -> list[str]:
    """Distinct pages, in result order, as addresses below ``language_root`` (``kontakt/``)."""
    pages: list[str] = []
    root_path = urlsplit(language_root).path
    for link in links:
        path = urlsplit(link).path
        page = path[len(root_path):] if path.startswith(root_path) else path
        if page not in pages:
            pages.append(page)
    return pages


def _wait_until_settled(page: Page) -> None:
    page.wait_for_function(
        "settled => performance.now() - Math.max(window.__searchWatch.change, window.__searchWatch.key) > settled",
        arg=SETTLED_MS, timeout=TIMEOUT_MS, polling=50,
    )
