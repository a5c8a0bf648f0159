"""The glossary (Ordliste): one data file, one generated page, and the terms marked on every page.

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
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import escape

from .languages import LANGUAGES
from .datafile import check_against_schema, load_schema, read_yaml, display_name
from .errors import DataError
from .frontmatter import REVIEW_KEY, SOURCES_KEY, ShownDate, check_dates, dates_as_text, format_date
from .pages import GeneratedPage, page_markdown
from .templates import render_with_variables, template_environment

GLOSSARY_FILE = Path("data") / "ordliste.yml"
GLOSSARY_SCHEMA = Path("data") / "schemas" / "ordliste.schema.json"
GLOSSARY_PAGE = "viden/ordliste.md"
GLOSSARY_TEMPLATE = "glossary.html"


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
    sources: tuple[dict, ...]
    source_file: str

    def sorted_terms(self, language: str) -> list[Term]:
        return sorted(self.terms, key=lambda term: danish_sort_key(term.wording[language].term))


def status_label(language: str) -> str:
    return "Status as of" if language == "en" else "Status pr."


def danish_sort_key(text: str) -> str:
    """Æ, Ø and Å come after Z in Danish."""
    return text.lower().replace("æ", "{").replace("ø", "|").replace("å", "}")


# --- Loading ----------------------------------------------------------------


def load_glossary(root: Path, *, today: dt.date) -> Glossary:
    path = root / GLOSSARY_FILE
    display = display_name(path, root)
    data, source_map = read_yaml(path, display)
    if data is None:
        raise DataError(f"{display}: filen er tom. Udfyld den, eller gendan den fra git.")
    data = dates_as_text(data) if isinstance(data, dict) else data
    if isinstance(data, dict) and isinstance(data.get("termer"), list):
        data["termer"] = [_status_as_text(item) for item in data["termer"]]
    check_against_schema(data, load_schema(root / GLOSSARY_SCHEMA), display, source_map)
    check_dates(data, display, source_map, today)
    _check_terms(data, display, source_map)
    return _glossary(data, display)


def _status_as_text(item: Any) -> Any:
    if isinstance(item, dict) and isinstance(item.get("status_pr"), dt.date):
        return {**item, "status_pr": item["status_pr"].isoformat()}
    return item


def _check_terms(data: dict, display: str, source_map) -> None:
    """Ids must be unique, a form may belong to one term only, and status dates must be real and reviewed."""
    problems = []
    seen_ids: dict[str, int] = {}
    seen_forms: dict[tuple[str, str], str] = {}
    for index, item in enumerate(data["termer"]):
        line = source_map.line_of(("termer", index))
        where = f"{display}, linje {line}"
        if item["id"] in seen_ids:
            problems.append(f"{where}: id '{item['id']}' bruges også af ord nr. {seen_ids[item['id']] + 1}. "
                            "Giv hvert ord sit eget id.")
        seen_ids.setdefault(item["id"], index)
        status = item.get("status_pr")
        if status:
            try:
                if dt.date.fromisoformat(status).isoformat() > data[REVIEW_KEY]:
                    problems.append(f"{where}: 'termer[{item['id']}].status_pr' er {status}, som ligger efter "
                                    f"'{REVIEW_KEY}' ({data[REVIEW_KEY]}). Ret datoen, eller gennemgå ordlisten igen.")
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


def _forms(wording: dict) -> list[str]:
    forms = [wording["term"]] + [form for form in wording.get("former") or [] if form != wording["term"]]
    return [" ".join(form.split()) for form in forms]


def _glossary(data: dict, display: str) -> Glossary:
    terms = []
    for item in data["termer"]:
        status = item.get("status_pr")
        terms.append(Term(
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
        ))
    return Glossary(
        terms=tuple(terms),
        reviewed=data[REVIEW_KEY],
        sources=tuple(data[SOURCES_KEY]),
        source_file=display,
    )


# --- The glossary page ------------------------------------------------------


def glossary_markdown(glossary: Glossary, language: str, environment: jinja2.Environment) -> str:
    body, variables = render_with_variables(
        environment, GLOSSARY_TEMPLATE,
        {"lang": language, "terms": glossary.sorted_terms(language), "status_label": status_label(language)},
    )
    meta = {REVIEW_KEY: glossary.reviewed, SOURCES_KEY: [dict(source) for source in glossary.sources]}
    return page_markdown(title=variables["title"], description=variables["description"], body=body, meta=meta)


def glossary_page(glossary: Glossary, languages: tuple[str, ...], root: Path) -> GeneratedPage:
    environment = template_environment(root)
    return GeneratedPage(
        src_uri=GLOSSARY_PAGE,
        markdown_by_language={language: glossary_markdown(glossary, language, environment) for language in languages},
        source_file=glossary.source_file,
    )


def glossary_url(language: str, default_language: str = "da") -> str:
    """The glossary page's address relative to the site root."""
    prefix = "" if language == default_language else f"{language}/"
    return prefix + GLOSSARY_PAGE.removesuffix(".md") + "/"


