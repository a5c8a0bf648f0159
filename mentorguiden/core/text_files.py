"""Every file an editor writes is UTF-8: checked once, first, with the line of the first character that is not.

A page or data file saved from another program (Notepad, Word) may come out
in Windows-1252, where "ø" is one byte that UTF-8 cannot read. Python then
stops with a ``UnicodeDecodeError`` traceback wherever the file happens to be
read first. The build (``mentorguiden.site.load_site_state``) and
``make check`` check every editor file up front instead, and name the file,
the line and the text just before the character.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from mentorguiden.core.messages import where

EDITOR_FOLDERS = ("docs", "data", "includes")
TEXT_SUFFIXES = frozenset({".md", ".yml", ".yaml", ".txt", ".html", ".json"})
"""Not ".svg": the logo is checked by the profile, which says when a file is not an SVG at all."""
EDITOR_FILES_AT_THE_ROOT = ("mkdocs.yml",)


def editor_text_files(root: Path) -> Iterator[Path]:
    """The text files editors change: pages, snippets, data files, schemas, mkdocs.yml."""
    for name in EDITOR_FILES_AT_THE_ROOT:
        if (root / name).is_file():
            yield root / name
    for folder in EDITOR_FOLDERS:
        yield from sorted(path for path in (root / folder).rglob("*") if path.suffix in TEXT_SUFFIXES and path.is_file())


def utf8_problem(data: bytes, shown: str) -> str | None:
    """A Danish message naming the line of the first byte that is not UTF-8, or ``None``."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        before = data[data.rfind(b"\n", 0, error.start) + 1 : error.start].decode("utf-8", errors="replace")[-30:].strip()
        after = f"tegnet efter »{before}«" if before else "det første tegn på linjen"
        return (
            f"{where(shown, line)}: filen er ikke gemt som UTF-8, så {after} kan ikke læses. Gem filen igen med "
            "tegnsættet UTF-8 (fx i Notesblok: Gem som → Kodning: UTF-8), og tjek bagefter æ, ø og å på linjen."
        )
    return None


def encoding_problems(root: Path) -> list[str]:
    """One message per editor file that is not UTF-8."""
    problems = (utf8_problem(path.read_bytes(), path.relative_to(root).as_posix()) for path in editor_text_files(root))
    return [problem for problem in problems if problem]
