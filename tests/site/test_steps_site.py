"""The step-by-step guide in the real built site (conftest.site, conftest.second_site), both languages.

The guide has every step of data/trin.yml in each language; every link a
step gives reaches a built page; each of those pages names its step(s) with
a link back to the step on the guide; and each shipped profile's own texts
(how to apply, payment, the grant period) appear in its guide.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers.builds import ROOT, SECOND_PROFILE
from helpers.html import Node, article, not_tooltip, parse, parse_file, resolve_internal

from mentorguiden.core.templates import template_environment
from mentorguiden.profile.model import PROFILE_FILE, load_profile
from mentorguiden.profile.texts import profile_texts
from mentorguiden.rules import load_register
from mentorguiden.steps.model import load_step_guide, steps_of_page

GUIDE = load_step_guide(ROOT, load_register(ROOT), today=dt.date.today())
LANGUAGES = {"da": "", "en": "en/"}
GUIDE_PATH = "virksomheder/trin-for-trin/index.html"
NOTICE_WORDS = {"da": "Del af trin {number} af {total} i", "en": "Part of step {number} of {total} in"}


def guide_file(site: Path, lang: str) -> Path:
    return site / LANGUAGES[lang] / GUIDE_PATH


def step_node(document: Node, step_id: str) -> Node:
    node = document.by_id(f"trin-{step_id}")
    assert node is not None, f"step {step_id} is missing"
    return node


def page_file(site: Path, lang: str, src_uri: str) -> Path:
    name = src_uri.removesuffix(".md")
    folder = "" if name == "index" else name.removesuffix("/index") + "/"
    return site / LANGUAGES[lang] / folder / "index.html"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_has_every_step_in_its_language(site, lang):
    other = "en" if lang == "da" else "da"
    document = parse_file(guide_file(site, lang))
    assert document.find(lambda node: node.tag == "html").attrs["lang"] == lang
    content = article(document)
    headings = [node for node in content.by_tag("h2") if "mg-steps__title" in node.classes]
    assert [node.attrs["id"] for node in headings] == [f"trin-{step.id}-titel" for step in GUIDE.steps]
    for heading, step in zip(headings, GUIDE.steps, strict=True):
        word = {"da": "Trin", "en": "Step"}[lang]
        assert heading.text(tidy=True) == f"{word} {step.number}: {step.title[lang]}"
        text = step_node(content, step.id).text(not_tooltip, tidy=True)
        assert step.what[lang] in text and step.duration[lang] in text
        assert step.what[other] not in text
    assert content.find(lambda node: node.attrs.get("hidden") is not None and "mg-steps__panel" in node.classes) is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_table_of_contents_lists_every_step_then_the_sources(site, lang):
    document = parse_file(guide_file(site, lang))
    toc = document.find(lambda node: node.tag == "nav" and "md-nav--secondary" in node.classes)
    links = [anchor.attrs["href"] for anchor in toc.by_tag("a") if "md-nav__link" in anchor.classes]
    assert links == [f"#trin-{step.id}-titel" for step in GUIDE.steps] + [{"da": "#kilder", "en": "#sources"}[lang]]
    skip = document.find(lambda node: "md-skip" in node.classes)
    assert skip.attrs["href"] == "#" + document.by_tag("h1")[0].attrs["id"], "skip to content goes to the title"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_step_link_reaches_a_built_page(site, lang):
    document = parse_file(guide_file(site, lang))
    for step in GUIDE.steps:
        links = step_node(document, step.id).by_class("mg-steps__links")[0].by_tag("a")
        assert len(links) == len(step.links), step.id
        for anchor, src_uri in zip(links, step.links, strict=True):
            target, _ = resolve_internal(site, guide_file(site, lang), anchor.attrs["href"])
            assert target == page_file(site, lang, src_uri), (step.id, anchor.attrs["href"])
            assert target.exists(), (step.id, anchor.attrs["href"])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("src_uri", sorted(steps_of_page(GUIDE)))
def test_each_linked_page_names_its_steps_and_links_back(site, lang, src_uri):
    page = page_file(site, lang, src_uri)
    notices = article(parse_file(page)).by_class("mg-step-notice")
    assert len(notices) == 1, f"{page}: one box expected"
    (notice,) = notices
    assert notice.attrs["lang"] == lang
    memberships = steps_of_page(GUIDE)[src_uri]
    lines = notice.by_class("mg-step-notice__line")
    assert len(lines) == len(memberships)
    for line, membership in zip(lines, memberships, strict=True):
        step = membership.step
        assert line.text().startswith(NOTICE_WORDS[lang].format(number=step.number, total=len(GUIDE.steps)))
        assert line.text().endswith(step.title[lang])
        target, fragment = resolve_internal(site, page, line.by_tag("a")[-1].attrs["href"])
        assert target == guide_file(site, lang) and fragment == f"trin-{step.id}"


def test_a_page_no_step_links_to_has_no_box(site):
    unlinked = "viden/effekt.md"
    assert unlinked not in steps_of_page(GUIDE)
    assert not article(parse_file(page_file(site, "da", unlinked))).by_class("mg-step-notice")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_front_page_and_the_company_overview_link_to_the_guide(site, lang):
    for src_uri in ("index.md", "virksomheder/index.md"):
        page = page_file(site, lang, src_uri)
        targets = {resolve_internal(site, page, anchor.attrs["href"])[0] for anchor in article(parse_file(page)).by_tag("a")}
        assert guide_file(site, lang) in targets, src_uri


@pytest.mark.parametrize(("fixture", "profile_file"), [("site", PROFILE_FILE), ("second_site", SECOND_PROFILE)])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_profile_shows_its_own_texts_in_the_guide(request, fixture, profile_file, lang):
    """How to apply, the payment terms, the grant period: each step's profile texts, from the profile built with."""
    site = request.getfixturevalue(fixture)
    other_file = SECOND_PROFILE if profile_file == PROFILE_FILE else PROFILE_FILE
    own = profile_texts(load_profile(ROOT, profile_file), template_environment(ROOT))
    other = profile_texts(load_profile(ROOT, other_file), template_environment(ROOT))
    document = parse_file(guide_file(site, lang))
    steps_with_texts = [step for step in GUIDE.steps if step.profile_texts]
    assert steps_with_texts
    for step in steps_with_texts:
        shown = [node.text() for node in step_node(document, step.id).by_class("mg-steps__local")]
        for key, text in zip(step.profile_texts, shown, strict=True):
            expected = html_text(own(key, lang))
            assert text == expected, (step.id, key)
            assert text != html_text(other(key, lang)), f"{step.id}: '{key}' is the same for both profiles"


def html_text(html: str) -> str:
    return parse(html).text()
