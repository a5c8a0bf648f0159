"""Editors' mistakes in page front matter and the glossary stop the build with a Danish message.

Each test breaks a copy of the project (conftest.project) the way an editor
might, builds it with the real ``mkdocs build --strict``, and checks the exit
status and that the message names the file, the line or key, and what to do.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from conftest import mkdocs_build
from dom import article, parse_file
from test_bad_input import build_fails, replace_in

TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()


def line_of(path: Path, text: str) -> int:
    """The 1-based line of the first line of ``path`` that starts with ``text`` (after indentation)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip().startswith(text):
            return number
    raise AssertionError(f"{text!r} not in {path}")


def remove_sources(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    header, body = text.split("---\n", 2)[1:]
    kept = header.split("kilder:")[0]
    path.write_text(f"---\n{kept}---\n{body}", encoding="utf-8")


def test_page_without_sources(project):
    remove_sources(project / "docs" / "viden" / "effekt.md")
    output = build_fails(project)
    assert "docs/viden/effekt.md" in output
    assert "nøglen 'kilder' mangler" in output


def test_page_with_an_empty_list_of_sources(project):
    page = project / "docs" / "viden" / "effekt.en.md"
    remove_sources(page)
    replace_in(page, "senest_gennemgaaet:", "kilder: []\nsenest_gennemgaaet:")
    output = build_fails(project)
    assert f"docs/viden/effekt.en.md, linje {line_of(page, 'kilder:')}: 'kilder' skal have mindst 1" in output


def test_review_date_in_the_future(project):
    page = project / "docs" / "konsulenter" / "bevilling.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"senest_gennemgaaet: \S+", f"senest_gennemgaaet: {TOMORROW}", text, count=1),
                    encoding="utf-8")
    output = build_fails(project)
    line = line_of(page, "senest_gennemgaaet:")
    assert f"docs/konsulenter/bevilling.md, linje {line}: 'senest_gennemgaaet' er {TOMORROW}" in output
    assert "efter i dag" in output


def test_review_date_that_does_not_exist(project):
    page = project / "docs" / "om-siden.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"senest_gennemgaaet: \S+", "senest_gennemgaaet: 2026-02-30", text, count=1),
                    encoding="utf-8")
    output = build_fails(project)
    assert f"docs/om-siden.md, linje {line_of(page, 'senest_gennemgaaet:')}" in output
    assert "'senest_gennemgaaet' er 2026-02-30, som ikke er en rigtig dato" in output


def test_source_dated_in_the_future(project):
    page = project / "docs" / "viden" / "regler.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"(\n    dato: )\S+", rf"\g<1>{TOMORROW}", text, count=1), encoding="utf-8")
    output = build_fails(project)
    assert f"docs/viden/regler.md, linje {line_of(page, 'dato:')}: 'kilder[1].dato'" in output


def test_misspelt_key_gets_a_suggestion(project):
    page = project / "docs" / "virksomheder" / "kompensation.md"
    replace_in(page, "senest_gennemgaaet:", "senest_gennemgået:")
    output = build_fails(project)
    line = line_of(page, "senest_gennemgået:")
    assert f"docs/virksomheder/kompensation.md, linje {line}: ukendt nøgle 'senest_gennemgået'" in output
    assert "Mente du 'senest_gennemgaaet'?" in output


def test_misspelt_key_in_a_source(project):
    page = project / "docs" / "index.en.md"
    replace_in(page, "udgiver:", "udgivet:")
    output = build_fails(project)
    assert f"docs/index.en.md, linje {line_of(page, 'udgivet:')}: ukendt nøgle 'kilder[1].udgivet'" in output
    assert "Mente du 'udgiver'?" in output


def test_source_address_must_be_a_web_address(project):
    page = project / "docs" / "index.md"
    replace_in(page, "url: https://", "url: elov.dk/")
    output = build_fails(project)
    assert f"docs/index.md, linje {line_of(page, 'url:')}: 'kilder[1].url' har ikke den rigtige form" in output


def test_danish_page_without_english_counterpart_is_shown_in_danish_with_a_notice(project):
    # The project copy is not a git repository: the build works, without dates.
    (project / "docs" / "viden" / "effekt.en.md").unlink()
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.output
    english = parse_file(result.site / "en" / "viden" / "effekt" / "index.html")
    notice = english.by_class("mg-translation-notice")
    assert notice and "it is shown in Danish" in notice[0].text()
    assert english.by_class("mg-untranslated")[0].attrs["lang"] == "da"
    danish = parse_file(result.site / "viden" / "effekt" / "index.html")
    assert not danish.by_class("mg-translation-notice")
    assert not danish.by_class("mg-page-updated")[0].by_tag("time")


def test_english_page_without_danish_counterpart(project):
    page = project / "docs" / "viden" / "nyt.en.md"
    page.write_text((project / "docs" / "viden" / "effekt.en.md").read_text(encoding="utf-8"), encoding="utf-8")
    output = build_fails(project)
    assert "docs/viden/nyt.en.md: den danske udgave docs/viden/nyt.md mangler" in output


def test_hand_written_sources_heading(project):
    page = project / "docs" / "om-siden.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n## Kilder\n\nEn kilde.\n", encoding="utf-8")
    output = build_fails(project)
    assert "docs/om-siden.md" in output and "#kilder" in output and "front matter" in output


def test_glossary_with_misspelt_key(project):
    glossary = project / "data" / "ordliste.yml"
    replace_in(glossary, "      definition:", "      definiton:")
    output = build_fails(project)
    line = line_of(glossary, "definiton:")
    assert f"data/ordliste.yml, linje {line}: ukendt nøgle 'termer[aktivitetsparat].da.definiton'" in output
    assert "Mente du 'definition'?" in output


def test_glossary_form_claimed_by_two_terms(project):
    glossary = project / "data" / "ordliste.yml"
    replace_in(glossary, "former: [jobparate]", "former: [jobparate, aktivitetsparate]")
    output = build_fails(project)
    assert "data/ordliste.yml" in output and "'aktivitetsparate'" in output and "står både ved" in output


def test_glossary_status_after_its_review_date(project):
    glossary = project / "data" / "ordliste.yml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(re.sub(r"\n    status_pr: \S+", "\n    status_pr: 2099-01-01", text, count=1), encoding="utf-8")
    output = build_fails(project)
    assert "data/ordliste.yml" in output and "status_pr' er 2099-01-01" in output


def test_front_matter_is_escaped_in_the_sources_section(project):
    page = project / "docs" / "om-siden.md"
    replace_in(page, "udgiver: Digitaliseringsstyrelsen", 'udgiver: "<b>Fed</b> & styrelse"')
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.output
    html = (result.site / "om-siden" / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;Fed&lt;/b&gt; &amp; styrelse" in html and "<b>Fed</b>" not in html
    section = article(parse_file(result.site / "om-siden" / "index.html")).by_class("mg-sources")[0]
    assert "<b>Fed</b> & styrelse" in section.text()
