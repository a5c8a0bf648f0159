"""The freshness report (make friskhed, mentorguiden/freshness.py)."""

from __future__ import annotations

from pathlib import Path

from mentorguiden.tools import freshness


def write_page(root: Path, text: str) -> Path:
    path = root / "docs" / "side.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_freshness_lists_pages_not_reviewed_for_twelve_months(tmp_path, capsys):
    write_page(tmp_path, "---\ntitle: Gammel\nsenest_gennemgaaet: 2025-11-21\n---\n")
    (tmp_path / "docs" / "ny.md").write_text("---\ntitle: Ny\nsenest_gennemgaaet: 2025-11-22\n---\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "liste.yml").write_text("id: x\nsenest_gennemgaaet: 2024-02-29\n", encoding="utf-8")

    status = freshness.main(["--projekt", str(tmp_path), "--i-dag", "2026-11-22"])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert lines == [
        "data/liste.yml, linje 2: senest gennemgået 29. februar 2024 – mere end 12 måneder siden. "
        "Lad en fagperson læse siden, og ret så senest_gennemgaaet.",
        "docs/side.md, linje 3: senest gennemgået 21. november 2025 – mere end 12 måneder siden. "
        "Lad en fagperson læse siden, og ret så senest_gennemgaaet.",
        "I alt 2 filer er ikke gennemgået siden 22. november 2025.",
    ]
    assert freshness.main(["--projekt", str(tmp_path), "--i-dag", "2026-11-22", "--fejl"]) == 1
    assert freshness.main(["--projekt", str(tmp_path), "--i-dag", "2025-02-28", "--fejl"]) == 0
