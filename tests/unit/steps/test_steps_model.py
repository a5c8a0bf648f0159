"""data/trin.yml → StepGuide (mentorguiden/steps/model.py) without a build: the shipped guide and every Danish message."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from helpers.builds import ROOT, copy_files, line_of, replace_in

from mentorguiden.core.errors import DataError
from mentorguiden.rules import load_register
from mentorguiden.steps.model import (
    ROLES,
    STEPS_FILE,
    STEPS_SCHEMA,
    check_against_build,
    link_problems,
    load_step_guide,
    profile_text_problems,
    steps_of_page,
)

TODAY = dt.date(2026, 12, 2)
REGISTER = load_register(ROOT)
FIRST_STEP = "kontakt-kommunen"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with the real step guide and its schema, to edit."""
    return copy_files(tmp_path, STEPS_FILE, STEPS_SCHEMA)


def edit(project: Path, old: str, new: str) -> None:
    replace_in(project / STEPS_FILE, old, new)


def messages(project: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_step_guide(project, REGISTER, today=TODAY)
    return caught.value.messages


def line(project: Path, start: str) -> int:
    return line_of(project / STEPS_FILE, start)


# --- The shipped guide ---------------------------------------------------------------------


def test_the_schema_is_a_valid_json_schema():
    schema = json.loads((ROOT / STEPS_SCHEMA).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$defs"]["trin"]["properties"]["hvem"]["items"]["enum"] == list(ROLES)


def test_the_shipped_guide_covers_the_whole_path_in_order():
    guide = load_step_guide(ROOT, REGISTER, today=TODAY)
    assert guide.source_file == "data/trin.yml"
    assert [step.number for step in guide.steps] == list(range(1, len(guide.steps) + 1))
    ids = [step.id for step in guide.steps]
    for earlier, later in [
        ("kontakt-kommunen", "samtale"),
        ("samtale", "afgoerelse"),
        ("afgoerelse", "aftaler"),
        ("aftaler", "foerste-dag"),
        ("foerste-dag", "opfoelgning"),
        ("opfoelgning", "timer"),
        ("timer", "udbetaling"),
        ("udbetaling", "afslutning"),
    ]:
        assert ids.index(earlier) < ids.index(later)
    assert {role for step in guide.steps for role in step.who} == set(ROLES)
    assert all(step.links and step.line for step in guide.steps)
    assert guide.sources and guide.reviewed <= TODAY.isoformat()


def test_the_steps_that_state_rules_cite_them():
    steps = {step.id: step for step in load_step_guide(ROOT, REGISTER, today=TODAY).steps}
    assert "mentorstoette-varighed" in {rule.id for rule in steps["afslutning"].rules}
    assert "skriftlig-aftale" in {rule.id for rule in steps["aftaler"].rules}
    assert "kompensation-omfang" in {rule.id for rule in steps["udbetaling"].rules}


def test_a_page_in_two_steps_belongs_to_both_in_step_order():
    guide = load_step_guide(ROOT, REGISTER, today=TODAY)
    memberships = steps_of_page(guide)
    both = memberships["virksomheder/mentorens-opgaver.md"]
    assert [membership.step.id for membership in both] == ["samtale", "foerste-dag"]
    assert {membership.total for membership in both} == {len(guide.steps)}
    assert set(memberships) == {link for step in guide.steps for link in step.links}


# --- Mistakes in the file --------------------------------------------------------------------


def test_a_missing_language_names_file_line_and_key(project):
    edit(project, "      en: Contact the municipality and apply for a mentor\n", "")
    titel = line(project, "da: Kontakt kommunen") - 1
    assert messages(project) == [
        f"data/trin.yml, linje {titel}: nøglen 'trin[{FIRST_STEP}].titel.en' mangler. Tilføj den. Teksten på engelsk."
    ]


def test_an_unknown_key_is_named_with_a_suggestion(project):
    edit(project, "    hvad:\n", "    hvd:\n")
    found = messages(project)
    assert any(
        message.startswith(f"data/trin.yml, linje {line(project, 'hvd:')}: ukendt nøgle 'trin[{FIRST_STEP}].hvd'")
        and "Mente du 'hvad'?" in message
        for message in found
    ), found


def test_an_unknown_role_lists_the_roles(project):
    edit(project, "    hvem: [virksomhed]\n", "    hvem: [kunde]\n")
    found = messages(project)
    assert any(
        f"data/trin.yml, linje {line(project, 'hvem: [kunde]')}" in message
        and "'virksomhed', 'kommune', 'borger', 'mentor'" in message
        for message in found
    ), found


def test_a_duplicate_id_names_both_lines(project):
    edit(project, "  - id: samtale\n", f"  - id: {FIRST_STEP}\n")
    first = line(project, f"- id: {FIRST_STEP}")
    second = [
        number for number, row in enumerate((project / STEPS_FILE).read_text().splitlines(), 1) if row == f"  - id: {FIRST_STEP}"
    ][1]
    assert messages(project) == [
        f"data/trin.yml, linje {second}: trinnet har id'et '{FIRST_STEP}', som trinnet i linje {first} allerede har. "
        "Giv hvert trin sit eget id (det bliver til adressen #trin-<id>)."
    ]


def test_an_unknown_rule_suggests_the_nearest(project):
    edit(project, "regler: [virksomhedsindgang]", "regler: [virksomhedsindgangen]")
    (message,) = messages(project)
    assert message.startswith(f"data/trin.yml, linje {line(project, 'regler: [virksomhedsindgangen]')} (trin '{FIRST_STEP}'): ")
    assert "ukendt regel 'virksomhedsindgangen'" in message and "Mente du 'virksomhedsindgang'?" in message


def test_a_paragraph_number_in_a_step_is_refused(project):
    edit(project, "      da: Et opkald eller en e-mail.", "      da: Et opkald, jf. § 167.")
    (message,) = messages(project)
    assert message.startswith(f"data/trin.yml, linje {line(project, 'da: Et opkald, jf.')} (trin '{FIRST_STEP}'): 'varighed.da'")
    assert "paragrafnummer" in message and "'regler'" in message


def test_a_review_date_in_the_future_is_refused(project):
    edit(project, "senest_gennemgaaet: 2026-12-01", "senest_gennemgaaet: 2099-01-01")
    (message,) = messages(project)
    assert message.startswith(f"data/trin.yml, linje {line(project, 'senest_gennemgaaet:')}: 'senest_gennemgaaet' er 2099-01-01")


# --- Checks against the build ---------------------------------------------------------------


def test_a_link_to_a_page_that_does_not_exist_names_the_step_and_suggests_a_page():
    guide = load_step_guide(ROOT, REGISTER, today=TODAY)
    pages = {link for step in guide.steps for link in step.links} - {"virksomheder/kompensation.md"} | {
        "virksomheder/kompensationen.md"
    }
    problems = link_problems(guide, pages)
    steps = [step for step in guide.steps if "virksomheder/kompensation.md" in step.links]
    assert problems == [
        f"data/trin.yml, linje {step.line} (trin '{step.id}'): 'links' peger på 'virksomheder/kompensation.md', "
        "men den side findes ikke. Mente du 'virksomheder/kompensationen.md'?"
        for step in steps
    ]


def test_an_unknown_profile_text_names_the_step_with_the_profiles_own_hint():
    guide = load_step_guide(ROOT, REGISTER, today=TODAY)
    step = next(step for step in guide.steps if step.profile_texts)

    def profile_text(key: str) -> str:
        raise DataError(f"ukendt nøgle '{key}' i <!-- profil: {key} -->. Mente du 'kontakt'?")

    problems = profile_text_problems(guide, profile_text)
    assert problems[0] == (
        f"data/trin.yml, linje {step.line} (trin '{step.id}'): 'profiltekster': "
        f"ukendt nøgle '{step.profile_texts[0]}' i <!-- profil: {step.profile_texts[0]} -->. Mente du 'kontakt'?"
    )
    assert len(problems) == sum(len(step.profile_texts) for step in guide.steps)


def test_the_build_check_passes_when_pages_and_texts_exist_and_fails_otherwise():
    guide = load_step_guide(ROOT, REGISTER, today=TODAY)
    pages = {link for step in guide.steps for link in step.links}
    check_against_build(guide, pages, lambda key: key)
    with pytest.raises(DataError):
        check_against_build(guide, pages - {"kontakt.md"}, lambda key: key)
