"""The checklist "Er mentoraftalen komplet?", made from the agreement template.

The checklist's data file says ``punkter_fra: mentoraftale``; its items are
the sections of ``data/mentoraftale.yml``, one item per section, and each
item's help names the fields of that section, the ones the law requires first.
So the checklist and the form cannot drift apart: a section or a required
field added to the agreement is on the checklist at the next build.
"""

from __future__ import annotations

from pathlib import Path

from .agreement import Section, load_agreement
from .checklists import ChecklistItem
from .languages import Translated


def agreement_checklist_items(root: Path) -> tuple[ChecklistItem, ...]:
    """One checklist item per section of the agreement template, and one for sending it safely."""
    agreement = load_agreement(root)
    return (*(section_item(section) for section in agreement.sections), SEND_SAFELY)


SEND_SAFELY = ChecklistItem(
    id="digital-post",
    text=Translated(
        da="Der står intet CPR-nummer i aftalen, og den underskrevne aftale sendes med Digital Post.",
        en="The agreement holds no CPR number, and the signed agreement is sent through Digital Post.",
    ),
    help=Translated(
        da="Send aldrig aftalen med almindelig e-mail.",
        en="Never send the agreement by ordinary e-mail.",
    ),
)


def section_item(section: Section) -> ChecklistItem:
    return ChecklistItem(
        id=section.id,
        text=Translated(
            da=f"Afsnittet »{section.title.da}« er udfyldt.",
            en=f"The section “{section.title.en}” is filled in.",
        ),
        help=Translated(da=_field_summary(section, "da"), en=_field_summary(section, "en")),
    )


_REQUIRED = {"da": "Krav i reglerne", "en": "Required by the rules"}
_OTHERS = {"da": "Udfyld også", "en": "Also fill in"}
_FIELDS = {"da": "Felter", "en": "Fields"}


def _field_summary(section: Section, language: str) -> str:
    """E.g. "Krav i reglerne: Navn, Telefon, E-mail. Udfyld også: Stilling."."""
    required = [getattr(field.label, language) for field in section.fields if field.legal_source]
    others = [getattr(field.label, language) for field in section.fields if not field.legal_source]
    if not required:
        return f"{_FIELDS[language]}: {', '.join(others)}."
    summary = f"{_REQUIRED[language]}: {', '.join(required)}."
    if others:
        summary += f" {_OTHERS[language]}: {', '.join(others)}."
    return summary
