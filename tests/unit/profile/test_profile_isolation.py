"""No municipality's name or contact details are written anywhere but in its profile.

A municipality publishes Mentorguiden by changing one file. That only holds
if no page, template, hook, data file or doc repeats a value from a profile:
this test reads every file of the repository (except the profiles
themselves, and the tests, which break profiles on purpose) and fails naming
the file and the value it found.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.builds import ROOT, SECOND_PROFILE

from mentorguiden.profile.model import PROFILE_FILE, Profile, load_profile

PROFILE_FILES = (PROFILE_FILE, SECOND_PROFILE)


SKIPPED_FOLDERS = {"tests", "site", "__pycache__", "node_modules"}


KEPT_HIDDEN_FOLDERS = {".github", ".vscode"}


TEXT_SUFFIXES = {".md", ".yml", ".yaml", ".json", ".html", ".css", ".js", ".py", ".svg", ".txt", ".toml", ".cfg", ".ini", ""}


def profile_values(profile: Profile) -> list[tuple[str, str]]:
    values = [
        ("kommune", profile.municipality),
        ("kontaktenhed", profile.contact_unit),
        ("telefon", profile.phone),
        ("email", profile.email),
        ("adresse.vej", profile.address.street),
        ("side_url", profile.site_url.rstrip("/")),
        ("rediger_url", profile.edit_url.rstrip("/")),
        ("digital_post", profile.digital_post_url),
        ("tilgaengelighedserklaering", profile.accessibility_statement_url),
    ]
    contact = profile.local_rules.mentor_contact
    if contact:
        values += [
            ("lokale_regler.mentorkontakt." + key, value)
            for key, value in (("navn", contact.name), ("telefon", contact.phone), ("email", contact.email))
            if value
        ]
    return values


def repository_files(root: Path) -> list[Path]:
    files = []
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(
            part in SKIPPED_FOLDERS or part.endswith(".egg-info") or (part.startswith(".") and part not in KEPT_HIDDEN_FOLDERS)
            for part in parts[:-1]
        ):
            continue
        if path.is_file() and path.suffix in TEXT_SUFFIXES and path.relative_to(root).as_posix() not in PROFILE_FILES:
            files.append(path)
    return files


def test_the_scan_covers_the_whole_project():
    scanned = {path.relative_to(ROOT).as_posix() for path in repository_files(ROOT)}
    for expected in (
        "mkdocs.yml",
        "README.md",
        "docs/index.md",
        "overrides/main.html",
        "overrides/partials/copyright.html",
        "includes/digital-post.da.md",
        "hooks/site_setup.py",
        "mentorguiden/profile/model.py",
        "data/blanketter/mentoraftale.yml",
        "data/schemas/profil.schema.json",
        ".github/workflows/publish.yml",
    ):
        assert expected in scanned
    assert not scanned & set(PROFILE_FILES)


@pytest.mark.parametrize("profile_file", PROFILE_FILES)
def test_no_profile_value_is_written_outside_its_profile(profile_file):
    values = profile_values(load_profile(ROOT, profile_file))
    found = []
    for path in repository_files(ROOT):
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [f"{path.relative_to(ROOT)}: '{value}' (fra '{key}' i {profile_file})" for key, value in values if value in text]
    assert not found, "Kommunens oplysninger må kun stå i profilen:\n" + "\n".join(found)
