"""The municipality profile without a build: schema, shipped profiles, every Danish message, the pure rules."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
import yaml
from helpers.builds import ROOT, SECOND_PROFILE

from mentorguiden.core.datafile import load_data_file, read_yaml
from mentorguiden.core.errors import DataError
from mentorguiden.profile.model import (
    PROFILE_SCHEMA,
    contrast_with_white,
    css_string,
    load_profile,
    profile_from_data,
)
from mentorguiden.profile.texts import format_days, format_time

SCHEMA = ROOT / PROFILE_SCHEMA


def write_profile(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "data" / "profil.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def profile_errors(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_data_file(write_profile(tmp_path, text), SCHEMA, root=tmp_path)
    return caught.value.messages


VALID_PROFILE = (ROOT / "data" / "profil.yml").read_text(encoding="utf-8")


def test_profile_schema_is_a_valid_json_schema():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_shipped_profile_loads_into_the_model():
    profile = load_profile(ROOT)
    data = yaml.safe_load(VALID_PROFILE)
    assert profile.municipality == data["kommune"]
    assert profile.contact_unit == data["kontaktenhed"]
    assert profile.address.postal_line == f"{data['adresse']['postnummer']} {data['adresse']['by']}"
    assert profile.source_file == "data/profil.yml"


@pytest.mark.parametrize(
    "phone,href", [("12 34 56 78", "tel:+4512345678"), ("+45 87 65 43 21", "tel:+4587654321"), ("87654321", "tel:+4587654321")]
)
def test_phone_link_is_international(phone, href):
    assert replace(load_profile(ROOT), phone=phone).phone_href == href


def test_missing_key_names_file_line_and_key(tmp_path):
    messages = profile_errors(tmp_path, VALID_PROFILE.replace('telefon: "12 34 56 78"\n', ""))
    assert messages[0].startswith("data/profil.yml: nøglen 'telefon' mangler. Tilføj den.")
    assert "8 cifre" in messages[0], "the schema's description says what to write"


def test_missing_nested_key_names_the_full_key_and_its_group(tmp_path):
    text = VALID_PROFILE.replace('  postnummer: "9999"\n', "")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("adresse:"))
    messages = profile_errors(tmp_path, text)
    assert messages == [
        f"data/profil.yml, linje {line}: nøglen 'adresse.postnummer' mangler. Tilføj den. "
        'Fire cifre i anførselstegn, fx "1234".'
    ]


def test_unknown_key_points_at_its_line_and_suggests_a_fix(tmp_path):
    text = VALID_PROFILE.replace("kontaktenhed:", "kontaktenhd:")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("kontaktenhd:"))
    messages = profile_errors(tmp_path, text)
    assert f"data/profil.yml, linje {line}: ukendt nøgle 'kontaktenhd'. Mente du 'kontaktenhed'?" in messages
    assert any("'kontaktenhed' mangler" in message for message in messages)


def test_wrong_type_is_said_in_danish(tmp_path):
    messages = profile_errors(tmp_path, VALID_PROFILE.replace('postnummer: "9999"', "postnummer: [9999]"))
    assert "'adresse.postnummer' skal være en tekst, men er en liste." in messages[0]


def test_unquoted_number_gets_a_hint(tmp_path):
    messages = profile_errors(tmp_path, VALID_PROFILE.replace('postnummer: "9999"', "postnummer: 9999"))
    assert "skal være en tekst, men er et helt tal" in messages[0]
    assert "anførselstegn" in messages[0]


def test_malformed_url_is_refused(tmp_path):
    messages = profile_errors(
        tmp_path, VALID_PROFILE.replace("tilgaengelighedserklaering: https://", "tilgaengelighedserklaering: ")
    )
    assert "'tilgaengelighedserklaering' har ikke den rigtige form" in messages[0]
    assert "https://" in messages[0]


def test_empty_value_is_called_empty(tmp_path):
    messages = profile_errors(tmp_path, VALID_PROFILE.replace("kommune: Eksempel Kommune", 'kommune: ""'))
    assert "'kommune' er tom" in messages[0]


def test_duplicate_key_is_refused_with_both_lines(tmp_path):
    text = VALID_PROFILE + "kommune: Anden Kommune\n"
    first = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("kommune:"))
    messages = profile_errors(tmp_path, text)
    assert f"nøglen 'kommune' står to gange (første gang i linje {first})" in messages[0]


def test_malformed_yaml_names_the_line_without_a_traceback(tmp_path):
    text = VALID_PROFILE.replace("kommune: Eksempel Kommune", "kommune: Eksempel: Kommune")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("kommune:"))
    messages = profile_errors(tmp_path, text)
    assert messages[0].startswith(f"data/profil.yml, linje {line}: filen kan ikke læses som YAML")
    assert "kolon" in messages[0]


def test_tab_indentation_is_explained(tmp_path):
    text = VALID_PROFILE.replace("  vej: Eksempelvej 1", "\tvej: Eksempelvej 1")
    assert "tabulatortegn" in profile_errors(tmp_path, text)[0]


def test_empty_and_missing_files(tmp_path):
    assert "filen er tom" in profile_errors(tmp_path, "# kun en kommentar\n")[0]
    with pytest.raises(DataError, match="findes ikke"):
        load_data_file(tmp_path / "data" / "mangler.yml", SCHEMA, root=tmp_path)


def test_all_mistakes_are_reported_at_once(tmp_path):
    text = VALID_PROFILE.replace('telefon: "12 34 56 78"', 'telefon: "12"').replace("email:", "e-mail:", 1)
    messages = profile_errors(tmp_path, text)
    assert len(messages) == 3  # missing 'email' (no line), bad phone, unknown 'e-mail'
    assert (
        messages[0] == "data/profil.yml: nøglen 'email' mangler. Tilføj den. En e-mailadresse, fx virksomhedsservice@kommune.dk."
    )
    lines = [int(message.split("linje ")[1].split(":")[0]) for message in messages[1:]]
    assert lines == sorted(lines)


def test_read_yaml_remembers_lines_of_list_items(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("punkter:\n  - id: a\n    tekst: A\n  - id: b\n    tekst: B\n", encoding="utf-8")
    data, source_map = read_yaml(path, "x.yml")
    assert data["punkter"][1]["id"] == "b"
    assert source_map.line_of(("punkter", 1, "tekst")) == 5
    assert source_map.line_of(("punkter", 1, "findes-ikke")) == 4


def test_colour_just_below_the_limit_fails_and_just_above_passes():
    # #777777 is 4.48:1 against white, #767676 is 4.54:1.
    assert contrast_with_white("#777777") < 4.5 < contrast_with_white("#767676")
    assert contrast_with_white("#000000") == pytest.approx(21)
    assert contrast_with_white("#ffffff") == pytest.approx(1)


def test_both_shipped_profiles_load():
    first, second = load_profile(ROOT), load_profile(ROOT, SECOND_PROFILE)
    assert first.municipality != second.municipality
    assert first.accent_colour != second.accent_colour and first.logo != second.logo
    assert second.local_rules.months_per_grant < 6 and not second.local_rules.fixed_agreements


@pytest.mark.parametrize(
    "edit_url",
    [
        "https://github.com/x/y/edit/main/",
        "https://github.com/x/y/edit/main",
        "https://github.com/x/y/edit/main/docs/",
        "https://github.com/x/y/edit/main/docs",
    ],
)
def test_edit_uri_is_always_the_repository_docs_folder(edit_url):
    data = {
        "kommune": "K",
        "kontaktenhed": "E",
        "telefon": "12345678",
        "email": "a@b.dk",
        "adresse": {"vej": "V", "postnummer": "1234", "by": "B"},
        "tilgaengelighedserklaering": "https://a.b",
        "rediger_url": edit_url,
        "ansoegning": {"maade": "telefon"},
        "udbetaling": {"hyppighed": "maanedlig", "maade": "nemkonto", "dokumentation": ["timeseddel"], "betalingsfrist_dage": 30},
        "klagevejledning": {"da": "Klag til kommunen.", "en": "Complain to the municipality."},
    }
    assert profile_from_data(data).edit_uri == "https://github.com/x/y/edit/main/docs/"


def test_css_string_cannot_break_out_of_the_style_element():
    escaped = css_string('A "B" </style><script>x</script> \\ Kommune')
    assert escaped.startswith('"') and escaped.endswith('"')
    inner = escaped[1:-1]
    assert '"' not in inner and "<" not in inner and ">" not in inner and "\\\\" not in inner


@pytest.mark.parametrize(
    "days,language,expected",
    [
        (("mandag", "tirsdag", "onsdag"), "da", "Mandag–onsdag"),
        (("mandag", "tirsdag"), "da", "Mandag og tirsdag"),
        (("mandag", "onsdag", "torsdag", "fredag"), "da", "Mandag og onsdag–fredag"),
        (("fredag",), "en", "Friday"),
        (("mandag", "tirsdag", "onsdag", "torsdag", "fredag"), "en", "Monday–Friday"),
    ],
)
def test_format_days(days, language, expected):
    assert format_days(days, language) == expected


def test_format_time():
    assert format_time("08:30", "da") == "8.30" and format_time("08:30", "en") == "8:30"


def test_load_profile_error_is_a_data_error(tmp_path):
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    (tmp_path / "data" / "schemas" / "profil.schema.json").write_text(
        (ROOT / "data" / "schemas" / "profil.schema.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "data" / "profil.yml").write_text("kommune: X\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_profile(tmp_path)
    assert any("nøglen 'kontaktenhed' mangler" in message for message in caught.value.messages)
