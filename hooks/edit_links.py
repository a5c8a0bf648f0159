"""Point "Rediger denne side" on generated pages at the data file they come from.

A generated page has no Markdown file in docs/, so MkDocs gives it no edit
link. Editors change the data file instead (the contact page comes from
data/profil.yml), and that is where the link goes.
"""

from mentorguiden.mkdocs_glue import Files, MkDocsConfig, Page, hook_event, point_edit_link_to_source


@hook_event()
def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    point_edit_link_to_source(page, config)
    return page
