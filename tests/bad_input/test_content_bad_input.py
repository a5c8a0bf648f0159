"""Editors' mistakes in pages, snippets, markers, the glossary, the checklists, the agreement and the search settings.

Each row breaks a copy of the project (conftest.project) the way an editor
might and builds it in this process with ``--strict``: the build must fail
without a traceback, with a Danish message naming the file, the line or key,
and what to do. The messages themselves are unit-tested in tests/unit/;
these rows prove that each feature's hook turns them into a failed build.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import MappingProxyType

import pytest
from helpers.builds import Edit, apply_edits, build_fails, copy_project, expected_lines, line_of, replace_in

from mentorguiden.core import ui_strings
from mentorguiden.tools.build import explain_build_output

TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()
CHECKLIST = "data/tjeklister/for-praktikstart.yml"
AGREEMENT = "data/blanketter/mentoraftale.yml"
COMPENSATION = "data/blanketter/kompensationsaftale.yml"
TIMESHEET = "data/blanketter/timeseddel.yml"


def regex(path: str, pattern: str, replacement: str) -> callable:
    def edit(project: Path) -> None:
        file = project / path
        text, count = re.subn(pattern, replacement, file.read_text(encoding="utf-8"), count=1)
        assert count == 1, f"{pattern!r} not in {path}"
        file.write_text(text, encoding="utf-8")

    return edit


def remove_sources(path: str) -> callable:
    def edit(project: Path) -> None:
        file = project / path
        header, body = file.read_text(encoding="utf-8").split("---\n", 2)[1:]
        file.write_text(f"---\n{header.split('kilder:')[0]}---\n{body}", encoding="utf-8")

    return edit


def write(path: str, text_from: str | None = None, text: str = "") -> callable:
    def edit(project: Path) -> None:
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        content = (project / text_from).read_text(encoding="utf-8") if text_from else text
        (project / path).write_text(content, encoding="utf-8")

    return edit


def empty_item_list(path: str) -> callable:
    def edit(project: Path) -> None:
        file = project / path
        text = file.read_text(encoding="utf-8")
        file.write_text(text[: text.index("punkter:")] + "punkter: []\n\n" + text[text.index("kilder:") :], encoding="utf-8")

    return edit


def remove_agreement_field(field_id: str) -> callable:
    def edit(project: Path) -> None:
        file = project / AGREEMENT
        pattern = re.compile(
            rf"^      - id: {re.escape(field_id)}\n(?:        .*\n|\n)*?(?=^      - id:|^  - id:|\Z)", re.MULTILINE
        )
        text, count = pattern.subn("", file.read_text(encoding="utf-8"))
        assert count == 1, field_id
        file.write_text(text, encoding="utf-8")

    return edit


# (edits, expected substrings, {name: (file, start of the line)} for "{name}" in the expectations)
CASES = [
    # mkdocs.yml: MkDocs would keep the last of a key written twice
    pytest.param(
        [Edit("mkdocs.yml", None, "\nsite_name: Igen\n")],
        ["mkdocs.yml, linje {again}: nøglen 'site_name' står to gange (første gang i linje {first}). Slet den ene."],
        {"again": ("mkdocs.yml", "site_name: Igen"), "first": ("mkdocs.yml", "site_name:")},
        id="mkdocs-yml-key-written-twice",
    ),
    # Snippets and generated pages
    pytest.param(
        [Edit("docs/om-siden.md", "{!digital-post.da.md!}", "{!digital-post.md!}")],
        ["docs/om-siden.md", "includes/digital-post.md", "findes ikke"],
        {},
        id="missing-include",
    ),
    pytest.param(
        [write("docs/kontakt.md", text="# Kontakt\n")],
        ["docs/kontakt.md findes, men den side laves automatisk ud fra data/profil.yml"],
        {},
        id="hand-written-contact-page",
    ),
    pytest.param(
        [write("docs/mentoraftale.md", text="# Mentoraftale\n")],
        ["docs/mentoraftale.md findes, men den side laves automatisk ud fra data/blanketter/mentoraftale.yml"],
        {},
        id="hand-written-agreement-page",
    ),
    pytest.param(
        [write("docs/tjeklister/index.md", text="# Tjeklister\n")],
        ["docs/tjeklister/index.md findes, men den side laves automatisk ud fra data/tjeklister/"],
        {},
        id="hand-written-checklist-index",
    ),
    # Front matter
    pytest.param(
        [remove_sources("docs/viden/effekt.md")],
        ["docs/viden/effekt.md", "nøglen 'kilder' mangler"],
        {},
        id="page-without-sources",
    ),
    pytest.param(
        [
            remove_sources("docs/viden/effekt.en.md"),
            Edit("docs/viden/effekt.en.md", "senest_gennemgaaet:", "kilder: []\nsenest_gennemgaaet:"),
        ],
        ["docs/viden/effekt.en.md, linje {sources}: 'kilder' skal have mindst 1"],
        {"sources": ("docs/viden/effekt.en.md", "kilder:")},
        id="empty-list-of-sources",
    ),
    pytest.param(
        [regex("docs/konsulenter/bevilling.md", r"senest_gennemgaaet: \S+", f"senest_gennemgaaet: {TOMORROW}")],
        [f"docs/konsulenter/bevilling.md, linje {{reviewed}}: 'senest_gennemgaaet' er {TOMORROW}", "efter i dag"],
        {"reviewed": ("docs/konsulenter/bevilling.md", "senest_gennemgaaet:")},
        id="review-date-in-the-future",
    ),
    pytest.param(
        [regex("docs/om-siden.md", r"senest_gennemgaaet: \S+", "senest_gennemgaaet: 2026-02-30")],
        ["docs/om-siden.md, linje {reviewed}", "'senest_gennemgaaet' er 2026-02-30, som ikke er en rigtig dato"],
        {"reviewed": ("docs/om-siden.md", "senest_gennemgaaet:")},
        id="review-date-that-does-not-exist",
    ),
    pytest.param(
        [regex("docs/viden/regler.md", r"(\n    dato: )\S+", rf"\g<1>{TOMORROW}")],
        ["docs/viden/regler.md, linje {date}: 'kilder[1].dato'"],
        {"date": ("docs/viden/regler.md", "dato:")},
        id="source-dated-in-the-future",
    ),
    pytest.param(
        [Edit("docs/virksomheder/kompensation.md", "senest_gennemgaaet:", "senest_gennemgået:")],
        ["docs/virksomheder/kompensation.md, linje {key}: ukendt nøgle 'senest_gennemgået'", "Mente du 'senest_gennemgaaet'?"],
        {"key": ("docs/virksomheder/kompensation.md", "senest_gennemgået:")},
        id="misspelt-key",
    ),
    pytest.param(
        [Edit("docs/index.en.md", "udgiver:", "udgivet:")],
        ["docs/index.en.md, linje {key}: ukendt nøgle 'kilder[1].udgivet'", "Mente du 'udgiver'?"],
        {"key": ("docs/index.en.md", "udgivet:")},
        id="misspelt-key-in-a-source",
    ),
    pytest.param(
        [Edit("docs/index.md", "url: https://", "url: elov.dk/")],
        ["docs/index.md, linje {url}: 'kilder[1].url' har ikke den rigtige form"],
        {"url": ("docs/index.md", "url:")},
        id="source-address-not-a-web-address",
    ),
    pytest.param(
        [write("docs/viden/nyt.en.md", text_from="docs/viden/effekt.en.md")],
        ["docs/viden/nyt.en.md: den danske udgave docs/viden/nyt.md mangler"],
        {},
        id="english-page-without-danish-counterpart",
    ),
    pytest.param(
        [Edit("docs/om-siden.md", None, "\n## Kilder\n\nEn kilde.\n")],
        ["docs/om-siden.md", "#kilder", "front matter"],
        {},
        id="hand-written-sources-heading",
    ),
    # The glossary
    pytest.param(
        [Edit("data/ordliste.yml", "      definition:", "      definiton:")],
        ["data/ordliste.yml, linje {key}: ukendt nøgle 'termer[mentorstoette].da.definiton'", "Mente du 'definition'?"],
        {"key": ("data/ordliste.yml", "definiton:")},
        id="glossary-misspelt-key",
    ),
    pytest.param(
        [Edit("data/ordliste.yml", "former: [jobparate]", "former: [jobparate, aktivitetsparate]")],
        ["data/ordliste.yml", "'aktivitetsparate'", "står både ved"],
        {},
        id="glossary-form-of-two-terms",
    ),
    pytest.param(
        [regex("data/ordliste.yml", r"\n    status_pr: \S+", "\n    status_pr: 2099-01-01")],
        ["data/ordliste.yml", "status_pr' er 2099-01-01"],
        {},
        id="glossary-status-after-its-review-date",
    ),
    # Markers
    pytest.param(
        [Edit("docs/om-siden.md", None, "\n<!-- profil: maaneder-pr-bevilin -->\n")],
        [
            "docs/om-siden.md, linje",
            "ukendt nøgle 'maaneder-pr-bevilin' i <!-- profil: maaneder-pr-bevilin -->",
            "Mente du 'maaneder-pr-bevilling'?",
        ],
        {},
        id="unknown-profile-marker-key",
    ),
    pytest.param(
        [Edit("docs/virksomheder/mentoraftalen.en.md", None, "\n<!-- tjekliste: findes-ikke -->\n")],
        [
            "docs/virksomheder/mentoraftalen.en.md, linje",
            "<!-- tjekliste: findes-ikke --> henviser til en tjekliste, der ikke findes",
        ],
        {},
        id="marker-with-an-unknown-checklist",
    ),
    pytest.param(
        [Edit("docs/om-siden.md", None, "\n<!-- tjekliste2: synlighed -->\n")],
        ["docs/om-siden.md, linje", "ukendt markør 'tjekliste2'"],
        {},
        id="unknown-marker-name",
    ),
    # Checklists
    pytest.param(
        [Edit(CHECKLIST, "      en: There is a stand-in for when the mentor is ill or off work.\n", "")],
        [f"{CHECKLIST}, linje", "(tjekliste 'for-praktikstart'): nøglen 'punkter[stedfortraeder].tekst.en' mangler. Tilføj den."],
        {},
        id="checklist-missing-translation",
    ),
    pytest.param(
        [write("data/tjeklister/kopi.yml", text_from=CHECKLIST)],
        [
            "data/tjeklister/kopi.yml (tjekliste 'for-praktikstart'): nøglen 'id' er 'for-praktikstart', "
            f"men det id har {CHECKLIST} allerede."
        ],
        {},
        id="checklist-duplicate-id",
    ),
    pytest.param(
        [Edit(CHECKLIST, "- id: stedfortraeder", "- id: mentor-udpeget")],
        ["(tjekliste 'for-praktikstart'): punktet 'punkter[mentor-udpeget]' har samme id"],
        {},
        id="checklist-duplicate-item-id",
    ),
    pytest.param(
        [Edit(CHECKLIST, "  - id: stedfortraeder\n    tekst:", "  - id: stedfortraeder\n    tekts:")],
        ["(tjekliste 'for-praktikstart'): ukendt nøgle 'punkter[stedfortraeder].tekts'. Mente du 'tekst'?"],
        {},
        id="checklist-unknown-key",
    ),
    pytest.param(
        [empty_item_list("data/tjeklister/synlighed.yml")],
        ["data/tjeklister/synlighed.yml, linje", "(tjekliste 'synlighed'): 'punkter' skal have mindst 1 punkt(er)."],
        {},
        id="checklist-empty-items",
    ),
    pytest.param(
        [Edit(CHECKLIST, "raekkefoelge: 2", "raekkefoelge: to")],
        ["(tjekliste 'for-praktikstart'): 'raekkefoelge' skal være et helt tal, men er en tekst."],
        {},
        id="checklist-value-of-the-wrong-type",
    ),
    pytest.param(
        [Edit(CHECKLIST, "link: virksomheder/mentoraftalen.md", "link: virksomheder/mentoraftale.md")],
        [
            "(tjekliste 'for-praktikstart'): 'punkter[aftale-underskrevet].link' peger på "
            "'virksomheder/mentoraftale.md', men den side findes ikke. Mente du 'virksomheder/mentoraftalen.md'?"
        ],
        {},
        id="checklist-link-to-a-missing-page",
    ),
    # The agreement
    pytest.param(
        [remove_agreement_field("opgaver")],
        [f"{AGREEMENT}: feltet 'opgaver' mangler. Loven kræver"],
        {},
        id="agreement-required-field-removed",
    ),
    pytest.param(
        [Edit(AGREEMENT, "          en: Start date\n", "")],
        [f"{AGREEMENT}, linje", "'sektioner[varighed].felter[startdato].etiket.en' mangler"],
        {},
        id="agreement-missing-translation",
    ),
    pytest.param(
        [Edit(AGREEMENT, "      - id: moeder\n        type: skrivelinjer", "      - id: moeder\n        type: langtekst")],
        [f"{AGREEMENT}, linje", "'sektioner[aktiviteter].felter[moeder].type' skal være en af"],
        {},
        id="agreement-unknown-field-kind",
    ),
    # The forms of issue 15: a form longer than its sheets, a CPR-like field, a missing translation
    pytest.param(
        [Edit(AGREEMENT, "hoejst_ark: 3", "hoejst_ark: 1")],
        [
            f"{AGREEMENT}, linje {{line}}: 'hoejst_ark': blanketten 'mentoraftale' som DOCX (mentoraftale/mentoraftale.docx) fylder efter et skøn"
        ],
        {"line": (AGREEMENT, "hoejst_ark: 1")},
        id="form-over-its-sheet-limit",
    ),
    pytest.param(
        [Edit(TIMESHEET, "      - id: borger-navn\n", "      - id: borger-cpr\n")],
        [f"{TIMESHEET}, linje {{line}}: feltet 'sektioner[forloeb].felter[borger-cpr]' nævner CPR-nummer"],
        {"line": (TIMESHEET, "- id: borger-cpr")},
        id="form-cpr-like-field-id",
    ),
    pytest.param(
        [Edit(COMPENSATION, "          en: Maximum hours per week\n", "")],
        [f"{COMPENSATION}, linje", "'sektioner[periode].felter[timer-pr-uge].etiket.en' mangler"],
        {},
        id="form-missing-translation",
    ),
    # Search: a synonym group that matches no word of the site (found in the last step of the build)
    pytest.param(
        [Edit("data/soegning.yml", "    - [praktik, virksomhedspraktik]", "    - [praktk, virksomhedspraktk]")],
        ["data/soegning.yml", "praktk"],
        {},
        id="search-synonym-group-with-a-typo",
    ),
]


@pytest.mark.parametrize("edits, expected, lines", CASES)
def test_mistake_stops_the_build_with_a_danish_message(project, edits, expected, lines):
    apply_edits(project, *edits)
    output = build_fails(project)
    for message in expected_lines(project, tuple(expected), lines):
        assert message in output


@pytest.mark.parametrize("path", ["docs/virksomheder/kompensation.md", CHECKLIST])
def test_a_file_saved_in_windows_1252_is_named_with_its_line_not_a_traceback(project, path):
    """Notepad or Word may save "ø" as one byte that UTF-8 cannot read: the build names the file and the line."""
    text = (project / path).read_text(encoding="utf-8")
    line = next(number for number, content in enumerate(text.splitlines(), start=1) if not content.isascii())
    (project / path).write_bytes(text.encode("cp1252"))
    output = build_fails(project)
    assert f"{path}, linje {line}: filen er ikke gemt som UTF-8, så tegnet efter »" in output
    assert "Gem filen igen med tegnsættet UTF-8" in output


# --- Broken links: MkDocs warns, strict mode fails the build at its end -----------------
# One build with three broken links: strict mode reports every warning before it stops.

BROKEN_LINKS = {
    "link-in-a-danish-page": (
        Edit("docs/om-siden.md", None, "\nSe også [den gamle side](findes-ikke.md).\n"),
        ("om-siden.md", "findes-ikke.md"),
    ),
    "link-in-an-english-page": (Edit("docs/index.en.md", None, "\n[Gone](gone.md)\n"), ("index.en.md", "gone.md")),
    "anchor": (Edit("docs/index.md", "(om-siden.md)", "(om-siden.md#findes-ikke)"), ("index.md", "findes-ikke")),
}


@pytest.fixture(scope="module")
def broken_links(tmp_path_factory) -> tuple[Path, str]:
    """The broken copy and the output of its failed build."""
    project = copy_project(tmp_path_factory.mktemp("broken-links") / "project")
    apply_edits(project, *(edit for edit, _ in BROKEN_LINKS.values()))
    return project, build_fails(project)


@pytest.mark.xdist_group("broken_links")
@pytest.mark.parametrize("case", BROKEN_LINKS)
def test_broken_link_stops_the_strict_build_naming_page_and_target(broken_links, case):
    _, output = broken_links
    _, (page, target) = BROKEN_LINKS[case]
    line = next(line for line in output.splitlines() if f"'{page}'" in line and target in line)
    assert line.startswith("WARNING"), line


@pytest.mark.xdist_group("broken_links")
def test_make_build_explains_a_broken_link_in_danish_with_file_and_line(broken_links):
    """What `make build` (mentorguiden.tools.build) prints instead of MkDocs' English warning, from this build's log."""
    project, output = broken_links
    messages = explain_build_output(output, project)
    line = line_of(project / "docs" / "om-siden.md", "Se også [den gamle side](findes-ikke.md).")
    assert (
        f"docs/om-siden.md, linje {line}: linket 'findes-ikke.md' peger på en side eller fil, der ikke findes. "
        "Ret stien (den er relativ til siden), eller opret siden."
    ) in messages
    anchor = line_of(project / "docs" / "index.md", "[Om siden](om-siden.md#findes-ikke)")
    assert any(
        message.startswith(f"docs/index.md, linje {anchor}: linket 'om-siden.md#findes-ikke' peger på et afsnit, der ikke findes")
        for message in messages
    ), messages
    assert not [message for message in messages if "Doc file" in message], messages


# --- An interface text with a placeholder the code does not fill --------------------------
# Both languages get the placeholder, so the table check at the start passes; the text
# fails where it is used: in a theme partial only (the footer's "about_site"), which the theme
# renders outside any hook, and in a generated page (the contact page's "contact_intro").


@pytest.mark.parametrize("key", ["about_site", "contact_intro"])
def test_an_interface_text_with_an_unknown_placeholder_stops_the_build_naming_the_entry(project, monkeypatch, key):
    for language, text in ui_strings.UI_STRINGS[key].items():
        monkeypatch.setitem(ui_strings._TABLE[key], language, f"{text} {{nummer}}")
    output = build_fails(project)
    assert (
        f"mentorguiden/core/ui_strings.py: teksten '{key}' (da) har pladsholderen {{nummer}}, som koden ikke udfylder. "
        "Brug de pladsholdere, teksten havde før, i alle sprog."
    ) in output


@pytest.mark.parametrize("key", ["about_site", "contact_intro"])
def test_a_renamed_interface_text_stops_the_build_naming_the_old_name(project, monkeypatch, key):
    renamed = {("om_siden" if name == key else name): texts for name, texts in ui_strings.UI_STRINGS.items()}
    monkeypatch.setattr(ui_strings, "UI_STRINGS", MappingProxyType(renamed))
    output = build_fails(project)
    assert f"mentorguiden/core/ui_strings.py: siden bruger teksten '{key}', men den står ikke i tabellen." in output


def test_make_build_explains_a_menu_entry_without_its_page_and_a_page_without_a_menu_entry(project):
    """A typo in a menu entry: MkDocs' English warnings (for each language) become two Danish messages."""
    menu_line = line_of(project / "mkdocs.yml", "- Kompensation")
    replace_in(project / "mkdocs.yml", "virksomheder/kompensation.md", "virksomheder/kompensasjon.md")
    messages = explain_build_output(build_fails(project), project)
    assert messages == [
        f"mkdocs.yml, linje {menu_line}: menuen (nav) nævner 'virksomheder/kompensasjon.md', men den side findes ikke i "
        "docs/. Ret stien (den er relativ til docs/), eller opret siden.",
        "docs/virksomheder/kompensation.md findes, men står ikke i menuen (nav) i mkdocs.yml. Tilføj siden i nav, "
        "eller slet filen, hvis den ikke skal bruges.",
    ], "one message each, and none for the English page: the menu lists the Danish one"
