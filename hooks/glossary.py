"""The glossary: its page, and the definitions of its terms wherever they appear on other pages.

data/ordliste.yml is read and checked once per build; the glossary page is
generated for each language (/viden/ordliste/, /en/viden/ordliste/); and on
every other page the first occurrence of each term in the body text is marked
with its definition (mentorguiden/glossary.py). Terms are marked after the
search index has read the page, so definitions do not turn up as search hits
on every page that uses a term.
"""

import datetime as dt

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from mentorguiden.errors import DataError
from mentorguiden.glossary import GLOSSARY_PAGE, glossary_page, glossary_url, load_glossary, mark_terms
from mentorguiden.mkdocs_glue import (AFTER_I18N, add_generated_page, build_error, page_language,
                                      project_root, relative_url, site_languages)

AFTER_SEARCH_INDEX = -50
"""The search plugin indexes page.content in on_page_context at priority 0."""


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # mkdocs-static-i18n runs on_config again for each further language.
    if "glossary" not in config.extra:
        try:
            config.extra["glossary"] = load_glossary(project_root(config), today=dt.date.today())
        except DataError as error:
            raise build_error(error) from None
    return config


@event_priority(AFTER_I18N)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    page = glossary_page(config.extra["glossary"], site_languages(config).built, project_root(config))
    add_generated_page(files, config, page)
    return files


@event_priority(AFTER_SEARCH_INDEX)
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if page.file.src_uri == GLOSSARY_PAGE or not page.content:
        return context
    languages = site_languages(config)
    language = page_language(page, config)
    link = relative_url(page, glossary_url(language, languages.default))
    page.content = mark_terms(page.content, config.extra["glossary"], language, link)
    return context
