"""The one source model: a page's, a checklist's, the agreement's and the glossary's ``kilder``.

Editors write each source as ``titel``, ``udgiver``, ``dato`` and ``url``
(front matter, checklists, the agreement template, the glossary). A source
whose publisher or date nobody knows says so (``udgiver: Ukendt udgiver``,
``dato: ukendt``); the reader then sees only what is known, never the word
"ukendt" (and never a Danish word on an English page).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mentorguiden.core.dates import UNKNOWN_DATE, ShownDate, format_date
from mentorguiden.core.languages import DEFAULT_LANGUAGE

UNKNOWN_PUBLISHERS = frozenset({"", "ukendt", "ukendt udgiver", "unknown", "unknown publisher"})
"""What editors write as ``udgiver`` when a source names no publisher (compared case-insensitively)."""


def date_text(value: Any) -> str | None:
    """YAML reads 2026-11-22 as a date and 2024 as a number: the date as ``2026-11-22`` / ``2024`` text."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str | None = None
    """None when unknown."""
    date: str | None = None
    """``2026-11-22``, ``2024-03`` or ``2024``; None when unknown (``dato: ukendt``) or not given."""
    url: str | None = None
    language: str = DEFAULT_LANGUAGE
    """``sprog``: the language the source is written in (its title and publisher are in it); Danish unless it says so."""

    @classmethod
    def from_data(cls, entry: Mapping[str, Any]) -> Source:
        """A ``kilder`` entry (already checked against its schema)."""
        publisher = str(entry.get("udgiver") or "").strip()
        date = date_text(entry.get("dato"))
        return cls(
            title=str(entry["titel"]),
            publisher=None if publisher.casefold() in UNKNOWN_PUBLISHERS else publisher,
            date=None if date in (None, UNKNOWN_DATE) else date,
            url=entry.get("url") or None,
            language=entry.get("sprog") or DEFAULT_LANGUAGE,
        )

    def as_front_matter(self) -> dict[str, Any]:
        """The same keys as the ``kilder`` of a guidance page."""
        entry: dict[str, Any] = {
            "titel": self.title,
            "udgiver": self.publisher or "Ukendt udgiver",
            "dato": _front_matter_date(self.date),
        }
        if self.url:
            entry["url"] = self.url
        if self.language != DEFAULT_LANGUAGE:
            entry["sprog"] = self.language
        return entry

    def shown(self, language: str) -> ShownSource:
        return ShownSource(
            title=self.title,
            publisher=self.publisher,
            date=format_date(self.date, language) if self.date else None,
            url=self.url,
            lang=self.language if self.language != language else None,
        )


def _front_matter_date(value: str | None) -> str | dt.date:
    """As an editor writes it: a whole date as a YAML date, a year or month as text, else ``ukendt``."""
    if value is None:
        return UNKNOWN_DATE
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


@dataclass(frozen=True)
class ShownSource:
    """A source as a reader sees it (overrides/partials/page-sources.html): only what is known."""

    title: str
    publisher: str | None
    date: ShownDate | None
    url: str | None
    lang: str | None = None
    """The source's language where it differs from the page's (``lang`` on its title and publisher), else None."""
