"""The site built with the second example profile (conftest.second_site) in Chromium: its colour and logo pass axe and load nothing from elsewhere."""

from __future__ import annotations

import pytest
from helpers.browser import page_visits, problems_of_the_loaded_page
from helpers.builds import ROOT, SECOND_PROFILE

from mentorguiden.profile.model import LOGO_SITE_PATH, load_profile

pytestmark = pytest.mark.browser

SECOND_PROFILE_PAGES = [
    "",
    "kontakt/",
    "tjeklister/for-praktikstart/",
    "mentoraftale/",
    "virksomheder/kompensation/",
    "konsulenter/faste-aftaler/",
    "en/",
    "en/kontakt/",
    "en/mentoraftale/",
]


def test_second_profile_loads_its_logo_and_colour_from_the_site_and_passes_axe(second_base_url, browser):
    """Each page is loaded once and axe runs at desktop and at phone width (helpers.browser.axe_violations_on_both_screens)."""
    colour = load_profile(ROOT, SECOND_PROFILE).accent_colour
    expected_colour = "rgb({}, {}, {})".format(*(int(colour[i : i + 2], 16) for i in (1, 3, 5)))
    problems = []
    with page_visits(browser, with_axe=True) as visits:
        for path in SECOND_PROFILE_PAGES:
            problems += _problems(visits, second_base_url, path, expected_colour)
    assert not problems, "\n".join(problems)


def _problems(visits, second_base_url: str, path: str, expected_colour: str) -> list[str]:
    problems = []
    watched = visits.visit(second_base_url + path, wait_until="load")
    page = visits.page
    logo_loaded = page.locator(".md-header .md-logo img").evaluate("image => image.complete && image.naturalWidth > 0")
    header_colour = page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    problems = [f"/{path}: {problem}" for problem in problems_of_the_loaded_page(page, watched, second_base_url)]
    if not logo_loaded or not any(url.endswith(LOGO_SITE_PATH) for url in watched.requests):
        problems.append(f"/{path}: the logo did not load from the site")
    if header_colour != expected_colour:
        problems.append(f"/{path}: header is {header_colour}, not {expected_colour}")
    return problems
