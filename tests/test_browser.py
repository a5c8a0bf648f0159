"""What a visitor's browser does with the built site, in Debian's headless Chromium.

The site is served under a sub-path (/mentorguiden/), as on GitHub Pages, from
127.0.0.1. Every page of both languages must load with no request to another
host, no failed request, no cookie, and no axe-core violation (WCAG 2.0, 2.1
and 2.2 A/AA rules plus axe's best practices) on a desktop and a phone
screen; the language switcher must lead to the same page in the other
language.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, Page

from conftest import page_url_path, site_pages

pytestmark = pytest.mark.browser

AXE_SCRIPT = Path(axe_playwright_python.__file__).with_name("axe.min.js")
# WCAG 2.1 AA is the law (EN 301 549); 2.2 and best practice cost nothing extra here.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
def all_page_paths(site: Path) -> list[str]:
    return [page_url_path(site, page) for page in site_pages(site)]


def load_and_watch(browser: Browser, url: str, viewport: dict = DESKTOP) -> tuple[Page, list[str], list[str]]:
    """Open ``url`` in a fresh context; return the page, every request URL and every failure."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    requests: list[str] = []
    failures: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("requestfailed", lambda request: failures.append(f"{request.url} ({request.failure})"))
    page.on("response", lambda response: response.status >= 400 and failures.append(
        f"{response.url} (HTTP {response.status})"))
    page.goto(url, wait_until="networkidle")
    return page, requests, failures


def axe_violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


def test_pages_load_only_from_the_site_itself_and_set_no_cookies(site, base_url, browser):
    own_origin = urlsplit(base_url).netloc
    problems = []
    for path in all_page_paths(site):
        page, requests, failures = load_and_watch(browser, base_url + path)
        foreign = [url for url in requests if urlsplit(url).netloc not in (own_origin, "")]
        cookies = page.context.cookies()
        document_cookie = page.evaluate("document.cookie")
        if foreign:
            problems.append(f"/{path}: requests to other hosts: {foreign}")
        if failures:
            problems.append(f"/{path}: failed requests: {failures}")
        if cookies or document_cookie:
            problems.append(f"/{path}: cookies: {cookies or document_cookie}")
        assert len(requests) > 1, "the page should at least load its stylesheet and scripts"
        page.context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_accessibility_violations_on_any_page(site, base_url, browser, viewport):
    problems = []
    for path in all_page_paths(site):
        page, _, _ = load_and_watch(browser, base_url + path, viewport)
        problems += [f"/{path}: {violation}" for violation in axe_violations(page)]
        page.context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", ["", "en/"])
def test_no_accessibility_violations_with_search_and_language_menu_open(base_url, browser, path):
    page, _, _ = load_and_watch(browser, base_url + path)
    page.locator(".md-select").first.hover()
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("mentor")
    page.wait_for_timeout(300)
    violations = axe_violations(page)
    page.context.close()
    assert not violations, "\n".join(violations)


def test_the_404_page_is_accessible_and_bilingual(base_url, browser):
    page, _, _ = load_and_watch(browser, base_url + "404.html")
    assert page.locator("html").get_attribute("lang") == "da"
    assert page.locator("[lang=en]", has_text="Page not found").count() == 1
    violations = axe_violations(page)
    page.context.close()
    assert not violations, "\n".join(violations)


def _switch_language(page: Page, language: str) -> None:
    page.locator(".md-select").first.hover()
    page.locator(f"a.md-select__link[hreflang={language}]").click()
    page.wait_for_load_state("load")


def test_language_switcher_leads_to_the_same_page_in_the_other_language(site, base_url, browser):
    context = browser.new_context()
    page = context.new_page()
    for path in all_page_paths(site):
        danish_path = path.removeprefix("en/")
        page.goto(base_url + danish_path)
        _switch_language(page, "en")
        assert page.url == base_url + "en/" + danish_path
        assert page.locator("html").get_attribute("lang") == "en"
        _switch_language(page, "da")
        assert page.url == base_url + danish_path
        assert page.locator("html").get_attribute("lang") == "da"
    context.close()


def pdf_page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)\b", pdf))


@pytest.mark.parametrize("path", ["kontakt/", "en/kontakt/"])
def test_a_short_page_prints_on_one_a4_sheet_without_site_chrome(base_url, browser, path):
    page, _, _ = load_and_watch(browser, base_url + path)
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.md-search']
        .map(selector => document.querySelector(selector))
        .filter(element => element && getComputedStyle(element).display !== 'none')
        .map(element => element.className)""")
    pdf = page.pdf(format="A4", print_background=False)
    page.context.close()
    assert hidden == [], f"visible when printed: {hidden}"
    assert pdf_page_count(pdf) == 1


def test_language_switcher_works_with_the_keyboard(base_url, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "kontakt/")
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
    context.close()
