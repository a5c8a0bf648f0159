"""The mentor agreement as a Word document (python-docx), editable in Word and LibreOffice.

Same sections and fields as the page, from the same model: each section is a
heading and a two-column table (field | space to write), so a consultant can
type into the right-hand cells. Writing-line fields get as many empty lines
as on paper; signature blocks are tables whose rows never split or leave
each other across pages.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table

from mentorguiden import rules
from mentorguiden.agreement.model import Agreement, Field, prefill_value
from mentorguiden.core.ui_strings import ui
from mentorguiden.profile.model import Profile

LOCALES = {"da": "da-DK", "en": "en-GB"}
"""Word's language tag for spelling and hyphenation (``w:lang``): a code, not a text a reader sees."""
CHECKBOX = "☐"
LABEL_WIDTH = Mm(60)
VALUE_WIDTH = Mm(110)
WRITING_LINE_MM = 9
HELP_COLOUR = RGBColor(0x4A, 0x4A, 0x4A)


def agreement_docx(agreement: Agreement, profile: Profile, language: str, texts: rules.RuleTexts | None = None) -> bytes:
    """The agreement in one language as the bytes of a .docx file.

    ``texts``: the build's rule texts (``overrides/generated/rules.html``), which
    word the citations; default: those of the project this package belongs to.
    """
    texts = texts if texts is not None else rules.rule_texts(Path(__file__).resolve().parents[2])
    document = Document()
    _set_up_page(document, profile, language)
    document.core_properties.title = agreement.title[language]
    document.core_properties.author = profile.municipality
    document.core_properties.language = LOCALES[language]

    document.add_heading(agreement.title[language], level=0)
    privacy = document.add_paragraph()
    privacy.add_run(ui("agreement_privacy", language) + " ").bold = True
    privacy.add_run(agreement.privacy[language])
    # The same line as on the page (overrides/generated/agreement.html); the rules come from the register.
    cited = "; ".join(
        f"{rules.short_text(rule, language, texts)} ({rules.status_text(rule, language, texts)})" for rule in agreement.rules
    )
    document.add_paragraph(ui("agreement_status", language, rules=cited))
    document.add_paragraph(ui("agreement_legend", language))

    for number, section in enumerate(agreement.sections, start=1):
        heading = document.add_heading(f"{number}. {section.title[language]}", level=1)
        heading.paragraph_format.keep_with_next = True
        if section.help:
            _help_paragraph(document, section.help[language], keep_with_next=True)
        if section.rules:
            _help_paragraph(document, rules.rules_text(section.rules, language, texts), keep_with_next=True)
        fields = [field for field in section.fields if field.kind != "signature"]
        if fields:
            _field_table(document, fields, profile, language, texts)
        for field in section.fields:
            if field.kind == "signature":
                _signature_table(document, field, language)
    return _to_bytes(document)


def _set_up_page(document: Any, profile: Profile, language: str) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    phone = ui("phone", language)
    header = section.header.paragraphs[0]
    header.text = (
        f"{profile.municipality} · {profile.contact_unit} · {phone} {profile.phone} · "
        f"{profile.email} · {profile.address.street}, {profile.address.postal_line}"
    )
    for run in header.runs:
        run.font.size = Pt(8)
    styles = document.styles
    styles["Normal"].font.size = Pt(10.5)
    _set_language(styles["Normal"], LOCALES[language])


def _set_language(style: Any, locale: str) -> None:
    """Spelling and hyphenation in the document's language."""
    run_properties = style.element.get_or_add_rPr()
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), locale)
    run_properties.append(language)


def _help_paragraph(container: Any, text: str, keep_with_next: bool = False) -> Any:
    paragraph = container.add_paragraph()
    run = paragraph.add_run(text)
    run.italic = True
    run.font.size = Pt(9)
    run.font.color.rgb = HELP_COLOUR
    paragraph.paragraph_format.keep_with_next = keep_with_next
    return paragraph


def _field_table(document: Any, fields: list[Field], profile: Profile, language: str, texts: rules.RuleTexts) -> Table:
    table = _table(document, rows=len(fields), columns=2)
    for row, field in zip(table.rows, fields, strict=True):
        _no_split(row)
        label_cell, value_cell = row.cells
        label_cell.width, value_cell.width = LABEL_WIDTH, VALUE_WIDTH
        label = label_cell.paragraphs[0]
        label.add_run(_label_text(field, language)).bold = True
        if field.rule is not None:
            law = label.add_run(f" ({rules.required_by_law(field.rule, language, texts)})")
            law.font.size = Pt(9)
        if field.help:
            _help_paragraph(label_cell, field.help[language])
        value_cell.paragraphs[0].add_run(prefill_value(field, profile))
        if field.kind == "writing_lines":
            row.height = Mm(WRITING_LINE_MM * field.lines)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        elif field.kind != "checkbox":
            row.height = Mm(WRITING_LINE_MM)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    return table


def _label_text(field: Field, language: str) -> str:
    if field.kind == "checkbox":
        return f"{CHECKBOX} {field.label[language]}"
    if field.kind == "date":
        return f"{field.label[language]} ({ui('agreement_date_format', language)})"
    if field.kind == "number" and field.unit:
        return f"{field.label[language]} ({field.unit[language]})"
    return field.label[language]


def _signature_table(document: Any, field: Field, language: str) -> Table:
    heading = document.add_paragraph()
    heading.add_run(field.label[language]).bold = True
    heading.paragraph_format.keep_with_next = True
    heading.paragraph_format.space_before = Pt(10)
    table = _table(document, rows=3, columns=2)
    rows = ((ui("agreement_name", language), 9), (ui("agreement_date", language), 9), (ui("agreement_signature", language), 18))
    for row, (label, height) in zip(table.rows, rows, strict=True):
        _no_split(row)
        row.height = Mm(height)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        label_cell, value_cell = row.cells
        label_cell.width, value_cell.width = LABEL_WIDTH, VALUE_WIDTH
        label_cell.paragraphs[0].add_run(label).bold = True
    # Keep the whole block on one page: every row stays with the next.
    for row in table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
    return table


def _table(document: Any, rows: int, columns: int) -> Table:
    table = document.add_table(rows=rows, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    result: Table = table
    return result


def _no_split(row: Any) -> None:
    """A table row that is never split across two pages."""
    properties = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    properties.append(cant_split)


def _to_bytes(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_text(data: bytes) -> str:
    """All text of a .docx file (header, paragraphs, table cells), read back with python-docx."""
    document = Document(io.BytesIO(data))
    parts: list[str] = []
    for section in document.sections:
        parts += [paragraph.text for paragraph in section.header.paragraphs]
    body = document.element.body
    for paragraph in body.iter(qn("w:p")):
        parts.append("".join(node.text or "" for node in paragraph.iter(qn("w:t"))))
    return "\n".join(parts)
