"""HTML that the build made, rewritten where it is text: one regular expression instead of an HTML parser.

The glossary marks its terms in the text of every page, on both languages
(``mentorguiden.glossary.marking``). Python's ``html.parser`` calls back into
Python for every tag and every piece of text, and was most of that cost
(benchmarks/PROFILE.md). The HTML here is what Markdown and our templates
wrote, so tags are well formed; one regular expression finds every tag,
comment and script, and only the text between them reaches Python code.
The markup itself is copied through unchanged, byte for byte.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

ATTRIBUTE_SOURCE = r"""\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?"""
"""One attribute of a start tag, with the space before it (for use inside a larger expression)."""
ATTRIBUTE = re.compile(r"""(\s+)([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
"""One attribute: the space before it, its name and its value as written (quotes included, or None)."""

VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})

_MARKUP = re.compile(
    r"<!--.*?-->"
    r"|<(?P<raw>script|style)\b(?:" + ATTRIBUTE_SOURCE + r")*\s*>.*?</(?P=raw)\s*>"
    r"|</(?P<end>[a-zA-Z][^\s/>]*)\s*>"
    r"|<(?P<start>[a-zA-Z][^\s/>]*)(?P<attributes>(?:" + ATTRIBUTE_SOURCE + r")*)\s*(?P<close>/?)>"
    r"|<[!?][^>]*>",
    re.DOTALL | re.IGNORECASE,
)
_REFERENCE = re.compile(r"(&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][-.a-zA-Z0-9]*);?)")
"""A character or entity reference: text is rewritten around it, never inside it."""

SkipsElement = Callable[[str, str], bool]
"""(tag name in lower case, the start tag's attributes as written) → True if the element's text is left alone.
Most tags have no attribute the caller asks about, so it parses them (``attributes_of``) only when needed."""


def attributes_of(source: str) -> dict[str, str | None]:
    """A start tag's attributes by lower-case name, values unquoted and unescaped (None without a value)."""
    values: dict[str, str | None] = {}
    for match in ATTRIBUTE.finditer(source):
        raw = match.group(3)
        if raw is not None and raw[:1] in "\"'":
            raw = raw[1:-1]
        values.setdefault(match.group(2).lower(), None if raw is None else html.unescape(raw))
    return values


def split_markup(page: str) -> Iterator[str | re.Match[str]]:
    """``page`` in order, as runs of text (``str``, as written) and pieces of markup (a match).

    A match's groups: ``start``, ``attributes`` and ``close`` (``/`` or empty)
    for a start tag, ``end`` for an end tag, ``raw`` for a whole script or
    style element; none of them for a comment or a declaration.
    """
    position = 0
    for match in _MARKUP.finditer(page):
        if match.start() > position:
            yield page[position : match.start()]
        yield match
        position = match.end()
    if position < len(page):
        yield page[position:]


def rewrite_text(page: str, skips: SkipsElement, rewrite: Callable[[str], str]) -> str:
    """``page`` with ``rewrite`` applied to every run of text outside the elements ``skips`` names.

    Comments, scripts and styles are never text. References such as
    ``&amp;`` split a run, as a browser reads them as one character.
    """
    out: list[str] = []
    open_elements: list[tuple[str, bool]] = []
    skipped = 0
    position = 0
    for match in _MARKUP.finditer(page):
        if match.start() > position:
            text = page[position : match.start()]
            out.append(text if skipped else _rewrite_between_references(text, rewrite))
        out.append(match.group())
        position = match.end()
        if start := match.group("start"):
            tag = start.lower()
            if tag not in VOID_TAGS and not match.group("close"):
                skip = skips(tag, match.group("attributes"))
                open_elements.append((tag, skip))
                skipped += skip
        elif end := match.group("end"):
            skipped -= _close(open_elements, end.lower())
    if position < len(page):
        text = page[position:]
        out.append(text if skipped else _rewrite_between_references(text, rewrite))
    return "".join(out)


def _close(open_elements: list[tuple[str, bool]], tag: str) -> int:
    """Close the innermost open ``tag`` and everything inside it; return how many skipped elements closed."""
    for index in range(len(open_elements) - 1, -1, -1):
        if open_elements[index][0] == tag:
            closed = sum(skip for _, skip in open_elements[index:])
            del open_elements[index:]
            return closed
    return 0


def rewrite_between_references(text: str, rewrite: Callable[[str], str]) -> str:
    """``rewrite`` applied to each part of one run of text between character references, as ``rewrite_text`` does."""
    return _rewrite_between_references(text, rewrite)


def _rewrite_between_references(text: str, rewrite: Callable[[str], str]) -> str:
    if text.isspace():
        return text
    if "&" not in text:
        return rewrite(text)
    return "".join(part if index % 2 else rewrite(part) for index, part in enumerate(_REFERENCE.split(text)))
