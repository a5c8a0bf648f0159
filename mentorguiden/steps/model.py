"""The step-by-step guide as a model: ``data/trin.yml`` → ``StepGuide``, with the checks a schema cannot make.

Editors keep the company's whole path in one file: each step with what to
do, who does it, how long it takes, the guidance pages that say more, the
municipality's own sentences (profile texts) and the rules a step states.
The schema (``data/schemas/trin.schema.json``) checks the shape; here: one id
per step, rule ids that are in the register, no paragraph numbers, and
(once the build knows its pages and profile texts) links and profile-text
keys that exist. Every message is Danish and names the file, the line and
the step.

A step's number is its place in the file. Which steps link to a page is
derived here too (``steps_of_page``), so a guidance page can say which step
it belongs to without any front matter of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentorguiden.content.frontmatter import REVIEW_KEY, SOURCES_KEY, check_dates, dates_as_text
from mentorguiden.core.datafile import SourceMap, display_name, load_data_file_with_lines
from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import LANGUAGES, Translated
from mentorguiden.core.messages import duplicates, unknown_page
from mentorguiden.core.messages import where as where_in
from mentorguiden.core.sources import Source
from mentorguiden.rules import Register, Rule, cited_rules

STEPS_FILE = Path("data") / "trin.yml"
STEPS_SCHEMA = Path("data") / "schemas" / "trin.schema.json"
GUIDE_PAGE = "virksomheder/trin-for-trin.md"
"""Where the guide would live in docs/ (it is generated, never written there)."""
ROLES = ("virksomhed", "kommune", "borger", "mentor")
"""Who can do a step, as editors write it in ``hvem``."""
STEP_ANCHOR_PREFIX = "trin-"
_PARAGRAPH_NUMBER = re.compile(r"§")
_TEXT_KEYS = ("titel", "hvad", "varighed")


@dataclass(frozen=True)
class Step:
    id: str
    number: int
    """1 for the first step: the step's place in the file."""
    title: Translated
    what: Translated
    who: tuple[str, ...]
    """Some of ``ROLES``, in the order the editor wrote them."""
    duration: Translated
    links: tuple[str, ...]
    """Guidance pages as paths under docs/ without language suffix, e.g. ``virksomheder/kompensation.md``."""
    profile_texts: tuple[str, ...] = ()
    """Keys of the profile texts (``<!-- profil: key -->``) shown in the step."""
    rules: tuple[Rule, ...] = ()
    line: int | None = field(default=None, compare=False)
    """Where the step starts in the data file, for messages."""

    @property
    def anchor(self) -> str:
        """The step's id on the guide page: ``trin-kontakt-kommunen``."""
        return STEP_ANCHOR_PREFIX + self.id


@dataclass(frozen=True)
class StepGuide:
    title: Translated
    description: Translated
    intro: Translated
    steps: tuple[Step, ...]
    sources: tuple[Source, ...]
    reviewed: str
    source_file: str

    def where(self, step: Step) -> str:
        """``data/trin.yml, linje 12 (trin 'x')``: how messages name a step."""
        return f"{where_in(self.source_file, step.line)} (trin '{step.id}')"


@dataclass(frozen=True)
class StepMembership:
    """One step a guidance page belongs to, and how many steps there are."""

    step: Step
    total: int


# --- Loading ----------------------------------------------------------------------------


def load_step_guide(root: Path, register: Register, *, today: dt.date) -> StepGuide:
    """``data/trin.yml`` as a ``StepGuide``; ``DataError`` lists every mistake with file and line."""
    path = root / STEPS_FILE
    display = display_name(path, root)
    data, source_map = load_data_file_with_lines(path, root / STEPS_SCHEMA, root=root, prepare=_dates_as_text)
    check_dates(data, display, source_map, today)
    return guide_from_data(data, display, source_map, register)


def _dates_as_text(data: Any) -> Any:
    return dates_as_text(data) if isinstance(data, dict) else data


