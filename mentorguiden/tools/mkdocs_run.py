"""One way to run ``mkdocs build --strict``: in a separate process, as a user runs it.

``make build``, ``make check`` and the tests build the site through this
function, so they build it the same way: the same command, the same
environment (no end-of-life banner from Material; the build's settings
``MENTORGUIDEN_*`` only when given, never inherited from the shell that
runs the tests, unless asked).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SETTINGS_PREFIX = "MENTORGUIDEN_"


@dataclass(frozen=True)
class BuildRun:
    returncode: int
    output: str
    """MkDocs' standard output and standard error, in that order."""
    site: Path

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def run_mkdocs_build(
    config_file: Path,
    site_dir: Path,
    environment: Mapping[str, str] | None = None,
    *,
    inherit_settings: bool = True,
    timeout: float | None = None,
) -> BuildRun:
    """Build ``config_file`` strictly into ``site_dir``; ``environment`` adds or replaces variables.

    ``inherit_settings=False`` drops every ``MENTORGUIDEN_*`` variable of the
    calling process first, so only ``environment`` sets them (the tests).
    """
    inherited = {name: value for name, value in os.environ.items() if inherit_settings or not name.startswith(SETTINGS_PREFIX)}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config_file), "--site-dir", str(site_dir)],
        cwd=config_file.resolve().parent,
        env={**inherited, "NO_MKDOCS_2_WARNING": "1", **(environment or {})},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    return BuildRun(result.returncode, result.stdout + result.stderr, site_dir)
