"""Rules → HTML and text: the citation, the "Regler" line, the agreement's law labels.

The wording and markup are the macros in ``overrides/generated/rules.html``;
these functions call them, so Python holds no site text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from markupsafe import Markup

from mentorguiden.core.templates import template_environment
from mentorguiden.rules.model import MARKER_NAME, Register, Rule

RULES_TEMPLATE = "rules.html"

RuleTexts = Any
"""The macros of ``overrides/generated/rules.html`` (a Jinja template module), made once per build."""


def rule_texts(root: Path) -> RuleTexts:
    """The macros of ``overrides/generated/rules.html`` for the project at ``root``."""
    return template_environment(root).get_template(RULES_TEMPLATE).module


def citation(rule: Rule, language: str, texts: RuleTexts) -> Markup:
    """``<a …>LAB § 167, stk. 1</a> (status pr. 22. november 2026)``."""
    return Markup(texts.citation(rule, language))


def rules_line(rules: Sequence[Rule], language: str, texts: RuleTexts) -> Markup:
    return Markup(texts.rules_line(rules, language))


def rules_text(rules: Sequence[Rule], language: str, texts: RuleTexts) -> str:
    """The "Regler: …" line as plain text (the Word document)."""
    return Markup(texts.rules_text(rules, language)).striptags()


def required_by_law(rule: Rule, language: str, texts: RuleTexts) -> str:
    """``kræves af loven: LAB kapitel 26, jf. …`` as plain text."""
    return Markup(texts.required_by_law(rule, language)).striptags()


def short_text(rule: Rule, language: str, texts: RuleTexts) -> str:
    """``LAB kapitel 26, jf. …``: the citation without link or date, as plain text."""
    return Markup(texts.short(rule, language)).striptags()


def status_text(rule: Rule, language: str, texts: RuleTexts) -> str:
    """``status pr. 22. november 2026`` as plain text."""
    return Markup(texts.status(rule, language)).striptags()


def unique(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    """Each rule once, in first-seen order."""
    return tuple({rule.id: rule for rule in rules}.values())


_MARKER_COMMENT = re.compile(rf"<!--\s*{MARKER_NAME}\s*:\s*(?P<id>[a-z0-9-]+)\s*-->")
"""A citation marker that reached the HTML (from a text included with ``{!file!}``)."""


def expand_included_citations(html: str, register: Register, language: str, texts: RuleTexts) -> str:
    """``html`` with each known ``<!-- regel: id -->`` replaced by its citation (unknown ids are caught earlier)."""
    return _MARKER_COMMENT.sub(
        lambda match: citation(register.rules[match["id"]], language, texts) if match["id"] in register.rules else match[0],
        html,
    )
