"""The rule register as a model: laws and the rules the site states, with their dates.

No MkDocs and no files here: ``load.py`` builds a ``Register`` from
``data/regler.yml``; ``citations.py`` and ``notice.py`` render it.
"""

from __future__ import annotations

import datetime
import difflib
from dataclasses import dataclass, field

from mentorguiden.core.dates import long_date
from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import Translated

RULES_FILE = "data/regler.yml"
RULES_SCHEMA = "data/schemas/regler.schema.json"
MARKER_NAME = "regel"


@dataclass(frozen=True)
class Law:
    id: str
    name: Translated
    abbreviation: str
    url: str
    note: Translated | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    law: Law
    status_date: datetime.date
    """When the rule was last checked in the law ("status pr.")."""
    review_by: datetime.date
    """The last day the rule counts as checked; from the day after, pages using it show a notice."""
    paragraph: str | None = None
    url: str | None = None
    """A link straight to the paragraph; the law's own address when None."""
    see_also: Translated | None = None
    """A further source, shown after the citation as "jf. …"."""
    note: Translated | None = None
    historical: bool = False
    line: int | None = field(default=None, compare=False)
    """Where the rule starts in data/regler.yml."""

    @property
    def label(self) -> str:
        """``LAB § 167, stk. 1``: the law's abbreviation and the paragraph."""
        return " ".join(part for part in (self.law.abbreviation, self.paragraph) if part)

    @property
    def href(self) -> str:
        return self.url or self.law.url

    def status_day(self, language: str) -> str:
        """The "status pr." date written out: ``22. november 2026`` / ``22 November 2026``."""
        return long_date(self.status_date, language)

    def review_day(self, language: str) -> str:
        return long_date(self.review_by, language)

    def overdue(self, today: datetime.date) -> bool:
        """True once the review date has passed (the day after ``review_by``)."""
        return today > self.review_by

    def where(self) -> str:
        return f"{RULES_FILE}, linje {self.line}" if self.line else RULES_FILE


@dataclass(frozen=True)
class Register:
    laws: dict[str, Law]
    rules: dict[str, Rule]
    source_file: str = RULES_FILE

    def nearest(self, rule_id: str) -> str | None:
        close = difflib.get_close_matches(rule_id, list(self.rules), n=1, cutoff=0.4)
        return close[0] if close else None

    def unknown_message(self, rule_id: str, where_used: str = "") -> str:
        """Danish: the id is unknown, the nearest id, and where the rules are."""
        nearest = self.nearest(rule_id)
        hint = f" Mente du '{nearest}'?" if nearest else ""
        used = f" {where_used}" if where_used else ""
        return (
            f"ukendt regel '{rule_id}'{used}.{hint} Reglerne og deres id'er står i {self.source_file}; "
            "ret id'et, eller tilføj reglen dér."
        )

    def get(self, rule_id: str, where_used: str = "") -> Rule:
        rule = self.rules.get(rule_id)
        if rule is None:
            raise DataError(self.unknown_message(rule_id, where_used))
        return rule
