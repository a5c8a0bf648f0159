"""What editors rely on: edit links to the right file, schemas in VS Code, and `make check` and its reports.

Edit links are checked on the real built site (conftest.site), in both
languages. The spell check runs Debian's hunspell-da (`make test` installs it).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, page_url_path, site_pages
from dom import parse_file
from mentorguiden.tools import freshness
from mentorguiden.tools.check import check_data, schema_for, schema_mappings
from mentorguiden.content.git_dates import UNKNOWN, file_dates, parse_log
from mentorguiden.tools.copied_text import RUN, SeedIndex, load_seeds
from mentorguiden.tools.spelling import WORD_LIST, check_spelling, load_word_list, prose_lines

# Pages made from a data file, by their address without the language prefix.
GENERATED_SOURCES = {
    "kontakt/": "data/profil.yml",
    "mentoraftale/": "data/mentoraftale.yml",
    "viden/ordliste/": "data/ordliste.yml",
    "tjeklister/": "data/tjeklister/README.md",
    "tjeklister/alle/": "data/tjeklister/README.md",
}


# --- "Rediger denne side" ----------------------------------------------------------


def edit_links(page: Path) -> list[str]:
    document = parse_file(page)
    return [node.attrs["href"] for node in document.by_tag("a") if node.attrs.get("rel") == "edit"]


def edit_base(site: Path) -> str:
    """The repository's edit address, e.g. https://github.com/<owner>/<repo>/edit/main/."""
    front_page_link = edit_links(site / "index.html")[0]
    assert front_page_link.endswith("/docs/index.md"), front_page_link
    return front_page_link.removesuffix("docs/index.md")


def expected_source(address: str) -> str | None:
    """The Markdown file behind a page address (``en/viden/effekt/`` → ``docs/viden/effekt.en.md``), if any."""
    english = address.startswith("en/")
    path = address.removeprefix("en/").rstrip("/") or "index"
    suffix = ".en.md" if english else ".md"
    for candidate in (f"docs/{path}{suffix}", f"docs/{path}/index{suffix}"):
        if (ROOT / candidate).is_file():
            return candidate
    return None


def test_every_page_links_to_the_file_an_editor_changes(site):
    base = edit_base(site)
    problems = []
    checked = 0
    for page in site_pages(site):
        address = page_url_path(site, page)
        links = edit_links(page)
        if len(links) != 2 or len(set(links)) != 1:
            problems.append(f"/{address}: expected the pencil link and the text link to the same file, got {links}")
            continue
        assert links[0].startswith(base), f"/{address}: {links[0]} is not in {base}"
        target = links[0][len(base):]
        if not (ROOT / target).is_file():
            problems.append(f"/{address}: the edit link opens {target}, which does not exist")
        markdown = expected_source(address)
        plain = address.removeprefix("en/")
        if markdown:
            if target != markdown:
                problems.append(f"/{address}: edit link opens {target}, expected {markdown}")
        elif plain in GENERATED_SOURCES:
            if target != GENERATED_SOURCES[plain]:
                problems.append(f"/{address}: edit link opens {target}, expected {GENERATED_SOURCES[plain]}")
        elif plain.startswith("tjeklister/"):
            expected = f"data/tjeklister/{plain.split('/')[1]}.yml"
            if target != expected:
                problems.append(f"/{address}: edit link opens {target}, expected {expected}")
        else:
            problems.append(f"/{address}: neither a page in docs/ nor a known generated page ({target})")
        checked += 1
    assert not problems, "\n".join(problems)
    assert checked >= 2 * 25


@pytest.mark.parametrize("address, label", [("", "Rediger denne side"), ("en/", "Edit this page")])
def test_edit_link_text_follows_the_language(site, address, label):
    document = parse_file(site / address / "index.html")
    texts = [node.text() for node in document.by_tag("a") if node.attrs.get("rel") == "edit"]
    assert texts == [label, label]


def test_no_repo_url_so_browsers_never_call_the_github_api():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\nrepo_url:" not in config


# --- "Senest opdateret" without history ------------------------------------------


