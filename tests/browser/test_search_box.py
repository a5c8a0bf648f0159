"""The real search box of the built site in Chromium (served under /mentorguiden/), on a Danish and an English page.

The queries are in tests/search_cases.yml; they are typed key by key and the
results read from the page (tests/helpers/search_ui.py).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import pytest
from helpers.browser import open_page
from helpers.search_ui import load_cases, open_search, result_pages, search, search_each
from playwright.sync_api import Page

# One worker types every query of a language once (the search_page fixture) for all the tests.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("search_box")]

LANGUAGE_ROOTS = {"da": "", "en": "en/"}


OTHER_LANGUAGE_QUERIES = 15
"""How many of the other language's queries are also typed on each page."""


@dataclass
class SearchPage:
    language: str
    page: Page
    root: str
    results: dict[str, list[str]]
    """Each query typed on this page (its own language's cases, then some of the other's) → the result links."""


SEARCH_PAGES = 3
"""Pages of a language whose search boxes are typed into side by side (helpers.search_ui.search_each)."""


@pytest.fixture(scope="module", params=["da", "en"])
def search_page(request, browser, base_url):
    """One page per language (and two more to share the typing); every query is typed once, and the tests read the results."""
    language = request.param
    other = "en" if language == "da" else "da"
    cases = load_cases()
    queries = [case["query"] for case in cases[language] + cases[other][:OTHER_LANGUAGE_QUERIES]]
    address = base_url + LANGUAGE_ROOTS[language] + "virksomheder/"
    with contextlib.ExitStack() as pages:
        opened = [pages.enter_context(open_page(browser, address))[0] for _ in range(SEARCH_PAGES)]
        for page in opened:
            open_search(page)
        # The whole query at once (one search each); test_no_missing_word_note_... types key by key.
        results = search_each(opened, list(dict.fromkeys(queries)))
        yield SearchPage(language, opened[0], base_url + LANGUAGE_ROOTS[language], results)


def test_each_query_finds_its_page_in_the_top_three(search_page):
    cases = load_cases()[search_page.language]
    assert len(cases) >= (30 if search_page.language == "da" else 10)
    misses = []
    for case in cases:
        top = result_pages(search_page.results[case["query"]], search_page.root)[:3]
        if case["page"] not in top:
            misses.append(f"{case['query']!r}: expected {case['page']}, got {top}")
    assert not misses, f"{len(misses)} of {len(cases)} {search_page.language} queries missed:\n" + "\n".join(misses)


def test_results_are_only_in_the_pages_language(search_page, base_url):
    """Every query typed on the page, the other language's too: Danish words appear on English pages and the reverse."""
    english_root = base_url + "en/"
    other = "en" if search_page.language == "da" else "da"
    assert set(search_page.results) >= {case["query"] for case in load_cases()[other][:OTHER_LANGUAGE_QUERIES]}
    wrong, found = [], 0
    for query, links in search_page.results.items():
        found += len(links)
        for link in links:
            if link.startswith(english_root) != (search_page.language == "en"):
                wrong.append(f"{query!r}: {link}")
    assert found, "no results at all: the check would pass for nothing"
    assert not wrong, f"results in the wrong language on a {search_page.language} page:\n" + "\n".join(wrong[:20])


def test_no_missing_word_note_for_a_word_found_in_another_form(search_page):
    """Material notes "Mangler: laver" when no indexed word starts with the typed word; indexed words are stemmed."""
    query = {"da": "hvad laver mentoren", "en": "mentors agreements"}[search_page.language]
    links, _ = search(search_page.page, query)
    assert links, f"{query!r} found nothing"
    notes = search_page.page.eval_on_selector_all(".md-search-result__terms", "notes => notes.map(note => note.textContent)")
    assert not notes, f"{query!r}: found pages still say these words are missing: {notes[:3]}"
