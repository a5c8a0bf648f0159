"""Load the municipality profile once per build and apply it to the whole site.

Everything municipality-specific on the site comes from one profile:
``data/profil.yml``, or the file named by the environment variable
``MENTORGUIDEN_PROFILE`` (``make build PROFILE=data/profiler/proevested.yml``).
This hook validates it before anything is built, so a mistake stops the build
with a Danish message naming the file, the line and the key. It then sets
what MkDocs and Material read from the config – the site name, the public
address, the "edit this page" address and the logo – and makes the profile
available to templates as ``config.extra.profile`` and to other hooks.

``MENTORGUIDEN_SITE_URL`` and ``MENTORGUIDEN_EDIT_URI`` (read in mkdocs.yml)
still override the profile's addresses, e.g. for a preview under another
address; the tests use that to build under a sub-path.
"""

import os
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from mentorguiden.errors import DataError
from mentorguiden.html_checks.escaping import theme_text
from mentorguiden.mkdocs_glue import build_error, project_root
from mentorguiden.profile import LOGO_SITE_PATH, PROFILE_ENVIRONMENT_VARIABLE, PROFILE_FILE, load_profile


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # mkdocs-static-i18n runs on_config again, on the same config, for each
    # further language; the profile read for the first one still holds.
    if "profile" in config.extra:
        return config
    profile_file = os.environ.get(PROFILE_ENVIRONMENT_VARIABLE) or PROFILE_FILE
    try:
        profile = load_profile(project_root(config), profile_file)
    except DataError as error:
        raise build_error(error) from None
    config.extra["profile"] = profile
    config.site_name = theme_text(profile.site_name)  # Material does not escape it
    if not config.site_url:
        config.site_url = profile.site_url
    if not config.edit_uri:
        config.edit_uri = profile.edit_uri
    config.theme["logo"] = LOGO_SITE_PATH
    return config


def on_post_build(config: MkDocsConfig) -> None:
    # The logo lives beside the profile in data/, outside docs/: publish it
    # on the site's own host so the header loads nothing from elsewhere.
    target = Path(config.site_dir) / LOGO_SITE_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(project_root(config) / config.extra["profile"].logo, target)
