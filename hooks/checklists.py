"""Checklists from data/tjeklister/: their pages and their place in the menu.

The checklists are loaded and checked once per build by hooks/site_setup.py
(a mistake stops the build with a Danish message), which also registers the
<!-- tjekliste: id --> marker (expanded by hooks/markers.py). This hook lists
the pages under the "Tjeklister" menu entry and generates /tjeklister/,
/tjeklister/<id>/ and /tjeklister/alle/ in each language. The work is done
in mentorguiden/checklists/model.py (data → model) and
mentorguiden/checklists/pages.py (model → pages).
"""

from mentorguiden.checklists.model import check_links
from mentorguiden.checklists.pages import INDEX_PAGE, checklist_pages, generated_page_uris
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    add_generated_page,
    add_pages_to_nav_section,
    build_error,
    documentation_pages,
    guidance_page_links,
    hook_event,
    priorities,
    site_languages,
    site_state,
)


@hook_event()
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Runs for every language build of the same config; adding is idempotent.
    checklists = site_state(config).checklists
    if config.nav and not add_pages_to_nav_section(config, INDEX_PAGE, generated_page_uris(checklists)[1:]):
        raise build_error(f"mkdocs.yml: menuen (nav) mangler punktet 'Tjeklister: {INDEX_PAGE}'. Tilføj det.")
    return config


@hook_event(priorities.CHECKLIST_PAGES)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = site_state(config)
    check_links(state.checklists, set(documentation_pages(files)))
    for page in checklist_pages(
        state.checklists, site_languages(config).built, state.templates, guidance_page_links(config, files), state.profile
    ):
        add_generated_page(files, config, page)
    return files
