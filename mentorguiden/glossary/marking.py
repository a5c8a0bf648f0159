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
from html.parser import HTMLParser

from markupsafe import escape

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
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


def term_pattern(glossary: Glossary, language: str) -> tuple[re.Pattern[str], dict[str, Term]]:
    """One regex for every form in ``language``, longest first; whole words, any case, any whitespace."""
    by_form: dict[str, Term] = {}
    for term in glossary.terms:
        for form in term.wording[language].forms:
            by_form[form.casefold()] = term
    alternatives = sorted(by_form, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in form.split()) for form in alternatives)
    # \w is Unicode-aware: æ, ø and å are letters, so "mentor" never matches inside "mentorstøtte".
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), by_form


def mark_terms(html: str, glossary: Glossary, language: str, glossary_link: str) -> str:
    """``html`` with the first occurrence of each glossary term in body text marked up with its definition."""
    pattern, by_form = term_pattern(glossary, language)
    marker = _TermMarker(pattern, by_form, language, glossary_link)
    marker.feed(html)
    marker.close()
    return "".join(marker.out)


def term_markup(term: Term, text: str, language: str, glossary_link: str) -> str:
    tip_id = f"mg-term-{term.id}"
    return (
        f'<span class="mg-term" data-mg-term="{term.id}">'
        f'<a class="mg-term__link" href="{escape(glossary_link)}#{term.id}" aria-describedby="{tip_id}">{text}</a>'
        f'<span class="mg-term__tip" role="tooltip" id="{tip_id}">{escape(term.tooltip(language))}</span>'
        "</span>"
    )


class _TermMarker(HTMLParser):
    """Copies HTML through unchanged, except the first occurrence of each term in plain body text."""

    def __init__(self, pattern: re.Pattern[str], by_form: dict[str, Term], language: str, glossary_link: str):
        super().__init__(convert_charrefs=False)
        self.pattern, self.by_form = pattern, by_form
        self.language, self.glossary_link = language, glossary_link
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []
        self.marked: set[str] = set()

    def _skipping(self) -> bool:
        return any(skipped for _, skipped in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")
        if tag in VOID_TAGS:
            return
        classes = set((dict(attrs).get("class") or "").split())
        self.stack.append((tag, tag in SKIPPED_TAGS or bool(classes & SKIPPED_CLASSES)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self.out.append(f"</{tag}>")
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._skipping():
            self.out.append(data)
            return
        self.out.append(self.pattern.sub(self._mark, data))

    def _mark(self, match: re.Match[str]) -> str:
        term = self.by_form[" ".join(match.group(0).split()).casefold()]
        if term.id in self.marked:
            return match.group(0)
        self.marked.add(term.id)
        return term_markup(term, match.group(0), self.language, self.glossary_link)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


DANISH_SKIPPED_TAGS = frozenset({"script", "style", "title", "code", "pre", "kbd", "samp"})


def danish_pattern(glossary: Glossary) -> re.Pattern[str] | None:
    """Every Danish form of every term, except names English uses as they are (``Digital Post``) and
    abbreviations (``LAB``, ``STAR``); never inside a web address or file path."""
    english_terms = {term.wording["en"].term.casefold() for term in glossary.terms}
    forms = {
        form
        for term in glossary.terms
        for form in term.wording["da"].forms
        if form.casefold() not in english_terms and not form.isupper()
    }
    if not forms:
        return None
    body = "|".join(r"\s+".join(re.escape(word) for word in form.split()) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w/.-])(?:{body})(?![\w/-])", re.IGNORECASE)


def mark_danish_words(html: str, glossary: Glossary) -> str:
    """``html`` of a page in another language, with each Danish glossary word not already in ``lang="da"``
    wrapped in ``<span lang="da">``, so screen readers pronounce it in Danish (WCAG 3.1.2)."""
    pattern = danish_pattern(glossary)
    if pattern is None:
        return html
    marker = _DanishMarker(pattern)
    marker.feed(html)
    marker.close()
    return "".join(marker.out)


class _DanishMarker(_TermMarker):
    """Copies HTML through unchanged, except Danish words in text outside any element with a ``lang``."""

    def __init__(self, pattern: re.Pattern[str]):
        super().__init__(pattern, {}, "da", "")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")
        if tag in VOID_TAGS:
            return
        self.stack.append((tag, tag in DANISH_SKIPPED_TAGS or any(name == "lang" for name, _ in attrs)))

    def handle_data(self, data: str) -> None:
        if self._skipping():
            self.out.append(data)
            return
        self.out.append(self.pattern.sub(lambda match: f'<span lang="da">{match.group(0)}</span>', data))
