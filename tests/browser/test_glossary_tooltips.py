"""Glossary definitions in headless Chromium: hover, keyboard focus, Escape and tap (WCAG 1.4.13)."""

from __future__ import annotations

import pytest
from helpers.browser import PHONE, axe_violations, open_page

pytestmark = pytest.mark.browser

FIRST_TERM = ".mg-term >> nth=0"


def tooltip_of(page, term):
    return page.locator(f"#{term.locator('.mg-term__link').get_attribute('aria-describedby')}")


@pytest.mark.parametrize("path", ["", "en/"])
def test_definition_shows_on_hover_stays_over_itself_and_escape_hides_it(base_url, visits, path):
    visits.visit(base_url + path, wait_until="load")
    page = visits.page
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
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("path", ["", "en/"])
def test_definition_shows_on_keyboard_focus_and_escape_hides_it(base_url, visits, path):
    visits.visit(base_url + path, wait_until="load")
    page = visits.page
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
        "() => document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent"
    )
    assert description == tip.text_content() and len(description) > 20
    page.keyboard.press("Escape")
    assert tip.is_hidden()
    assert link.evaluate("element => element === document.activeElement"), "Escape must not move focus"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert tip.is_visible(), "the definition comes back when the term gets focus again"


def test_a_tap_on_a_phone_shows_the_definition_and_a_second_tap_opens_the_glossary(base_url, browser):
    with open_page(browser, base_url, PHONE, has_touch=True, is_mobile=True, wait_until="load") as (page, _):
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
    assert not violations, "\n".join(violations)


def test_without_javascript_the_term_leads_to_its_glossary_entry(base_url, browser):
    with open_page(browser, base_url + "en/", java_script_enabled=False, wait_until="load") as (page, _):
        term = page.locator(FIRST_TERM)
        term_id = term.get_attribute("data-mg-term")
        term.locator(".mg-term__link").click()
        page.wait_for_url(base_url + f"en/viden/ordliste/#{term_id}")
        assert page.locator(f"dt#{term_id}").is_visible()
