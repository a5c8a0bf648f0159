"""The per-build state, the build options, the one source model and the git-dates notice.

The interface texts are tested in tests/unit/core/test_ui_strings.py.

Unit tests: no build.
"""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from conftest import ROOT

from mentorguiden.content.git_dates import NO_DATES, file_dates
from mentorguiden.content.page_sources import page_sources
from mentorguiden.core.markers import MarkerContext
from mentorguiden.core.sources import Source
from mentorguiden.site import BuildOptions, load_site_state

TODAY = dt.date(2026, 12, 1)


# --- Build options: the environment is read in one place --------------------------------------


def test_build_options_come_from_the_environment_only_when_asked():
    options = BuildOptions.from_environment(
        {
            "MENTORGUIDEN_PROFILE": "data/profiler/proevested.yml",
            "MENTORGUIDEN_SKIP_PDF": "1",
            "CHROMIUM_PATH": "/opt/chromium",
            "MENTORGUIDEN_SITE_URL": "https://x.example/",
        }
    )
    assert options.profile_file == "data/profiler/proevested.yml"
    assert not options.print_pdf and options.pdf_printing(ROOT) is None
    assert options.chromium == "/opt/chromium" and options.site_url == "https://x.example/"
    assert BuildOptions.from_environment({}) == BuildOptions()


def test_the_pdf_cache_is_a_parameter(tmp_path):
    printing = BuildOptions(chromium="/bin/sh", pdf_cache=tmp_path).pdf_printing(ROOT)
    assert printing is not None and printing.cache_folder == tmp_path and printing.chromium == "/bin/sh"


# --- The state: one per build, nothing shared between builds -----------------------------------


@pytest.fixture(scope="module")
def state():
    return load_site_state(ROOT, BuildOptions(print_pdf=False, today=TODAY))


def test_the_state_holds_every_data_file(state):
    assert state.profile.municipality and state.agreement.sections and state.checklists and state.glossary.terms
    assert state.steps.steps
    assert state.options.print_pdf is False


def test_each_build_gets_its_own_marker_registry(state):
    other = load_site_state(ROOT, BuildOptions(print_pdf=False, today=TODAY))
    assert other.markers is not state.markers
    assert state.markers.names == other.markers.names == ["profil", "regel", "tjekliste"]
    other.markers.register("proeve", lambda value, context: value)
    assert "proeve" not in state.markers.names


def test_the_agreement_checklist_takes_its_items_from_the_loaded_agreement(state):
    (checklist,) = [checklist for checklist in state.checklists if checklist.id == "mentoraftale-komplet"]
    assert len(checklist.items) == len(state.agreement.sections) + 1
    assert [item.id for item in checklist.items][:-1] == [section.id for section in state.agreement.sections]


def test_the_profile_marker_expands_through_the_state(state):
    context = MarkerContext(page_name="docs/x.md", language="da", links=lambda uri: None)
    assert state.markers.expand("<!-- profil: kommune -->", context).strip() == state.profile.municipality


# --- One source model: show only what is known ---------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "shown_publisher", "shown_date"),
    [
        ({"titel": "T", "udgiver": "STAR", "dato": "2024-03-15"}, "STAR", "15. marts 2024"),
        ({"titel": "T", "udgiver": "Ukendt udgiver", "dato": "ukendt"}, None, None),
        ({"titel": "T", "udgiver": "ukendt", "dato": 2024}, None, "2024"),
        ({"titel": "T", "udgiver": "Cabi", "dato": "ukendt"}, "Cabi", None),
        ({"titel": "T", "udgiver": "Cabi", "dato": dt.date(2025, 1, 2)}, "Cabi", "2. januar 2025"),
    ],
)
def test_a_source_shows_only_what_is_known(entry, shown_publisher, shown_date):
    shown = Source.from_data(entry).shown("da")
    assert shown.publisher == shown_publisher
    assert (shown.date.text if shown.date else None) == shown_date


def test_a_source_round_trips_through_front_matter():
    source = Source(title="T", publisher=None, date="2024-03", url="https://x.example/")
    assert Source.from_data(source.as_front_matter()) == source
    assert Source.from_data(Source(title="T", date="2024-03-15").as_front_matter()).date == "2024-03-15"


def test_english_pages_get_english_words_for_sources():
    sources = page_sources({"kilder": [{"titel": "T", "udgiver": "Ukendt udgiver", "dato": "ukendt"}]}, "en")
    assert sources is not None and sources.heading == "Sources" and sources.heading_id == "sources"
    assert sources.sources[0].publisher is None and sources.sources[0].date is None


# --- Git dates: a fallback says why ---------------------------------------------------------------


def test_no_repository_gives_a_reason_that_is_not_a_failure(tmp_path):
    dates = file_dates(tmp_path)
    assert not dates.known and not dates.unexpected
    assert dates.reason and dates.reason.startswith(NO_DATES) and "ikke et git-repository" in dates.reason


def test_a_shallow_clone_gives_a_reason_that_is_not_a_failure(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", "--depth", "1", f"file://{ROOT}", str(clone)], check=True, capture_output=True)
    dates = file_dates(clone)
    assert not dates.known and not dates.unexpected and "shallow" in (dates.reason or "")


def test_a_failing_git_is_unexpected(tmp_path):
    # A repository whose branch has no commit: git log fails, which a real checkout never does.
    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True, capture_output=True)
    dates = file_dates(tmp_path)
    assert not dates.known and dates.unexpected and dates.reason and "fejlede" in dates.reason


def test_the_real_checkout_has_dates():
    dates = file_dates(ROOT)
    assert dates.known and dates.reason is None and dates.last_changed("mkdocs.yml")
