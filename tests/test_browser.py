"""What a visitor's browser does with the built site, in Debian's headless Chromium.

The site is served under a sub-path (/mentorguiden/), as on GitHub Pages, from
127.0.0.1. Every page of both languages must load with no request to another
host, no failed request, no cookie, and no axe-core violation (WCAG 2.0, 2.1
and 2.2 A/AA rules plus axe's best practices) on a desktop and a phone
screen; the language switcher must lead to the same page in the other
language.
"""

from __future__ import annotations

import functools
import re
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from conftest import SUB_PATH, page_url_path, site_pages

pytestmark = pytest.mark.browser

AXE_SCRIPT = Path(axe_playwright_python.__file__).with_name("axe.min.js")
# WCAG 2.1 AA is the law (EN 301 549); 2.2 and best practice cost nothing extra here.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not path:
        pytest.fail("Debian's chromium is not installed. Run the tests with `make test`, which installs it.")
    return path


class _SubPathHandler(SimpleHTTPRequestHandler):
    """Serve the site folder at SUB_PATH and nothing else."""

    def translate_path(self, path: str) -> str:
        request_path = urlsplit(path).path
        if not request_path.startswith(SUB_PATH):
            return str(Path(self.directory) / "__outside_sub_path__")
        return super().translate_path("/" + request_path[len(SUB_PATH):])

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site: Path):
    handler = functools.partial(_SubPathHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


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


# --- Glossary definitions: hover, keyboard focus, Escape and tap (WCAG 1.4.13) ---

FIRST_TERM = ".mg-term >> nth=0"


def tooltip_of(page, term):
    return page.locator(f"#{term.locator('.mg-term__link').get_attribute('aria-describedby')}")


@pytest.mark.parametrize("path", ["", "en/"])
def test_definition_shows_on_hover_stays_over_itself_and_escape_hides_it(base_url, browser, path):
    page, _, _ = load_and_watch(browser, base_url + path)
    term = page.locator(FIRST_TERM)
    tip = tooltip_of(page, term)
    assert tip.is_hidden()

    term.locator(".mg-term__link").hover()
    assert tip.is_visible()
    assert tip.get_attribute("role") == "tooltip"
    tip.hover()  # the pointer can move onto the definition without it vanishing
    assert tip.is_visible()
    violations = axe_violations(page)
    page.keyboard.press("Escape")
    assert tip.is_hidden(), "Escape should hide the definition"
    page.mouse.move(0, 0)
    term.locator(".mg-term__link").hover()
    assert tip.is_visible(), "the definition comes back on the next hover"
    page.context.close()
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("path", ["", "en/"])
def test_definition_shows_on_keyboard_focus_and_escape_hides_it(base_url, browser, path):
    page, _, _ = load_and_watch(browser, base_url + path)
    term = page.locator(FIRST_TERM)
    link = term.locator(".mg-term__link")
    tip = tooltip_of(page, term)
    page.mouse.move(0, 0)
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('mg-term__link')"):
            break
    assert link.evaluate("element => element === document.activeElement"), "Tab never reached a glossary term"
    assert tip.is_visible()
    description = page.evaluate(
        "() => document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent")
    assert description == tip.text_content() and len(description) > 20
    page.keyboard.press("Escape")
    assert tip.is_hidden()
    assert link.evaluate("element => element === document.activeElement"), "Escape must not move focus"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert tip.is_visible(), "the definition comes back when the term gets focus again"
    page.context.close()


def test_a_tap_on_a_phone_shows_the_definition_and_a_second_tap_opens_the_glossary(base_url, browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(base_url, wait_until="networkidle")
    term = page.locator(FIRST_TERM)
    link = term.locator(".mg-term__link")
    tip = tooltip_of(page, term)
    term_id = term.get_attribute("data-mg-term")

    link.tap()
    assert page.url == base_url
    assert tip.is_visible()
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], "the definition runs off the screen"
    violations = axe_violations(page)

    link.tap()
    page.wait_for_url(base_url + f"viden/ordliste/#{term_id}")
    context.close()
    assert not violations, "\n".join(violations)


def test_without_javascript_the_term_leads_to_its_glossary_entry(base_url, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "en/", wait_until="networkidle")
    term = page.locator(FIRST_TERM)
    term_id = term.get_attribute("data-mg-term")
    term.locator(".mg-term__link").click()
    page.wait_for_url(base_url + f"en/viden/ordliste/#{term_id}")
    assert page.locator(f"dt#{term_id}").is_visible()
    context.close()


@pytest.mark.parametrize("path", ["viden/regler/", "en/viden/regler/"])
def test_sources_are_printed(base_url, browser, path):
    page, _, _ = load_and_watch(browser, base_url + path)
    page.emulate_media(media="print")
    assert page.locator(".mg-sources").is_visible()
    assert page.locator(".mg-sources__url").first.is_visible()
    assert page.locator(".mg-sources__reviewed").is_visible()
    page.context.close()
