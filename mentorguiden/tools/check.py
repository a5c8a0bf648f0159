"""``make check``: the fast check an editor runs before a pull request, without a browser.

Four steps, each reporting in Danish with file and line:

1. Data: every YAML file in data/ against the JSON Schema VS Code uses for it
   (the ``yaml.schemas`` mapping in .vscode/settings.json), and the front
   matter of every page in docs/.
2. Build: a strict build of both languages into a temporary folder (broken
   links, anchors and includes are errors). The agreement's PDF is not
   printed (MENTORGUIDEN_SKIP_PDF=1: printing needs Chromium); its page and
   Word file are still checked. Nothing is written to site/.
3. Copied text: no run of 12 words identical to a source document in tests/seeds/.
4. Spelling: the Danish pages against hunspell-da and data/ordliste-stavning.txt.
5. Rules: no rule a page uses is past its review date (data/regler.yml,
   ``gennemgaas_senest``; "today" from MENTORGUIDEN_I_DAG or the real date).
6. Open questions: data/aabne-spoergsmaal.yml listed for the editors (never a failure).

Exit status 0 when all pass, 1 otherwise, with a short summary at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mentorguiden.content.frontmatter import check_docs_tree
from mentorguiden.core.datafile import load_data_file
from mentorguiden.core.errors import DataError
from mentorguiden.core.text_files import encoding_problems
from mentorguiden.core.ui_strings import check_table
from mentorguiden.rules import review as rule_review
from mentorguiden.rules import today as rules_today
from mentorguiden.site import SKIP_PDF_VARIABLE
from mentorguiden.tools.build import explain_build_output
from mentorguiden.tools.copied_text import copied_text
from mentorguiden.tools.mkdocs_run import run_mkdocs_build
from mentorguiden.tools.spelling import check_spelling

VSCODE_SETTINGS = Path(".vscode") / "settings.json"


# --- 1. Data -------------------------------------------------------------------------


def schema_mappings(root: Path) -> list[tuple[str, str]]:
    """(schema path, file pattern) pairs from ``yaml.schemas`` in .vscode/settings.json, relative to ``root``."""
    settings = json.loads((root / VSCODE_SETTINGS).read_text(encoding="utf-8"))
    pairs = []
    for schema, patterns in settings.get("yaml.schemas", {}).items():
        for pattern in [patterns] if isinstance(patterns, str) else patterns:
            pairs.append((schema.removeprefix("./"), pattern.removeprefix("./")))
    return pairs


def schema_for(data_file: str, mappings: list[tuple[str, str]]) -> str | None:
    """The schema VS Code uses for ``data_file`` (e.g. ``data/tjeklister/bevilling.yml``), or None."""
    for schema, pattern in mappings:
        if fnmatch.fnmatchcase(data_file, pattern):
            return schema
    return None


def data_files(root: Path) -> list[Path]:
    return sorted([*(root / "data").rglob("*.yml"), *(root / "data").rglob("*.yaml")])


def check_data(root: Path) -> list[str]:
    problems = encoding_problems(root)
    if problems:
        return problems  # nothing else can be read reliably until these files are UTF-8
    mappings = schema_mappings(root)
    for path in data_files(root):
        shown = path.relative_to(root).as_posix()
        schema = schema_for(shown, mappings)
        if schema is None:
            problems.append(
                f'{shown}: der er intet skema til filen. Tilføj den under "yaml.schemas" i '
                f"{VSCODE_SETTINGS.as_posix()}, så VS Code og make check kan tjekke den."
            )
            continue
        if not (root / schema).is_file():
            problems.append(f"{VSCODE_SETTINGS.as_posix()}: skemaet {schema} til {shown} findes ikke. Ret stien.")
            continue
        try:
            load_data_file(path, root / schema, root=root)
        except DataError as error:
            problems += error.messages
    try:
        check_docs_tree(root / "docs", root, today=dt.date.today())
    except DataError as error:
        problems += error.messages
    try:
        check_table()
    except DataError as error:
        problems += error.messages
    return problems


# --- 2. Build ------------------------------------------------------------------------


def check_build(root: Path) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="mentorguiden-check-") as scratch:
        result = run_mkdocs_build(root / "mkdocs.yml", Path(scratch) / "site", {SKIP_PDF_VARIABLE: "1"})
    if result.ok:
        return []
    output = result.output
    return explain_build_output(output, root) or [output.strip() or "Bygningen fejlede uden en besked."]


# --- 3 and 4 -------------------------------------------------------------------------


def check_copied_text(root: Path) -> list[str]:
    return copied_text(root)


def check_spelling_step(root: Path) -> list[str]:
    try:
        return [misspelling.message() for misspelling in check_spelling(root)]
    except DataError as error:
        return error.messages


# --- 5 and 6: rules past their review date, open questions ------------------------------


def check_rules(root: Path) -> list[str]:
    try:
        return rule_review.overdue_rules(root, rules_today())
    except DataError as error:
        return error.messages


def list_open_questions(root: Path) -> list[str]:
    try:
        return rule_review.open_questions_report(root)
    except DataError as error:
        return error.messages


# --- Running ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Path], list[str]]
    needs_previous: bool = False
    """Skipped when the step before it failed (a build would only repeat the data errors)."""
    report_only: bool = False
    """Its lines are shown, but never make the check fail."""


STEPS = (
    Step("Datafiler og front matter", check_data),
    Step("Bygning (links, ankre og tekststykker)", check_build, needs_previous=True),
    Step("Kopieret tekst fra kildedokumenterne", check_copied_text),
    Step("Stavekontrol af de danske sider", check_spelling_step),
    Step("Regler, der skal gennemgås (data/regler.yml)", check_rules),
    Step("Åbne spørgsmål til redaktørerne", list_open_questions, report_only=True),
)


def run_checks(root: Path, steps: tuple[Step, ...] = STEPS, out: Callable[[str], None] = print) -> int:
    failed = []
    previous_failed = False
    for number, step in enumerate(steps, start=1):
        out(f"[{number}/{len(steps)}] {step.name} …")
        if step.needs_previous and previous_failed:
            out("  springet over: ret først fejlene ovenfor")
            continue
        problems = step.run(root)
        if step.report_only:
            for line in problems:
                out(f"  {line}")
            continue
        previous_failed = bool(problems)
        for problem in problems:
            out(f"  {problem}")
        out("  OK" if not problems else f"  {len(problems)} fejl")
        if problems:
            failed.append((step.name, len(problems)))
    out("")
    if failed:
        out("make check fandt fejl: " + "; ".join(f"{name}: {count}" for name, count in failed) + ".")
        out("Ret fejlene ovenfor (fil og linje står først på hver linje), og kør make check igen. Se CONTRIBUTING.md for hjælp.")
        return 1
    out("make check: alt er i orden.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tjek indholdet hurtigt, uden browser.")
    parser.add_argument("--projekt", type=Path, default=Path("."), help="projektets mappe (standard: denne mappe)")
    arguments = parser.parse_args(argv)
    return run_checks(arguments.projekt.resolve())


if __name__ == "__main__":
    sys.exit(main())
