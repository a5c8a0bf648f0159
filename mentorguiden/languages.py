"""The site's languages and a text written in each of them.

Every data file (checklists, agreement, glossary) has its texts in Danish and
English; the models share this one type for them.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("da", "en")
"""Danish first: the default language, built at the site root."""


@dataclass(frozen=True)
class Translated:
    """A text in every language of the site."""

    da: str
    en: str

    def __getitem__(self, language: str) -> str:
        if language not in LANGUAGES:
            raise KeyError(f"no text in language {language!r}")
        return getattr(self, language)

    @classmethod
    def from_data(cls, data: dict) -> Translated:
        return cls(da=data["da"], en=data["en"])
