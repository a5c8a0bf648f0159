"""Write IBM Plex Sans subsets: each full font in tools/fonts/ cut down to the characters the site uses.

The stylesheet (overrides/assets/stylesheets/mentorguiden.css) keeps its
@font-face rules with their unicode-range: each subset has the same name as
its full font and keeps only the needed characters it has, so the latin-ext
files stay tiny and are fetched only by a page that uses one of their
characters. Only kerning and ligatures are kept of the layout features (the
site's letters are precomposed: no mark positioning needed), all names (the
licence), and no hinting: hinting and the other features doubled the files'
size, and today's browsers draw the outlines well without hints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FULL_FONTS = Path("tools/fonts")
SUBSET_FONTS = Path("overrides/assets/fonts")
FONT_FILES = "ibm-plex-sans-*.woff2"


@dataclass(frozen=True)
class SubsetResult:
    name: str
    full_bytes: int
    subset_bytes: int
    characters: int


def font_characters(font_file: Path) -> set[str]:
    """The characters a font has a glyph for."""
    with TTFont(font_file) as font:
        return {chr(code) for code in font.getBestCmap()}


def write_subset(full_font: Path, target: Path, characters: Iterable[str]) -> SubsetResult:
    """``full_font`` with only those of ``characters`` it has, written as WOFF2 to ``target``."""
    wanted = sorted(set(characters) & font_characters(full_font))
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    options.hinting = False
    options.notdef_outline = True
    with TTFont(full_font) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(character) for character in wanted])
        subsetter.subset(font)
        target.parent.mkdir(parents=True, exist_ok=True)
        font.flavor = "woff2"
        font.save(target)
    return SubsetResult(full_font.name, full_font.stat().st_size, target.stat().st_size, len(wanted))


def write_subsets(root: Path, characters: set[str]) -> list[SubsetResult]:
    """Every full font of tools/fonts/ as a subset in overrides/assets/fonts/."""
    return [
        write_subset(full_font, root / SUBSET_FONTS / full_font.name, characters)
        for full_font in sorted((root / FULL_FONTS).glob(FONT_FILES))
    ]
