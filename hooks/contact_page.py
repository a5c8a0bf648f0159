"""Generate the contact page (/kontakt/, /en/kontakt/) from the municipality profile.

The page is the proof of the data → model → page pattern: the text lives in
overrides/generated/contact.html, the data in data/profil.yml, and the logic
in mentorguiden/contact.py. This hook only hands the result to MkDocs.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from mentorguiden.contact import contact_page
from mentorguiden.mkdocs_glue import AFTER_I18N, add_generated_page, project_root, site_languages


@event_priority(AFTER_I18N)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    page = contact_page(config.extra["profile"], site_languages(config).built, project_root(config))
    add_generated_page(files, config, page)
    return files
