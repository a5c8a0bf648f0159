"""Which English pages are missing or older than their Danish page, for readers and for editors.

Danish is the site's first language. An English page (``x.en.md``) that does
not exist yet is shown in Danish, with a notice; an English page whose
Danish page (``x.md``) was changed in a later commit gets a notice that it
may be out of date. Both notices are rendered by
overrides/partials/translation-notice.html (hooks/translation_status.py).

``python -m mentorguiden.tools.translation_report`` (``make oversaettelser``) lists
the same pages for the editors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mentorguiden.content.frontmatter import TRANSLATION_SUFFIX
from mentorguiden.content.git_dates import FileDates
from mentorguiden.core.dates import format_date

MISSING = "missing"
OUTDATED = "outdated"


@dataclass(frozen=True)
class TranslationStatus:
    """An English page that readers should be warned about."""

    kind: str
    """``MISSING`` or ``OUTDATED``."""
    danish: str
    """The Danish page, e.g. ``docs/viden/effekt.md``."""
    english: str
    """Where the English page is (or should be), e.g. ``docs/viden/effekt.en.md``."""
    danish_changed: dt.datetime | None = None
    english_changed: dt.datetime | None = None

    def dates(self, language: str) -> tuple[str, str]:
        """The two commit dates as a reader writes them, e.g. ``3 March 2026``."""
        return (_day(self.danish_changed, language), _day(self.english_changed, language))


def _day(when: dt.datetime | None, language: str) -> str:
    return format_date(when.date().isoformat(), language).text if when else ""


def english_path(danish: str) -> str:
    """``docs/x.md`` → ``docs/x.en.md``."""
    return danish.removesuffix(".md") + TRANSLATION_SUFFIX


def translation_status(danish: str, root: Path, dates: FileDates) -> TranslationStatus | None:
    """The status of the English version of the Danish page ``danish`` (relative to ``root``), or None if fine."""
    english = english_path(danish)
    if not (root / english).is_file():
        return TranslationStatus(MISSING, danish, english, dates.last_changed(danish))
    danish_changed, english_changed = dates.last_changed(danish), dates.last_changed(english)
    if danish_changed and english_changed and danish_changed > english_changed:
        return TranslationStatus(OUTDATED, danish, english, danish_changed, english_changed)
    return None


def danish_pages(docs_dir: Path) -> list[Path]:
    return sorted(path for path in docs_dir.rglob("*.md") if not path.name.endswith(TRANSLATION_SUFFIX))


def translation_report(root: Path, dates: FileDates, docs_dir: Path | None = None) -> list[TranslationStatus]:
    """Every Danish page in docs/ whose English page is missing or older."""
    docs_dir = docs_dir or root / "docs"
    found = []
    for path in danish_pages(docs_dir):
        status = translation_status(path.relative_to(root).as_posix(), root, dates)
        if status:
            found.append(status)
    return found


def report_lines(statuses: list[TranslationStatus], dates_known: bool) -> list[str]:
    """The report in Danish, one line per page, and a summary."""
    missing = [status for status in statuses if status.kind == MISSING]
    outdated = [status for status in statuses if status.kind == OUTDATED]
    lines = []
    for status in missing:
        lines.append(
            f"{status.english}: mangler. Engelske læsere ser den danske side {status.danish}. "
            f"Opret {status.english} med den engelske tekst."
        )
    for status in outdated:
        danish_day, english_day = status.dates("da")
        lines.append(
            f"{status.english}: kan være forældet. {status.danish} er ændret {danish_day}, "
            f"den engelske side sidst {english_day}. Ret den engelske tekst, så den passer igen."
        )
    if not dates_known:
        lines.append(
            "Bemærk: git-historikken kan ikke læses her (ingen git, ingen historik, eller en "
            "'shallow' kopi), så forældede oversættelser kan ikke findes – kun manglende."
        )
    if statuses:
        lines.append(f"I alt: {len(missing)} mangler, {len(outdated)} kan være forældede.")
    else:
        lines.append(
            "Alle danske sider har en engelsk udgave" + (", og ingen er ældre end sin danske side." if dates_known else ".")
        )
    return lines