def test_git_log_is_read_per_file_with_the_newest_commit_winning():
    log = ("\x1ecommit 2026-03-05T10:00:00+01:00\n\nsite/docs/a.md\nother/x.md\n"
           "\x1ecommit 2026-01-10T10:00:00+01:00\n\nsite/docs/a.md\nsite/data/profil.yml\n")
    dates = parse_log(log, prefix="site/")
    assert dates == {
        "docs/a.md": dt.datetime.fromisoformat("2026-03-05T10:00:00+01:00"),
        "data/profil.yml": dt.datetime.fromisoformat("2026-01-10T10:00:00+01:00"),
    }


def test_no_dates_outside_a_repository_or_without_git(tmp_path, monkeypatch):
    # Unknown, and saying why (mentorguiden.content.git_dates.FileDates.reason).
    outside = file_dates(tmp_path)
    assert not outside.known and outside.last_changed("docs/index.md") is None and outside.reason
    assert UNKNOWN.last_changed("docs/index.md") is None
    monkeypatch.setenv("PATH", str(tmp_path))  # no git on the PATH
    without_git = file_dates(ROOT)
    assert not without_git.known and "git er ikke installeret" in (without_git.reason or "")


# --- Schemas in VS Code --------------------------------------------------------------


def test_every_data_file_has_a_schema_in_vscode_settings():
    mappings = schema_mappings(ROOT)
    data = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "data").rglob("*.y*ml"))
    assert data
    problems = []
    for file in data:
        schema = schema_for(file, mappings)
        if schema is None:
            problems.append(f"{file}: no yaml.schemas entry in .vscode/settings.json")
        elif not (ROOT / schema).is_file():
            problems.append(f"{file}: mapped to {schema}, which does not exist")
    assert not problems, "\n".join(problems)


def test_vscode_recommends_the_yaml_extension():
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]


def test_data_check_passes_on_the_real_files_and_names_an_unmapped_file(tmp_path):
    assert check_data(ROOT) == []
    project = copy_project(tmp_path / "project")
    shutil.copytree(ROOT / ".vscode", project / ".vscode")
    (project / "data" / "ny.yml").write_text("navn: x\n", encoding="utf-8")
    (project / "data" / "tjeklister" / "bevilling.yml").write_text("id: [\n", encoding="utf-8")
    problems = check_data(project)
    assert any(problem.startswith("data/ny.yml: der er intet skema til filen") for problem in problems), problems
    assert any(problem.startswith("data/tjeklister/bevilling.yml") for problem in problems), problems


# --- Spell check -----------------------------------------------------------------


def write_page(root: Path, text: str) -> Path:
    path = root / "docs" / "side.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


PAGE = """---
title: Om virksomhedsmentorer
description: Hvad en mentee kan forvente.
kilder:
  - titel: Xyzzyrapport om Qwfpgj
    udgiver: STAR
---

# Om virksomhedsmentorer

Menteen og mentoren mødes hver uge. STAR har skrevet om det.
Her er en stavefejl: virksomhedsmentro.

```text
kodeord: qwfpgjluy
```

Se [siden](https://qwfpgj.example/zxcvbnmq) og `zxcvbnmq`. <!-- tjekliste: qwfpgj -->
"""


def test_spell_check_finds_a_misspelling_with_file_and_line(tmp_path):
    page = write_page(tmp_path, PAGE)
    word_list = tmp_path / "ord.txt"
    word_list.write_text("# kommentar\nmentee\nSTAR\n", encoding="utf-8")
    found = check_spelling(tmp_path, files=[page], word_list_path=word_list)
    assert [(item.file, item.line, item.word) for item in found] == [("docs/side.md", 12, "virksomhedsmentro")]
    assert found[0].message() == (
        'docs/side.md:12: "virksomhedsmentro" – ukendt ord. Ret stavefejlen, eller tilføj ordet til '
        f"{WORD_LIST.as_posix()}, hvis det er stavet rigtigt."
    )


def test_spell_check_accepts_word_list_words_and_only_those(tmp_path):
    page = write_page(tmp_path, "---\ntitle: Menteens dag\n---\n\nEn mentee og menteen. STAR og STAR's.\n")
    word_list = tmp_path / "ord.txt"
    word_list.write_text("", encoding="utf-8")
    without = {item.word for item in check_spelling(tmp_path, files=[page], word_list_path=word_list)}
    assert {"mentee", "menteen", "Menteens"} <= without
    word_list.write_text("mentee\nSTAR\n", encoding="utf-8")
    assert check_spelling(tmp_path, files=[page], word_list_path=word_list) == []


