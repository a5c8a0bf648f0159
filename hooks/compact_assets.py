"""Our own stylesheets and scripts are written to site/ without comments (``mentorguiden/assets/compact.py``).

Only the outer (Danish) build writes the theme's assets, so it is the one
that compacts them, once mkdocs-static-i18n has built the other languages.
"""

from pathlib import Path

from mentorguiden.assets.compact import compact_assets
from mentorguiden.mkdocs_glue import MkDocsConfig, hook_event, is_inner_language_build, priorities, theme_assets_dir


@hook_event(priorities.COMPACT_ASSETS)
def on_post_build(config: MkDocsConfig) -> None:
    if not is_inner_language_build(config):
        compact_assets(theme_assets_dir(config), Path(config.site_dir) / "assets")
