"""English pages get their glossary terms and their Danish words in one pass, with the result of two.

``hooks/glossary.py`` marks an English page with ``mark_terms_and_danish_words``
(one walk over the HTML) instead of ``mark_danish_words(mark_terms(...))``
(two). The result must be the same, character for character, on markup of every
kind the pages have, and on every page of the real site
(``tests/site/test_glossary_site_one_pass.py``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers.builds import ROOT

from mentorguiden.glossary.marking import mark_danish_words, mark_terms, mark_terms_and_danish_words
from mentorguiden.glossary.model import load_glossary

GLOSSARY = load_glossary(ROOT, today=dt.date(2026, 12, 2))
LINK = "../viden/ordliste/"


def english_forms() -> list[str]:
    return [term.wording["en"].forms[0] for term in GLOSSARY.terms]


def danish_forms() -> list[str]:
    """Danish forms the Danish-word pattern marks on an English page."""
    assert GLOSSARY.danish_pattern is not None
    return [form for term in GLOSSARY.terms for form in term.wording["da"].forms if GLOSSARY.danish_pattern.fullmatch(form)]


def two_passes(html: str) -> str:
    return mark_danish_words(mark_terms(html, GLOSSARY, "en", LINK), GLOSSARY)


def samples() -> list[str]:
    english, danish = english_forms(), danish_forms()
    words = " ".join(english + danish)
    return [
        f"<p>{words}</p><p>{words}</p>",
        f"<h2 id='x'>{english[0]}</h2><p>{english[0]} &amp; {danish[0]}&nbsp;{english[1]}</p>",
        f'<p><a href="/x/">{english[0]}</a> {english[0]} <code>{danish[0]}</code> {danish[0]}</p>',
        f'<div lang="da"><p>{danish[0]} {english[0]}</p></div><p>{danish[1]} {english[2]}</p>',
        f'<p class="mg-no-glossary">{english[0]}</p><span lang="da">{danish[2]}</span><p>{english[0]}</p>',
        f"<ul><li>{english[3]}<br>{danish[3]}</li></ul><pre>{danish[4]}</pre><p>{danish[4]}</p>"
        f"<script>var a = '{english[4]}';</script><p>{english[4]}</p>",
        f"<p>{english[5]}<b>{english[5]}</b></p></div><p>{danish[5]}</p><!-- {english[6]} --><p>{english[6]}</p>",
        f'<h2 id="y">{danish[0]} {english[0]}</h2><p><a href="/x/">{danish[1]}</a> <button>{danish[2]}</button> {english[0]}</p>',
    ]


@pytest.mark.parametrize("html", samples())
def test_one_pass_gives_what_two_passes_give(html):
    assert mark_terms_and_danish_words(html, GLOSSARY, "en", LINK) == two_passes(html)


def test_danish_words_in_a_new_tooltip_are_marked_as_a_second_pass_would(monkeypatch):
    term = GLOSSARY.terms[0]
    danish = danish_forms()[0]
    monkeypatch.setattr(type(term), "tooltip", lambda self, language: f"Explained: {danish} & more.")
    html = f"<p>{term.wording['en'].forms[0]}</p>"
    result = mark_terms_and_danish_words(html, GLOSSARY, "en", LINK)
    assert result == two_passes(html)
    assert f'Explained: <span lang="da">{danish}</span> &amp; more.' in result


def test_the_samples_are_marked_at_all():
    """A test of equality is only worth something if the passes change the samples."""
    for html in samples():
        result = mark_terms_and_danish_words(html, GLOSSARY, "en", LINK)
        assert 'class="mg-term"' in result
    assert any('<span lang="da">' in mark_terms_and_danish_words(html, GLOSSARY, "en", LINK) for html in samples())
