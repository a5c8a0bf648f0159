"""The municipality profile: the one file a municipality edits to publish Mentorguiden.

``data/profil.yml`` (keys in Danish, for editors) becomes a ``Profile``
(attributes in English, for code and templates). Another profile is chosen
with the environment variable ``MENTORGUIDEN_PROFILE`` (``make build
PROFILE=data/profiler/proevested.yml``).

The JSON Schema checks each value's form; this module checks what a schema
cannot: the accent colour's contrast with white (WCAG AA), that opening
hours close after they open and name each day once, and that the logo is a
harmless SVG file in the repository. Every problem is a Danish message
naming the file, the line and the key.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentorguiden.core.datafile import SourceMap, display_name, load_data_file_with_lines
from mentorguiden.core.errors import DataError
from mentorguiden.core.escaping import profile_text_problems
from mentorguiden.core.languages import Translated
from mentorguiden.core.messages import where

PROFILE_FILE = "data/profil.yml"
PROFILE_SCHEMA = "data/schemas/profil.schema.json"
PROFILE_ENVIRONMENT_VARIABLE = "MENTORGUIDEN_PROFILE"

LOGO_SITE_PATH = "assets/images/kommune-logo.svg"
"""Where the profile's logo is published in the built site."""

MINIMUM_CONTRAST = 4.5
"""WCAG 2.1 AA for normal text: white text on the accent colour, and accent-coloured links on white."""

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    city: str

    @property
    def postal_line(self) -> str:
        return f"{self.postcode} {self.city}"


@dataclass(frozen=True)
class OpeningHours:
    days: tuple[str, ...]
    """Danish weekday names as in the profile, in week order."""
    opens: str
    """``HH:MM``."""
    closes: str


@dataclass(frozen=True)
class MentorContact:
    name: str
    title: str | None = None
    phone: str | None = None
    email: str | None = None

    @property
    def phone_href(self) -> str | None:
        return phone_href(self.phone) if self.phone else None


@dataclass(frozen=True)
class LocalRules:
    months_per_grant: int
    fixed_agreements: bool
    mentor_contact: MentorContact | None = None


@dataclass(frozen=True)
class ApplicationRoute:
    """How a company applies for a mentor (``ansoegning``)."""

    method: str
    """``telefon``, ``email``, ``formular`` or ``selvbetjening``."""
    url: str = ""
    """The form's or the self-service system's address (``formular``, ``selvbetjening``)."""
    system_name: str = ""
    """The self-service system's name, as companies know it (``selvbetjening``)."""


@dataclass(frozen=True)
class PaymentTerms:
    """How and when the company is paid (``udbetaling``)."""

    frequency: str
    """``maanedlig``, ``kvartalsvis`` or ``efter-perioden``."""
    method: str
    """``nemkonto`` or ``e-faktura``."""
    documentation: tuple[str, ...]
    """What the claim includes: ``timeseddel``, ``loenoplysninger``, ``faktura``, in the profile's order."""
    days_to_pay: int
    """Paid at the latest this many days after the municipality has everything."""
    ean: str = ""
    """The municipality's EAN number for e-invoices (``e-faktura``)."""


DEFAULT_APPLICATION = ApplicationRoute(method="telefon")
DEFAULT_PAYMENT = PaymentTerms(frequency="maanedlig", method="nemkonto", documentation=("timeseddel",), days_to_pay=30)


@dataclass(frozen=True)
class Profile:
    municipality: str
    contact_unit: str
    phone: str
    email: str
    address: Address
    accessibility_statement_url: str
    opening_hours: tuple[OpeningHours, ...] = ()
    digital_post_url: str = ""
    site_url: str = ""
    edit_url: str = ""
    """The repository's edit address, e.g. ``https://github.com/x/y/edit/main/``."""
    logo: str = ""
    """The logo's path in the repository, e.g. ``data/logoer/kommune.svg``."""
    accent_colour: str = "#1b4f72"
    local_rules: LocalRules = LocalRules(months_per_grant=6, fixed_agreements=False)
    application: ApplicationRoute = DEFAULT_APPLICATION
    payment: PaymentTerms = DEFAULT_PAYMENT
    complaint_guidance: Translated = field(default_factory=lambda: Translated(da="", en=""))
    """The municipality's standard wording on how the citizen complains about the decision."""
    source_file: str = PROFILE_FILE

    @property
    def phone_href(self) -> str:
        """A ``tel:`` link in international form, e.g. ``tel:+4512345678``."""
        return phone_href(self.phone)

    @property
    def site_name(self) -> str:
        return f"Mentorguiden – {self.municipality}"

    @property
    def edit_uri(self) -> str:
        """MkDocs' ``edit_uri``: always ``<repository edit address>/docs/``."""
        base = re.sub(r"/+$", "", self.edit_url)
        base = re.sub(r"/docs$", "", base)
        return f"{base}/docs/"

    @property
    def accent_colour_dark(self) -> str:
        """The accent colour 30 % towards black, for hover and focus states."""
        return mix_with_black(self.accent_colour, 0.3)

    @property
    def print_footer_css(self) -> str:
        """The text in the corner of every printed sheet, as a CSS string literal."""
        return css_string(f"{self.municipality} · {self.contact_unit} · {self.phone}")


