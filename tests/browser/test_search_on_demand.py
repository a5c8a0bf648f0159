"""Search loads on first use: no search worker or index request before the visitor touches the search box.

overrides/assets/javascripts/search-on-demand.js holds Material's worker and
its index request back until the search box is focused or clicked, or a
keyboard shortcut opens it; a page opened from a search result (?h=) needs
the index for highlighting and loads it at once. tests/browser/test_search_box.py
checks that the results are still right.
"""

from __future__ import annotations

import pytest
from helpers.browser import open_page
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

LANGUAGE_ROOTS = {"da": "", "en": "en/"}
SEARCH_READY = "() => window.mentorguidenSearch.ready"


def search_requests(requests: list[str]) -> list[str]:
    return [url for url in requests if "search_index.json" in url or "/workers/" in url]


def settle(page: Page) -> None:
    """Give a request that would start without a reason the time to show up."""
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("language", LANGUAGE_ROOTS)
def test_nothing_of_search_loads_until_the_box_is_focused(browser, base_url, language):
    with open_page(browser, base_url + LANGUAGE_ROOTS[language] + "virksomheder/", wait_until="load") as (page, watched):
        settle(page)
        assert search_requests(watched.requests) == []
        page.focus("input.md-search__input")
        page.wait_for_function(SEARCH_READY)
        loaded = search_requests(watched.requests)
    assert any(url.endswith(f"/mentorguiden/{LANGUAGE_ROOTS[language]}search/search_index.json") for url in loaded), loaded
    assert any("/workers/mentorguiden-search.js" in url for url in loaded), loaded
    assert watched.failures == []


def test_the_keyboard_shortcut_starts_search(browser, base_url):
    with open_page(browser, base_url + "viden/", wait_until="load") as (page, watched):
        settle(page)
        page.keyboard.press("/")
        page.wait_for_function(SEARCH_READY)
        assert search_requests(watched.requests)


def test_typing_in_a_form_field_does_not_start_search(browser, base_url):
    with open_page(browser, base_url + "mentoraftale/", wait_until="load") as (page, watched):
        settle(page)
        page.locator("input.mg-input").first.type("fs/")
        settle(page)
        assert search_requests(watched.requests) == []


def test_a_page_opened_from_a_result_loads_the_index_and_highlights(browser, base_url):
    with open_page(browser, base_url + "virksomheder/kompensation/?h=kompensation", wait_until="load") as (page, watched):
        page.wait_for_function(SEARCH_READY)
        page.wait_for_selector("article mark")
        assert search_requests(watched.requests)