def test_lower_case_star_is_not_the_agency(tmp_path):
    page = write_page(tmp_path, "Vi starr her.\n")
    word_list = tmp_path / "ord.txt"
    word_list.write_text("STARR\n", encoding="utf-8")
    assert [item.word for item in check_spelling(tmp_path, files=[page], word_list_path=word_list)] == ["starr"]


def test_the_real_danish_pages_pass_the_spell_check():
    found = check_spelling(ROOT)
    assert not found, "\n".join(item.message() for item in found[:30])


def test_the_word_list_holds_the_trade_words():
    words = load_word_list(ROOT / WORD_LIST)
    assert {"virksomhedsmentor", "mentortilskud", "mentee", "STAR"} <= words


def test_prose_lines_keep_line_numbers_and_leave_out_comments_spanning_lines():
    text = "---\ntitle: Titel\nkilder: []\n---\n\nEt <!-- start\nqwfpgj\nslut --> ord\n"
    assert [(number, line.split()) for number, line in prose_lines(text)
            if line.split()] == [(2, ["Titel"]), (6, ["Et"]), (8, ["ord"])]


# --- Copied text -----------------------------------------------------------------------


def test_copied_text_is_reported_at_its_line():
    seeds = load_seeds(ROOT / "tests" / "seeds")
    name, words = next(iter(seeds.items()))
    copied = " ".join(words[100:100 + RUN])
    runs = SeedIndex(seeds).shared_runs(f"Linje et.\nLinje to.\n{copied}\n")
    assert runs and runs[0].seed == name and runs[0].line == 3


# --- make check as a whole ---------------------------------------------------------------


def run_check(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mentorguiden.tools.check", "--projekt", str(project)],
                          cwd=project, capture_output=True, text=True, timeout=300, check=False)


def checkable_copy(destination: Path) -> Path:
    project = copy_project(destination)
    shutil.copytree(ROOT / ".vscode", project / ".vscode")
    shutil.copytree(ROOT / "tests" / "seeds", project / "tests" / "seeds")
    return project


def test_make_check_passes_on_the_project_and_fails_on_a_broken_page(tmp_path):
    project = checkable_copy(tmp_path / "project")
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
    assert f"docs/om-siden.md:{link_line}: linket 'kontakten.md' peger på en side eller fil, der ikke findes" in bad.stdout
    assert f'docs/om-siden.md:{word_line}: "virksomhedsmentro" – ukendt ord' in bad.stdout
    assert "make check fandt fejl:" in bad.stdout
    assert "Traceback" not in bad.stdout + bad.stderr


def test_make_check_needs_no_browser():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    check_rule = next(line for line in makefile.splitlines() if line.startswith("check:"))
    assert "chromium" not in check_rule


# --- Freshness report ----------------------------------------------------------------------


def test_freshness_lists_pages_not_reviewed_for_twelve_months(tmp_path, capsys):
    write_page(tmp_path, "---\ntitle: Gammel\nsenest_gennemgaaet: 2025-11-21\n---\n")
    (tmp_path / "docs" / "ny.md").write_text("---\ntitle: Ny\nsenest_gennemgaaet: 2025-11-22\n---\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "liste.yml").write_text("id: x\nsenest_gennemgaaet: 2024-02-29\n", encoding="utf-8")

    status = freshness.main(["--projekt", str(tmp_path), "--i-dag", "2026-11-22"])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert lines == [
        "data/liste.yml:2: senest gennemgået 29. februar 2024 – mere end 12 måneder siden. "
        "Lad en fagperson læse siden, og ret så senest_gennemgaaet.",
        "docs/side.md:3: senest gennemgået 21. november 2025 – mere end 12 måneder siden. "
        "Lad en fagperson læse siden, og ret så senest_gennemgaaet.",
        "I alt 2 filer er ikke gennemgået siden 22. november 2025.",
    ]
    assert freshness.main(["--projekt", str(tmp_path), "--i-dag", "2026-11-22", "--fejl"]) == 1
    assert freshness.main(["--projekt", str(tmp_path), "--i-dag", "2025-02-28", "--fejl"]) == 0
