"""Checklists: data → model → HTML, and the marker module, called directly without a build."""

from __future__ import annotations

import datetime
import json
import re
import shutil
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import pytest
import yaml

from conftest import ROOT
from mentorguiden.checklists.pages import (
    ALL_PAGE,
    INDEX_PAGE,
    all_markdown,
    checklist_environment,
    checklist_marker_handler,
    checklist_markdown,
    checklist_pages,
    generated_page_uris,
    index_markdown,
    render_checklist,
)
from mentorguiden.agreement.model import legally_required_fields, load_agreement
from mentorguiden.site import item_providers
from mentorguiden.checklists.model import (
    CHECKLIST_SCHEMA,
    MAX_ITEMS_ON_ONE_SHEET,
    ChecklistItem,
    Translated,
    link_problems,
    load_checklists,
)
from mentorguiden.core.errors import DataError
from mentorguiden.core.markers import MARKER, MarkerContext, MarkerRegistry
from mentorguiden.mkdocs_glue import add_pages_to_nav_section
from mentorguiden.core.pages import PageLink
from mentorguiden.profile.model import load_profile

SHIPPED_IDS = {"bevilling", "for-praktikstart", "klaed-mentoren-paa", "synlighed", "mentoraftale-komplet", "opfoelgning"}

VALID = """\
id: proeve
maalgruppe: begge
senest_gennemgaaet: 2026-11-22
titel:
  da: Prøveliste
  en: Test list
formaal:
  da: Til prøve.
  en: For testing.
intro:
  da: En dansk indledning.
  en: An English introduction.
punkter:
  - id: foerste
    tekst:
      da: Første punkt
      en: First item
    hjaelp:
      da: Dansk hjælp
      en: English help
    link: virksomheder/kompensation.md
  - id: andet
    tekst:
      da: Andet punkt
      en: Second item
kilder:
  - titel: Lov om en aktiv beskæftigelsesindsats, kapitel 26
    udgiver: Beskæftigelsesministeriet
    dato: 2024-03-15
    url: https://elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/kapitel/26
"""


def make_root(tmp_path: Path, files: dict[str, str]) -> Path:
    """A project root holding only the checklist schema and the given checklist files."""
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    shutil.copy(ROOT / CHECKLIST_SCHEMA, tmp_path / CHECKLIST_SCHEMA)
    folder = tmp_path / "data" / "tjeklister"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return tmp_path


def errors(tmp_path: Path, files: dict[str, str], providers=None) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_checklists(make_root(tmp_path, files), providers)
    return caught.value.messages


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [number for number, row in enumerate(text.splitlines(), 1) if needle in row]
    return lines[occurrence - 1]


def links_to(href_prefix: str = "../"):
    return lambda src_uri: PageLink(href_prefix + src_uri.removesuffix(".md") + "/", f"Titel på {src_uri}")


class _Checkboxes(HTMLParser):
    """Checkboxes, labels (by their for=) and ids of an HTML fragment."""

    def __init__(self):
        super().__init__()
        self.boxes, self.labels, self.ids, self._label = [], {}, [], None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag == "input" and attributes.get("type") == "checkbox":
            self.boxes.append(attributes)
        if tag == "label":
            self._label = attributes["for"]
            self.labels[self._label] = ""

    def handle_endtag(self, tag):
        if tag == "label":
            self._label = None

    def handle_data(self, data):
        if self._label:
            self.labels[self._label] += data


def parse_checkboxes(html: str) -> _Checkboxes:
    parser = _Checkboxes()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def environment():
    return checklist_environment(ROOT)


@pytest.fixture(scope="module")
def shipped():
    return load_checklists(ROOT, item_providers())


# --- Schema and shipped data ---------------------------------------------------------


