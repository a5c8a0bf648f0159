"""The forms without a build: data files, model, Danish messages, the pages' Markdown, the DOCX and the output checks."""

from __future__ import annotations

import io
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import docx
import jsonschema
import pytest
from helpers.builds import ROOT
from helpers.html import front_matter
from pypdf import PdfWriter

from mentorguiden.browser import chromium_path
from mentorguiden.core.dates import long_date
from mentorguiden.core.errors import DataError
from mentorguiden.forms import outputs as agreement_outputs
from mentorguiden.forms.docx import docx_text, estimated_sheets, form_docx
from mentorguiden.forms.model import (
    AGREEMENT_FILE,
    FORM_SCHEMA,
    LEGAL_MINIMUM,
    legally_required_fields,
    load_agreement,
    load_forms,
)
from mentorguiden.forms.page import form_markdown, forms_environment
from mentorguiden.profile.model import load_profile

AGREEMENT = load_agreement(ROOT)
FORMS = load_forms(ROOT)
PROFILE = load_profile(ROOT)
DATA_TEXT = (ROOT / AGREEMENT_FILE).read_text(encoding="utf-8")
OTHER = {"da": "en", "en": "da"}


def label(field_id: str, language: str) -> str:
    return next(field.label[language] for field in AGREEMENT.fields if field.id == field_id)


