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

from .pages import escape_data

GENERATED_TEMPLATES = Path("overrides") / "generated"


def template_environment(root: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(root / GENERATED_TEMPLATES),
        autoescape=True,
        finalize=escape_data,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_with_variables(
    environment: jinja2.Environment, template_name: str, context: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """Render a template once; return its text and the variables it ``{% set %}`` at top level."""
    module = environment.get_template(template_name).make_module(context)
    variables = {name: getattr(module, name) for name in dir(module) if not name.startswith("_")}
    return str(module), variables
