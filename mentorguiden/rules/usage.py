"""Which pages use which rule, read from the sources without a build.

A page uses a rule when
- its Markdown (or a text it includes with ``{!file!}``) has ``<!-- regel: id -->``,
- it embeds a checklist (``<!-- tjekliste: id -->``) whose data file lists the rule in ``regler``,
- it is a checklist's own page or the print-all page, and the checklist lists the rule,
- it is the agreement page, and a field (``regel``) or section (``regler``) of
  ``data/blanketter/mentoraftale.yml`` names the rule,
- it is an interactive check's page, and a question or a reason (``regel``) of
  ``data/afklaring.yml`` names the rule.

``make check`` names these pages when a rule is overdue, ``make regler``
lists them for every rule, and the unknown ids found here stop the build
with the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentorguiden.core.datafile import display_name, read_yaml
from mentorguiden.core.errors import DataError
from mentorguiden.rules.model import MARKER_NAME, Register

CHECKLIST_MARKER = "tjekliste"
CHECKLIST_DIR = "data/tjeklister"
FORMS_DIR = "data/blanketter"
"""The forms (``mentorguiden.forms.model.FORMS_FOLDER``, which imports this package)."""
DECISION_AID_FILE = "data/afklaring.yml"
"""The same file as ``mentorguiden.decision_aid.model.DECISION_AID_FILE`` (which imports this package)."""
INCLUDES_DIR = "includes"

_MARKER = re.compile(r"<!--\s*(?P<name>[a-z]+)\s*:\s*(?P<value>[^<>]*?)\s*-->")
_INCLUDE = re.compile(r"\{!\s*(?P<file>[^!]+?)\s*!\}")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")


@dataclass(frozen=True)
class Citation:
    """One place that names a rule: the file and line, and the page it ends up on."""

    rule_id: str
    file: str
    line: int | None
    page: str
    """How an editor finds the page: ``docs/viden/regler.md``, or the data file and its address."""

    def where(self) -> str:
        return f"{self.file}, linje {self.line}" if self.line else self.file


def markers_in(text: str) -> Iterator[tuple[int, str, str]]:
    """(line, name, value) of every marker outside fenced code blocks; lines from 1."""
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening["fence"]
            continue
        if fence is not None:
            if line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
                fence = None
            continue
        for match in _MARKER.finditer(line):
            yield number, match["name"], match["value"]


def includes_in(text: str) -> list[str]:
    return [match["file"] for match in _INCLUDE.finditer(text)]


def _page_markers(root: Path, path: Path, seen: frozenset[Path] = frozenset()) -> Iterator[tuple[str, int, str, str]]:
    """(file, line, name, value) for the page's markers and those of the texts it includes."""
    text = path.read_text(encoding="utf-8")
    shown = display_name(path, root)
    for line, name, value in markers_in(text):
        yield shown, line, name, value
    for include in includes_in(text):
        included = root / INCLUDES_DIR / include
        if included.is_file() and included not in seen:
            yield from _page_markers(root, included, seen | {included})


def checklist_rules(root: Path) -> dict[str, tuple[str, list[tuple[str, int | None]]]]:
    """Checklist id → (data file, [(rule id, line)]) for every readable checklist."""
    found = {}
    for path in sorted((root / CHECKLIST_DIR).glob("*.y*ml")):
        shown = display_name(path, root)
        try:
            data, source_map = read_yaml(path, shown)
        except DataError:
            continue  # the checklist's own check names the mistake
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            continue
        rules = data.get("regler") or []
        found[data["id"]] = (
            shown,
            [(rule_id, source_map.line_of(("regler", index))) for index, rule_id in enumerate(rules) if isinstance(rule_id, str)],
        )
    return found


