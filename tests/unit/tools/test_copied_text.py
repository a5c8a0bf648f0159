"""The copied-text check (mentorguiden/overlap.py, part of make check): no page copies a run of words from a seed."""

from __future__ import annotations


import pytest

from helpers.builds import ROOT
from mentorguiden.overlap import RUN, SeedIndex, content_files, load_seeds, shared_runs

SEEDS = ROOT / "tests" / "seeds"


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[str]]:
    found = load_seeds(SEEDS)
    assert len(found) >= 5, "the seeds are missing from tests/seeds/"
    return found


def test_no_page_copies_twelve_words_from_a_seed(seeds):
    problems = []
    for path in content_files(ROOT):
        for seed, words in shared_runs(path.read_text(encoding="utf-8"), seeds):
            problems.append(f"{path.relative_to(ROOT)} shares {RUN} words with tests/seeds/{seed}: «{words}»")
    assert not problems, "\n".join(problems[:50])


def test_the_seed_comparison_catches_copied_text_despite_case_punctuation_and_hyphenation(seeds):
    name, words = next(iter(seeds.items()))
    copied = words[40:40 + RUN]
    # Upper case, a comma, and the first word hyphenated across a line break.
    first = copied[0]
    text = "Indledning. " + first[:2].upper() + "-\n" + first[2:] + ", " + " ".join(copied[1:]).upper() + " slut."
    assert shared_runs(text, seeds) == [(name, " ".join(copied))]
    assert shared_runs(" ".join(copied[:RUN - 1]) + " anderledes", seeds) == []


def test_copied_text_is_reported_at_its_line():
    seeds = load_seeds(ROOT / "tests" / "seeds")
    name, words = next(iter(seeds.items()))
    copied = " ".join(words[100:100 + RUN])
    runs = SeedIndex(seeds).shared_runs(f"Linje et.\nLinje to.\n{copied}\n")
    assert runs and runs[0].seed == name and runs[0].line == 3
