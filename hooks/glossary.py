"""The glossary: its page, and the definitions of its terms wherever they appear on other pages.

data/ordliste.yml is read and checked once per build (hooks/site_setup.py);
the glossary page is generated for each language (/viden/ordliste/,
/en/viden/ordliste/); and on every other page the first occurrence of each
term in the body text is marked with its definition
(mentorguiden/glossary/marking.py). Terms are marked after the search index
has read the page, so definitions do not turn up as search hits on every
page that uses a term.
"""

from mentorguiden.glossary.marking import mark_terms, mark_terms_and_danish_words
from mentorguiden.glossary.page import GLOSSARY_PAGE, glossary_page, glossary_url
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    Navigation,
    Page,
    add_generated_page,
    hook_event,
    page_language,
    priorities,
    relative_url,
    site_languages,
    site_state,
)


@hook_event(priorities.GLOSSARY_PAGE)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = site_state(config)
    add_generated_page(files, config, glossary_page(state.glossary, site_languages(config).built, state.templates))
    return files


@hook_event(priorities.AFTER_SEARCH_INDEX)
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if page.file.src_uri == GLOSSARY_PAGE or not page.content:
        return context
    language = page_language(page, config)
    link = relative_url(page, glossary_url(language, site_languages(config).default))
    glossary = site_state(config).glossary
    if language == site_languages(config).default:
        page.content = mark_terms(page.content, glossary, language, link)
    else:  # the terms, and the Danish words in lang="da" (one pass: mark_danish_words(mark_terms(...)))
        page.content = mark_terms_and_danish_words(page.content, glossary, language, link)
    return context
