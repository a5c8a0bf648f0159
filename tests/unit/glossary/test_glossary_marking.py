"""The glossary (mentorguiden/glossary.py): the shipped data loads, and terms are marked in page HTML."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers.builds import ROOT

from mentorguiden.glossary.marking import mark_terms
from mentorguiden.glossary.model import Glossary, Term, Wording, load_glossary


def glossary(*terms: tuple[str, list[str]]) -> Glossary:
    return Glossary(
        terms=tuple(
            Term(
                id=term_id,
                wording={lang: Wording(forms[0], tuple(forms), f"Forklaring af {forms[0]}.") for lang in ("da", "en")},
                status_by_language={},
            )
            for term_id, forms in terms
        ),
        reviewed="2026-11-22",
        sources=(),
        source_file="data/ordliste.yml",
    )


MENTOR = glossary(
    ("virksomhedsmentor", ["virksomhedsmentor", "virksomhedsmentoren", "virksomhedsmentorer"]),
    ("fleksjob", ["fleksjob"]),
    ("digital-post", ["Digital Post"]),
    ("frikoeb", ["frikøb"]),
)


def marked(html: str) -> str:
    return mark_terms(html, MENTOR, "da", "../viden/ordliste/")


def test_first_occurrence_is_marked_with_link_and_tooltip():
    html = marked("<p>En virksomhedsmentor hjælper. Virksomhedsmentoren er kollega.</p>")
    assert html.count('class="mg-term"') == 1
    assert (
        '<a class="mg-term__link" href="../viden/ordliste/#virksomhedsmentor" '
        'aria-describedby="mg-term-virksomhedsmentor">virksomhedsmentor</a>'
    ) in html
    assert '<span class="mg-term__tip" role="tooltip" id="mg-term-virksomhedsmentor">' in html
    assert html.endswith("Virksomhedsmentoren er kollega.</p>")


def test_whole_words_only_with_danish_letters():
    assert marked("<p>fleksjobordningen og frikøbt og frikøbet</p>") == "<p>fleksjobordningen og frikøbt og frikøbet</p>"
    assert 'data-mg-term="frikoeb"' in marked("<p>Tal om frikøb.</p>")
    assert 'data-mg-term="fleksjob"' in marked("<p>Et FLEKSJOB, ikke et job.</p>")
    assert 'data-mg-term="fleksjob"' not in marked("<p>et fleksjob-tilbud</p>")


def test_forms_with_spaces_match_across_line_breaks():
    assert ">Digital\nPost</a>" in marked("<p>Send via Digital\nPost.</p>")


@pytest.mark.parametrize(
    "html",
    [
        "<h2>Fleksjob</h2>",
        '<p><a href="x/">fleksjob</a></p>',
        "<p><code>fleksjob</code></p>",
        "<pre><code>fleksjob</code></pre>",
        '<p><button type="button">fleksjob</button></p>',
        "<p><label>fleksjob <input type=checkbox></label></p>",
        '<div class="admonition note"><p class="admonition-title">Fleksjob</p></div>',
        '<div class="mg-no-glossary"><p>fleksjob</p></div>',
        "<p>tekst</p><!-- fleksjob -->",
    ],
)
def test_terms_are_not_marked_where_a_link_does_not_belong(html):
    assert marked(html) == html


def test_html_passes_through_unchanged_apart_from_the_marks():
    html = (
        '<p class="x">A &amp; B &#8211; <img src="a.png" alt="fleksjob"><br><em>ét</em> fleksjob</p>\n<ul><li>&lt;b&gt;</li></ul>'
    )
    result = marked(html)
    assert result.replace(result[result.index('<span class="mg-term"') : result.index("</span></span>") + 14], "fleksjob") == html


def test_a_term_is_marked_after_a_skipped_element_ends():
    assert 'data-mg-term="fleksjob"' in marked("<h2>Fleksjob</h2><p>Om fleksjob.</p>")


def test_definitions_are_escaped():
    evil = Glossary(
        terms=(Term("x", {"da": Wording("fleksjob", ("fleksjob",), "<script>alert(1)</script>")}, {}),),
        reviewed="2026-11-22",
        sources=(),
        source_file="",
    )
    html = mark_terms("<p>fleksjob</p>", evil, "da", "g/")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_shipped_glossary_loads():
    loaded = load_glossary(ROOT, today=dt.date.today())
    ids = {term.id for term in loaded.terms}
    assert {
        "aktivitetsparat",
        "jobparat",
        "ressourceforloeb",
        "jobafklaringsforloeb",
        "virksomhedspraktik",
        "fleksjob",
        "koordinerende-sagsbehandler",
        "progressionsvaerktoej",
        "mentorstoette",
        "virksomhedsmentor",
        "frikoeb",
        "refusion",
        "digital-post",
        "virksomhedsindgang",
    } <= ids


SHARED_BEGINNINGS = glossary(
    ("mentor", ["mentor", "mentoren"]),
    ("mentorstoette", ["mentorstøtte", "mentorstøtten"]),
    ("digital", ["digital"]),
    ("digital-post", ["Digital Post"]),
)


@pytest.mark.parametrize(
    ("text", "term_id", "marked_text"),
    [
        ("Søg om mentorstøtten nu.", "mentorstoette", "mentorstøtten"),
        ("Mentoren kommer.", "mentor", "Mentoren"),
        ("Skriv med Digital  Post.", "digital-post", "Digital  Post"),
        ("En digital postkasse.", "digital", "digital"),
    ],
)
def test_the_longest_form_that_is_a_whole_word_wins(text, term_id, marked_text):
    html = mark_terms(f"<p>{text}</p>", SHARED_BEGINNINGS, "da", "x/")
    assert f'data-mg-term="{term_id}"' in html
    assert f'aria-describedby="mg-term-{term_id}">{marked_text}</a>' in html
    assert html.count('class="mg-term"') == 1
