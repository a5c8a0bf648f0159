"""data/ordliste.yml → Glossary (mentorguiden/glossary/model.py), through the shared data-file loading, without a build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers.builds import copy_files, replace_in

from mentorguiden.core.errors import DataError
from mentorguiden.glossary.model import GLOSSARY_FILE, GLOSSARY_SCHEMA, load_glossary

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with the real glossary and its schema, to edit."""
    return copy_files(tmp_path, GLOSSARY_FILE, GLOSSARY_SCHEMA)


def edit(project: Path, old: str, new: str) -> None:
    replace_in(project / GLOSSARY_FILE, old, new)


def test_the_glossary_loads_with_its_terms_dates_and_sources(project):
    glossary = load_glossary(project, today=TODAY)
    assert glossary.source_file == "data/ordliste.yml"
    assert len(glossary.terms) > 5 and all(isinstance(source["dato"], str) for source in glossary.sources)
    assert dt.date.fromisoformat(glossary.reviewed) <= TODAY


def test_a_year_without_quotes_is_still_a_date(project):
    edit(project, 'dato: "2026"', "dato: 2026")
    assert "2026" in [source["dato"] for source in load_glossary(project, today=TODAY).sources]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("      definition:", "      definiton:", "ukendt nøgle 'termer[mentorstoette].da.definiton'. Mente du 'definition'?"),
        ("former: [jobparate]", "former: [jobparate, aktivitetsparate]", "formen 'aktivitetsparate' (da) står både ved"),
    ],
)
def test_mistakes_are_danish_messages_with_file_and_line(project, old, new, message):
    edit(project, old, new)
    with pytest.raises(DataError) as raised:
        load_glossary(project, today=TODAY)
    assert "data/ordliste.yml, linje " in str(raised.value) and message in str(raised.value)


def test_an_empty_file_says_so(project):
    (project / GLOSSARY_FILE).write_text("", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_glossary(project, today=TODAY)
    assert str(raised.value) == "data/ordliste.yml: filen er tom. Udfyld den, eller gendan den fra git."
