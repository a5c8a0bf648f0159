"""Checklists: the data files in ``data/tjeklister/`` become ``Checklist`` models.

Editors write one YAML file per checklist, with Danish keys, checked against
``data/schemas/tjekliste.schema.json`` (the schema VS Code uses too). This
module adds the checks a schema cannot make — one id per checklist across the
files, one id per item within a checklist, real dates, links to guidance
pages that exist — and says what is wrong in Danish, naming the file, the
checklist, the item and the key.

A checklist can take its items from another data file instead of listing
them (``punkter_fra: mentoraftale``): an *item provider* under that name,
passed in by whoever loads the checklists (the site setup passes the
agreement's, ``mentorguiden.site.item_providers``), turns that file into
items, so the two can never drift apart. This package imports no other
feature.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentorguiden.core.datafile import (
    SourceMap,
    display_name,
    format_key_path,
    load_data_file_with_lines,
    read_yaml,
)
from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import Translated
from mentorguiden.core.messages import did_you_mean, duplicates, unknown_page
from mentorguiden.core.messages import where as where_in
from mentorguiden.core.sources import Source
from mentorguiden.rules import Register, Rule, cited_rules, load_register

CHECKLIST_DIR = "data/tjeklister"
CHECKLIST_SCHEMA = "data/schemas/tjekliste.schema.json"
CHECKLIST_README = "data/tjeklister/README.md"
"""How to write a checklist; "Rediger denne side" on the index and print-all pages opens it."""
AUDIENCES = ("virksomhed", "konsulent", "begge")
MAX_ITEMS_ON_ONE_SHEET = 15
RESERVED_IDS = ("alle", "index")
"""Page names in tjeklister/ that the site uses itself (the print-all page and the index)."""
_LAST = 10**9
"""Order of a checklist without ``raekkefoelge``: after all that have one."""


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: Translated
    help: Translated | None = None
    link: str | None = None
    """A guidance page as its path under docs/, e.g. ``virksomheder/kompensation.md``."""
    line: int | None = field(default=None, compare=False)
    """Where the item starts in its data file, for messages."""


@dataclass(frozen=True)
class Checklist:
    id: str
    title: Translated
    purpose: Translated
    intro: Translated
    audience: str
    items: tuple[ChecklistItem, ...]
    sources: tuple[Source, ...]
    source_file: str
    reviewed: datetime.date | None = None
    order: int = _LAST
    see_also: str | None = None
    """A page the whole checklist belongs with (``se_ogsaa``), as its path under docs/."""
    rules: tuple[Rule, ...] = ()
    """The rules the checklist cites (``regler``): ``mentorguiden.rules.Rule``, shown as a "Regler" line."""


ItemProvider = Callable[[Path], Sequence[ChecklistItem]]
"""Given the project root, the items of a checklist that says ``punkter_fra: <name>``."""


# --- Loading ---------------------------------------------------------------------------


def checklist_files(root: Path) -> list[Path]:
    folder = root / CHECKLIST_DIR
    return sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])


def load_checklists(
    root: Path, providers: Mapping[str, ItemProvider] | None = None, register: Register | None = None
) -> tuple[Checklist, ...]:
    """Every checklist in ``data/tjeklister/``, in order; ``DataError`` lists every mistake found.

    ``providers``: what ``punkter_fra: <name>`` can take items from (none if not given);
    ``register``: the rule register the ``regler`` lists cite (read from ``root`` if not given).
    """
    providers = providers or {}
    checklists: list[Checklist] = []
    problems: list[str] = []
    for path in checklist_files(root):
        try:
            checklists.append(load_checklist(path, root, providers, register))
        except DataError as error:
            problems += error.messages
    problems += duplicate_checklist_problems(checklists)
    if problems:
        raise DataError(problems)
    return tuple(sorted(checklists, key=lambda checklist: (checklist.order, checklist.id)))


def load_checklist(path: Path, root: Path, providers: Mapping[str, ItemProvider], register: Register | None = None) -> Checklist:
    display = display_name(path, root)
    try:
        data, source_map = load_data_file_with_lines(path, root / CHECKLIST_SCHEMA, root=root)
    except DataError as error:
        raise DataError(name_checklist(error.messages, display, checklist_id_of(path, display))) from None
    return checklist_from_data(data, display, source_map, root, providers, register)


def checklist_id_of(path: Path, display: str) -> str | None:
    """The checklist's ``id`` if the file can be read at all, to name it in messages."""
    try:
        data, _ = read_yaml(path, display)
    except DataError:
        return None
    checklist_id = data.get("id") if isinstance(data, dict) else None
    return checklist_id if isinstance(checklist_id, str) and checklist_id else None


def name_checklist(messages: Iterable[str], display: str, checklist_id: str | None) -> list[str]:
    """Put "(tjekliste 'x')" after the file and line that start each message."""
    if not checklist_id:
        return list(messages)
    named = []
    for message in messages:
        location, separator, text = message.partition(": ")
        if separator and location.startswith(display):
            named.append(f"{location} (tjekliste '{checklist_id}'): {text}")
        else:
            named.append(message)
    return named


