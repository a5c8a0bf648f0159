"""Each page loads only the feature stylesheets and scripts its content uses.

The table is ``mentorguiden.assets.page_assets.PAGE_ASSETS``; this hook gives
the page's choice to overrides/main.html as ``page_stylesheets`` and
``page_scripts``.
"""

from mentorguiden.assets.page_assets import assets_of_page
from mentorguiden.mkdocs_glue import MkDocsConfig, Navigation, Page, hook_event, priorities


@hook_event(priorities.PAGE_ASSETS)
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    assets = assets_of_page(page.content or "")
    context["page_stylesheets"] = assets.stylesheets
    context["page_scripts"] = assets.scripts
    return context
