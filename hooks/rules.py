"""Register the ``<!-- regel: id -->`` marker: legal citations from data/regler.yml."""

from mkdocs.config.defaults import MkDocsConfig

from mentorguiden.markers import MarkerContext, registry
from mentorguiden.mkdocs_glue import project_root
from mentorguiden.rules import MARKER_NAME, citation, load_rules


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    register = load_rules(project_root(config))

    def expand(value: str, context: MarkerContext) -> str:
        return citation(register, value, context.language)

    registry.register(MARKER_NAME, expand)
    return config
