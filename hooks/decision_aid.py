"""The interactive checks from data/afklaring.yml: "Kan vi få en mentor?" and "Mentorstøtte – ja eller nej?".

The file is loaded and its graph checked once per build by hooks/site_setup.py
(a mistake stops the build with a Danish message naming file and line). This
hook adds each check's page in each language (/virksomheder/<id>/,
/konsulenter/<id>/). The checks run before the checklists, so the checklist
"Skal vi bevilge mentorstøtte?" can link to the consultants' check; a check's
links to checklist pages are made from the checklist models, whose pages
follow. The work is in mentorguiden/decision_aid/model.py (data → model) and
mentorguiden/decision_aid/page.py (model → page).
"""

from mentorguiden.checklists.pages import checklist_page_uri
from mentorguiden.core.pages import PageLink
from mentorguiden.decision_aid.model import check_links
from mentorguiden.decision_aid.page import LinkResolver, decision_aid_pages
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    add_generated_page,
    documentation_pages,
    guidance_page_links,
    hook_event,
    priorities,
    relative_page_url,
    site_languages,
    site_state,
)


@hook_event(priorities.DECISION_AID_PAGES)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = site_state(config)
    language = site_languages(config).current
    checklist_titles = {checklist_page_uri(checklist): checklist.title[language] for checklist in state.checklists}
    check_links(state.decision_aids, set(documentation_pages(files)) | set(checklist_titles))
    guidance_links = guidance_page_links(config, files)

    def page_links(from_src_uri: str) -> LinkResolver:
        guidance = guidance_links(from_src_uri)

        def link(to_src_uri: str) -> PageLink:
            if to_src_uri in checklist_titles:
                return PageLink(relative_page_url(config, from_src_uri, to_src_uri), checklist_titles[to_src_uri])
            return guidance(to_src_uri)

        return link

    for page in decision_aid_pages(state.decision_aids, state.profile, site_languages(config).built, state.templates, page_links):
        add_generated_page(files, config, page)
    return files
