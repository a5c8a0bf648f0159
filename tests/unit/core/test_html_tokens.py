"""mentorguiden/core/html_tokens.py: only text outside skipped elements is rewritten; markup is copied as it is."""

from __future__ import annotations

import pytest

from mentorguiden.core.html_tokens import attributes_of, rewrite_text


def shout(html: str, *skipped_tags: str) -> str:
    return rewrite_text(html, lambda tag, attributes: tag in skipped_tags or "lang" in attributes_of(attributes), str.upper)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<p class="x">tekst <b>fed</b></p>', '<p class="x">TEKST <b>FED</b></p>'),
        ("<!-- kommentar --><p>a</p>", "<!-- kommentar --><p>A</p>"),
        ("<script>if (a < b) { x = '<p>' }</script>b", "<script>if (a < b) { x = '<p>' }</script>B"),
        ("<style>p > a { }</style>c", "<style>p > a { }</style>C"),
        ('<p title="a > b">d</p>', '<p title="a > b">D</p>'),
        ("a &amp; b&nbsp;c &#230;", "A &amp; B&nbsp;C &#230;"),
        ("1 < 2 og 3 > 2", "1 < 2 OG 3 > 2"),
        ("<P>Store</P>", "<P>STORE</P>"),
    ],
)
def test_text_is_rewritten_and_markup_copied_unchanged(html, expected):
    assert shout(html) == expected


def test_skipped_elements_keep_their_text_until_they_close():
    html = '<p>a <code>b <i>c</i> d</code> e <span lang="da">f</span> g<br>h <img src="x.png"/> i</p>'
    assert shout(html, "code") == '<p>A <code>b <i>c</i> d</code> E <span lang="da">f</span> G<br>H <img src="x.png"/> I</p>'


def test_an_unclosed_element_inside_a_skipped_one_closes_with_it():
    assert shout("<code><i>a</code> b", "code") == "<code><i>a</code> B"


def test_attributes_by_lower_case_name_unescaped():
    assert attributes_of(" CLASS=\"a b\" data-x='&lt;' hidden lang=da") == {
        "class": "a b",
        "data-x": "<",
        "hidden": None,
        "lang": "da",
    }
