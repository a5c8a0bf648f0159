"""The rule register (data/regler.yml): every legal rule the site states, in one place.

A page cites a rule with ``<!-- regel: id -->``; the citation, its link to the
consolidated law and its "status pr." date come from the register, so a change
in the law is one edit. (First version: the marker only. The rules feature
grows the notices and checks.)
"""

from __future__ import annotations

import difflib
import html
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError
from .frontmatter import format_date

MARKER_NAME = "regel"
RULES_FILE = Path("data/regler.yml")


def load_rules(root: Path) -> dict[str, Any]:
    data = yaml.safe_load((root / RULES_FILE).read_text(encoding="utf-8"))
    return {"laws": data["love"], "rules": {rule["id"]: rule for rule in data["regler"]}}


def citation(register: dict[str, Any], rule_id: str, language: str) -> str:
    """``LAB § 167, stk. 1`` linked to the law, with its "status pr." date."""
    rule = register["rules"].get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, list(register["rules"]), n=1)
        hint = f" Mente du '{close[0]}'?" if close else ""
        raise DataError(f"ukendt regel '{rule_id}' i <!-- regel: … -->.{hint} Reglerne står i {RULES_FILE}.")
    law = register["laws"][rule["lov"]]
    label = " ".join(part for part in (law["forkortelse"], rule.get("paragraf", "")) if part)
    status = "status pr." if language == "da" else "status as of"
    date = format_date(str(rule["status_pr"]), language).text
    lang = ' lang="da"' if language != "da" else ""
    return (
        f'<a class="mg-rule" href="{html.escape(law["url"])}"{lang}>{html.escape(label)}</a>'
        f" ({status} {date})"
    )
