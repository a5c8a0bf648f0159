"""Generate the contact page (/kontakt/, /en/kontakt/) from the municipality profile.

The page is the proof of the data → model → page pattern: the text lives in
overrides/generated/contact.html, the data in data/profil.yml, and the logic
in mentorguiden/profile/contact.py. This hook only hands the result to MkDocs.
"""

from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    add_generated_page,
    hook_event,
    priorities,
    site_languages,
    site_state,
)
from mentorguiden.profile.contact import contact_page


@hook_event(priorities.CONTACT_PAGE)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = site_state(config)
    add_generated_page(files, config, contact_page(state.profile, site_languages(config).built, state.templates))
    return files
