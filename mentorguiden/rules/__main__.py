"""``python -m mentorguiden.rules --brug`` (``make regler``): every rule and the pages that use it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentorguiden.core.dates import long_date
from mentorguiden.core.errors import DataError
from mentorguiden.rules.load import load_register
from mentorguiden.rules.today import today
from mentorguiden.rules.usage import pages_by_rule


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mentorguiden.rules", description="Vis reglerne i data/regler.yml og de sider, der bruger dem."
    )
    parser.add_argument("--brug", action="store_true", help="vis for hver regel de sider, der bruger den (standard)")
    parser.add_argument("--projekt", type=Path, default=Path("."), help="projektets mappe (standard: denne mappe)")
    arguments = parser.parse_args(argv)
    root = arguments.projekt.resolve()
    try:
        register = load_register(root)
        day = today()
    except DataError as error:
        print("\n".join(error.messages), file=sys.stderr)
        return 1
    for rule_id, pages in pages_by_rule(root, register).items():
        rule = register.rules[rule_id]
        state = "SKAL GENNEMGÅS NU" if rule.overdue(day) else f"gennemgås senest {long_date(rule.review_by, 'da')}"
        print(f"{rule_id} – {rule.label} ({rule.where()}; {state})")
        for page in pages or ["(ingen sider bruger reglen)"]:
            print(f"    {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
