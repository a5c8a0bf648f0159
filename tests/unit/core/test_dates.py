"""The one month table and the way each language writes a date (mentorguiden/core/dates.py).

How dates look is tested with the front matter (tests/unit/content/test_frontmatter.py);
here: the table is complete, and a language without month names fails instead of showing Danish.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mentorguiden.core.dates import MONTHS, format_date, long_date
from mentorguiden.core.languages import LANGUAGES


def test_every_language_has_twelve_month_names():
    assert set(MONTHS) == set(LANGUAGES)
    assert all(len(names) == 12 and len(set(names)) == 12 for names in MONTHS.values())
    assert MONTHS["da"][2] == "marts" and MONTHS["en"][2] == "March"


def test_a_day_a_month_and_a_year_in_each_language():
    assert [format_date(value, "da").text for value in ("2026-03-05", "2026-03", "2026")] == [
        "5. marts 2026",
        "marts 2026",
        "2026",
    ]
    assert [format_date(value, "en").text for value in ("2026-03-05", "2026-03", "2026")] == [
        "5 March 2026",
        "March 2026",
        "2026",
    ]


def test_a_language_without_month_names_fails_instead_of_showing_danish():
    with pytest.raises(KeyError, match="'de'"):
        format_date("2026-03-05", "de")
    with pytest.raises(KeyError, match="'de'"):
        long_date(dt.date(2026, 3, 5), "de")
