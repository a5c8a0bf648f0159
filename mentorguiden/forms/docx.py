"""A form as a Word document (python-docx), editable in Word and LibreOffice.

Same sections and fields as the page, from the same model: each section is a
heading and a two-column table (field | space to write), so a consultant can
type into the right-hand cells. Writing-line fields get as many empty lines
as on paper; a day table (the timesheet) is a table of its own with a sum
row; signature blocks are tables whose rows never split or leave each other
across pages.

There is no LibreOffice on the build machine to lay the document out, so
``estimated_sheets`` works out the sheets from the same sizes the document
is written with (row heights, lines of text per column width), placing each
unsplittable block on a page as Word does. It errs towards more sheets.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table

from mentorguiden import rules
from mentorguiden.core.templates import template_environment
from mentorguiden.core.ui_strings import ui
from mentorguiden.forms.model import Field, Form, prefill_value
from mentorguiden.profile.model import Profile
from mentorguiden.profile.texts import profile_plain_texts

PROJECT_ROOT = Path(__file__).resolve().parents[2]

LOCALES = {"da": "da-DK", "en": "en-GB"}
"""Word's language tag for spelling and hyphenation (``w:lang``): a code, not a text a reader sees."""
CHECKBOX = "☐"
LABEL_WIDTH = Mm(60)
VALUE_WIDTH = Mm(110)
WRITING_LINE_MM = 9
DAY_ROW_MM = 6.2
TOP_MARGIN_MM = 15
BOTTOM_MARGIN_MM = 15
HELP_COLOUR = RGBColor(0x4A, 0x4A, 0x4A)


def form_docx(form: Form, profile: Profile, language: str, texts: rules.RuleTexts | None = None) -> bytes:
    """The form in one language as the bytes of a .docx file.

    ``texts``: the build's rule texts (``overrides/generated/rules.html``), which
    word the citations; default: those of the project this package belongs to.
    """
    texts = texts if texts is not None else rules.rule_texts(PROJECT_ROOT)
    plain = profile_plain_texts(profile, template_environment(PROJECT_ROOT))

    def prefill(field: Field) -> str:
        return prefill_value(field, profile, lambda key: plain(key, language))

    document = Document()
    _set_up_page(document, profile, language)
    document.core_properties.title = form.title[language]
    document.core_properties.author = profile.municipality
    document.core_properties.language = LOCALES[language]

    document.add_heading(form.title[language], level=0)
    privacy = document.add_paragraph()
    privacy.add_run(ui("agreement_privacy", language) + " ").bold = True
    privacy.add_run(form.privacy[language])
    # The same lines as on the page (overrides/generated/form-body.html); the rules come from the register.
    if form.rules:
        document.add_paragraph(ui("agreement_status", language, rules=status_line(form, language, texts)))
    if any(field.required_by_law for field in form.fields):
        document.add_paragraph(ui("agreement_legend", language))

    for number, section in enumerate(form.sections, start=1):
        heading = document.add_heading(f"{number}. {section.title[language]}", level=1)
        heading.paragraph_format.keep_with_next = True
        if section.help:
            _help_paragraph(document, section.help[language], keep_with_next=True)
        if section.rules:
            _help_paragraph(document, rules.rules_text(section.rules, language, texts), keep_with_next=True)
        fields = [field for field in section.fields if field.kind not in ("signature", "day_table")]
        if fields:
            _field_table(document, fields, prefill, language, texts)
        for field in section.fields:
            if field.kind == "day_table":
                _day_table(document, field, language)
        signatures = [field for field in section.fields if field.kind == "signature"]
        if signatures:
            _signatures_table(document, signatures, language)
    return _to_bytes(document)


def status_line(form: Form, language: str, texts: rules.RuleTexts) -> str:
    return "; ".join(
        f"{rules.short_text(rule, language, texts)} ({rules.status_text(rule, language, texts)})" for rule in form.rules
    )


def _set_up_page(document: Any, profile: Profile, language: str) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(TOP_MARGIN_MM), Mm(BOTTOM_MARGIN_MM)
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


def _field_table(
    document: Any, fields: list[Field], prefill: Callable[[Field], str], language: str, texts: rules.RuleTexts
) -> Table:
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
        value_cell.paragraphs[0].add_run(prefill(field))
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


SIGNATURE_COLUMNS_MM = (40, 45, 25, 60)
SIGNATURE_ROW_MM = 14
SIGNATURE_HEADER_MM = 7


