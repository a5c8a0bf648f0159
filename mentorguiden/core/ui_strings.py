"""Every bilingual word and phrase of the site's own interface, in one table.

Python (``ui(key, language)``) and the templates (``{{ t("key") }}`` in
overrides/generated/, and in the theme partials through the MkDocs glue)
read the same table, so a label is translated once. Texts from data files
(checklists, agreement, glossary, profile) are not here: they stay in their
data file.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_TABLE: dict[str, dict[str, str]] = {
    # Dates and sources
    "undated": {"da": "udateret", "en": "undated"},
    "sources": {"da": "Kilder", "en": "Sources"},
    "sources_anchor": {"da": "kilder", "en": "sources"},
    "last_reviewed": {"da": "Senest gennemgået", "en": "Last reviewed"},
    "last_updated": {"da": "Senest opdateret", "en": "Last updated"},
    "link_to_section": {"da": "Link til dette afsnit", "en": "Link to this section"},
    "status_as_of": {"da": "Status pr.", "en": "Status as of"},
    "status_as_of_lower": {"da": "status pr.", "en": "status as of"},
}

UI_STRINGS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {key: MappingProxyType(texts) for key, texts in _TABLE.items()})
"""key → {language → text}; read-only."""


def ui(key: str, language: str) -> str:
    """The interface text ``key`` in ``language`` (Danish if the language has none)."""
    texts = UI_STRINGS[key]
    return texts.get(language) or texts["da"]


def ui_for(language: str):
    """``t(key)`` for one language, as the templates call it."""
    def t(key: str) -> str:
        return ui(key, language)
    return t
