"""Feature stylesheets and scripts load only on the pages that use them, in both languages (conftest.site).

mentorguiden/assets/page_assets.py has the table; hooks/page_assets.py gives
each page its choice, and overrides/main.html loads it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

LANGUAGES = {"da": "", "en": "en/"}
_ASSET = re.compile(r'(?:href|src)="[^"]*?assets/(?:stylesheets|javascripts)/([a-z-]+\.(?:css|js))"')

FEATURE_ASSETS = {
    "forms.css",
    "forms.js",
    "checklists.css",
    "steps.css",
    "steps.js",
    "decision-aid.css",
    "decision-aid.js",
}
SPECIAL_PAGES = {
    "mentoraftale/": {"forms.css", "forms.js", "steps.css"},  # a step links to it
    "kompensationsaftale/": {"forms.css", "forms.js", "steps.css"},
    "timeseddel/": {"forms.css", "forms.js", "steps.css"},
    "blanketter/": {"forms.css", "forms.js"},
    "tjeklister/": {"checklists.css"},
    "tjeklister/bevilling/": {"checklists.css"},
    "tjeklister/alle/": {"checklists.css"},
    "virksomheder/trin-for-trin/": {"steps.css", "steps.js"},
    "virksomheder/kompensation/": {"steps.css"},  # the "part of step N" box
    "virksomheder/kan-vi-faa-en-mentor/": {"decision-aid.css", "decision-aid.js"},
    "konsulenter/mentorstoette-ja-eller-nej/": {"decision-aid.css", "decision-aid.js"},
}
PLAIN_PAGES = ["", "viden/effekt/", "om-siden/"]


def loaded(site: Path, lang: str, path: str) -> set[str]:
    html = (site / LANGUAGES[lang] / path / "index.html").read_text(encoding="utf-8")
    return set(_ASSET.findall(html))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PLAIN_PAGES)
def test_a_plain_page_loads_no_feature_asset(site, lang, path):
    assets = loaded(site, lang, path)
    assert assets & FEATURE_ASSETS == set()
    assert {"mentorguiden.css", "content.css", "mentorguiden.js", "search-on-demand.js"} <= assets


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", SPECIAL_PAGES)
def test_a_special_page_loads_exactly_its_features_assets(site, lang, path):
    assert loaded(site, lang, path) & FEATURE_ASSETS == SPECIAL_PAGES[path]


def test_a_guidance_page_with_a_checklist_marker_loads_the_checklists_stylesheet(site):
    pages = [page for page in site.rglob("index.html") if 'class="mg-checklist"' in page.read_text(encoding="utf-8")]
    guidance = [page for page in pages if "tjeklister" not in page.parts]
    assert guidance, "no guidance page shows a checklist any more; pick another check"
    for page in guidance:
        assert "checklists.css" in set(_ASSET.findall(page.read_text(encoding="utf-8"))), page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_favicon_is_the_logo(site, lang):
    html = (site / LANGUAGES[lang] / "index.html").read_text(encoding="utf-8")
    icons = re.findall(r'<link rel="icon" href="([^"]+)"', html)
    assert len(icons) == 1 and icons[0].endswith("assets/images/kommune-logo.svg"), icons
