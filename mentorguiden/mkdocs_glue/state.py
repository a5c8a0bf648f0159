"""The per-build state in the MkDocs config: one key, one type, set once per build.

mkdocs-static-i18n runs the whole build once per language on the same config,
hooks included, and ``on_config`` again for each language (before it switches
the language). ``mkdocs serve`` loads a new config for every rebuild but
never reloads hook modules. So the state lives in the config, never in a
module: ``hooks/site_setup.py`` stores it in the first language's
``on_config`` and every hook reads it with ``site_state(config)``.
"""

from __future__ import annotations

import os

from mkdocs.config.defaults import MkDocsConfig

from mentorguiden.mkdocs_glue.project import build_error
from mentorguiden.site import BuildOptions, SiteState

_STATE_KEY = "_mentorguiden_state"
_OPTIONS_KEY = "_mentorguiden_build_options"
PROFILE_KEY = "profile"
"""What the theme templates read as ``config.extra.profile`` (the municipality profile)."""


def use_build_options(config: MkDocsConfig, options: BuildOptions) -> None:
    """Build ``config`` with ``options`` instead of those from the environment (benchmarks, tests)."""
    config.extra[_OPTIONS_KEY] = options


def build_options(config: MkDocsConfig) -> BuildOptions:
    """The options given with ``use_build_options``, else those the environment sets (read here only)."""
    options = config.extra.get(_OPTIONS_KEY)
    return options if isinstance(options, BuildOptions) else BuildOptions.from_environment(os.environ)


def has_site_state(config: MkDocsConfig) -> bool:
    return isinstance(config.extra.get(_STATE_KEY), SiteState)


def set_site_state(config: MkDocsConfig, state: SiteState) -> None:
    config.extra[_STATE_KEY] = state
    config.extra[PROFILE_KEY] = state.profile


def site_state(config: MkDocsConfig) -> SiteState:
    state = config.extra.get(_STATE_KEY)
    if not isinstance(state, SiteState):
        raise build_error("hooks/site_setup.py mangler i 'hooks:' i mkdocs.yml; den indlæser datafilerne.")
    return state