def checklist_from_data(
    data: dict[str, Any],
    display: str,
    source_map: SourceMap,
    root: Path,
    providers: Mapping[str, ItemProvider],
    register: Register | None = None,
) -> Checklist:
    """Build the model from schema-valid data, making the checks a schema cannot make."""
    checklist_id = data["id"]

    def where(path: tuple[Any, ...]) -> str:
        return f"{where_in(display, source_map.line_of(path))} (tjekliste '{checklist_id}')"

    problems: list[str] = []
    if checklist_id in RESERVED_IDS:
        problems.append(
            f"{where(('id',))}: id'et '{checklist_id}' er optaget af en side, som laves automatisk. Vælg et andet id."
        )
    if "punkter_fra" in data:
        items = provided_items(data["punkter_fra"], providers, root, where(("punkter_fra",)))
    else:
        items = tuple(item_from_data(item, source_map.line_of(("punkter", index))) for index, item in enumerate(data["punkter"]))
    problems += duplicate_item_problems(items, lambda item: where_item(display, checklist_id, item))

    def date_of(value: str, path: tuple[Any, ...]) -> datetime.date | None:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            problems.append(
                f"{where(path)}: '{format_key_path(path, data)}' er ikke en rigtig dato: '{value}'. "
                "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-22."
            )
            return None

    for index, source in enumerate(data["kilder"]):
        if "dato" in source:
            date_of(source["dato"], ("kilder", index, "dato"))
    sources = tuple(Source.from_data(source) for source in data["kilder"])
    reviewed = date_of(data["senest_gennemgaaet"], ("senest_gennemgaaet",)) if "senest_gennemgaaet" in data else None
    rules: tuple[Rule, ...] = ()
    if data.get("regler"):
        rules, rule_problems = cited_rules(
            data["regler"], register or load_register(root), lambda index: where(("regler", index))
        )
        problems += rule_problems
    if problems:
        raise DataError(problems)
    return Checklist(
        id=checklist_id,
        title=Translated.from_data(data["titel"]),
        purpose=Translated.from_data(data["formaal"]),
        intro=Translated.from_data(data["intro"]),
        audience=data["maalgruppe"],
        items=items,
        sources=sources,
        source_file=display,
        reviewed=reviewed,
        order=data.get("raekkefoelge", _LAST),
        see_also=data.get("se_ogsaa"),
        rules=rules,
    )


def item_from_data(data: dict[str, Any], line: int | None = None) -> ChecklistItem:
    return ChecklistItem(
        id=data["id"],
        text=Translated.from_data(data["tekst"]),
        help=Translated.from_data(data["hjaelp"]) if "hjaelp" in data else None,
        link=data.get("link"),
        line=line,
    )


def provided_items(name: str, providers: Mapping[str, ItemProvider], root: Path, where: str) -> tuple[ChecklistItem, ...]:
    provider = providers.get(name)
    if provider is None:
        known = ", ".join(f"'{known}'" for known in sorted(providers)) or "ingen"
        hint = did_you_mean(name, providers, f"Kendte navne er: {known}.")
        raise DataError(
            f"{where}: 'punkter_fra' er '{name}', men punkter kan ikke hentes derfra. {hint} "
            "Ellers skriv punkterne selv under 'punkter'."
        )
    items = tuple(provider(root))
    if not items:
        raise DataError(f"{where}: 'punkter_fra: {name}' gav ingen punkter. Tjek den datafil, punkterne hentes fra.")
    return items


def where_item(display: str, checklist_id: str, item: ChecklistItem) -> str:
    return f"{where_in(display, item.line)} (tjekliste '{checklist_id}')"


def duplicate_item_problems(items: Sequence[ChecklistItem], where: Callable[[ChecklistItem], str]) -> list[str]:
    problems = []
    for item, first in duplicates(items, lambda item: item.id):
        earlier = f" (første gang i linje {first.line})" if first.line else ""
        problems.append(
            f"{where(item)}: punktet 'punkter[{item.id}]' har samme id som et punkt før det{earlier}. "
            "Giv hvert punkt sit eget id i nøglen 'id'."
        )
    return problems


def duplicate_checklist_problems(checklists: Sequence[Checklist]) -> list[str]:
    return [
        f"{checklist.source_file} (tjekliste '{checklist.id}'): nøglen 'id' er '{checklist.id}', "
        f"men det id har {first.source_file} allerede. "
        "Giv hver tjekliste sit eget id (det bliver en del af sidens adresse)."
        for checklist, first in duplicates(checklists, lambda checklist: checklist.id)
    ]


# --- Checks against the site ---------------------------------------------------------


def link_problems(checklists: Iterable[Checklist], pages: set[str]) -> list[str]:
    """Messages for every item ``link`` that is not one of ``pages`` (paths under docs/)."""
    problems = []
    for checklist in checklists:
        if checklist.see_also and checklist.see_also not in pages:
            problems.append(
                f"{checklist.source_file} (tjekliste '{checklist.id}'): 'se_ogsaa' peger på "
                f"'{checklist.see_also}', men den side findes ikke. Skriv stien til en side under docs/, "
                "fx virksomheder/mentoraftalen.md."
            )
        for item in checklist.items:
            if item.link and item.link not in pages:
                problems.append(
                    f"{where_item(checklist.source_file, checklist.id, item)}: "
                    + unknown_page(f"punkter[{item.id}].link", item.link, pages)
                )
    return problems


def check_links(checklists: Iterable[Checklist], pages: set[str]) -> None:
    problems = link_problems(checklists, pages)
    if problems:
        raise DataError(problems)


def checklist_by_id(checklists: Iterable[Checklist]) -> dict[str, Checklist]:
    return {checklist.id: checklist for checklist in checklists}