def guide_from_data(data: dict[str, Any], display: str, source_map: SourceMap, register: Register) -> StepGuide:
    """Build the model from schema-valid data, making the checks a schema cannot make."""
    problems: list[str] = []
    steps = []
    for index, entry in enumerate(data["trin"]):
        step, step_problems = _step_from_data(entry, index, display, source_map, register)
        steps.append(step)
        problems += step_problems
    problems += _duplicate_step_problems(steps, display)
    if problems:
        raise DataError(problems)
    return StepGuide(
        title=Translated.from_data(data["titel"]),
        description=Translated.from_data(data["beskrivelse"]),
        intro=Translated.from_data(data["intro"]),
        steps=tuple(steps),
        sources=tuple(Source.from_data(source) for source in data[SOURCES_KEY]),
        reviewed=data[REVIEW_KEY],
        source_file=display,
    )


def _step_from_data(
    entry: dict[str, Any], index: int, display: str, source_map: SourceMap, register: Register
) -> tuple[Step, list[str]]:
    path = ("trin", index)

    def where(*keys: Any) -> str:
        return f"{where_in(display, source_map.line_of(path + keys))} (trin '{entry['id']}')"

    rules, problems = cited_rules(entry.get("regler", ()), register, lambda number: where("regler", number))
    problems += _paragraph_number_problems(entry, where)
    step = Step(
        id=entry["id"],
        number=index + 1,
        title=Translated.from_data(entry["titel"]),
        what=Translated.from_data(entry["hvad"]),
        who=tuple(entry["hvem"]),
        duration=Translated.from_data(entry["varighed"]),
        links=tuple(entry["links"]),
        profile_texts=tuple(entry.get("profiltekster", ())),
        rules=rules,
        line=source_map.line_of(path),
    )
    return step, problems


def _paragraph_number_problems(entry: dict[str, Any], where: Callable[..., str]) -> list[str]:
    return [
        f"{where(key, language)}: '{key}.{language}' nævner et paragrafnummer (§). Skriv reglen med ord, og sæt "
        "dens id fra data/regler.yml under 'regler'."
        for key in _TEXT_KEYS
        for language in LANGUAGES
        if _PARAGRAPH_NUMBER.search(entry[key][language])
    ]


def _duplicate_step_problems(steps: Iterable[Step], display: str) -> list[str]:
    return [
        f"{where_in(display, step.line)}: trinnet har id'et '{step.id}', som trinnet i linje {first.line} allerede har. "
        "Giv hvert trin sit eget id (det bliver til adressen #trin-<id>)."
        for step, first in duplicates(steps, lambda step: step.id)
    ]


# --- Checks against the build -------------------------------------------------------------


def link_problems(guide: StepGuide, pages: Collection[str]) -> list[str]:
    """A message for every step link that is not one of ``pages`` (paths under docs/ without language)."""
    return [
        f"{guide.where(step)}: " + unknown_page("links", link, pages)
        for step in guide.steps
        for link in step.links
        if link not in pages
    ]


def profile_text_problems(guide: StepGuide, profile_text: Callable[[str], object]) -> list[str]:
    """A message for every ``profiltekster`` key ``profile_text`` (key → text) cannot give, with its own hint."""
    problems = []
    for step in guide.steps:
        for key in step.profile_texts:
            try:
                profile_text(key)
            except DataError as error:
                problems += [f"{guide.where(step)}: 'profiltekster': {message}" for message in error.messages]
    return problems


def check_against_build(guide: StepGuide, pages: Collection[str], profile_text: Callable[[str], object]) -> None:
    """``DataError`` for links to pages the build does not have, and profile texts the profile does not have."""
    problems = link_problems(guide, pages) + profile_text_problems(guide, profile_text)
    if problems:
        raise DataError(problems)


def steps_of_page(guide: StepGuide) -> dict[str, tuple[StepMembership, ...]]:
    """Every page a step links to → the steps it belongs to, in step order."""
    memberships: dict[str, list[StepMembership]] = {}
    for step in guide.steps:
        for link in step.links:
            memberships.setdefault(link, []).append(StepMembership(step, len(guide.steps)))
    return {page: tuple(steps) for page, steps in memberships.items()}
