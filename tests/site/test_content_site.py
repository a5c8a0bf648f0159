"""The guidance content in the real built site (conftest.site): sources, review dates, glossary terms, "status pr." dates, paragraph numbers.

These hold for any correct content, not just the texts there are today: they
read the pages' own front matter and the glossary data, and assert on what
the reader sees.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from conftest import page_url_path, site_pages
from helpers.builds import ROOT, SUB_PATH
from helpers.html import Node, article, parse_file, resolve_internal
from helpers.html import front_matter as parse_front_matter

from mentorguiden.core import dates as core_dates
from mentorguiden.core.sources import Source
from mentorguiden.tools.copied_text import copied_text

DOCS = ROOT / "docs"
GLOSSARY = yaml.safe_load((ROOT / "data" / "ordliste.yml").read_text(encoding="utf-8"))
TODAY = dt.date.today()
DANISH_MONTHS = list(core_dates.DANISH_MONTHS)
ENGLISH_MONTHS = [month.lower() for month in core_dates.ENGLISH_MONTHS]
# The rules page, and the agreement form, which names the legal source of each required field.
RULES_PAGES = {"viden/regler/", "en/viden/regler/", "mentoraftale/", "en/mentoraftale/"}
GLOSSARY_PAGES = {"viden/ordliste/", "en/viden/ordliste/"}


def docs_pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def is_english_source(path: Path) -> bool:
    return path.name.endswith(".en.md")


def built_page(site: Path, source: Path) -> Path:
    """Where docs/x/y.md (or y.en.md) ends up in the built site."""
    relative = source.relative_to(DOCS).as_posix()
    english = is_english_source(source)
    stem = relative.removesuffix(".en.md") if english else relative.removesuffix(".md")
    url = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    return site / ("en" if english else "") / url / "index.html"


def page_is_english(site: Path, page: Path) -> bool:
    return page.relative_to(site).parts[0] == "en"


def as_date(value) -> dt.date:
    """A front-matter date: YAML gives a date, or text for a year or a month (``2024``, ``2024-03``)."""
    return value if isinstance(value, dt.date) else core_dates.parse_partial_date(str(value))


def source_docs_ids() -> list[str]:
    return [path.relative_to(DOCS).as_posix() for path in docs_pages()]


def sources_section(page: Path) -> Node | None:
    sections = article(parse_file(page)).by_class("mg-sources")
    assert len(sections) <= 1, f"{page}: more than one sources section"
    return sections[0] if sections else None


def long_date(value: dt.date, english: bool) -> str:
    if english:
        return f"{value.day} {ENGLISH_MONTHS[value.month - 1].capitalize()} {value.year}"
    return f"{value.day}. {DANISH_MONTHS[value.month - 1]} {value.year}"


@pytest.mark.parametrize("page", source_docs_ids())
def test_every_page_renders_its_sources_and_review_date(site, page):
    source = DOCS / page
    meta = front_matter(source)
    english = is_english_source(source)
    section = sources_section(built_page(site, source))
    assert section is not None, f"docs/{page}: no sources section in the built page"

    heading = section.find(lambda node: node.tag == "h2")
    assert heading is not None and heading.attrs.get("id") == ("sources" if english else "kilder")
    assert heading.text(lambda node: "headerlink" in node.classes) == ("Sources" if english else "Kilder")
    items = section.by_class("mg-sources__item")
    assert len(items) == len(meta["kilder"]) >= 1
    for item, expected in zip(items, meta["kilder"], strict=True):
        text = item.text()
        # Only what is known is shown: no "Ukendt udgiver", no "udateret" (mentorguiden.core.sources).
        known = Source.from_data(expected)
        assert expected["titel"] in text and (known.publisher or "") in text and "Ukendt udgiver" not in text
        time = item.find(lambda node: node.tag == "time")
        if known.date is None:
            assert time is None and "undated" not in text and "udateret" not in text
        else:
            assert time is not None and time.attrs["datetime"] == str(expected["dato"])
        links = item.by_tag("a")
        assert [link.attrs["href"] for link in links] == ([expected["url"]] if "url" in expected else [])

    reviewed = section.find(lambda node: "mg-sources__reviewed" in node.classes)
    assert reviewed is not None
    label = "Last reviewed" if english else "Senest gennemgået"
    assert reviewed.text() == f"{label} {long_date(meta['senest_gennemgaaet'], english)}"
    time = reviewed.find(lambda node: node.tag == "time")
    assert time.attrs["datetime"] == meta["senest_gennemgaaet"].isoformat()


@pytest.mark.parametrize("path", ["viden/regler/", "en/viden/regler/"])
def test_sources_heading_is_in_the_table_of_contents(site, path):
    document = parse_file(site / path / "index.html")
    anchor = "sources" if path.startswith("en/") else "kilder"
    toc = document.find(lambda node: node.tag == "nav" and "md-nav--secondary" in node.classes)
    assert toc is not None
    assert any(link.attrs.get("href") == f"#{anchor}" for link in toc.by_tag("a"))


def glossary_terms(language: str) -> list[tuple[str, list[str], str]]:
    """(id, forms, definition) for every term, straight from data/ordliste.yml."""
    return [
        (
            term["id"],
            [term[language]["term"], *(term[language].get("former") or [])],
            " ".join(term[language]["definition"].split()),
        )
        for term in GLOSSARY["termer"]
    ]


def form_regex(form: str) -> re.Pattern:
    words = r"\s+".join(re.escape(word) for word in form.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)


TERM_SKIPPED_TAGS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "code",
    "pre",
    "kbd",
    "samp",
    "button",
    "label",
    "summary",
    "select",
    "option",
    "textarea",
    "abbr",
    "dfn",
    "svg",
    "figcaption",
}


TERM_SKIPPED_CLASSES = {"mg-term__tip", "mg-sources", "mg-print-header", "admonition-title", "mg-no-glossary", "headerlink"}


def running_text(node: Node) -> str:
    """Body text where glossary terms belong: no headings, other links, code, sources, tooltips."""

    def skip(child: Node) -> bool:
        if child.tag in TERM_SKIPPED_TAGS or child.classes & TERM_SKIPPED_CLASSES:
            return True
        return child.tag == "a" and "mg-term__link" not in child.classes

    return node.text(skip)


@pytest.mark.parametrize("language", ["da", "en"])
def test_glossary_page_lists_every_term_with_its_definition(site, language):
    page = site / ("en/" if language == "en" else "") / "viden" / "ordliste" / "index.html"
    content = article(parse_file(page))
    entries = {node.attrs["id"]: node for node in content.by_tag("dt") if "id" in node.attrs}
    text = content.text()
    for term_id, forms, definition in glossary_terms(language):
        assert term_id in entries, f"{term_id} missing from {page.relative_to(site)}"
        assert entries[term_id].text().startswith(forms[0])
        assert definition in text
    assert len(entries) == len(GLOSSARY["termer"])


@pytest.mark.parametrize("language", ["da", "en"])
def test_glossary_page_carries_its_sources_and_review_date(site, language):
    english = language == "en"
    page = site / ("en/" if english else "") / "viden" / "ordliste" / "index.html"
    section = sources_section(page)
    assert section is not None
    items = section.by_class("mg-sources__item")
    assert [item.by_class("mg-sources__title")[0].text() for item in items] == [source["titel"] for source in GLOSSARY["kilder"]]
    reviewed = section.find(lambda node: "mg-sources__reviewed" in node.classes).text()
    assert reviewed.endswith(long_date(as_date(GLOSSARY["senest_gennemgaaet"]), english))


def test_every_glossary_term_used_on_a_page_gets_its_definition(site):
    problems = []
    marked_per_language = {"da": 0, "en": 0}
    for page in site_pages(site):
        path = page_url_path(site, page)
        if path in GLOSSARY_PAGES:
            continue
        language = "en" if page_is_english(site, page) else "da"
        content = article(parse_file(page))
        marks = {node.attrs.get("data-mg-term"): node for node in content.by_class("mg-term")}
        marked_per_language[language] += len(marks)
        text = running_text(content)
        for term_id, forms, definition in glossary_terms(language):
            used = [form for form in forms if form_regex(form).search(text)]
            if used and term_id not in marks:
                problems.append(f"/{path}: '{used[0]}' is used but '{term_id}' has no definition")
            if term_id in marks:
                problems += _mark_problems(site, page, path, marks[term_id], term_id, definition, language)
        unknown = set(marks) - {term["id"] for term in GLOSSARY["termer"]}
        assert not unknown, f"/{path}: unknown terms {unknown}"
    assert not problems, "\n".join(problems)
    assert marked_per_language["da"] and marked_per_language["en"], "no glossary term marked on any page"


def _mark_problems(site, page, path, mark: Node, term_id, definition, language) -> list[str]:
    link = mark.find(lambda node: node.tag == "a" and "mg-term__link" in node.classes)
    tip = mark.find(lambda node: node.attrs.get("role") == "tooltip")
    if link is None or tip is None:
        return [f"/{path}: '{term_id}' lacks its link or tooltip"]
    problems = []
    if link.attrs.get("aria-describedby") != tip.attrs.get("id"):
        problems.append(f"/{path}: '{term_id}' link is not described by its tooltip")
    if not tip.text().startswith(definition):
        problems.append(f"/{path}: '{term_id}' tooltip is not the glossary definition: {tip.text()!r}")
    target, fragment = resolve_internal(site, page, link.attrs["href"], SUB_PATH)
    glossary = site / ("en" if language == "en" else "") / "viden" / "ordliste" / "index.html"
    if target != glossary or fragment != term_id:
        problems.append(f"/{path}: '{term_id}' links to {link.attrs['href']}, not the glossary entry")
    return problems


@pytest.mark.parametrize("language", ["da", "en"])
def test_front_page_links_to_both_audience_sections(site, language):
    prefix = "en/" if language == "en" else ""
    page = site / prefix / "index.html"
    targets = {
        resolve_internal(site, page, link.attrs["href"], SUB_PATH)[0]
        for link in article(parse_file(page)).by_tag("a")
        if "href" in link.attrs
    }
    for section in ("virksomheder", "konsulenter"):
        assert site / prefix / section / "index.html" in targets, f"/{prefix} does not link to {section}/"


DANISH_STATUS = re.compile(r"status\s+pr\.?\s+(?P<rest>.{0,40})", re.IGNORECASE)


ENGLISH_STATUS = re.compile(r"status\s+as\s+of\s+(?P<rest>.{0,40})", re.IGNORECASE)


def status_date(rest: str, english: bool) -> dt.date:
    """The date at the start of ``rest``; ValueError if there is none or it does not exist."""
    months = ENGLISH_MONTHS if english else DANISH_MONTHS
    names = "|".join(months)
    patterns = [
        (rf"(\d{{1,2}})\.?\s+({names})\s+(\d{{4}})", lambda m: (m[3], months.index(m[2].lower()) + 1, m[1])),
        (r"(\d{4})-(\d{2})-(\d{2})", lambda m: (m[1], m[2], m[3])),
        (r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})", lambda m: (m[3], m[2], m[1])),
    ]
    if english:
        patterns.append((rf"({names})\s+(\d{{1,2}}),?\s+(\d{{4}})", lambda m: (m[3], months.index(m[1].lower()) + 1, m[2])))
    for pattern, parts in patterns:
        match = re.match(pattern, rest, re.IGNORECASE)
        if match:
            year, month, day = (int(part) for part in parts(match))
            return dt.date(year, month, day)
    raise ValueError(f"no date after 'status': {rest!r}")


def status_date_problems(text: str, english: bool, latest: dt.date) -> list[str]:
    problems = []
    for match in (ENGLISH_STATUS if english else DANISH_STATUS).finditer(text):
        try:
            date = status_date(match["rest"], english)
        except ValueError as error:
            problems.append(str(error))
            continue
        if date > latest:
            problems.append(f"'{match[0]}' is after the review date {latest}")
    return problems


def test_status_date_check_finds_bad_dates():
    reviewed = dt.date(2026, 11, 22)
    assert status_date_problems("Status pr. 22. november 2026: ok.", False, reviewed) == []
    assert status_date_problems("status pr. 1.2.2026 og status pr. 2026-11-01", False, reviewed) == []
    assert status_date_problems("Status as of 22 November 2026.", True, reviewed) == []
    assert status_date_problems("Status as of November 3, 2026.", True, reviewed) == []
    assert status_date_problems("Status pr. 23. november 2026.", False, reviewed)
    assert status_date_problems("Status pr. 31. november 2026.", False, reviewed)
    assert status_date_problems("Status pr. november.", False, reviewed)
    assert status_date_problems("Status as of 1 December 2026.", True, reviewed)


def test_status_dates_are_real_and_not_after_the_review_date(site):
    problems = []
    checked = 0
    for page in site_pages(site):
        content = article(parse_file(page))
        reviewed = content.find(lambda node: "mg-sources__reviewed" in node.classes)
        time = reviewed.find(lambda node: node.tag == "time") if reviewed else None
        latest = dt.date.fromisoformat(time.attrs["datetime"]) if time else TODAY
        # Tooltips carry the glossary's own status date, checked on the glossary page.
        text = content.text(lambda node: bool(node.classes & {"mg-term__tip", "mg-print-header"}))
        english = page_is_english(site, page)
        checked += len((ENGLISH_STATUS if english else DANISH_STATUS).findall(text))
        problems += [f"/{page_url_path(site, page)}: {problem}" for problem in status_date_problems(text, english, latest)]
    assert not problems, "\n".join(problems)
    assert checked, "no 'status pr.' date found anywhere (the glossary has some)"


def test_no_page_copies_nine_words_from_a_seed() -> None:
    # The same check and messages as `make check`, with its exemptions (marked quotations, source titles).
    problems = copied_text(ROOT)
    assert not problems, "\n".join(problems[:50])


def front_matter(path: Path) -> dict:
    return parse_front_matter(path.read_text(encoding="utf-8"))