def form_rules(root: Path, relative_path: str) -> list[tuple[str, int | None]]:
    """The rules a form in ``data/blanketter/`` names, with their lines."""
    path = root / relative_path
    if not path.is_file():
        return []
    try:
        data, source_map = read_yaml(path, relative_path)
    except DataError:
        return []
    found = []
    for section_index, section in enumerate(data.get("sektioner") or [] if isinstance(data, dict) else []):
        if not isinstance(section, dict):
            continue
        for index, rule_id in enumerate(section.get("regler") or []):
            found.append((rule_id, source_map.line_of(("sektioner", section_index, "regler", index))))
        for field_index, field in enumerate(section.get("felter") or []):
            if isinstance(field, dict) and isinstance(field.get("regel"), str):
                found.append((field["regel"], source_map.line_of(("sektioner", section_index, "felter", field_index, "regel"))))
    return found


def decision_aid_rules(root: Path) -> list[tuple[str, int | None, str]]:
    """(rule id, line, check id) for every ``regel`` in ``data/afklaring.yml`` (none if it cannot be read)."""
    path = root / DECISION_AID_FILE
    if not path.is_file():
        return []
    try:
        data, source_map = read_yaml(path, DECISION_AID_FILE)
    except DataError:
        return []
    found = []
    for aid_index, aid in enumerate(data.get("afklaringer") or [] if isinstance(data, dict) else []):
        if not isinstance(aid, dict):
            continue
        at: list[tuple[tuple[str | int, ...], Any]] = [
            (("spoergsmaal", index), question) for index, question in enumerate(aid.get("spoergsmaal") or [])
        ]
        at += [
            (("resultater", index, "begrundelser", number), reason)
            for index, result in enumerate(aid.get("resultater") or [])
            if isinstance(result, dict)
            for number, reason in enumerate(result.get("begrundelser") or [])
        ]
        for key_path, entry in at:
            if isinstance(entry, dict) and isinstance(entry.get("regel"), str):
                line = source_map.line_of(("afklaringer", aid_index, *key_path, "regel"))
                found.append((entry["regel"], line, str(aid.get("id"))))
    return found


def citations(root: Path) -> list[Citation]:
    """Every place in pages, checklists and the forms that names a rule."""
    found: list[Citation] = []
    checklists = checklist_rules(root)
    for path in sorted((root / "docs").rglob("*.md")):
        page = display_name(path, root)
        for file, line, name, value in _page_markers(root, path):
            if name == MARKER_NAME:
                found.append(Citation(value, file, line, page))
            elif name == CHECKLIST_MARKER and value in checklists:
                checklist_file, rules = checklists[value]
                found += [Citation(rule_id, checklist_file, rule_line, page) for rule_id, rule_line in rules]
    for checklist_id, (file, rules) in checklists.items():
        page = f"{file} (/tjeklister/{checklist_id}/ og /tjeklister/alle/)"
        found += [Citation(rule_id, file, line, page) for rule_id, line in rules]
    for form_path in sorted((root / FORMS_DIR).glob("*.yml")):
        file = f"{FORMS_DIR}/{form_path.name}"
        found += [Citation(rule_id, file, line, f"{file} (/{form_path.stem}/)") for rule_id, line in form_rules(root, file)]
    found += [
        Citation(rule_id, DECISION_AID_FILE, line, f"{DECISION_AID_FILE} (afklaringen '{aid_id}')")
        for rule_id, line, aid_id in decision_aid_rules(root)
    ]
    return found


def pages_by_rule(root: Path, register: Register) -> dict[str, list[str]]:
    """Rule id → the pages that use it (every rule of the register, in register order)."""
    pages: dict[str, list[str]] = {rule_id: [] for rule_id in register.rules}
    for citation in citations(root):
        if citation.rule_id in pages and citation.page not in pages[citation.rule_id]:
            pages[citation.rule_id].append(citation.page)
    return pages


def marker_problems(root: Path, register: Register) -> list[str]:
    """A Danish message for every ``<!-- regel: id -->`` in docs/ or includes/ with an unknown id."""
    problems = []
    paths = [*sorted((root / "docs").rglob("*.md")), *sorted((root / INCLUDES_DIR).rglob("*.md"))]
    for path in paths:
        shown = display_name(path, root)
        for line, name, value in markers_in(path.read_text(encoding="utf-8")):
            if name == MARKER_NAME and value not in register.rules:
                problems.append(
                    f"{shown}, linje {line}: " + register.unknown_message(value, f"i <!-- {MARKER_NAME}: {value} -->")
                )
    return problems
