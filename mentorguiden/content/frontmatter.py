"""Check the front matter of the guidance pages in docs/ and prepare their sources for display.

Every page in docs/ states its title, a description, the date a person last
checked it (``senest_gennemgaaet``) and its sources (``kilder``), and exists
in Danish (``x.md``); an English page (``x.en.md``) without its Danish page is
an error, a Danish page without its English page is shown in Danish to
English readers, with a notice. A mistake stops the build
with a Danish message naming the file, the line and the key, checked against
``data/schemas/side.schema.json`` by the same code as the data files.

Generated pages (contact page, checklists, agreement) set their own front
matter; for them the keys are optional, but whatever they give is checked
the same way, and any page with ``kilder`` gets the same sources section
(``mentorguiden.content.page_sources``).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path
from typing import Any

from mentorguiden.core.datafile import SourceMap, check_against_schema, format_key_path, load_schema, parse_yaml
from mentorguiden.core.dates import UNKNOWN_DATE, parse_partial_date
from mentorguiden.core.errors import DataError
from mentorguiden.core.messages import where as where_in

PAGE_SCHEMA = Path("data") / "schemas" / "side.schema.json"
REVIEW_KEY = "senest_gennemgaaet"
SOURCES_KEY = "kilder"
TRANSLATION_SUFFIX = ".en.md"

# The same pattern MkDocs uses to find front matter.
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)

# --- Checking ---------------------------------------------------------------


def front_matter_text(markdown: str) -> str | None:
    """The YAML between the ``---`` lines at the top of a page, or None. It starts on line 2."""
    match = _FRONT_MATTER.match(markdown)
    return match.group(1) if match else None


def check_front_matter(
    markdown: str, display: str, schema: dict[str, Any], *, today: dt.date, required: bool = True
) -> dict[str, Any]:
    """The page's front matter, checked; raise ``DataError`` naming ``display``, line and key.

    With ``required=False`` (generated pages) no key is required, but the
    keys that are there must be right.
    """
    text = front_matter_text(markdown)
    if text is None:
        if not required:
            return {}
        raise DataError(
            f"{display}, linje 1: siden har ingen front matter. Begynd filen med en linje med ---, "
            f"så nøglerne title, description, {REVIEW_KEY} og {SOURCES_KEY}, og så en linje med ---."
        )
    data, source_map = parse_yaml(text, display, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DataError(f"{display}, linje 2: front matter skal være nøgler med værdier (nøgle: værdi).")
    data = dates_as_text(data)
    if not required:
        schema = copy.deepcopy(schema)
        schema.pop("required", None)
    check_against_schema(data, schema, display, source_map)
    check_dates(data, display, source_map, today)
    return data


def dates_as_text(data: dict[str, Any]) -> dict[str, Any]:
    """YAML reads 2026-11-22 as a date and 2024 as a number; the schema checks them as text."""
    data = dict(data)
    if isinstance(data.get(REVIEW_KEY), dt.date):
        data[REVIEW_KEY] = data[REVIEW_KEY].isoformat()
    sources = data.get(SOURCES_KEY)
    if isinstance(sources, list):
        data[SOURCES_KEY] = [
            {**source, "dato": _date_text(source["dato"])} if isinstance(source, dict) and "dato" in source else source
            for source in sources
        ]
    return data


def _date_text(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def check_dates(data: dict[str, Any], display: str, source_map: SourceMap, today: dt.date) -> None:
    problems = []
    review = data.get(REVIEW_KEY)
    if isinstance(review, str):
        problems += _date_problems(
            review, (REVIEW_KEY,), data, display, source_map, today, "Skriv den dato, hvor siden sidst blev gennemgået"
        )
    for index, source in enumerate(data.get(SOURCES_KEY) or []):
        if isinstance(source, dict) and isinstance(source.get("dato"), str):
            problems += _date_problems(
                source["dato"],
                (SOURCES_KEY, index, "dato"),
                data,
                display,
                source_map,
                today,
                "Skriv den dato, kilden er udgivet eller sidst opdateret",
            )
    if problems:
        raise DataError(problems)


def _date_problems(
    value: str, path: tuple[Any, ...], data: dict[str, Any], display: str, source_map: SourceMap, today: dt.date, advice: str
) -> list[str]:
    if value == UNKNOWN_DATE and path[-1] == "dato":
        return []
    where = where_in(display, source_map.line_of(path))
    name = format_key_path(path, data)
    try:
        first_day = parse_partial_date(value)
    except ValueError:
        return [f"{where}: '{name}' er {value}, som ikke er en rigtig dato. {advice} (ÅÅÅÅ-MM-DD)."]
    if first_day > today:
        return [f"{where}: '{name}' er {value}, som ligger efter i dag ({today.isoformat()}). {advice}."]
    return []


def check_docs_tree(docs_dir: Path, root: Path, *, today: dt.date) -> list[Path]:
    """Check every page in ``docs_dir``: front matter and both languages. Return the pages."""
    schema = load_schema(root / PAGE_SCHEMA)
    pages = sorted(docs_dir.rglob("*.md"))
    problems: list[str] = []
    for path in pages:
        display = "docs/" + path.relative_to(docs_dir).as_posix()
        problems += _translation_problems(path, docs_dir)
        try:
            check_front_matter(path.read_text(encoding="utf-8"), display, schema, today=today)
        except DataError as error:
            problems += error.messages
        except UnicodeDecodeError:
            problems.append(f"{display}: filen er ikke gemt som UTF-8. Gem den igen med tegnsættet UTF-8.")
    if problems:
        raise DataError(problems)
    return pages


def counterpart(path: Path) -> Path:
    """``x.md`` ↔ ``x.en.md``."""
    if path.name.endswith(TRANSLATION_SUFFIX):
        return path.with_name(path.name.removesuffix(TRANSLATION_SUFFIX) + ".md")
    return path.with_name(path.name.removesuffix(".md") + TRANSLATION_SUFFIX)


def _translation_problems(path: Path, docs_dir: Path) -> list[str]:
    other = counterpart(path)
    if other.is_file():
        return []
    shown = "docs/" + path.relative_to(docs_dir).as_posix()
    missing = "docs/" + other.relative_to(docs_dir).as_posix()
    if path.name.endswith(TRANSLATION_SUFFIX):
        return [f"{shown}: den danske udgave {missing} mangler. Opret den, eller slet den engelske side."]
    # A missing English page is allowed: English readers see the Danish page
    # with a notice (mentorguiden/content/translations.py).
    return []
