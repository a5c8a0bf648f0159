"""Glossary terms marked on every page: the first occurrence of each term, with its definition as a tooltip.

Only the first occurrence per term per page is marked: a reader meets the
explanation where the word first appears, screen readers announce it once,
and the text is not littered with underlines. Terms are not marked where a
link inside would be wrong or confusing: headings, links, code, buttons,
form labels, admonition titles and anything marked ``mg-no-glossary``.
(``overrides/assets/stylesheets/content.css`` and ``mentorguiden.js`` show
the definition on hover, focus and tap.)
"""

from __future__ import annotations

import re

from markupsafe import escape

from mentorguiden.core.html_tokens import attributes_of, rewrite_text
from mentorguiden.glossary.model import Glossary, Term

SKIPPED_TAGS = frozenset(
    {
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "a",
        "code",
        "pre",
        "kbd",
        "samp",
        "button",
        "label",
        "select",
        "option",
        "textarea",
        "script",
        "style",
        "summary",
        "abbr",
        "dfn",
        "svg",
        "math",
        "title",
        "figcaption",
    }
)
SKIPPED_CLASSES = frozenset({"admonition-title", "mg-term", "mg-sources", "mg-no-glossary", "headerlink"})


def mark_terms(html: str, glossary: Glossary, language: str, glossary_link: str) -> str:
    """``html`` with the first occurrence of each glossary term in body text marked up with its definition."""
    pattern, by_form = glossary.term_pattern(language)
    marked: set[str] = set()

    def mark(match: re.Match[str]) -> str:
        term = by_form[" ".join(match.group(0).split()).casefold()]
        if term.id in marked:
            return match.group(0)
        marked.add(term.id)
        return term_markup(term, match.group(0), language, glossary_link)

    return rewrite_text(html, _skips_for_terms, lambda text: pattern.sub(mark, text))


def _skips_for_terms(tag: str, attributes: str) -> bool:
    if tag in SKIPPED_TAGS:
        return True
    return "class" in attributes.lower() and not SKIPPED_CLASSES.isdisjoint(
        (attributes_of(attributes).get("class") or "").split()
    )


def term_markup(term: Term, text: str, language: str, glossary_link: str) -> str:
    tip_id = f"mg-term-{term.id}"
    return (
        f'<span class="mg-term" data-mg-term="{term.id}">'
        f'<a class="mg-term__link" href="{escape(glossary_link)}#{term.id}" aria-describedby="{tip_id}">{text}</a>'
        f'<span class="mg-term__tip" role="tooltip" id="{tip_id}">{escape(term.tooltip(language))}</span>'
        "</span>"
    )


DANISH_SKIPPED_TAGS = frozenset({"script", "style", "title", "code", "pre", "kbd", "samp"})


def mark_danish_words(html: str, glossary: Glossary) -> str:
    """``html`` of a page in another language, with each Danish glossary word not already in ``lang="da"``
    wrapped in ``<span lang="da">``, so screen readers pronounce it in Danish (WCAG 3.1.2)."""
    pattern = glossary.danish_pattern
    if pattern is None:
        return html
    return rewrite_text(
        html, _skips_for_danish, lambda text: pattern.sub(lambda match: f'<span lang="da">{match.group(0)}</span>', text)
    )


def _skips_for_danish(tag: str, attributes: str) -> bool:
    """Elements already in a language of their own, and code."""
    return tag in DANISH_SKIPPED_TAGS or ("lang" in attributes.lower() and "lang" in attributes_of(attributes))
