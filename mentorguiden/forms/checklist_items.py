"""The checklist "Er mentoraftalen komplet?", made from the agreement template.

The checklist's data file says ``punkter_fra: mentoraftale``; its items are
the sections of ``data/blanketter/mentoraftale.yml``, one item per section, and each
item's help names the fields of that section the law requires (so the list
still fits one A4 sheet).
So the checklist and the form cannot drift apart: a section or a required
field added to the agreement is on the checklist at the next build.
"""

from __future__ import annotations

from collections.abc import Callable

from mentorguiden.checklists.model import ChecklistItem
from mentorguiden.core.languages import Translated
from mentorguiden.core.ui_strings import ui
from mentorguiden.forms.model import Form, Section


def agreement_checklist_items(agreement: Form) -> tuple[ChecklistItem, ...]:
    """One checklist item per section of the agreement template, and one for sending it safely."""
    send_safely = ChecklistItem(
        id="digital-post",
        text=in_every_language(lambda language: ui("agreement_checklist_send_safely", language)),
        help=in_every_language(lambda language: ui("agreement_checklist_send_safely_help", language)),
    )
    return (*(section_item(section) for section in agreement.sections), send_safely)


def section_item(section: Section) -> ChecklistItem:
    """ "The section X is filled in", with the fields the rules require named in the help."""
    required = [field.label for field in section.fields if field.legal_source]
    return ChecklistItem(
        id=section.id,
        text=in_every_language(lambda language: ui("agreement_checklist_section", language, title=section.title[language])),
        help=in_every_language(
            lambda language: ui("agreement_checklist_required", language, fields=", ".join(label[language] for label in required))
        )
        if required
        else None,
    )


def in_every_language(text: Callable[[str], str]) -> Translated:
    """The interface text ``text(language)`` in Danish and English (a checklist item's type)."""
    return Translated(da=text("da"), en=text("en"))
