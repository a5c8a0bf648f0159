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
from mentorguiden.agreement.pdf import pdf_pages_text

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


# --- The mentor agreement form (/mentoraftale/) ----------------------------------
#
# The page prints to A4 as the form alone, with the signatures on one sheet;
# what a consultant types is on the printout; typing sends nothing and stores
# nothing; without JavaScript the page still prints as a blank form.

AGREEMENT_PATHS = {"da": "mentoraftale/", "en": "en/mentoraftale/"}
# A4 minus the 15 mm side margins of mentorguiden.css, at 96 px per inch.
A4_CONTENT_WIDTH = round((210 - 30) / 25.4 * 96)
SCREEN_ONLY = {
    "da": ["Til virksomheder", "Hvorfor en mentor", "Indholdsfortegnelse", "Rediger denne side",
           "Hent som Word", "Udfyld på skærmen", "Send ikke CPR-nummer med almindelig e-mail"],
    "en": ["For companies", "Why a mentor", "Table of contents", "Edit this page",
           "Download as Word", "Fill in on screen", "Do not send CPR numbers by ordinary e-mail"],
}
SIGNATURES = {"da": ("14. Underskrifter", r"\bUnderskrift\b", r"\bNavn\b"),
              "en": ("14. Signatures", r"\bSignature\b", r"\bName\b")}
# Recorded by an init script before any page script runs.
WATCH_STORAGE = """
window.__mgWrites = [];
for (const name of ['setItem', 'removeItem', 'clear']) {
  const original = Storage.prototype[name];
  Storage.prototype[name] = function (...args) {
    window.__mgWrites.push(name + ' ' + args.join(' '));
    return original.apply(this, args);
  };
}
const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
Object.defineProperty(document, 'cookie', {
  get() { return cookie.get.call(document); },
  set(value) { window.__mgWrites.push('cookie ' + value); cookie.set.call(document, value); },
});
const openDatabase = indexedDB.open.bind(indexedDB);
indexedDB.open = (...args) => { window.__mgWrites.push('indexedDB ' + args[0]); return openDatabase(...args); };
"""


def open_form(browser, url: str, **context_options):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **context_options)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return page


def printed_pages(page) -> list[str]:
    return [" ".join(text.split()) for text in pdf_pages_text(page.pdf(format="A4", prefer_css_page_size=True))]


@pytest.mark.parametrize("language", ["da", "en"])
def test_form_prints_on_a4_without_overflow_chrome_or_split_signatures(base_url, browser, language):
    page = open_form(browser, base_url + AGREEMENT_PATHS[language])
    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_CONTENT_WIDTH, "height": 1100})
    overflowing = page.evaluate("""() => [document.documentElement, ...document.querySelectorAll(
            '.mg-fields, .mg-field, .mg-signatures, .mg-signature, .mg-agreement-meta')]
        .filter(element => element.scrollWidth > element.clientWidth + 1)
        .map(element => element.className || element.tagName)""")
    pages = printed_pages(page)
    page.context.close()

    assert overflowing == [], f"wider than an A4 sheet: {overflowing}"
    text = " ".join(pages)
    leaked = [phrase for phrase in SCREEN_ONLY[language] if phrase in text]
    assert leaked == [], f"site chrome or screen-only text on paper: {leaked}"
    assert 2 <= len(pages) <= 8
    heading, signature, name = SIGNATURES[language]
    signature_pages = [number for number, text in enumerate(pages) if heading in text]
    assert len(signature_pages) == 1
    sheet = pages[signature_pages[0]]
    assert len(re.findall(signature, sheet)) == 4, "all four signature blocks on the same sheet"
    assert len(re.findall(name, sheet)) == 4


def test_typed_text_is_printed_and_nothing_is_sent_or_stored(base_url, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(WATCH_STORAGE)
    page = context.new_page()
    page.goto(base_url + AGREEMENT_PATHS["da"], wait_until="networkidle")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.evaluate("window.__mgWrites = []")

    goal_lines = [f"Delmål nummer {number}: møde til tiden og tale med kollegerne" for number in range(1, 9)]
    page.locator("#mg-felt-borger-navn").press_sequentially("Testperson Ærøskøbing")
    page.locator("#mg-felt-mentor-navn").fill("Mette Mentorsen")
    page.locator("#mg-felt-startdato").fill("01.12.2026")
    page.locator("#mg-felt-timer-pr-uge").fill("5")
    page.locator("#mg-felt-maal").fill("\n".join(goal_lines))
    page.locator("#mg-felt-ud-over-det-saedvanlige").check()
    page.locator("#mg-felt-underskrift-mentor-navn").fill("Mette Mentorsen")
    page.keyboard.press("Enter")

    text = " ".join(printed_pages(page))
    writes = page.evaluate("window.__mgWrites")
    stored = page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]")
    cookies = context.cookies()
    context.close()

    for typed in ["Testperson Ærøskøbing", "Mette Mentorsen", "01.12.2026", *goal_lines]:
        assert typed in text, f"typed text missing on paper: {typed}"
    assert requests == [], f"typing or printing made requests: {requests}"
    assert writes == [], f"typing or printing wrote to storage: {writes}"
    assert stored == [0, 0, ""] and cookies == []


def test_typed_text_grows_the_writing_lines(base_url, browser):
    page = open_form(browser, base_url + AGREEMENT_PATHS["en"])
    field = page.locator("#mg-felt-delmaal")
    before = field.bounding_box()["height"]
    field.fill("\n".join(f"Line {number}" for number in range(1, 9)))
    after = field.bounding_box()["height"]
    scrolls = page.evaluate("element => element.scrollHeight > element.clientHeight + 1", field.element_handle())
    page.context.close()
    assert after > before * 1.8
    assert not scrolls


@pytest.mark.parametrize("language", ["da", "en"])
def test_without_javascript_the_page_prints_as_a_blank_form(base_url, browser, language):
    page = open_form(browser, base_url + AGREEMENT_PATHS[language], java_script_enabled=False)
    button_visible = page.locator("[data-mg-print]").is_visible()
    inputs = page.locator(".mg-agreement-section input, .mg-agreement-section textarea").count()
    text = " ".join(printed_pages(page))
    page.context.close()
    assert not button_visible, "no print button that does nothing"
    assert inputs > 40
    goal = "Målet med mentorstøtten" if language == "da" else "Goal of the mentor support"
    assert goal in text
    assert SIGNATURES[language][0] in text


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
