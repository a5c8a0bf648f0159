"""The forms in the real built site (conftest.site): each page in both languages, its Word and PDF downloads, the set page."""

from __future__ import annotations

import html as html_module
import re
import shutil
import threading
from pathlib import Path

import pytest
from helpers.builds import ROOT, SUB_PATH
from helpers.html import parse_page, resolve_internal

from mentorguiden.core.dates import long_date
from mentorguiden.core.errors import DataError
from mentorguiden.forms import outputs as agreement_outputs
from mentorguiden.forms import pdf as form_pdf
from mentorguiden.forms.docx import docx_text, estimated_sheets
from mentorguiden.forms.model import legally_required_fields, load_agreement, load_forms
from mentorguiden.forms.pdf import pdf_pages_text
from mentorguiden.profile.model import load_profile

AGREEMENT = load_agreement(ROOT)
FORMS = load_forms(ROOT)
PROFILE = load_profile(ROOT)
LANGUAGES = ("da", "en")
PAGES = {"da": Path("mentoraftale"), "en": Path("en") / "mentoraftale"}
DOWNLOADS = {"da": "mentoraftale", "en": "mentor-agreement"}
OTHER = {"da": "en", "en": "da"}


def normalise(text: str) -> str:
    return " ".join(text.split())


def label(field_id: str, language: str) -> str:
    return next(field.label[language] for field in AGREEMENT.fields if field.id == field_id)


def test_html_verification_needs_the_label_tied_to_the_field(site):
    html = (site / PAGES["da"] / "index.html").read_text(encoding="utf-8")
    agreement_outputs.verify_html(html, AGREEMENT, "da", "mentoraftale/index.html")
    broken = html.replace('for="mg-felt-opgaver"', 'for="mg-felt-noget-andet"')
    with pytest.raises(DataError) as caught:
        agreement_outputs.verify_html(broken, AGREEMENT, "da", "mentoraftale/index.html")
    assert "som HTML (mentoraftale/index.html) mangler feltet 'opgaver'" in str(caught.value)


def test_pdf_verification_fails_on_the_other_languages_pdf(site):
    english_pdf = (site / PAGES["en"] / "mentor-agreement.pdf").read_bytes()
    with pytest.raises(DataError) as caught:
        agreement_outputs.verify_pdf(pdf_pages_text(english_pdf), AGREEMENT, "da", "mentoraftale/mentoraftale.pdf")
    assert "som PDF (mentoraftale/mentoraftale.pdf) mangler feltet 'mentor-navn'" in str(caught.value)


def form_folder(form, language: str) -> Path:
    return Path(*(["en"] if language == "en" else []), form.page_folder)


FORM_LANGUAGES = [pytest.param(form, language, id=f"{form.id}-{language}") for form in FORMS for language in LANGUAGES]


@pytest.mark.parametrize("form, language", FORM_LANGUAGES)
def test_page_has_every_field_with_a_label_in_its_own_language(site, form, language):
    page = site / form_folder(form, language) / "index.html"
    parsed = parse_page(page)
    html = page.read_text(encoding="utf-8")
    assert parsed.html_lang == language
    for field in form.fields:
        assert f'data-mg-field="{field.id}"' in html, field.id
        if field.kind not in ("signature", "day_table"):
            assert f'<label for="mg-felt-{field.id}">' in html, field.id
            assert f'id="mg-felt-{field.id}"' in html, field.id
        assert field.label[language] in parsed.text, field.id
    assert form.sections[-1].title[OTHER[language]] not in parsed.text, "the other language's page leaked in"
    assert form.privacy[language] in parsed.text
    if form.status_date:
        assert long_date(form.status_date, language) in parsed.text
    assert "cpr" not in " ".join(re.findall(r'(?:id|for)="([^"]*)"', html)).lower()


