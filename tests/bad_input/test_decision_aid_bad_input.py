"""A broken data/afklaring.yml stops the build with a Danish message naming the file and the line.

One copy of the project gets each graph mistake at once – an answer that
points at an unknown id (which also leaves a question unreachable), answers
that lead in a circle, and an answer that leads nowhere – and is built in
this process: the build fails with every message and no traceback. A text
without its English is a schema mistake, found before the graph is looked
at, so it has a build of its own. The messages themselves are unit-tested in
tests/unit/decision_aid/.
"""

from __future__ import annotations

import pytest
from helpers.builds import Edit, apply_edits, build_fails, copy_project, line_of

FILE = "data/afklaring.yml"

GRAPH_MISTAKES = [
    Edit(FILE, "naeste: ekstra-hjaelp\n", "naeste: ekstra-hjalp\n"),
    Edit(FILE, "            naeste: fast-beloeb\n", ""),
    Edit(FILE, "            naeste: ja\n", "            naeste: behov\n"),
]


@pytest.fixture(scope="module")
def graph_build(tmp_path_factory):
    """The broken copy and the output of its failed build."""
    project = copy_project(tmp_path_factory.mktemp("decision-aid-graph") / "project")
    apply_edits(project, *GRAPH_MISTAKES)
    return project, build_fails(project)


def line(project, start: str, occurrence: int = 1) -> int:
    if occurrence == 1:
        return line_of(project / FILE, start)
    rows = (project / FILE).read_text(encoding="utf-8").splitlines()
    return [number for number, row in enumerate(rows, 1) if row.strip().startswith(start)][occurrence - 1]


@pytest.mark.xdist_group("decision_aid_graph")
def test_an_unknown_id_stops_the_build_naming_the_line_and_the_nearest_id(graph_build):
    project, output = graph_build
    assert (
        f"{FILE}, linje {line(project, 'naeste: ekstra-hjalp')} (afklaring 'kan-vi-faa-en-mentor'): svaret »Ja, en person "
        "skal i praktik eller job hos os« på spørgsmålet 'person' peger på 'ekstra-hjalp', men der er intet spørgsmål "
        "eller resultat med det id. Mente du 'ekstra-hjaelp'?"
    ) in output


@pytest.mark.xdist_group("decision_aid_graph")
def test_a_question_that_cannot_be_reached_stops_the_build(graph_build):
    project, output = graph_build
    assert (
        f"{FILE}, linje {line(project, '- id: ekstra-hjaelp')} (afklaring 'kan-vi-faa-en-mentor'): spørgsmålet "
        "'ekstra-hjaelp' kan ikke nås: intet svar fører dertil fra det første spørgsmål ('person')."
    ) in output


@pytest.mark.xdist_group("decision_aid_graph")
def test_a_path_without_a_result_stops_the_build(graph_build):
    project, output = graph_build
    answer = line(project, "da: Et fast beløb for hver person, vi tager imod") - 1
    assert (
        f"{FILE}, linje {answer} (afklaring 'kan-vi-faa-en-mentor'): svaret »Et fast beløb for hver person, vi tager "
        "imod« på spørgsmålet 'betaling' fører ingen steder hen, så stien slutter uden et resultat."
    ) in output


@pytest.mark.xdist_group("decision_aid_graph")
def test_a_loop_stops_the_build(graph_build):
    project, output = graph_build
    assert (
        f"{FILE}, linje {line(project, 'naeste: behov', occurrence=1)} (afklaring 'mentorstoette-ja-eller-nej'): "
        "svarene fører i ring (behov → andre-muligheder → ud-over-det-saedvanlige → mentor → timer → periode → "
        "faste-aftaler → behov), så læseren kan aldrig nå et resultat."
    ) in output


@pytest.mark.xdist_group("decision_aid_graph")
def test_the_broken_graph_stops_the_build_without_a_traceback_or_a_page(graph_build):
    project, output = graph_build
    assert "Traceback" not in output
    assert not (project / "site" / "virksomheder" / "kan-vi-faa-en-mentor" / "index.html").exists()


def test_a_text_without_english_stops_the_build_naming_the_line(project):
    apply_edits(project, Edit(FILE, "      en: Could we get a mentor – and compensation?\n", ""))
    output = build_fails(project)
    assert (
        f"{FILE}, linje {line_of(project / FILE, 'titel:')}: nøglen 'afklaringer[kan-vi-faa-en-mentor].titel.en' mangler."
    ) in output
