"""``make oversaettelser``: list the English pages that are missing or older than their Danish page.

A report for the editors, in Danish. It exits with status 0 even when it
finds pages: a missing translation is allowed (readers see the Danish page
with a notice). ``--fejl`` makes it exit with status 1 when it finds any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentorguiden.content.git_dates import file_dates
from mentorguiden.content.translations import report_lines, translation_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vis engelske sider, der mangler eller er ældre end den danske side.")
    parser.add_argument("--projekt", type=Path, default=Path("."), help="projektets mappe (standard: denne mappe)")
    parser.add_argument("--fejl", action="store_true", help="afslut med status 1, hvis der er sider på listen")
    arguments = parser.parse_args(argv)
    root = arguments.projekt.resolve()
    dates = file_dates(root)
    statuses = translation_report(root, dates)
    print("\n".join(report_lines(statuses, dates.known)))
    return 1 if arguments.fejl and statuses else 0


if __name__ == "__main__":
    sys.exit(main())
