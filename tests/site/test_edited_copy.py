"""A copy of the project with the everyday changes an editor makes that must build (conftest.edited_site).

One in-process strict build (no PDF, no MENTORGUIDEN_SITE_URL) of a copy in
which an editor has:

- deleted an English page (viden/effekt.en.md): English readers get the Danish text with a notice;
- put markup in a source's publisher and in a checklist item: it comes out as text;
- added a note admonition to a Danish and an English page: its title follows the page language;
- embedded a checklist in a guidance page with <!-- tjekliste: ... --> in both languages;
- added a checklist with 15 items with help texts (printed in tests/browser/test_checklists_print.py).

The edits are listed in tests/helpers/edited_copy.py. The copy is no git repository, so no page has a "last updated" date.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.builds import ROOT
from helpers.edited_copy import FIFTEEN, GUIDANCE
from helpers.html import article, parse_file, parse_page

from mentorguiden.checklists.model import load_checklists
from mentorguiden.profile.model import load_profile
from mentorguiden.site import item_providers

LANGUAGES = {"da": "", "en": "en/"}
CHECKLISTS = {checklist.id: checklist for checklist in load_checklists(ROOT, item_providers())}
CHECKBOX = re.compile(r'<input type="checkbox" class="mg-checklist__box" id="([^"]+)"')

# With pytest-xdist, the tests of the edited copy run on one worker, which builds it once.
pytestmark = pytest.mark.xdist_group("edited_copy")


def test_danish_page_without_english_counterpart_is_shown_in_danish_with_a_notice(edited_site):
    english = parse_file(edited_site / "en" / "viden" / "effekt" / "index.html")
    notice = english.by_class("mg-translation-notice")
    assert notice and "it is shown in Danish" in notice[0].text()
    assert english.by_class("mg-untranslated")[0].attrs["lang"] == "da"
    danish = parse_file(edited_site / "viden" / "effekt" / "index.html")
    assert not danish.by_class("mg-translation-notice")
    assert not danish.by_class("mg-page-updated")[0].by_tag("time"), "no git history, so no date"


def test_front_matter_is_escaped_in_the_sources_section(edited_site):
    html = (edited_site / "om-siden" / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;Fed&lt;/b&gt; &amp; styrelse" in html and "<b>Fed</b>" not in html
    section = article(parse_file(edited_site / "om-siden" / "index.html")).by_class("mg-sources")[0]
    assert "<b>Fed</b> & styrelse" in section.text()


def test_admonition_titles_follow_the_page_language(edited_site):
    def titles(page: Path) -> list[str]:
        return [node.text() for node in article(parse_file(page)).by_class("admonition-title")]

    assert "Bemærk" in titles(edited_site / "om-siden" / "index.html")
    english = titles(edited_site / "en" / "om-siden" / "index.html")
    assert "Note" in english and "Bemærk" not in english


@pytest.mark.parametrize("lang", LANGUAGES)
def test_marker_embeds_the_checklist_in_the_page_language(edited_site, lang):
    checklist = CHECKLISTS["mentoraftale-komplet"]
    page = edited_site / f"{LANGUAGES[lang]}{GUIDANCE}" / "index.html"
    html = page.read_text(encoding="utf-8")
    text = parse_page(page).text
    assert CHECKBOX.findall(html) == [f"tjekliste-mentoraftale-komplet-{item.id}" for item in checklist.items]
    assert all(item.text[lang] in text for item in checklist.items)
    assert '<h2 class="mg-checklist__title" id="tjekliste-mentoraftale-komplet-titel">' in html
    assert text.index(checklist.title[lang]) < text.index("Slut.")
    assert "<!-- tjekliste" not in html
    # The checklist's link to the agreement template resolves from the guidance page.
    assert 'href="../../mentoraftale/"' in html


def test_script_in_checklist_data_comes_out_as_visible_text(edited_site):
    page = edited_site / "tjeklister" / "for-praktikstart" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Stedfortræder" in html
    assert "<script>alert('x')</script> Stedfortræder" in parse_page(page).text


def test_without_site_url_in_the_environment_the_profiles_address_is_used(edited_site):
    sitemap = (edited_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "None" not in sitemap
    assert f"<loc>{load_profile(ROOT).site_url}kontakt/</loc>" in sitemap
    assert (edited_site / "en" / "kontakt" / "index.html").is_file()


def test_a_new_checklist_file_becomes_a_page_in_both_languages(edited_site):
    for prefix in LANGUAGES.values():
        html = (edited_site / f"{prefix}tjeklister" / FIFTEEN / "index.html").read_text(encoding="utf-8")
        assert len(CHECKBOX.findall(html)) == 15
