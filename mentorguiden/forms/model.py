"""The forms (blanketter): one schema, one model, every output, for every form.

By law (LAB chapter 26) mentor support needs a written agreement, and there is
no national form. Each file in ``data/blanketter/`` (keys in Danish, for
editors) describes one form against ``data/schemas/blanket.schema.json``:
the citizen's agreement (``mentoraftale``), the company's compensation
agreement (``kompensationsaftale``) and the mentor's timesheet
(``timeseddel``). Each becomes a ``Form`` (attributes in English), from which
its page, Word document and PDF are made. No MkDocs here.

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

FORMS_FOLDER = "data/blanketter"
AGREEMENT_ID = "mentoraftale"
"""The citizen's agreement: the form the law's minimum (``LEGAL_MINIMUM``) applies to."""
AGREEMENT_FILE = f"{FORMS_FOLDER}/{AGREEMENT_ID}.yml"
FORM_ORDER = ("mentoraftale", "kompensationsaftale", "timeseddel")
"""The forms in the order of the menu and the set page; a file not listed here comes after them."""
LineOf = Callable[[KeyPath], int | None]
"""A key path → its line in the data file, if known."""
Where = Callable[[KeyPath], str]
FORM_SCHEMA = "data/schemas/blanket.schema.json"

KINDS = {
    "kort-tekst": "short_text",
    "skrivelinjer": "writing_lines",
    "dato": "date",
    "tal": "number",
    "afkrydsning": "checkbox",
    "underskrift": "signature",
    "dagtabel": "day_table",
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

# Profile values a field can be prefilled with (``forudfyldt``): short values for a
# short-text field, texts for a writing-lines field.
SHORT_PREFILL_KEYS = ("kommune", "kontaktenhed", "telefon", "email", "adresse")
TEXT_PREFILL_KEYS = ("klagevejledning", "udbetaling")
PREFILL_KEYS = SHORT_PREFILL_KEYS + TEXT_PREFILL_KEYS

_CPR = re.compile(r"cpr|personnummer", re.IGNORECASE)


@dataclass(frozen=True)
class Field:
    id: str
    kind: str
    """One of the values of ``KINDS``: short_text, writing_lines, date, number, checkbox, signature, day_table."""
    label: Text
    help: Text | None = None
    lines: int = DEFAULT_LINES
    unit: Text | None = None
    rule: Rule | None = None
    """The rule (``mentorguiden.rules.Rule``, field key ``regel``) that requires the field, or None."""
    prefill: str | None = None
    """A key of ``PREFILL_KEYS``: the profile value the field starts with."""
    rows: int = 0
    """A day table's rows (``raekker``): one per day."""

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
class Form:
    id: str
    """The data file's name without ``.yml``, and the page's folder: ``/mentoraftale/``."""
    title: Text
    description: Text
    intro: Text
    file_name: Text
    """The downloads' name without extension (``filnavn``), e.g. ``mentor-agreement``."""
    max_sheets: int
    """At most this many A4 sheets in print, PDF and Word (``hoejst_ark``)."""
    privacy: Text
    sources: tuple[Source, ...]
    sections: tuple[Section, ...]
    source_file: str = AGREEMENT_FILE
    max_sheets_line: int | None = None
    """The line of ``hoejst_ark`` in the data file, for the message when the form is too long."""

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
    def status_date(self) -> date | None:
        """When the rules on the form were checked ("status pr."): the earliest date of its rules, if it cites any."""
        return min((rule.status_date for rule in self.rules), default=None)

    @property
    def page_folder(self) -> str:
        """The page's folder below the language prefix: ``mentoraftale``."""
        return self.id


@dataclass(frozen=True)
class LegalRequirement:
    """A field the law requires in the written agreement."""

    field_id: str
    label: Text
    legal_source: str


def legally_required_fields(agreement: Form) -> tuple[LegalRequirement, ...]:
    """The fields the law requires, in form order: id, label in every language, legal source."""
    return tuple(
        LegalRequirement(field.id, field.label, field.legal_source)
        for field in agreement.fields
        if field.legal_source is not None
    )


def load_forms(root: Path, register: Register | None = None) -> tuple[Form, ...]:
    """Every form in ``data/blanketter/``, in ``FORM_ORDER``; ``DataError`` naming each file with mistakes."""
    paths = sorted((root / FORMS_FOLDER).glob("*.yml"), key=lambda path: _form_rank(path.stem))
    forms, problems = [], []
    for path in paths:
        try:
            forms.append(load_form(root, path.relative_to(root).as_posix(), register))
        except DataError as error:
            problems += error.messages
    if problems:
        raise DataError(problems)
    if AGREEMENT_ID not in {form.id for form in forms}:
        raise DataError(f"{AGREEMENT_FILE} mangler. Mentoraftalen skal findes; hent filen igen fra git-historikken.")
    return tuple(forms)


def _form_rank(form_id: str) -> tuple[int, str]:
    return (FORM_ORDER.index(form_id) if form_id in FORM_ORDER else len(FORM_ORDER), form_id)


