"""For the checklist unit tests: one valid checklist file, a root holding it, page links, and the shared fixtures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers.builds import ROOT
from mentorguiden.checklists.model import CHECKLIST_SCHEMA, load_checklists
from mentorguiden.checklists.pages import checklist_environment
from mentorguiden.core.pages import PageLink
from mentorguiden.site import item_providers

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


@pytest.fixture(scope="module")
def environment():
    return checklist_environment(ROOT)


@pytest.fixture(scope="module")
def shipped():
    return load_checklists(ROOT, item_providers())
