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

from mentorguiden.browser import open_search, search  # noqa: F401 (the one implementation, also for benchmarks/search.py)

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