# --- Marking terms in a page ------------------------------------------------

SKIPPED_TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd", "samp", "button", "label", "select",
    "option", "textarea", "script", "style", "summary", "abbr", "dfn", "svg", "math", "title", "figcaption",
})
SKIPPED_CLASSES = frozenset({"admonition-title", "mg-term", "mg-sources", "mg-no-glossary", "headerlink"})
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                       "track", "wbr"})


def term_pattern(glossary: Glossary, language: str) -> tuple[re.Pattern, dict[str, Term]]:
    """One regex for every form in ``language``, longest first; whole words, any case, any whitespace."""
    by_form: dict[str, Term] = {}
    for term in glossary.terms:
        for form in term.wording[language].forms:
            by_form[form.casefold()] = term
    alternatives = sorted(by_form, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in form.split()) for form in alternatives)
    # \w is Unicode-aware: æ, ø and å are letters, so "mentor" never matches inside "mentorstøtte".
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), by_form


def mark_terms(html: str, glossary: Glossary, language: str, glossary_link: str) -> str:
    """``html`` with the first occurrence of each glossary term in body text marked up with its definition."""
    pattern, by_form = term_pattern(glossary, language)
    marker = _TermMarker(pattern, by_form, language, glossary_link)
    marker.feed(html)
    marker.close()
    return "".join(marker.out)


def term_markup(term: Term, text: str, language: str, glossary_link: str) -> str:
    tip_id = f"mg-term-{term.id}"
    return (
        f'<span class="mg-term" data-mg-term="{term.id}">'
        f'<a class="mg-term__link" href="{escape(glossary_link)}#{term.id}" aria-describedby="{tip_id}">{text}</a>'
        f'<span class="mg-term__tip" role="tooltip" id="{tip_id}">{escape(term.tooltip(language))}</span>'
        "</span>"
    )


class _TermMarker(HTMLParser):
    """Copies HTML through unchanged, except the first occurrence of each term in plain body text."""

    def __init__(self, pattern: re.Pattern, by_form: dict[str, Term], language: str, glossary_link: str):
        super().__init__(convert_charrefs=False)
        self.pattern, self.by_form = pattern, by_form
        self.language, self.glossary_link = language, glossary_link
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []
        self.marked: set[str] = set()

    def _skipping(self) -> bool:
        return any(skipped for _, skipped in self.stack)

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in VOID_TAGS:
            return
        classes = set((dict(attrs).get("class") or "").split())
        self.stack.append((tag, tag in SKIPPED_TAGS or bool(classes & SKIPPED_CLASSES)))

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if self._skipping():
            self.out.append(data)
            return
        self.out.append(self.pattern.sub(self._mark, data))

    def _mark(self, match: re.Match) -> str:
        term = self.by_form[" ".join(match.group(0).split()).casefold()]
        if term.id in self.marked:
            return match.group(0)
        self.marked.add(term.id)
        return term_markup(term, match.group(0), self.language, self.glossary_link)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")
