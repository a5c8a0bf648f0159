"""``make friskhed``: list the pages and data files whose review date is more than 12 months old.

Every guidance page (and the glossary and each checklist) says when a
professional last checked it (``senest_gennemgaaet``). Rules change; a page
nobody has checked for a year should be read again. This is a report for
the editors, in Danish, naming file, line and date. It exits with status 0
even when it finds something (the site is still fine to publish);
``--fejl`` makes it exit with status 1 then, e.g. for a scheduled job.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from mentorguiden.content.frontmatter import REVIEW_KEY
from mentorguiden.core.dates import format_date
from mentorguiden.core.messages import where

MONTHS = 12
_REVIEW_LINE = re.compile(rf"^{REVIEW_KEY}:\s*[\"']?(\d{{4}}-\d{{2}}-\d{{2}})[\"']?\s*(?:#.*)?$")


@dataclass(frozen=True)
class Review:
    file: str
    line: int
    reviewed: dt.date


def review_dates(root: Path) -> list[Review]:
    """The review date of every page in docs/ and every data file in data/ that has one."""
    files = sorted([*(root / "docs").rglob("*.md"), *(root / "data").rglob("*.yml")])
    found = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = _REVIEW_LINE.match(line)
            if match:
                with contextlib.suppress(ValueError):  # not a real date: the build says so
                    found.append(Review(path.relative_to(root).as_posix(), number, dt.date.fromisoformat(match[1])))
                break
    return found


def cutoff(today: dt.date) -> dt.date:
    """The same day 12 months before ``today`` (28 February for 29 February)."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return today.replace(year=today.year - 1, day=28)


def overdue(root: Path, today: dt.date) -> list[Review]:
    """Reviews older than 12 months, oldest first."""
    limit = cutoff(today)
    return sorted(
        (review for review in review_dates(root) if review.reviewed < limit), key=lambda review: (review.reviewed, review.file)
    )


def report_lines(reviews: list[Review], today: dt.date) -> list[str]:
    lines = [
        f"{where(review.file, review.line)}: senest gennemgået {format_date(review.reviewed.isoformat(), 'da').text} "
        f"– mere end {MONTHS} måneder siden. Lad en fagperson læse siden, og ret så {REVIEW_KEY}."
        for review in reviews
    ]
    since = format_date(cutoff(today).isoformat(), "da").text
    if reviews:
        count = "1 fil" if len(reviews) == 1 else f"{len(reviews)} filer"
        lines.append(f"I alt {count} er ikke gennemgået siden {since}.")
    else:
        lines.append(f"Alle sider og datafiler er gennemgået efter {since}.")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vis sider, der ikke er gennemgået i 12 måneder.")
    parser.add_argument("--projekt", type=Path, default=Path("."), help="projektets mappe (standard: denne mappe)")
    parser.add_argument(
        "--i-dag", type=dt.date.fromisoformat, default=None, metavar="ÅÅÅÅ-MM-DD", help="regn fra denne dato i stedet for i dag"
    )
    parser.add_argument("--fejl", action="store_true", help="afslut med status 1, hvis der er filer på listen")
    arguments = parser.parse_args(argv)
    today = arguments.i_dag or dt.date.today()
    reviews = overdue(arguments.projekt.resolve(), today)
    print("\n".join(report_lines(reviews, today)))
    return 1 if arguments.fejl and reviews else 0


if __name__ == "__main__":
    sys.exit(main())
