"""Snippets from includes/ (mentorguiden/includes.py), checked without a build."""

from __future__ import annotations

from helpers.builds import ROOT

from mentorguiden.content.includes import include_problems


def test_include_problems_name_page_and_file(tmp_path):
    (tmp_path / "findes.md").write_text("Tekst {!mangler-inde.md!}\n", encoding="utf-8")
    problems = include_problems("{!findes.md!}\n{!mangler.md!}\n{!../docs/x.md!}", tmp_path, "docs/side.md")
    assert problems == [
        "includes/findes.md: indsætter includes/mangler-inde.md med {!mangler-inde.md!}, men filen "
        "findes ikke. Ret navnet, eller opret filen i mappen includes/.",
        "docs/side.md: indsætter includes/mangler.md med {!mangler.md!}, men filen findes ikke. "
        "Ret navnet, eller opret filen i mappen includes/.",
        "docs/side.md: indsætter '../docs/x.md', men tekststykker skal ligge i mappen includes/.",
    ]


def test_include_that_includes_itself_is_caught(tmp_path):
    (tmp_path / "a.md").write_text("{!b.md!}", encoding="utf-8")
    (tmp_path / "b.md").write_text("{!a.md!}", encoding="utf-8")
    problems = include_problems("{!a.md!}", tmp_path, "docs/side.md")
    assert problems == ["includes/b.md: includes/a.md indsætter sig selv (direkte eller gennem en anden fil)."]


def test_shipped_snippets_all_resolve():
    for snippet in (ROOT / "includes").glob("*.md"):
        assert include_problems(snippet.read_text(encoding="utf-8"), ROOT / "includes", snippet.name) == []
