"""The step-by-step guide's page, and the "part of step N" notice on the guidance pages its steps link to.

They are rendered by ``overrides/generated/steps.html`` and ``step-notice.html``; the words are in
``mentorguiden/core/ui_strings.py`` (section "The step-by-step guide"). A
step's profile texts are the profile's own sentences (the same macros as
``<!-- profil: key -->``), never copies of them. Links to guidance pages are
resolved by the caller (``links``), because only the build knows where each
page ends up; nothing here needs a build.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import jinja2
from markupsafe import Markup

from mentorguiden.core.pages import GeneratedPage, PageLink, RenderedOnUse, page_markdown
from mentorguiden.core.templates import render_with_variables
from mentorguiden.core.ui_strings import ui
from mentorguiden.steps.model import GUIDE_PAGE, Step, StepGuide, StepMembership

STEPS_TEMPLATE = "steps.html"
NOTICE_TEMPLATE = "step-notice.html"

LinkResolver = Callable[[str], PageLink]
"""A guidance page (path under docs/) → its link and title, as seen from the guide."""

ProfileText = Callable[[str, str], str]
"""``text(key, language)``: the profile text for ``<!-- profil: key -->`` (``mentorguiden.profile.texts.profile_texts``)."""


def who_text(step: Step, language: str) -> str:
    """``Virksomheden og kommunen`` / ``The company and the municipality``: who does the step, in words."""
    names = [ui(f"steps_role_{role}", language) for role in step.who]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {ui('and', language)} " + names[-1]
    return joined[0].upper() + joined[1:]


def guide_markdown(
    guide: StepGuide, language: str, environment: jinja2.Environment, links: LinkResolver, profile_text: ProfileText
) -> str:
    """The guide page in one language: front matter (title, description, sources, review date), then its body."""
    context: dict[str, Any] = {
        "guide": guide,
        "lang": language,
        "links": links,
        "who": lambda step: who_text(step, language),
        "profile_text": lambda key: Markup(profile_text(key, language)),
    }
    body, variables = render_with_variables(environment, STEPS_TEMPLATE, context)
    meta = {"kilder": [source.as_front_matter() for source in guide.sources], "senest_gennemgaaet": guide.reviewed}
    return page_markdown(title=variables["title"], description=variables["description"], body=body, meta=meta)


def guide_page(
    guide: StepGuide,
    languages: Sequence[str],
    environment: jinja2.Environment,
    links: LinkResolver,
    profile_text: ProfileText,
) -> GeneratedPage:
    return GeneratedPage(
        src_uri=GUIDE_PAGE,
        markdown_by_language=RenderedOnUse(
            languages, lambda language: guide_markdown(guide, language, environment, links, profile_text)
        ),
        source_file=guide.source_file,
    )


def table_of_contents(guide: StepGuide, language: str) -> list[tuple[str, str]]:
    """(title, heading id) per step, for the page's table of contents: ``("1. Kontakt kommunen", "trin-…-titel")``.

    The steps' headings come from the template, not from Markdown, so MkDocs does not list them itself.
    """
    return [(f"{step.number}. {step.title[language]}", f"{step.anchor}-titel") for step in guide.steps]


def step_notice(
    memberships: Sequence[StepMembership], guide: StepGuide, language: str, guide_href: str, environment: jinja2.Environment
) -> str:
    """The box at the top of a guidance page: which step(s) of the guide it is part of, with links back."""
    notice = environment.get_template(NOTICE_TEMPLATE).module.step_notice  # type: ignore[attr-defined]
    return str(notice(memberships, guide, language, guide_href)).strip()


def add_step_notice(html: str, notice: str) -> str:
    """``html`` (a page's content) with ``notice`` right after its first heading, or at its start if it has none."""
    end_of_title = html.find("</h1>")
    if end_of_title == -1:
        return f"{notice}\n{html}"
    position = end_of_title + len("</h1>")
    return f"{html[:position]}\n{notice}{html[position:]}"
