"""The mentor agreement template: one data file, one model, every output.

By law (LAB chapter 26) mentor support needs a written agreement, and there is
no national form. ``data/mentoraftale.yml`` (keys in Danish, for editors)
describes the form: sections, fields, and which fields the law requires. It
becomes an ``Agreement`` (attributes in English), from which the page, the
Word document and the PDF are made. No MkDocs here.

``legally_required_fields`` is the one list of what the law requires in the
agreement; the outputs are checked against it, and a checklist can be derived
from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from mentorguiden.core.datafile import KeyPath, format_key_path, load_data_file, read_yaml
from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import Translated as Text
from mentorguiden.core.messages import where as where_in
from mentorguiden.core.sources import Source
from mentorguiden.rules import Register, Rule, load_register

AGREEMENT_FILE = "data/mentoraftale.yml"
LineOf = Callable[[KeyPath], int | None]
"""A key path → its line in the data file, if known."""
Where = Callable[[KeyPath], str]
AGREEMENT_SCHEMA = "data/schemas/mentoraftale.schema.json"

KINDS = {
    "kort-tekst": "short_text",
    "skrivelinjer": "writing_lines",
    "dato": "date",
    "tal": "number",
    "afkrydsning": "checkbox",
    "underskrift": "signature",
}
DEFAULT_LINES = 3

# What the written agreement must contain (STAR's note on the 2019 audit of
# mentor support, LAB chapter 26): field id → what the law asks for. An editor
# may add legally required fields, but not remove these.
LEGAL_MINIMUM = {
    "maal": "målet med mentorstøtten",
    "mentor-navn": "mentorens navn",
    "mentor-kontakt": "mentorens kontaktoplysninger",
    "opgaver": "mentorens opgaver",
    "startdato": "aftalens varighed",
    "slutdato": "aftalens varighed",
    "timer-pr-uge": "antallet af timer",
    "timer-i-alt": "antallet af timer",
    "klagevejledning": "en klagevejledning",
}

# Profile values a field can be prefilled with (``forudfyldt``).
PREFILL_KEYS = ("kommune", "kontaktenhed", "telefon", "email", "adresse")

_CPR = re.compile(r"cpr|personnummer", re.IGNORECASE)


@dataclass(frozen=True)
class Field:
    id: str
    kind: str
    """One of the values of ``KINDS``: short_text, writing_lines, date, number, checkbox, signature."""
    label: Text
    help: Text | None = None
    lines: int = DEFAULT_LINES
    unit: Text | None = None
    rule: Rule | None = None
    """The rule (``mentorguiden.rules.Rule``, field key ``regel``) that requires the field, or None."""
    prefill: str | None = None
    """A key of ``PREFILL_KEYS``: the profile value the field starts with."""

    @property
    def required_by_law(self) -> bool:
        return self.rule is not None

    @property
    def legal_source(self) -> str | None:
        """The citation of the rule that requires the field, e.g. ``LAB kapitel 26``, or None."""
        return self.rule.label if self.rule is not None else None


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    fields: tuple[Field, ...]
    help: Text | None = None
    rules: tuple[Rule, ...] = ()
    """Rules shown under the section's help (``regler``), as ``mentorguiden.rules.Rule``."""


