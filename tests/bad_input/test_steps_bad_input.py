"""A broken data/trin.yml stops the build with a Danish message naming file, line and key, no traceback, nothing published.

The messages themselves are unit-tested (tests/unit/steps/); these builds
prove that the setup (loading) and hooks/steps.py (links checked against the
built pages) turn them into a failed build.
"""

from __future__ import annotations

import pytest
from helpers.builds import Edit, apply_edits, build_fails, copy_project, line_of

STEPS = "data/trin.yml"

CASES = [
    pytest.param(
        Edit(STEPS, "      en: Contact the municipality and apply for a mentor\n", ""),
        "data/trin.yml, linje {line}: nøglen 'trin[kontakt-kommunen].titel.en' mangler. Tilføj den.",
        "da: Kontakt kommunen",
        -1,
        id="missing-language",
    ),
    pytest.param(
        Edit(STEPS, "      - virksomheder/hvorfor-mentor.md\n", "      - virksomheder/hvorfor-en-mentor.md\n"),
        "data/trin.yml, linje {line} (trin 'kontakt-kommunen'): 'links' peger på 'virksomheder/hvorfor-en-mentor.md', "
        "men den side findes ikke. Mente du 'virksomheder/hvorfor-mentor.md'?",
        "- id: kontakt-kommunen",
        0,
        id="link-to-a-page-that-does-not-exist",
    ),
]


@pytest.mark.parametrize(("edit", "expected", "line_start", "offset"), CASES)
def test_a_broken_step_guide_stops_the_build_in_danish(tmp_path, edit, expected, line_start, offset):
    project = copy_project(tmp_path / "project")
    apply_edits(project, edit)
    output = build_fails(project)
    assert expected.format(line=line_of(project / STEPS, line_start) + offset) in output, output
    assert not (project / "site" / "virksomheder" / "trin-for-trin" / "index.html").exists()
