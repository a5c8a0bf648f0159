"""Which characters a built site's pages can show, so the font subsets hold every one of them.

Every character of each page's HTML counts, attribute values included
(placeholders, texts the scripts show), except scripts, styles and inline
SVG, whose characters are never drawn in the page's font. A fixed base set
(printable ASCII, the Danish letters, common punctuation) is always kept, so
a small edit rarely needs new subsets.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path

_NOT_DRAWN = re.compile(r"<(script|style|svg)\b.*?</\1>", re.S | re.I)

BASE_CHARACTERS = frozenset([chr(code) for code in range(0x20, 0x7F)] + list("\u00a0æøåÆØÅéÉèüÜöÖäÄ–—‘’“”„«»…•€§½°×·"))


def characters_of_page(page_html: str) -> set[str]:
    """The characters of one page that can be drawn in its font (no control characters)."""
    text = html.unescape(_NOT_DRAWN.sub(" ", page_html))
    return {character for character in text if character.isprintable() or character == "\u00a0"}


def characters_of_site(site_dir: Path) -> dict[str, str]:
    """Each character used by the site's pages → the first page (relative path) that uses it."""
    first_use: dict[str, str] = {}
    for page in sorted(site_dir.rglob("*.html")):
        for character in characters_of_page(page.read_text(encoding="utf-8")):
            first_use.setdefault(character, page.relative_to(site_dir).as_posix())
    return first_use


def needed_characters(sites: Iterable[Path]) -> set[str]:
    """The base set and every character of every given site."""
    needed = set(BASE_CHARACTERS)
    for site in sites:
        needed |= set(characters_of_site(site))
    return needed
