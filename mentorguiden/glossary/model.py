"""The glossary (Ordliste): ``data/ordliste.yml`` → ``Glossary``; its page is ``page.py``, the marking ``marking.py``.

``data/ordliste.yml`` holds each term once, with its definition in Danish and
English and the forms to recognise in running text. From it come the
glossary page (``/viden/ordliste/``, ``/en/viden/ordliste/``) and, on every
other page, the first occurrence of each term in the body text marked as a
link to its glossary entry with the definition as a tooltip
(``overrides/assets/stylesheets/content.css`` and ``mentorguiden.js`` show
it on hover, focus and tap). Definitions are never copied into the pages.

Only the first occurrence per term per page is marked: a reader meets the
explanation where the word first appears, screen readers announce it once,
and the text is not littered with underlines. Terms are not marked where a
link inside would be wrong or confusing: headings, links, code, buttons,
form labels, admonition titles and anything marked ``mg-no-glossary``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentorguiden.content.frontmatter import REVIEW_KEY, SOURCES_KEY, check_dates, dates_as_text
from mentorguiden.core.datafile import SourceMap, display_name, load_data_file_with_lines
from mentorguiden.core.dates import ShownDate, format_date
from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import LANGUAGES
from mentorguiden.core.messages import where as where_in
from mentorguiden.core.ui_strings import ui

GLOSSARY_FILE = Path("data") / "ordliste.yml"
GLOSSARY_SCHEMA = Path("data") / "schemas" / "ordliste.schema.json"


@dataclass(frozen=True)
class Wording:
    term: str
    forms: tuple[str, ...]
    """Every form recognised in running text, the term itself first."""
    definition: str


@dataclass(frozen=True)
class Term:
    id: str
    wording: dict[str, Wording]
    status_by_language: dict[str, ShownDate]

    def tooltip(self, language: str) -> str:
        text = self.wording[language].definition
        status = self.status_by_language.get(language)
        if status:
            text += f" {status_label(language)} {status.text}."
        return text


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]
    reviewed: str
    sources: tuple[dict[str, Any], ...]
    source_file: str

    def sorted_terms(self, language: str) -> list[Term]:
        return sorted(self.terms, key=lambda term: danish_sort_key(term.wording[language].term))

    # The patterns every page is marked with (``marking.py``), made once per glossary: once per build.

    def term_pattern(self, language: str) -> tuple[re.Pattern[str], dict[str, Term]]:
        """One regex for every form in ``language``, longest first; whole words, any case, any whitespace."""
        made = self._term_patterns
        if language not in made:
            made[language] = _term_pattern(self.terms, language)
        return made[language]

    @functools.cached_property
    def _term_patterns(self) -> dict[str, tuple[re.Pattern[str], dict[str, Term]]]:
        return {}

    @functools.cached_property
    def danish_pattern(self) -> re.Pattern[str] | None:
        """Every Danish form of every term, except names English uses as they are (``Digital Post``) and
        abbreviations (``LAB``, ``STAR``); never inside a web address or file path."""
        english_terms = {term.wording["en"].term.casefold() for term in self.terms}
        forms = {
            form
            for term in self.terms
            for form in term.wording["da"].forms
            if form.casefold() not in english_terms and not form.isupper()
        }
        if not forms:
            return None
        return re.compile(rf"(?<![\w/.-])(?:{_alternatives(forms)})(?![\w/-])", re.IGNORECASE)


def _term_pattern(terms: tuple[Term, ...], language: str) -> tuple[re.Pattern[str], dict[str, Term]]:
    by_form: dict[str, Term] = {}
    for term in terms:
        for form in term.wording[language].forms:
            by_form[form.casefold()] = term
    # \w is Unicode-aware: æ, ø and å are letters, so "mentor" never matches inside "mentorstøtte".
    return re.compile(rf"(?<![\w-])(?:{_alternatives(by_form)})(?![\w-])", re.IGNORECASE), by_form


def _alternatives(forms: Iterable[str]) -> str:
    """The forms as one alternation that prefers the longest form, any whitespace between their words.

    Written as a tree of shared beginnings (``mentor(?:støtte(?:n)?)?``), not as
    a list of every form: the regular expression then reads each character of
    a page once instead of trying every form in turn, a third of the time
    the glossary took on every page. Greedy optional endings try the longer
    form first, as a list sorted longest first does.
    """
    tree: _Tree = {}
    for form in forms:
        node = tree
        for token in " ".join(form.lower().split()):
            node = node.setdefault(token, {})
        node[""] = {}
    return _tree_pattern(tree)


_Tree = dict[str, "_Tree"]


def _tree_pattern(node: _Tree) -> str:
    branches = [(r"\s+" if token == " " else re.escape(token)) + _tree_pattern(rest) for token, rest in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?"


def status_label(language: str) -> str:
    return ui("status_as_of", language)


def danish_sort_key(text: str) -> str:
    """Æ, Ø and Å come after Z in Danish."""
    return text.lower().replace("æ", "{").replace("ø", "|").replace("å", "}")


# --- Loading ----------------------------------------------------------------


def load_glossary(root: Path, *, today: dt.date) -> Glossary:
    path = root / GLOSSARY_FILE
    display = display_name(path, root)
    data, source_map = load_data_file_with_lines(path, root / GLOSSARY_SCHEMA, root=root, prepare=_dates_as_text)
    check_dates(data, display, source_map, today)
    _check_terms(data, display, source_map)
    return _glossary(data, display)


def _dates_as_text(data: Any) -> Any:
    """The review date and the sources' dates as the schema checks them: text (``dato: 2024`` is a number in YAML)."""
    return dates_as_text(data) if isinstance(data, dict) else data


