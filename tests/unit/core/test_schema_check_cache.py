"""A data file is checked against its schema again whenever the file or the schema changes, and only then.

``load_data_file`` remembers, per data file, the hash of the content and schema
it last passed with (``.cache/skematjek/``, ``mentorguiden.core.datafile``), so
an unchanged data file is not checked again in the next build. These tests
check that no change of content, type or schema can slip through, and that a
file with mistakes gets its Danish message in every build.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentorguiden.core import datafile
from mentorguiden.core.datafile import SCHEMA_CHECK_CACHE, load_data_file
from mentorguiden.core.errors import DataError

SCHEMA = {
    "type": "object",
    "properties": {"navn": {"type": "string"}, "antal": {"type": "integer"}},
    "required": ["navn"],
    "additionalProperties": False,
}


def project(tmp_path: Path, text: str, schema: dict = SCHEMA) -> tuple[Path, Path]:
    (tmp_path / "data" / "schemas").mkdir(parents=True, exist_ok=True)
    data_file = tmp_path / "data" / "eksempel.yml"
    schema_file = tmp_path / "data" / "schemas" / "eksempel.schema.json"
    data_file.write_text(text, encoding="utf-8")
    schema_file.write_text(json.dumps(schema), encoding="utf-8")
    return data_file, schema_file


def load(tmp_path: Path, text: str, schema: dict = SCHEMA):
    data_file, schema_file = project(tmp_path, text, schema)
    return load_data_file(data_file, schema_file, root=tmp_path)


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The data files really checked against their schema, by name."""
    checked: list[str] = []
    check = datafile.check_against_schema

    def counting(data, schema, display, source_map):
        checked.append(display)
        return check(data, schema, display, source_map)

    monkeypatch.setattr(datafile, "check_against_schema", counting)
    return checked


def test_an_unchanged_file_is_not_checked_again(tmp_path, checks):
    assert load(tmp_path, "navn: Eksempel\n") == {"navn": "Eksempel"}
    assert load(tmp_path, "navn: Eksempel\n") == {"navn": "Eksempel"}
    assert checks == ["data/eksempel.yml"]
    assert len(list((tmp_path / SCHEMA_CHECK_CACHE).iterdir())) == 1


def test_a_changed_file_is_checked_again(tmp_path, checks):
    load(tmp_path, "navn: Eksempel\n")
    with pytest.raises(DataError) as caught:
        load(tmp_path, "navn: Eksempel\nfarve: blå\n")
    assert "farve" in str(caught.value)
    assert len(checks) == 2


def test_a_changed_type_is_checked_again(tmp_path, checks):
    load(tmp_path, "navn: Eksempel\nantal: 3\n")
    with pytest.raises(DataError) as caught:
        load(tmp_path, "navn: Eksempel\nantal: '3'\n")  # the same characters once the quotes are gone, but text
    assert "antal" in str(caught.value)


def test_a_changed_schema_is_checked_again(tmp_path, checks):
    load(tmp_path, "navn: Eksempel\n")
    stricter = {**SCHEMA, "required": ["navn", "antal"]}
    with pytest.raises(DataError) as caught:
        load(tmp_path, "navn: Eksempel\n", stricter)
    assert "antal" in str(caught.value)


def test_a_file_with_mistakes_is_checked_in_every_build(tmp_path, checks):
    for _ in range(2):
        with pytest.raises(DataError):
            load(tmp_path, "antal: 3\n")
    assert len(checks) == 2


def test_an_unwritable_cache_only_means_checking_again(tmp_path, checks):
    (tmp_path / ".cache").write_text("not a folder", encoding="utf-8")
    load(tmp_path, "navn: Eksempel\n")
    load(tmp_path, "navn: Eksempel\n")
    assert len(checks) == 2
