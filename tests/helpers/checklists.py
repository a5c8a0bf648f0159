"""A small checklist project for the checklist unit tests: one valid checklist file and a root holding it."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers.builds import ROOT
from mentorguiden.checklists.model import CHECKLIST_SCHEMA
from mentorguiden.core.pages import PageLink

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


def links_to(href_prefix: str = "../"):
    """Guidance-page links as a checklist page would get them: ``virksomheder/x.md`` → ``../virksomheder/x/``."""
    return lambda src_uri: PageLink(href_prefix + src_uri.removesuffix(".md") + "/", f"Titel på {src_uri}")
