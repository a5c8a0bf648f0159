"""The copied-text check (mentorguiden/overlap.py): runs of 9 words shared with a seed, and what is exempt.

Fast: no build. The whole-site check (every content file against tests/seeds/)
is tests/test_content.py::test_no_page_copies_nine_words_from_a_seed, which
uses the same messages as ``make check``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.builds import ROOT

from mentorguiden.tools.copied_text import (
    RUN,
    SeedIndex,
    content_files,
    copied_text,
    is_source,
    load_seeds,
    quotation_spans,
    shared_runs,
    source_titles,
)

# A made-up seed, so the tests do not depend on the real seeds' wording.
SEED_TEXT = """Kildedokument til test.
Mentoren hjælper den nye medarbejder med at finde sig til rette på arbejdspladsen og lære kollegerne at kende.
Virksomheden får en kompensation for den tid mentoren bruger sammen med borgeren hver uge i forløbet.
"""
SEED = "000_test.txt"
COPIED_NINE = "hjælper den nye medarbejder med at finde sig til"  # 9 words from line 2
COPIED_TEN = COPIED_NINE + " rette"


@pytest.fixture
def index(tmp_path: Path) -> SeedIndex:
    (tmp_path / SEED).write_text(SEED_TEXT, encoding="utf-8")
    return SeedIndex.from_folder(tmp_path)


def runs(index: SeedIndex, text: str, titles: tuple[str, ...] = ()) -> list[str]:
    return [run.words for run in index.shared_runs(text, titles)]


# --- The n-gram logic ----------------------------------------------------------------


def test_the_run_length_is_nine_words():
    assert RUN == 9


def test_nine_shared_words_are_copied_text_and_eight_are_not(index):
    assert runs(index, f"Vi ved at en kollega {COPIED_NINE} og mere.") == [COPIED_NINE]
    eight = " ".join(COPIED_NINE.split()[:8])
    assert runs(index, f"Vi ved at en kollega {eight} og mere.") == []


def test_a_longer_run_is_one_finding_with_all_its_words(index):
    assert runs(index, f"Mentoren {COPIED_TEN} på jobbet.") == [f"mentoren {COPIED_TEN} på"]


def test_case_punctuation_and_a_hyphenated_line_break_are_ignored(index):
    text = "Hjæl-\nper DEN nye, medarbejder – med at »finde« sig til!"
    assert runs(index, text) == [COPIED_NINE]


def test_the_finding_names_the_line_in_the_text_and_in_the_seed(index):
    found = index.shared_runs(f"Linje et.\nLinje to.\n{COPIED_NINE}\n")
    assert [(run.seed, run.line, run.seed_line) for run in found] == [(SEED, 3, 2)]


def test_words_split_across_seed_lines_are_still_one_run(index):
    # "forløbet" ends line 3; the run "bruger sammen … i forløbet" lies inside line 3 only,
    # and one across the line break from line 2 to 3 is found too.
    text = "arbejdspladsen og lære kollegerne at kende virksomheden får en kompensation"
    assert runs(index, text) == [text.lower()]


def test_the_module_level_helper_agrees_with_the_index():
    seeds = {SEED: SEED_TEXT.lower().replace(".", "").split()}
    assert shared_runs(f"Så {COPIED_NINE}.", seeds) == [(SEED, COPIED_NINE)]


# --- Marked quotations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "(kilde: STAR, Vejledning om mentorstøtte)",
        "(Kilde: STAR)",
        "(source: STAR, guidance on mentor support)",
        "([STAR](https://star.dk/da/indsatser/mentorordningen/))",
        "(STAR, [vejledningen](../viden/regler.md))",
        '(<a href="https://star.dk">STAR</a>)',
        "(https://star.dk)",
        "\n(kilde: STAR)",
    ],
)
def test_a_quotation_followed_by_its_source_is_exempt(index, source):
    assert runs(index, f"Vejledningen siger: »{COPIED_NINE}« {source}. Det betyder noget.") == []


@pytest.mark.parametrize(
    "text",
    [
        f"Vejledningen siger: »{COPIED_NINE}«. Det betyder noget.",  # no source
        f"Vejledningen siger: »{COPIED_NINE}« (s. 3).",  # a parenthesis, but not a source
        f"Vejledningen siger: »{COPIED_NINE}« ().",  # empty parenthesis
        f"Vejledningen siger: »{COPIED_NINE}« (kilde:).",  # label without a source
        f"Vejledningen siger: »{COPIED_NINE}« og mere tekst (kilde: STAR).",  # source not right after the quotation
        f"Vejledningen siger: {COPIED_NINE} (kilde: STAR).",  # no quotation marks
        "Vejledningen siger: »hjælper den nye\n\nmedarbejder med at finde sig til« (kilde: STAR).",  # across a paragraph
        f'Vejledningen siger: "{COPIED_NINE}" (kilde: STAR).',  # other quotation marks
    ],
)
def test_copied_words_without_a_marked_quotation_are_found(index, text):
    assert runs(index, text) != []


def test_a_run_that_starts_before_the_quotation_marks_is_copied_text(index):
    before = " ".join(COPIED_NINE.split()[:3])
    quoted = " ".join(COPIED_NINE.split()[3:])
    assert runs(index, f"Mentoren {before} »{quoted} rette« (kilde: STAR).") != []
    assert runs(index, f"Mentoren vil »{COPIED_TEN}« (kilde: STAR).") == []


def test_a_quotation_spanning_lines_in_a_yaml_text_is_exempt(index):
    text = "tekst:\n  da: >-\n    Vejledningen siger »hjælper den nye medarbejder\n    med at finde sig til« (kilde: STAR).\n"
    assert runs(index, text) == []


def test_quotation_spans_cover_only_the_quoted_words():
    text = "Før »et citat« (kilde: X) efter »uden kilde« slut."
    assert [text[start:end] for start, end in quotation_spans(text)] == ["et citat"]


@pytest.mark.parametrize(
    ("parenthesis", "expected"),
    [
        ("kilde: STAR", True),
        ("Source: STAR", True),
        ("[a](b.md)", True),
        ("se https://x.dk", True),
        ("s. 3", False),
        ("kilde:", False),
        ("", False),
        ("STAR 2023", False),
    ],
)
def test_what_counts_as_a_source(parenthesis, expected):
    assert is_source(parenthesis) is expected


# --- Source titles ---------------------------------------------------------------------------

FRONT_MATTER = """---
title: Side
kilder:
  - titel: "Mentoren hjælper den nye medarbejder med at finde sig til rette"
    udgiver: Kommunen
  - udgiver: STAR
    titel: Anden kilde
