"""What editors rely on besides the build: schemas in VS Code, the data check of make check, no repo_url."""

from __future__ import annotations

import json
import shutil

from helpers.builds import ROOT, copy_project

from mentorguiden.tools.check import check_data, schema_for, schema_mappings


def test_no_repo_url_so_browsers_never_call_the_github_api():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\nrepo_url:" not in config


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
