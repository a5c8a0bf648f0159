"""The rule register (data/regler.yml): citations, and the review notice on the pages that use a rule.

Loads the register once per build (a mistake stops the build with a Danish
message), stops the build on a <!-- regel: id --> with an unknown id (file,
line and the nearest id), registers the marker (expanded by hooks/markers.py;
markers inside included texts are expanded here, after Markdown), and adds
the review notice to every page that cites a rule. The work is done in
mentorguiden/rules/.
"""

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from mentorguiden.errors import DataError
from mentorguiden.markers import MarkerContext, registry
from mentorguiden.mkdocs_glue import build_error, project_root, site_languages
from mentorguiden.rules import MARKER_NAME, citation, load_register, today
from mentorguiden.rules.notice import add_notices
from mentorguiden.rules.usage import marker_problems

_MARKER_COMMENT = re.compile(rf"<!--\s*{MARKER_NAME}\s*:\s*(?P<id>[a-z0-9-]+)\s*-->")
REGISTER = "rules_register"
TODAY = "rules_today"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = project_root(config)
    try:
        register = load_register(root)
        problems = marker_problems(root, register)
        if problems:
            raise DataError(problems)
        config.extra[TODAY] = today()
    except DataError as error:
        raise build_error(error) from None
    config.extra[REGISTER] = register

    def expand(value: str, context: MarkerContext) -> str:
        return citation(register.get(value, f"i <!-- {MARKER_NAME}: {value} -->"), context.language, root)

    registry.register(MARKER_NAME, expand)
    return config


def on_page_content(html: str, page: Page, config: MkDocsConfig, files) -> str:
    # Markers in texts included with {!file!} reach the HTML as comments.
    register = config.extra[REGISTER]
    language = site_languages(config).current
    root = project_root(config)
    return _MARKER_COMMENT.sub(
        lambda match: citation(register.get(match["id"]), language, root)
        if match["id"] in register.rules else match[0],
        html,
    )


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return add_notices(output, config.extra[REGISTER], config.extra[TODAY],
                       site_languages(config).current, Path(project_root(config)))

