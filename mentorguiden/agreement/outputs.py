"""Write the agreement's downloads beside the built page, and check every output against the law.

After a language's build, the page is in the site folder. This module
checks that page (HTML), writes the Word document (DOCX) and the PDF next to
it, reads each back and checks it too: every field the data marks as
required by law (``regel``), the privacy notice and the "status pr." date
must be there, or the build stops naming the output and the field.

Printing the PDF starts Chromium, which takes a second or two per language.
``mkdocs serve`` rebuilds often, so the PDF is kept in ``.cache/mentoraftale/``
(outside docs/ and site/) under a hash of everything it is printed from: the
page's HTML and the site's assets (stylesheets, fonts, scripts). An unchanged
page is not printed again; the cached PDF is still checked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from mentorguiden.agreement import pdf as agreement_pdf
from mentorguiden.agreement.docx import agreement_docx, docx_text
from mentorguiden.agreement.model import Agreement, legally_required_fields
from mentorguiden.agreement.page import PAGE_FOLDER, download_name
from mentorguiden.core.dates import long_date
from mentorguiden.core.errors import DataError
from mentorguiden.core.ui_strings import ui
from mentorguiden.profile.model import Profile
from mentorguiden.rules import RuleTexts

CACHE_FOLDER = Path(".cache") / "mentoraftale"
"""The default cache, below the project root (the site setup passes the folder to ``write_downloads``)."""
CACHE_KEEP_PER_LANGUAGE = 4
CACHE_VERSION = "1"
"""Change to print every PDF again, e.g. when the way it is printed changes."""


@dataclass(frozen=True)
class PdfPrinting:
    """How a build prints the PDF: with which Chromium, and where printed PDFs are kept."""

    chromium: str
    cache_folder: Path


@dataclass(frozen=True)
class RequiredText:
    """Something every output must show: a field's label, the privacy notice, the status date."""

    field_id: str
    text: str
    reason: str


def required_texts(agreement: Agreement, language: str) -> list[RequiredText]:
    texts = [
        RequiredText(
            requirement.field_id,
            requirement.label[language],
            f"loven kræver det ({requirement.legal_source})",
        )
        for requirement in legally_required_fields(agreement)
    ]
    texts.append(
        RequiredText(
            "privatliv", agreement.privacy[language], "aftalen skal sige, at den sendes med Digital Post og uden CPR-nummer"
        )
    )
    status = ui("rule_status", language, date=long_date(agreement.status_date, language))
    texts.append(RequiredText("status_pr", status, "blanketten skal vise, hvornår reglerne sidst er tjekket"))
    return texts


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _missing(found: str, required: list[RequiredText]) -> list[RequiredText]:
    found = _normalise(found)
    return [item for item in required if _normalise(item.text) not in found]


def _fail(output: str, where: str, missing: list[RequiredText], agreement: Agreement) -> None:
    if missing:
        raise DataError(
            [
                f"Mentoraftalen som {output} ({where}) mangler feltet '{item.field_id}' (»{item.text}«), "
                f"men {item.reason}. Feltet står i {agreement.source_file}; tjek, at "
                "overrides/generated/agreement.html viser det, og at udskriftsreglerne i "
                "overrides/assets/stylesheets/agreement.css ikke skjuler det."
                for item in missing
            ]
        )


# HTML ---------------------------------------------------------------------------


