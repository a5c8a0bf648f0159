"""What every benchmark here shares: one timed, strict build into a throwaway folder.

The build runs in this process, the way `mkdocs build` runs it (startup and
shutdown events included), so a benchmark can patch a function first.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

ROOT = Path(__file__).resolve().parents[1]
CONFIG_FILE = ROOT / "mkdocs.yml"


def quiet() -> None:
    """No end-of-life notice from Material and no build log between the figures."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)


def timed_build(config_file: Path = CONFIG_FILE, prepare: Callable[[MkDocsConfig], None] | None = None,
                **overrides) -> float:
    """Seconds for one strict build of ``config_file`` (both languages); ``prepare`` may adjust the config."""
    with tempfile.TemporaryDirectory() as site_dir:
        config = load_config(str(config_file), site_dir=site_dir, strict=True, **overrides)
        if prepare:
            prepare(config)
        start = time.perf_counter()
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
        return time.perf_counter() - start
