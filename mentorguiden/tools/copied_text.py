"""No copied text: find runs of 9 or more words that a page shares with a source document.

The site is written in its own words. The source documents the texts were
written from (the "seeds", kept in tests/seeds/) must never be pasted in: a
run of RUN (9) consecutive words identical to a seed is copied text. Case,
punctuation and a word hyphenated across a line break are ignored. Used by
``make check`` (mentorguiden/tools/check.py) and by the tests.

Two things are not copying, and a run made only of their words is exempt:

* **A marked quotation**: the words inside »…«, when the closing « is followed
  directly (spaces or one line break between) by the source in parentheses:
  either ``(kilde: …)`` / ``(source: …)``, or a parenthesis holding a link
  (``[titel](https://…)``, ``<a href=…>`` or a bare ``https://`` address).
  A quotation does not run across an empty line. A run that goes on past the
  quotation marks is still copied text.
* **A source's title**: the ``titel:`` of an entry in a ``kilder:`` list (in
  a page's front matter or a data file), wherever that title is cited.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mentorguiden.core.messages import where

RUN = 9
SEEDS = Path("tests") / "seeds"

_HYPHENATED_LINE_BREAK = re.compile(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=\w)")
_WORD = re.compile(r"[0-9a-zæøåéüäö]+", re.IGNORECASE)
_QUOTATION = re.compile(
    r"»(?P<quoted>(?:(?!\n[ \t]*\n)[^»«])+)«[ \t]*(?:\r?\n[ \t]*)?"
    r"\((?P<source>(?:[^()\n]|\([^()\n]*\))*)\)"
)
_SOURCE_LABEL = re.compile(r"^\s*(?:kilde|source)\s*:\s*\S", re.IGNORECASE)
_SOURCE_LINK = re.compile(r"\]\([^)\s]+\)|<a\s[^>]*href=|https?://", re.IGNORECASE)
_SOURCES_KEY = re.compile(r"^(?P<indent>[ \t]*)kilder:[ \t]*$")
_TITLE_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)?titel:[ \t]*(?P<value>\S.*?)[ \t]*$")


@dataclass(frozen=True)
class SharedRun:
    seed: str
    """The seed's file name."""
    words: str
    line: int
    """Where the run starts in the checked text (1 for the first line)."""
    seed_line: int = 0
    """Where the run starts in the seed (0 when the seed's lines are not known)."""


@dataclass(frozen=True)
class _Word:
    word: str
    line: int
    start: int
    """Position in the text with hyphenated line breaks joined."""


def _words_in(text: str) -> tuple[str, list[_Word]]:
    """The text with hyphenated line breaks joined, and its lower-case words with their lines."""
    removed_at: list[int] = []  # positions in the joined text where a line break was removed
    removed_chars = 0

    def join(match: re.Match[str]) -> str:
        nonlocal removed_chars
        removed_at.append(match.start() - removed_chars)
        removed_chars += len(match.group(0))
        return ""

    joined = _HYPHENATED_LINE_BREAK.sub(join, text)
    newlines = [index for index, char in enumerate(joined) if char == "\n"]
    found = []
    for match in _WORD.finditer(joined):
        line = 1 + bisect.bisect_right(newlines, match.start()) + bisect.bisect_right(removed_at, match.start())
        found.append(_Word(match.group(0).lower(), line, match.start()))
    return joined, found


def seed_words(text: str) -> list[str]:
    """Lower-case words; punctuation ignored; a word hyphenated across a line break joined."""
    return [word.word for word in _words_in(text)[1]]


def load_seeds(folder: Path) -> dict[str, list[str]]:
    """The words of every seed document (``0*.txt``) in ``folder``, by file name."""
    return {path.name: seed_words(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("0*.txt"))}


def is_source(parenthesis: str) -> bool:
    """Whether the text in the parentheses after a quotation names its source."""
    return bool(_SOURCE_LABEL.match(parenthesis) or _SOURCE_LINK.search(parenthesis))


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted words of every marked quotation: »…« followed by its source."""
    return [match.span("quoted") for match in _QUOTATION.finditer(text) if is_source(match.group("source"))]


def source_titles(text: str) -> list[str]:
    """The ``titel:`` of every entry in a ``kilder:`` list in a page's front matter or a data file."""
    titles = []
    block_indent: int | None = None
    for line in text.splitlines():
        stripped = line.lstrip()
        if block_indent is not None and stripped and not stripped.startswith("#"):
            indent = len(line) - len(stripped)
            is_item = stripped == "-" or stripped.startswith("- ")
            if indent < block_indent or (indent == block_indent and not is_item):
                block_indent = None
        key = _SOURCES_KEY.match(line)
        if key:
            block_indent = len(key.group("indent"))
            continue
        title = _TITLE_KEY.match(line) if block_indent is not None else None
        if title:
            titles.append(title.group("value").strip("\"'"))
    return titles


