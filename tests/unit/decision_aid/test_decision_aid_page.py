"""The decision aid's model → page without a build: front matter, escaping, the profile's texts, one page per language."""

from __future__ import annotations

import dataclasses
import html

import pytest
from helpers.builds import ROOT
from helpers.html import front_matter

from mentorguiden.core.languages import Translated
from mentorguiden.core.pages import PageLink
from mentorguiden.core.templates import template_environment
from mentorguiden.decision_aid.model import load_decision_aids
from mentorguiden.decision_aid.page import decision_aid_markdown, decision_aid_pages
from mentorguiden.profile.model import load_profile
from mentorguiden.rules import load_register

AIDS = load_decision_aids(ROOT, load_register(ROOT))
PROFILE = load_profile(ROOT)


def links(src_uri: str) -> PageLink:
    return PageLink("../" + src_uri.removesuffix(".md") + "/", f"Titel på {src_uri}")


@pytest.fixture(scope="module")
def environment():
    return template_environment(ROOT)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_page_has_the_check_s_title_description_sources_and_review_date(environment, lang):
    for aid in AIDS:
        meta = front_matter(decision_aid_markdown(aid, PROFILE, environment, links, lang))
        # Escaped once: the theme prints title and description without escaping.
        assert html.unescape(meta["title"]) == aid.title[lang]
        assert html.unescape(meta["description"]) == aid.description[lang]
        assert [source["titel"] for source in meta["kilder"]] == [source.title for source in aid.sources]
        assert meta["senest_gennemgaaet"] == aid.reviewed


def test_text_from_the_data_file_is_escaped_and_cannot_start_an_include(environment):
    aid = AIDS[0]
    question = dataclasses.replace(aid.questions[0], text=Translated(da="<b>Fed</b> {!fil.md!}", en="<b>Bold</b>"))
    broken = dataclasses.replace(aid, questions=(question, *aid.questions[1:]))
    markdown = decision_aid_markdown(broken, PROFILE, environment, links, "da")
    assert "<b>Fed</b>" not in markdown and "&lt;b&gt;Fed&lt;/b&gt;" in markdown
    assert "{!" not in markdown


def test_the_questions_show_the_profile_s_sentence_in_the_page_s_language(environment):
    consultant = AIDS[1]
    for lang, months in (
        ("da", f"{PROFILE.local_rules.months_per_grant} måneder"),
        ("en", f"{PROFILE.local_rules.months_per_grant} months"),
    ):
        markdown = decision_aid_markdown(consultant, PROFILE, environment, links, lang)
        assert months in markdown and PROFILE.municipality in markdown


def test_one_generated_page_per_check_from_its_data_file():
    pages = decision_aid_pages(AIDS, PROFILE, ("da", "en"), template_environment(ROOT), lambda src_uri: links)
    assert [page.src_uri for page in pages] == [aid.page_uri for aid in AIDS]
    assert {page.source_file for page in pages} == {"data/afklaring.yml"}
    assert all(set(page.markdown_by_language) == {"da", "en"} for page in pages)
