"""Dates as readers see them, in Danish and English: one set of month names for the whole site.

Front matter, sources, the glossary, the rule register, the agreement's
"status pr." line and "Senest opdateret" all format dates here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

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
MONTHS: Mapping[str, tuple[str, ...]] = MappingProxyType({"da": DANISH_MONTHS, "en": ENGLISH_MONTHS})
"""The one month table: language → the twelve month names, January first. How a date is written
(``22. november 2026`` / ``22 November 2026``) is an interface text (``date_day``, ``date_month``)."""

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


def format_date(value: str, language: str) -> ShownDate:
    """``2026-11-22`` → ``22. november 2026`` (da) or ``22 November 2026`` (en); months and years too.

    A source whose date nobody knows says ``dato: ukendt``; it is shown as
    "udateret" / "undated" and has no machine-readable date (``iso`` empty).
    """
    if value == UNKNOWN_DATE:
        return ShownDate("", ui("undated", language))
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        return ShownDate(value, str(parts[0]))
    month = MONTHS[language][parts[1] - 1]
    if len(parts) == 2:
        return ShownDate(value, ui("date_month", language, month=month, year=parts[0]))
    return ShownDate(value, ui("date_day", language, day=parts[2], month=month, year=parts[0]))


def long_date(day: dt.date, language: str) -> str:
    """``22. november 2026`` in Danish, ``22 November 2026`` in English."""
    return format_date(day.isoformat(), language).text


def parse_partial_date(value: str) -> dt.date:
    """The first day of ``2024``, ``2024-03`` or ``2024-03-15``; ValueError if no such day exists."""
    parts = [int(part) for part in value.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return dt.date(year, month, day)
