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
from collections.abc import Callable

from markupsafe import escape

from mentorguiden.core.html_tokens import VOID_TAGS, attributes_of, rewrite_between_references, rewrite_text, split_markup
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
    mark = _first_occurrence_marker(by_form, set(), language, glossary_link)
    return rewrite_text(html, _skips_for_terms, lambda text: pattern.sub(mark, text))


def _first_occurrence_marker(
    by_form: dict[str, Term], marked: set[str], language: str, glossary_link: str
) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` replacement that marks up each term's first match (``marked`` holds the ids done) and keeps the rest."""

    def mark(match: re.Match[str]) -> str:
        term = by_form[" ".join(match.group(0).split()).casefold()]
        if term.id in marked:
            return match.group(0)
        marked.add(term.id)
        return term_markup(term, match.group(0), language, glossary_link)

    return mark


def _skips_for_terms(tag: str, attributes: str) -> bool:
    if tag in SKIPPED_TAGS:
        return True
    if "&" not in attributes and not any(name in attributes for name in SKIPPED_CLASSES):
        return False  # none of the classes is written there (and no reference could spell one)
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


def mark_terms_and_danish_words(html: str, glossary: Glossary, language: str, glossary_link: str) -> str:
    """``mark_danish_words(mark_terms(html, …))`` (a page in another language than Danish), in one pass.

    The result is the same, character for character: the second pass would
    see the same elements (the term markup has no ``lang`` and none of the
    tags it skips), so each run of text is marked for terms and then for
    Danish words, the new term markup's link text and tooltip included.
    """
    danish = glossary.danish_pattern
    if danish is None:
        return mark_terms(html, glossary, language, glossary_link)
    pattern, by_form = glossary.term_pattern(language)
    marked: set[str] = set()

    def danish_words(text: str) -> str:
        return danish.sub(lambda match: f'<span lang="da">{match.group(0)}</span>', text)

    def terms_then_danish(part: str) -> str:
        out: list[str] = []
        start = 0
        for match in pattern.finditer(part):
            term = by_form[" ".join(match.group(0).split()).casefold()]
            if term.id in marked:
                continue  # stays in the text around it, as the first pass leaves it
            marked.add(term.id)
            out.append(danish_words(part[start : match.start()]))
            out.append(_term_markup_with(term, match.group(0), language, glossary_link, danish_words))
            start = match.end()
        out.append(danish_words(part[start:]))
        return "".join(out)

    mark = _first_occurrence_marker(by_form, marked, language, glossary_link)

    def terms_only(part: str) -> str:
        return pattern.sub(mark, part)

    def rewrite(text: str, terms_skipped: bool, danish_skipped: bool) -> str:
        if terms_skipped and danish_skipped:
            return text
        if terms_skipped:
            return rewrite_between_references(text, danish_words)
        return rewrite_between_references(text, terms_only if danish_skipped else terms_then_danish)

    return _rewrite_with_two_skips(html, _skips_for_terms, _skips_for_danish, rewrite)


def _term_markup_with(term: Term, text: str, language: str, glossary_link: str, danish_words: Callable[[str], str]) -> str:
    """``term_markup`` with Danish words marked in its link text and tooltip, as a second pass would."""
    tip_id = f"mg-term-{term.id}"
    tooltip = rewrite_between_references(str(escape(term.tooltip(language))), danish_words)
    return (
        f'<span class="mg-term" data-mg-term="{term.id}">'
        f'<a class="mg-term__link" href="{escape(glossary_link)}#{term.id}" aria-describedby="{tip_id}">'
        f"{rewrite_between_references(text, danish_words)}</a>"
        f'<span class="mg-term__tip" role="tooltip" id="{tip_id}">{tooltip}</span>'
        "</span>"
    )


def _rewrite_with_two_skips(
    page: str,
    first: Callable[[str, str], bool],
    second: Callable[[str, str], bool],
    rewrite: Callable[[str, bool, bool], str],
) -> str:
    """``core.html_tokens.rewrite_text`` with two sets of skipped elements: ``rewrite(text, in_first, in_second)``."""
    out: list[str] = []
    open_elements: list[tuple[str, bool, bool]] = []
    in_first = in_second = 0
    for piece in split_markup(page):
        if isinstance(piece, str):
            out.append(rewrite(piece, in_first > 0, in_second > 0))
            continue
        out.append(piece.group())
        if start := piece.group("start"):
            tag = start.lower()
            if tag not in VOID_TAGS and not piece.group("close"):
                attributes = piece.group("attributes")
                skip_first, skip_second = first(tag, attributes), second(tag, attributes)
                open_elements.append((tag, skip_first, skip_second))
                in_first += skip_first
                in_second += skip_second
        elif end := piece.group("end"):
            tag = end.lower()
            if open_elements and open_elements[-1][0] == tag:  # the usual case: the innermost element closes
                _, skip_first, skip_second = open_elements.pop()
                in_first -= skip_first
                in_second -= skip_second
                continue
            for index in range(len(open_elements) - 1, -1, -1):
                if open_elements[index][0] == tag:
                    in_first -= sum(element[1] for element in open_elements[index:])
                    in_second -= sum(element[2] for element in open_elements[index:])
                    del open_elements[index:]
                    break
    return "".join(out)
