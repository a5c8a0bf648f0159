"""The real search box of the built site in Chromium (served under /mentorguiden/), on a Danish and an English page.

The queries are in tests/search_cases.yml; they are typed key by key and the
results read from the page (tests/helpers/search_ui.py).
"""

from __future__ import annotations

import pytest
from helpers.browser import open_page
from helpers.search_ui import load_cases, open_search, result_pages, search

LANGUAGE_ROOTS = {"da": "", "en": "en/"}


@pytest.fixture(scope="module", params=["da", "en"])
def search_page(request, browser, base_url):
    language = request.param
    with open_page(browser, base_url + LANGUAGE_ROOTS[language] + "virksomheder/") as (page, _):
        open_search(page)
        yield language, page, base_url + LANGUAGE_ROOTS[language]


@pytest.mark.browser
def test_each_query_finds_its_page_in_the_top_three(search_page):
    language, page, root = search_page
    cases = load_cases()[language]
    assert len(cases) >= (30 if language == "da" else 10)
    misses = []
    for case in cases:
        links, _ = search(page, case["query"])
        top = result_pages(links, root)[:3]
        if case["page"] not in top:
            misses.append(f"{case['query']!r}: expected {case['page']}, got {top}")
    assert not misses, f"{len(misses)} of {len(cases)} {language} queries missed:\n" + "\n".join(misses)


@pytest.mark.browser
def test_results_are_only_in_the_pages_language(search_page, base_url):
    """The other language's queries too: Danish words appear on English pages and the reverse."""
    language, page, _root = search_page
    english_root = base_url + "en/"
    other = "en" if language == "da" else "da"
    wrong, found = [], 0
    for case in load_cases()[other][:15] + load_cases()[language][:5]:
        links, _ = search(page, case["query"])
        found += len(links)
        for link in links:
            if link.startswith(english_root) != (language == "en"):
                wrong.append(f"{case['query']!r}: {link}")
    assert found, "no results at all: the check would pass for nothing"
    assert not wrong, f"results in the wrong language on a {language} page:\n" + "\n".join(wrong[:20])


@pytest.mark.browser
def test_no_missing_word_note_for_a_word_found_in_another_form(search_page):
    """Material notes "Mangler: laver" when no indexed word starts with the typed word; indexed words are stemmed."""
    language, page, _ = search_page
    query = {"da": "hvad laver mentoren", "en": "mentors agreements"}[language]
    links, _ = search(page, query)
    assert links, f"{query!r} found nothing"
    notes = page.eval_on_selector_all(".md-search-result__terms", "notes => notes.map(note => note.textContent)")
    assert not notes, f"{query!r}: found pages still say these words are missing: {notes[:3]}"
