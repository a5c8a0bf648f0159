"""The decision aid's data → model without a build: the schema, the graph checks and their Danish messages, the paths."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from helpers.builds import ROOT

from mentorguiden.core.errors import DataError
from mentorguiden.decision_aid.model import (
    DECISION_AID_FILE,
    DECISION_AID_SCHEMA,
    link_problems,
    load_decision_aids,
    paths,
)
from mentorguiden.rules import load_register

FILE = DECISION_AID_FILE

# A small check: two questions, two results. Each test breaks one thing in it.
VALID = """\
afklaringer:
  - id: proeve
    maalgruppe: virksomhed
    titel: {da: Prøve, en: Test}
    beskrivelse: {da: En prøve., en: A test.}
    intro: {da: Indledning., en: Introduction.}
    spoergsmaal:
      - id: foerste
        tekst: {da: Første spørgsmål?, en: First question?}
        svar:
          - tekst: {da: Ja, en: "Yes"}
            betyder: {da: Videre., en: Go on.}
            naeste: andet
          - tekst: {da: Nej, en: "No"}
            betyder: {da: Stop., en: Stop.}
            naeste: nej
      - id: andet
        tekst: {da: Andet spørgsmål?, en: Second question?}
        svar:
          - tekst: {da: Ja, en: "Yes"}
            betyder: {da: Godt., en: Good.}
            naeste: ja
          - tekst: {da: Nej, en: "No"}
            betyder: {da: Stop., en: Stop.}
            naeste: nej
    resultater:
      - id: ja
        udfald: ja
        titel: {da: Ja, en: "Yes"}
        begrundelser:
          - tekst: {da: Fordi., en: Because.}
            regel: ud-over-det-saedvanlige
        naeste_skridt: {da: Ring., en: Call.}
        links: [virksomheder/kompensation.md]
      - id: nej
        udfald: nej
        titel: {da: Nej, en: "No"}
        begrundelser:
          - tekst: {da: Fordi ikke., en: Because not.}
        naeste_skridt: {da: Læs., en: Read.}
    kilder:
      - titel: Lov om en aktiv beskæftigelsesindsats
        udgiver: Beskæftigelsesministeriet
