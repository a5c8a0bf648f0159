"""The pieces every Danish editor message is made of: where, "Mente du …?", and "used twice".

Every mistake in a data file or page is reported as ``<file>, linje <n>: <what
is wrong>. <what to do>``; these helpers write the parts that repeat.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def where(file: str, line: int | None = None) -> str:
    """``data/profil.yml, linje 12``, or just the file when the line is unknown."""
    return f"{file}, linje {line}" if line else file


def close_match(word: str, known: Iterable[str], *, cutoff: float = 0.6) -> str | None:
    """The known word closest to ``word``, if any is close enough."""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=cutoff)
    return close[0] if close else None


def did_you_mean(word: str, known: Iterable[str], otherwise: str | None = None, *, cutoff: float = 0.6) -> str:
    """``Mente du 'x'?`` for the closest known word, else ``otherwise`` (default: the known words listed)."""
    known = list(known)
    close = close_match(word, known, cutoff=cutoff)
    if close:
        return f"Mente du '{close}'?"
    if otherwise is not None:
        return otherwise
    return f"Kendte navne er: {', '.join(known) or '(ingen)'}."


def duplicates(items: Iterable[T], key: Callable[[T], Hashable]) -> Iterator[tuple[T, T]]:
    """``(item, first)`` for every item whose key an earlier item (``first``) already had."""
    first_seen: dict[Hashable, T] = {}
    for item in items:
        item_key = key(item)
        if item_key in first_seen:
            yield item, first_seen[item_key]
        else:
            first_seen[item_key] = item


def unknown_page(key: str, target: str, pages: Iterable[str]) -> str:
    """``'key' peger på 'x', men den side findes ikke.`` with a "Mente du" for a data file's link to a page under docs/."""
    hint = did_you_mean(
        target, sorted(pages), "Skriv stien til en side under docs/, fx virksomheder/kompensation.md.", cutoff=0.7
    )
    return f"'{key}' peger på '{target}', men den side findes ikke. {hint}"
