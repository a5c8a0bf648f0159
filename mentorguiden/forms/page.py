"""The forms' pages (/mentoraftale/, /kompensationsaftale/, /timeseddel/ and /blanketter/), in both languages.

Every form's markup comes from one template, ``overrides/generated/form.html``
(its body is ``overrides/generated/form-body.html``, which the set page
``/blanketter/`` (``forms-set.html``) includes once per form). This module gives the
templates the model, the profile and the names of the downloads, and puts the
legal sources into the front matter as ``kilder``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from mentorguiden.core.dates import long_date
from mentorguiden.core.pages import GeneratedPage, RenderedOnUse, page_markdown
from mentorguiden.core.templates import render_with_variables, template_environment
from mentorguiden.forms.model import Field, Form, prefill_value
from mentorguiden.profile.model import Profile
from mentorguiden.profile.texts import profile_plain_texts

FORM_TEMPLATE = "form.html"
SET_TEMPLATE = "forms-set.html"
SET_PAGE = "blanketter.md"
SET_FOLDER = "blanketter"
"""The set page's folder in the built site, below the language prefix (``en/``)."""


def download_name(form: Form, language: str, extension: str) -> str:
    """The file name of a download beside the form's page: ``mentoraftale.docx``, ``mentor-agreement.pdf``."""
    return f"{form.file_name[language]}.{extension}"


def forms_environment(root: Path) -> jinja2.Environment:
    """The generated-page environment, able to include theme partials such as the print button."""
    return template_environment(root, theme_partials=True)


def _context(profile: Profile, language: str, environment: jinja2.Environment) -> dict[str, Any]:
    texts = profile_plain_texts(profile, environment)

    def prefill(field: Field) -> str:
        return prefill_value(field, profile, lambda key: texts(key, language))

    def status_date(form: Form) -> str:
        return long_date(form.status_date, language) if form.status_date else ""

    def downloads(form: Form) -> dict[str, str]:
        return {extension: download_name(form, language, extension) for extension in ("docx", "pdf")}

    return {
        "lang": language,
        "profile": profile,
        "prefill": prefill,
        "status_date": status_date,
        "downloads": downloads,
        # What partials/print-button.html reads from MkDocs' template context.
        "config": {"theme": {"language": language}},
    }


def form_markdown(form: Form, profile: Profile, language: str, environment: jinja2.Environment) -> str:
    body, variables = render_with_variables(
        environment, FORM_TEMPLATE, {**_context(profile, language, environment), "form": form}
    )
    return page_markdown(
        title=variables["title"], description=variables["description"], body=body, meta={"kilder": sources_front_matter(form)}
    )


def set_markdown(forms: tuple[Form, ...], profile: Profile, language: str, environment: jinja2.Environment) -> str:
    body, variables = render_with_variables(
        environment, SET_TEMPLATE, {**_context(profile, language, environment), "forms": forms}
    )
    sources = {source["url"]: source for form in forms for source in sources_front_matter(form)}
    return page_markdown(
        title=variables["title"], description=variables["description"], body=body, meta={"kilder": list(sources.values())}
    )


def sources_front_matter(form: Form) -> list[dict[str, Any]]:
    """The legal sources as the ``kilder`` front matter every guidance page uses."""
    return [source.as_front_matter() for source in form.sources]


def _page(src_uri: str, source_file: str, languages: tuple[str, ...], render: Callable[[str], str]) -> GeneratedPage:
    return GeneratedPage(src_uri=src_uri, markdown_by_language=RenderedOnUse(languages, render), source_file=source_file)


def form_pages(
    forms: tuple[Form, ...],
    profile: Profile,
    languages: tuple[str, ...],
    root: Path,
    environment: jinja2.Environment | None = None,
) -> list[GeneratedPage]:
    """One page per form, and the set page that prints them all.

    ``environment``: the build's one environment (``forms_environment`` of the same root), so the
    templates are loaded once per build, not once per language build; by default a new one.
    """
    environment = environment or forms_environment(root)
    pages = [
        _page(
            f"{form.page_folder}.md",
            form.source_file,
            languages,
            lambda language, form=form: form_markdown(form, profile, language, environment),  # type: ignore[misc]
        )
        for form in forms
    ]
    pages.append(
        _page(
            SET_PAGE,
            forms[0].source_file,
            languages,
            lambda language: set_markdown(forms, profile, language, environment),
        )
    )
    return pages