senest_gennemgaaet: 2026-11-22
---

# Side
"""


def test_source_titles_are_read_from_the_sources_list_only():
    data = "titel:\n  da: Ikke en kilde\nkilder:\n- titel: Første\n  url: https://x.dk\n- titel: 'Anden'\nandet: 1\n"
    assert source_titles(FRONT_MATTER) == ["Mentoren hjælper den nye medarbejder med at finde sig til rette", "Anden kilde"]
    assert source_titles(data) == ["Første", "Anden"]


def test_a_cited_source_title_is_not_copied_text(index):
    titles = tuple(source_titles(FRONT_MATTER))
    assert runs(index, FRONT_MATTER, titles) == []
    body = 'Kilde: Kommunen, "Mentoren hjælper den nye medarbejder med at finde sig til rette".'
    assert runs(index, body, titles) == []
    assert runs(index, body) != []  # without the title list it is found


def test_copying_on_from_a_title_is_copied_text(index):
    titles = ("Mentoren hjælper den nye medarbejder med at finde sig til rette",)
    assert runs(index, f"{titles[0]} på arbejdspladsen og lære kollegerne.", titles) != []


# --- The whole project ---------------------------------------------------------------------------


def test_every_kind_of_content_file_is_checked():
    checked = {path.relative_to(ROOT).as_posix() for path in content_files(ROOT)}
    expected = {
        "docs/index.md",
        "docs/index.en.md",
        "data/ordliste.yml",
        "data/blanketter/mentoraftale.yml",
        "data/profil.yml",
        "includes/digital-post.da.md",
        "includes/digital-post.en.md",
        "overrides/generated/profile-texts.html",
    }
    assert expected <= checked, expected - checked
    assert any(path.startswith("data/tjeklister/") for path in checked)
    assert any(path.startswith("data/profiler/") for path in checked)


def test_make_checks_message_names_file_line_seed_and_seed_line(tmp_path):
    seeds = tmp_path / "tests" / "seeds"
    seeds.mkdir(parents=True)
    (seeds / SEED).write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "side.md").write_text(f"---\ntitle: Side\n---\n\nMentoren {COPIED_NINE}.\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "kilder.yml").write_text(f"tekst: »{COPIED_NINE}« (kilde: STAR)\n", encoding="utf-8")
    assert copied_text(tmp_path) == [
        f"docs/side.md, linje 5: 10 ord i træk er de samme som i kildedokumentet {SEED} (linje 2): "
        f"»mentoren {COPIED_NINE}«. Skriv teksten med dine egne ord, eller citér den som »…« med kilden "
        "lige efter i parentes, fx »…« (kilde: udgiver, titel)."
    ]


@pytest.fixture(scope="module")
def seed_words() -> dict[str, list[str]]:
    found = load_seeds(ROOT / "tests" / "seeds")
    assert len(found) >= 5, "the seeds are missing from tests/seeds/"
    return found


def test_the_seed_comparison_catches_copied_text_despite_case_punctuation_and_hyphenation(seed_words):
    name, words = next(iter(seed_words.items()))
    copied = words[40 : 40 + RUN]
    # Upper case, a comma, and the first word hyphenated across a line break.
    first = copied[0]
    text = "Indledning. " + first[:2].upper() + "-\n" + first[2:] + ", " + " ".join(copied[1:]).upper() + " slut."
    assert shared_runs(text, seed_words) == [(name, " ".join(copied))]
    assert shared_runs(" ".join(copied[: RUN - 1]) + " anderledes", seed_words) == []
