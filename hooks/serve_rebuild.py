"""make serve: a saved file rebuilds only the pages it changes (``mkdocs serve --dirty``), and no page goes stale.

The decisions are in ``mentorguiden/mkdocs_glue/dirty.py``; this hook wires
them to the build and tells it what a guidance page is made from: its
Markdown with the markers expanded exactly as ``hooks/markers.py`` expands
them, so a page that embeds a checklist is rebuilt when the checklist's data
file changes. Outside ``--dirty`` (``make build``, the tests) every handler
here does nothing, except that the end of every build lets the forms' PDFs
printed in the background (``make serve``) start.
"""

from mentorguiden.core.markers import MarkerContext
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    Navigation,
    Page,
    finish_build,
    guidance_page_links,
    hook_event,
    is_dirty_build,
    is_inner_language_build,
    note_built,
    page_source_name,
    page_src_uri,
    plan_rebuild,
    prepare_dirty_build,
    priorities,
    record_build,
    site_languages,
    site_state,
)


@hook_event()
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    prepare_dirty_build(config)
    return config


@hook_event(priorities.SERVE_PLAN)
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    if not is_dirty_build():
        return nav
    state = site_state(config)
    language = site_languages(config).current
    page_links = state.once(("guidance page links", language), lambda: guidance_page_links(config, files))

    def page_input(page: Page, markdown: str) -> str:
        context = MarkerContext(page_name=page_source_name(page), language=language, links=page_links(page_src_uri(page)))
        return state.markers.expand(markdown, context)

    plan_rebuild(config, nav, files, page_input)
    return nav


@hook_event()
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    note_built(config, page)
    return context


@hook_event(priorities.SERVE_RECORD)
def on_post_build(config: MkDocsConfig) -> None:
    if not is_inner_language_build(config):
        record_build(config)
        finish_build(config)  # the forms' PDFs printed in the background start now
