"""The contact page, generated from the municipality profile in both languages."""

from __future__ import annotations

import jinja2

from mentorguiden.core.pages import GeneratedPage, RenderedOnUse, page_markdown
from mentorguiden.core.templates import render_with_variables
from mentorguiden.profile.model import Profile
from mentorguiden.profile.texts import template_context

CONTACT_PAGE = "kontakt.md"
CONTACT_TEMPLATE = "contact.html"


def contact_markdown(profile: Profile, language: str, environment: jinja2.Environment) -> str:
    """The contact page in one language: front matter from the template's variables, then its body."""
    body, variables = render_with_variables(environment, CONTACT_TEMPLATE, template_context(profile, language))
    return page_markdown(title=variables["title"], description=variables["description"], body=body)


def contact_page(profile: Profile, languages: tuple[str, ...], environment: jinja2.Environment) -> GeneratedPage:
    return GeneratedPage(
        src_uri=CONTACT_PAGE,
        markdown_by_language=RenderedOnUse(languages, lambda lang: contact_markdown(profile, lang, environment)),
        source_file=profile.source_file,
    )
