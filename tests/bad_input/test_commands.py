"""`make build` and `make check` as an editor runs them, on a copy of the project.

`make build` (mentorguiden.tools.build) replaces site/ only when the build works
and explains a failure in Danish; `make check` (mentorguiden.tools.check) passes on
the project and names a broken link and a misspelling with file and line,
without a browser. These run the real commands in a separate process; the
agreement PDF is skipped (MENTORGUIDEN_SKIP_PDF), except in the two agreement
PDF cases at the end, which need the printed PDF.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from helpers.builds import ROOT, SKIP_PDF, build_fails, replace_in


def run_site_build(project: Path, published: Path) -> subprocess.CompletedProcess:
    """What `make build` runs: build, and replace ``published`` only on success."""
    command = [
        sys.executable,
        "-m",
        "mentorguiden.tools.build",
        "--config-file",
        str(project / "mkdocs.yml"),
        "--site-dir",
        str(published),
    ]
    environment = {**os.environ, **SKIP_PDF}
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=project, env=environment)


def test_failed_make_build_leaves_the_published_site_untouched(project):
    published = project / "site"
    published.mkdir()
    (published / "marker.txt").write_text("previous site", encoding="utf-8")
    replace_in(project / "data" / "profil.yml", 'telefon: "12 34 56 78"\n', "")

    result = run_site_build(project, published)

    assert result.returncode != 0
    assert "data/profil.yml: nøglen 'telefon' mangler" in result.stderr
    assert "er ikke ændret" in result.stderr
    assert sorted(path.name for path in published.iterdir()) == ["marker.txt"]
    assert not list(project.glob(".site-build-*"))


def test_make_build_explains_a_tab_in_mkdocs_yml_in_danish_with_the_line(project):
    """MkDocs itself reports a broken mkdocs.yml in English; make build (and make check) say it in Danish."""
    config = project / "mkdocs.yml"
    line = next(number for number, text in enumerate(config.read_text(encoding="utf-8").splitlines(), 1) if text == "nav:") + 1
    replace_in(config, "nav:\n  - ", "nav:\n\t- ")

    result = run_site_build(project, project / "site")

    assert result.returncode != 0
    assert f"mkdocs.yml, linje {line}: filen kan ikke læses som YAML – linjen indeholder et tabulatortegn" in result.stderr
    assert "MkDocs encountered" not in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_successful_make_build_replaces_the_published_site(project):
    published = project / "site"
    published.mkdir()
    (published / "marker.txt").write_text("previous site", encoding="utf-8")

    result = run_site_build(project, published)

    assert result.returncode == 0, result.stdout + result.stderr
    assert not (published / "marker.txt").exists()
    assert (published / "kontakt" / "index.html").is_file()
    assert (published / "en" / "kontakt" / "index.html").is_file()


# The Danish explanation of a broken link (explain_build_output) is tested on a real build's log:
# tests/bad_input/test_content_bad_input.py::test_make_build_explains_a_broken_link_in_danish_with_file_and_line


# --- make check ---------------------------------------------------------------------------------


def run_check(project: Path) -> subprocess.CompletedProcess:
    # No browser: Chromium is not where the agreement PDF would look for it, and make check must not need it.
    environment = {**os.environ, "CHROMIUM_PATH": "/findes/ikke/chromium"}
    return subprocess.run(
        [sys.executable, "-m", "mentorguiden.tools.check", "--projekt", str(project)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment,
    )


def test_make_check_passes_without_a_browser_and_fails_on_a_broken_page(project):
    shutil.copytree(ROOT / ".vscode", project / ".vscode")
    shutil.copytree(ROOT / "tests" / "seeds", project / "tests" / "seeds")
    good = run_check(project)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "make check: alt er i orden." in good.stdout

    page = project / "docs" / "om-siden.md"
    text = page.read_text(encoding="utf-8").replace("(kontakt.md)", "(kontakten.md)", 1)
    page.write_text(text + "\nEn virksomhedsmentro hjælper.\n", encoding="utf-8")
    link_line = next(number for number, line in enumerate(text.splitlines(), 1) if "kontakten.md" in line)
    word_line = len(text.splitlines()) + 2
    bad = run_check(project)
    assert bad.returncode == 1, bad.stdout
    assert f"docs/om-siden.md, linje {link_line}: linket 'kontakten.md' peger på en side eller fil, der ikke findes" in bad.stdout
    assert f'docs/om-siden.md, linje {word_line}: "virksomhedsmentro" – ukendt ord' in bad.stdout
    assert "make check fandt fejl:" in bad.stdout
    assert "Traceback" not in bad.stdout + bad.stderr


# --- The agreement PDF: published builds print it and check it ------------------------------------


def test_build_stops_when_print_styles_hide_a_required_field_from_the_pdf(project):
    stylesheet = project / "overrides" / "assets" / "stylesheets" / "forms.css"
    stylesheet.write_text(
        stylesheet.read_text(encoding="utf-8") + '\n@media print { [data-mg-field="slutdato"] { display: none !important; } }\n',
        encoding="utf-8",
    )
    output = build_fails(project, pdf=True)
    assert "Blanketten 'mentoraftale' som PDF (mentoraftale/mentoraftale.pdf) mangler feltet 'slutdato'" in output
    assert not (project / "site" / "mentoraftale" / "mentoraftale.pdf").exists(), "no PDF without the field"


def test_build_stops_with_a_danish_message_without_chromium(project):
    output = build_fails(project, pdf=True, CHROMIUM_PATH="/findes/ikke/chromium")
    assert "Mentoraftalen som PDF laves med browseren Chromium, men den findes ikke på /findes/ikke/chromium" in output
    assert "make build" in output


def test_a_typo_in_the_interface_text_table_is_a_danish_message_with_the_line_in_every_command(project):
    """The one Python file editors edit (CONTRIBUTING.md): a missing quotation mark is not a traceback."""
    package = shutil.copytree(ROOT / "mentorguiden", project / "mentorguiden")
    table = package / "core" / "ui_strings.py"
    replace_in(table, '"phone": {"da": "Telefon", ', '"phone": {"da": "Telefon, ')
    line = next(number for number, text in enumerate(table.read_text().splitlines(), 1) if '"phone": {"da"' in text)
    environment = {**os.environ, **SKIP_PDF, "PYTHONPATH": str(project)}  # the broken copy, not the installed package
    commands = {
        "make build": ["-m", "mentorguiden.tools.build", "--site-dir", str(project / "site")],
        "make check": ["-m", "mentorguiden.tools.check"],
        "mkdocs serve/build": ["-m", "mkdocs", "build", "--strict"],
    }
    for name, arguments in commands.items():
        result = subprocess.run([sys.executable, *arguments], capture_output=True, text=True, cwd=project, env=environment)
        output = result.stdout + result.stderr
        assert result.returncode == 1, f"{name}: {output}"
        assert f"mentorguiden/core/ui_strings.py, linje {line}: Python kan ikke læse tabellen med sidens tekster" in output, name
        assert '"phone": {"da": "Telefon, "en": "Phone"},' in output, f"{name} shows the line"
        assert "Traceback" not in output, f"{name}: {output}"
