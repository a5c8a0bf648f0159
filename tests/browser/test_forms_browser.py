"""The mentor agreement form (/mentoraftale/) in headless Chromium.

The page prints to A4 as the form alone, with the signatures on one sheet;
what a consultant types is on the printout; typing sends nothing and stores
nothing; without JavaScript the page still prints as a blank form.
"""

from __future__ import annotations

import re

import pytest
from helpers.browser import open_page

from mentorguiden.forms.pdf import pdf_pages_text

pytestmark = pytest.mark.browser

AGREEMENT_PATHS = {"da": "mentoraftale/", "en": "en/mentoraftale/"}


A4_CONTENT_WIDTH = round((210 - 30) / 25.4 * 96)


SCREEN_ONLY = {
    "da": [
        "Til virksomheder",
        "Hvorfor en mentor",
        "Indholdsfortegnelse",
        "Rediger denne side",
        "Hent som Word",
        "Udfyld på skærmen",
        "Send ikke CPR-nummer med almindelig e-mail",
    ],
    "en": [
        "For companies",
        "Why a mentor",
        "Table of contents",
        "Edit this page",
        "Download as Word",
        "Fill in on screen",
        "Do not send CPR numbers by ordinary e-mail",
    ],
}


SIGNATURES = {
    "da": ("14. Underskrifter", r"\bUnderskrift\b", r"\bNavn\b"),
    "en": ("14. Signatures", r"\bSignature\b", r"\bName\b"),
}


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


def printed_pages(page) -> list[str]:
    return [" ".join(text.split()) for text in pdf_pages_text(page.pdf(format="A4", prefer_css_page_size=True))]


@pytest.mark.parametrize("language", ["da", "en"])
def test_form_prints_on_a4_without_overflow_chrome_or_split_signatures(base_url, browser, language):
    with open_page(browser, base_url + AGREEMENT_PATHS[language], wait_until="load") as (page, _):
        page.emulate_media(media="print")
        page.set_viewport_size({"width": A4_CONTENT_WIDTH, "height": 1100})
        overflowing = page.evaluate("""() => [document.documentElement, ...document.querySelectorAll(
                '.mg-fields, .mg-field, .mg-signatures, .mg-signature, .mg-form-meta')]
            .filter(element => element.scrollWidth > element.clientWidth + 1)
            .map(element => element.className || element.tagName)""")
        pages = printed_pages(page)

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
    with open_page(browser, base_url + AGREEMENT_PATHS["da"], init_script=WATCH_STORAGE) as (page, _):
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
        cookies = page.context.cookies()

    for typed in ["Testperson Ærøskøbing", "Mette Mentorsen", "01.12.2026", *goal_lines]:
        assert typed in text, f"typed text missing on paper: {typed}"
    assert requests == [], f"typing or printing made requests: {requests}"
    assert writes == [], f"typing or printing wrote to storage: {writes}"
    assert stored == [0, 0, ""] and cookies == []


def test_typed_text_grows_the_writing_lines(base_url, browser):
    with open_page(browser, base_url + AGREEMENT_PATHS["en"], wait_until="load") as (page, _):
        field = page.locator("#mg-felt-delmaal")
        before = field.bounding_box()["height"]
        field.fill("\n".join(f"Line {number}" for number in range(1, 9)))
        after = field.bounding_box()["height"]
        scrolls = page.evaluate("element => element.scrollHeight > element.clientHeight + 1", field.element_handle())
    assert after > before * 1.8
    assert not scrolls


@pytest.mark.parametrize("language", ["da", "en"])
def test_without_javascript_the_page_prints_as_a_blank_form(base_url, browser, language):
    with open_page(browser, base_url + AGREEMENT_PATHS[language], java_script_enabled=False, wait_until="load") as (page, _):
        button_visible = page.locator("[data-mg-print]").is_visible()
        inputs = page.locator(".mg-form-section input, .mg-form-section textarea").count()
        text = " ".join(printed_pages(page))
    assert not button_visible, "no print button that does nothing"
    assert inputs > 40
    goal = "Målet med mentorstøtten" if language == "da" else "Goal of the mentor support"
    assert goal in text
    assert SIGNATURES[language][0] in text
