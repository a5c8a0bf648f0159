"""Show every page's sources ("Kilder" / "Sources") and its review date at the end of the page.

One mechanism for all pages: the front matter keys kilder and
senest_gennemgaaet become a section rendered by
overrides/partials/page-sources.html (included from main.html), with a
heading that is also listed in the page's table of contents. Editors never
write that section by hand; a page that has its own heading with the same
anchor stops the build.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from mentorguiden.errors import DataError
from mentorguiden.frontmatter import page_sources
from mentorguiden.mkdocs_glue import add_toc_entry, build_error, page_source_name, site_languages, toc_anchor_ids

SOURCES_HEADING = {"da": "Kilder", "en": "Sources"}


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    # The language being built, not the file's: an English page that falls
    # back to the Danish text still gets "Sources" and English dates.
    language = site_languages(config).current
    sources = page_sources(page.meta, language)
    context["page_sources"] = sources
    if sources and sources.sources:
        if sources.heading_id in toc_anchor_ids(page):
            raise build_error(DataError(
                f"{page_source_name(page)}: siden har sin egen overskrift med ankeret #{sources.heading_id}. "
                f"Afsnittet '{SOURCES_HEADING.get(language, 'Kilder')}' laves automatisk ud fra 'kilder' i "
                "front matter; slet overskriften, og skriv kilderne i front matter."
            ))
        add_toc_entry(page, SOURCES_HEADING.get(language, SOURCES_HEADING["da"]), sources.heading_id)
    return context
