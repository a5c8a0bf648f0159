"""The glossary page (/viden/ordliste/, /en/viden/ordliste/), rendered by overrides/generated/glossary.html."""

from __future__ import annotations

import jinja2

from mentorguiden.content.frontmatter import REVIEW_KEY, SOURCES_KEY
from mentorguiden.core.languages import language_prefix
from mentorguiden.core.pages import GeneratedPage, RenderedOnUse, page_markdown
from mentorguiden.core.templates import render_with_variables
from mentorguiden.glossary.model import Glossary

GLOSSARY_PAGE = "viden/ordliste.md"
GLOSSARY_TEMPLATE = "glossary.html"


def glossary_markdown(glossary: Glossary, language: str, environment: jinja2.Environment) -> str:
    body, variables = render_with_variables(
        environment,
        GLOSSARY_TEMPLATE,
        {"lang": language, "terms": glossary.sorted_terms(language)},
    )
    meta = {REVIEW_KEY: glossary.reviewed, SOURCES_KEY: [dict(source) for source in glossary.sources]}
    return page_markdown(title=variables["title"], description=variables["description"], body=body, meta=meta)


def glossary_page(glossary: Glossary, languages: tuple[str, ...], environment: jinja2.Environment) -> GeneratedPage:
    return GeneratedPage(
        src_uri=GLOSSARY_PAGE,
        markdown_by_language=RenderedOnUse(languages, lambda language: glossary_markdown(glossary, language, environment)),
        source_file=glossary.source_file,
    )


def glossary_url(language: str, default_language: str = "da") -> str:
    """The glossary page's address relative to the site root."""
    return language_prefix(language, default_language) + GLOSSARY_PAGE.removesuffix(".md") + "/"
