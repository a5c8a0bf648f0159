"""Markers: HTML comments in a guidance page that the build replaces with generated content.

An editor writes ``<!-- tjekliste: for-praktikstart -->`` on a line of its
own, and the page shows that checklist there. Every marker has the form
``<!-- name: value -->`` and is found by the one regular expression below;
features register a handler for their name in the build's registry
(``mentorguiden.site.register_markers``: ``tjekliste``, ``profil``, ``regel``). A comment of that form with a name no feature has
registered is an error, so a misspelt marker never silently shows nothing.
Comments without a colon (``<!-- note to self -->``) are left alone, as is
anything inside fenced code blocks, so the site can show how markers are
written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mentorguiden.core.errors import DataError
from mentorguiden.core.messages import did_you_mean
from mentorguiden.core.messages import where as where_in

MARKER = re.compile(r"<!--\s*(?P<name>[^\s:<>-][^\s:<>]*)\s*:\s*(?P<value>[^<>]*?)\s*-->")
"""``<!-- name: value -->``. The name has no spaces; the value may be empty."""

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})", re.MULTILINE)


@dataclass
class MarkerContext:
    """What a handler knows about the page it writes into."""

    page_name: str
    """How an editor finds the page, e.g. ``docs/virksomheder/mentoraftalen.md``."""
    language: str
    links: Callable[[str], Any]
    """A guidance page (path under docs/) → its link as seen from this page."""
    _counts: Counter[str] = field(default_factory=Counter[str])

    def occurrence(self, key: str) -> int:
        """1 the first time ``key`` is asked for on this page, 2 the next time, …"""
        self._counts[key] += 1
        return self._counts[key]


MarkerHandler = Callable[[str, MarkerContext], str]
"""The marker's value and the page → the Markdown or HTML that replaces it; ``DataError`` if it cannot."""


class MarkerRegistry:
    """Marker names and the handlers that expand them."""

    def __init__(self) -> None:
        self._handlers: dict[str, MarkerHandler] = {}

    def register(self, name: str, handler: MarkerHandler) -> None:
        """Make ``<!-- name: value -->`` expand through ``handler`` (replacing any earlier one)."""
        self._handlers[name] = handler

    @property
    def names(self) -> list[str]:
        return sorted(self._handlers)

    def expand(self, markdown: str, context: MarkerContext) -> str:
        """``markdown`` with every marker replaced; ``DataError`` naming the page for every bad one."""
        problems: list[str] = []

        def replace(match: re.Match[str]) -> str:
            name, value = match.group("name"), match.group("value")
            line = markdown.count("\n", 0, match.start()) + 1
            where = where_in(context.page_name, line)
            handler = self._handlers.get(name)
            if handler is None:
                problems.append(f"{where}: {self._unknown_message(name)}")
                return match.group(0)
            try:
                return handler(value, context)
            except DataError as error:
                problems.extend(f"{where}: {message}" for message in error.messages)
                return match.group(0)

        expanded = _outside_code(markdown, lambda text: MARKER.sub(replace, text))
        if problems:
            raise DataError(problems)
        return expanded

    def _unknown_message(self, name: str) -> str:
        hint = did_you_mean(name, self.names, f"Kendte markører er: {', '.join(self.names) or '(ingen)'}.")
        return (
            f"ukendt markør '{name}' i <!-- {name}: … -->. {hint} "
            "En almindelig kommentar må ikke have kolon efter det første ord."
        )


def _outside_code(markdown: str, transform: Callable[[str], str]) -> str:
    """Apply ``transform`` to the parts of ``markdown`` that are not fenced code blocks."""
    parts: list[str] = []
    position = 0
    while True:
        opening = _FENCE.search(markdown, position)
        if opening is None:
            parts.append(transform(markdown[position:]))
            return "".join(parts)
        parts.append(transform(markdown[position : opening.start()]))
        fence = opening.group("fence")
        closing = re.compile(rf"^ {{0,3}}{fence[0]}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        end_of_line = markdown.find("\n", opening.end())
        close = closing.search(markdown, end_of_line + 1) if end_of_line != -1 else None
        end = close.end() if close else len(markdown)
        parts.append(markdown[opening.start() : end])
        position = end
