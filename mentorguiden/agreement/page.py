"""The agreement page (/mentoraftale/, /en/mentoraftale/): a form to print or to fill in on screen.

The markup lives in ``overrides/generated/agreement.html``; this module gives
it the model, the profile and the names of the downloads, and puts the legal
sources into the front matter as ``kilder``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from mentorguiden.agreement.model import Agreement, prefill_value
from mentorguiden.core.dates import long_date
from mentorguiden.core.pages import GeneratedPage, RenderedOnUse, page_markdown
from mentorguiden.core.templates import render_with_variables, template_environment
from mentorguiden.core.ui_strings import ui
from mentorguiden.profile.model import Profile

AGREEMENT_PAGE = "mentoraftale.md"
AGREEMENT_TEMPLATE = "agreement.html"
PAGE_FOLDER = "mentoraftale"
"""The page's folder in the built site, below the language prefix (``en/``)."""


def download_name(language: str, extension: str) -> str:
    """The file name of a download beside the page: ``mentoraftale.docx``, ``mentor-agreement.pdf``."""
    return f"{ui('agreement_file_name', language)}.{extension}"


def agreement_environment(root: Path) -> jinja2.Environment:
    """The generated-page environment, able to include theme partials such as the print button."""
    return template_environment(root, theme_partials=True)


def agreement_markdown(agreement: Agreement, profile: Profile, language: str, environment: jinja2.Environment) -> str:
    body, variables = render_with_variables(
        environment,
        AGREEMENT_TEMPLATE,
        {
            "lang": language,
            "agreement": agreement,
            "profile": profile,
            "prefill": lambda field: prefill_value(field, profile),
            "status_date": long_date(agreement.status_date, language),
            "downloads": {extension: download_name(language, extension) for extension in ("docx", "pdf")},
            # What partials/print-button.html reads from MkDocs' template context.
            "config": {"theme": {"language": language}},
        },
    )
    return page_markdown(
        title=variables["title"],
        description=variables["description"],
        body=body,
        meta={"kilder": sources_front_matter(agreement)},
    )


def sources_front_matter(agreement: Agreement) -> list[dict[str, Any]]:
    """The legal sources as the ``kilder`` front matter every guidance page uses."""
    return [source.as_front_matter() for source in agreement.sources]


def agreement_page(agreement: Agreement, profile: Profile, languages: tuple[str, ...], root: Path) -> GeneratedPage:
    environment = agreement_environment(root)
    return GeneratedPage(
        src_uri=AGREEMENT_PAGE,
        markdown_by_language=RenderedOnUse(
            languages, lambda language: agreement_markdown(agreement, profile, language, environment)
        ),
        source_file=agreement.source_file,
    )
