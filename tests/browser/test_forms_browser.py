"""The forms (/mentoraftale/, /kompensationsaftale/, /timeseddel/, /blanketter/) in headless Chromium.

Each form prints to A4 as the form alone, within its sheets, with the
signatures on one sheet; what a consultant types is on the printout; typing
sends nothing and stores nothing; the timesheet sums its hours; the set page
copies a name typed once to every form; without JavaScript the page still
prints as a blank form. (axe runs on every page in test_pages_browser.py.)
"""

from __future__ import annotations

import re

import pytest
from helpers.browser import open_page, page_visits

from mentorguiden.forms.pdf import pdf_pages_text

pytestmark = pytest.mark.browser

AGREEMENT_PATHS = {"da": "mentoraftale/", "en": "en/mentoraftale/"}
FORM_SHEETS = {"mentoraftale": (3, 4), "kompensationsaftale": (2, 2), "timeseddel": (1, 2)}
"""Each form's sheet limit (``hoejst_ark``) and its parties who sign."""


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
    "da": ("Underskrifter", r"\bUnderskrift\b", r"\bNavn\b"),
    "en": ("Signatures", r"\bSignature\b", r"\bName\b"),
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


@pytest.mark.parametrize("form_id", FORM_SHEETS)
@pytest.mark.parametrize("language", ["da", "en"])
def test_form_prints_on_a4_within_its_sheets_without_overflow_chrome_or_split_signatures(base_url, visits, form_id, language):
    path = f"{'en/' if language == 'en' else ''}{form_id}/"
    visits.visit(base_url + path, wait_until="load")
    page = visits.page
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
    sheets, parties = FORM_SHEETS[form_id]
    assert 1 <= len(pages) <= sheets, f"{form_id} prints on {len(pages)} sheets"
    heading, signature, name = SIGNATURES[language]
    signature_pages = [number for number, text in enumerate(pages) if re.search(rf"\d+\. {heading}", text)]
    assert len(signature_pages) == 1
    sheet = pages[signature_pages[0]]
    assert len(re.findall(signature, sheet)) == parties, "all signature blocks on the same sheet"
    assert len(re.findall(name, sheet)) >= parties


def test_typed_text_is_printed_and_nothing_is_sent_or_stored(base_url, browser):
    with open_page(browser, base_url + AGREEMENT_PATHS["da"], init_script=WATCH_STORAGE) as (page, _):
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.evaluate("window.__mgWrites = []")

        goal_lines = [f"Delmål nummer {number}: møde til tiden og tale med kollegerne" for number in range(1, 6)]
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


def test_typed_text_grows_the_writing_lines(base_url, visits):
    visits.visit(base_url + AGREEMENT_PATHS["en"], wait_until="load")
    page = visits.page
    field = page.locator("#mg-felt-aendringer")
    before = field.bounding_box()["height"]
    field.fill("\n".join(f"Line {number}" for number in range(1, 9)))
    after = field.bounding_box()["height"]
    scrolls = page.evaluate("element => element.scrollHeight > element.clientHeight + 1", field.element_handle())
    assert after > before * 1.8
    assert not scrolls


@pytest.fixture(scope="module")
def visits_without_javascript(browser):
    """One page with JavaScript off, for both languages (helpers.browser.Visits)."""
    with page_visits(browser, java_script_enabled=False) as visits:
        yield visits


@pytest.mark.parametrize("language", ["da", "en"])
def test_without_javascript_the_page_prints_as_a_blank_form(base_url, visits_without_javascript, language):
    visits_without_javascript.visit(base_url + AGREEMENT_PATHS[language], wait_until="load")
    page = visits_without_javascript.page
    button_visible = page.locator("[data-mg-print]").is_visible()
    inputs = page.locator(".mg-form-section input, .mg-form-section textarea").count()
    text = " ".join(printed_pages(page))
    assert not button_visible, "no print button that does nothing"
    assert inputs > 25
    goal = "Målet med mentorstøtten" if language == "da" else "Goal of the mentor support"
    assert goal in text
    assert SIGNATURES[language][0] in text


def test_timesheet_sums_the_hours_as_they_are_typed_and_prints_the_sum(base_url, browser):
    with open_page(browser, base_url + "timeseddel/", init_script=WATCH_STORAGE) as (page, _):
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.evaluate("window.__mgWrites = []")
        hours = page.locator("input[data-mg-hours]")
        hours.nth(0).fill("2,5")
        hours.nth(1).fill("3")
        hours.nth(2).fill("ikke et tal")
        page.get_by_label("Det gjorde mentoren (få ord), dag 1", exact=True).fill("Oplæring i kassen")
        total = page.locator("[data-mg-hours-sum]").text_content()
        text = " ".join(printed_pages(page))
        writes = page.evaluate("window.__mgWrites")
        stored = page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]")
    assert total == "5,5"
    assert "Timer i alt 5,5" in text and "Oplæring i kassen" in text
    assert "helbred" in text, "the printed reminder never to write health details"
    assert requests == [] and writes == [] and stored == [0, 0, ""]


@pytest.mark.parametrize("language", ["da", "en"])
def test_set_page_copies_names_typed_once_to_every_form_and_prints_each_form_on_new_sheets(base_url, browser, language):
    path = f"{'en/' if language == 'en' else ''}blanketter/"
    with open_page(browser, base_url + path, init_script=WATCH_STORAGE) as (page, _):
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.evaluate("window.__mgWrites = []")
        page.locator("#mg-faelles-borger-navn").fill("Testperson Ærøskøbing")
        page.locator("#mg-faelles-mentor-navn").fill("Mette Mentorsen")
        copied = page.locator('input[data-mg-shared="borger-navn"]').evaluate_all("inputs => inputs.map(i => i.value)")
        pages = printed_pages(page)
        writes = page.evaluate("window.__mgWrites")
        stored = page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]")
    assert copied == ["Testperson Ærøskøbing"] * 3, "the citizen's name on all three forms"
    assert " ".join(pages).count("Mette Mentorsen") == 3
    assert len(pages) <= sum(sheets for sheets, _ in FORM_SHEETS.values()) + 1
    assert requests == [] and writes == [] and stored == [0, 0, ""]
