"""Put the municipality's own details and local rules into the guidance pages.

Pages mark where a local value belongs with ``<!-- profil: key -->`` (for
example ``<!-- profil: bevillingsperiode -->``), using the site's one marker
syntax (mentorguiden/markers.py). This hook registers the ``profil`` marker
for the profile being built; the texts come from
overrides/generated/profile-texts.html. An unknown key stops the build with a
Danish message naming the page, the line and the known keys.
"""

from mkdocs.config.defaults import MkDocsConfig

from mentorguiden.markers import MarkerContext, registry
from mentorguiden.mkdocs_glue import project_root
from mentorguiden.profile_texts import MARKER_NAME, profile_texts
from mentorguiden.templates import template_environment


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Runs after hooks/municipality_profile.py (listed before it in mkdocs.yml).
    text = profile_texts(config.extra["profile"], template_environment(project_root(config)))

    def expand(value: str, context: MarkerContext) -> str:
        return text(value, context.language)

    registry.register(MARKER_NAME, expand)
    return config
