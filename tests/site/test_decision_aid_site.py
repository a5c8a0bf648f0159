"""The interactive checks in the real built site (conftest.site), both languages, as a reader without JavaScript gets them.

Without JavaScript the page must be a readable guide: every question, every
answer with what it means and a working link to where it leads, every result
with its reasons and next step, and no form that does nothing (the forms
start hidden). The checks are linked from the pages the issue names, and they
link back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.builds import ROOT
from helpers.html import not_tooltip, parse_page, resolve_internal

from mentorguiden.decision_aid.model import DecisionAid, load_decision_aids
from mentorguiden.profile.model import load_profile
from mentorguiden.rules import load_register

AIDS = {aid.id: aid for aid in load_decision_aids(ROOT, load_register(ROOT))}
COMPANY = "kan-vi-faa-en-mentor"
CONSULTANT = "mentorstoette-ja-eller-nej"
LANGUAGES = {"da": "", "en": "en/"}
PROFILE = load_profile(ROOT)


def page_file(site: Path, aid: DecisionAid, lang: str) -> Path:
    return site / LANGUAGES[lang] / aid.page_uri.removesuffix(".md") / "index.html"


def tidy(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("aid_id", sorted(AIDS))
def test_without_javascript_every_question_answer_meaning_and_result_is_in_the_page(site, aid_id, lang):
    aid = AIDS[aid_id]
    other = "en" if lang == "da" else "da"
    page = parse_page(page_file(site, aid, lang))
    assert page.html_lang == lang
    for question in aid.questions:
        section = page.document.by_id(f"spoergsmaal-{question.id}")
        assert section is not None and "hidden" not in section.attrs, question.id
        assert tidy(question.text[lang]) in tidy(section.text())
        guide = section.by_class("mg-decision__options")
        assert len(guide) == 1 and "hidden" not in guide[0].attrs
        guide_text = guide[0].text(not_tooltip, tidy=True)
        for option in question.options:
            assert option.text[lang] in guide_text and option.meaning[lang] in guide_text, option.text[lang]
        assert question.text[other] not in page.text
    for result in aid.results:
        section = page.document.by_id(f"resultat-{result.id}")
        assert section is not None and "hidden" not in section.attrs, result.id
        text = section.text(not_tooltip, tidy=True)
        assert result.title[lang] in text and result.next_step[lang] in text
        for reason in result.reasons:
            assert tidy(reason.text[lang]) in text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("aid_id", sorted(AIDS))
def test_without_javascript_there_is_no_form_or_button_that_does_nothing(site, aid_id, lang):
    page = parse_page(page_file(site, AIDS[aid_id], lang))
    forms = page.document.by_tag("form")
    assert [form for form in forms if "data-mg-form" in form.attrs] and all(
        "hidden" in form.attrs for form in forms if "data-mg-form" in form.attrs
    )
    for name in ("data-mg-summary", "data-mg-actions", "data-mg-back-row"):
        (element,) = page.document.find_all(lambda node, name=name: name in node.attrs)
        assert "hidden" in element.attrs, name
    inputs = page.document.by_tag("input")
    assert {node.attrs.get("type") for node in inputs if "mg-decision__radio" in node.classes} == {"radio"}
    assert not page.document.by_tag("textarea"), "no field to type a name or a CPR number in"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("aid_id", sorted(AIDS))
def test_every_answer_in_the_guide_links_to_the_question_or_result_it_leads_to(site, aid_id, lang):
    aid = AIDS[aid_id]
    page = parse_page(page_file(site, aid, lang))
    links = [anchor.attrs["href"] for anchor in page.anchors if "mg-decision__leads-to" in anchor.attrs.get("class", "")]
    expected = [
        "#" + ("resultat-" if aid.is_result(option.next) else "spoergsmaal-") + option.next
        for question in aid.questions
        for option in question.options
    ]
    assert links == expected
    assert all(link[1:] in page.ids for link in links)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_company_results_give_the_municipality_s_contact_details(site, lang):
    page = parse_page(page_file(site, AIDS[COMPANY], lang))
    for result in AIDS[COMPANY].results:
        text = page.document.by_id(f"resultat-{result.id}").text()
        assert PROFILE.phone in text and PROFILE.email in text, result.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_consultant_check_uses_the_profile_s_grant_period_and_prints_a_note_without_a_name(site, lang):
    page = parse_page(page_file(site, AIDS[CONSULTANT], lang))
    period = page.document.by_id("spoergsmaal-periode").text()
    assert PROFILE.municipality in period and str(PROFILE.local_rules.months_per_grant) in period
    note = page.document.find(lambda node: "data-mg-note" in node.attrs)
    assert note is not None and "hidden" in note.attrs
    assert ("CPR" in note.text()) and page.document.find(lambda node: "data-mg-note-date" in node.attrs)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("aid_id", sorted(AIDS))
def test_reasons_cite_rules_from_the_register_and_links_lead_to_pages_that_exist(site, aid_id, lang):
    aid = AIDS[aid_id]
    file = page_file(site, aid, lang)
    page = parse_page(file)
    cited = {node.attrs["data-mg-regel"] for node in page.document.iter() if "data-mg-regel" in node.attrs}
    assert {reason.rule.id for result in aid.results for reason in result.reasons if reason.rule} <= cited
    for anchor in page.anchors:
        href = anchor.attrs.get("href", "")
        if href.startswith(("../", "./")) and anchor.attrs.get("class", "") != "mg-rule":
            target, _ = resolve_internal(site, file, href, "/mentorguiden/")
            assert target.exists(), href


LINKED_FROM = {
    COMPANY: ["", "virksomheder/"],
    CONSULTANT: ["", "konsulenter/", "konsulenter/bevilling/", "tjeklister/bevilling/"],
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("aid_id", "source"), [(aid_id, source) for aid_id, sources in LINKED_FROM.items() for source in sources]
)
def test_the_check_is_linked_from_the_pages_that_lead_to_it(site, aid_id, source, lang):
    file = site / LANGUAGES[lang] / source / "index.html"
    article = parse_page(file).document.find(lambda node: node.tag == "article")
    targets = {
        resolve_internal(site, file, node.attrs["href"], "/mentorguiden/")[0]
        for node in article.by_tag("a")
        if "href" in node.attrs
    }
    assert page_file(site, AIDS[aid_id], lang) in targets


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_consultant_check_links_back_to_the_grant_checklist_and_both_are_in_the_menu(site, lang):
    file = page_file(site, AIDS[CONSULTANT], lang)
    page = parse_page(file)
    see_also = page.document.by_class("mg-decision__see-also")[0].by_tag("a")[0]
    assert (
        resolve_internal(site, file, see_also.attrs["href"], "/mentorguiden/")[0]
        == site / LANGUAGES[lang] / "tjeklister/bevilling/index.html"
    )
    menu = {node.text(tidy=True) for node in page.document.by_class("md-nav__link")}
    assert {"da": "Kan vi få en mentor?", "en": "Could we get a mentor?"}[lang] in menu
    assert {"da": "Mentorstøtte – ja eller nej?", "en": "Mentor support – yes or no?"}[lang] in menu
    assert {"da": "Bevilling af mentorstøtte", "en": "Granting mentor support"}[lang] in menu
