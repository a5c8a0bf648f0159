"""Show "Senest opdateret" / "Last updated" at the end of every page, from git history.

Readers and editors see when a page last changed: the date of the last
commit that changed the page's own file (the Markdown page, or the data file
a generated page comes from). Git is asked once per build, by
hooks/site_setup.py (mentorguiden/content/git_dates.py). Without usable
history (a copy that is not a git repository, no git, a shallow clone) no
date is shown, the build goes on, and the build log says why.
This is not the review date ("Senest gennemgået", from senest_gennemgaaet in
front matter), which says when a professional last checked the content.
Rendered by overrides/partials/page-updated.html, next to the edit link.
"""

from mentorguiden.core.dates import format_date
from mentorguiden.mkdocs_glue import MkDocsConfig, Navigation, Page, hook_event, page_source_path, site_languages, site_state


@hook_event()
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    changed = site_state(config).file_dates.last_changed(page_source_path(page, config))
    language = site_languages(config).current
    context["page_updated"] = format_date(changed.date().isoformat(), language) if changed else None
    return context
