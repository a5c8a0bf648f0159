"""The search test cases and reading what the site's search box shows; typing is mentorguiden.browser's.

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

from mentorguiden.browser import (  # noqa: F401 (open_search, search: the one implementation, also for benchmarks/search.py)
    SEARCH_INPUT,
    SEARCH_RESULT_LINKS,
    SETTLED_ONE_SEARCH_MS,
    open_search,
    search,
    wait_until_settled,
)

CASES_FILE = Path(__file__).resolve().parents[1] / "search_cases.yml"


def load_cases() -> dict[str, list[dict]]:
    """``{"da": [{"query": ..., "page": ...}, ...], "en": [...]}``."""
    return yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))


def result_pages(links: list[str], language_root: str) -> list[str]:
    """Distinct pages, in result order, as addresses below ``language_root`` (``kontakt/``)."""
    pages: list[str] = []
    root_path = urlsplit(language_root).path
    for link in links:
        path = urlsplit(link).path
        page = path[len(root_path) :] if path.startswith(root_path) else path
        if page not in pages:
            pages.append(page)
    return pages


def search_each(pages: list[Page], queries: list[str]) -> dict[str, list[str]]:
    """The result links of each query, as ``search(page, query, key_by_key=False)`` gives them, on several pages at once.

    ``pages`` are open on the same address with search started (``open_search``).
    Most of a search's time is the wait for its result list to stay quiet
    (``SETTLED_ONE_SEARCH_MS``); the pages wait side by side: one query is
    put into each page's box, then each page's list is waited for and read,
    in the same steps as ``search`` takes on one page.
    """
    results: dict[str, list[str]] = {}
    for start in range(0, len(queries), len(pages)):
        batch = list(zip(pages, queries[start : start + len(pages)], strict=False))
        for page, query in batch:
            box = page.locator(SEARCH_INPUT)
            box.fill("")
            box.fill(query)
            box.press("End")
        for page, query in batch:
            wait_until_settled(page, SETTLED_ONE_SEARCH_MS)
            results[query] = page.eval_on_selector_all(SEARCH_RESULT_LINKS, "links => links.map(link => link.href)")
    return results
