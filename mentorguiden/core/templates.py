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
from markupsafe import Markup

from mentorguiden.core.languages import language_attributes, language_prefix
from mentorguiden.core.pages import escape_data
from mentorguiden.core.ui_strings import ui_for, ui_markup

GENERATED_TEMPLATES = Path("overrides") / "generated"
TEMPLATE_CACHE = Path(".cache") / "jinja"
"""Compiled templates, kept between builds (ignored by git). Jinja checks each template's source
before it uses the compiled code, so an edited template is compiled again."""


def template_environment(root: Path, *, theme_partials: bool = False) -> jinja2.Environment:
    """The one environment for ``overrides/generated/``.

    ``theme_partials=True`` also lets a template include the site's theme
    partials (``partials/print-button.html``), which read
    ``config.theme.language``; the generators pass that one value in, so the
    markup is the same as on theme pages. Every template can call
    ``t("key", name=value)`` for the interface text in the context's ``lang``
    (``mentorguiden.core.ui_strings``); a macro, which does not see the
    caller's ``lang``, calls ``ui("key", lang, name=value)``. Placeholder
    values are escaped like every other data value (``escape_data``).
    ``danish_attrs`` and ``in_danish`` mark Danish content on a page in
    another language.
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
        bytecode_cache=bytecode_cache(root, "generated"),
    )
    environment.globals.update(t=translate, ui=ui_data, danish_attrs=danish_attrs, in_danish=in_danish)
    return environment


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates by template name, not by file path: copies of the project (the tests and
    benchmarks build many) can share one folder. Jinja still compares each template's source with
    the one the code was compiled from, so a copy with an edited template compiles it again. (A
    traceback from inside a template may then name the copy that compiled it first.)"""

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(name)


def bytecode_cache(root: Path, kind: str) -> jinja2.BytecodeCache | None:
    """The compiled templates of one kind of environment in ``.cache/jinja/<kind>/``; None if it cannot be written.

    Compiling the templates was a quarter of a build (benchmarks/PROFILE.md).
    Each kind of environment gets its own folder: the compiled code depends
    on the environment's settings, and the theme's environment and ours load
    some of the same files (``partials/print-button.html``) with different ones.
    """
    folder = root / TEMPLATE_CACHE / kind
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _BytecodeCache(str(folder))


def share_compiled_templates(copy: Path, project: Path) -> None:
    """Let a copy of ``project`` (a test's or a benchmark's) use the project's compiled templates."""
    shared = project / TEMPLATE_CACHE
    shared.mkdir(parents=True, exist_ok=True)
    (copy / TEMPLATE_CACHE).parent.mkdir(parents=True, exist_ok=True)
    (copy / TEMPLATE_CACHE).symlink_to(shared, target_is_directory=True)


def use_bytecode_cache(environment: jinja2.Environment, root: Path) -> None:
    """Keep the theme's compiled templates (MkDocs makes a new environment for every language build)."""
    environment.bytecode_cache = bytecode_cache(root, "theme")


def theme_template_globals(language: str) -> dict[str, Any]:
    """What the theme's templates (our partials in ``overrides/partials/``) get, for the language being built.

    The same names as in ``overrides/generated/``: ``t("key")``,
    ``danish_attrs(lang, "hreflang")`` and ``language_prefix(lang)``
    (``"en/"``, or ``""`` for Danish). The theme does not autoescape; its
    templates escape data with ``| e``, and ``t`` HTML-escapes placeholder values.
    """
    return {"t": ui_for(language), "danish_attrs": danish_attrs, "language_prefix": language_prefix}


@jinja2.pass_context
def translate(context: jinja2.runtime.Context, key: str, /, **values: Any) -> Markup:
    """``{{ t("sources") }}``: the interface text in the template's language (``lang``, else the theme's)."""
    language = context.get("lang") or context["config"]["theme"]["language"]
    return ui_data(key, language, **values)


def ui_data(key: str, language: str, /, **values: Any) -> Markup:
    """``{{ ui("rules", lang) }}``: the interface text, its placeholder values escaped as data."""
    return ui_markup(key, language, escape_data, **values)


def danish_attrs(page_language: str, *names: str) -> Markup:
    """``{{ danish_attrs(lang, "lang", "hreflang") }}``: the attributes Danish content needs on this page, or nothing."""
    return Markup(language_attributes(page_language, *names))


def in_danish(text: Any, page_language: str) -> Markup:
    """``{{ in_danish(rule.label, lang) }}``: the text (escaped), in ``<span lang="da">`` on a page in another language."""
    attributes = danish_attrs(page_language, "lang")
    escaped = escape_data(text)
    return Markup("<span{}>{}</span>").format(attributes, escaped) if attributes else Markup(escaped)


def render_with_variables(
    environment: jinja2.Environment, template_name: str, context: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """Render a template once; return its text and the variables it ``{% set %}`` at top level."""
    module = environment.get_template(template_name).make_module(context)
    variables = {name: getattr(module, name) for name in dir(module) if not name.startswith("_")}
    return str(module), variables
