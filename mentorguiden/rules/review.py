"""What ``make check`` says about the rules: the ones past their review date, and the open questions.

A rule is overdue the day after its ``gennemgaas_senest``. Each overdue rule
that a page uses is a problem naming the rule, ``data/regler.yml`` and its
line, and every page that uses it; an editor checks the law, updates the
text and moves the dates. Open questions (``data/aabne-spoergsmaal.yml``) are
listed, never a failure.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from mentorguiden.core.datafile import load_data_file_with_lines
from mentorguiden.core.dates import long_date
from mentorguiden.core.errors import DataError
from mentorguiden.rules.load import load_register
from mentorguiden.rules.model import RULES_FILE
from mentorguiden.rules.usage import marker_problems, pages_by_rule

QUESTIONS_FILE = "data/aabne-spoergsmaal.yml"
QUESTIONS_SCHEMA = "data/schemas/aabne-spoergsmaal.schema.json"


def overdue_rules(root: Path, today: datetime.date) -> list[str]:
    """A Danish message per used rule whose review date has passed (and per unknown rule id)."""
    try:
        register = load_register(root)
    except DataError as error:
        return error.messages
    problems = marker_problems(root, register)
    pages = pages_by_rule(root, register)
    for rule_id, rule in register.rules.items():
        if not rule.overdue(today) or not pages[rule_id]:
            continue
        problems.append(
            f"{rule.where()}: reglen '{rule_id}' ({rule.label}) skulle være gennemgået senest "
            f"{long_date(rule.review_by, 'da')}. Tjek reglen i loven på {rule.href}, ret teksten på siderne, "
            f"hvis loven er ændret, og ret så 'status_pr' og 'gennemgaas_senest' i {RULES_FILE}. "
            f"Siderne, der bruger reglen: {', '.join(pages[rule_id])}."
        )
    return problems


@dataclass(frozen=True)
class OpenQuestion:
    id: str
    page: str
    question: str
    created: str
    line: int | None


def load_questions(root: Path) -> list[OpenQuestion]:
    path = root / QUESTIONS_FILE
    if not path.is_file():
        return []
    data, source_map = load_data_file_with_lines(path, root / QUESTIONS_SCHEMA, root=root)
    questions: list[OpenQuestion] = []
    problems: list[str] = []
    seen: dict[str, int | None] = {}
    for index, entry in enumerate(data["spoergsmaal"]):
        line = source_map.line_of(("spoergsmaal", index))
        if entry["id"] in seen:
            problems.append(
                f"{QUESTIONS_FILE}, linje {line}: spørgsmålet '{entry['id']}' står to gange "
                f"(første gang i linje {seen[entry['id']]}). Giv hvert spørgsmål sit eget id."
            )
            continue
        seen[entry["id"]] = line
        questions.append(
            OpenQuestion(entry["id"], entry["side"], " ".join(entry["spoergsmaal"].split()), entry["oprettet"], line)
        )
    if problems:
        raise DataError(problems)
    return questions


def open_questions_report(root: Path) -> list[str]:
    """The lines ``make check`` prints about the open questions."""
    questions = load_questions(root)
    if not questions:
        return [f"Ingen åbne spørgsmål i {QUESTIONS_FILE}."]
    lines = [f"{len(questions)} åbne spørgsmål til redaktørerne i {QUESTIONS_FILE} (de får ikke make check til at fejle):"]
    lines += [
        f"- {question.id} ({QUESTIONS_FILE}, linje {question.line}; om {question.page}): {question.question}"
        for question in questions
    ]
    return lines
