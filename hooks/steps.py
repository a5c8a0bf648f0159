"""The step-by-step guide for companies (/virksomheder/trin-for-trin/) and the "part of step N" box on its pages.

data/trin.yml is loaded and checked once per build by hooks/site_setup.py
(``site_state(config).steps``). This hook checks the steps' links and profile
texts against the build, generates the guide in each language (its steps
listed in the page's table of contents), and puts a box at the top of every guidance page a step links to, naming the step and
linking back to it. The work is done in mentorguiden/steps/model.py (data →
model) and mentorguiden/steps/page.py (model → page and box).
"""

from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    Page,
    add_generated_page,
    add_toc_entry,
    documentation_pages,
    guidance_page_links,
    hook_event,
    page_src_uri,
    priorities,
    relative_page_url,
    site_languages,
    site_state,
)
from mentorguiden.profile.texts import profile_texts
from mentorguiden.steps.model import GUIDE_PAGE, check_against_build, steps_of_page
from mentorguiden.steps.page import add_step_notice, guide_page, step_notice, table_of_contents


@hook_event(priorities.STEP_GUIDE_PAGE)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = site_state(config)
    languages = site_languages(config)
    text = profile_texts(state.profile, state.templates)
    check_against_build(state.steps, set(documentation_pages(files)), lambda key: text(key, languages.current))
    links = guidance_page_links(config, files)(GUIDE_PAGE)
    add_generated_page(files, config, guide_page(state.steps, languages.built, state.templates, links, text))
    return files


@hook_event(priorities.STEP_NOTICE)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = site_state(config)
    if page_src_uri(page) == GUIDE_PAGE:
        for title, heading_id in table_of_contents(state.steps, site_languages(config).current):
            add_toc_entry(page, title, heading_id)
        return html
    memberships = steps_of_page(state.steps).get(page_src_uri(page))
    if not memberships:
        return html
    guide_href = relative_page_url(config, page_src_uri(page), GUIDE_PAGE)
    notice = step_notice(memberships, state.steps, site_languages(config).current, guide_href, state.templates)
    return add_step_notice(html, notice)
