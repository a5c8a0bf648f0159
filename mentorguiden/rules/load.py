"""``data/regler.yml`` → ``Register``, with the checks a JSON Schema cannot make.

The schema (``data/schemas/regler.schema.json``) requires every rule to have
a source (``lov``) and its two dates. Here: one rule per id, a ``lov`` that is
one of ``love:``, real dates, and a review date that is not before the date
the rule was checked. Every message is Danish and names the file and line.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mentorguiden.core.datafile import KeyPath, SourceMap, load_data_file_with_lines
from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import Translated
from mentorguiden.rules.model import RULES_FILE, RULES_SCHEMA, Law, Register, Rule


def load_register(root: Path) -> Register:
    """The register of the project at ``root`` (a build loads it once, into its ``SiteState``)."""
    data, source_map = load_data_file_with_lines(root / RULES_FILE, root / RULES_SCHEMA, root=root)
    return register_from_data(data, source_map)


def _text(value: dict[str, str] | None) -> Translated | None:
    return Translated.from_data(value) if value else None


def register_from_data(data: dict[str, Any], source_map: SourceMap, source_file: str = RULES_FILE) -> Register:
    """Build the model from schema-valid data; ``DataError`` lists every further mistake."""

    def where(path: KeyPath) -> str:
        line = source_map.line_of(path)
        return f"{source_file}, linje {line}" if line else source_file

    laws = {
        law_id: Law(
            id=law_id,
            name=Translated.from_data(law["navn"]),
            abbreviation=law["forkortelse"],
            url=law["url"],
            note=_text(law.get("note")),
        )
        for law_id, law in data["love"].items()
    }
    problems: list[str] = []
    rules: dict[str, Rule] = {}
    for index, entry in enumerate(data["regler"]):
        path = ("regler", index)
        rule_id = entry["id"]
        if rule_id in rules:
            problems.append(
                f"{where(path + ('id',))}: reglen '{rule_id}' står to gange (første gang i linje "
                f"{rules[rule_id].line}). Giv hver regel sit eget id, eller slet den ene."
            )
            continue
        law = laws.get(entry["lov"])
        if law is None:
            close = difflib.get_close_matches(entry["lov"], list(laws), n=1)
            hint = f"Mente du '{close[0]}'?" if close else f"Kendte love er: {', '.join(sorted(laws))}."
            problems.append(
                f"{where(path + ('lov',))}: reglen '{rule_id}' henviser til loven '{entry['lov']}', som ikke "
                f"står under 'love'. {hint}"
            )
            continue
        dates = {}
        for key in ("status_pr", "gennemgaas_senest"):
            try:
                dates[key] = datetime.date.fromisoformat(entry[key])
            except ValueError:
                problems.append(
                    f"{where(path + (key,))}: '{key}' i reglen '{rule_id}' er ikke en rigtig dato: "
                    f"'{entry[key]}'. Skriv den som ÅÅÅÅ-MM-DD, fx 2026-11-22."
                )
        if len(dates) < 2:
            continue
        if dates["gennemgaas_senest"] < dates["status_pr"]:
            problems.append(
                f"{where(path + ('gennemgaas_senest',))}: reglen '{rule_id}' skal gennemgås senest "
                f"{entry['gennemgaas_senest']}, men det er før den dato, den blev tjekket "
                f"('status_pr': {entry['status_pr']}). Ret en af datoerne."
            )
            continue
        rules[rule_id] = Rule(
            id=rule_id,
            description=entry["beskrivelse"],
            law=law,
            status_date=dates["status_pr"],
            review_by=dates["gennemgaas_senest"],
            paragraph=entry.get("paragraf"),
            url=entry.get("url"),
            see_also=_text(entry.get("jf")),
            note=_text(entry.get("note")),
            historical=bool(entry.get("historisk", False)),
            line=source_map.line_of(path),
        )
    if problems:
        raise DataError(problems)
    return Register(laws=laws, rules=rules, source_file=source_file)


def cited_rules(rule_ids: Sequence[str], register: Register, where: Callable[[int], str]) -> tuple[tuple[Rule, ...], list[str]]:
    """The rules a data file lists (e.g. a checklist's ``regler``), and a message per unknown id.

    ``where(index)`` names the file and line of the ``index``-th id.
    """
    rules, problems = [], []
    for index, rule_id in enumerate(rule_ids):
        if rule_id in register.rules:
            rules.append(register.rules[rule_id])
        else:
            problems.append(f"{where(index)}: {register.unknown_message(rule_id)}")
    return tuple(rules), problems