def agreement_errors(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    (tmp_path / AGREEMENT_FILE).parent.mkdir(parents=True)
    (tmp_path / AGREEMENT_FILE).write_text(text, encoding="utf-8")
    shutil.copy(ROOT / FORM_SCHEMA, tmp_path / FORM_SCHEMA)
    for name in ("data/regler.yml", "data/schemas/regler.schema.json"):  # the rules the fields cite
        shutil.copy(ROOT / name, tmp_path / name)
    with pytest.raises(DataError) as caught:
        load_agreement(tmp_path)
    return caught.value.messages


def remove_field(text: str, field_id: str) -> str:
    """The data file without one field (its list item, up to the next item or section)."""
    pattern = re.compile(rf"^      - id: {re.escape(field_id)}\n(?:        .*\n|\n)*?(?=^      - id:|^  - id:|\Z)", re.MULTILINE)
    changed, count = pattern.subn("", text)
    assert count == 1, field_id
    return changed


def test_schema_is_a_valid_json_schema():
    schema = json.loads((ROOT / FORM_SCHEMA).read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_vscode_knows_the_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"]["./data/schemas/blanket.schema.json"] == "data/blanketter/*.yml"


def test_the_agreement_covers_what_the_issue_and_the_law_ask_for():
    section_ids = [section.id for section in AGREEMENT.sections]
    for section_id in (
        "borger",
        "virksomhed",
        "mentor",
        "kommune",
        "maal",
        "opgaver",
        "varighed",
        "aktiviteter",
        "aendringer",
        "klage",
        "underskrifter",
    ):
        assert section_id in section_ids
    field_ids = {field.id for field in AGREEMENT.fields}
    # What issue 15 adds: experience, a stand-in, the case number, the decision's date, a change or an early stop.
    assert {"mentor-erfaring", "stedfortraeder", "sagsnummer", "afgoerelse-dato", "aendringer"} <= field_ids
    kinds = {field.kind for field in AGREEMENT.fields}
    assert kinds == {"short_text", "writing_lines", "date", "number", "checkbox", "signature"}
    signatures = [field.id for field in AGREEMENT.fields if field.kind == "signature"]
    assert len(signatures) == 4, "citizen, company, mentor and municipality sign"
    prefilled = {field.id: field.prefill for field in AGREEMENT.fields if field.prefill}
    assert prefilled["klagevejledning"] == "klagevejledning"
    assert {"kommune", "kontaktenhed"} <= set(prefilled.values())


MONEY = ("timeløn", "kompensation i alt", "kr.", "hourly wage", "compensation in total", "dkk")


def test_the_citizens_agreement_says_nothing_about_money():
    units = [field.unit[language] for field in AGREEMENT.fields if field.unit for language in ("da", "en")]
    labels = [field.label[language] for field in AGREEMENT.fields for language in ("da", "en")]
    assert not [text for text in labels + units if any(word in text.lower() for word in MONEY)]
    assert "timeloensomkostning" not in {field.id for field in AGREEMENT.fields}


def test_the_forms_are_the_three_of_issue_15_in_menu_order():
    assert [form.id for form in FORMS] == ["mentoraftale", "kompensationsaftale", "timeseddel"]
    assert [form.max_sheets for form in FORMS] == [3, 2, 1]
    compensation, timesheet = FORMS[1], FORMS[2]
    assert {"timer-pr-uge", "timer-i-alt", "timeloensomkostning", "udbetaling", "startdato", "slutdato"} <= {
        field.id for field in compensation.fields
    }
    assert "kompensation-loenomkostninger" in {rule.id for rule in compensation.rules}
    assert [field.kind for field in timesheet.fields if field.kind in ("day_table", "signature")] == [
        "day_table",
        "signature",
        "signature",
    ]
    assert "helbred" in timesheet.privacy.da and "health" in timesheet.privacy.en


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.id)
@pytest.mark.parametrize("language", ["da", "en"])
def test_each_form_keeps_to_its_sheets_in_word(form, language):
    assert estimated_sheets(form, language) <= form.max_sheets


def test_the_word_estimate_counts_more_sheets_for_a_longer_form():
    sections = AGREEMENT.sections + AGREEMENT.sections
    assert estimated_sheets(replace(AGREEMENT, sections=sections), "da") > estimated_sheets(AGREEMENT, "da")


def test_a_form_over_its_sheet_limit_names_file_line_and_key():
    small = replace(AGREEMENT, max_sheets=1, max_sheets_line=55)
    with pytest.raises(DataError) as caught:
        agreement_outputs.verify_docx(form_docx(small, PROFILE, "da"), small, "da", "mentoraftale/mentoraftale.docx")
    assert caught.value.messages[0].startswith(
        "data/blanketter/mentoraftale.yml, linje 55: 'hoejst_ark': blanketten 'mentoraftale' som DOCX"
    ), caught.value.messages


def test_legally_required_fields_is_the_api_a_checklist_can_use():
    required = legally_required_fields(AGREEMENT)
    assert [item.field_id for item in required] == [
        "mentor-navn",
        "mentor-kontakt",
        "maal",
        "opgaver",
        "startdato",
        "slutdato",
        "timer-pr-uge",
        "timer-i-alt",
        "klagevejledning",
    ]
    goal = next(item for item in required if item.field_id == "maal")
    assert goal.label["da"] == "Målet med mentorstøtten"
    assert goal.label["en"] == "Goal of the mentor support"
    assert "LAB" in goal.legal_source
    assert set(LEGAL_MINIMUM) <= {item.field_id for item in required}


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.id)
def test_no_field_asks_for_a_cpr_number(form):
    for section in form.sections:
        texts = [section.id, section.title.da, section.title.en]
        texts += [section.help.da, section.help.en] if section.help else []
        for field in section.fields:
            texts += [field.id, field.label.da, field.label.en]
            texts += [field.help.da, field.help.en] if field.help else []
        assert not [text for text in texts if re.search(r"cpr", text, re.IGNORECASE)], section.id
    assert "CPR" in form.privacy.da and "CPR" in form.privacy.en


def test_status_date_is_written_out_in_each_language():
    assert long_date(AGREEMENT.status_date, "da") == "22. november 2026"
    assert long_date(AGREEMENT.status_date, "en") == "22 November 2026"


def test_page_front_matter_carries_title_description_and_the_legal_sources():
    environment = forms_environment(ROOT)
    for language in ("da", "en"):
        meta = front_matter(form_markdown(AGREEMENT, PROFILE, language, environment))
        assert meta["title"] == AGREEMENT.title[language]
        assert meta["description"]
        assert [source["url"] for source in meta["kilder"]] == [source.url for source in AGREEMENT.sources]
        assert all(set(source) == {"titel", "udgiver", "dato", "url"} for source in meta["kilder"])
        assert any("elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/kapitel/26" in source["url"] for source in meta["kilder"])


def test_data_values_are_escaped_on_the_page():
    section = AGREEMENT.sections[0]
    field = replace(section.fields[0], label=replace(section.fields[0].label, da="<b>Navn</b> {!x!}"))
    agreement = replace(AGREEMENT, sections=(replace(section, fields=(field,)),) + AGREEMENT.sections[1:])
    markdown = form_markdown(agreement, PROFILE, "da", forms_environment(ROOT))
    assert "&lt;b&gt;Navn&lt;/b&gt; &#123;!x!&#125;" in markdown
    assert "<b>Navn</b>" not in markdown


def test_removing_a_field_the_law_requires_is_refused(tmp_path):
    messages = agreement_errors(tmp_path, remove_field(DATA_TEXT, "klagevejledning"))
    assert len(messages) == 1
    assert messages[0].startswith("data/blanketter/mentoraftale.yml: feltet 'klagevejledning' mangler. Loven kræver")
    assert "klagevejledning" in messages[0]


def test_removing_the_legal_source_of_a_required_field_is_refused(tmp_path):
    legal_source = "        regel: skriftlig-aftale\n"
    before = DATA_TEXT[: DATA_TEXT.index(legal_source)].splitlines()
    # The field (and its section) the first legal source belongs to, and the field's line.
    field_line, field_id = next(
        (number, line.split("id: ")[1])
        for number, line in reversed(list(enumerate(before, 1)))
        if line.startswith("      - id: ")
    )
    section_id = next(line.split("id: ")[1] for line in reversed(before) if line.startswith("  - id: "))
    messages = agreement_errors(tmp_path, DATA_TEXT.replace(legal_source, "", 1))
    assert len(messages) == 1, messages
    assert messages[0].startswith(
        f"data/blanketter/mentoraftale.yml, linje {field_line}: feltet "
        f"'sektioner[{section_id}].felter[{field_id}]' skal have 'regel', fordi loven "
        "kræver"
    ), messages


def test_missing_translation_names_file_line_and_field(tmp_path):
    text = DATA_TEXT.replace(
        "          da: Mentorens telefon eller e-mail\n          en: Mentor's phone or e-mail\n",
        "          da: Mentorens telefon eller e-mail\n",
    )
    messages = agreement_errors(tmp_path, text)
    assert len(messages) == 1
    assert re.match(
        r"data/blanketter/mentoraftale\.yml, linje \d+: nøglen "
        r"'sektioner\[mentor\]\.felter\[mentor-kontakt\]\.etiket\.en' mangler\. Tilføj den\.",
        messages[0],
    ), messages


def test_unknown_field_kind_names_the_field_and_the_kinds(tmp_path):
    text = DATA_TEXT.replace("      - id: delmaal\n        type: skrivelinjer", "      - id: delmaal\n        type: fritekst")
    text = DATA_TEXT.replace("      - id: moeder\n        type: skrivelinjer", "      - id: moeder\n        type: fritekst")
    messages = agreement_errors(tmp_path, text)
    assert len(messages) == 1
    assert "'sektioner[aktiviteter].felter[moeder].type' skal være en af 'kort-tekst'" in messages[0]
    assert "men er 'fritekst'" in messages[0]


def test_a_cpr_field_is_refused(tmp_path):
    text = DATA_TEXT.replace("          da: Borgerens navn\n", "          da: Borgerens navn og CPR-nummer\n")
    messages = agreement_errors(tmp_path, text)
    assert any("feltet 'sektioner[borger].felter[borger-navn]' nævner CPR-nummer" in message for message in messages), messages


def test_a_cpr_like_field_id_is_refused_with_its_line(tmp_path):
    text = DATA_TEXT.replace("      - id: sagsnummer\n", "      - id: personnummer\n")
    line = text[: text.index("      - id: personnummer")].count("\n") + 1
    messages = agreement_errors(tmp_path, text)
    assert any(
        message.startswith(
            f"data/blanketter/mentoraftale.yml, linje {line}: feltet 'sektioner[borger].felter[personnummer]' nævner CPR"
        )
        for message in messages
    ), messages


def test_a_day_table_without_rows_is_refused(tmp_path):
    text = DATA_TEXT.replace(
        "      - id: moeder\n        type: skrivelinjer\n        linjer: 2\n", "      - id: moeder\n        type: dagtabel\n"
    )
    messages = agreement_errors(tmp_path, text)
    assert any("har typen 'dagtabel', men ingen 'raekker'" in message for message in messages), messages


def test_duplicate_field_id_is_refused(tmp_path):
    text = DATA_TEXT.replace("      - id: moeder\n", "      - id: maal\n")
    messages = agreement_errors(tmp_path, text)
    assert any("id 'maal' bruges to gange" in message for message in messages), messages


def test_option_for_another_kind_is_refused(tmp_path):
    text = DATA_TEXT.replace(
        "      - id: startdato\n        type: dato\n", "      - id: startdato\n        type: dato\n        linjer: 2\n"
    )
    messages = agreement_errors(tmp_path, text)
    assert any(
        "'sektioner[varighed].felter[startdato].linjer' kan kun bruges på felter af typen 'skrivelinjer'" in message
        for message in messages
    ), messages


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.id)
def test_docx_has_every_section_and_field_in_its_language(form):
    for language in ("da", "en"):
        text = docx_text(form_docx(form, PROFILE, language))
        for section in form.sections:
            assert section.title[language] in text
        for field in form.fields:
            assert field.label[language] in text, (language, field.id)
        assert form.privacy[language] in text
        assert PROFILE.municipality in text and PROFILE.email in text
        assert form.sections[0].title[OTHER[language]] not in text or form.sections[0].title.da == form.sections[0].title.en


def test_docx_prefills_the_profiles_texts():
    assert PROFILE.complaint_guidance.en.split()[0] in docx_text(form_docx(AGREEMENT, PROFILE, "en"))
    compensation = docx_text(form_docx(FORMS[1], PROFILE, "da"))
    assert f"senest {PROFILE.payment.days_to_pay} dage" in compensation


def test_docx_timesheet_has_a_row_per_day_and_a_sum_row():
    document = docx.Document(io.BytesIO(form_docx(FORMS[2], PROFILE, "da")))
    (days,) = [table for table in document.tables if table.cell(0, 1).text == "Timer"]
    assert len(days.rows) == FORMS[2].fields[4].rows + 2
    assert days.rows[-1].cells[0].text == "Timer i alt"


def test_docx_signature_rows_never_split():
    document = docx.Document(io.BytesIO(form_docx(AGREEMENT, PROFILE, "da")))
    (signatures,) = [table for table in document.tables if table.cell(0, 1).text == "Navn"]
    assert [row.cells[0].text for row in signatures.rows[1:]] == ["Borgeren", "Virksomheden", "Mentoren", "Kommunen"]
    for row in signatures.rows:
        assert row._tr.trPr.find(docx.oxml.ns.qn("w:cantSplit")) is not None


def test_verification_names_the_output_and_the_missing_field():
    text = docx_text(form_docx(AGREEMENT, PROFILE, "da"))
    goal = label("maal", "da")
    with pytest.raises(DataError) as caught:
        agreement_outputs._fail(
            "DOCX",
            "mentoraftale/mentoraftale.docx",
            agreement_outputs._missing(text.replace(goal, "Mål"), agreement_outputs.required_texts(AGREEMENT, "da")),
            AGREEMENT,
        )
    assert caught.value.messages[0].startswith(
        "Blanketten 'mentoraftale' som DOCX (mentoraftale/mentoraftale.docx) mangler feltet 'maal'"
    )


def test_missing_chromium_is_a_danish_message_saying_what_to_install(monkeypatch):
    monkeypatch.setenv("CHROMIUM_PATH", "/findes/ikke/chromium")
    with pytest.raises(DataError) as caught:
        chromium_path()
    message = str(caught.value)
    assert "/findes/ikke/chromium" in message
    assert "apt-get install chromium" in message and "make build" in message


def test_pdf_cache_key_follows_the_page_and_its_stylesheets(tmp_path):
    site = tmp_path / "site"
    (site / "mentoraftale").mkdir(parents=True)
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "mentoraftale" / "index.html").write_text("<p>a</p>")
    (site / "assets" / "stylesheets" / "forms.css").write_text("p {}")
    first = agreement_outputs.pdf_cache_key(site, "mentoraftale/", "")
    assert agreement_outputs.pdf_cache_key(site, "mentoraftale/", "") == first
    (site / "assets" / "stylesheets" / "forms.css").write_text("p { color: red }")
    second = agreement_outputs.pdf_cache_key(site, "mentoraftale/", "")
    (site / "mentoraftale" / "index.html").write_text("<p>b</p>")
    third = agreement_outputs.pdf_cache_key(site, "mentoraftale/", "")
    assert len({first, second, third}) == 3
    assert agreement_outputs.pdf_cache_key(site, "mentoraftale/", "https://x.example/mentoraftale/") != third


def test_a_cached_pdf_is_checked_by_the_text_kept_beside_it_not_read_again(tmp_path):
    """A build from the cache checks the PDF against the text read when it was printed (``.pages.json``)."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    (site / AGREEMENT.page_folder).mkdir(parents=True)
    (site / AGREEMENT.page_folder / "index.html").write_text("<p>a</p>")
    page_path = f"{AGREEMENT.page_folder}/"
    key = agreement_outputs.pdf_cache_key(site, page_path, "", "chromium")
    cached = cache / f"da-{AGREEMENT.id}-{key}.pdf"
    cache.mkdir()
    writer, pdf = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=595, height=842)
    writer.write(pdf)
    cached.write_bytes(pdf.getvalue())
    printing = agreement_outputs.PdfPrinting(chromium="chromium", cache_folder=cache)

    def from_cache():
        return agreement_outputs.cached_pdfs(site, (AGREEMENT,), "", None, "da", printing)

    assert from_cache() == [(pdf.getvalue(), [""])]  # read once: one blank sheet
    kept = cached.with_suffix(".pages.json")
    kept.write_text('["kept text"]', encoding="utf-8")
    assert from_cache()[0][1] == ["kept text"]  # the kept text, not the PDF read again
    kept.write_text("not json", encoding="utf-8")
    assert from_cache()[0][1] == [""]  # a broken file is read again from the PDF
