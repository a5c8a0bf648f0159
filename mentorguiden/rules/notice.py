"""The review notice: on every page that uses a rule whose review date has passed.

A page *uses* a rule when its HTML holds a citation of it (``data-mg-regel``,
see ``rules.html``): a ``<!-- regel: id -->`` marker, a checklist's "Regler"
line (on its own page, the print-all page or embedded in a guidance page),
or the agreement's status line.

Static sites are often not rebuilt, so the notice is always in the page of
a page that uses a rule: shown when the build already knows the date has
passed, otherwise hidden, with the date in ``data-mg-review-date`` for
``overrides/assets/javascripts/rules-notice.js`` to compare with the
visitor's clock.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from mentorguiden.core.dates import long_date
from mentorguiden.rules.citations import RuleTexts
from mentorguiden.rules.model import Law, Register, Rule

_CITED = re.compile(r'data-mg-regel="(?P<id>[a-z0-9-]+)"')
_ARTICLE = re.compile(r"<article\b[^>]*>")
_H1_END = re.compile(r"</h1\s*>")


@dataclass(frozen=True)
class NoticeGroup:
    """The rules of one page that share a review date."""

    review_by: datetime.date
    laws: tuple[Law, ...]
    shown: bool
    """True when the build's "today" is after ``review_by``: shown without JavaScript."""


def cited_rule_ids(html: str) -> list[str]:
    """The ids of every rule cited in ``html``, each once, in order."""
    return list(dict.fromkeys(match["id"] for match in _CITED.finditer(html)))


def notice_groups(rules: Iterable[Rule], today: datetime.date) -> list[NoticeGroup]:
    """The notices a page needs: one shown for every rule past its date, one hidden per later date."""
    rules = list(rules)
    overdue = [rule for rule in rules if rule.overdue(today)]
    groups: list[NoticeGroup] = []
    if overdue:
        groups.append(NoticeGroup(min(rule.review_by for rule in overdue), _laws(overdue), shown=True))
    pending = sorted({rule.review_by for rule in rules if not rule.overdue(today)})
    for review_by in pending:
        groups.append(NoticeGroup(review_by, _laws(r for r in rules if r.review_by == review_by), shown=False))
    return groups


def _laws(rules: Iterable[Rule]) -> tuple[Law, ...]:
    return tuple({rule.law.id: rule.law for rule in rules}.values())


def notices_html(groups: Sequence[NoticeGroup], language: str, texts: RuleTexts) -> Markup:
    notice = texts.notice
    return Markup("\n").join(
        Markup(notice(group.review_by, long_date(group.review_by, language), group.laws, language, group.shown))
        for group in groups
    )


def insert_at_top_of_article(html: str, addition: str) -> str:
    """``addition`` right after the article's first heading (or at the article's start)."""
    article = _ARTICLE.search(html)
    if article is None:
        return html
    heading = _H1_END.search(html, article.end())
    position = heading.end() if heading else article.end()
    return f"{html[:position]}\n{addition}\n{html[position:]}"


def add_notices(html: str, register: Register, today: datetime.date, language: str, texts: RuleTexts) -> str:
    """The built page with its review notices; unchanged when it cites no rule."""
    rules = [register.rules[rule_id] for rule_id in cited_rule_ids(html) if rule_id in register.rules]
    if not rules:
        return html
    return insert_at_top_of_article(html, notices_html(notice_groups(rules, today), language, texts))
