"""Nothing moves when a page's scripts run: the page is laid out as the script will leave it (no layout shift).

With JavaScript on (overrides/main.html sets ``mg-js`` in the head, before
the first paint), steps.css, decision-aid.css and mentorguiden.css lay out
the step guide, the decision aid and the print button as their scripts
leave them. Each page is loaded once with the script held back (the state
before it has run) and once with it; the watched elements must be in the
same place. Desktop width: Lighthouse counts every move as a layout shift.
"""

from __future__ import annotations

import pytest
from helpers.browser import open_page

pytestmark = pytest.mark.browser

BOXES = """selector => [...document.querySelectorAll(selector)].map(element => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.top), Math.round(box.height)];
})"""

CASES = {
    "step guide": ("virksomheder/trin-for-trin/", "steps.js", ".mg-steps__list, .mg-steps__step:first-child .mg-steps__title"),
    "company check": ("virksomheder/kan-vi-faa-en-mentor/", "decision-aid.js", ".mg-decision > section:first-of-type"),
    "consultants' check": (
        "en/konsulenter/mentorstoette-ja-eller-nej/",
        "decision-aid.js",
        ".mg-decision > section:first-of-type",
    ),
    "print button": ("tjeklister/bevilling/", "mentorguiden.js", ".mg-print-button-row, .mg-checklist"),
}


def boxes(browser, url: str, selector: str, hold_back: str | None) -> list[list[int]]:
    with open_page(browser, wait_until="load") as (page, _):
        if hold_back:
            page.route(f"**/assets/javascripts/{hold_back}", lambda route: route.abort())
        page.goto(url, wait_until="load")
        found: list[list[int]] = page.evaluate(BOXES, selector)
    assert found, f"nothing matches {selector} on {url}"
    return found


@pytest.mark.parametrize("case", CASES)
def test_the_page_does_not_move_when_its_script_runs(browser, base_url, case):
    path, script, selector = CASES[case]
    before = boxes(browser, base_url + path, selector, hold_back=script)
    after = boxes(browser, base_url + path, selector, hold_back=None)
    assert after == before, f"{case}: [top, height] before {script} ran {before}, after {after}"
