"""Make the language switcher lead to the same page in the other language.

mkdocs-static-i18n links the switcher on the front pages to "/" and "/en/",
which break when the site is published under a sub-path such as
/mentorguiden/. This hook gives every page relative links to its own
translations, and the 404 page links to each language's front page.
"""

from mentorguiden.mkdocs_glue import (
    MkDocsConfig,
    Navigation,
    Page,
    hook_event,
    point_language_switcher_at,
    point_language_switcher_at_page,
)


@hook_event()
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    point_language_switcher_at_page(config, page)
    return context


@hook_event()
def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    if template_name == "404.html":
        point_language_switcher_at(config, {})
    return context
