"""Checklists in headless Chromium: ticking on screen, and printing on A4.

Each checklist is printed to an A4 PDF (as a visitor's browser would, with
the site's @page rules): one sheet for up to 15 items, nothing wider than
the page, no menu or footer on paper, and the municipality's name on it.
"""

from __future__ import annotations

import io
import re

import pytest
from helpers.browser import open_page, page_visits, serve_site
from helpers.builds import ROOT
from helpers.edited_copy import FIFTEEN
from pypdf import PdfReader

from mentorguiden.checklists.model import load_checklists
from mentorguiden.profile.model import load_profile
from mentorguiden.site import item_providers

pytestmark = pytest.mark.browser

CHECKLISTS = {checklist.id: checklist for checklist in load_checklists(ROOT, item_providers())}
PROFILE = load_profile(ROOT)
# Roughly the printable width of A4 with the site's margins, so layout matches paper.
A4_VIEWPORT = {"width": 680, "height": 960}
CHROME_TEXT = {
    "da": [
        "Forside",
        "Til virksomheder",
        "Til jobcentre og konsulenter",
        "Om siden",
        "Tilgængelighedserklæring",
        "Rediger denne side",
        "Søg",
        "Læs mere",
    ],
    "en": [
        "Home",
        "For companies",
        "For job centres and consultants",
        "About this site",
        "Accessibility statement",
        "Edit this page",
        "Search",
        "Read more",
    ],
}


PRINT_BUTTON = {"da": re.compile(r"\bUdskriv\b"), "en": re.compile(r"\bPrint\b(?!ed)")}


def print_to_pdf(page) -> tuple[PdfReader, str]:
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True, print_background=False)))
    text = "\n".join(sheet.extract_text() for sheet in reader.pages)
    return reader, text


def horizontal_overflow(page) -> list[str]:
    """With print styles on, the document and every checklist fit their width."""
    page.emulate_media(media="print")
    return page.evaluate("""() => [document.documentElement, ...document.querySelectorAll('.mg-checklist, .mg-checklist *')]
        .filter(element => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible'
                           || element === document.documentElement && element.scrollWidth > element.clientWidth)
        .map(element => (element.id || element.className || element.tagName) + ': ' + element.scrollWidth + ' > ' + element.clientWidth)""")


@pytest.fixture(scope="module")
def a4_visits(browser):
    """One page at A4 width for the checklists, visited one after another (helpers.browser.Visits)."""
    with page_visits(browser, A4_VIEWPORT) as visits:
        yield visits


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("checklist_id", sorted(CHECKLISTS))
def test_checklist_prints_on_one_a4_sheet_without_site_chrome(base_url, a4_visits, checklist_id, lang):
    checklist = CHECKLISTS[checklist_id]
    a4_visits.visit(f"{base_url}{'en/' if lang == 'en' else ''}tjeklister/{checklist_id}/", wait_until="load")
    overflow = horizontal_overflow(a4_visits.page)
    reader, text = print_to_pdf(a4_visits.page)

    assert overflow == []
    assert len(reader.pages) == 1
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4 in points
    assert reader.pages[0].mediabox.height == pytest.approx(841.9, abs=1)
    flat = " ".join(text.split())
    assert PROFILE.municipality in flat and PROFILE.phone in flat
    assert checklist.title[lang] in flat
    assert "1 / 1" in flat, "page numbers"
    assert re.search(r"\d\d\.\d\d\.\d{4}", flat), "the date printed"
    assert f"tjeklister/{checklist_id}/" in flat, "the page's address"
    squashed = re.sub(r"\s+", "", text)  # PDF text breaks lines anywhere, even after a hyphen
    for item in checklist.items:
        assert re.sub(r"\s+", "", item.text[lang]) in squashed
    present = [label for label in CHROME_TEXT[lang] if label in flat]
    assert present == [], f"site chrome on paper: {present}"
    assert not PRINT_BUTTON[lang].search(flat)


def test_print_all_puts_each_checklist_on_its_own_sheet(base_url, a4_visits):
    a4_visits.visit(base_url + "tjeklister/alle/", wait_until="load")
    reader, _ = print_to_pdf(a4_visits.page)
    assert len(reader.pages) == len(CHECKLISTS)
    for sheet, checklist in zip(reader.pages, CHECKLISTS.values(), strict=True):
        text = " ".join(sheet.extract_text().split())
        assert checklist.title.da in text
        assert PROFILE.municipality in text and PROFILE.phone in text, "every sheet says who it is from"
        assert "tjeklister/alle/" in text


def test_boxes_print_empty_even_when_ticked(base_url, a4_visits):
    a4_visits.visit(base_url + "tjeklister/opfoelgning/", wait_until="load")
    page = a4_visits.page
    page.locator(".mg-checklist__label").first.click()
    page.emulate_media(media="print")
    box = page.locator(".mg-checklist__box").first
    style = box.evaluate("""box => { const s = getComputedStyle(box);
        return [box.checked, s.appearance, s.borderTopStyle, s.borderRadius, s.width === s.height]; }""")
    assert style == [True, "none", "solid", "0px", True]


def test_checkboxes_tick_with_mouse_and_keyboard_and_nothing_is_kept(base_url, browser):
    with open_page(browser, base_url + "en/tjeklister/for-praktikstart/") as (page, watched):
        boxes = page.locator("input.mg-checklist__box")
        assert boxes.count() == len(CHECKLISTS["for-praktikstart"].items)
        before = len(watched.requests)

        page.get_by_text(CHECKLISTS["for-praktikstart"].items[0].text.en).click()  # the label
        boxes.nth(1).focus()
        page.keyboard.press("Space")
        page.keyboard.press("Tab")
        page.keyboard.press("Space")
        checked = [boxes.nth(index).is_checked() for index in range(4)]
        storage = page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]")
        page.wait_for_timeout(200)
        after = len(watched.requests)
        page.reload(wait_until="networkidle")
        after_reload = [boxes.nth(index).is_checked() for index in range(4)]

    assert checked == [True, True, True, False]
    assert storage == [0, 0, ""]
    assert after == before, "ticking must not send anything"
    assert after_reload == [False] * 4


def test_print_button_opens_the_print_dialog(base_url, visits):
    visits.visit(base_url + "tjeklister/synlighed/", wait_until="load")
    page = visits.page
    page.evaluate("window.print = () => { window.__printed = true; }")
    page.get_by_role("button", name="Udskriv").click()
    printed = page.evaluate("window.__printed === true")
    assert printed


# --- The worst case: 15 items with help texts (in the edited copy, conftest.edited_site) ---


@pytest.mark.xdist_group("edited_copy")
@pytest.mark.parametrize("prefix", ["", "en/"])
def test_fifteen_items_with_help_texts_fit_one_sheet(edited_site, browser, prefix):
    with (
        serve_site(edited_site) as url,
        open_page(browser, f"{url}{prefix}tjeklister/{FIFTEEN}/", A4_VIEWPORT, wait_until="load") as (page, _),
    ):
        assert page.locator("input.mg-checklist__box").count() == 15
        reader, text = print_to_pdf(page)
    assert len(reader.pages) == 1
    squashed = re.sub(r"\s+", "", text)
    language = "en" if prefix else "da"
    last = {"da": "Punkt 15 er en lang sætning", "en": "Item 15 is a long sentence"}[language]
    assert re.sub(r"\s+", "", last) in squashed, "the fifteenth item is on the sheet"
