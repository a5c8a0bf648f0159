"""Write each form's downloads beside its built page, and check every output.

After a language's build, the forms' pages are in the site folder. This
module checks each page (HTML), writes the Word document (DOCX) and the PDF
next to it, reads each back and checks it too: every field (those the law
requires, ``regel``, by their label), the privacy notice and the "status
pr." date must be there, and the form must fit its sheets (``hoejst_ark``),
or the build stops naming the output and the field.

Printing the PDFs starts Chromium once per language, which takes a second or
two. ``mkdocs serve`` rebuilds often, so each PDF is kept in
``.cache/mentoraftale/`` (outside docs/ and site/) under the form's id and a
hash of everything it is printed from: the page's HTML and the site's assets
(stylesheets, fonts, scripts). An unchanged page is not printed again. The
cached PDF is still checked, against its text as read when it was printed
(kept beside it, ``.pages.json``), so a build from the cache does not read
the PDF again: the fields it must hold and its sheet limit come from the data
file, which may have changed since.

Each form's Word document is kept the same way, in ``.cache/blanketter-docx/``,
under a hash of its content and of the code that renders it
(``forms.docx.docx_cache_key``), with its text as read back beside it
(``.txt``): an unchanged form is neither rendered nor read again, and a
changed text, profile, rule or generator makes a new document.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from mentorguiden.core.dates import long_date
from mentorguiden.core.errors import DataError
from mentorguiden.core.html_tokens import attributes_of, split_markup
from mentorguiden.core.messages import where as where_in
from mentorguiden.core.ui_strings import ui
from mentorguiden.forms import background
from mentorguiden.forms import pdf as form_pdf
from mentorguiden.forms.docx import docx_cache_key, docx_content, docx_text, estimated_sheets, render_docx
from mentorguiden.forms.model import Form, legally_required_fields
from mentorguiden.forms.page import download_name
from mentorguiden.profile.model import Profile
from mentorguiden.rules import RuleTexts

CACHE_FOLDER = Path(".cache") / "mentoraftale"
"""The default cache, below the project root (the site setup passes the folder to ``write_downloads``)."""
DOCX_CACHE_FOLDER = Path(".cache") / "blanketter-docx"
"""Rendered Word documents, below the project root (the forms' hook passes the folder to ``write_downloads``)."""
CACHE_KEEP_PER_LANGUAGE = 4
CACHE_VERSION = "2"
"""Change to print every PDF again, e.g. when the way it is printed changes."""


@dataclass(frozen=True)
class PdfPrinting:
    """How a build prints the PDF: with which Chromium, where printed PDFs are kept, and whether the build waits for them."""

    chromium: str
    cache_folder: Path
    in_background: bool = False
    """``make serve``: a changed form keeps its earlier PDF until the new one is printed (forms.background)."""
    start_after: threading.Event | None = field(default=None, compare=False)
    """In the background: set when the build has finished; the printing waits for it (forms.background)."""


@dataclass(frozen=True)
class RequiredText:
    """Something every output must show: a field's label, the privacy notice, the status date."""

    field_id: str
    text: str
    reason: str


def required_texts(form: Form, language: str) -> list[RequiredText]:
    """What every output of ``form`` must show: each field's label, the privacy notice, the status date."""
    legal = {requirement.field_id: requirement for requirement in legally_required_fields(form)}
    texts = [
        RequiredText(field.id, field.label[language], f"loven kræver det ({legal[field.id].legal_source})")
        if field.id in legal
        else RequiredText(field.id, field.label[language], "feltet står i datafilen")
        for field in form.fields
    ]
    texts.append(
        RequiredText(
            "privatliv", form.privacy[language], "blanketten skal sige, hvordan den sendes, og at der ikke skrives CPR-nummer"
        )
    )
    if form.status_date is not None:
        status = ui("rule_status", language, date=long_date(form.status_date, language))
        texts.append(RequiredText("status_pr", status, "blanketten skal vise, hvornår reglerne sidst er tjekket"))
    return texts


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _missing(found: str, required: list[RequiredText]) -> list[RequiredText]:
    found = _normalise(found)
    return [item for item in required if _normalise(item.text) not in found]


def _fail(output: str, where: str, missing: list[RequiredText], form: Form) -> None:
    if missing:
        raise DataError(
            [
                f"Blanketten '{form.id}' som {output} ({where}) mangler feltet '{item.field_id}' (»{item.text}«), "
                f"men {item.reason}. Feltet står i {form.source_file}; tjek, at "
                "overrides/generated/form-body.html viser det, og at udskriftsreglerne i "
                "overrides/assets/stylesheets/forms.css ikke skjuler det."
                for item in missing
            ]
        )


def check_sheets(sheets: int, form: Form, output: str, where: str, estimated: bool = False) -> None:
    """``DataError`` naming ``hoejst_ark`` when the form fills more sheets than its data file allows."""
    if sheets <= form.max_sheets:
        return
    counted = "fylder efter et skøn" if estimated else "fylder"
    raise DataError(
        f"{where_in(form.source_file, form.max_sheets_line)}: 'hoejst_ark': blanketten '{form.id}' som {output} "
        f"({where}) {counted} {sheets} A4-ark, men må højst fylde {form.max_sheets}. Gør skrivelinjerne færre "
        "('linjer'), fjern et felt, eller ret 'hoejst_ark', hvis blanketten må være længere."
    )


# HTML ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _FormMarkup:
    """What the HTML check reads from a built page: field containers, label texts, all visible text."""

    fields: frozenset[str]
    """The values of every ``data-mg-field`` attribute."""
    labels: dict[str, str]
    """Each label's text by its ``for`` id."""
    text: str
    """All text outside scripts and styles, each run separated by a space."""


def _form_markup(page: str) -> _FormMarkup:
    """Read with the regex tokenizer of ``core.html_tokens`` (html.parser took a fifth of the forms' time)."""
    fields: set[str] = set()
    labels: dict[str, str] = {}
    texts: list[str] = []
    label_for: str | None = None
    for piece in split_markup(page):
        if isinstance(piece, str):
            text = html.unescape(piece)
            texts.append(text)
            if label_for:
                labels[label_for] = labels.get(label_for, "") + text
        elif tag := piece.group("start"):
            source = piece.group("attributes")
            is_label = tag.lower() == "label"
            if is_label or "data-mg-field" in source.lower():
                attributes = attributes_of(source)
                if field := attributes.get("data-mg-field"):
                    fields.add(field)
                if is_label:
                    label_for = attributes.get("for")
        elif (end := piece.group("end")) and end.lower() == "label":
            label_for = None
    return _FormMarkup(frozenset(fields), labels, " ".join(texts))


def verify_html(html: str, form: Form, language: str, where: str) -> None:
    markup = _form_markup(html)
    text = _normalise(markup.text)
    missing = []
    for item in required_texts(form, language):
        if item.field_id in ("privatliv", "status_pr") or not item.reason.startswith("loven"):
            present = item.field_id in markup.fields and _normalise(item.text) in text
        else:
            label = markup.labels.get(f"mg-felt-{item.field_id}", "")
            present = item.field_id in markup.fields and _normalise(item.text) in _normalise(label)
        if not present:
            missing.append(item)
    _fail("HTML", where, missing, form)


def verify_docx(data: bytes, form: Form, language: str, where: str) -> None:
    verify_docx_text(docx_text(data), form, language, where)


def verify_docx_text(text: str, form: Form, language: str, where: str) -> None:
    """Check a DOCX by its text (``forms.docx.docx_text``) and by its estimated sheets."""
    _fail("DOCX", where, _missing(text, required_texts(form, language)), form)
    check_sheets(estimated_sheets(form, language), form, "DOCX", where, estimated=True)


def verify_pdf(pages: list[str], form: Form, language: str, where: str) -> None:
    """Check a PDF by the text of its pages (``forms.pdf.pdf_pages_text``)."""
    _fail("PDF", where, _missing("\n".join(pages), required_texts(form, language)), form)
    check_sheets(len(pages), form, "PDF", where)


# Writing the downloads ------------------------------------------------------------


def write_downloads(
    *,
    forms: tuple[Form, ...],
    profile: Profile,
    language: str,
    site_dir: Path,
    language_prefix: str,
    site_url: str | None,
    pdf: PdfPrinting | None,
    rule_texts: RuleTexts | None = None,
    docx_cache: Path | None = None,
    environment: jinja2.Environment | None = None,
) -> dict[str, dict[str, Path]]:
    """Check each form's built page, write its DOCX and PDF beside it, check both; their paths by form id.

    ``pdf=None`` leaves the PDFs out (``make check`` runs without a browser).
    ``docx_cache``: where rendered documents are kept (``cached_docx``); None renders each one.
    ``environment``: the build's template environment (the profile's texts in the DOCX).
    """
    written: dict[str, dict[str, Path]] = {}
    for form in forms:
        page_path = f"{language_prefix}{form.page_folder}/"
        folder = site_dir / page_path
        verify_html((folder / "index.html").read_text(encoding="utf-8"), form, language, f"{page_path}index.html")
        docx, text = cached_docx(form, profile, language, rule_texts, docx_cache, environment)
        docx_file = folder / download_name(form, language, "docx")
        verify_docx_text(text, form, language, f"{page_path}{docx_file.name}")
        docx_file.write_bytes(docx)
        written[form.id] = {"docx": docx_file}
    if pdf is None:
        return written

    pdf_files = [site_dir / language_prefix / form.page_folder / download_name(form, language, "pdf") for form in forms]
    # In the background only what is not in the cache yet; everything else is printed (or taken from the cache) now.
    cache_files = _cache_files(site_dir, forms, language_prefix, site_url, language, pdf) if pdf.in_background else []
    if not all(file.is_file() for file in cache_files):
        _print_later(site_dir, forms, language_prefix, site_url, language, pdf, pdf_files, cache_files)
    else:
        for pdf_file, data in zip(
            pdf_files, _checked_pdfs(site_dir, forms, language_prefix, site_url, language, pdf), strict=True
        ):
            pdf_file.write_bytes(data)
    for form, pdf_file in zip(forms, pdf_files, strict=True):
        if pdf_file.is_file():
            written[form.id]["pdf"] = pdf_file
    return written


def cached_docx(
    form: Form,
    profile: Profile,
    language: str,
    rule_texts: RuleTexts | None,
    cache: Path | None,
    environment: jinja2.Environment | None = None,
) -> tuple[bytes, str]:
    """The form's Word document and its text, from ``cache`` when it holds one rendered from the same content and code."""
    content = docx_content(form, profile, language, rule_texts, environment)
    if cache is None:
        data = render_docx(content)
        return data, docx_text(data)
    file = cache / f"{language}-{form.id}-{docx_cache_key(content)}.docx"
    kept_text = file.with_suffix(".txt")
    try:
        data, text = file.read_bytes(), kept_text.read_text(encoding="utf-8")
        file.touch()
        return data, text
    except OSError:
        pass
    data = render_docx(content)
    text = docx_text(data)
    cache.mkdir(parents=True, exist_ok=True)
    _write_atomically(kept_text, text.encode("utf-8"))
    _write_atomically(file, data)  # last: a document in the cache always has its text beside it
    _prune(cache, f"{language}-{form.id}", ".docx", ".txt")
    return data, text


def _write_atomically(target: Path, data: bytes) -> None:
    """Builds running side by side (the tests) never read a half-written cache file."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        raise


def _checked_pdfs(
    site_dir: Path, forms: tuple[Form, ...], language_prefix: str, site_url: str | None, language: str, printing: PdfPrinting
) -> list[bytes]:
    """Each form's PDF (``cached_pdfs``), checked; a mistake stops the build naming the form and the field."""
    printed = cached_pdfs(site_dir, forms, language_prefix, site_url, language, printing)
    for form, (_, pages) in zip(forms, printed, strict=True):
        verify_pdf(pages, form, language, f"{language_prefix}{form.page_folder}/{download_name(form, language, 'pdf')}")
    return [data for data, _ in printed]


def _print_later(
    site_dir: Path,
    forms: tuple[Form, ...],
    language_prefix: str,
    site_url: str | None,
    language: str,
    printing: PdfPrinting,
    pdf_files: list[Path],
    cache_files: list[Path],
) -> None:
    """Keep each form's earlier PDF in the site and print the new ones in the background (forms.background)."""
    for form, pdf_file, cached in zip(forms, pdf_files, cache_files, strict=True):
        earlier = cached if cached.is_file() else background.newest_cached(printing.cache_folder, language, form.id)
        if earlier is not None:
            shutil.copyfile(earlier, pdf_file)
    key = " ".join(file.name for file in cache_files)

    def job(snapshot: Path) -> list[tuple[Path, bytes]]:
        printed = _checked_pdfs(snapshot, forms, language_prefix, site_url, language, printing)
        return list(zip(pdf_files, printed, strict=True))

    background.print_in_background(key, site_dir, job, printing.start_after)


def _cache_files(
    site_dir: Path, forms: tuple[Form, ...], language_prefix: str, site_url: str | None, language: str, printing: PdfPrinting
) -> list[Path]:
    """Where each form's PDF is cached, named by a hash of everything it is printed from."""
    files = []
    assets = assets_digest(site_dir)
    for form in forms:
        path = f"{language_prefix}{form.page_folder}/"
        address = page_address(site_url, language_prefix, form.page_folder)
        key = pdf_cache_key(site_dir, path, address, printing.chromium, assets)
        files.append(printing.cache_folder / f"{language}-{form.id}-{key}.pdf")
    return files


def cached_pdfs(
    site_dir: Path, forms: tuple[Form, ...], language_prefix: str, site_url: str | None, language: str, printing: PdfPrinting
) -> list[tuple[bytes, list[str]]]:
    """Each form's printed page and the text of its sheets, from the cache when nothing it is printed from has changed.

    The forms not in the cache are printed with one Chromium launch.
    """
    cache = printing.cache_folder
    pages = [
        (form.id, f"{language_prefix}{form.page_folder}/", page_address(site_url, language_prefix, form.page_folder))
        for form in forms
    ]
    cached = dict(
        zip(
            (form.id for form in forms), _cache_files(site_dir, forms, language_prefix, site_url, language, printing), strict=True
        )
    )
    missing = [(path, address) for form_id, path, address in pages if not cached[form_id].is_file()]
    fresh = iter(form_pdf.print_pages_to_pdf(site_dir, missing, printing.chromium) if missing else [])
    result = []
    for form_id, _, _ in pages:
        file = cached[form_id]
        if file.is_file():
            file.touch()
            data = file.read_bytes()
            result.append((data, _pages_text(file, data)))
            continue
        data = next(fresh)
        cache.mkdir(parents=True, exist_ok=True)
        file.write_bytes(data)
        _prune(cache, f"{language}-{form_id}")
        result.append((data, _pages_text(file, data)))
    return result


def _pages_text(cached: Path, data: bytes) -> list[str]:
    """The text of each sheet of a cached PDF, read once and kept beside it."""
    kept = cached.with_suffix(".pages.json")
    try:
        pages = json.loads(kept.read_text(encoding="utf-8"))
        if isinstance(pages, list) and all(isinstance(page, str) for page in pages):
            return pages
    except (OSError, ValueError):
        pass
    pages = form_pdf.pdf_pages_text(data)
    kept.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    return pages


def pdf_cache_key(site_dir: Path, page_path: str, page_address: str, chromium: str = "", assets: str | None = None) -> str:
    """A hash of everything a form's PDF is printed from: its page, its address, Chromium and the site's assets.

    ``assets``: ``assets_digest(site_dir)``, when the caller has it for several forms already.
    """
    digest = hashlib.sha256()
    for part in (CACHE_VERSION, page_path, page_address, chromium, assets or assets_digest(site_dir)):
        digest.update(part.encode() + b"\0")
    digest.update((site_dir / page_path / "index.html").read_bytes())
    return digest.hexdigest()[:24]


def assets_digest(site_dir: Path) -> str:
    """A hash of the site's stylesheets, fonts, scripts and images (``assets/``), which every form's PDF is printed with."""
    digest = hashlib.sha256()
    assets = site_dir / "assets"
    for path in sorted(p for p in assets.rglob("*") if p.is_file()) if assets.is_dir() else ():
        digest.update(path.relative_to(site_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _prune(cache: Path, prefix: str, suffix: str = ".pdf", beside: str = ".pages.json") -> None:
    """Keep the newest few cached files of one form and language (and what is kept beside each)."""
    entries = sorted(cache.glob(f"{prefix}-*{suffix}"), key=lambda path: path.stat().st_mtime, reverse=True)
    for old in entries[CACHE_KEEP_PER_LANGUAGE:]:
        old.unlink(missing_ok=True)
        old.with_suffix(beside).unlink(missing_ok=True)


def page_address(site_url: str | None, language_prefix: str, page_folder: str = "mentoraftale") -> str:
    """The published address of a form's page, or ``""`` when site_url is not set."""
    if not site_url:
        return ""
    return site_url.rstrip("/") + f"/{language_prefix}{page_folder}/"