def test_checklist_schema_is_a_valid_json_schema():
    schema = json.loads((ROOT / CHECKLIST_SCHEMA).read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_vs_code_validates_checklists_with_the_same_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"]["./" + CHECKLIST_SCHEMA] == "data/tjeklister/*.yml"
    for path in (ROOT / "data" / "tjeklister").glob("*.yml"):
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../schemas/tjekliste.schema.json"), path.name


def test_shipped_checklists_load_in_their_order(shipped):
    assert {checklist.id for checklist in shipped} == SHIPPED_IDS
    assert [checklist.id for checklist in shipped][:2] == ["bevilling", "for-praktikstart"]
    for checklist in shipped:
        assert 1 <= len(checklist.items) <= MAX_ITEMS_ON_ONE_SHEET, checklist.id
        assert checklist.sources and checklist.reviewed == datetime.date(2026, 11, 22)
        assert checklist.source_file == f"data/tjeklister/{checklist.id}.yml"


def test_the_model_keeps_every_field(tmp_path):
    (checklist,) = load_checklists(make_root(tmp_path, {"proeve.yml": VALID}))
    assert checklist.title == Translated(da="Prøveliste", en="Test list")
    assert checklist.audience == "begge"
    assert checklist.items[0] == ChecklistItem(
        id="foerste", text=Translated("Første punkt", "First item"),
        help=Translated("Dansk hjælp", "English help"), link="virksomheder/kompensation.md")
    assert checklist.items[1].help is None and checklist.items[1].link is None
    assert checklist.sources[0].date == "2024-03-15"


def test_agreement_checklist_is_derived_from_the_agreement_template(shipped):
    checklist = next(checklist for checklist in shipped if checklist.id == "mentoraftale-komplet")
    agreement = load_agreement(ROOT)
    assert [item.id for item in checklist.items] == [section.id for section in agreement.sections] + ["digital-post"]
    assert checklist.see_also == "mentoraftale.md"
    for item, section in zip(checklist.items, agreement.sections):
        assert section.title.da in item.text.da and section.title.en in item.text.en
        required = [field for field in section.fields if field.legal_source]
        assert (item.help is not None) == bool(required)
        for field in required:
            assert field.label.da in item.help.da and field.label.en in item.help.en
    every_required = {requirement.field_id for requirement in legally_required_fields(agreement)}
    covered = {field.id for section in agreement.sections for field in section.fields if field.legal_source}
    assert every_required == covered and every_required


# --- Danish messages naming file, checklist, item and key -----------------------------


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
        "    tekst:\n    hjaelp:", "    tekst: 5\n    hjaelp:")
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
    assert messages[0].startswith(f"data/tjeklister/proeve.yml, linje {line_of(VALID, 'maalgruppe')}: filen kan ikke læses som YAML")


def test_every_file_is_checked_before_the_build_stops(tmp_path):
    messages = errors(tmp_path, {"a.yml": VALID.replace("maalgruppe: begge", "maalgruppe: x"),
                                 "b.yml": VALID.replace("id: proeve", "id: anden").replace("  en: Test list\n", "")})
    assert any("a.yml" in message for message in messages) and any("b.yml" in message for message in messages)


def test_unknown_link_target_suggests_the_right_page(tmp_path):
    checklists = load_checklists(make_root(tmp_path, {"proeve.yml": VALID.replace(
        "virksomheder/kompensation.md", "virksomheder/kompenstion.md")}))
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


# --- Items from a provider ------------------------------------------------------------


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
        "'punkter_fra: aftalen' gav ingen punkter. Tjek den datafil, punkterne hentes fra.")


# --- Model → HTML ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_item_is_a_labelled_checkbox_in_the_right_language(shipped, environment, lang):
    other = "en" if lang == "da" else "da"
    for checklist in shipped:
        html = render_checklist(checklist, lang, environment, links_to())
        parsed = parse_checkboxes(html)
        assert len(parsed.boxes) == len(checklist.items)
        assert [box["id"] for box in parsed.boxes] == [f"tjekliste-{checklist.id}-{item.id}" for item in checklist.items]
        assert [parsed.labels[box["id"]] for box in parsed.boxes] == [
            str(item.text[lang]).replace("'", "'") for item in checklist.items]
        assert len(parsed.ids) == len(set(parsed.ids)), "ids must be unique"
        assert checklist.title[lang] in html.replace("&#39;", "'")
        assert checklist.intro[other] not in html
        for item in checklist.items:
            if item.text[other] != item.text[lang]:
                assert item.text[other] not in html.replace("&#39;", "'")


def test_checkboxes_keep_nothing(shipped, environment):
    html = render_checklist(shipped[0], "da", environment, links_to())
    assert "checked" not in html and "<form" not in html and "name=" not in html


def test_item_links_use_the_resolver_and_the_target_title(tmp_path, environment):
    (checklist,) = load_checklists(make_root(tmp_path, {"proeve.yml": VALID}))
    html = render_checklist(checklist, "da", environment, links_to("../../"))
    assert '<a class="mg-checklist__more" href="../../virksomheder/kompensation/">Læs mere: Titel på virksomheder/kompensation.md</a>' in html
    assert 'aria-describedby="tjekliste-proeve-foerste-hjaelp"' in html
    assert "tjekliste-proeve-andet-hjaelp" not in html
    english = render_checklist(checklist, "en", environment, links_to())
    assert "Read more: " in english and "English help" in english and "Dansk hjælp" not in english


def test_text_from_data_is_escaped(tmp_path, environment):
    text = VALID.replace("da: Første punkt", "da: '<script>alert(1)</script> & {!hemmelig.md!}'").replace(
        "da: Prøveliste", "da: '<b>Fed</b>'")
    (checklist,) = load_checklists(make_root(tmp_path, {"proeve.yml": text}))
    html = render_checklist(checklist, "da", environment, links_to())
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#123;!hemmelig.md!&#125;" in html
    markdown = checklist_markdown(checklist, "da", environment, links_to())
    assert "<b>" not in markdown and "<script>" not in markdown
    front_matter = yaml.safe_load(markdown.split("---\n")[1])
    assert front_matter["title"] == "&lt;b&gt;Fed&lt;/b&gt;"


def test_checklist_page_front_matter_carries_sources_and_review_date(shipped, environment):
    checklist = next(checklist for checklist in shipped if checklist.id == "bevilling")
    markdown = checklist_markdown(checklist, "da", environment, links_to())
    front_matter = yaml.safe_load(markdown.split("---\n")[1])
    assert front_matter["title"] == "Skal vi bevilge mentortilskud?"
    assert front_matter["description"] == checklist.purpose.da
    assert front_matter["senest_gennemgaaet"] == datetime.date(2026, 11, 22)
    assert front_matter["kilder"][0] == {
        "titel": "Lov om en aktiv beskæftigelsesindsats, kapitel 26 (mentorstøtte), §§ 167–171",
        "udgiver": "Beskæftigelsesministeriet", "dato": datetime.date(2024, 3, 15),
        "url": "https://elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/kapitel/26"}
    assert 'data-mg-print' in markdown and ">Udskriv</button>" in markdown
    assert "Kilder" not in markdown.split("---\n", 2)[2], "sources are shown by the site's common sources section"


def test_index_lists_every_checklist_with_audience_and_purpose(shipped, environment):
    danish = index_markdown(shipped, "da", environment)
    english = index_markdown(shipped, "en", environment)
    for checklist in shipped:
        assert f'href="{checklist.id}/">{checklist.title.da}</a>' in danish.replace("&#39;", "'")
        assert checklist.purpose.da in danish and checklist.purpose.en in english
    assert danish.count("Til: Jobcentre og konsulenter") == sum(c.audience == "konsulent" for c in shipped)
    assert english.count("For: Companies, job centres and consultants") == sum(c.audience == "begge" for c in shipped)
    assert 'href="alle/"' in danish


def test_print_all_page_holds_every_checklist(shipped, environment):
    markdown = all_markdown(shipped, "en", environment, links_to())
    assert markdown.count('type="checkbox"') == sum(len(checklist.items) for checklist in shipped)
    assert markdown.count('<h2 class="mg-checklist__title"') == len(shipped)
    assert ">Print</button>" in markdown
    assert "mg-print-header" not in markdown


def test_print_all_page_repeats_the_print_header_on_every_further_sheet(shipped, environment):
    profile = replace(load_profile(ROOT), municipality="<Ny> Kommune")
    markdown = all_markdown(shipped, "da", environment, links_to(), profile)
    # The theme adds the first sheet's header; the page adds one before each further checklist.
    assert markdown.count('<div class="mg-print-header" aria-hidden="true">') == len(shipped) - 1
    assert markdown.count("<strong>&lt;Ny&gt; Kommune</strong>") == len(shipped) - 1
    assert "Udskrevet" in markdown and "Printed" not in markdown


def test_generated_pages_come_in_every_language(shipped):
    seen = []
    pages = checklist_pages(shipped, ("da", "en"), ROOT, lambda page: seen.append(page) or links_to())
    assert [page.src_uri for page in pages] == generated_page_uris(shipped)
    assert pages[0].src_uri == INDEX_PAGE and pages[-1].src_uri == ALL_PAGE
    assert all(list(page.markdown_by_language) == ["da", "en"] for page in pages)
    assert seen == [f"tjeklister/{checklist.id}.md" for checklist in shipped] + [ALL_PAGE]
    assert pages[1].source_file == "data/tjeklister/bevilling.yml"
    assert (ROOT / pages[0].source_file).is_file()


def test_reserved_page_names_cannot_be_checklist_ids(tmp_path):
    for reserved in ("alle", "index"):
        messages = errors(tmp_path / reserved, {"x.yml": VALID.replace("id: proeve", f"id: {reserved}")})
        assert f"'{reserved}' er optaget" in messages[0]


# --- Markers --------------------------------------------------------------------------


def context(**overrides) -> MarkerContext:
    values = {"page_name": "docs/virksomheder/mentoraftalen.md", "language": "da", "links": links_to()}
    return MarkerContext(**{**values, **overrides})


def test_marker_regex_reads_name_and_value():
    match = MARKER.search("før\n<!--   tjekliste:   for-praktikstart  -->\nefter")
    assert (match.group("name"), match.group("value")) == ("tjekliste", "for-praktikstart")
    assert MARKER.search("<!-- bare en kommentar -->") is None
    assert MARKER.search("<!-- Husk at opdatere: dato -->") is None


def test_registry_expands_markers_and_leaves_other_text_alone():
    registry = MarkerRegistry()
    registry.register("kommune", lambda value, ctx: f"[{value}/{ctx.language}]")
    text = "A <!-- kommune: navn --> B <!-- en kommentar --> C"
    assert registry.expand(text, context(language="en")) == "A [navn/en] B <!-- en kommentar --> C"


def test_markers_in_fenced_code_are_shown_not_expanded():
    registry = MarkerRegistry()
    registry.register("kommune", lambda value, ctx: "X")
    text = "```\n<!-- kommune: a -->\n```\n\n<!-- kommune: b -->\n~~~~\n<!-- ukendt: c -->\n~~~~\n"
    assert registry.expand(text, context()) == "```\n<!-- kommune: a -->\n```\n\nX\n~~~~\n<!-- ukendt: c -->\n~~~~\n"


def test_unknown_marker_name_names_the_page_and_line():
    registry = MarkerRegistry()
    registry.register("tjekliste", lambda value, ctx: "")
    with pytest.raises(DataError) as caught:
        registry.expand("Tekst\n\n<!-- tjeklste: for-praktikstart -->\n", context())
    assert caught.value.messages == [
        "docs/virksomheder/mentoraftalen.md, linje 3: ukendt markør 'tjeklste' i <!-- tjeklste: … -->. "
        "Mente du 'tjekliste'? En almindelig kommentar må ikke have kolon efter det første ord."
    ]


def test_checklist_marker_embeds_the_checklist(shipped, environment):
    registry = MarkerRegistry()
    registry.register("tjekliste", checklist_marker_handler(shipped, environment))
    checklist = next(checklist for checklist in shipped if checklist.id == "for-praktikstart")
    markdown = registry.expand("# Side\n\n<!-- tjekliste: for-praktikstart -->\n\nMere tekst.\n", context(language="en"))
    assert markdown.startswith("# Side\n\n")
    assert markdown.endswith("\n\nMere tekst.\n")
    assert markdown.count('type="checkbox"') == len(checklist.items)
    assert f'<h2 class="mg-checklist__title" id="tjekliste-for-praktikstart-titel">{checklist.title.en}</h2>' in markdown
    assert checklist.items[0].text.en in markdown


def test_the_same_checklist_twice_on_a_page_gets_unique_ids(shipped, environment):
    registry = MarkerRegistry()
    registry.register("tjekliste", checklist_marker_handler(shipped, environment))
    markdown = registry.expand("<!-- tjekliste: synlighed -->\n\n<!-- tjekliste: synlighed -->\n", context())
    ids = re.findall(r' id="([^"]+)"', markdown)
    assert len(ids) == len(set(ids))
    assert 'id="tjekliste-synlighed-2"' in markdown


def test_unknown_checklist_id_names_the_page_and_the_id(shipped, environment):
    registry = MarkerRegistry()
    registry.register("tjekliste", checklist_marker_handler(shipped, environment))
    with pytest.raises(DataError) as caught:
        registry.expand("<!-- tjekliste: findes-ikke -->\n<!-- tjekliste: heller-ikke -->\n", context())
    messages = caught.value.messages
    assert len(messages) == 2
    assert messages[0].startswith("docs/virksomheder/mentoraftalen.md, linje 1: markøren <!-- tjekliste: findes-ikke --> "
                                  "henviser til en tjekliste, der ikke findes.")
    assert "for-praktikstart" in messages[0] and "heller-ikke" in messages[1]


# --- The menu -------------------------------------------------------------------------


def test_nav_entry_becomes_a_section_once():
    config = SimpleNamespace(nav=[{"Forside": "index.md"}, {"Tjeklister": "tjeklister/index.md"}])
    pages = ["tjeklister/a.md", "tjeklister/alle.md"]
    assert add_pages_to_nav_section(config, "tjeklister/index.md", pages)
    assert add_pages_to_nav_section(config, "tjeklister/index.md", pages)
    assert config.nav[1] == {"Tjeklister": ["tjeklister/index.md", "tjeklister/a.md", "tjeklister/alle.md"]}


def test_nav_section_written_by_hand_keeps_its_titles():
    config = SimpleNamespace(nav=[{"Tjeklister": [{"Oversigt": "tjeklister/index.md"}, "tjeklister/a.md"]}])
    assert add_pages_to_nav_section(config, "tjeklister/index.md", ["tjeklister/a.md", "tjeklister/b.md"])
    assert config.nav[0] == {"Tjeklister": [{"Oversigt": "tjeklister/index.md"}, "tjeklister/a.md", "tjeklister/b.md"]}
    assert not add_pages_to_nav_section(SimpleNamespace(nav=[{"Forside": "index.md"}]), "tjeklister/index.md", [])
