"""Stop the build with a clear message when a page includes a snippet that does not exist.

markdown-include reads snippets from includes/ ({!navn.md!}). On its own it
only warns, or crashes with a traceback; this hook names the page and the
missing file first.
"""

from mentorguiden.content.includes import check_includes
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    Page,
    hook_event,
    include_syntax,
    page_source_name,
    project_root,
)


@hook_event()
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    check_includes(markdown, project_root(config) / "includes", page_source_name(page), include_syntax())
    return markdown
