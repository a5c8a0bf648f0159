"""The site's languages and a text written in each of them.

Every data file (checklists, agreement, glossary) has its texts in Danish and
English; the models share this one type for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LANGUAGES = ("da", "en")
"""Danish first: the default language, built at the site root."""
DEFAULT_LANGUAGE = LANGUAGES[0]


def language_prefix(language: str, default: str = DEFAULT_LANGUAGE) -> str:
    """Where a language's pages live below the site root: ``""`` for the default language, ``"en/"`` for English."""
    return "" if language == default else f"{language}/"


def language_attributes(page_language: str, *names: str, content_language: str = DEFAULT_LANGUAGE) -> str:
    """`` lang="da"``, `` hreflang="da"`` … for Danish content on a page in another language; ``""`` on a Danish page.

    ``names`` are the attributes to set (``"lang"`` for Danish words,
    ``"hreflang"`` for a link to a Danish page). The one place that decides
    which language-dependent attributes an element gets, for the templates
    (``danish_attrs``) as for Python.
    """
    if page_language == content_language:
        return ""
    return "".join(f' {name}="{content_language}"' for name in names)


@dataclass(frozen=True)
class Languages:
    """The languages of one build: the one being built now, the default, and all that are built."""

    current: str
    default: str
    built: tuple[str, ...]

    def path_prefix(self, language: str) -> str:
        """``""`` for the default language, ``"en/"`` for English."""
        return language_prefix(language, self.default)


@dataclass(frozen=True)
class Translated:
    """A text in every language of the site."""

    da: str
    en: str

    def __getitem__(self, language: str) -> str:
        if language not in LANGUAGES:
            raise KeyError(f"no text in language {language!r}")
        text: str = getattr(self, language)
        return text

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Translated:
        return cls(da=data["da"], en=data["en"])