class _FormParser(HTMLParser):
    """Field containers (data-mg-field), label texts by their ``for`` id, and all visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.fields: set[str] = set()
        self.labels: dict[str, str] = {}
        self.text: list[str] = []
        self._label_for: str | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        field = attributes.get("data-mg-field")
        if field:
            self.fields.add(field)
        if tag == "label":
            self._label_for = attributes.get("for")
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._label_for = None
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.text.append(data)
        if self._label_for:
            self.labels[self._label_for] = self.labels.get(self._label_for, "") + data


def verify_html(html: str, agreement: Agreement, language: str, where: str) -> None:
    parser = _FormParser()
    parser.feed(html)
    parser.close()
    missing = []
    for item in required_texts(agreement, language):
        if item.field_id in ("privatliv", "status_pr"):
            present = item.field_id in parser.fields and _normalise(item.text) in _normalise(" ".join(parser.text))
        else:
            label = parser.labels.get(f"mg-felt-{item.field_id}", "")
            present = item.field_id in parser.fields and _normalise(item.text) in _normalise(label)
        if not present:
            missing.append(item)
    _fail("HTML", where, missing, agreement)


def verify_docx(data: bytes, agreement: Agreement, language: str, where: str) -> None:
    _fail("DOCX", where, _missing(docx_text(data), required_texts(agreement, language)), agreement)


def verify_pdf(data: bytes, agreement: Agreement, language: str, where: str) -> None:
    text = "\n".join(agreement_pdf.pdf_pages_text(data))
    _fail("PDF", where, _missing(text, required_texts(agreement, language)), agreement)


# Writing the downloads ------------------------------------------------------------


def write_downloads(
    *,
    agreement: Agreement,
    profile: Profile,
    language: str,
    site_dir: Path,
    language_prefix: str,
    page_address: str,
    pdf: PdfPrinting | None,
    rule_texts: RuleTexts | None = None,
) -> dict[str, Path]:
    """Check the built page, write its DOCX and PDF beside it, check both; return their paths.

    ``pdf=None`` leaves the PDF out (``make check`` runs without a browser).
    """
    page_path = f"{language_prefix}{PAGE_FOLDER}/"
    folder = site_dir / page_path
    html_file = folder / "index.html"
    shown = f"{page_path}index.html"
    verify_html(html_file.read_text(encoding="utf-8"), agreement, language, shown)

    docx = agreement_docx(agreement, profile, language, rule_texts)
    docx_file = folder / download_name(language, "docx")
    verify_docx(docx, agreement, language, f"{page_path}{docx_file.name}")
    docx_file.write_bytes(docx)
    if pdf is None:
        return {"docx": docx_file}

    printed = cached_pdf(site_dir, page_path, page_address, language, pdf)
    pdf_file = folder / download_name(language, "pdf")
    verify_pdf(printed, agreement, language, f"{page_path}{pdf_file.name}")
    pdf_file.write_bytes(printed)
    return {"docx": docx_file, "pdf": pdf_file}


def cached_pdf(site_dir: Path, page_path: str, page_address: str, language: str, printing: PdfPrinting) -> bytes:
    """The printed page, from the cache when nothing it is printed from has changed."""
    cache = printing.cache_folder
    key = pdf_cache_key(site_dir, page_path, page_address, printing.chromium)
    cached = cache / f"{language}-{key}.pdf"
    if cached.is_file():
        cached.touch()
        return cached.read_bytes()
    pdf = agreement_pdf.print_page_to_pdf(site_dir, page_path, page_address, printing.chromium)
    cache.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pdf)
    _prune(cache, language)
    return pdf


def pdf_cache_key(site_dir: Path, page_path: str, page_address: str, chromium: str = "") -> str:
    digest = hashlib.sha256()
    for part in (CACHE_VERSION, page_address, chromium):
        digest.update(part.encode() + b"\0")
    digest.update((site_dir / page_path / "index.html").read_bytes())
    assets = site_dir / "assets"
    for path in sorted(p for p in assets.rglob("*") if p.is_file()) if assets.is_dir() else ():
        digest.update(path.relative_to(site_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def _prune(cache: Path, language: str) -> None:
    entries = sorted(cache.glob(f"{language}-*.pdf"), key=lambda path: path.stat().st_mtime, reverse=True)
    for old in entries[CACHE_KEEP_PER_LANGUAGE:]:
        old.unlink(missing_ok=True)


def page_address(site_url: str | None, language_prefix: str) -> str:
    """The published address of the agreement page, or ``""`` when site_url is not set."""
    if not site_url:
        return ""
    return site_url.rstrip("/") + f"/{language_prefix}{PAGE_FOLDER}/"
