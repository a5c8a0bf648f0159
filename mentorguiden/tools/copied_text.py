"""No copied text: find runs of 12 or more words that a page shares with a source document.

The site is written in its own words. The source documents the texts were
written from (the "seeds", kept in tests/seeds/) must never be pasted in: a
run of 12 consecutive words identical to a seed is copied text. Case,
punctuation and a word hyphenated across a line break are ignored. Used by
``make check`` (mentorguiden/tools/check.py) and by tests/test_content.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

RUN = 12
SEEDS = Path("tests") / "seeds"

_HYPHENATED_LINE_BREAK = re.compile(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=\w)")
_WORD = re.compile(r"[0-9a-zæøåéüäö]+")


@dataclass(frozen=True)
class SharedRun:
    seed: str
    """The seed's file name."""
    words: str
    line: int
    """Where the run starts in the checked text (1 for the first line)."""


def _words_with_lines(text: str) -> list[tuple[str, int]]:
    removed_at: list[int] = []  # positions in the joined text where a line break was removed

    def join(match: re.Match[str]) -> str:
        removed_at.append(match.start() - sum(len(m) for m in _joined))
        _joined.append(match.group(0))
        return ""

    _joined: list[str] = []
    joined = _HYPHENATED_LINE_BREAK.sub(join, text)
    newlines = [index for index, char in enumerate(joined) if char == "\n"]
    found = []
    for match in _WORD.finditer(joined.lower()):
        line = 1 + bisect.bisect_right(newlines, match.start()) + bisect.bisect_right(removed_at, match.start())
        found.append((match.group(0), line))
    return found


def seed_words(text: str) -> list[str]:
    """Lower-case words; punctuation ignored; a word hyphenated across a line break joined."""
    return [word for word, _ in _words_with_lines(text)]


def load_seeds(folder: Path) -> dict[str, list[str]]:
    """The words of every seed document (``0*.txt``) in ``folder``, by file name."""
    return {path.name: seed_words(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("0*.txt"))}


class SeedIndex:
    """Every run of RUN words in the seeds, to look a text's runs up in."""

    def __init__(self, seeds: dict[str, list[str]]):
        self._grams: dict[tuple[str, ...], str] = {}
        for name, words in seeds.items():
            for index in range(len(words) - RUN + 1):
                self._grams.setdefault(tuple(words[index:index + RUN]), name)

    def shared_runs(self, text: str) -> list[SharedRun]:
        words = _words_with_lines(text)
        found = []
        for index in range(len(words) - RUN + 1):
            gram = tuple(word for word, _ in words[index:index + RUN])
            if gram in self._grams:
                found.append(SharedRun(self._grams[gram], " ".join(gram), words[index][1]))
        return found


def shared_runs(text: str, seeds: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(seed name, the shared words) for every run of RUN words ``text`` shares with a seed."""
    return [(run.seed, run.words) for run in SeedIndex(seeds).shared_runs(text)]


def content_files(root: Path) -> list[Path]:
    """Every file whose words end up on the site: pages, data, snippets, page templates."""
    return sorted([*(root / "docs").rglob("*.md"), *(root / "data").rglob("*.yml"),
                   *(root / "includes").glob("*.md"), *(root / "overrides" / "generated").glob("*.html")])


def copied_text(root: Path, seeds_folder: Path | None = None) -> list[str]:
    """A Danish message for every run of RUN words a content file shares with a seed."""
    seeds_folder = seeds_folder or root / SEEDS
    index = SeedIndex(load_seeds(seeds_folder))
    problems = []
    for path in content_files(root):
        for run in index.shared_runs(path.read_text(encoding="utf-8")):
            problems.append(
                f"{path.relative_to(root).as_posix()}:{run.line}: {RUN} ord i træk er de samme som i kildedokumentet "
                f"{run.seed}: »{run.words}«. Skriv teksten med dine egne ord."
            )
    return problems
