"""A form as a Word document (python-docx), editable in Word and LibreOffice.

Same sections and fields as the page, from the same model: each section is a
heading and a two-column table (field | space to write), so a consultant can
type into the right-hand cells. Writing-line fields get as many empty lines
as on paper; a day table (the timesheet) is a table of its own with a sum
row; signature blocks are tables whose rows never split or leave each other
across pages.

The document is made in two steps. ``docx_content`` works out every text and
size the document shows (cheap: the form, the profile, the interface text and
the rule texts); ``render_docx`` lays that content out with python-docx, which
is most of the cost. A build keeps each rendered document in a cache keyed by
the content and by this module's code (``docx_cache_key``,
``mentorguiden.forms.outputs``), so an unchanged form is not rendered again,
and a document can never be older than what it is made from. The document is
the same, byte for byte, every time it is rendered from the same content (the
ZIP entries carry a fixed date).

There is no LibreOffice on the build machine to lay the document out, so
``estimated_sheets`` works out the sheets from the same sizes the document
is written with (row heights, lines of text per column width), placing each
unsplittable block on a page as Word does. It errs towards more sheets.
"""

from __future__ import annotations

import hashlib
import io
import math
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2
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
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
"""The date of every file inside the .docx (the earliest a ZIP can hold), so the same content gives the same bytes."""
RENDERER_VERSION = "1"
"""Change to render every cached document again (``docx_cache_key`` also follows this file and python-docx)."""
_LOADED_CODE = " ".join(
    (hashlib.sha256(Path(__file__).read_bytes()).hexdigest(), metadata.version("python-docx"), metadata.version("lxml"))
)
"""This module's source as it was imported (the code that renders: ``mkdocs serve`` does not import it
again), and the versions of python-docx and of lxml, which writes the XML."""


# The content: every text and size the document shows -------------------------------


@dataclass(frozen=True)
class FieldRow:
    """One row of a section's field table: the label (bold), the law it cites, help, the prefilled value."""

    label: str
    law: str | None
    """`` (kræves af loven: …)``, in small print after the label, or None."""
    help: str | None
    value: str
    height_mm: float | None
    """The row's least height (room to write), or None for a checkbox."""


@dataclass(frozen=True)
class DayTable:
    """The timesheet's days: a label, a header row, one row per day and the sum row."""

    label: str
    help: str | None
    headers: tuple[str, str, str]
    sum_label: str
    rows: int


@dataclass(frozen=True)
class SignatureTable:
    """A section's signatures: a header row and one row per party."""

    headers: tuple[str, str, str, str]
    parties: tuple[str, ...]


@dataclass(frozen=True)
class SectionContent:
    heading: str
    notes: tuple[str, ...]
    """The section's help and its rules, in small italics under the heading."""
    fields: tuple[FieldRow, ...]
    day_tables: tuple[DayTable, ...]
    signatures: SignatureTable | None


@dataclass(frozen=True)
class DocxContent:
    """Everything a form's Word document shows in one language; ``render_docx`` turns it into the file."""

    locale: str
    title: str
    author: str
    header: str
    privacy_label: str
    privacy: str
    notes: tuple[str, ...]
    """The rules' status line and the legend for fields the law requires, under the privacy notice."""
    sections: tuple[SectionContent, ...]


def form_docx(form: Form, profile: Profile, language: str, texts: rules.RuleTexts | None = None) -> bytes:
    """The form in one language as the bytes of a .docx file.

    ``texts``: the build's rule texts (``overrides/generated/rules.html``), which
    word the citations; default: those of the project this package belongs to.
    """
    return render_docx(docx_content(form, profile, language, texts))


