"""The checklist "Er mentoraftalen komplet?", made from the agreement template.

The checklist's data file says ``punkter_fra: mentoraftale``; its items are
the sections of ``data/mentoraftale.yml``, one item per section, and each
item's help names the fields of that section the law requires (so the list
still fits one A4 sheet).
So the checklist and the form cannot drift apart: a section or a required
field added to the agreement is on the checklist at the next build.
"""

from __future__ import annotations

from mentorguiden.agreement.model import Agreement, Section
from mentorguiden.checklists.model import ChecklistItem
from mentorguiden.core.languages import Translated


def agreement_checklist_items(agreement: Agreement) -> tuple[ChecklistItem, ...]:
    """One checklist item per section of the agreement template, and one for sending it safely."""
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
    """ "The section X is filled in", with the fields the rules require named in the help."""
    required = [field.label for field in section.fields if field.legal_source]
    return ChecklistItem(
        id=section.id,
        text=Translated(
            da=f"Afsnittet »{section.title.da}« er udfyldt.",
            en=f"The section “{section.title.en}” is filled in.",
        ),
        help=Translated(
            da=f"Krav i reglerne: {', '.join(label.da for label in required)}.",
            en=f"Required by the rules: {', '.join(label.en for label in required)}.",
        )
        if required
        else None,
    )
