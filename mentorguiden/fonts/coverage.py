"""Does every character the site shows have its glyph in the font subsets? (tests/site/test_fonts_site.py)

A character the full IBM Plex Sans has but the subsets lack would be drawn
in another font: the editor is told to run ``make skrifttyper``. Characters
the full fonts lack (an emoji, an arrow) fall back to the system's fonts
either way and are not reported.
"""

from __future__ import annotations

from pathlib import Path

from mentorguiden.fonts.characters import characters_of_site
from mentorguiden.fonts.subset import FONT_FILES, FULL_FONTS, SUBSET_FONTS, font_characters


def _characters_of_fonts(folder: Path) -> set[str]:
    characters: set[str] = set()
    for font_file in folder.glob(FONT_FILES):
        characters |= font_characters(font_file)
    return characters


def missing_characters(site_dir: Path, root: Path) -> list[str]:
    """One Danish message per character of the site the full fonts have and the subsets lack."""
    full = _characters_of_fonts(root / FULL_FONTS)
    in_subsets = _characters_of_fonts(root / SUBSET_FONTS)
    return [
        f"Tegnet '{character}' (U+{ord(character):04X}) bruges på {page}, men mangler i skrifttyperne i "
        f"{SUBSET_FONTS}/. Kør `make skrifttyper`, og læg de nye filer med i dit commit."
        for character, page in sorted(characters_of_site(site_dir).items())
        if character in full and character not in in_subsets
    ]
