"""The mentor agreement in the real built site (conftest.site): the page in both languages, its Word and PDF downloads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.builds import ROOT, SUB_PATH
from helpers.html import parse_page, resolve_internal

from mentorguiden.forms import outputs as agreement_outputs
from mentorguiden.forms.docx import docx_text
from mentorguiden.forms.model import legally_required_fields, load_agreement
from mentorguiden.forms.pdf import pdf_pages_text
from mentorguiden.core.dates import long_date
from mentorguiden.core.errors import DataError
from mentorguiden.profile.model import load_profile

AGREEMENT = load_agreement(ROOT)
PROFILE = load_profile(ROOT)
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
        agreement_outputs.verify_pdf(english_pdf, AGREEMENT, "da", "mentoraftale/mentoraftale.pdf")
    assert "som PDF (mentoraftale/mentoraftale.pdf) mangler feltet 'mentor-navn'" in str(caught.value)


@pytest.mark.parametrize("language", ["da", "en"])
def test_page_has_every_field_with_a_label_in_its_own_language(site, language):
    page = site / PAGES[language] / "index.html"
    parsed = parse_page(page)
    html = page.read_text(encoding="utf-8")
    assert parsed.html_lang == language
    for field in AGREEMENT.fields:
        assert f'data-mg-field="{field.id}"' in html, field.id
        if field.kind != "signature":
            assert f'<label for="mg-felt-{field.id}">' in html, field.id
            assert f'id="mg-felt-{field.id}"' in html, field.id
        assert field.label[language] in parsed.text, field.id
    assert label("opgaver", OTHER[language]) not in parsed.text, "the other language's page leaked in"
    assert AGREEMENT.privacy[language] in parsed.text
    assert long_date(AGREEMENT.status_date, language) in parsed.text
    assert PROFILE.municipality in parsed.text


@pytest.mark.parametrize("language", ["da", "en"])
def test_page_prefills_the_municipality_contact(site, language):
    html = (site / PAGES[language] / "index.html").read_text(encoding="utf-8")
    assert f'id="mg-felt-kommune-email" autocomplete="off" value="{PROFILE.email}"' in html
    assert f'value="{PROFILE.phone}"' in html
    assert f'value="{PROFILE.address.street}, {PROFILE.address.postal_line}"' in html


@pytest.mark.parametrize("language", ["da", "en"])
def test_page_cannot_submit_or_store_anything(site, language):
    html = (site / PAGES[language] / "index.html").read_text(encoding="utf-8")
    article = html[html.index("<article") : html.index("</article>")]
    assert "<form" not in article and "formaction" not in article
    assert article.count("<input") + article.count("<textarea") > 40
    for script in ("mentorguiden.js", "agreement.js"):
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
    notice = parse_page(site / PAGES[language] / "index.html").text
    assert ("sender ikke noget, gemmer ikke noget" in notice) if language == "da" else ("sends nothing, stores nothing" in notice)


@pytest.mark.parametrize("language", ["da", "en"])
def test_page_links_its_downloads_and_they_exist(site, language):
    page = site / PAGES[language] / "index.html"
    hrefs = [anchor.attrs["href"] for anchor in parse_page(page).anchors]
    for extension in ("docx", "pdf"):
        name = f"{DOWNLOADS[language]}.{extension}"
        assert name in hrefs
        target, _ = resolve_internal(site, page, name, SUB_PATH)
        assert target == site / PAGES[language] / name and target.is_file()


@pytest.mark.parametrize("language", ["da", "en"])
def test_docx_download_has_every_required_element(site, language):
    text = docx_text((site / PAGES[language] / f"{DOWNLOADS[language]}.docx").read_bytes())
    for item in legally_required_fields(AGREEMENT):
        assert item.label[language] in text
    assert AGREEMENT.privacy[language] in text
    assert label("opgaver", OTHER[language]) not in text


@pytest.mark.parametrize("language", ["da", "en"])
def test_pdf_download_has_every_required_element(site, language):
    text = normalise(" ".join(pdf_pages_text((site / PAGES[language] / f"{DOWNLOADS[language]}.pdf").read_bytes())))
    for item in legally_required_fields(AGREEMENT):
        assert normalise(item.label[language]) in text, item.field_id
    assert normalise(AGREEMENT.privacy[language]) in text
    assert long_date(AGREEMENT.status_date, language) in text
    assert PROFILE.municipality in text
    assert label("opgaver", OTHER[language]) not in text
    assert "127.0.0.1" not in text, "the PDF names the throwaway server instead of the page's address"
    assert "https://mentorguiden.example/mentorguiden/" in text.replace(" ", "")
