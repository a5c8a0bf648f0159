"""Checklists in the real built site (conftest.site), both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import page_url_path, site_pages
from helpers.builds import ROOT
from helpers.html import parse_page

from mentorguiden.checklists.model import load_checklists
from mentorguiden.site import item_providers

# The models, not the YAML: a checklist's items may come from another data file (punkter_fra).
CHECKLISTS = {checklist.id: checklist for checklist in load_checklists(ROOT, item_providers())}
LANGUAGES = {"da": "", "en": "en/"}
CHECKBOX = re.compile(r'<input type="checkbox" class="mg-checklist__box" id="([^"]+)"')


def html_of(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def checkbox_ids(html: str) -> list[str]:
    return CHECKBOX.findall(html)


def test_data_files_are_named_after_their_id():
    assert CHECKLISTS
    assert all(checklist.source_file == f"data/tjeklister/{id_}.yml" for id_, checklist in CHECKLISTS.items())


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("checklist_id", sorted(CHECKLISTS))
def test_checklist_page_has_one_checkbox_per_item_in_its_language(site, checklist_id, lang):
    checklist = CHECKLISTS[checklist_id]
    other = "en" if lang == "da" else "da"
    path = f"{LANGUAGES[lang]}tjeklister/{checklist_id}"
    html = html_of(site, path)
    page = parse_page(site / path / "index.html")
    assert page.html_lang == lang
    assert checkbox_ids(html) == [f"tjekliste-{checklist_id}-{item.id}" for item in checklist.items]
    assert f"<h1>{checklist.title[lang]}</h1>" in html.replace("&#39;", "'")
    for item in checklist.items:
        assert item.text[lang] in page.text
        assert item.text[other] not in page.text
        assert f'<label class="mg-checklist__label" for="tjekliste-{checklist_id}-{item.id}">' in html
    assert checklist.intro[lang] in page.text and checklist.intro[other] not in page.text
    assert re.search(r"data-mg-print hidden>(Udskriv|Print)</button>", html)


def test_the_english_build_does_not_overwrite_the_danish_pages(site):
    for checklist_id, checklist in CHECKLISTS.items():
        danish = parse_page(site / "tjeklister" / checklist_id / "index.html")
        english = parse_page(site / "en" / "tjeklister" / checklist_id / "index.html")
        assert danish.html_lang == "da" and english.html_lang == "en"
        assert checklist.title.da in danish.text and checklist.title.en in english.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_index_lists_every_checklist_with_audience_and_purpose(site, lang):
    page = parse_page(site / f"{LANGUAGES[lang]}tjeklister" / "index.html")
    links = {
        anchor.attrs["href"]: anchor.text
        for anchor in page.anchors
        if "mg-checklist-index__link" in anchor.attrs.get("class", "")
    }
    assert links == {f"{checklist_id}/": checklist.title[lang] for checklist_id, checklist in CHECKLISTS.items()}
    for checklist in CHECKLISTS.values():
        assert checklist.purpose[lang] in page.text
    audience = {"da": "Til: Jobcentre og konsulenter", "en": "For: Job centres and consultants"}[lang]
    assert page.text.count(audience) == sum(checklist.audience == "konsulent" for checklist in CHECKLISTS.values())
    assert "alle/" in {anchor.attrs["href"] for anchor in page.anchors}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_all_page_holds_every_checklist(site, lang):
    html = html_of(site, f"{LANGUAGES[lang]}tjeklister/alle")
    expected = [f"tjekliste-{checklist.id}-{item.id}" for checklist in CHECKLISTS.values() for item in checklist.items]
    assert checkbox_ids(html) == expected
    for checklist in CHECKLISTS.values():
        assert checklist.title[lang].replace("'", "&#39;") in html


def test_checklists_are_in_the_menu_in_both_languages(site):
    danish = parse_page(site / "index.html")
    english = parse_page(site / "en" / "index.html")
    nav_hrefs = {anchor.attrs["href"] for anchor in danish.anchors if "md-nav__link" in anchor.attrs.get("class", "")}
    assert {"tjeklister/", "tjeklister/alle/"} <= nav_hrefs
    assert {f"tjeklister/{checklist_id}/" for checklist_id in CHECKLISTS} <= nav_hrefs
    assert "Tjeklister" in danish.text and "Checklists" in english.text
    assert "Tjeklister" not in english.text


def test_item_links_lead_to_the_guidance_page_in_the_same_language(site):
    page = parse_page(site / "en" / "tjeklister" / "bevilling" / "index.html")
    more = [anchor for anchor in page.anchors if "mg-checklist__more" in anchor.attrs.get("class", "")]
    linked = [item for item in CHECKLISTS["bevilling"].items if item.link]
    assert len(more) == len(linked)
    assert more[0].attrs["href"] == "../../konsulenter/bevilling/"
    assert more[0].text.startswith("Read more: ")


def test_every_generated_page_in_both_languages(site):
    danish = {page_url_path(site, page) for page in site_pages(site)}
    for checklist_id in [*CHECKLISTS, "alle"]:
        assert f"tjeklister/{checklist_id}/" in danish and f"en/tjeklister/{checklist_id}/" in danish
