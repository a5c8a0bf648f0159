"""Rules → HTML and text: the citation, the "Regler" line, the agreement's law labels.

The wording and markup are the macros in ``overrides/generated/rules.html``;
these functions call them, so Python holds no site text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from markupsafe import Markup

from ..templates import template_environment
from .model import Rule

RULES_TEMPLATE = "rules.html"

_MACROS: dict[str, object] = {}


def macros(root: Path):
    """The macros of ``overrides/generated/rules.html`` for the project at ``root``."""
    key = str(root.resolve())
    if key not in _MACROS:
        environment = template_environment(root)
        _MACROS.clear()
        _MACROS[key] = environment.get_template(RULES_TEMPLATE).module
    return _MACROS[key]


def citation(rule: Rule, language: str, root: Path) -> Markup:
    """``<a …>LAB § 167, stk. 1</a> (status pr. 22. november 2026)``."""
    return Markup(macros(root).citation(rule, language))


def rules_line(rules: Sequence[Rule], language: str, root: Path) -> Markup:
    return Markup(macros(root).rules_line(rules, language))


def rules_text(rules: Sequence[Rule], language: str, root: Path) -> str:
    """The "Regler: …" line as plain text (the Word document)."""
    return Markup(macros(root).rules_text(rules, language)).striptags()


def required_by_law(rule: Rule, language: str, root: Path) -> str:
    """``kræves af loven: LAB kapitel 26, jf. …`` as plain text."""
    return Markup(macros(root).required_by_law(rule, language)).striptags()


def short_text(rule: Rule, language: str, root: Path) -> str:
    """``LAB kapitel 26, jf. …``: the citation without link or date, as plain text."""
    return Markup(macros(root).short(rule, language)).striptags()


def status_text(rule: Rule, language: str, root: Path) -> str:
    """``status pr. 22. november 2026`` as plain text."""
    return Markup(macros(root).status(rule, language)).striptags()


def unique(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    """Each rule once, in first-seen order."""
    return tuple({rule.id: rule for rule in rules}.values())
