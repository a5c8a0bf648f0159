"""Replace markers such as <!-- tjekliste: for-praktikstart --> in guidance pages.

A marker is an HTML comment ``<!-- name: value -->``; features register what
each name means in ``mentorguiden.markers.registry`` (hooks/checklists.py
registers ``tjekliste``). A marker with an unknown name or value stops the
build with a Danish message naming the page, so a typo never leaves a page
silently without its checklist.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from mentorguiden.errors import DataError
from mentorguiden.markers import MarkerContext, registry
from mentorguiden.mkdocs_glue import (
    build_error,
    guidance_page_links,
    page_source_name,
    page_src_uri,
    site_languages,
)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    context = MarkerContext(
        page_name=page_source_name(page),
        language=site_languages(config).current,
        links=guidance_page_links(config, files)(page_src_uri(page)),
    )
    try:
        return registry.expand(markdown, context)
    except DataError as error:
        raise build_error(error) from None
