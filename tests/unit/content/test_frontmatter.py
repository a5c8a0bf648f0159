"""Front matter checks and dates (mentorguiden/frontmatter.py), called directly."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers.builds import ROOT

from mentorguiden.content.frontmatter import PAGE_SCHEMA, check_front_matter
from mentorguiden.content.page_sources import page_sources
from mentorguiden.core.datafile import load_schema
from mentorguiden.core.dates import format_date
from mentorguiden.core.errors import DataError

TODAY = dt.date(2026, 11, 22)


SCHEMA = load_schema(ROOT / PAGE_SCHEMA)


GOOD_PAGE = """---
title: Regler
description: Lovgrundlaget for mentorstøtte.
senest_gennemgaaet: 2026-11-22
kilder:
  - titel: Lov om en aktiv beskæftigelsesindsats
    udgiver: Beskæftigelsesministeriet
    dato: 2024
  - titel: Notat om virksomhedsmentorer
    udgiver: Eksempel Kommune
    dato: 2020-06
---

# Regler
"""


def errors(markdown: str, **options) -> list[str]:
    with pytest.raises(DataError) as caught:
        check_front_matter(markdown, "docs/x.md", SCHEMA, today=TODAY, **options)
    return caught.value.messages


def test_good_front_matter_passes_and_dates_become_text():
    meta = check_front_matter(GOOD_PAGE, "docs/x.md", SCHEMA, today=TODAY)
    assert meta["senest_gennemgaaet"] == "2026-11-22"
    assert [source["dato"] for source in meta["kilder"]] == ["2024", "2020-06"]


def test_source_without_address_is_allowed_but_a_bad_address_is_not():
    assert check_front_matter(GOOD_PAGE, "docs/x.md", SCHEMA, today=TODAY)
    bad = GOOD_PAGE.replace("    dato: 2024\n", "    dato: 2024\n    url: ftp://example.org/lov\n")
    assert errors(bad) == [
        "docs/x.md, linje 9: 'kilder[1].url' har ikke den rigtige form: 'ftp://example.org/lov'. "
        "Kildens adresse på nettet, som begynder med https:// eller http://. "
        "Udelad nøglen, hvis kilden kun findes på papir."
    ]


def test_lines_are_counted_in_the_whole_file():
    messages = errors(GOOD_PAGE.replace("description:", "beskrivelse:"))
    assert any(message.startswith("docs/x.md, linje 3: ukendt nøgle 'beskrivelse'.") for message in messages)
    assert any("'description' mangler" in message for message in messages)


def test_future_and_impossible_dates():
    assert (
        "linje 4: 'senest_gennemgaaet' er 2026-11-23, som ligger efter i dag (2026-11-22)"
        in errors(GOOD_PAGE.replace("2026-11-22", "2026-11-23"))[0]
    )
    assert (
        "linje 11: 'kilder[2].dato' er 2020-13, som ikke er en rigtig dato" in errors(GOOD_PAGE.replace("2020-06", "2020-13"))[0]
    )
    assert "'senest_gennemgaaet' har ikke den rigtige form" in errors(GOOD_PAGE.replace("2026-11-22", "22-11-2026"))[0]


def test_page_without_front_matter():
    assert "linje 1: siden har ingen front matter" in errors("# Overskrift\n")[0]
    assert check_front_matter("# Overskrift\n", "kontakt.md", SCHEMA, today=TODAY, required=False) == {}


def test_generated_pages_need_no_sources_but_what_they_give_is_checked():
    page = "---\ntitle: Kontakt\ndescription: Sådan kontakter du os.\n---\n"
    assert check_front_matter(page, "kontakt.md", SCHEMA, today=TODAY, required=False)["title"] == "Kontakt"
    assert "ukendt nøgle 'kilde'" in errors(page.replace("title:", "kilde: x\ntitle:"), required=False)[0]


@pytest.mark.parametrize(
    "value,language,expected",
    [
        ("2026-11-22", "da", "22. november 2026"),
        ("2026-11-22", "en", "22 November 2026"),
        ("2026-03-05", "da", "5. marts 2026"),
        ("2024-05", "da", "maj 2024"),
        ("2024-05", "en", "May 2024"),
        ("2019", "en", "2019"),
    ],
)
def test_dates_are_written_the_way_each_language_writes_them(value, language, expected):
    shown = format_date(value, language)
    assert shown.text == expected and shown.iso == value


@pytest.mark.parametrize("language,expected", [("da", "udateret"), ("en", "undated")])
def test_an_undated_source_says_so_and_has_no_machine_date(language, expected):
    shown = format_date("ukendt", language)
    assert shown.text == expected and shown.iso == ""


def test_an_undated_source_passes_the_check_but_a_misspelt_unknown_does_not():
    page = "---\ntitle: Side\ndescription: En side om noget.\nsenest_gennemgaaet: 2026-11-22\nkilder:\n  - titel: Virksomhedsmentorer\n    udgiver: Ukendt udgiver\n    dato: {}\n---\n"
    check_front_matter(page.format("ukendt"), "docs/x.md", SCHEMA, today=dt.date(2026, 11, 22))
    with pytest.raises(DataError, match=r"docs/x.md, linje 8: .*dato"):
        check_front_matter(page.format("ukent"), "docs/x.md", SCHEMA, today=dt.date(2026, 11, 22))


def test_page_sources_for_display():
    meta = {
        "senest_gennemgaaet": dt.date(2026, 11, 22),
        "kilder": [{"titel": "T", "udgiver": "U", "dato": 2024, "url": "https://example.org"}],
    }
    sources = page_sources(meta, "en")
    assert sources.heading_id == "sources" and sources.reviewed.text == "22 November 2026"
    assert sources.sources[0].date.iso == "2024" and sources.sources[0].url == "https://example.org"
    assert page_sources({"title": "x"}, "da") is None
