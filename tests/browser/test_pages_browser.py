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
from helpers.browser import (
    DESKTOP,
    PHONE,
    axe_violations,
    page_visits,
    problems_of_the_loaded_page,
)
from playwright.sync_api import Page

pytestmark = pytest.mark.browser


CHUNKS = 4


def _pages(site, language: str, chunk: int) -> list[str]:
    """Every page of one language, in ``CHUNKS`` interleaved parts, so that pytest-xdist can share them out."""
    paths = [
        path for path in (page_url_path(site, page) for page in site_pages(site)) if path.startswith("en/") == (language == "en")
    ]
    assert len(paths) >= 25
    return paths[chunk::CHUNKS]


@pytest.mark.parametrize("chunk", range(CHUNKS))
@pytest.mark.parametrize("language", ["da", "en"])
def test_every_page_loads_only_from_the_site_sets_no_cookies_and_passes_axe(site, base_url, browser, language, chunk):
    """Each page is loaded once (one after another in the same page: helpers.browser.Visits), and axe runs at desktop and phone width."""
    problems = []
    with page_visits(browser, with_axe=True) as visits:
        for path in _pages(site, language, chunk):
            watched = visits.visit(base_url + path, wait_until="load")
            problems += [f"/{path}: {problem}" for problem in problems_of_the_loaded_page(visits.page, watched, base_url)]
    assert not problems, "\n".join(problems)


# What a phone shows, for the resize in axe_violations_on_both_screens to stand in for a load on a phone.
_LAYOUT = """() => ['.md-header__button[for=__drawer]', '.md-sidebar--primary', '.md-sidebar--secondary',
  '.md-search', '.md-header__topic', '.md-select', '.md-nav--primary', '.md-content', '.md-footer']
  .map(selector => {
    const element = document.querySelector(selector);
    if (!element) return [selector, null];
    const style = getComputedStyle(element), box = element.getBoundingClientRect();
    return [selector, style.display, style.visibility, style.position, Math.round(box.width), Math.round(box.left)];
  })"""


@pytest.fixture(scope="module")
def phone_visits(browser):
    """One page at phone width, led from address to address (helpers.browser.Visits): each load is a load on a phone."""
    with page_visits(browser, PHONE) as visits:
        yield visits


@pytest.mark.parametrize("path", ["virksomheder/kompensation/", "en/mentoraftale/"])
def test_a_page_resized_to_a_phone_has_the_layout_of_a_page_loaded_on_a_phone(base_url, phone_visits, visits, path):
    assert visits.viewport == DESKTOP
    phone_visits.visit(base_url + path, wait_until="load")
    loaded_on_phone = phone_visits.page.evaluate(_LAYOUT)
    visits.visit(base_url + path, wait_until="load")
    at_desktop = visits.page.evaluate(_LAYOUT)
    visits.page.set_viewport_size(PHONE)
    resized = visits.page.evaluate(_LAYOUT)
    assert resized == loaded_on_phone
    assert at_desktop != loaded_on_phone, "the layout check would pass for any width"


@pytest.mark.parametrize("path", ["", "en/"])
def test_no_accessibility_violations_with_search_and_language_menu_open(base_url, visits, path):
    visits.visit(base_url + path)
    page = visits.page
    page.locator(".md-select").first.hover()
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("mentor")
    page.wait_for_timeout(300)
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def test_the_404_page_is_accessible_and_bilingual(base_url, visits):
    visits.visit(base_url + "404.html")
    page = visits.page
    assert page.locator("html").get_attribute("lang") == "da"
    assert page.locator("[lang=en]", has_text="Page not found").count() == 1
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def _switch_language(page: Page, language: str) -> None:
    page.locator(".md-select").first.hover()
    page.locator(f"a.md-select__link[hreflang={language}]").click()
    page.wait_for_load_state("load")


# One page of each kind: the front page, a guidance page, and the generated
# pages (contact, agreement, a checklist, glossary). That every page's
# switcher links to its own translation is checked on every page of the
# built HTML (tests/site/test_site_pages.py::
# test_language_switcher_points_to_the_same_page_in_the_other_language);
# here the visitor's click follows it.
SWITCHER_PAGES = [
    "",
    "virksomheder/kompensation/",
    "kontakt/",
    "mentoraftale/",
    "tjeklister/for-praktikstart/",
    "viden/ordliste/",
]


def test_language_switcher_leads_to_the_same_page_in_the_other_language(site, base_url, visits):
    danish_paths = {page_url_path(site, page) for page in site_pages(site)}
    assert set(SWITCHER_PAGES) <= danish_paths
    for danish_path in SWITCHER_PAGES:
        visits.visit(base_url + danish_path, wait_until="load")
        page = visits.page
        _switch_language(page, "en")
        assert page.url == base_url + "en/" + danish_path
        assert page.locator("html").get_attribute("lang") == "en"
        _switch_language(page, "da")
        assert page.url == base_url + danish_path
        assert page.locator("html").get_attribute("lang") == "da"


def test_language_switcher_works_with_the_keyboard(base_url, visits):
    visits.visit(base_url + "kontakt/", wait_until="load")
    page = visits.page
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
def test_a_short_page_prints_on_one_a4_sheet_without_site_chrome(base_url, visits, path):
    visits.visit(base_url + path)
    page = visits.page
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.md-search']
        .map(selector => document.querySelector(selector))
        .filter(element => element && getComputedStyle(element).display !== 'none')
        .map(element => element.className)""")
    pdf = page.pdf(format="A4", print_background=False)
    assert hidden == [], f"visible when printed: {hidden}"
    assert pdf_page_count(pdf) == 1


@pytest.mark.parametrize("path", ["viden/regler/", "en/viden/regler/"])
def test_sources_are_printed(base_url, visits, path):
    visits.visit(base_url + path)
    page = visits.page
    page.emulate_media(media="print")
    assert page.locator(".mg-sources").is_visible()
    assert page.locator(".mg-sources__url").first.is_visible()
    assert page.locator(".mg-sources__reviewed").is_visible()
