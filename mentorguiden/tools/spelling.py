"""Spell check of the Danish pages with Debian's hunspell-da and the project's own word list.

Part of ``make check``. The prose of every Danish page in docs/ (and the
Danish snippets in includes/) is checked: the ``title`` and ``description``
in front matter and the text of the page. Code, addresses, HTML tags and
comments, markers, link targets and the rest of the front matter (source
titles are names) are left out. Words hunspell does not know and that are
not in the word list (``data/ordliste-stavning.txt``: words of the trade
such as virksomhedsmentor and mentortilskud) are reported with file and
line, in Danish.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mentorguiden.content.frontmatter import TRANSLATION_SUFFIX
from mentorguiden.core.errors import DataError
from mentorguiden.core.messages import where

WORD_LIST = Path("data") / "ordliste-stavning.txt"
DICTIONARY = "da_DK"

_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜüÄäÖö]+")
_PROSE_KEYS = re.compile(r"^(title|description):\s?(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_BLANK_OUT = [
    re.compile(r"<!--.*?-->"),  # comments and markers
    re.compile(r"`[^`]*`"),  # inline code
    re.compile(r"\]\([^)]*\)"),  # link targets
    re.compile(r"\]\[[^\]]*\]"),  # reference link labels
    re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$"),  # reference link definitions
    re.compile(r"<[^>]+>"),  # HTML tags and their attributes
    re.compile(r"\{[:!][^}]*\}|\{\s*[#.][^}]*\}"),  # attribute lists and includes
    re.compile(r"\bhttps?://\S+|\bwww\.\S+|\S+@\S+"),  # addresses
    re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|net|eu|info)\b"),  # domain names (elov.dk)
    re.compile(r"&[a-zA-Z#0-9]+;"),  # HTML entities
    re.compile(r"^\s*!!!\s*\w+|^\s*\?\?\?\+?\s*\w+"),  # admonition type (its title is prose)
]


@dataclass(frozen=True)
class Misspelling:
    file: str
    line: int
    word: str

    def message(self) -> str:
        return (
            f'{where(self.file, self.line)}: "{self.word}" – ukendt ord. Ret stavefejlen, eller tilføj ordet til '
            f"{WORD_LIST.as_posix()}, hvis det er stavet rigtigt."
        )


def prose_lines(markdown: str) -> Iterable[tuple[int, str]]:
    """(line number, text to check) for every line of a page that holds prose."""
    lines = markdown.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is not None:
            for number in range(1, end):
                match = _PROSE_KEYS.match(lines[number])
                if match:
                    yield number + 1, match.group(2).strip("\"'")
            start = end + 1
    in_code = False
    in_comment = False
    for number in range(start, len(lines)):
        line = lines[number]
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            continue
        if in_comment:
            if "-->" not in line:
                continue
            line, in_comment = line.split("-->", 1)[1], False
        if "<!--" in line and "-->" not in line.split("<!--", 1)[1]:
            line, in_comment = line.split("<!--", 1)[0], True
        for pattern in _BLANK_OUT:
            line = pattern.sub(" ", line)
        yield number + 1, line


def words(text: str) -> list[str]:
    """The words of a line; parts of a hyphenated word separately (CPR-nummer → CPR, nummer)."""
    return [word for word in _WORD.findall(text) if len(word) > 1]


def load_word_list(path: Path) -> set[str]:
    """One word per line; ``#`` starts a comment."""
    if not path.is_file():
        return set()
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            found.add(word)
    return found


def accepted_by_word_list(word: str, word_list: set[str]) -> bool:
    """A listed word in any case form it may take in a sentence, and with Danish endings.

    ``mentee`` also accepts ``Mentee``, ``menteen`` and ``menteens``; ``STAR``
    accepts ``STAR`` (also in ``STAR's``: the apostrophe ends a word), but not ``star``.
    """
    candidates = {word, word[:1].lower() + word[1:], word.lower()}
    for candidate in list(candidates):
        for ending in ("s", "en", "ens", "er", "erne", "ernes", "e", "et", "ets", "n", "ns", "r", "rne", "rnes"):
            if candidate.endswith(ending) and len(candidate) > len(ending) + 2:
                candidates.add(candidate[: -len(ending)])
    return bool(candidates & word_list)


def hunspell_unknown(candidates: Iterable[str], dictionary: str = DICTIONARY) -> set[str]:
    """The words hunspell's dictionary does not know (one hunspell run for all of them)."""
    executable = shutil.which("hunspell")
    if executable is None:
        raise DataError(
            "Stavekontrollen kræver programmet hunspell med den danske ordbog (Debian-pakkerne "
            "hunspell og hunspell-da). Kør 'make check', som installerer dem."
        )
    text = "\n".join(sorted(set(candidates)))
    result = subprocess.run(
        [executable, "-d", dictionary, "-l", "-i", "utf-8"],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0 or "Can't open affix or dictionary" in result.stderr:
        raise DataError(
            "Stavekontrollen kan ikke åbne den danske ordbog. Installer Debian-pakken hunspell-da "
            f"('make check' gør det). hunspell sagde: {result.stderr.strip()}"
        )
    return set(result.stdout.split())


def danish_files(root: Path) -> list[Path]:
    """The Danish pages and the Danish snippets."""
    pages = [path for path in (root / "docs").rglob("*.md") if not path.name.endswith(TRANSLATION_SUFFIX)]
    snippets = list((root / "includes").glob("*.da.md"))
    return sorted(pages + snippets)


def check_spelling(root: Path, files: list[Path] | None = None, word_list_path: Path | None = None) -> list[Misspelling]:
    """Every unknown word on the Danish pages, with file and line, in page order."""
    files = danish_files(root) if files is None else files
    word_list = load_word_list(word_list_path or root / WORD_LIST)
    occurrences: list[tuple[str, int, str]] = []
    for path in files:
        shown = path.relative_to(root).as_posix()
        for number, line in prose_lines(path.read_text(encoding="utf-8")):
            occurrences += [(shown, number, word) for word in words(line)]
    to_ask = {word for _, _, word in occurrences if not accepted_by_word_list(word, word_list)}
    unknown = hunspell_unknown(to_ask) if to_ask else set()
    return [Misspelling(file, line, word) for file, line, word in occurrences if word in unknown]
