"""StepGuide → the guide page and the "part of step N" box (mentorguiden/steps/page.py), without a build."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from helpers.builds import ROOT

from mentorguiden.core.languages import Translated
from mentorguiden.core.pages import PageLink
from mentorguiden.core.templates import template_environment
from mentorguiden.rules import load_register
from mentorguiden.steps.model import load_step_guide, steps_of_page
from mentorguiden.steps.page import add_step_notice, guide_markdown, step_notice, who_text

GUIDE = load_step_guide(ROOT, load_register(ROOT), today=dt.date(2026, 12, 2))
ENVIRONMENT = template_environment(ROOT)


def links(src_uri: str) -> PageLink:
    return PageLink("../" + src_uri.removesuffix(".md") + "/", f"Titel på {src_uri}")


def profile_text(key: str, language: str) -> str:
    return f'<a href="tel:+4500000000">profiltekst {key} ({language})</a>'


def render(language: str, guide=GUIDE) -> str:
    return guide_markdown(guide, language, ENVIRONMENT, links, profile_text)


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_step_is_a_numbered_h2_with_its_content_visible(language):
    markdown = render(language)
    headings = re.findall(r'<h2 class="mg-steps__title" id="trin-([a-z0-9-]+)-titel">(.*?)</h2>', markdown)
    assert [step_id for step_id, _ in headings] == [step.id for step in GUIDE.steps]
    word = {"da": "Trin", "en": "Step"}[language]
    for (_, heading), step in zip(headings, GUIDE.steps, strict=True):
        assert f'<span class="mg-steps__hidden">{word} </span>{step.number}<span' in heading
        assert step.title[language].replace("'", "&#39;") in heading
    assert " hidden" not in markdown, "without JavaScript nothing is hidden"
    for step in GUIDE.steps:
        assert step.what[language].replace("'", "&#39;") in markdown
        assert step.duration[language] in markdown
        for link in step.links:
            assert f'<a href="{links(link).href}">Titel på {link}</a>' in markdown


def test_front_matter_has_title_description_sources_and_review_date():
    markdown = render("en")
    assert markdown.startswith("---\ntitle: Step by step\ndescription: ")
    assert f"senest_gennemgaaet: '{GUIDE.reviewed}'" in markdown
    assert "kilder:" in markdown and GUIDE.sources[0].title in markdown


def test_profile_texts_come_through_the_profile_texts_unescaped_and_in_the_pages_language():
    step = next(step for step in GUIDE.steps if step.profile_texts)
    for language in ("da", "en"):
        assert (
            f'<p class="mg-steps__local"><a href="tel:+4500000000">profiltekst {step.profile_texts[0]} ({language})</a></p>'
            in render(language)
        )


def test_rules_are_cited_with_their_status_and_no_paragraph_is_written_by_the_guide():
    markdown = render("da")
    assert markdown.count('class="mg-steps__rules"') == sum(bool(step.rules) for step in GUIDE.steps)
    assert 'data-mg-regel="mentorstoette-varighed"' in markdown and "status pr." in markdown


def test_text_from_the_data_file_is_escaped():
    first = dataclasses.replace(GUIDE.steps[0], title=Translated(da="<b>Fed</b> {!x!}", en="<b>Bold</b>"))
    guide = dataclasses.replace(GUIDE, steps=(first, *GUIDE.steps[1:]))
    markdown = render("da", guide)
    assert "<b>Fed</b>" not in markdown and "&lt;b&gt;Fed&lt;/b&gt;" in markdown and "{!x!}" not in markdown


def test_who_is_said_in_words():
    steps = {step.id: step for step in GUIDE.steps}
    assert who_text(steps["kontakt-kommunen"], "da") == "Virksomheden"
    assert who_text(steps["samtale"], "da") == "Kommunen og virksomheden"
    assert who_text(steps["aftaler"], "en") == "The citizen, the municipality and the company"


def test_the_box_names_each_step_a_page_is_in_and_links_back():
    memberships = steps_of_page(GUIDE)["virksomheder/mentorens-opgaver.md"]
    danish = step_notice(memberships, GUIDE, "da", "../trin-for-trin/", ENVIRONMENT)
    english = step_notice(memberships, GUIDE, "en", "../trin-for-trin/", ENVIRONMENT)
    total = len(GUIDE.steps)
    assert danish.startswith('<div class="mg-step-notice" role="note" lang="da">')
    assert english.startswith('<div class="mg-step-notice" role="note" lang="en">')
    for membership in memberships:
        step = membership.step
        assert (
            f'Del af trin {step.number} af {total} i <a href="../trin-for-trin/">»Trin for trin«</a>: '
            f'<a href="../trin-for-trin/#trin-{step.id}">{step.title.da}</a>'
        ) in danish
        assert f"Part of step {step.number} of {total} in" in english and step.title.en in english
    assert danish.count("mg-step-notice__line") == 2


def test_the_box_goes_right_after_the_pages_heading():
    html = '<h1 id="x">Titel</h1>\n<p>Tekst</p>'
    assert add_step_notice(html, "<div>boks</div>") == '<h1 id="x">Titel</h1>\n<div>boks</div>\n<p>Tekst</p>'
    assert add_step_notice("<p>Tekst</p>", "<div>boks</div>") == "<div>boks</div>\n<p>Tekst</p>"
