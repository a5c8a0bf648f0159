"""Keep one 404 page, the Danish one, with an English line on it.

mkdocs-static-i18n builds the site once per language into the same folder,
and MkDocs writes 404.html to the top of it every time, so the English build
would silently replace the Danish page. Web hosts serve only the top-level
404.html, so there is one page, in both languages (overrides/404.html), and
it comes from the default-language build.
"""

from mentorguiden.mkdocs_glue import MkDocsConfig, hook_event, priorities, render_not_found_page, site_languages


@hook_event(priorities.AFTER_I18N)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    languages = site_languages(config)
    render_not_found_page(config, languages.current == languages.default)
    return config
