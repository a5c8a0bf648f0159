"""The step-by-step guide in headless Chromium: steps open and close by keyboard, "show all", axe, and no JavaScript.

steps.js turns each step's heading text into a button (aria-expanded,
aria-controls) inside the h2 and hides the step's content; without
JavaScript every step stays open and readable. A link to a step (#trin-<id>,
from the box on a guidance page) opens that step.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers.browser import axe_violations_on_both_screens, open_page, page_visits
from helpers.builds import ROOT

from mentorguiden.rules import load_register
from mentorguiden.steps.model import load_step_guide

pytestmark = pytest.mark.browser

GUIDE = load_step_guide(ROOT, load_register(ROOT), today=dt.date.today())
PATH = {"da": "virksomheder/trin-for-trin/", "en": "en/virksomheder/trin-for-trin/"}
SHOW_ALL = {"da": ("Vis alle trin", "Skjul alle trin"), "en": ("Show all steps", "Hide all steps")}
TOGGLE = ".mg-steps__toggle"
PANEL = ".mg-steps__panel"


@pytest.fixture(scope="module")
def guide_visits(browser):
    with page_visits(browser, with_axe=True) as visits:
        yield visits


def open_guide(visits, base_url: str, lang: str, fragment: str = ""):
    visits.visit(base_url + PATH[lang] + fragment, wait_until="load")
    page = visits.page
    page.wait_for_selector(f"{TOGGLE}[aria-expanded]")
    return page


def expanded(page) -> list[bool]:
    return page.eval_on_selector_all(TOGGLE, "buttons => buttons.map(b => b.getAttribute('aria-expanded') === 'true')")


def panels_shown(page) -> list[bool]:
    return page.eval_on_selector_all(PANEL, "panels => panels.map(p => !p.hidden && p.offsetHeight > 0)")


def panels_rendered(page) -> list[bool]:
    """Whether each step's content takes up room, whatever its hidden attribute says (print shows them all)."""
    return page.eval_on_selector_all(PANEL, "panels => panels.map(p => p.offsetHeight > 0)")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_step_opens_and_closes_by_keyboard_and_stays_a_heading(guide_visits, base_url, lang):
    page = open_guide(guide_visits, base_url, lang)
    count = len(GUIDE.steps)
    assert expanded(page) == [False] * count and panels_shown(page) == [False] * count
    first = GUIDE.steps[0]
    heading = page.get_by_role("heading", level=2, name=first.title[lang])
    button = heading.get_by_role("button")
    assert button.get_attribute("aria-controls") == f"trin-{first.id}-indhold"
    button.focus()
    page.keyboard.press("Enter")
    assert expanded(page) == [True] + [False] * (count - 1)
    assert panels_shown(page)[0] and page.locator(f"#trin-{first.id}-indhold").is_visible()
    page.keyboard.press("Space")
    assert expanded(page) == [False] * count and not page.locator(f"#trin-{first.id}-indhold").is_visible()
    # The next step is one Tab away: the content of a closed step is skipped.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == f"trin-{GUIDE.steps[1].id}-indhold"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_show_all_opens_and_closes_every_step(guide_visits, base_url, lang):
    page = open_guide(guide_visits, base_url, lang)
    show, hide = SHOW_ALL[lang]
    button = page.get_by_role("button", name=show)
    assert button.get_attribute("aria-expanded") == "false"
    button.focus()
    page.keyboard.press("Enter")
    count = len(GUIDE.steps)
    assert expanded(page) == [True] * count and panels_shown(page) == [True] * count
    button = page.get_by_role("button", name=hide)
    assert button.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Enter")
    assert expanded(page) == [False] * count
    assert page.get_by_role("button", name=show).is_visible()


def test_opening_every_step_one_by_one_turns_show_all_into_hide_all(guide_visits, base_url):
    page = open_guide(guide_visits, base_url, "da")
    for toggle in page.locator(TOGGLE).all():
        toggle.click()
    assert page.get_by_role("button", name=SHOW_ALL["da"][1]).is_visible()


def test_a_link_to_a_step_opens_that_step(guide_visits, base_url):
    target = GUIDE.steps[6]
    page = open_guide(guide_visits, base_url, "en", f"#trin-{target.id}")
    assert expanded(page) == [step.id == target.id for step in GUIDE.steps]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_axe_finds_nothing_collapsed_and_expanded_on_desktop_and_phone(guide_visits, base_url, lang):
    page = open_guide(guide_visits, base_url, lang)
    collapsed = axe_violations_on_both_screens(page)
    page.get_by_role("button", name=SHOW_ALL[lang][0]).click()
    opened = axe_violations_on_both_screens(page)
    assert collapsed == [] and opened == [], {"collapsed": collapsed, "expanded": opened}
    overflow = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
    assert not overflow, "the guide is wider than a phone"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_without_javascript_every_step_is_readable(browser, base_url, lang):
    with open_page(browser, base_url + PATH[lang], wait_until="load", java_script_enabled=False) as (page, _):
        assert page.locator(TOGGLE).count() == 0 and page.locator(".mg-steps__show-all").count() == 0
        assert panels_shown(page) == [True] * len(GUIDE.steps)
        for step in GUIDE.steps:
            assert page.get_by_role("heading", level=2, name=step.title[lang]).is_visible()
            assert page.locator(f"#trin-{step.id}-indhold").inner_text().strip()


def test_every_step_is_printed_even_when_closed(guide_visits, base_url):
    page = open_guide(guide_visits, base_url, "da")
    assert expanded(page) == [False] * len(GUIDE.steps)
    assert panels_rendered(page) == [False] * len(GUIDE.steps)
    page.emulate_media(media="print")
    assert panels_rendered(page) == [True] * len(GUIDE.steps)
    assert not page.get_by_role("button", name=SHOW_ALL["da"][0]).is_visible()
