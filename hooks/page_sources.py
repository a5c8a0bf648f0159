"""Show every page's sources ("Kilder" / "Sources") and its review date at the end of the page.

One mechanism for all pages: the front matter keys kilder and
senest_gennemgaaet become a section rendered by
overrides/partials/page-sources.html (included from main.html), with a
heading that is also listed in the page's table of contents. Editors never
write that section by hand; a page that has its own heading with the same
anchor stops the build.
"""

from mentorguiden.content.page_sources import page_sources
from mentorguiden.core.errors import DataError
from mentorguiden.mkdocs_glue import (
    MkDocsConfig,
    Navigation,
    Page,
    add_toc_entry,
    hook_event,
    page_source_name,
    site_languages,
    toc_anchor_ids,
)


@hook_event()
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    # The language being built, not the file's: an English page that falls
    # back to the Danish text still gets "Sources" and English dates.
    language = site_languages(config).current
    sources = page_sources(page.meta, language)
    context["page_sources"] = sources
    if sources and sources.sources:
        if sources.heading_id in toc_anchor_ids(page):
            raise DataError(
                f"{page_source_name(page)}: siden har sin egen overskrift med ankeret #{sources.heading_id}. "
                f"Afsnittet '{sources.heading}' laves automatisk ud fra 'kilder' i "
                "front matter; slet overskriften, og skriv kilderne i front matter."
            )
        add_toc_entry(page, sources.heading, sources.heading_id)
    return context
