"""The forms' Word documents are rendered once per content: cached by everything they are made from, never stale.

A build takes each form's DOCX from ``.cache/blanketter-docx/`` when nothing it
is made from has changed (``mentorguiden.forms.outputs.cached_docx``). These
tests check that the cached file is the file a fresh render gives, byte for
byte, and that every kind of input (the form, the profile, the interface text,
the language, the rendering code) makes a new one.
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.builds import ROOT

from mentorguiden.forms import docx as form_docx_module
from mentorguiden.forms import outputs
from mentorguiden.forms.docx import docx_content, docx_text, form_docx, render_docx
from mentorguiden.forms.model import load_forms
from mentorguiden.profile.model import load_profile

FORMS = load_forms(ROOT)
AGREEMENT = FORMS[0]
PROFILE = load_profile(ROOT)


def cached_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.docx"))


def test_the_same_content_gives_the_same_bytes_at_any_time(monkeypatch):
    first = form_docx(AGREEMENT, PROFILE, "da")
    later = time.localtime(time.time() + 3 * 24 * 3600)
    monkeypatch.setattr(zipfile.time, "localtime", lambda *_: later)  # python-docx stamps each entry with the time
    assert form_docx(AGREEMENT, PROFILE, "da") == first
    assert {entry.date_time for entry in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {form_docx_module.ZIP_DATE}


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.id)
@pytest.mark.parametrize("language", ["da", "en"])
def test_a_cached_document_is_the_fresh_one_byte_for_byte(tmp_path, monkeypatch, form, language):
    fresh = form_docx(form, PROFILE, language)
    first, first_text = outputs.cached_docx(form, PROFILE, language, None, tmp_path)
    assert first == fresh
    assert first_text == docx_text(fresh)
    assert len(cached_files(tmp_path)) == 1

    def no_render(content):
        raise AssertionError("an unchanged form is rendered again")

    monkeypatch.setattr(outputs, "render_docx", no_render)
    again, again_text = outputs.cached_docx(form, PROFILE, language, None, tmp_path)
    assert again == fresh
    assert again_text == first_text


def changed_inputs():
    """Each way the document's data can change: (what changed, form, profile, language, a text the new document shows)."""
    field = AGREEMENT.sections[0].fields[0]
    relabelled = replace(field, label=replace(field.label, da=field.label.da + " (ændret)"))
    sections = (replace(AGREEMENT.sections[0], fields=(relabelled, *AGREEMENT.sections[0].fields[1:])),)
    yield "the form's data", replace(AGREEMENT, sections=sections + AGREEMENT.sections[1:]), PROFILE, "da", "(ændret)"
    yield "the profile", AGREEMENT, replace(PROFILE, municipality="Ændret Kommune"), "da", "Ændret Kommune"
    yield "the language", AGREEMENT, PROFILE, "en", AGREEMENT.title.en


def test_every_changed_input_makes_a_new_document(tmp_path, monkeypatch):
    original, _ = outputs.cached_docx(AGREEMENT, PROFILE, "da", None, tmp_path)
    for name, form, profile, language, shown in changed_inputs():
        data, text = outputs.cached_docx(form, profile, language, None, tmp_path)
        assert data != original, name
        assert shown in text, name
        assert data == form_docx(form, profile, language), name


def test_a_changed_interface_text_makes_a_new_document(tmp_path, monkeypatch):
    original, _ = outputs.cached_docx(AGREEMENT, PROFILE, "da", None, tmp_path)
    ui = form_docx_module.ui
    monkeypatch.setattr(form_docx_module, "ui", lambda key, *args, **values: ui(key, *args, **values) + " (ny tekst)")
    data, text = outputs.cached_docx(AGREEMENT, PROFILE, "da", None, tmp_path)
    assert data != original
    assert "(ny tekst)" in text


def test_changed_rendering_code_makes_a_new_document(tmp_path, monkeypatch):
    content = docx_content(AGREEMENT, PROFILE, "da")
    key = form_docx_module.docx_cache_key(content)
    monkeypatch.setattr(form_docx_module, "_LOADED_CODE", form_docx_module._LOADED_CODE + " edited")
    assert form_docx_module.docx_cache_key(content) != key
    monkeypatch.setattr(form_docx_module, "_LOADED_CODE", form_docx_module._LOADED_CODE)
    monkeypatch.setattr(form_docx_module, "RENDERER_VERSION", form_docx_module.RENDERER_VERSION + "+1")
    assert form_docx_module.docx_cache_key(content) != key


def test_a_document_without_its_text_is_rendered_again(tmp_path):
    data, text = outputs.cached_docx(AGREEMENT, PROFILE, "da", None, tmp_path)
    (kept,) = cached_files(tmp_path)
    kept.with_suffix(".txt").unlink()
    kept.write_bytes(b"broken")
    assert outputs.cached_docx(AGREEMENT, PROFILE, "da", None, tmp_path) == (data, text)
    assert kept.read_bytes() == data == render_docx(docx_content(AGREEMENT, PROFILE, "da"))


def test_the_cache_keeps_a_few_documents_per_form_and_language(tmp_path):
    for number in range(outputs.CACHE_KEEP_PER_LANGUAGE + 2):
        outputs.cached_docx(
            replace(AGREEMENT, privacy=replace(AGREEMENT.privacy, da=f"Tekst {number}")), PROFILE, "da", None, tmp_path
        )
    assert len(cached_files(tmp_path)) == outputs.CACHE_KEEP_PER_LANGUAGE
    assert len(list(tmp_path.glob("*.txt"))) == outputs.CACHE_KEEP_PER_LANGUAGE
