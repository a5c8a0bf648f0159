"""Valid HTML on every page: Material's invalid attributes rewritten in the finished page.

The rewriting, and why it keeps Material's behaviour, is in
``mentorguiden/core/valid_html.py``; ``tests/test_valid_html.py`` runs
the W3C Nu Html Checker over every page of both languages.
"""

from mentorguiden.core.valid_html import valid_html
from mentorguiden.mkdocs_glue import MkDocsConfig, Page, hook_event, priorities


@hook_event(priorities.VALID_HTML)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return valid_html(output)


@hook_event(priorities.VALID_HTML)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # The 404 page is a theme template, not a page.
    return valid_html(output_content) if template_name.endswith(".html") else output_content
