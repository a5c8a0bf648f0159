"""Checklists in the built site, both languages, and editors' mistakes in checklist data failing the build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, mkdocs_build, page_url_path, site_pages
from html_tools import parse_page
from mentorguiden.site import item_providers
from mentorguiden.checklists.model import load_checklists
from test_bad_input import build_fails, replace_in

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
    assert re.search(r'data-mg-print hidden>(Udskriv|Print)</button>', html)


def test_the_english_build_does_not_overwrite_the_danish_pages(site):
    for checklist_id, checklist in CHECKLISTS.items():
        danish = parse_page(site / "tjeklister" / checklist_id / "index.html")
        english = parse_page(site / "en" / "tjeklister" / checklist_id / "index.html")
        assert danish.html_lang == "da" and english.html_lang == "en"
        assert checklist.title.da in danish.text and checklist.title.en in english.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_index_lists_every_checklist_with_audience_and_purpose(site, lang):
    page = parse_page(site / f"{LANGUAGES[lang]}tjeklister" / "index.html")
    links = {anchor.attrs["href"]: anchor.text for anchor in page.anchors
             if "mg-checklist-index__link" in anchor.attrs.get("class", "")}
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
    assert not list((ROOT / "docs").glob("tjeklister*"))


# --- Markers in a guidance page ---------------------------------------------------------


def test_marker_embeds_the_checklist_in_both_languages(project):
    for suffix in ("", ".en"):
        page = project / "docs" / "virksomheder" / f"uddannelse-og-netvaerk{suffix}.md"
        page.write_text(page.read_text(encoding="utf-8") + "\n<!-- tjekliste: mentoraftale-komplet -->\n\nSlut.\n",
                        encoding="utf-8")
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.output
    checklist = CHECKLISTS["mentoraftale-komplet"]
    for lang, prefix in LANGUAGES.items():
        html = html_of(result.site, f"{prefix}virksomheder/uddannelse-og-netvaerk")
        text = parse_page(result.site / f"{prefix}virksomheder/uddannelse-og-netvaerk" / "index.html").text
        assert checkbox_ids(html) == [f"tjekliste-mentoraftale-komplet-{item.id}" for item in checklist.items]
        assert all(item.text[lang] in text for item in checklist.items)
        assert '<h2 class="mg-checklist__title" id="tjekliste-mentoraftale-komplet-titel">' in html
        assert text.index(checklist.title[lang]) < text.index("Slut.")
        assert "<!-- tjekliste" not in html
        # The checklist's link to the agreement template resolves from the guidance page.
        assert 'href="../../mentoraftale/"' in html


# --- Editors' mistakes fail the build with a Danish message, without a traceback -------------------


def checklist_file(project: Path, checklist_id: str = "for-praktikstart") -> Path:
    return project / "data" / "tjeklister" / f"{checklist_id}.yml"


def test_build_fails_on_a_missing_translation(project):
    replace_in(checklist_file(project), "      en: There is a stand-in for when the mentor is ill or off work.\n", "")
    output = build_fails(project)
    assert "data/tjeklister/for-praktikstart.yml, linje" in output
    assert "(tjekliste 'for-praktikstart'): nøglen 'punkter[stedfortraeder].tekst.en' mangler. Tilføj den." in output


def test_build_fails_on_a_duplicate_checklist_id(project):
    (project / "data" / "tjeklister" / "kopi.yml").write_text(
        checklist_file(project).read_text(encoding="utf-8"), encoding="utf-8")
    output = build_fails(project)
    assert ("data/tjeklister/kopi.yml (tjekliste 'for-praktikstart'): nøglen 'id' er 'for-praktikstart', "
            "men det id har data/tjeklister/for-praktikstart.yml allerede.") in output


def test_build_fails_on_a_duplicate_item_id(project):
    replace_in(checklist_file(project), "- id: stedfortraeder", "- id: mentor-udpeget")
    output = build_fails(project)
    assert "(tjekliste 'for-praktikstart'): punktet 'punkter[mentor-udpeget]' har samme id" in output


def test_build_fails_on_an_unknown_key(project):
    replace_in(checklist_file(project), "  - id: stedfortraeder\n    tekst:", "  - id: stedfortraeder\n    tekts:")
    output = build_fails(project)
    assert "(tjekliste 'for-praktikstart'): ukendt nøgle 'punkter[stedfortraeder].tekts'. Mente du 'tekst'?" in output


def test_build_fails_on_an_empty_item_list(project):
    path = checklist_file(project, "synlighed")
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("punkter:")] + "punkter: []\n\n" + text[text.index("kilder:"):], encoding="utf-8")
    output = build_fails(project)
    assert "data/tjeklister/synlighed.yml, linje" in output
    assert "(tjekliste 'synlighed'): 'punkter' skal have mindst 1 punkt(er)." in output


def test_build_fails_on_a_value_of_the_wrong_type(project):
    replace_in(checklist_file(project), "raekkefoelge: 2", "raekkefoelge: to")
    output = build_fails(project)
    assert "(tjekliste 'for-praktikstart'): 'raekkefoelge' skal være et helt tal, men er en tekst." in output


def test_build_fails_on_a_link_to_a_page_that_does_not_exist(project):
    replace_in(checklist_file(project), "link: virksomheder/mentoraftalen.md", "link: virksomheder/mentoraftale.md")
    output = build_fails(project)
    assert ("(tjekliste 'for-praktikstart'): 'punkter[aftale-underskrevet].link' peger på "
            "'virksomheder/mentoraftale.md', men den side findes ikke. Mente du 'virksomheder/mentoraftalen.md'?") in output


def test_build_fails_on_a_marker_with_an_unknown_checklist(project):
    page = project / "docs" / "virksomheder" / "mentoraftalen.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<!-- tjekliste: findes-ikke -->\n", encoding="utf-8")
    output = build_fails(project)
    assert "docs/virksomheder/mentoraftalen.en.md, linje" in output
    assert "<!-- tjekliste: findes-ikke --> henviser til en tjekliste, der ikke findes" in output


def test_build_fails_on_an_unknown_marker_name(project):
    page = project / "docs" / "om-siden.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<!-- tjekliste2: synlighed -->\n", encoding="utf-8")
    output = build_fails(project)
    assert "docs/om-siden.md, linje" in output and "ukendt markør 'tjekliste2'" in output


def test_script_in_data_comes_out_as_visible_text(project):
    replace_in(checklist_file(project), "da: Der er en stedfortræder, når mentoren er syg eller har fri.",
               "da: \"<script>alert('x')</script> Stedfortræder\"")
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.output
    html = html_of(result.site, "tjeklister/for-praktikstart")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Stedfortræder" in html
    assert "<script>alert('x')</script> Stedfortræder" in parse_page(
        result.site / "tjeklister" / "for-praktikstart" / "index.html").text
