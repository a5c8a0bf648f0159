"""Builds for the rule-register tests: a strict in-process build as if it were a given day."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from mentorguiden.rules import TODAY_VARIABLE


def in_process_build(project: Path, site: Path, day: str) -> Path:
    """A strict build of ``project`` into ``site`` as if it were ``day``, without the PDF."""
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith("MENTORGUIDEN_"):
                patch.delenv(name)
        patch.setenv("MENTORGUIDEN_SKIP_PDF", "1")
        patch.setenv("NO_MKDOCS_2_WARNING", "1")
        patch.setenv(TODAY_VARIABLE, day)
        patch.chdir(project)
        build(load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site)))
    return site


def add_top_level_key(path: Path, line: str) -> None:
    """Set a top-level key of a YAML data file: ``line`` replaces the key's line if the file has it, else is appended."""
    key = line.split(":", 1)[0]
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(key)}:.*(?:\n[ -].*)*", re.MULTILINE)
    if pattern.search(text):
        text = pattern.sub(lambda _: line, text, count=1)
    else:
        text = text.rstrip("\n") + "\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
