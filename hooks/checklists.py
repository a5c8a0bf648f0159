"""Checklists from data/tjeklister/: their pages, their place in the menu, and their marker.

Loads and validates every checklist once per build (a mistake stops the
build with a Danish message), lists the pages under the "Tjeklister" menu
entry, generates /tjeklister/, /tjeklister/<id>/ and /tjeklister/alle/ in
each language, and lets guidance pages embed a checklist with
<!-- tjekliste: id --> (expanded by hooks/markers.py). The work is done in
mentorguiden/checklists.py (data → model) and mentorguiden/checklist_pages.py
(model → pages).
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from mentorguiden.checklist_pages import (
    CHECKLIST_MARKER,
    INDEX_PAGE,
    checklist_environment,
    checklist_marker_handler,
    checklist_pages,
    generated_page_uris,
)
from mentorguiden.checklists import check_links, load_checklists
from mentorguiden.errors import DataError
from mentorguiden.markers import registry
from mentorguiden.mkdocs_glue import (
    AFTER_I18N,
    add_generated_page,
    add_pages_to_nav_section,
    build_error,
    documentation_pages,
    guidance_page_links,
    project_root,
    site_languages,
)

CHECKLISTS = "checklists"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # mkdocs-static-i18n runs on_config again, on the same config, for each
    # further language: load once.
    if CHECKLISTS in config.extra:
        return config
    root = project_root(config)
    try:
        checklists = load_checklists(root)
    except DataError as error:
        raise build_error(error) from None
    config.extra[CHECKLISTS] = checklists
    if config.nav and not add_pages_to_nav_section(config, INDEX_PAGE, generated_page_uris(checklists)[1:]):
        raise PluginError(f"mkdocs.yml: menuen (nav) mangler punktet 'Tjeklister: {INDEX_PAGE}'. Tilføj det.")
    registry.register(CHECKLIST_MARKER, checklist_marker_handler(checklists, checklist_environment(root)))
    return config


@event_priority(AFTER_I18N)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    checklists = config.extra[CHECKLISTS]
    try:
        check_links(checklists, set(documentation_pages(files)))
    except DataError as error:
        raise build_error(error) from None
    page_links = guidance_page_links(config, files)
    languages = site_languages(config)
    for page in checklist_pages(
        checklists, languages.built, project_root(config), page_links, config.extra["profile"]
    ):
        add_generated_page(files, config, page)
    return files
