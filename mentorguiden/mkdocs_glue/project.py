"""Where the project is, and how an editor's mistake stops the build."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from mentorguiden.core.errors import BUILD_STOPPED, DataError

LOG = logging.getLogger("mkdocs.plugins.mentorguiden")
"""Shown in MkDocs' build log; a warning fails a strict build."""


def log_info(message: str) -> None:
    LOG.info(message)


def log_warning(message: str) -> None:
    LOG.warning(message)


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def theme_assets_dir(config: MkDocsConfig) -> Path:
    """``overrides/assets/``: the site's own stylesheets, scripts, fonts and images, which the theme copies to site/assets/."""
    return Path(str(config.theme.custom_dir)) / "assets"


def build_error(error: DataError | str) -> PluginError:
    """Turn an editor's mistake into a failed build: MkDocs prints the message, no traceback."""
    return PluginError(f"{BUILD_STOPPED}\n{error}")


Handler = TypeVar("Handler", bound=Callable[..., Any])

HOOK_EVENT_MARK = "mentorguiden_hook_event"
"""Set on every handler ``hook_event`` has wrapped (tests/unit/test_architecture.py checks all of hooks/)."""


def stops_on_data_error(function: Handler) -> Handler:
    """``function``, with an editor's mistake (``DataError``) turned into a stopped build with no traceback.

    For the event handlers (``hook_event``) and for what the theme's
    templates call (``add_template_global``), whose errors MkDocs would
    otherwise show as a traceback.
    """

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except DataError as error:
            raise build_error(error) from None

    return cast("Handler", call)


def hook_event(priority: int | None = None) -> Callable[[Handler], Handler]:
    """Every event handler in hooks/ is decorated with this: ``@hook_event()`` or ``@hook_event(priorities.X)``.

    A ``DataError`` raised anywhere below the handler (in a data file, a
    template or the interface text) stops the build with its Danish message
    (``stops_on_data_error``). ``priority`` is MkDocs' event priority, from
    ``mentorguiden.mkdocs_glue.priorities``; without one, MkDocs' default (0).
    """

    def decorate(handler: Handler) -> Handler:
        wrapped = stops_on_data_error(handler)
        setattr(wrapped, HOOK_EVENT_MARK, True)
        return wrapped if priority is None else event_priority(priority)(wrapped)

    return decorate