def the_agreement(forms: tuple[Form, ...]) -> Form:
    """The citizen's agreement among the loaded forms."""
    return next(form for form in forms if form.id == AGREEMENT_ID)


def load_agreement(root: Path, relative_path: str = AGREEMENT_FILE, register: Register | None = None) -> Form:
    """The citizen's agreement alone (the checklist "Er mentoraftalen komplet?" is made from it)."""
    return load_form(root, relative_path, register)


def load_form(root: Path, relative_path: str, register: Register | None = None) -> Form:
    """Read, validate and check one form file; raise ``DataError`` with Danish messages."""
    path = root / relative_path
    data = load_data_file(path, root / FORM_SCHEMA, root=root)
    _, source_map = read_yaml(path, relative_path)
    return form_from_data(data, source_file=relative_path, line_of=source_map.line_of, root=root, register=register)


def form_from_data(
    data: dict[str, Any],
    source_file: str = AGREEMENT_FILE,
    line_of: LineOf = lambda path: None,
    root: Path | None = None,
    register: Register | None = None,
) -> Form:
    """Build the model from schema-validated data, after the checks a schema cannot make.

    Rule ids (``regel``, ``regler``) are looked up in ``register`` (default: the register of ``root``).
    """
    form_id = Path(source_file).stem
    problems = _form_problems(data, source_file, line_of, legal_minimum=form_id == AGREEMENT_ID)
    if problems:
        raise DataError(problems)
    rule_of = _rule_lookup(data, source_file, line_of, lambda: register or _project_register(root))
    return Form(
        id=form_id,
        title=_text(data["titel"]),
        description=_text(data["beskrivelse"]),
        intro=_text(data["indledning"]),
        file_name=_text(data["filnavn"]),
        max_sheets=data["hoejst_ark"],
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
        max_sheets_line=line_of(("hoejst_ark",)),
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
        rows=data.get("raekker", 0),
    )


# Checks a JSON Schema cannot express -------------------------------------------------


def _form_problems(data: dict[str, Any], source_file: str, line_of: LineOf, legal_minimum: bool) -> list[str]:
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
    problems += _file_name_problems(data, where)
    if legal_minimum:
        problems += _legal_minimum_problems(data, source_file, where)
    return problems


def _file_name_problems(data: dict[str, Any], where: Where) -> list[str]:
    return [
        f"{where(('filnavn', language))}: 'filnavn.{language}' er »{name}«, men et filnavn må kun have små "
        "bogstaver, tal og bindestreger (uden æ, ø og å), fx 'mentor-agreement'."
        for language, name in data["filnavn"].items()
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name)
    ]


def _legal_minimum_problems(data: dict[str, Any], source_file: str, where: Where) -> list[str]:
    problems: list[str] = []
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
            f"{where(path)}: {noun} '{format_key_path(path, data)}' nævner CPR-nummer. En blanket må "
            "ikke bede om CPR-nummer – borgerens navn (og kommunens sagsnummer) er nok. Fjern det fra id, etiket og hjælpetekst "
            "(det står allerede i 'privatliv')."
        ]
    return []


def _kind_mismatches(field: dict[str, Any], path: KeyPath, data: dict[str, Any], where: Where) -> list[str]:
    prefill = field.get("forudfyldt")
    prefill_kind = "skrivelinjer" if prefill in TEXT_PREFILL_KEYS else "kort-tekst"
    only_for = {"linjer": "skrivelinjer", "enhed": "tal", "forudfyldt": prefill_kind, "raekker": "dagtabel"}
    missing_rows = (
        [
            f"{where(path)}: feltet '{format_key_path(path, data)}' har typen 'dagtabel', men ingen 'raekker'. "
            "Skriv, hvor mange dage tabellen har, fx 'raekker: 23'."
        ]
        if field["type"] == "dagtabel" and "raekker" not in field
        else []
    )
    return missing_rows + [
        f"{where(path + (key,))}: '{format_key_path(path + (key,), data)}' kan kun bruges på felter af "
        f"typen '{kind}', men feltet har typen '{field['type']}'. Slet '{key}', eller ret typen."
        for key, kind in only_for.items()
        if key in field and field["type"] != kind
    ]


def prefill_value(field: Field, profile: Any, texts: Callable[[str], str] | None = None) -> str:
    """The profile value a prefilled field starts with, or ``""``.

    ``texts(key)``: the profile's plain texts in the page's language (``klagevejledning``,
    ``udbetaling``), for writing-lines fields.
    """
    if field.prefill is None:
        return ""
    if field.prefill in TEXT_PREFILL_KEYS:
        return texts(field.prefill) if texts is not None else ""
    values: dict[str, str] = {
        "kommune": profile.municipality,
        "kontaktenhed": profile.contact_unit,
        "telefon": profile.phone,
        "email": profile.email,
        "adresse": f"{profile.address.street}, {profile.address.postal_line}",
    }
    return values[field.prefill]
