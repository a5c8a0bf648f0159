"""The interactive checks ("afklaringer"): ``data/afklaring.yml`` becomes ``DecisionAid`` models.

A check is a small graph: questions whose answers lead (``naeste``) to the
next question or to a result. Editors write it with Danish keys, checked
against ``data/schemas/afklaring.schema.json``; this module adds what a
schema cannot check – that every answer leads somewhere that exists, that
every question and result can be reached from the first question, that no
answers lead in a circle, and that the rules cited exist – and says what is
wrong in Danish with the file and the line. It also lists every path
through a check, for the tests that click through each one. No MkDocs here.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentorguiden.core.datafile import KeyPath, SourceMap, load_data_file_with_lines
from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import Translated
from mentorguiden.core.messages import did_you_mean, duplicates, unknown_page
from mentorguiden.core.messages import where as where_in
from mentorguiden.core.sources import Source
from mentorguiden.rules import Register, Rule, load_register

DECISION_AID_FILE = "data/afklaring.yml"
DECISION_AID_SCHEMA = "data/schemas/afklaring.schema.json"
AUDIENCE_FOLDERS = {"virksomhed": "virksomheder", "konsulent": "konsulenter"}
"""Where each audience's check lives under docs/ (and so in the address)."""
OUTCOMES = ("ja", "maaske", "nej")


@dataclass(frozen=True)
class Option:
    text: Translated
    meaning: Translated
    next: str
    """The id of the next question or of a result."""


@dataclass(frozen=True)
class Question:
    id: str
    text: Translated
    options: tuple[Option, ...]
    help: Translated | None = None
    profile_text: str | None = None
    """A key of ``overrides/generated/profile-texts.html`` (``bevillingsperiode``), shown under the question."""
    rule: Rule | None = None
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Reason:
    text: Translated
    rule: Rule | None = None


@dataclass(frozen=True)
class Result:
    id: str
    outcome: str
    """One of ``OUTCOMES``: likely yes, it depends, probably not."""
    title: Translated
    reasons: tuple[Reason, ...]
    next_step: Translated
    links: tuple[str, ...] = ()
    """Guidance pages as paths under docs/, e.g. ``virksomheder/kompensation.md``."""
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Step:
    """One answer on a path: the question and the index of the chosen option."""

    question: str
    option: int


@dataclass(frozen=True)
class AidPath:
    """A walk from the first question to a result."""

    steps: tuple[Step, ...]
    result: str


@dataclass(frozen=True)
class DecisionAid:
    id: str
    audience: str
    title: Translated
    description: Translated
    intro: Translated
    questions: tuple[Question, ...]
    results: tuple[Result, ...]
    sources: tuple[Source, ...]
    source_file: str = DECISION_AID_FILE
    see_also: str | None = None
    reviewed: datetime.date | None = None
    line: int | None = field(default=None, compare=False)

    @property
    def start(self) -> Question:
        return self.questions[0]

    @property
    def page_uri(self) -> str:
        """Where the page would live in docs/, e.g. ``virksomheder/kan-vi-faa-en-mentor.md``."""
        return f"{AUDIENCE_FOLDERS[self.audience]}/{self.id}.md"

    @property
    def prints_assessment(self) -> bool:
        """The consultant's check ends in a printable assessment note."""
        return self.audience == "konsulent"

    def question(self, question_id: str) -> Question:
        return next(question for question in self.questions if question.id == question_id)

    def is_result(self, step_id: str) -> bool:
        return any(result.id == step_id for result in self.results)

    def number_of(self, question: Question) -> int:
        """The question's place in the file, from 1, as the guide without JavaScript numbers it."""
        return self.questions.index(question) + 1


# --- Loading ---------------------------------------------------------------------------


def load_decision_aids(root: Path, register: Register | None = None) -> tuple[DecisionAid, ...]:
    """Every check in ``data/afklaring.yml``, checked; ``DataError`` lists every mistake found."""
    data, source_map = load_data_file_with_lines(root / DECISION_AID_FILE, root / DECISION_AID_SCHEMA, root=root)
    return decision_aids_from_data(data, source_map, register or load_register(root))


def decision_aids_from_data(
    data: dict[str, Any], source_map: SourceMap, register: Register, source_file: str = DECISION_AID_FILE
) -> tuple[DecisionAid, ...]:
    """Build the models from schema-valid data, after the checks a schema cannot make."""
    problems: list[str] = []
    aids = []
    for index, aid_data in enumerate(data["afklaringer"]):
        at = _Locator(source_file, source_map, ("afklaringer", index), aid_data["id"])
        aid_problems = graph_problems(aid_data, at)
        rule_of = _rule_lookup(register, at, aid_problems)
        aids.append(_aid_from_data(aid_data, at, rule_of))
        problems += aid_problems
    problems += [
        f"{where_in(source_file, aid.line)} (afklaring '{aid.id}'): id'et '{aid.id}' har afklaringen i linje {first.line} "
        "allerede. Giv hver afklaring sit eget id (det bliver sidens adresse)."
        for aid, first in duplicates(aids, lambda aid: aid.id)
    ]
    if problems:
        raise DataError(problems)
    return tuple(aids)


