"""The pages in docs/ themselves, without a build: both languages, complete front matter, valid dates; the "status pr." check."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from helpers.builds import ROOT
from helpers.html import front_matter as parse_front_matter

from mentorguiden.core import dates as core_dates

DOCS = ROOT / "docs"
GLOSSARY = yaml.safe_load((ROOT / "data" / "ordliste.yml").read_text(encoding="utf-8"))
TODAY = dt.date.today()
DANISH_MONTHS = list(core_dates.DANISH_MONTHS)
ENGLISH_MONTHS = [month.lower() for month in core_dates.ENGLISH_MONTHS]
FRONT_MATTER_KEYS = {"title", "description", "senest_gennemgaaet", "kilder"}
SOURCE_KEYS = {"titel", "udgiver", "dato", "url"}


def docs_pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def as_date(value) -> dt.date:
    """A front-matter date: YAML gives a date, or text for a year or a month (``2024``, ``2024-03``)."""
    return value if isinstance(value, dt.date) else core_dates.parse_partial_date(str(value))


def source_docs_ids() -> list[str]:
    return [path.relative_to(DOCS).as_posix() for path in docs_pages()]


def test_every_english_page_has_a_danish_original():
    # A Danish page without its English page is allowed: English readers see
    # it in Danish, with a notice (tests/test_translations.py).
    pages = {path.relative_to(DOCS).as_posix() for path in docs_pages()}
    danish = {page.removesuffix(".md") for page in pages if not page.endswith(".en.md")}
    english = {page.removesuffix(".en.md") for page in pages if page.endswith(".en.md")}
    assert danish, "no Danish pages found in docs/"
    assert english - danish == set(), f"English pages without Danish: {sorted(english - danish)}"


@pytest.mark.parametrize("page", source_docs_ids())
def test_front_matter_is_complete_and_dates_are_valid(page):
    meta = front_matter(DOCS / page)
    assert set(meta) == FRONT_MATTER_KEYS, f"docs/{page}: keys {sorted(meta)}"
    assert isinstance(meta["title"], str) and meta["title"].strip()
    assert isinstance(meta["description"], str) and len(meta["description"]) >= 10
    reviewed = meta["senest_gennemgaaet"]
    assert isinstance(reviewed, dt.date), f"docs/{page}: senest_gennemgaaet must be YYYY-MM-DD"
    assert reviewed <= TODAY, f"docs/{page}: review date {reviewed} is in the future"
    assert isinstance(meta["kilder"], list) and len(meta["kilder"]) >= 1, f"docs/{page}: no sources"
    for source in meta["kilder"]:
        assert {"titel", "udgiver", "dato"} <= set(source) <= SOURCE_KEYS, f"docs/{page}: {source}"
        if source["dato"] == "ukendt":  # an undated source, shown as "udateret"
            continue
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(source["dato"])), f"docs/{page}: {source}"
        assert as_date(source["dato"]) <= TODAY, f"docs/{page}: source dated in the future: {source}"
        if "url" in source:
            assert re.match(r"https?://\S+$", source["url"]), f"docs/{page}: {source['url']}"


def front_matter(path: Path) -> dict:
    return parse_front_matter(path.read_text(encoding="utf-8"))