def docx_content(
    form: Form,
    profile: Profile,
    language: str,
    texts: rules.RuleTexts | None = None,
    environment: jinja2.Environment | None = None,
) -> DocxContent:
    """Every text and size of the form's Word document in ``language`` (``form_docx`` without the rendering).

    ``environment``: the build's template environment, for the profile's texts; by default this project's.
    """
    texts = texts if texts is not None else rules.rule_texts(PROJECT_ROOT)
    plain = profile_plain_texts(profile, environment or template_environment(PROJECT_ROOT))

    def prefill(field: Field) -> str:
        return prefill_value(field, profile, lambda key: plain(key, language))

    notes = []
    # The same lines as on the page (overrides/generated/form-body.html); the rules come from the register.
    if form.rules:
        notes.append(ui("agreement_status", language, rules=status_line(form, language, texts)))
    if any(field.required_by_law for field in form.fields):
        notes.append(ui("agreement_legend", language))
    phone = ui("phone", language)
    return DocxContent(
        locale=LOCALES[language],
        title=form.title[language],
        author=profile.municipality,
        header=(
            f"{profile.municipality} · {profile.contact_unit} · {phone} {profile.phone} · "
            f"{profile.email} · {profile.address.street}, {profile.address.postal_line}"
        ),
        privacy_label=ui("agreement_privacy", language) + " ",
        privacy=form.privacy[language],
        notes=tuple(notes),
        sections=tuple(
            SectionContent(
                heading=f"{number}. {section.title[language]}",
                notes=tuple(
                    ([section.help[language]] if section.help else [])
                    + ([rules.rules_text(section.rules, language, texts)] if section.rules else [])
                ),
                fields=tuple(
                    _field_row(field, prefill(field), language, texts)
                    for field in section.fields
                    if field.kind not in ("signature", "day_table")
                ),
                day_tables=tuple(_day_table_content(field, language) for field in section.fields if field.kind == "day_table"),
                signatures=_signatures_content([field for field in section.fields if field.kind == "signature"], language),
            )
            for number, section in enumerate(form.sections, start=1)
        ),
    )


def status_line(form: Form, language: str, texts: rules.RuleTexts) -> str:
    return "; ".join(
        f"{rules.short_text(rule, language, texts)} ({rules.status_text(rule, language, texts)})" for rule in form.rules
    )


def _field_row(field: Field, value: str, language: str, texts: rules.RuleTexts) -> FieldRow:
    height: float | None = None
    if field.kind == "writing_lines":
        height = WRITING_LINE_MM * field.lines
    elif field.kind != "checkbox":
        height = WRITING_LINE_MM
    return FieldRow(
        label=_label_text(field, language),
        law=f" ({rules.required_by_law(field.rule, language, texts)})" if field.rule is not None else None,
        help=field.help[language] if field.help else None,
        value=value,
        height_mm=height,
    )


def _label_text(field: Field, language: str) -> str:
    if field.kind == "checkbox":
        return f"{CHECKBOX} {field.label[language]}"
    if field.kind == "date":
        return f"{field.label[language]} ({ui('agreement_date_format', language)})"
    if field.kind == "number" and field.unit:
        return f"{field.label[language]} ({field.unit[language]})"
    return field.label[language]


def _day_table_content(field: Field, language: str) -> DayTable:
    date_label = f"{ui('form_day_date', language)} ({ui('agreement_date_format', language)})"
    return DayTable(
        label=field.label[language],
        help=field.help[language] if field.help else None,
        headers=(date_label, ui("form_day_hours", language), ui("form_day_done", language)),
        sum_label=ui("form_day_sum", language),
        rows=field.rows,
    )


def _signatures_content(fields: list[Field], language: str) -> SignatureTable | None:
    if not fields:
        return None
    return SignatureTable(
        headers=("", ui("agreement_name", language), ui("agreement_date", language), ui("agreement_signature", language)),
        parties=tuple(field.label[language] for field in fields),
    )


def docx_cache_key(content: DocxContent) -> str:
    """A hash of everything the rendered document depends on: the content, this module's code, python-docx and lxml."""
    digest = hashlib.sha256()
    for part in (RENDERER_VERSION, _LOADED_CODE, repr(content)):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()[:24]


