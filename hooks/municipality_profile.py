"""Load the municipality profile (data/profil.yml) once per build.

Everything municipality-specific on the site comes from the profile. This hook
validates it before anything is built, so a mistake stops the build with a
Danish message naming the file, the line and the key, and makes it available
to templates as ``config.extra.profile`` and to other hooks.
"""

from mkdocs.config.defaults import MkDocsConfig

from mentorguiden.errors import DataError
from mentorguiden.mkdocs_glue import build_error, project_root
from mentorguiden.profile import load_profile


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # mkdocs-static-i18n runs on_config again, on the same config, for each
    # further language; the profile read for the first one still holds.
    if "profile" in config.extra:
        return config
    try:
        config.extra["profile"] = load_profile(project_root(config))
    except DataError as error:
        raise build_error(error) from None
    return config
