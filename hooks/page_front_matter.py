"""Stop the build when a page in docs/ lacks its front matter, its sources or its Danish original.

Every guidance page states a title, a description, the date it was last
reviewed (senest_gennemgaaet) and its sources (kilder), and exists in Danish
(x.md). An English page (x.en.md) without its Danish page stops the build;
a Danish page without its English page is published to English readers in
Danish with a notice (hooks/translation_status.py). A page without sources
is never published. Generated pages (contact page, checklists, agreement)
set their own front matter; what they set is checked the same way. The
rules are in mentorguiden/content/frontmatter.py and data/schemas/side.schema.json.
"""

import datetime as dt
from pathlib import Path

from mentorguiden.content.frontmatter import PAGE_SCHEMA, check_docs_tree, check_front_matter
from mentorguiden.core.datafile import load_schema
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    Page,
    hook_event,
    is_generated,
    is_inner_language_build,
    page_source_name,
    priorities,
    project_root,
)


@hook_event(priorities.AFTER_GENERATED_PAGES)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    if is_inner_language_build(config):
        return files  # the first language's build has checked every page of docs/, in both languages
    check_docs_tree(Path(config.docs_dir), project_root(config), today=dt.date.today())
    return files


@hook_event()
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if is_generated(page):
        schema = load_schema(project_root(config) / PAGE_SCHEMA)
        check_front_matter(page.file.content_string, page_source_name(page), schema, today=dt.date.today(), required=False)
    return markdown