class SeedIndex:
    """Every run of RUN words in the seeds, to look a text's runs up in."""

    def __init__(self, seeds: dict[str, list[str]], seed_lines: dict[str, list[int]] | None = None):
        self._grams: dict[tuple[str, ...], tuple[str, int]] = {}
        for name, words in seeds.items():
            lines = (seed_lines or {}).get(name)
            for index in range(len(words) - RUN + 1):
                self._grams.setdefault(tuple(words[index : index + RUN]), (name, lines[index] if lines else 0))

    @classmethod
    def from_folder(cls, folder: Path) -> SeedIndex:
        """The index of the seed documents (``0*.txt``) in ``folder``, with their line numbers."""
        seeds, lines = {}, {}
        for path in sorted(folder.glob("0*.txt")):
            words = _words_in(path.read_text(encoding="utf-8"))[1]
            seeds[path.name] = [word.word for word in words]
            lines[path.name] = [word.line for word in words]
        return cls(seeds, lines)

    def shared_runs(self, text: str, titles: Iterable[str] = ()) -> list[SharedRun]:
        """Every run of RUN words ``text`` shares with a seed, outside marked quotations and ``titles``."""
        joined, words = _words_in(text)
        exempt = _exempt_words(joined, words, titles)
        found: list[SharedRun] = []
        run_start = run_end = -1  # words[run_start:run_end] is the run being extended
        for index in range(len(words) - RUN + 1):
            if all(exempt[index : index + RUN]):
                continue
            gram = tuple(word.word for word in words[index : index + RUN])
            if gram not in self._grams:
                continue
            if found and index < run_end:  # overlaps the run before: one longer run, one message
                run_end = index + RUN
                previous = found.pop()
                found.append(
                    SharedRun(
                        previous.seed, " ".join(word.word for word in words[run_start:run_end]), previous.line, previous.seed_line
                    )
                )
                continue
            seed, seed_line = self._grams[gram]
            run_start, run_end = index, index + RUN
            found.append(SharedRun(seed, " ".join(gram), words[index].line, seed_line))
        return found


def _exempt_words(joined: str, words: list[_Word], titles: Iterable[str]) -> list[bool]:
    """For each word: inside a marked quotation, or part of a cited source title."""
    starts = [word.start for word in words]
    exempt = [False] * len(words)
    for start, end in quotation_spans(joined):
        for index in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            exempt[index] = True
    text_words = [word.word for word in words]
    for title in {tuple(seed_words(title)) for title in titles}:
        if not title:
            continue
        for index in range(len(text_words) - len(title) + 1):
            if tuple(text_words[index : index + len(title)]) == title:
                exempt[index : index + len(title)] = [True] * len(title)
    return exempt


def shared_runs(text: str, seeds: dict[str, list[str]], titles: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(seed name, the shared words) for every run of RUN or more words ``text`` shares with a seed."""
    return [(run.seed, run.words) for run in SeedIndex(seeds).shared_runs(text, titles)]


def content_files(root: Path) -> list[Path]:
    """Every file whose words end up on the site: pages (both languages), data, snippets, page templates."""
    return sorted(
        [
            *(root / "docs").rglob("*.md"),
            *(root / "data").rglob("*.yml"),
            *(root / "includes").rglob("*.md"),
            *(root / "overrides" / "generated").glob("*.html"),
        ]
    )


def copied_text(root: Path, seeds_folder: Path | None = None) -> list[str]:
    """A Danish message for every run of RUN words a content file shares with a seed."""
    index = SeedIndex.from_folder(seeds_folder or root / SEEDS)
    texts = {path: path.read_text(encoding="utf-8") for path in content_files(root)}
    titles = sorted({title for text in texts.values() for title in source_titles(text)})
    problems = []
    for path, text in texts.items():
        for run in index.shared_runs(text, titles):
            problems.append(
                f"{where(path.relative_to(root).as_posix(), run.line)}: {len(run.words.split())} ord i træk er de samme "
                f"som i kildedokumentet {run.seed} (linje {run.seed_line}): »{run.words}«. Skriv teksten med dine "
                "egne ord, eller citér den som »…« med kilden lige efter i parentes, fx »…« (kilde: udgiver, titel)."
            )
    return problems