def phone_href(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    national = digits[2:] if len(digits) == 10 and digits.startswith("45") else digits
    return f"tel:+45{national}"


def css_string(text: str) -> str:
    """``text`` as a double-quoted CSS string that cannot end the string or the <style> element."""
    escaped = "".join(c if c.isalnum() or c in " ·.,-–@+" else f"\\{ord(c):x} " for c in text)
    return f'"{escaped}"'


# Colours ---------------------------------------------------------------------------


def _channels(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#rrggbb``."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _channels(colour)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(colour: str) -> float:
    return 1.05 / (relative_luminance(colour) + 0.05)


def mix_with_black(colour: str, share: float) -> str:
    return "#" + "".join(f"{round(c * 255 * (1 - share)):02x}" for c in _channels(colour))


# Loading ---------------------------------------------------------------------------


def load_profile(root: Path, relative_path: str = PROFILE_FILE) -> Profile:
    """Read and validate the profile; raise ``DataError`` with Danish messages."""
    path = Path(relative_path) if Path(relative_path).is_absolute() else root / relative_path
    shown = display_name(path, root)
    data, source_map = load_data_file_with_lines(path, root / PROFILE_SCHEMA, root=root)
    problems = [
        *_colour_problems(data, source_map, shown),
        *_opening_hours_problems(data, source_map, shown),
        *_logo_problems(data, source_map, shown, root),
        *_application_problems(data, source_map, shown),
        *_payment_problems(data, source_map, shown),
        *profile_text_problems(data, source_map, shown),
    ]
    if problems:
        raise DataError(problems)
    return profile_from_data(data, source_file=shown)


def profile_from_data(data: dict[str, Any], source_file: str = PROFILE_FILE) -> Profile:
    """Build the model from already validated data."""
    address = data["adresse"]
    rules = data.get("lokale_regler", {"maaneder_pr_bevilling": 6, "faste_aftaler": False})
    contact = rules.get("mentorkontakt")
    return Profile(
        municipality=data["kommune"],
        contact_unit=data["kontaktenhed"],
        phone=data["telefon"],
        email=data["email"],
        address=Address(street=address["vej"], postcode=address["postnummer"], city=address["by"]),
        accessibility_statement_url=data["tilgaengelighedserklaering"],
        opening_hours=tuple(
            OpeningHours(days=tuple(sorted(period["dage"], key=WEEKDAYS.index)), opens=period["fra"], closes=period["til"])
            for period in data.get("aabningstider", [])
        ),
        digital_post_url=data.get("digital_post", ""),
        site_url=data.get("side_url", ""),
        edit_url=data.get("rediger_url", ""),
        logo=data.get("logo", ""),
        accent_colour=data.get("accentfarve", "#1b4f72").lower(),
        local_rules=LocalRules(
            months_per_grant=rules["maaneder_pr_bevilling"],
            fixed_agreements=rules["faste_aftaler"],
            mentor_contact=MentorContact(
                name=contact["navn"],
                title=contact.get("titel"),
                phone=contact.get("telefon"),
                email=contact.get("email"),
            )
            if contact
            else None,
        ),
        application=_application_from_data(data["ansoegning"]),
        payment=_payment_from_data(data["udbetaling"]),
        complaint_guidance=Translated.from_data(data["klagevejledning"]),
        source_file=source_file,
    )


def _application_from_data(data: dict[str, Any]) -> ApplicationRoute:
    return ApplicationRoute(method=data["maade"], url=data.get("url", ""), system_name=data.get("system", ""))


def _payment_from_data(data: dict[str, Any]) -> PaymentTerms:
    return PaymentTerms(
        frequency=data["hyppighed"],
        method=data["maade"],
        documentation=tuple(data["dokumentation"]),
        days_to_pay=data["betalingsfrist_dage"],
        ean=data.get("ean", ""),
    )


def _where(shown: str, source_map: SourceMap, path: tuple[Any, ...]) -> str:
    return where(shown, source_map.line_of(path))


def _colour_problems(data: dict[str, Any], source_map: SourceMap, shown: str) -> list[str]:
    colour = data["accentfarve"]
    ratio = contrast_with_white(colour)
    if ratio >= MINIMUM_CONTRAST:
        return []
    return [
        f"{_where(shown, source_map, ('accentfarve',))}: farven '{colour}' i 'accentfarve' er for lys. "
        f"Hvid tekst på den har kun kontrasten {math.floor(ratio * 100) / 100:.2f}:1, "
        f"men skal have mindst {MINIMUM_CONTRAST}:1 (WCAG AA), så alle kan læse sidehovedet og links. "
        "Vælg en mørkere farve."
    ]


def _minutes(time: str) -> int:
    hours, minutes = time.split(":")
    return int(hours) * 60 + int(minutes)


def _opening_hours_problems(data: dict[str, Any], source_map: SourceMap, shown: str) -> list[str]:
    problems = []
    first_period_of: dict[str, int] = {}
    for number, period in enumerate(data["aabningstider"], start=1):
        key = f"aabningstider[{number}]"
        where = _where(shown, source_map, ("aabningstider", number - 1))
        if _minutes(period["til"]) <= _minutes(period["fra"]):
            problems.append(
                f"{where}: i '{key}' lukker I kl. {period['til']}, før I åbner kl. {period['fra']}. "
                "'til' skal være senere end 'fra'."
            )
        for day in period["dage"]:
            if day in first_period_of:
                problems.append(
                    f"{where}: '{day}' står i både 'aabningstider[{first_period_of[day]}]' og '{key}'. "
                    "Skriv hver dag i én periode."
                )
            else:
                first_period_of[day] = number
    return problems


_SVG_DANGERS = (
    (re.compile(r"<\s*script", re.IGNORECASE), "et <script>-element"),
    (re.compile(r"\son[a-z]+\s*=", re.IGNORECASE), "en hændelses-attribut (on…=)"),
    (re.compile(r"javascript\s*:", re.IGNORECASE), "et javascript:-link"),
    (re.compile(r"<\s*foreignObject", re.IGNORECASE), "et <foreignObject>-element"),
    (re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE), "en DOCTYPE- eller ENTITY-erklæring"),
    (re.compile(r"""(?:href|src)\s*=\s*["']\s*(?!#)""", re.IGNORECASE), "et link til en anden fil eller adresse"),
    (re.compile(r"""url\(\s*["']?\s*(?!#)""", re.IGNORECASE), "en url(…) til en anden fil eller adresse"),
    (re.compile(r"@import", re.IGNORECASE), "en @import"),
)


def _logo_problems(data: dict[str, Any], source_map: SourceMap, shown: str, root: Path) -> list[str]:
    logo = data["logo"]
    where = _where(shown, source_map, ("logo",))
    path = (root / logo).resolve()
    if root.resolve() not in path.parents:
        return [f"{where}: 'logo' skal pege på en fil i repositoryet, men '{logo}' ligger uden for det."]
    if not path.is_file():
        return [
            f"{where}: logoet '{logo}' i 'logo' findes ikke. Læg SVG-filen i repositoryet, "
            "eller ret stien (regnet fra repositoryets rod, fx data/logoer/kommune.svg)."
        ]
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text = ""
    if not re.search(r"<svg[\s>]", text):
        return [f"{where}: '{logo}' i 'logo' er ikke en SVG-fil (der er intet <svg>-element). Gem logoet som SVG."]
    found = [what for pattern, what in _SVG_DANGERS if pattern.search(text)]
    if found:
        return [
            f"{where}: logoet '{logo}' i 'logo' indeholder {', '.join(found)}. Et logo må kun være "
            "en tegning: fjern script, hændelser og links til andre filer eller adresser, og gem det igen."
        ]
    return []


APPLICATION_KEYS_BY_METHOD = {"telefon": (), "email": (), "formular": ("url",), "selvbetjening": ("url", "system")}
"""The keys under ``ansoegning`` that each way of applying needs, besides ``maade``."""


def _application_problems(data: dict[str, Any], source_map: SourceMap, shown: str) -> list[str]:
    application = data["ansoegning"]
    method = application["maade"]
    needed = APPLICATION_KEYS_BY_METHOD[method]
    where = _where(shown, source_map, ("ansoegning", "maade"))
    problems = [
        f"{where}: 'ansoegning.{key}' mangler. Når 'maade' er '{method}', skal profilen også have "
        + ("adressen på formularen eller selvbetjeningen (https://…)." if key == "url" else "navnet på selvbetjeningen.")
        for key in needed
        if key not in application
    ]
    problems += [
        f"{_where(shown, source_map, ('ansoegning', key))}: 'ansoegning.{key}' bruges kun, når 'maade' er "
        f"{' eller '.join(repr(m) for m, keys in APPLICATION_KEYS_BY_METHOD.items() if key in keys)}, men den er "
        f"'{method}'. Slet '{key}', eller ret 'maade'."
        for key in ("url", "system")
        if key in application and key not in needed
    ]
    return problems


def _payment_problems(data: dict[str, Any], source_map: SourceMap, shown: str) -> list[str]:
    payment = data["udbetaling"]
    if payment["maade"] == "e-faktura" and "ean" not in payment:
        return [
            f"{_where(shown, source_map, ('udbetaling', 'maade'))}: 'udbetaling.ean' mangler. Ved e-faktura skal "
            'profilen have kommunens EAN-nummer med 13 cifre i anførselstegn, fx ean: "5798000000000".'
        ]
    if payment["maade"] != "e-faktura" and "ean" in payment:
        return [
            f"{_where(shown, source_map, ('udbetaling', 'ean'))}: 'udbetaling.ean' bruges kun ved e-faktura, men "
            f"'maade' er '{payment['maade']}'. Slet 'ean', eller ret 'maade' til e-faktura."
        ]
    return []