"""


def make_root(tmp_path: Path, text: str) -> Path:
    """A project root holding only the schema, the rule register and ``text`` as data/afklaring.yml."""
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    shutil.copy(ROOT / DECISION_AID_SCHEMA, tmp_path / DECISION_AID_SCHEMA)
    (tmp_path / FILE).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def register():
    return load_register(ROOT)


def errors(tmp_path: Path, text: str, register) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_decision_aids(make_root(tmp_path, text), register)
    return caught.value.messages


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    return [number for number, row in enumerate(text.splitlines(), 1) if needle in row][occurrence - 1]


def replace(old: str, new: str, occurrence: int = 1) -> str:
    """VALID with the ``occurrence``-th ``old`` replaced."""
    parts = VALID.split(old)
    assert len(parts) > occurrence, old
    return old.join(parts[:occurrence]) + new + old.join(parts[occurrence:])


# --- The schema and the shipped file ---------------------------------------------------


def test_the_schema_is_a_valid_json_schema_and_vs_code_uses_it():
    schema = json.loads((ROOT / DECISION_AID_SCHEMA).read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"]["./" + DECISION_AID_SCHEMA] == FILE
    assert (ROOT / FILE).read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=schemas/afklaring.schema.json")


def test_the_shipped_checks_load_with_5_to_7_company_questions_and_three_kinds_of_result(register):
    company, consultant = load_decision_aids(ROOT, register)
    assert (company.audience, company.page_uri) == ("virksomhed", "virksomheder/kan-vi-faa-en-mentor.md")
    assert (consultant.audience, consultant.page_uri) == ("konsulent", "konsulenter/mentorstoette-ja-eller-nej.md")
    assert 5 <= len(company.questions) <= 7
    for aid in (company, consultant):
        assert {result.outcome for result in aid.results} == {"ja", "maaske", "nej"}
        assert {path.result for path in paths(aid)} == {result.id for result in aid.results}


def test_the_consultant_check_asks_about_the_profile_s_grant_period_and_fixed_agreements(register):
    consultant = load_decision_aids(ROOT, register)[1]
    assert {question.profile_text for question in consultant.questions} >= {"bevillingsperiode", "faste-aftaler"}
    assert consultant.prints_assessment


def test_no_question_asks_for_a_name_or_a_cpr_number(register):
    for aid in load_decision_aids(ROOT, register):
        for question in aid.questions:
            assert "cpr" not in question.text.da.casefold()
            assert "navn" not in question.text.da.casefold()


def test_a_valid_check_becomes_a_model_with_its_paths(tmp_path, register):
    (aid,) = load_decision_aids(make_root(tmp_path, VALID), register)
    assert [question.id for question in aid.questions] == ["foerste", "andet"]
    assert aid.results[0].reasons[0].rule.id == "ud-over-det-saedvanlige"
    assert [(tuple((step.question, step.option) for step in path.steps), path.result) for path in paths(aid)] == [
        ((("foerste", 0), ("andet", 0)), "ja"),
        ((("foerste", 0), ("andet", 1)), "nej"),
        ((("foerste", 1),), "nej"),
    ]


# --- The graph checks: one per kind of mistake, with file and line -------------------------


def test_an_answer_pointing_at_an_unknown_id_is_named_with_its_line_and_the_nearest_id(tmp_path, register):
    text = replace("naeste: andet", "naeste: andert")
    assert errors(tmp_path, text, register) == [
        f"{FILE}, linje {line_of(text, 'naeste: andert')} (afklaring 'proeve'): svaret »Ja« på spørgsmålet 'foerste' "
        "peger på 'andert', men der er intet spørgsmål eller resultat med det id. Mente du 'andet'?",
        # and so the second question is no longer reached
        f"{FILE}, linje {line_of(text, '- id: andet')} (afklaring 'proeve'): spørgsmålet 'andet' kan ikke nås: intet svar "
        "fører dertil fra det første spørgsmål ('foerste'). Lad et svar pege på det med 'naeste: andet', eller slet det.",
        f"{FILE}, linje {line_of(text, '- id: ja')} (afklaring 'proeve'): resultatet 'ja' kan ikke nås: intet svar fører "
        "dertil. Lad et svar pege på det med 'naeste: ja', eller slet det.",
    ]


def test_a_question_nothing_leads_to_cannot_be_reached(tmp_path, register):
    text = replace("naeste: andet", "naeste: ja")
    messages = errors(tmp_path, text, register)
    assert messages == [
        f"{FILE}, linje {line_of(text, '- id: andet')} (afklaring 'proeve'): spørgsmålet 'andet' kan ikke nås: intet svar "
        "fører dertil fra det første spørgsmål ('foerste'). Lad et svar pege på det med 'naeste: andet', eller slet det."
    ]


def test_a_result_nothing_leads_to_cannot_be_reached(tmp_path, register):
    text = replace("naeste: ja", "naeste: nej")
    assert errors(tmp_path, text, register) == [
        f"{FILE}, linje {line_of(text, '- id: ja')} (afklaring 'proeve'): resultatet 'ja' kan ikke nås: intet svar fører "
        "dertil. Lad et svar pege på det med 'naeste: ja', eller slet det."
    ]


def test_an_answer_without_naeste_is_a_path_that_ends_without_a_result(tmp_path, register):
    text = replace("            naeste: nej\n", "", occurrence=2)
    answer_line = line_of(text, "- tekst: {da: Nej", occurrence=2)
    assert errors(tmp_path, text, register) == [
        f"{FILE}, linje {answer_line} (afklaring 'proeve'): svaret »Nej« på spørgsmålet 'andet' fører ingen steder hen, "
        "så stien slutter uden et resultat. Skriv 'naeste:' med id'et på det næste spørgsmål eller på et resultat."
    ]


def test_answers_that_lead_in_a_circle_are_a_loop(tmp_path, register):
    text = replace("naeste: nej", "naeste: foerste", occurrence=2)
    assert errors(tmp_path, text, register) == [
        f"{FILE}, linje {line_of(text, 'naeste: foerste')} (afklaring 'proeve'): svarene fører i ring "
        "(foerste → andet → foerste), så læseren kan aldrig nå et resultat. "
        "Lad svaret pege på et senere spørgsmål eller på et resultat."
    ]


def test_a_question_pointing_at_itself_is_a_loop(tmp_path, register):
    text = replace("naeste: nej", "naeste: andet", occurrence=2)
    assert errors(tmp_path, text, register) == [
        f"{FILE}, linje {line_of(text, 'naeste: andet', occurrence=2)} (afklaring 'proeve'): svarene fører i ring "
        "(andet → andet), så læseren kan aldrig nå et resultat. Lad svaret pege på et senere spørgsmål eller på et resultat."
    ]


def test_a_text_without_english_is_named_with_its_line(tmp_path, register):
    text = replace("tekst: {da: Andet spørgsmål?, en: Second question?}", "tekst: {da: Andet spørgsmål?}")
    assert errors(tmp_path, text, register) == [
        f"{FILE}, linje {line_of(text, 'tekst: {da: Andet spørgsmål?}')}: nøglen "
        "'afklaringer[proeve].spoergsmaal[andet].tekst.en' mangler. Tilføj den. Teksten på engelsk. Oversæt den danske tekst."
    ]


def test_an_id_used_twice_is_named_with_both_lines(tmp_path, register):
    text = replace("- id: nej", "- id: andet")
    messages = errors(tmp_path, text, register)
    assert (
        f"{FILE}, linje {line_of(text, '- id: andet', occurrence=2)} (afklaring 'proeve'): id'et 'andet' bruges allerede "
        f"i linje {line_of(text, '- id: andet')}. Giv hvert spørgsmål og hvert resultat sit eget id."
    ) in messages


def test_an_unknown_rule_is_named_with_its_line_and_the_nearest_rule(tmp_path, register):
    text = replace("regel: ud-over-det-saedvanlige", "regel: ud-over-det-saedvanige")
    (message,) = errors(tmp_path, text, register)
    assert message.startswith(
        f"{FILE}, linje {line_of(text, 'regel: ud-over')} (afklaring 'proeve'): ukendt regel 'ud-over-det-saedvanige'. "
        "Mente du 'ud-over-det-saedvanlige'?"
    )


# --- Schema mistakes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "needle", "words"),
    [
        ("    intro:", "    intrro:", "intrro:", ["ukendt nøgle 'afklaringer[proeve].intrro'. Mente du 'intro'?"]),
        (
            "udfald: nej",
            "udfald: maske",
            "udfald: maske",
            ["'afklaringer[proeve].resultater[nej].udfald' skal være en af 'ja', 'maaske', 'nej'"],
        ),
        ("- id: andet", "- id: Andet", "- id: Andet", ["'Andet'"]),
    ],
    ids=["unknown-key", "unknown-outcome", "id-with-capitals"],
)
def test_a_schema_mistake_is_named_in_danish_with_its_line(tmp_path, register, old, new, needle, words):
    text = replace(old, new)
    messages = errors(tmp_path, text, register)
    assert any(message.startswith(f"{FILE}, linje {line_of(text, needle)}: ") for message in messages), messages
    for word in words:
        assert any(word in message for message in messages), messages


# --- Links ---------------------------------------------------------------------------------


def test_a_link_to_a_page_that_does_not_exist_is_named_with_the_result_s_line(tmp_path, register):
    (aid,) = load_decision_aids(make_root(tmp_path, VALID), register)
    assert link_problems([aid], {"virksomheder/kompensation.md"}) == []
    assert link_problems([aid], {"virksomheder/kompensasjon.md"}) == [
        f"{FILE}, linje {line_of(VALID, '- id: ja')} (afklaring 'proeve'): 'resultater[ja].links' peger på "
        "'virksomheder/kompensation.md', men den side findes ikke. Mente du 'virksomheder/kompensasjon.md'?"
    ]