def _signatures_table(document: Any, fields: list[Field], language: str) -> Table:
    """One table for a section's signatures: a row per party (party | name | date | signature), kept on one page."""
    table = _table(document, rows=len(fields) + 1, columns=4)
    headers = ("", ui("agreement_name", language), ui("agreement_date", language), ui("agreement_signature", language))
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row, field in zip(table.rows[1:], fields, strict=True):
        row.cells[0].paragraphs[0].add_run(field.label[language]).bold = True
    for index, row in enumerate(table.rows):
        _no_split(row)
        row.height = Mm(SIGNATURE_HEADER_MM if index == 0 else SIGNATURE_ROW_MM)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell, width in zip(row.cells, SIGNATURE_COLUMNS_MM, strict=True):
            cell.width = Mm(width)
    # Keep the whole block on one page: every row stays with the next.
    for row in table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
    return table


DAY_COLUMNS_MM = (35, 20, 115)


def _day_table(document: Any, field: Field, language: str) -> Table:
    """The timesheet's days: a header row, one row per day, and the sum row."""
    heading = document.add_paragraph()
    heading.add_run(field.label[language]).bold = True
    heading.paragraph_format.keep_with_next = True
    if field.help:
        _help_paragraph(document, field.help[language], keep_with_next=True)
    table = _table(document, rows=field.rows + 2, columns=3)
    date_label = f"{ui('form_day_date', language)} ({ui('agreement_date_format', language)})"
    for cell, text in zip(
        table.rows[0].cells, (date_label, ui("form_day_hours", language), ui("form_day_done", language)), strict=True
    ):
        cell.paragraphs[0].add_run(text).bold = True
    table.rows[-1].cells[0].paragraphs[0].add_run(ui("form_day_sum", language)).bold = True
    for row in table.rows:
        _no_split(row)
        row.height = Mm(DAY_ROW_MM)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell, width in zip(row.cells, DAY_COLUMNS_MM, strict=True):
            cell.width = Mm(width)
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


# The layout estimate -----------------------------------------------------------------

PAGE_TEXT_MM = 297 - TOP_MARGIN_MM - BOTTOM_MARGIN_MM - 6
"""The body's height on a sheet: A4 less the margins (``_set_up_page``) and the one-line header."""
LINE_MM = 5.0
"""One line of 10.5 pt text, with Word's line spacing."""
SMALL_LINE_MM = 4.2
"""One line of 9 pt help text."""
CHARS_PER_LINE = 95
LABEL_CHARS_PER_LINE = 30
"""Characters of 10.5 pt text on a line of the full width (170 mm) and of the label column (60 mm)."""
HEADING_MM = 10.0
TITLE_MM = 16.0


def _lines(text: str, width: int) -> int:
    return max(1, math.ceil(len(text) / width))


def _paragraph_mm(text: str, small: bool = False) -> float:
    width = int(CHARS_PER_LINE * 1.15) if small else CHARS_PER_LINE
    return _lines(text, width) * (SMALL_LINE_MM if small else LINE_MM) + 2


def _row_mm(field: Field, language: str) -> float:
    label = _lines(field.label[language] + (" (kræves af loven: LAB kapitel 26)" if field.rule else ""), LABEL_CHARS_PER_LINE)
    label_mm = label * LINE_MM + (
        _lines(field.help[language], int(LABEL_CHARS_PER_LINE * 1.15)) * SMALL_LINE_MM if field.help else 0
    )
    value_mm = {"writing_lines": WRITING_LINE_MM * field.lines, "checkbox": 0.0}.get(field.kind, WRITING_LINE_MM)
    return max(label_mm, value_mm) + 1.5


def _blocks(form: Form, language: str) -> list[float]:
    """The heights (mm) of the blocks Word never splits, in order; a heading is joined to what follows."""
    status = 2 * LINE_MM + 4 if form.rules else 0
    legend = LINE_MM + 2 if any(field.required_by_law for field in form.fields) else 0
    blocks = [TITLE_MM + _paragraph_mm(form.privacy[language]) + status + legend]
    for section in form.sections:
        lead = HEADING_MM + (_paragraph_mm(section.help[language], small=True) if section.help else 0)
        lead += 2 * SMALL_LINE_MM + 2 if section.rules else 0
        pieces: list[float] = []
        for field in section.fields:
            if field.kind == "day_table":
                pieces.append(
                    LINE_MM + 2 + (_paragraph_mm(field.help[language], small=True) if field.help else 0) + DAY_ROW_MM * 2
                )
                pieces += [DAY_ROW_MM] * field.rows
            elif field.kind != "signature":
                pieces.append(_row_mm(field, language))
        signatures = [field for field in section.fields if field.kind == "signature"]
        if signatures:
            pieces.append(SIGNATURE_HEADER_MM + SIGNATURE_ROW_MM * len(signatures) + 2)
        blocks.append(lead + pieces[0])
        blocks += pieces[1:]
    return blocks


def estimated_sheets(form: Form, language: str) -> int:
    """How many A4 sheets the Word document fills, placing each block where Word would."""
    sheets, used = 1, 0.0
    for block in _blocks(form, language):
        if used + block > PAGE_TEXT_MM and used > 0:
            sheets, used = sheets + 1, 0.0
        used += block
    return sheets


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