@pytest.mark.parametrize("language", LANGUAGES)
def test_agreement_page_shows_no_money_and_prefills_the_complaint_guidance(site, language):
    page = site / PAGES[language] / "index.html"
    html = page.read_text(encoding="utf-8")
    text = parse_page(page).text.lower()
    for word in ("timeløn", "kompensation i alt", "kr. pr. time", "hourly wage", "compensation in total", "dkk per hour"):
        assert word not in text, word
    assert 'id="mg-felt-timeloensomkostning"' not in html and 'id="mg-felt-kompensation-i-alt"' not in html
    textarea = re.search(r'<textarea[^>]*id="mg-felt-klagevejledning"[^>]*>(.*?)</textarea>', html, re.DOTALL)
    assert textarea and normalise(PROFILE.complaint_guidance[language]) in normalise(html_module.unescape(textarea.group(1)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_compensation_agreement_prefills_the_payment_terms_and_cites_what_the_wage_cost_may_include(site, language):
    form = FORMS[1]
    page = site / form_folder(form, language) / "index.html"
    html = page.read_text(encoding="utf-8")
    textarea = re.search(r'<textarea[^>]*id="mg-felt-udbetaling"[^>]*>(.*?)</textarea>', html, re.DOTALL)
    assert textarea and str(PROFILE.payment.days_to_pay) in textarea.group(1)
    assert PROFILE.municipality in textarea.group(1)
    assert 'class="mg-form-section__rules"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_timesheet_has_a_row_per_day_a_sum_row_and_the_health_reminder(site, language):
    form = FORMS[2]
    page = site / form_folder(form, language) / "index.html"
    html = page.read_text(encoding="utf-8")
    (days,) = [field for field in form.fields if field.kind == "day_table"]
    assert html.count("data-mg-hours ") == days.rows
    assert html.count("data-mg-hours-sum") == 1
    assert ("helbred" if language == "da" else "health") in parse_page(page).text


@pytest.mark.parametrize("language", LANGUAGES)
def test_set_page_holds_every_form_once_with_unique_ids_and_links_each_download(site, language):
    page = site / Path(*(["en"] if language == "en" else []), "blanketter") / "index.html"
    html = page.read_text(encoding="utf-8")
    parsed = parse_page(page)
    for form in FORMS:
        assert form.title[language] in parsed.text
        for field in form.fields:
            assert f'data-mg-field="{field.id}"' in html
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "an id is used twice on the set page"
    assert html.count("data-mg-shared-source=") == 3, "company, citizen and mentor names are typed once"
    hrefs = [anchor.attrs["href"] for anchor in parsed.anchors]
    for form in FORMS:
        for extension in ("docx", "pdf"):
            href = f"../{form.page_folder}/{form.file_name[language]}.{extension}"
            assert href in hrefs
            target, _ = resolve_internal(site, page, href, SUB_PATH)
            assert target is not None and target.is_file(), href


@pytest.mark.parametrize("folder", ["mentoraftale", "kompensationsaftale", "timeseddel", "blanketter"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_cannot_submit_or_store_anything(site, folder, language):
    page = site / Path(*(["en"] if language == "en" else []), folder) / "index.html"
    html = page.read_text(encoding="utf-8")
    article = html[html.index("<article") : html.index("</article>")]
    assert "<form" not in article and "formaction" not in article
    assert article.count("<input") + article.count("<textarea") > 20
    for script in ("mentorguiden.js", "forms.js"):
        source = (site / "assets" / "javascripts" / script).read_text(encoding="utf-8")
        code = re.sub(r"/\*.*?\*/", "", source, flags=re.DOTALL)
        for forbidden in (
            "localStorage",
            "sessionStorage",
            "document.cookie",
            "indexedDB",
            "fetch(",
            "XMLHttpRequest",
            "sendBeacon",
        ):
            assert forbidden not in code, (script, forbidden)
    notice = parse_page(page).text
    assert ("sender ikke noget, gemmer ikke noget" in notice) if language == "da" else ("sends nothing, stores nothing" in notice)


@pytest.mark.parametrize("form, language", FORM_LANGUAGES)
def test_page_links_its_downloads_and_they_exist(site, form, language):
    page = site / form_folder(form, language) / "index.html"
    hrefs = [anchor.attrs["href"] for anchor in parse_page(page).anchors]
    for extension in ("docx", "pdf"):
        name = f"{form.file_name[language]}.{extension}"
        assert name in hrefs
        target, _ = resolve_internal(site, page, name, SUB_PATH)
        assert target == site / form_folder(form, language) / name and target.is_file()


@pytest.mark.parametrize("form, language", FORM_LANGUAGES)
def test_docx_download_has_every_element_and_keeps_to_its_sheets(site, form, language):
    text = docx_text((site / form_folder(form, language) / f"{form.file_name[language]}.docx").read_bytes())
    for field in form.fields:
        assert field.label[language] in text, field.id
    assert form.privacy[language] in text
    assert form.sections[-1].title[OTHER[language]] not in text
    assert estimated_sheets(form, language) <= form.max_sheets
    if form.id == "mentoraftale":
        for word in ("timeløn", "kompensation i alt", "hourly wage", "compensation in total"):
            assert word not in text.lower(), word


@pytest.mark.parametrize("form, language", FORM_LANGUAGES)
def test_pdf_download_has_every_element_and_keeps_to_its_sheets(site, form, language):
    """The one test that reads the PDFs: every label, the notices, the sheet count, and no money on the citizen's."""
    pages = pdf_pages_text((site / form_folder(form, language) / f"{form.file_name[language]}.pdf").read_bytes())
    text = normalise(" ".join(pages))
    assert 1 <= len(pages) <= form.max_sheets, f"{form.id} prints on {len(pages)} sheets"
    for field in form.fields:
        assert normalise(field.label[language]) in text, field.id
    for item in legally_required_fields(form):
        assert normalise(item.label[language]) in text, item.field_id
    assert normalise(form.privacy[language]) in text
    if form.status_date:
        assert long_date(form.status_date, language) in text
    assert PROFILE.municipality in text
    assert normalise(form.sections[-1].title[OTHER[language]]) not in text
    assert "127.0.0.1" not in text, "the PDF names the throwaway server instead of the page's address"
    assert f"https://mentorguiden.example/mentorguiden/{form_folder(form, language).as_posix()}/" in text.replace(" ", "")
    if form.id == "mentoraftale":
        for word in ("timeløn", "kompensation i alt", "hourly wage", "compensation in total"):
            assert word not in text.lower(), word


def test_make_serve_keeps_the_earlier_pdf_and_prints_the_new_one_in_the_background(site, tmp_path, monkeypatch):
    """``MENTORGUIDEN_PDF_I_BAGGRUNDEN=1``: the build returns at once with the earlier PDF; the new one follows, checked.

    The printer is stood in for (it hands back the real site's PDF once the test lets it), so no Chromium starts.
    """
    served = tmp_path / "site"
    shutil.copytree(site, served)
    name = agreement_outputs.download_name(AGREEMENT, "da", "pdf")
    new_pdf = (site / PAGES["da"] / name).read_bytes()
    earlier_pdf = (site / PAGES["en"] / agreement_outputs.download_name(AGREEMENT, "en", "pdf")).read_bytes()
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / f"da-{AGREEMENT.id}-earlier.pdf").write_bytes(earlier_pdf)
    (served / PAGES["da"] / name).unlink()
    may_print = threading.Event()

    def stand_in_printer(site_dir, pages, executable):
        assert site_dir != served, "the background job prints a snapshot, not the site a rebuild may be writing"
        may_print.wait(timeout=30)
        return [new_pdf for _ in pages]

    monkeypatch.setattr(form_pdf, "print_pages_to_pdf", stand_in_printer)
    printing = agreement_outputs.PdfPrinting(chromium="chromium", cache_folder=cache, in_background=True)
    written = agreement_outputs.write_downloads(
        forms=(AGREEMENT,), profile=PROFILE, language="da", site_dir=served, language_prefix="", site_url=None, pdf=printing
    )
    assert written[AGREEMENT.id]["pdf"].read_bytes() == earlier_pdf, "the earlier PDF, until the new one is printed"
    agreement_outputs.write_downloads(  # a rebuild while the job runs does not print the same pages again
        forms=(AGREEMENT,), profile=PROFILE, language="da", site_dir=served, language_prefix="", site_url=None, pdf=printing
    )
    jobs = [thread for thread in threading.enumerate() if thread.name.startswith("pdf ")]
    assert len(jobs) == 1
    may_print.set()
    jobs[0].join(timeout=30)
    assert (served / PAGES["da"] / name).read_bytes() == new_pdf
    assert any(path.read_bytes() == new_pdf for path in cache.glob(f"da-{AGREEMENT.id}-*.pdf") if "earlier" not in path.name)
