"""Jinja templates that turn models into page bodies.

The templates live in ``overrides/generated/`` beside the theme overrides, so
wording and markup are edited in one place and never in Python. Every value
from a data file is escaped: it comes out as text, never as markup, and it
cannot start a Markdown include (``{!…!}``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import jinja2.runtime

from mentorguiden.core.pages import escape_data
from mentorguiden.core.ui_strings import ui

GENERATED_TEMPLATES = Path("overrides") / "generated"


def template_environment(root: Path, *, theme_partials: bool = False) -> jinja2.Environment:
    """The one environment for ``overrides/generated/``.

    ``theme_partials=True`` also lets a template include the site's theme
    partials (``partials/print-button.html``), which read
    ``config.theme.language``; the generators pass that one value in, so the
    markup is the same as on theme pages. Every template can call
    ``t("key")`` for the interface text in the context's ``lang``
    (``mentorguiden.core.ui_strings``); a macro, which does not see the
    caller's ``lang``, calls ``ui("key", lang)``.
    """
    loader: jinja2.BaseLoader = jinja2.FileSystemLoader(root / GENERATED_TEMPLATES)
    if theme_partials:
        loader = jinja2.ChoiceLoader([loader, jinja2.FileSystemLoader(root / GENERATED_TEMPLATES.parent)])
    environment = jinja2.Environment(
        loader=loader,
        autoescape=True,
        finalize=escape_data,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.globals["t"] = translate
    environment.globals["ui"] = ui
    return environment


@jinja2.pass_context
def translate(context: jinja2.runtime.Context, key: str) -> str:
    """``{{ t("sources") }}``: the interface text in the template's language (``lang``, else the theme's)."""
    language = context.get("lang") or context["config"]["theme"]["language"]
    return ui(key, language)


def render_with_variables(
    environment: jinja2.Environment, template_name: str, context: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """Render a template once; return its text and the variables it ``{% set %}`` at top level."""
    module = environment.get_template(template_name).make_module(context)
    variables = {name: getattr(module, name) for name in dir(module) if not name.startswith("_")}
    return str(module), variables