def _check_terms(data: dict[str, Any], display: str, source_map: SourceMap) -> None:
    """Ids must be unique, a form may belong to one term only, and status dates must be real and reviewed."""
    problems = []
    seen_ids: dict[str, int] = {}
    seen_forms: dict[tuple[str, str], str] = {}
    for index, item in enumerate(data["termer"]):
        where = where_in(display, source_map.line_of(("termer", index)))
        if item["id"] in seen_ids:
            problems.append(
                f"{where}: id '{item['id']}' bruges også af ord nr. {seen_ids[item['id']] + 1}. Giv hvert ord sit eget id."
            )
        seen_ids.setdefault(item["id"], index)
        status = item.get("status_pr")
        if status:
            try:
                if dt.date.fromisoformat(status).isoformat() > data[REVIEW_KEY]:
                    problems.append(
                        f"{where}: 'termer[{item['id']}].status_pr' er {status}, som ligger efter "
                        f"'{REVIEW_KEY}' ({data[REVIEW_KEY]}). Ret datoen, eller gennemgå ordlisten igen."
                    )
            except ValueError:
                problems.append(f"{where}: 'termer[{item['id']}].status_pr' er {status}, som ikke er en rigtig dato.")
        for language in LANGUAGES:
            for form in _forms(item[language]):
                key = (language, form.casefold())
                if key in seen_forms and seen_forms[key] != item["id"]:
                    problems.append(
                        f"{where}: formen '{form}' ({language}) står både ved '{seen_forms[key]}' og "
                        f"'{item['id']}'. Et ord i teksten kan kun forklares ét sted; slet den ene."
                    )
                seen_forms.setdefault(key, item["id"])
    if problems:
        raise DataError(problems)


def _forms(wording: dict[str, Any]) -> list[str]:
    forms = [wording["term"]] + [form for form in wording.get("former") or [] if form != wording["term"]]
    return [" ".join(form.split()) for form in forms]


def _glossary(data: dict[str, Any], display: str) -> Glossary:
    terms = []
    for item in data["termer"]:
        status = item.get("status_pr")
        terms.append(
            Term(
                id=item["id"],
                wording={
                    language: Wording(
                        term=item[language]["term"],
                        forms=tuple(_forms(item[language])),
                        definition=" ".join(item[language]["definition"].split()),
                    )
                    for language in LANGUAGES
                },
                status_by_language={language: format_date(status, language) for language in LANGUAGES} if status else {},
            )
        )
    return Glossary(
        terms=tuple(terms),
        reviewed=data[REVIEW_KEY],
        sources=tuple(data[SOURCES_KEY]),
        source_file=display,
    )
