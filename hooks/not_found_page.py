"""Keep one 404 page, the Danish one, with an English line on it.

mkdocs-static-i18n builds the site once per language into the same folder,
and MkDocs writes 404.html to the top of it every time, so the English build
would silently replace the Danish page. Web hosts serve only the top-level
404.html, so there is one page, in both languages (overrides/404.html), and
it comes from the default-language build.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from mentorguiden.mkdocs_glue import AFTER_I18N, site_languages

NOT_FOUND_TEMPLATE = "404.html"


@event_priority(AFTER_I18N)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    languages = site_languages(config)
    if languages.current == languages.default:
        config.theme.static_templates.add(NOT_FOUND_TEMPLATE)
    else:
        config.theme.static_templates.discard(NOT_FOUND_TEMPLATE)
    return config
