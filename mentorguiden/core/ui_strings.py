"""Every bilingual word and phrase of the site's own interface, in one table.

Python (``ui(key, language)``) and the templates (``{{ t("key") }}`` in
overrides/generated/, and in the theme partials through the MkDocs glue)
read the same table, so a label is translated once. Texts from data files
(checklists, agreement, glossary, profile) are not here: they stay in their
data file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

_TABLE: dict[str, dict[str, str]] = {
    # Dates and sources (core/dates.py, content/page_sources.py, partials/page-sources.html)
    "undated": {"da": "udateret", "en": "undated"},
    "sources": {"da": "Kilder", "en": "Sources"},
    "sources_anchor": {"da": "kilder", "en": "sources"},
    "last_reviewed": {"da": "Senest gennemgået", "en": "Last reviewed"},
    "link_to_section": {"da": "Link til dette afsnit", "en": "Link to this section"},
    "status_as_of": {"da": "Status pr.", "en": "Status as of"},
    "status_as_of_lower": {"da": "status pr.", "en": "status as of"},
    # Every page (partials/page-updated.html, actions.html, copyright.html, print-header.html)
    "last_updated": {"da": "Senest opdateret", "en": "Last updated"},
    "edit_page": {"da": "Rediger denne side", "en": "Edit this page"},
    "phone": {"da": "Telefon", "en": "Phone"},
    "accessibility_statement": {"da": "Tilgængelighedserklæring", "en": "Accessibility statement"},
    "contact": {"da": "Kontakt", "en": "Contact"},
    "about_site": {"da": "Om siden", "en": "About this site"},
    "print": {"da": "Udskriv", "en": "Print"},
    "printed": {"da": "Udskrevet", "en": "Printed"},
    # Opening hours (profile/texts.py)
    "and": {"da": "og", "en": "and"},
    "at_time": {"da": "kl. ", "en": ""},
    # Checklists (generated/checklist*.html)
    "checklist_for": {"da": "Til", "en": "For"},
    "checklist_see_also": {"da": "Se også", "en": "See also"},
    "checklist_read_more": {"da": "Læs mere", "en": "Read more"},
    "audience_virksomhed": {"da": "Virksomheder", "en": "Companies"},
    "audience_konsulent": {"da": "Jobcentre og konsulenter", "en": "Job centres and consultants"},
    "audience_begge": {"da": "Virksomheder, jobcentre og konsulenter", "en": "Companies, job centres and consultants"},
    "checklists_title": {"da": "Tjeklister", "en": "Checklists"},
    "checklists_description": {
        "da": "Tjeklister til virksomheder, jobcentre og konsulenter, som du kan krydse af på skærmen eller udskrive.",
        "en": "Checklists for companies, job centres and consultants, to tick off on screen or print.",
    },
    "checklists_intro": {
        "da": "Sæt kryds på skærmen, eller udskriv en tjekliste og tag den med. Det, du krydser af, bliver ikke "
        "gemt nogen steder.",
        "en": "Tick the items off on screen, or print a checklist and take it with you. What you tick is not saved anywhere.",
    },
    "checklists_all_link": {
        "da": "Alle tjeklister på én side, så du kan udskrive dem samlet",
        "en": "All checklists on one page, to print them all",
    },
    "checklists_all_title": {"da": "Alle tjeklister", "en": "All checklists"},
    "checklists_all_description": {
        "da": "Alle Mentorguidens tjeklister samlet på én side, klar til at blive udskrevet.",
        "en": "Every checklist in Mentorguiden on one page, ready to print.",
    },
    "checklists_all_intro": {
        "da": "Alle tjeklister på én side. Når du udskriver, begynder hver tjekliste på et nyt ark.",
        "en": "Every checklist on one page. When you print, each checklist starts on a new sheet.",
    },
    # The agreement: page (generated/agreement.html) and Word file (agreement/docx.py)
    "agreement_required_by_law": {"da": "kræves af loven", "en": "required by law"},
    "agreement_date_format": {"da": "dd.mm.åååå", "en": "dd.mm.yyyy"},
    "agreement_name": {"da": "Navn", "en": "Name"},
    "agreement_date": {"da": "Dato", "en": "Date"},
    "agreement_signature": {"da": "Underskrift", "en": "Signature"},
    "agreement_privacy": {"da": "Persondata:", "en": "Personal data:"},
    "agreement_legend": {
        "da": "Felter mærket »kræves af loven« skal altid udfyldes.",
        "en": "Fields marked “required by law” must always be filled in.",
    },
    "agreement_download_docx": {"da": "Hent som Word (.docx)", "en": "Download as Word (.docx)"},
    "agreement_download_pdf": {"da": "Hent den tomme blanket som PDF", "en": "Download the blank form as PDF"},
}

UI_STRINGS: Mapping[str, Mapping[str, str]] = MappingProxyType({key: MappingProxyType(texts) for key, texts in _TABLE.items()})
"""key → {language → text}; read-only."""


def ui(key: str, language: str) -> str:
    """The interface text ``key`` in ``language`` (Danish if the language has none)."""
    texts = UI_STRINGS[key]
    return texts[language] if language in texts else texts["da"]


def ui_for(language: str) -> Callable[[str], str]:
    """``t(key)`` for one language, as the templates call it."""

    def t(key: str) -> str:
        return ui(key, language)

    return t
