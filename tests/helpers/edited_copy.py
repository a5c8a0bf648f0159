"""The copy of the project with an editor's everyday changes that must build (``edited_site`` in conftest).

In it an editor has:

- deleted an English page (viden/effekt.en.md): English readers get the Danish text with a notice;
- put markup in a source's publisher and in a checklist item: it comes out as text;
- added a note admonition to a Danish and an English page: its title follows the page language;
- embedded a checklist in a guidance page with <!-- tjekliste: ... --> in both languages;
- added a checklist with 15 items with help texts (the most one printed sheet holds).

Tests: tests/site/test_edited_copy.py and tests/browser/test_checklists_print.py.
"""

from __future__ import annotations

from pathlib import Path

from .builds import ROOT, Edit, apply_edits, build_succeeds, copy_project

GUIDANCE = "virksomheder/uddannelse-og-netvaerk"
FIFTEEN = "femten"


def fifteen_items() -> str:
    """A checklist with the most items one sheet holds (15), each with a two-line help text."""
    text = (ROOT / "data" / "tjeklister" / "opfoelgning.yml").read_text(encoding="utf-8")
    head, tail = text[: text.index("punkter:")], text[text.index("kilder:") :]
    items = "".join(
        f"""  - id: punkt-{number}
    tekst:
      da: Punkt {number} er en lang sætning på dansk, der fylder næsten to linjer på et ark, når den bliver udskrevet.
      en: Item {number} is a long sentence in English that takes up almost two lines on a sheet when it is printed.
    hjaelp:
      da: En forklaring på en linje eller to, som hjælper den, der skal sætte kryds, med at forstå punktet.
      en: An explanation of a line or two that helps whoever ticks the box understand the item.
    link: konsulenter/opfoelgning.md
"""
        for number in range(1, 16)
    )
    return head.replace("id: opfoelgning", f"id: {FIFTEEN}") + "punkter:\n" + items + "\n" + tail


def delete_english_effect_page(project: Path) -> None:
    (project / "docs" / "viden" / "effekt.en.md").unlink()


def add_fifteen_item_checklist(project: Path) -> None:
    (project / "data" / "tjeklister" / f"{FIFTEEN}.yml").write_text(fifteen_items(), encoding="utf-8")


EDITS = [
    delete_english_effect_page,
    Edit("docs/om-siden.md", "udgiver: Digitaliseringsstyrelsen", 'udgiver: "<b>Fed</b> & styrelse"'),
    Edit("docs/om-siden.md", None, "\n!!! note\n    Dansk bemærkning.\n"),
    Edit("docs/om-siden.en.md", None, "\n!!! note\n    An English note.\n"),
    Edit(f"docs/{GUIDANCE}.md", None, "\n<!-- tjekliste: mentoraftale-komplet -->\n\nSlut.\n"),
    Edit(f"docs/{GUIDANCE}.en.md", None, "\n<!-- tjekliste: mentoraftale-komplet -->\n\nSlut.\n"),
    Edit(
        "data/tjeklister/for-praktikstart.yml",
        "da: Der er en stedfortræder, når mentoren er syg eller har fri.",
        "da: \"<script>alert('x')</script> Stedfortræder\"",
    ),
    add_fifteen_item_checklist,
]


def build_edited_copy(folder: Path) -> Path:
    """Copy the project into ``folder``, make the edits, build it (strict, in-process, no PDF)."""
    project = copy_project(folder / "project")
    apply_edits(project, *EDITS)
    return build_succeeds(project)
