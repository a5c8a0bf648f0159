"""Checklists data → model without a build: the schema, the shipped files, the Danish messages, items from a provider."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from helpers.builds import ROOT
from helpers.checklists import VALID, links_to, make_root

from mentorguiden.checklists.model import (
    CHECKLIST_SCHEMA,
    MAX_ITEMS_ON_ONE_SHEET,
    ChecklistItem,
    Translated,
    link_problems,
    load_checklists,
)
from mentorguiden.checklists.pages import render_checklist
from mentorguiden.core.errors import DataError
from mentorguiden.forms.model import legally_required_fields, load_agreement

SHIPPED_IDS = {"bevilling", "for-praktikstart", "klaed-mentoren-paa", "synlighed", "mentoraftale-komplet", "opfoelgning"}


def errors(tmp_path: Path, files: dict[str, str], providers=None) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_checklists(make_root(tmp_path, files), providers)
    return caught.value.messages


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [number for number, row in enumerate(text.splitlines(), 1) if needle in row]
    return lines[occurrence - 1]


def test_checklist_schema_is_a_valid_json_schema():
    schema = json.loads((ROOT / CHECKLIST_SCHEMA).read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_vs_code_validates_checklists_with_the_same_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"]["./" + CHECKLIST_SCHEMA] == "data/tjeklister/*.yml"
    for path in (ROOT / "data" / "tjeklister").glob("*.yml"):
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schemas/tjekliste.schema.json"), (
            path.name
        )


def test_shipped_checklists_load_in_their_order(shipped):
    assert {checklist.id for checklist in shipped} == SHIPPED_IDS
    assert [checklist.id for checklist in shipped][:2] == ["bevilling", "for-praktikstart"]
    for checklist in shipped:
        assert 1 <= len(checklist.items) <= MAX_ITEMS_ON_ONE_SHEET, checklist.id
        data = yaml.safe_load((ROOT / checklist.source_file).read_text(encoding="utf-8"))
        assert checklist.sources and checklist.reviewed == data["senest_gennemgaaet"]
        assert checklist.source_file == f"data/tjeklister/{checklist.id}.yml"


def test_the_model_keeps_every_field(tmp_path):
    (checklist,) = load_checklists(make_root(tmp_path, {"proeve.yml": VALID}))
    assert checklist.title == Translated(da="Prøveliste", en="Test list")
    assert checklist.audience == "begge"
    assert checklist.items[0] == ChecklistItem(
        id="foerste",
        text=Translated("Første punkt", "First item"),
        help=Translated("Dansk hjælp", "English help"),
        link="virksomheder/kompensation.md",
    )
    assert checklist.items[1].help is None and checklist.items[1].link is None
    assert checklist.sources[0].date == "2024-03-15"


def test_agreement_checklist_is_derived_from_the_agreement_template(shipped):
    checklist = next(checklist for checklist in shipped if checklist.id == "mentoraftale-komplet")
    agreement = load_agreement(ROOT)
    assert [item.id for item in checklist.items] == [section.id for section in agreement.sections] + ["digital-post"]
    assert checklist.see_also == "mentoraftale.md"
    for item, section in zip(checklist.items, agreement.sections, strict=False):
        assert section.title.da in item.text.da and section.title.en in item.text.en
        required = [field for field in section.fields if field.legal_source]
        assert (item.help is not None) == bool(required)
        for field in required:
            assert field.label.da in item.help.da and field.label.en in item.help.en
    every_required = {requirement.field_id for requirement in legally_required_fields(agreement)}
    covered = {field.id for section in agreement.sections for field in section.fields if field.legal_source}
    assert every_required == covered and every_required


def test_missing_translation_names_file_line_checklist_item_and_key(tmp_path):
    text = VALID.replace("      en: Second item\n", "")
    messages = errors(tmp_path, {"proeve.yml": text})
    line = line_of(text, "- id: andet")
    assert messages == [
        f"data/tjeklister/proeve.yml, linje {line + 1} (tjekliste 'proeve'): "
        "nøglen 'punkter[andet].tekst.en' mangler. Tilføj den. Teksten på engelsk."
    ]


def test_misspelt_key_is_named_with_a_suggestion(tmp_path):
    text = VALID.replace("    hjaelp:", "    hjælp:")
    messages = errors(tmp_path, {"proeve.yml": text})
    assert len(messages) == 1
    assert f"linje {line_of(text, 'hjælp:')} (tjekliste 'proeve')" in messages[0]
    assert "ukendt nøgle 'punkter[foerste].hjælp'. Mente du 'hjaelp'?" in messages[0]


def test_unknown_top_level_key(tmp_path):
    messages = errors(tmp_path, {"proeve.yml": VALID + "farve: blå\n"})
    assert "(tjekliste 'proeve'): ukendt nøgle 'farve'." in messages[0]


def test_empty_item_list(tmp_path):
    text = VALID.split("punkter:")[0] + "punkter: []\n" + "kilder:" + VALID.split("kilder:")[1]
    messages = errors(tmp_path, {"proeve.yml": text})
    assert messages[0].startswith(f"data/tjeklister/proeve.yml, linje {line_of(text, 'punkter:')} (tjekliste 'proeve'): ")
    assert "'punkter' skal have mindst 1 punkt(er)" in messages[0]


def test_wrong_type(tmp_path):
    text = VALID.replace("      da: Første punkt\n      en: First item\n", "").replace(
        "    tekst:\n    hjaelp:", "    tekst: 5\n    hjaelp:"
    )
    messages = errors(tmp_path, {"proeve.yml": text})
    assert "(tjekliste 'proeve'): 'punkter[foerste].tekst' skal være en gruppe af nøgler, men er et helt tal." in messages[0]


def test_wrong_audience_lists_the_choices(tmp_path):
    messages = errors(tmp_path, {"proeve.yml": VALID.replace("maalgruppe: begge", "maalgruppe: borgere")})
    assert "'maalgruppe' skal være en af 'virksomhed', 'konsulent', 'begge', men er 'borgere'." in messages[0]


def test_duplicate_item_id(tmp_path):
    text = VALID.replace("- id: andet", "- id: foerste")
    messages = errors(tmp_path, {"proeve.yml": text})
    assert messages == [
        f"data/tjeklister/proeve.yml, linje {line_of(text, '- id: foerste', 2)} (tjekliste 'proeve'): "
        f"punktet 'punkter[foerste]' har samme id som et punkt før det (første gang i linje "
        f"{line_of(text, '- id: foerste')}). Giv hvert punkt sit eget id i nøglen 'id'."
    ]


def test_duplicate_checklist_id_across_files(tmp_path):
    messages = errors(tmp_path, {"a.yml": VALID, "b.yml": VALID})
    assert messages == [
        "data/tjeklister/b.yml (tjekliste 'proeve'): nøglen 'id' er 'proeve', men det id har "
        "data/tjeklister/a.yml allerede. Giv hver tjekliste sit eget id (det bliver en del af sidens adresse)."
    ]


def test_malformed_id(tmp_path):
    messages = errors(tmp_path, {"proeve.yml": VALID.replace("id: proeve", "id: Prøve liste")})
    assert "'id' har ikke den rigtige form: 'Prøve liste'." in messages[0]


def test_impossible_date(tmp_path):
    text = VALID.replace("dato: 2024-03-15", "dato: 2024-02-30")
    messages = errors(tmp_path, {"proeve.yml": text})
    assert messages == [
        f"data/tjeklister/proeve.yml, linje {line_of(text, '2024-02-30')} (tjekliste 'proeve'): "
        "'kilder[1].dato' er ikke en rigtig dato: '2024-02-30'. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-22."
    ]


def test_items_and_items_from_a_provider_cannot_both_be_given(tmp_path):
    messages = errors(tmp_path, {"proeve.yml": VALID + "punkter_fra: mentoraftale\n"})
    assert "brug kun én af nøglerne 'punkter' eller 'punkter_fra'" in messages[0]


def test_checklist_without_items(tmp_path):
    text = VALID.split("punkter:")[0] + "kilder:" + VALID.split("kilder:")[1]
    messages = errors(tmp_path, {"proeve.yml": text})
    assert "der mangler enten nøglen 'punkter' eller 'punkter_fra'" in messages[0]


def test_malformed_yaml_names_the_file(tmp_path):
    messages = errors(tmp_path, {"proeve.yml": VALID.replace("maalgruppe: begge", "maalgruppe: begge: to")})
    assert messages[0].startswith(
        f"data/tjeklister/proeve.yml, linje {line_of(VALID, 'maalgruppe')}: filen kan ikke læses som YAML"
    )


def test_every_file_is_checked_before_the_build_stops(tmp_path):
    messages = errors(
        tmp_path,
        {
            "a.yml": VALID.replace("maalgruppe: begge", "maalgruppe: x"),
            "b.yml": VALID.replace("id: proeve", "id: anden").replace("  en: Test list\n", ""),
        },
    )
    assert any("a.yml" in message for message in messages) and any("b.yml" in message for message in messages)


def test_unknown_link_target_suggests_the_right_page(tmp_path):
    checklists = load_checklists(
        make_root(tmp_path, {"proeve.yml": VALID.replace("virksomheder/kompensation.md", "virksomheder/kompenstion.md")})
    )
    problems = link_problems(checklists, {"virksomheder/kompensation.md", "index.md"})
    line = line_of(VALID, "- id: foerste")
    assert problems == [
        f"data/tjeklister/proeve.yml, linje {line} (tjekliste 'proeve'): 'punkter[foerste].link' peger på "
        "'virksomheder/kompenstion.md', men den side findes ikke. Mente du 'virksomheder/kompensation.md'?"
    ]
    assert link_problems(load_checklists(tmp_path), {"virksomheder/kompenstion.md"}) == []


def test_see_also_link_is_checked_and_rendered_under_the_intro(tmp_path, environment):
    text = VALID.replace("maalgruppe: begge\n", "maalgruppe: begge\nse_ogsaa: mentoraftale.md\n")
    (checklist,) = load_checklists(make_root(tmp_path, {"proeve.yml": text}))
    assert link_problems([checklist], {"virksomheder/kompensation.md", "mentoraftale.md"}) == []
    assert link_problems([checklist], {"virksomheder/kompensation.md"}) == [
        "data/tjeklister/proeve.yml (tjekliste 'proeve'): 'se_ogsaa' peger på 'mentoraftale.md', men den side "
        "findes ikke. Skriv stien til en side under docs/, fx virksomheder/mentoraftalen.md."
    ]
    html = render_checklist(checklist, "da", environment, links_to("../../"))
    assert 'Se også: <a href="../../mentoraftale/">Titel på mentoraftale.md</a>' in html
    assert "See also: " in render_checklist(checklist, "en", environment, links_to())


def provider_text() -> str:
    return VALID.split("punkter:")[0] + "punkter_fra: aftalen\nkilder:" + VALID.split("kilder:")[1]


def test_items_can_come_from_a_registered_provider(tmp_path):
    item = ChecklistItem(id="felt", text=Translated("Et felt", "A field"))
    calls = []

    def provider(root):
        calls.append(root)
        return [item]

    root = make_root(tmp_path, {"proeve.yml": provider_text()})
    (checklist,) = load_checklists(root, {"aftalen": provider})
    assert checklist.items == (item,)
    assert calls == [root]


def test_unknown_provider_is_named(tmp_path):
    messages = errors(tmp_path, {"proeve.yml": provider_text()}, {"aftale": lambda root: []})
    assert "'punkter_fra' er 'aftalen', men punkter kan ikke hentes derfra. Mente du 'aftale'?" in messages[0]
    assert "(tjekliste 'proeve')" in messages[0]


def test_provided_items_are_checked_like_written_ones(tmp_path):
    twice = [ChecklistItem(id="felt", text=Translated("A", "A")), ChecklistItem(id="felt", text=Translated("B", "B"))]
    messages = errors(tmp_path, {"proeve.yml": provider_text()}, {"aftalen": lambda root: twice})
    assert "punktet 'punkter[felt]' har samme id" in messages[0]
    assert errors(tmp_path / "tom", {"proeve.yml": provider_text()}, {"aftalen": lambda root: []})[0].endswith(
        "'punkter_fra: aftalen' gav ingen punkter. Tjek den datafil, punkterne hentes fra."
    )


def test_reserved_page_names_cannot_be_checklist_ids(tmp_path):
    for reserved in ("alle", "index"):
        messages = errors(tmp_path / reserved, {"x.yml": VALID.replace("id: proeve", f"id: {reserved}")})
        assert f"'{reserved}' er optaget" in messages[0]
