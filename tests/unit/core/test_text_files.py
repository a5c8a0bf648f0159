"""Every editor file is UTF-8, or the build names the file and the line (core/text_files.py)."""

from __future__ import annotations

from helpers.builds import ROOT

from mentorguiden.core.text_files import editor_text_files, encoding_problems, utf8_problem


def test_utf_8_text_has_no_problem():
    assert utf8_problem("Første linje\nmentorstøtte\n".encode(), "docs/x.md") is None


def test_the_message_names_the_line_and_the_text_before_the_character():
    message = utf8_problem("titel: Hej\nMentoren støtter borgeren\n".encode("cp1252"), "docs/x.md")
    assert message is not None
    assert message.startswith("docs/x.md, linje 2: filen er ikke gemt som UTF-8, så tegnet efter »Mentoren st« kan ikke")


def test_a_character_first_on_its_line_is_named_as_such():
    message = utf8_problem("a\nø\n".encode("cp1252"), "data/y.yml")
    assert message is not None and "data/y.yml, linje 2: " in message and "det første tegn på linjen" in message


def test_the_project_is_utf_8_and_its_pages_and_data_are_checked(tmp_path):
    checked = {path.relative_to(ROOT).as_posix() for path in editor_text_files(ROOT)}
    assert {"mkdocs.yml", "docs/index.md", "data/profil.yml", "data/tjeklister/bevilling.yml"} <= checked
    assert encoding_problems(ROOT) == []
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_bytes("# Velkommen til Mentorguiden – ø\n".encode("cp1252"))
    (tmp_path / "docs" / "billede.png").write_bytes(b"\x89PNG\xff")
    assert [problem.split(":")[0] for problem in encoding_problems(tmp_path)] == ["docs/index.md, linje 1"]
