"""The agreement page (/mentoraftale/, /en/mentoraftale/): a form to print or to fill in on screen.

The markup lives in ``overrides/generated/agreement.html``; this module gives
it the model, the profile and the names of the downloads, and puts the legal
sources into the front matter as ``kilder``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import jinja2

from .agreement import Agreement, prefill_value
from .pages import GeneratedPage, page_markdown
from .profile import Profile
from .templates import GENERATED_TEMPLATES, render_with_variables, template_environment

AGREEMENT_PAGE = "mentoraftale.md"
AGREEMENT_TEMPLATE = "agreement.html"
PAGE_FOLDER = "mentoraftale"
"""The page's folder in the built site, below the language prefix (``en/``)."""
DOWNLOAD_STEMS = {"da": "mentoraftale", "en": "mentor-agreement"}
"""File names of the downloads, without extension, beside the page in each language."""

_DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                  "september", "oktober", "november", "december")
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")


def long_date(day: date, language: str) -> str:
    """``22. november 2026`` in Danish, ``22 November 2026`` in English."""
    if language == "da":
        return f"{day.day}. {_DANISH_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"


def download_name(language: str, extension: str) -> str:
    return f"{DOWNLOAD_STEMS[language]}.{extension}"


def agreement_environment(root: Path) -> jinja2.Environment:
    """The generated-page environment, able to include theme partials such as the print button."""
    environment = template_environment(root)
    environment.loader = jinja2.ChoiceLoader(
        [environment.loader, jinja2.FileSystemLoader(root / GENERATED_TEMPLATES.parent)]
    )
    return environment


def agreement_markdown(agreement: Agreement, profile: Profile, language: str,
                       environment: jinja2.Environment) -> str:
    body, variables = render_with_variables(environment, AGREEMENT_TEMPLATE, {
        "lang": language,
        "agreement": agreement,
        "profile": profile,
        "prefill": lambda field: prefill_value(field, profile),
        "status_date": long_date(agreement.status_date, language),
        "downloads": {extension: download_name(language, extension) for extension in ("docx", "pdf")},
        # What partials/print-button.html reads from MkDocs' template context.
        "config": {"theme": {"language": language}},
    })
    return page_markdown(
        title=variables["title"],
        description=variables["description"],
        body=body,
        meta={"kilder": sources_front_matter(agreement)},
    )


def sources_front_matter(agreement: Agreement) -> list[dict]:
    """The legal sources as the ``kilder`` front matter every guidance page uses."""
    return [
        {"titel": source.title, "udgiver": source.publisher, "dato": source.date, "url": source.url}
        for source in agreement.sources
    ]


def agreement_page(agreement: Agreement, profile: Profile, languages: tuple[str, ...], root: Path) -> GeneratedPage:
    environment = agreement_environment(root)
    return GeneratedPage(
        src_uri=AGREEMENT_PAGE,
        markdown_by_language={
            language: agreement_markdown(agreement, profile, language, environment) for language in languages
        },
        source_file=agreement.source_file,
    )
