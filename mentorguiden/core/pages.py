"""Generated pages as plain data: one Markdown document per language.

A generator (contact page, checklists, agreement) returns a ``GeneratedPage``;
the MkDocs glue puts each language version at its own path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import yaml
from markupsafe import Markup, escape

from mentorguiden.core.escaping import markdown_inert


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    """Where the page would live in docs/, e.g. ``kontakt.md`` (never written there)."""
    markdown_by_language: Mapping[str, str]
    source_file: str
    """The data file the page comes from; its "edit this page" link points there."""


def escape_data(value: Any) -> Any:
    """HTML-escape a data value and neutralise the braces markdown-include reacts to."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return Markup(markdown_inert(str(escape(value))).replace("{", "&#123;").replace("}", "&#125;"))


def page_markdown(*, title: str, description: str, body: str, meta: Mapping[str, Any] | None = None) -> str:
    """A Markdown page with front matter.

    MkDocs themes print ``title`` and ``description`` into HTML without
    escaping, so they are escaped here. ``meta`` adds further front matter
    keys (for example ``kilder``, ``senest_gennemgaaet``) as plain data; the
    templates that show them escape them.
    """
    front_matter = yaml.safe_dump(
        {"title": str(escape_data(title)), "description": str(escape_data(description)), **(meta or {})},
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
    )
    return f"---\n{front_matter}---\n\n{body.strip()}\n"


class PageLink(NamedTuple):
    """A link to a guidance page from another page: where it goes, and the page's title."""

    href: str
    title: str


class RenderedOnUse(Mapping[str, str]):
    """Markdown per language, rendered the first time a language is asked for.

    Each language build uses only its own language, so the other is never rendered.
    """

    def __init__(self, languages: Sequence[str], render: Callable[[str], str]):
        self._languages = tuple(languages)
        self._render = render
        self._rendered: dict[str, str] = {}

    def __getitem__(self, language: str) -> str:
        if language not in self._languages:
            raise KeyError(language)
        if language not in self._rendered:
            self._rendered[language] = self._render(language)
        return self._rendered[language]

    def __contains__(self, language: object) -> bool:
        # Without rendering: a template error must surface where it is rendered, not as "no text".
        return language in self._languages

    def __iter__(self) -> Iterator[str]:
        return iter(self._languages)

    def __len__(self) -> int:
        return len(self._languages)
