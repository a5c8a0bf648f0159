"""Replace markers such as <!-- tjekliste: for-praktikstart --> in guidance pages.

A marker is an HTML comment ``<!-- name: value -->``; the build's marker
registry (``site_state(config).markers``, filled by mentorguiden/site.py:
``tjekliste``, ``profil``, ``regel``) says what each name means. A marker
with an unknown name or value stops the build with a Danish message naming
the page, so a typo never leaves a page silently without its checklist.
"""

from mentorguiden.core.markers import MarkerContext
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    Page,
    guidance_page_links,
    hook_event,
    page_source_name,
    page_src_uri,
    site_languages,
    site_state,
)


@hook_event()
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = site_state(config)
    language = site_languages(config).current
    # Every page of this language build links through the same map of pages and titles.
    page_links = state.once(("guidance page links", language), lambda: guidance_page_links(config, files))
    context = MarkerContext(page_name=page_source_name(page), language=language, links=page_links(page_src_uri(page)))
    return state.markers.expand(markdown, context)
