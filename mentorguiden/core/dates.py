"""Dates as readers see them, in Danish and English: one set of month names for the whole site.

Front matter, sources, the glossary, the rule register, the agreement's
"status pr." line and "Senest opdateret" all format dates here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentorguiden.core.ui_strings import ui

DANISH_MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

UNKNOWN_DATE = "ukendt"
"""What an editor writes as a source's ``dato`` when the source carries no date."""


@dataclass(frozen=True)
class ShownDate:
    iso: str
    """For ``<time datetime>``: ``2026-11-22``, ``2024-03`` or ``2024``; empty when unknown."""
    text: str
    """As a reader says it: ``22. november 2026`` / ``22 November 2026``."""

    @property
    def known(self) -> bool:
        return bool(self.iso)


def _months(language: str) -> tuple[str, ...]:
    return ENGLISH_MONTHS if language == "en" else DANISH_MONTHS


def format_date(value: str, language: str) -> ShownDate:
    """``2026-11-22`` → ``22. november 2026`` (da) or ``22 November 2026`` (en); months and years too.

    A source whose date nobody knows says ``dato: ukendt``; it is shown as
    "udateret" / "undated" and has no machine-readable date (``iso`` empty).
    """
    if value == UNKNOWN_DATE:
        return ShownDate("", ui("undated", language))
    parts = [int(part) for part in value.split("-")]
    months = _months(language)
    if len(parts) == 1:
        text = str(parts[0])
    elif len(parts) == 2:
        text = f"{months[parts[1] - 1]} {parts[0]}"
    elif language == "en":
        text = f"{parts[2]} {months[parts[1] - 1]} {parts[0]}"
    else:
        text = f"{parts[2]}. {months[parts[1] - 1]} {parts[0]}"
    return ShownDate(value, text)


def long_date(day: dt.date, language: str) -> str:
    """``22. november 2026`` in Danish, ``22 November 2026`` in English."""
    return format_date(day.isoformat(), language).text


def parse_partial_date(value: str) -> dt.date:
    """The first day of ``2024``, ``2024-03`` or ``2024-03-15``; ValueError if no such day exists."""
    parts = [int(part) for part in value.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return dt.date(year, month, day)
