"""What every benchmark here shares: one timed, strict build into a throwaway folder, and project copies.

The build runs in this process, the way `mkdocs build` runs it (startup and
shutdown events included), with the build options given as a parameter
(``mentorguiden.site.BuildOptions``), so nothing needs patching. Nothing here
imports from tests/, so ``make bench`` runs on a fresh clone without pytest.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from mentorguiden.core.templates import share_compiled_templates
from mentorguiden.forms.outputs import CACHE_FOLDER
from mentorguiden.mkdocs_glue import use_build_options
from mentorguiden.site import BuildOptions

ROOT = Path(__file__).resolve().parents[1]
CONFIG_FILE = ROOT / "mkdocs.yml"
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "hooks", "overrides", "includes")
"""Everything a build reads."""


def quiet() -> None:
    """No end-of-life notice from Material and no build log between the figures."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)


def copy_project(destination: Path) -> Path:
    """A copy of everything a build reads (not a git repository: no page dates)."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part)
        else:
            shutil.copy2(source, destination / part)
    share_compiled_templates(destination, ROOT)
    return destination


def default_options() -> BuildOptions:
    """The options of a published build (``MENTORGUIDEN_*`` from this shell still apply)."""
    return BuildOptions.from_environment(os.environ)


def copy_options() -> BuildOptions:
    """The options for a build of a copy: the agreement PDF from the project's own cache, not printed again."""
    return dataclasses.replace(default_options(), pdf_cache=ROOT / CACHE_FOLDER)


def build_once(config: MkDocsConfig) -> None:
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def timed_build(
    config_file: Path = CONFIG_FILE,
    prepare: Callable[[MkDocsConfig], None] | None = None,
    options: BuildOptions | None = None,
    **overrides: Any,
) -> float:
    """Seconds for one build of ``config_file`` (both languages, strict unless ``strict=False`` is given);
    ``prepare`` may adjust the config."""
    overrides.setdefault("strict", True)
    with tempfile.TemporaryDirectory() as site_dir:
        config = load_config(str(config_file), site_dir=site_dir, **overrides)
        use_build_options(config, options or default_options())
        if prepare:
            prepare(config)
        start = time.perf_counter()
        build_once(config)
        return time.perf_counter() - start
