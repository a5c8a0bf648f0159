"""What a visitor's browser does with every page of the built site, in Debian's headless Chromium.

The site is served under a sub-path (/mentorguiden/), as on GitHub Pages, from
127.0.0.1. Every page of both languages must load with no request to another
host, no failed request, no cookie, and no axe-core violation (WCAG 2.0, 2.1
and 2.2 A/AA rules plus axe's best practices) on a desktop and a phone
screen; the language switcher must lead to the same page in the other
language.
"""

from __future__ import annotations

import re

import pytest
from conftest import page_url_path, site_pages
from helpers.browser import DESKTOP, PHONE, axe_violations, foreign_requests, open_page
from playwright.sync_api import Page

pytestmark = pytest.mark.browser


# Split by language as well as by screen, so that pytest-xdist can share the four quarters between its workers.
@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_page_loads_only_from_the_site_sets_no_cookies_and_passes_axe(site, base_url, browser, viewport, language):
    problems = []
    pages = [
        path for path in (page_url_path(site, page) for page in site_pages(site)) if path.startswith("en/") == (language == "en")
    ]
    assert len(pages) >= 25
    for path in pages:
        with open_page(browser, base_url + path, viewport) as (page, watched):
            cookies = page.context.cookies()
            document_cookie = page.evaluate("document.cookie")
            violations = axe_violations(page)
        if foreign := foreign_requests(watched.requests, base_url):
            problems.append(f"/{path}: requests to other hosts: {foreign}")
        if watched.failures:
            problems.append(f"/{path}: failed requests: {watched.failures}")
        if cookies or document_cookie:
            problems.append(f"/{path}: cookies: {cookies or document_cookie}")
        if len(watched.requests) <= 1:
            problems.append(f"/{path}: the page should at least load its stylesheet and scripts")
        problems += [f"/{path}: {violation}" for violation in violations]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", ["", "en/"])
def test_no_accessibility_violations_with_search_and_language_menu_open(base_url, browser, path):
    with open_page(browser, base_url + path) as (page, _):
        page.locator(".md-select").first.hover()
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").fill("mentor")
        page.wait_for_timeout(300)
        violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def test_the_404_page_is_accessible_and_bilingual(base_url, browser):
    with open_page(browser, base_url + "404.html") as (page, _):
        assert page.locator("html").get_attribute("lang") == "da"
        assert page.locator("[lang=en]", has_text="Page not found").count() == 1
        violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def _switch_language(page: Page, language: str) -> None:
    page.locator(".md-select").first.hover()
    page.locator(f"a.md-select__link[hreflang={language}]").click()
    page.wait_for_load_state("load")


def test_language_switcher_leads_to_the_same_page_in_the_other_language(site, base_url, browser):
    danish_paths = [path for path in (page_url_path(site, page) for page in site_pages(site)) if not path.startswith("en/")]
    assert len(danish_paths) >= 25
    with open_page(browser) as (page, _):
        for danish_path in danish_paths:
            page.goto(base_url + danish_path)
            _switch_language(page, "en")
            assert page.url == base_url + "en/" + danish_path
            assert page.locator("html").get_attribute("lang") == "en"
            _switch_language(page, "da")
            assert page.url == base_url + danish_path
            assert page.locator("html").get_attribute("lang") == "da"


def test_language_switcher_works_with_the_keyboard(base_url, browser):
    with open_page(browser, base_url + "kontakt/", wait_until="load") as (page, _):
        page.locator(".md-select button").first.focus()
        focused = None
        for _ in range(4):
            page.keyboard.press("Tab")
            focused = page.evaluate("document.activeElement.getAttribute('hreflang')")
            if focused == "en":
                break
        assert focused == "en", "Tab from the language button should reach the English link"
        assert page.locator("a.md-select__link[hreflang=en]").is_visible()
        page.keyboard.press("Enter")
        page.wait_for_url(base_url + "en/kontakt/")


def pdf_page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)\b", pdf))


@pytest.mark.parametrize("path", ["kontakt/", "en/kontakt/"])
def test_a_short_page_prints_on_one_a4_sheet_without_site_chrome(base_url, browser, path):
    with open_page(browser, base_url + path) as (page, _):
        page.emulate_media(media="print")
        hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.md-search']
            .map(selector => document.querySelector(selector))
            .filter(element => element && getComputedStyle(element).display !== 'none')
            .map(element => element.className)""")
        pdf = page.pdf(format="A4", print_background=False)
    assert hidden == [], f"visible when printed: {hidden}"
    assert pdf_page_count(pdf) == 1


@pytest.mark.parametrize("path", ["viden/regler/", "en/viden/regler/"])
def test_sources_are_printed(base_url, browser, path):
    with open_page(browser, base_url + path) as (page, _):
        page.emulate_media(media="print")
        assert page.locator(".mg-sources").is_visible()
        assert page.locator(".mg-sources__url").first.is_visible()
        assert page.locator(".mg-sources__reviewed").is_visible()
