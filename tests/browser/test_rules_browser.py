"""The review notice in Chromium: a site built before a rule's review date, opened after it.

The site is built once (in this process, no PDF) as if it were 2026-12-01,
with one checklist citing a rule so that a checklist page carries its
"Regler" line too. The browser's clock is set with Playwright's clock API.
"""

from __future__ import annotations

import datetime

import pytest
from conftest import copy_project, serve_site
from helpers.browser import axe_violations_on_both_screens, foreign_requests, open_page, page_visits
from helpers.rules import add_top_level_key, in_process_build

# One worker builds the site for the module (rules_site_url).
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("rules_browser")]

BUILT_ON = "2026-12-01"
REVIEW_DATE = datetime.date(2026, 12, 31)
"""The review date of the rules these pages cite (LAB chapter 26)."""
AFTER = datetime.datetime(2027, 1, 5, 10, 0)
BEFORE = datetime.datetime(2026, 12, 10, 10, 0)
PAGES = ("viden/regler/", "mentoraftale/", "en/mentoraftale/", "tjeklister/for-praktikstart/", "en/tjeklister/for-praktikstart/")
NOTICE = f'.mg-rules-notice[data-mg-review-date="{REVIEW_DATE.isoformat()}"]'
"""The notice of the chapter 26 rules (the rules page also cites a rule with a later review date)."""


@pytest.fixture(scope="module")
def rules_site_url(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("rules-browser") / "project")
    add_top_level_key(
        project / "data" / "tjeklister" / "for-praktikstart.yml", "regler: [hvem-kan-vaere-mentor, mentorstoette-varighed]"
    )
    site = in_process_build(project, project.parent / "site", BUILT_ON)
    with serve_site(site) as url:
        yield url


@pytest.fixture(scope="module")
def after_the_date(browser):
    """One page whose clock says AFTER, visited one after another (helpers.browser.Visits)."""
    with page_visits(browser, with_axe=True, clock=AFTER) as visits:
        yield visits


@pytest.mark.parametrize("path", PAGES)
def test_a_visitor_after_the_review_date_sees_the_notice_on_a_site_built_before_it(after_the_date, rules_site_url, path):
    watched = after_the_date.visit(rules_site_url + path)
    page = after_the_date.page
    notice = page.locator(NOTICE)
    assert notice.count() == 1
    assert notice.is_visible()
    heading = "The rules have changed" if path.startswith("en/") else "Reglerne er ændret"
    assert heading in notice.inner_text()
    assert ("31 December 2026" if path.startswith("en/") else "31. december 2026") in notice.inner_text()
    assert notice.get_by_role("link").first.get_attribute("href").startswith("https://www.retsinformation.dk/")
    # No request beyond the site's own files, no cookie, nothing stored.
    assert watched.requests and not foreign_requests(watched.requests, rules_site_url), watched.requests
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0


def test_before_the_date_and_without_javascript_nothing_shows_or_is_announced(browser, rules_site_url):
    for clock, javascript in ((BEFORE, True), (AFTER, False)):
        with open_page(browser, rules_site_url + "viden/regler/", clock=clock, java_script_enabled=javascript) as (page, _):
            notice = page.locator(NOTICE)
            assert notice.count() == 1 and notice.get_attribute("hidden") is not None
            assert notice.is_hidden()
            assert "Reglerne er ændret" not in page.locator("article").aria_snapshot()


def test_with_the_real_clock_the_notice_shows_only_once_the_date_has_passed(browser, rules_site_url):
    with open_page(browser, rules_site_url + "viden/regler/") as (page, _):
        assert page.locator(NOTICE).is_visible() == (datetime.date.today() > REVIEW_DATE)


def test_the_shown_notice_prints(after_the_date, rules_site_url):
    after_the_date.visit(rules_site_url + "viden/regler/")
    page = after_the_date.page
    page.emulate_media(media="print")
    notice = page.locator(NOTICE)
    assert notice.is_visible()
    assert notice.evaluate("element => getComputedStyle(element).borderTopStyle") == "solid"
    # The law's address follows its link on paper.
    after = notice.locator("a").first.evaluate("link => getComputedStyle(link, '::after').content")
    assert "https://www.retsinformation.dk/" in after


def test_no_accessibility_violations_with_the_notice_showing(after_the_date, rules_site_url):
    problems = []
    for path in ("viden/regler/", "en/mentoraftale/", "en/tjeklister/for-praktikstart/"):
        after_the_date.visit(rules_site_url + path, wait_until="load")
        assert after_the_date.page.locator(NOTICE).is_visible(), path
        problems += [f"/{path}: {violation}" for violation in axe_violations_on_both_screens(after_the_date.page)]
    assert not problems, "\n".join(problems)