@dataclass(frozen=True)
class _Locator:
    """Turns a key path inside one check into "data/afklaring.yml, linje N (afklaring 'id')"."""

    source_file: str
    source_map: SourceMap
    prefix: KeyPath
    aid_id: str

    def line(self, path: KeyPath) -> int | None:
        return self.source_map.line_of(self.prefix + path)

    def where(self, path: KeyPath) -> str:
        return f"{where_in(self.source_file, self.line(path))} (afklaring '{self.aid_id}')"


def _rule_lookup(register: Register, at: _Locator, problems: list[str]) -> Callable[[str | None, KeyPath], Rule | None]:
    def rule_of(rule_id: str | None, path: KeyPath) -> Rule | None:
        if rule_id is None:
            return None
        if rule_id not in register.rules:
            problems.append(f"{at.where(path)}: {register.unknown_message(rule_id)}")
            return None
        return register.rules[rule_id]

    return rule_of


def _optional_text(value: dict[str, Any] | None) -> Translated | None:
    return Translated.from_data(value) if value else None


def _aid_from_data(data: dict[str, Any], at: _Locator, rule_of: Callable[[str | None, KeyPath], Rule | None]) -> DecisionAid:
    questions = tuple(
        Question(
            id=question["id"],
            text=Translated.from_data(question["tekst"]),
            help=_optional_text(question.get("hjaelp")),
            profile_text=question.get("profil"),
            rule=rule_of(question.get("regel"), ("spoergsmaal", index, "regel")),
            options=tuple(
                Option(Translated.from_data(option["tekst"]), Translated.from_data(option["betyder"]), option.get("naeste", ""))
                for option in question["svar"]
            ),
            line=at.line(("spoergsmaal", index)),
        )
        for index, question in enumerate(data["spoergsmaal"])
    )
    results = tuple(
        Result(
            id=result["id"],
            outcome=result["udfald"],
            title=Translated.from_data(result["titel"]),
            reasons=tuple(
                Reason(
                    Translated.from_data(reason["tekst"]),
                    rule_of(reason.get("regel"), ("resultater", index, "begrundelser", number, "regel")),
                )
                for number, reason in enumerate(result["begrundelser"])
            ),
            next_step=Translated.from_data(result["naeste_skridt"]),
            links=tuple(result.get("links", ())),
            line=at.line(("resultater", index)),
        )
        for index, result in enumerate(data["resultater"])
    )
    reviewed = data.get("senest_gennemgaaet")
    return DecisionAid(
        id=data["id"],
        audience=data["maalgruppe"],
        title=Translated.from_data(data["titel"]),
        description=Translated.from_data(data["beskrivelse"]),
        intro=Translated.from_data(data["intro"]),
        questions=questions,
        results=results,
        sources=tuple(Source.from_data(source) for source in data["kilder"]),
        source_file=at.source_file,
        see_also=data.get("se_ogsaa"),
        reviewed=_date(reviewed) if reviewed else None,
        line=at.line(()),
    )


def _date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


# --- The graph -------------------------------------------------------------------------


def graph_problems(data: dict[str, Any], at: _Locator) -> list[str]:
    """Everything wrong with how one check's answers lead from question to question, as Danish messages."""
    questions: list[dict[str, Any]] = data["spoergsmaal"]
    results: list[dict[str, Any]] = data["resultater"]
    problems = _duplicate_id_problems(questions, results, at)
    known = [question["id"] for question in questions] + [result["id"] for result in results]
    problems += _edge_problems(questions, set(known), at)
    problems += _loop_problems(questions, at)
    problems += _unreachable_problems(questions, results, at)
    date = data.get("senest_gennemgaaet")
    if date and _date(date) is None:
        problems.append(
            f"{at.where(('senest_gennemgaaet',))}: 'senest_gennemgaaet' er ikke en rigtig dato: '{date}'. "
            "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-02."
        )
    return problems


def _duplicate_id_problems(questions: list[dict[str, Any]], results: list[dict[str, Any]], at: _Locator) -> list[str]:
    entries = [("spoergsmaal", index, entry) for index, entry in enumerate(questions)] + [
        ("resultater", index, entry) for index, entry in enumerate(results)
    ]
    return [
        f"{at.where((key, index, 'id'))}: id'et '{entry['id']}' bruges allerede i linje {at.line((first_key, first_index))}. "
        "Giv hvert spørgsmål og hvert resultat sit eget id."
        for (key, index, entry), (first_key, first_index, _) in duplicates(entries, lambda item: item[2]["id"])
    ]


