"""Where the project is, and how an editor's mistake stops the build."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from mentorguiden.core.errors import DataError

BUILD_STOPPED = "Bygningen stoppede. Ret dette, og byg igen:"
"""The first line of every failed build's message (``mentorguiden.tools.build`` looks for it)."""


LOG = logging.getLogger("mkdocs.plugins.mentorguiden")
"""Shown in MkDocs' build log; a warning fails a strict build."""


def log_info(message: str) -> None:
    LOG.info(message)


def log_warning(message: str) -> None:
    LOG.warning(message)


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def build_error(error: DataError | str) -> PluginError:
    """Turn an editor's mistake into a failed build: MkDocs prints the message, no traceback."""
    return PluginError(f"{BUILD_STOPPED}\n{error}")
