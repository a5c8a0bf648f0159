"""The composition root: load every data file once per build, apply the profile, own the build's state.

Everything municipality-specific on the site comes from one profile:
``data/profil.yml``, or the file named by the environment variable
``MENTORGUIDEN_PROFILE`` (``make build PROFILE=data/profiler/proevested.yml``).
This hook reads the build's options from the environment (the only place
that does: ``MENTORGUIDEN_PROFILE``, ``MENTORGUIDEN_SKIP_PDF``,
``CHROMIUM_PATH``, ``MENTORGUIDEN_SITE_URL``, ``MENTORGUIDEN_EDIT_URI``;
``mentorguiden.site.BuildOptions``), loads and checks every data file before
anything is built (a mistake stops the build with a Danish message naming
the file, the line and the key) into one frozen ``SiteState`` with the
build's marker registry (``mentorguiden/site.py``), and sets what MkDocs and
Material read from the config: the site name, the public address, the "edit
this page" address and the logo. Every other hook reads the state with
``site_state(config)``; templates read the profile as ``config.extra.profile``.

mkdocs-static-i18n runs ``on_config`` again, on the same config, for each
further language: the state made for the first language holds for the
whole build. ``mkdocs serve`` makes a new config for every rebuild, so an
edited data file is read again.
"""

import shutil
from pathlib import Path

from mentorguiden.core.escaping import theme_text
from mentorguiden.core.templates import theme_template_globals, use_bytecode_cache
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    add_template_global,
    build_options,
    has_site_state,
    hook_event,
    log_info,
    log_warning,
    menu_entry,
    priorities,
    project_root,
    set_site_state,
    site_languages,
    site_state,
)
from mentorguiden.profile.model import LOGO_SITE_PATH
from mentorguiden.site import load_site_state


@hook_event(priorities.SETUP)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if has_site_state(config):
        return config
    options = build_options(config)
    state = load_site_state(project_root(config), options)
    set_site_state(config, state)
    if state.file_dates.reason:
        # A shallow clone or a copy without git still builds strictly (information);
        # git failing on a real checkout (e.g. safe.directory) is a warning, so --strict stops.
        (log_warning if state.file_dates.unexpected else log_info)(state.file_dates.reason)
    profile = state.profile
    config.site_name = theme_text(profile.site_name)  # Material's templates do not escape it
    # MkDocs validated the addresses in mkdocs.yml with a trailing slash; these get one too.
    config.site_url = _with_slash(options.site_url or config.site_url or profile.site_url)
    config.edit_uri = _with_slash(options.edit_uri or config.edit_uri or profile.edit_uri)
    config.theme["logo"] = LOGO_SITE_PATH
    # The logo is the favicon too: a small SVG instead of Material's PNG, one file fewer.
    config.theme["favicon"] = LOGO_SITE_PATH
    return config


def _with_slash(address: str | None) -> str | None:
    return address if not address or address.endswith("/") else address + "/"


@hook_event()
def on_env(env: object, config: MkDocsConfig, files: Files) -> object:
    # The theme's templates (our partials included) read the interface texts
    # as t("key") in the language being built, like overrides/generated/, and
    # get danish_attrs and language_prefix for language-dependent attributes.
    language = site_languages(config).current
    for name, value in theme_template_globals(language).items():
        add_template_global(env, name, value)
    # overrides/partials/nav.html: the menu entries that do not hold the page, rendered once per language.
    add_template_global(env, "menu_entry", menu_entry(site_state(config).once, language))
    # MkDocs makes a new theme environment for every language build and compiles its templates again.
    use_bytecode_cache(env, project_root(config))
    return env


@hook_event()
def on_post_build(config: MkDocsConfig) -> None:
    # The logo lives beside the profile in data/, outside docs/: publish it
    # on the site's own host so the header loads nothing from elsewhere.
    target = Path(config.site_dir) / LOGO_SITE_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(project_root(config) / site_state(config).profile.logo, target)