# Rendering: the content laid out with python-docx ------------------------------------


def render_docx(content: DocxContent) -> bytes:
    """The bytes of the .docx file that shows ``content``; the same bytes for the same content."""
    document = Document()
    _set_up_page(document, content)
    document.core_properties.title = content.title
    document.core_properties.author = content.author
    document.core_properties.language = content.locale

    document.add_heading(content.title, level=0)
    privacy = document.add_paragraph()
    privacy.add_run(content.privacy_label).bold = True
    privacy.add_run(content.privacy)
    for note in content.notes:
        document.add_paragraph(note)

    for section in content.sections:
        heading = document.add_heading(section.heading, level=1)
        heading.paragraph_format.keep_with_next = True
        for note in section.notes:
            _help_paragraph(document, note, keep_with_next=True)
        if section.fields:
            _field_table(document, section.fields)
        for day_table in section.day_tables:
            _day_table(document, day_table)
        if section.signatures is not None:
            _signatures_table(document, section.signatures)
    return _to_bytes(document)


def _set_up_page(document: Any, content: DocxContent) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(TOP_MARGIN_MM), Mm(BOTTOM_MARGIN_MM)
    header = section.header.paragraphs[0]
    header.text = content.header
    for run in header.runs:
        run.font.size = Pt(8)
    styles = document.styles
    styles["Normal"].font.size = Pt(10.5)
    _set_language(styles["Normal"], content.locale)


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


def _field_table(document: Any, fields: tuple[FieldRow, ...]) -> Table:
    table = _table(document, rows=len(fields), columns=2)
    for row, field in zip(table.rows, fields, strict=True):
        _no_split(row)
        label_cell, value_cell = row.cells
        label_cell.width, value_cell.width = LABEL_WIDTH, VALUE_WIDTH
        label = label_cell.paragraphs[0]
        label.add_run(field.label).bold = True
        if field.law is not None:
            law = label.add_run(field.law)
            law.font.size = Pt(9)
        if field.help:
            _help_paragraph(label_cell, field.help)
        value_cell.paragraphs[0].add_run(field.value)
        if field.height_mm is not None:
            row.height = Mm(field.height_mm)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    return table


SIGNATURE_COLUMNS_MM = (40, 45, 25, 60)
SIGNATURE_ROW_MM = 14
SIGNATURE_HEADER_MM = 7


def _signatures_table(document: Any, signatures: SignatureTable) -> Table:
    """One table for a section's signatures: a row per party (party | name | date | signature), kept on one page."""
    table = _table(document, rows=len(signatures.parties) + 1, columns=4)
    for cell, text in zip(table.rows[0].cells, signatures.headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row, party in zip(table.rows[1:], signatures.parties, strict=True):
        row.cells[0].paragraphs[0].add_run(party).bold = True
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


def _day_table(document: Any, day_table: DayTable) -> Table:
    """The timesheet's days: a header row, one row per day, and the sum row."""
    heading = document.add_paragraph()
    heading.add_run(day_table.label).bold = True
    heading.paragraph_format.keep_with_next = True
    if day_table.help:
        _help_paragraph(document, day_table.help, keep_with_next=True)
    table = _table(document, rows=day_table.rows + 2, columns=3)
    for cell, text in zip(table.rows[0].cells, day_table.headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    table.rows[-1].cells[0].paragraphs[0].add_run(day_table.sum_label).bold = True
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
    """The saved document, its ZIP entries written again with a fixed date (python-docx stamps the time of saving)."""
    saved = io.BytesIO()
    document.save(saved)
    fixed = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(fixed, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            stamped = zipfile.ZipInfo(entry.filename, date_time=ZIP_DATE)
            stamped.compress_type = zipfile.ZIP_DEFLATED
            stamped.external_attr = entry.external_attr
            target.writestr(stamped, source.read(entry))
    return fixed.getvalue()


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
