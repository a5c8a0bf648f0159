"""Stop the build with a clear message when a page includes a snippet that does not exist.

markdown-include reads snippets from includes/ ({!navn.md!}). On its own it
only warns, or crashes with a traceback; this hook names the page and the
missing file first.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from mentorguiden.errors import DataError
from mentorguiden.includes import check_includes
from mentorguiden.mkdocs_glue import build_error, page_source_name, project_root


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    try:
        check_includes(markdown, project_root(config) / "includes", page_source_name(page))
    except DataError as error:
        raise build_error(error) from None
    return markdown
