"""The data → model → Markdown functions, called directly, without a build."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import ROOT
from mentorguiden.profile.contact import contact_markdown, contact_page
from mentorguiden.core.datafile import load_data_file, read_yaml
from mentorguiden.core.errors import DataError
from mentorguiden.content.includes import include_problems
from mentorguiden.core.pages import page_markdown
from mentorguiden.profile.model import PROFILE_SCHEMA, load_profile
from mentorguiden.core.slugs import slugify
from mentorguiden.core.templates import template_environment

SCHEMA = ROOT / PROFILE_SCHEMA


def front_matter(markdown: str) -> dict:
    _, header, _ = markdown.split("---\n", 2)
    return yaml.safe_load(header)


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


# --- The schema and the shipped profile -------------------------------------


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


@pytest.mark.parametrize("phone,href", [("12 34 56 78", "tel:+4512345678"),
                                        ("+45 87 65 43 21", "tel:+4587654321"),
                                        ("87654321", "tel:+4587654321")])
def test_phone_link_is_international(phone, href):
    assert replace(load_profile(ROOT), phone=phone).phone_href == href


# --- Danish messages for editors ---------------------------------------------


def test_missing_key_names_file_line_and_key(tmp_path):
    messages = profile_errors(tmp_path, VALID_PROFILE.replace('telefon: "12 34 56 78"\n', ""))
    assert messages[0].startswith("data/profil.yml: nøglen 'telefon' mangler. Tilføj den.")
    assert "8 cifre" in messages[0], "the schema's description says what to write"


def test_missing_nested_key_names_the_full_key_and_its_group(tmp_path):
    text = VALID_PROFILE.replace('  postnummer: "9999"\n', "")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("adresse:"))
    messages = profile_errors(tmp_path, text)
    assert messages == [f"data/profil.yml, linje {line}: nøglen 'adresse.postnummer' mangler. Tilføj den. "
                        "Fire cifre i anførselstegn, fx \"1234\"."]


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
    messages = profile_errors(tmp_path, VALID_PROFILE.replace("tilgaengelighedserklaering: https://", "tilgaengelighedserklaering: "))
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
    assert messages[0] == "data/profil.yml: nøglen 'email' mangler. Tilføj den. En e-mailadresse, fx virksomhedsservice@kommune.dk."
    lines = [int(message.split("linje ")[1].split(":")[0]) for message in messages[1:]]
    assert lines == sorted(lines)


def test_read_yaml_remembers_lines_of_list_items(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("punkter:\n  - id: a\n    tekst: A\n  - id: b\n    tekst: B\n", encoding="utf-8")
    data, source_map = read_yaml(path, "x.yml")
    assert data["punkter"][1]["id"] == "b"
    assert source_map.line_of(("punkter", 1, "tekst")) == 5
    assert source_map.line_of(("punkter", 1, "findes-ikke")) == 4


# --- Model → Markdown ----------------------------------------------------------


@pytest.fixture
def environment():
    return template_environment(ROOT)


def test_contact_page_has_its_own_text_per_language(environment):
    profile = load_profile(ROOT)
    danish = contact_markdown(profile, "da", environment)
    english = contact_markdown(profile, "en", environment)
    assert front_matter(danish)["title"] == "Kontakt"
    assert front_matter(english)["title"] == "Contact"
    assert profile.municipality in front_matter(danish)["description"]
    assert "{!digital-post.da.md!}" in danish and "{!digital-post.en.md!}" in english
    for markdown in (danish, english):
        assert profile.phone_href in markdown and f"mailto:{profile.email}" in markdown


def test_contact_page_escapes_text_from_the_profile(environment):
    profile = replace(load_profile(ROOT), municipality='<script>alert("x")</script> & {!hemmelig.md!}')
    markdown = contact_markdown(profile, "da", environment)
    assert "<script>" not in markdown
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#123;!hemmelig.md!&#125;" in markdown
    assert "{!hemmelig.md!}" not in markdown
    assert "<script>" not in front_matter(markdown)["description"]


def test_contact_page_comes_in_every_language_asked_for():
    page = contact_page(load_profile(ROOT), ("da", "en"), ROOT)
    assert page.src_uri == "kontakt.md"
    assert list(page.markdown_by_language) == ["da", "en"]
    assert page.source_file == "data/profil.yml"


def test_unsupported_language_is_an_error(environment):
    with pytest.raises(Exception):
        contact_markdown(load_profile(ROOT), "de", environment)


def test_page_markdown_escapes_front_matter():
    markdown = page_markdown(title="A & B", description='Say "hi"', body="\nBody\n")
    assert front_matter(markdown) == {"title": "A &amp; B", "description": "Say &#34;hi&#34;"}
    assert markdown.endswith("\n\nBody\n")


# --- Includes and anchors -------------------------------------------------------


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


@pytest.mark.parametrize("heading,slug", [
    ("Tilgængelighed", "tilgaengelighed"),
    ("Skriv ikke CPR-nummer med almindelig e-mail", "skriv-ikke-cpr-nummer-med-almindelig-e-mail"),
    ("Før praktikken: Åbent møde", "foer-praktikken-aabent-moede"),
    ("Café & 6 måneder", "cafe-6-maaneder"),
])
def test_danish_heading_anchors(heading, slug):
    assert slugify(heading) == slug