def _edge_problems(questions: list[dict[str, Any]], known: set[str], at: _Locator) -> list[str]:
    problems = []
    for index, question in enumerate(questions):
        for number, option in enumerate(question["svar"]):
            answer = f"svaret »{option['tekst']['da']}« på spørgsmålet '{question['id']}'"
            target = option.get("naeste")
            if target is None:
                problems.append(
                    f"{at.where(('spoergsmaal', index, 'svar', number))}: {answer} fører ingen steder hen, "
                    "så stien slutter uden et resultat. Skriv 'naeste:' med id'et på det næste spørgsmål eller på et resultat."
                )
            elif target not in known:
                hint = did_you_mean(target, sorted(known), f"Kendte id'er er: {', '.join(sorted(known))}.")
                problems.append(
                    f"{at.where(('spoergsmaal', index, 'svar', number, 'naeste'))}: {answer} peger på '{target}', "
                    f"men der er intet spørgsmål eller resultat med det id. {hint}"
                )
    return problems


def _next_questions(question: dict[str, Any], question_ids: set[str]) -> Iterator[tuple[int, str]]:
    for number, option in enumerate(question["svar"]):
        if option.get("naeste") in question_ids:
            yield number, option["naeste"]


def _loop_problems(questions: list[dict[str, Any]], at: _Locator) -> list[str]:
    """One message per answer that leads back to a question already on the way (a depth-first search)."""
    by_id = {question["id"]: (index, question) for index, question in enumerate(questions)}
    problems: list[str] = []
    finished: set[str] = set()

    def visit(question_id: str, way: list[str]) -> None:
        index, question = by_id[question_id]
        here = [*way, question_id]
        for number, target in _next_questions(question, set(by_id)):
            if target in here:
                circle = " → ".join([*here[here.index(target) :], target])
                problems.append(
                    f"{at.where(('spoergsmaal', index, 'svar', number, 'naeste'))}: svarene fører i ring ({circle}), "
                    "så læseren kan aldrig nå et resultat. Lad svaret pege på et senere spørgsmål eller på et resultat."
                )
            elif target not in finished:
                visit(target, here)
        finished.add(question_id)

    for question in questions:
        if question["id"] not in finished:
            visit(question["id"], [])
    return problems


def _reachable(questions: list[dict[str, Any]]) -> set[str]:
    """Every id an answer leads to on some walk from the first question (the first question included)."""
    by_id = {question["id"]: question for question in questions}
    seen: set[str] = set()
    waiting = [questions[0]["id"]] if questions else []
    while waiting:
        current = waiting.pop()
        if current in seen:
            continue
        seen.add(current)
        if current in by_id:
            waiting += [option["naeste"] for option in by_id[current]["svar"] if option.get("naeste")]
    return seen


def _unreachable_problems(questions: list[dict[str, Any]], results: list[dict[str, Any]], at: _Locator) -> list[str]:
    reachable = _reachable(questions)
    problems = [
        f"{at.where(('spoergsmaal', index))}: spørgsmålet '{question['id']}' kan ikke nås: intet svar fører dertil "
        f"fra det første spørgsmål ('{questions[0]['id']}'). "
        f"Lad et svar pege på det med 'naeste: {question['id']}', eller slet det."
        for index, question in enumerate(questions)
        if question["id"] not in reachable
    ]
    problems += [
        f"{at.where(('resultater', index))}: resultatet '{result['id']}' kan ikke nås: intet svar fører dertil. "
        f"Lad et svar pege på det med 'naeste: {result['id']}', eller slet det."
        for index, result in enumerate(results)
        if result["id"] not in reachable
    ]
    return problems


def paths(aid: DecisionAid) -> list[AidPath]:
    """Every walk from the first question to a result, in the order of the answers."""
    found: list[AidPath] = []

    def walk(question: Question, steps: tuple[Step, ...]) -> None:
        for number, option in enumerate(question.options):
            taken = (*steps, Step(question.id, number))
            if aid.is_result(option.next):
                found.append(AidPath(taken, option.next))
            else:
                walk(aid.question(option.next), taken)

    walk(aid.start, ())
    return found


# --- Checks against the site ---------------------------------------------------------


def link_problems(aids: Iterable[DecisionAid], pages: set[str]) -> list[str]:
    """Messages for every ``links`` entry and ``se_ogsaa`` that is not one of ``pages`` (paths under docs/)."""
    problems = []
    for aid in aids:
        targets = [(aid.line, "se_ogsaa", aid.see_also)] if aid.see_also else []
        targets += [(result.line, f"resultater[{result.id}].links", link) for result in aid.results for link in result.links]
        for line, key, target in targets:
            if target not in pages:
                problems.append(f"{where_in(aid.source_file, line)} (afklaring '{aid.id}'): " + unknown_page(key, target, pages))
    return problems


def check_links(aids: Iterable[DecisionAid], pages: set[str]) -> None:
    problems = link_problems(aids, pages)
    if problems:
        raise DataError(problems)


def page_uris(aids: Sequence[DecisionAid]) -> list[str]:
    return [aid.page_uri for aid in aids]
