"""Decision aid models → pages: one generated page per check, in every language.

The HTML is ``overrides/generated/decision-aid.html``. Links from a check to
guidance pages are resolved by the caller (``page_links``), because only the
build knows where each page ends up and what it is called; the functions here
need no build.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import jinja2

from mentorguiden.core.pages import GeneratedPage, PageLink, RenderedOnUse, page_markdown
from mentorguiden.core.templates import render_with_variables
from mentorguiden.decision_aid.model import DecisionAid
from mentorguiden.profile.model import Profile
from mentorguiden.profile.texts import template_context

DECISION_AID_TEMPLATE = "decision-aid.html"

LinkResolver = Callable[[str], PageLink]
"""A guidance page (path under docs/) → its link and title, as seen from the check's page."""

PageLinks = Callable[[str], LinkResolver]
"""The page being made (path under docs/) → its ``LinkResolver``."""


def decision_aid_meta(aid: DecisionAid) -> dict[str, Any]:
    """Front matter beyond title and description: the sources and the review date, as on guidance pages."""
    meta: dict[str, Any] = {"kilder": [source.as_front_matter() for source in aid.sources]}
    if aid.reviewed:
        meta["senest_gennemgaaet"] = aid.reviewed
    return meta


def decision_aid_markdown(
    aid: DecisionAid, profile: Profile, environment: jinja2.Environment, links: LinkResolver, lang: str
) -> str:
    """The check's page in one language: front matter from the template's variables, then its body."""
    context = {**template_context(profile, lang), "aid": aid, "links": links}
    body, variables = render_with_variables(environment, DECISION_AID_TEMPLATE, context)
    return page_markdown(title=variables["title"], description=variables["description"], body=body, meta=decision_aid_meta(aid))


def decision_aid_pages(
    aids: Sequence[DecisionAid],
    profile: Profile,
    languages: Sequence[str],
    environment: jinja2.Environment,
    page_links: PageLinks,
) -> list[GeneratedPage]:
    """Every check's page in every language in ``languages``."""
    return [
        GeneratedPage(
            src_uri=aid.page_uri,
            markdown_by_language=RenderedOnUse(
                languages,
                functools.partial(decision_aid_markdown, aid, profile, environment, page_links(aid.page_uri)),
            ),
            source_file=aid.source_file,
        )
        for aid in aids
    ]