@dataclass(frozen=True)
class Agreement:
    title: Text
    privacy: Text
    sources: tuple[Source, ...]
    sections: tuple[Section, ...]
    source_file: str = AGREEMENT_FILE

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(field for section in self.sections for field in section.fields)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule the form cites (fields and sections), each once, in form order."""
        cited = [
            rule
            for section in self.sections
            for rule in (*(field.rule for field in section.fields if field.rule), *section.rules)
        ]
        return tuple({rule.id: rule for rule in cited}.values())

    @property
    def status_date(self) -> date:
        """When the rules on the form were checked ("status pr."): the earliest date of its rules."""
        return min(rule.status_date for rule in self.rules)


@dataclass(frozen=True)
class LegalRequirement:
    """A field the law requires in the written agreement."""

    field_id: str
    label: Text
    legal_source: str


def legally_required_fields(agreement: Agreement) -> tuple[LegalRequirement, ...]:
    """The fields the law requires, in form order: id, label in every language, legal source."""
    return tuple(
        LegalRequirement(field.id, field.label, field.legal_source)
        for field in agreement.fields
        if field.legal_source is not None
    )


def load_agreement(root: Path, relative_path: str = AGREEMENT_FILE, register: Register | None = None) -> Agreement:
    """Read, validate and check the agreement file; raise ``DataError`` with Danish messages."""
    path = root / relative_path
    data = load_data_file(path, root / AGREEMENT_SCHEMA, root=root)
    _, source_map = read_yaml(path, relative_path)
    return agreement_from_data(data, source_file=relative_path, line_of=source_map.line_of, root=root, register=register)


def agreement_from_data(
    data: dict[str, Any],
    source_file: str = AGREEMENT_FILE,
    line_of: LineOf = lambda path: None,
    root: Path | None = None,
    register: Register | None = None,
) -> Agreement:
    """Build the model from schema-validated data, after the checks a schema cannot make.

    Rule ids (``regel``, ``regler``) are looked up in ``register`` (default: the register of ``root``).
    """
    problems = _agreement_problems(data, source_file, line_of)
    if problems:
        raise DataError(problems)
    rule_of = _rule_lookup(data, source_file, line_of, lambda: register or _project_register(root))
    return Agreement(
        title=_text(data["titel"]),
        privacy=_text(data["privatliv"]),
        sources=tuple(Source.from_data(source) for source in data["kilder"]),
        sections=tuple(
            Section(
                id=section["id"],
                title=_text(section["titel"]),
                help=_optional_text(section.get("hjaelp")),
                fields=tuple(_field(field, rule_of) for field in section["felter"]),
                rules=tuple(rule for rule_id in section.get("regler", ()) if (rule := rule_of(rule_id))),
            )
            for section in data["sektioner"]
        ),
        source_file=source_file,
    )


def _text(value: dict[str, Any]) -> Text:
    return Text(da=value["da"], en=value["en"])


def _optional_text(value: dict[str, Any] | None) -> Text | None:
    return _text(value) if value else None


def _project_register(root: Path | None) -> Register:
    return load_register(root if root is not None else Path(__file__).resolve().parents[2])


def _rule_lookup(
    data: dict[str, Any], source_file: str, line_of: LineOf, get_register: Callable[[], Register]
) -> Callable[[str], Rule | None]:
    """``rule id → Rule`` for the ids the form uses; ``DataError`` naming file and line for unknown ids."""
    cited: list[tuple[KeyPath, str]] = [
        (("sektioner", s, "felter", f, "regel"), field["regel"])
        for s, section in enumerate(data["sektioner"])
        for f, field in enumerate(section["felter"])
        if "regel" in field
    ]
    cited += [
        (("sektioner", s, "regler", r), rule_id)
        for s, section in enumerate(data["sektioner"])
        for r, rule_id in enumerate(section.get("regler", ()))
    ]
    if not cited:
        return lambda rule_id: None
    register = get_register()
    problems = []
    for path, rule_id in cited:
        if rule_id not in register.rules:
            line = line_of(path)
            where = f"{source_file}, linje {line}" if line else source_file
            problems.append(f"{where}: '{format_key_path(path, data)}': " + register.unknown_message(rule_id))
    if problems:
        raise DataError(problems)
    return register.rules.get


def _field(data: dict[str, Any], rule_of: Callable[[str], Rule | None]) -> Field:
    return Field(
        id=data["id"],
        kind=KINDS[data["type"]],
        label=_text(data["etiket"]),
        help=_optional_text(data.get("hjaelp")),
        lines=data.get("linjer", DEFAULT_LINES),
        unit=_optional_text(data.get("enhed")),
        rule=rule_of(data["regel"]) if "regel" in data else None,
        prefill=data.get("forudfyldt"),
    )


# Checks a JSON Schema cannot express -------------------------------------------------


def _agreement_problems(data: dict[str, Any], source_file: str, line_of: LineOf) -> list[str]:
    def where(path: KeyPath) -> str:
        return where_in(source_file, line_of(path))

    problems: list[str] = []
    # Sections and fields have separate ids: a section may share its field's id.
    first_section_use: dict[str, str] = {}
    first_field_use: dict[str, str] = {}
    for section_index, section in enumerate(data["sektioner"]):
        section_path: KeyPath = ("sektioner", section_index)
        problems += _duplicate_id(section["id"], section_path, data, first_section_use, where)
        problems += _cpr_mentions(section, section_path, data, where, "afsnittet")
        for field_index, field in enumerate(section["felter"]):
            field_path = section_path + ("felter", field_index)
            problems += _duplicate_id(field["id"], field_path, data, first_field_use, where)
            problems += _cpr_mentions(field, field_path, data, where, "feltet")
            problems += _kind_mismatches(field, field_path, data, where)

    fields = {
        field["id"]: (section_index, field_index, field)
        for section_index, section in enumerate(data["sektioner"])
        for field_index, field in enumerate(section["felter"])
    }
    for field_id, requirement in LEGAL_MINIMUM.items():
        if field_id not in fields:
            problems.append(
                f"{source_file}: feltet '{field_id}' mangler. Loven kræver, at den skriftlige "
                f"mentoraftale indeholder {requirement}. Tilføj feltet igen med id '{field_id}' "
                "og 'regel: skriftlig-aftale' (se i git-historikken, hvordan det så ud)."
            )
            continue
        section_index, field_index, field = fields[field_id]
        if not field.get("regel"):
            path = ("sektioner", section_index, "felter", field_index)
            problems.append(
                f"{where(path)}: feltet '{format_key_path(path, data)}' skal have 'regel', fordi "
                f"loven kræver {requirement} i mentoraftalen. Skriv reglens id fra data/regler.yml, "
                "fx 'regel: skriftlig-aftale'."
            )
    return problems


def _duplicate_id(item_id: str, path: KeyPath, data: dict[str, Any], first_use: dict[str, Any], where: Where) -> list[str]:
    name = format_key_path(path, data)
    if item_id in first_use:
        return [f"{where(path)}: id '{item_id}' bruges to gange ({first_use[item_id]} og {name}). Giv det ene et andet id."]
    first_use[item_id] = name
    return []


def _cpr_mentions(item: dict[str, Any], path: KeyPath, data: dict[str, Any], where: Where, noun: str) -> list[str]:
    texts = [item["id"]] + [
        text for key in ("titel", "etiket", "hjaelp", "enhed") if isinstance(item.get(key), dict) for text in item[key].values()
    ]
    if any(_CPR.search(text) for text in texts):
        return [
            f"{where(path)}: {noun} '{format_key_path(path, data)}' nævner CPR-nummer. Mentoraftalen må "
            "ikke bede om CPR-nummer – borgerens navn er nok. Fjern det fra id, etiket og hjælpetekst "
            "(det står allerede i 'privatliv')."
        ]
    return []


def _kind_mismatches(field: dict[str, Any], path: KeyPath, data: dict[str, Any], where: Where) -> list[str]:
    only_for = {"linjer": "skrivelinjer", "enhed": "tal", "forudfyldt": "kort-tekst"}
    return [
        f"{where(path + (key,))}: '{format_key_path(path + (key,), data)}' kan kun bruges på felter af "
        f"typen '{kind}', men feltet har typen '{field['type']}'. Slet '{key}', eller ret typen."
        for key, kind in only_for.items()
        if key in field and field["type"] != kind
    ]


def prefill_value(field: Field, profile: Any) -> str:
    """The profile value a prefilled field starts with, or ``""``."""
    if field.prefill is None:
        return ""
    values: dict[str, str] = {
        "kommune": profile.municipality,
        "kontaktenhed": profile.contact_unit,
        "telefon": profile.phone,
        "email": profile.email,
        "adresse": f"{profile.address.street}, {profile.address.postal_line}",
    }
    return values[field.prefill]
