"""The interface-text table is read before it is imported: a typo is a Danish message with the line (core/editable_python.py)."""

from __future__ import annotations

from pathlib import Path

from mentorguiden.core.editable_python import table_file_problem

TABLE = """_TABLE = {
    "phone": {"da": "Telefon", "en": "Phone"},
    "contact": {"da": "Kontakt", "en": "Contact"},
}
"""


def problem(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "ui_strings.py"
    path.write_text(text, encoding="utf-8")
    return table_file_problem(path, "mentorguiden/core/ui_strings.py")


def test_the_shipped_table_has_no_problem():
    assert table_file_problem() is None


def test_a_correct_table_has_no_problem(tmp_path):
    assert problem(tmp_path, TABLE) is None


def test_a_missing_quotation_mark_names_and_shows_the_line(tmp_path):
    message = problem(tmp_path, TABLE.replace('"Telefon",', '"Telefon,'))
    assert message is not None
    assert message.startswith("mentorguiden/core/ui_strings.py, linje 2: Python kan ikke læse tabellen med sidens tekster")
    assert '\n    "phone": {"da": "Telefon, "en": "Phone"},\n' in message
    assert "Tjek anførselstegn, kommaer og klammer" in message


def test_a_missing_comma_after_a_text_names_the_line_it_belongs_to(tmp_path):
    message = problem(tmp_path, TABLE.replace('"Phone"},', '"Phone"}'))
    assert message is not None
    assert message.startswith("mentorguiden/core/ui_strings.py, linje 2: Python kan ikke læse tabellen")
    assert "Perhaps you forgot a comma?" in message


def test_a_copied_text_that_keeps_its_name_is_named_with_both_lines(tmp_path):
    message = problem(tmp_path, TABLE.replace('    "contact":', '    "phone":'))
    assert message == (
        "mentorguiden/core/ui_strings.py, linje 3: 'phone' står to gange (også linje 2), og kun den sidste ville blive "
        "brugt. Har du kopieret en tekst, så giv kopien sit eget navn, eller slet den ene."
    )


def test_a_language_written_twice_in_one_text_is_named(tmp_path):
    message = problem(tmp_path, TABLE.replace('"en": "Phone"', '"da": "Phone"'))
    assert message is not None and message.startswith("mentorguiden/core/ui_strings.py, linje 2: 'da' står to gange")
