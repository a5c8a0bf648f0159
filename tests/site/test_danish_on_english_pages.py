"""Danish words on English pages carry lang="da" (WCAG 2.1 SC 3.1.2, Language of Parts).

A screen reader reading an English page pronounces "mentorstøtte" or a
Danish source title in English unless the word sits inside an element with
``lang="da"``. Two things must always be marked on every English page of the
real site: every Danish glossary word in the text, and every Danish source
title (sources are Danish unless their ``sprog`` says otherwise).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, site_pages
from helpers.html import Node, parse_file

from mentorguiden.glossary.marking import mark_danish_words
from mentorguiden.glossary.model import load_glossary

GLOSSARY = load_glossary(ROOT, today=__import__("datetime").date(2026, 12, 1))
DANISH = GLOSSARY.danish_pattern
UNMARKED_CONTEXT = {"script", "style", "title", "code", "pre", "kbd", "samp"}


def language_of(node: Node) -> str | None:
    current: Node | None = node
    while current is not None:
        if "lang" in current.attrs:
            return current.attrs["lang"]
        current = current.parent
    return None


def unmarked_danish_words(document: Node) -> list[str]:
    """Danish glossary words in text whose nearest ``lang`` is not Danish."""
    assert DANISH is not None
    found: list[str] = []
    for node in document.iter():
        if node.tag in UNMARKED_CONTEXT or any(parent.tag in UNMARKED_CONTEXT for parent in ancestors(node)):
            continue
        for child in node.children:
            if isinstance(child, str) and language_of(node) != "da":
                found += [match.group(0) for match in DANISH.finditer(child)]
    return found


def ancestors(node: Node) -> list[Node]:
    parents: list[Node] = []
    current = node.parent
    while current is not None:
        parents.append(current)
        current = current.parent
    return parents


def english_pages(site: Path) -> list[Path]:
    return [page for page in site_pages(site) if page.relative_to(site).parts[0] == "en"]


def test_danish_glossary_words_are_marked_on_every_english_page(site: Path) -> None:
    problems = {}
    for page in english_pages(site):
        words = unmarked_danish_words(parse_file(page))
        if words:
            problems[str(page.relative_to(site))] = sorted(set(words))
    assert not problems, f'Danish words without lang="da" on English pages: {problems}'


def test_danish_source_titles_carry_lang_da_on_english_pages(site: Path) -> None:
    pages_with_sources = 0
    for page in english_pages(site):
        titles = parse_file(page).by_class("mg-sources__title")
        pages_with_sources += bool(titles)
        unmarked = [title.text() for title in titles if title.attrs.get("lang") != "da"]
        assert not unmarked, f'{page.relative_to(site)}: Danish source titles without lang="da": {unmarked}'
    assert pages_with_sources >= 20, "the English pages should list their sources"


def test_danish_source_titles_have_no_lang_on_danish_pages(site: Path) -> None:
    for page in site_pages(site):
        if page.relative_to(site).parts[0] == "en":
            continue
        titles = parse_file(page).by_class("mg-sources__title")
        assert all("lang" not in title.attrs for title in titles), page


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>They get mentorstøtte.</p>", '<p>They get <span lang="da">mentorstøtte</span>.</p>'),
        ('<p><em lang="da">mentorstøtte</em></p>', '<p><em lang="da">mentorstøtte</em></p>'),
        ("<p><code>fleksjob</code></p>", "<p><code>fleksjob</code></p>"),
        ("<p>Send it by Digital Post.</p>", "<p>Send it by Digital Post.</p>"),
        ('<p title="fleksjob">a flexi-job</p>', '<p title="fleksjob">a flexi-job</p>'),
    ],
    ids=["plain", "already-marked", "code", "same-name-in-english", "attribute"],
)
def test_mark_danish_words(html: str, expected: str) -> None:
    assert mark_danish_words(html, GLOSSARY) == expected
