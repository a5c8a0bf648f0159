"""The rule register (data/regler.yml): every legal rule the site states, in one place.

A page cites a rule with ``<!-- regel: id -->``, a checklist with
``regler: [id, …]`` and the agreement with ``regel: id``; the citation, its
link to the consolidated law and its "status pr." date come from the
register, so a change in the law is one edit. When a rule's review date has
passed, the pages that use it show a notice and ``make check`` fails.

data file → model (``load``, ``model``) → page (``citations``, ``notice``);
``usage`` finds the pages that use each rule, ``review`` is ``make check``'s part.
"""

from mentorguiden.rules.citations import (
    RuleTexts,
    citation,
    expand_included_citations,
    required_by_law,
    rule_texts,
    rules_line,
    rules_text,
    short_text,
    status_text,
)
from mentorguiden.rules.load import cited_rules, load_register
from mentorguiden.rules.model import MARKER_NAME, RULES_FILE, RULES_SCHEMA, Law, Register, Rule
from mentorguiden.rules.today import TODAY_VARIABLE, today
from mentorguiden.rules.usage import marker_problems

__all__ = [
    "MARKER_NAME",
    "RULES_FILE",
    "RULES_SCHEMA",
    "TODAY_VARIABLE",
    "Law",
    "Register",
    "Rule",
    "RuleTexts",
    "citation",
    "cited_rules",
    "expand_included_citations",
    "load_register",
    "marker_problems",
    "required_by_law",
    "rule_texts",
    "rules_line",
    "rules_text",
    "short_text",
    "status_text",
    "today",
]
