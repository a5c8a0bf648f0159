"""Editors' mistakes stop the build with a message that names the file (and key), never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import mkdocs_build


def build_fails(project: Path) -> str:
    result = mkdocs_build(project, project / "site")
    assert result.returncode != 0, f"The build should have failed:\n{result.output}"
    assert "Traceback" not in result.output, result.output
    return result.output


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_broken_internal_link_in_danish_page(project):
    (project / "docs" / "om-siden.md").write_text(
        (project / "docs" / "om-siden.md").read_text(encoding="utf-8")
        + "\nSe også [den gamle side](findes-ikke.md).\n",
        encoding="utf-8",
    )
    output = build_fails(project)
    assert "om-siden.md" in output and "findes-ikke.md" in output


def test_broken_internal_link_in_english_page(project):
    (project / "docs" / "index.en.md").write_text(
        (project / "docs" / "index.en.md").read_text(encoding="utf-8") + "\n[Gone](gone.md)\n",
        encoding="utf-8",
    )
    output = build_fails(project)
    assert "index.en.md" in output and "gone.md" in output


def test_broken_anchor(project):
    replace_in(project / "docs" / "index.md", "(om-siden.md)", "(om-siden.md#findes-ikke)")
    output = build_fails(project)
    assert "index.md" in output and "findes-ikke" in output


def test_missing_include(project):
    replace_in(project / "docs" / "om-siden.md", "{!digital-post.da.md!}", "{!digital-post.md!}")
    output = build_fails(project)
    assert "docs/om-siden.md" in output
    assert "includes/digital-post.md" in output
    assert "findes ikke" in output


def test_malformed_yaml_in_profile(project):
    replace_in(project / "data" / "profil.yml", "kommune: Eksempel Kommune", "kommune: Eksempel: Kommune")
    output = build_fails(project)
    line = next(number for number, text in enumerate(
        (project / "data" / "profil.yml").read_text(encoding="utf-8").splitlines(), start=1)
        if text.startswith("kommune:"))
    assert f"data/profil.yml, linje {line}" in output
    assert "YAML" in output


def test_profile_missing_a_required_key(project):
    replace_in(project / "data" / "profil.yml", 'telefon: "12 34 56 78"\n', "")
    output = build_fails(project)
    assert "data/profil.yml" in output
    assert "'telefon' mangler" in output


def test_profile_with_misspelt_key_suggests_the_right_one(project):
    replace_in(project / "data" / "profil.yml", "email:", "emial:")
    output = build_fails(project)
    assert "ukendt nøgle 'emial'" in output and "Mente du 'email'?" in output
    assert "'email' mangler" in output


def test_profile_with_malformed_phone_number(project):
    replace_in(project / "data" / "profil.yml", '"12 34 56 78"', '"1234"')
    output = build_fails(project)
    assert "data/profil.yml" in output and "'telefon'" in output and "8 cifre" in output


def test_hand_written_page_where_a_generated_page_goes(project):
    (project / "docs" / "kontakt.md").write_text("# Kontakt\n", encoding="utf-8")
    output = build_fails(project)
    assert "docs/kontakt.md" in output and "data/profil.yml" in output


def run_site_build(project: Path, published: Path) -> subprocess.CompletedProcess:
    """What `make build` runs: build, and replace ``published`` only on success."""
    command = [sys.executable, "-m", "mentorguiden.tools.build",
               "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(published)]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=project)


def test_failed_make_build_leaves_the_published_site_untouched(project):
    published = project / "site"
    published.mkdir()
    (published / "marker.txt").write_text("previous site", encoding="utf-8")
    replace_in(project / "data" / "profil.yml", 'telefon: "12 34 56 78"\n', "")

    result = run_site_build(project, published)

    assert result.returncode != 0
    assert "er ikke ændret" in result.stderr
    assert sorted(path.name for path in published.iterdir()) == ["marker.txt"]
    assert not list(project.glob(".site-build-*"))


def test_successful_make_build_replaces_the_published_site(project):
    published = project / "site"
    published.mkdir()
    (published / "marker.txt").write_text("previous site", encoding="utf-8")

    result = run_site_build(project, published)

    assert result.returncode == 0, result.stdout + result.stderr
    assert not (published / "marker.txt").exists()
    assert (published / "kontakt" / "index.html").is_file()
    assert (published / "en" / "kontakt" / "index.html").is_file()


def test_failed_make_build_explains_a_broken_link_in_danish_with_file_and_line(project):
    page = project / "docs" / "virksomheder" / "kompensation.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    page.write_text("\n".join(lines + ["Se [her](findes-ikke.md)."]) + "\n", encoding="utf-8")

    result = run_site_build(project, project / "site")

    assert result.returncode != 0
    assert (f"docs/virksomheder/kompensation.md:{len(lines) + 1}: linket 'findes-ikke.md' peger på en side "
            "eller fil, der ikke findes") in result.stderr
    assert "Doc file" not in result.stderr, "MkDocs' English warning should be replaced by the Danish message"
