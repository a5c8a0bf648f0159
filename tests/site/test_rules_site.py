"""The rule register (data/regler.yml): schema and checks, citations, review notices, make check's rule step.

Builds run in this process (``mkdocs.config.load_config`` + ``build``),
without the agreement PDF, on a copy of the project; "today" is set with
MENTORGUIDEN_I_DAG, the one place a build and make check read it.
"""

from __future__ import annotations

import datetime
import logging
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, copy_project, mkdocs_build
from helpers.rules import add_top_level_key, in_process_build
from mkdocs.exceptions import Abort, PluginError

from mentorguiden.core.datafile import load_data_file
from mentorguiden.core.errors import DataError
from mentorguiden.rules import TODAY_VARIABLE, load_register, today
from mentorguiden.rules.model import RULES_FILE, RULES_SCHEMA
from mentorguiden.rules.notice import cited_rule_ids, insert_at_top_of_article, notice_groups
from mentorguiden.rules.review import QUESTIONS_FILE, QUESTIONS_SCHEMA, load_questions
from mentorguiden.rules.usage import markers_in, pages_by_rule
from mentorguiden.tools.check import check_rules, list_open_questions

# The module-scoped builds (overdue_site, ...) are made once, on one worker.
pytestmark = pytest.mark.xdist_group("rules_site")

RULES_TEXT = (ROOT / RULES_FILE).read_text(encoding="utf-8")
OVERDUE_RULE = "proeveregel"
"""A rule added to the copy's register, so exactly the pages the test makes cite it."""
OVERDUE_RULE_ENTRY = f"""  - id: {OVERDUE_RULE}
    beskrivelse: En regel, som kun testen bruger.
    lov: lab
    paragraf: § 168
    status_pr: 2026-11-22
    gennemgaas_senest: {{date}}
"""
OVERDUE_DATE = "2026-12-15"
BUILD_DAY = "2026-12-20"
"""After OVERDUE_DATE, before every other rule's review date (2026-12-31 and later)."""
MARKED_PAGE = "virksomheder/mentorens-opgaver"
CHECKLIST = "for-praktikstart"


# --- Helpers -------------------------------------------------------------------------


class _Messages(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_error(project: Path, day: str = "2026-12-01") -> str:
    """The error MkDocs reports for a build that must fail (it logs the hook's message, then aborts)."""
    handler = _Messages()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        with pytest.raises((PluginError, Abort)):
            in_process_build(project, project.parent / "site", day)
    finally:
        logger.removeHandler(handler)
    assert not (project.parent / "site" / "index.html").exists()
    return "\n".join(handler.messages)


def set_review_date(text: str, rule_id: str, day: str) -> str:
    pattern = re.compile(rf"(  - id: {re.escape(rule_id)}\n(?:    .*\n)*?    gennemgaas_senest: )\S+")
    changed, count = pattern.subn(rf"\g<1>{day}", text)
    assert count == 1, rule_id
    return changed


def add_marker_after_h1(path: Path, rule_id: str) -> None:
    text = path.read_text(encoding="utf-8")
    heading = re.search(r"^# .*$", text, re.MULTILINE)
    position = heading.end() if heading else text.index("\n---", 3) + 4
    path.write_text(text[:position] + f"\n\nEn regel (<!-- regel: {rule_id} -->).\n" + text[position:], encoding="utf-8")


_NOTICE = re.compile(r'<div class="[^"]*\bmg-rules-notice\b[^"]*"[^>]*>')


def notices(page: Path) -> list[tuple[str, bool]]:
    """(review date, shown) for every review notice in a built page."""
    found = []
    for tag in _NOTICE.findall(page.read_text(encoding="utf-8")):
        date = re.search(r'data-mg-review-date="([0-9-]+)"', tag)[1]
        found.append((date, not re.search(r"\shidden(?:[\s>=])", tag)))
    return found


def pages_with(site: Path, predicate) -> set[str]:
    return {page.parent.relative_to(site).as_posix() for page in site.rglob("index.html") if predicate(notices(page))}


def pages_embedding(project: Path, checklist: str) -> set[str]:
    """Built page paths (da and en) whose Markdown embeds ``checklist``, found with a plain search."""
    marker = f"<!-- tjekliste: {checklist} -->"
    found = set()
    for danish in (project / "docs").rglob("*.md"):
        if danish.name.endswith(".en.md"):
            continue
        stem = danish.relative_to(project / "docs").as_posix().removesuffix(".md")
        url = stem.removesuffix("/index").removesuffix("index")
        english = danish.with_name(danish.name.removesuffix(".md") + ".en.md")
        if marker in danish.read_text(encoding="utf-8"):
            found.add(url)
        if marker in (english if english.is_file() else danish).read_text(encoding="utf-8"):
            found.add(f"en/{url}")
    return found


# --- The register: schema and checks --------------------------------------------------


def register_errors(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "data" / "schemas").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / RULES_SCHEMA, tmp_path / RULES_SCHEMA)
    (tmp_path / RULES_FILE).write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_register(tmp_path)
    return caught.value.messages


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def test_the_real_register_loads_and_every_rule_has_a_law_and_dates():
    register = load_register(ROOT)
    assert register.rules
    for rule in register.rules.values():
        assert rule.law.url.startswith("https://")
        assert rule.status_date <= rule.review_by
        assert rule.line and RULES_TEXT.splitlines()[rule.line - 1].strip() == f"- id: {rule.id}"


def test_a_rule_without_a_source_or_dates_fails_schema_validation(tmp_path):
    text = RULES_TEXT.replace("    lov: bek-2006\n", "", 1)
    text = text.replace(
        "    paragraf: § 168\n    status_pr: 2026-11-22\n    gennemgaas_senest: 2026-12-31\n", "    paragraf: § 168\n", 1
    )
    messages = register_errors(tmp_path, text)
    compensation_line = line_of(text, "  - id: kompensation-loenomkostninger")
    mentor_line = line_of(text, "  - id: hvem-kan-vaere-mentor")
    assert (
        f"data/regler.yml, linje {compensation_line}: nøglen 'regler[kompensation-loenomkostninger].lov' mangler. Tilføj den."
    ) in " ".join(messages), messages
    for key in ("status_pr", "gennemgaas_senest"):
        assert any(
            message.startswith(
                f"data/regler.yml, linje {mentor_line}: nøglen 'regler[hvem-kan-vaere-mentor].{key}' mangler. Tilføj den."
            )
            for message in messages
        ), messages
    assert len(messages) == 3


def test_the_schema_is_what_make_checks_data_step_and_vs_code_use():
    # Same messages through make check's loader; the file is mapped in .vscode/settings.json.
    assert load_data_file(ROOT / RULES_FILE, ROOT / RULES_SCHEMA, root=ROOT)["regler"]
    settings = (ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8")
    assert '"./data/schemas/regler.schema.json": "data/regler.yml"' in settings
    assert '"./data/schemas/aabne-spoergsmaal.schema.json": "data/aabne-spoergsmaal.yml"' in settings


def test_a_bad_date_and_an_unknown_key_are_named_with_their_line(tmp_path):
    text = RULES_TEXT.replace("    paragraf: § 168\n", "    paragraaf: § 168\n", 1)
    text = text.replace("  - id: ministerens-regler\n", "  - id: ministerens-regler\n    url: elov.dk\n", 1)
    messages = register_errors(tmp_path, text)
    assert any(
        f"linje {line_of(text, '    paragraaf')}: ukendt nøgle "
        "'regler[hvem-kan-vaere-mentor].paragraaf'. Mente du 'paragraf'?" in message
        for message in messages
    ), messages
    assert any("'regler[ministerens-regler].url' har ikke den rigtige form: 'elov.dk'" in message for message in messages), (
        messages
    )


def test_duplicate_ids_unknown_laws_and_review_before_status_are_refused_with_lines(tmp_path):
    text = RULES_TEXT.replace("  - id: ministerens-regler\n", "  - id: hvem-kan-vaere-mentor\n", 1)
    text = text.replace("    lov: lov-1750\n", "    lov: lov-1705\n", 1)
    text = set_review_date(text, "ud-over-det-saedvanlige", "2026-11-01")
    text = text.replace(
        "  - id: ret-efter-psykiatri\n    beskrivelse: Ret til en mentor ved udskrivning efter "
        "indlæggelse på et psykiatrisk sygehus.\n    lov: lab\n    paragraf: § 167, stk. 2\n"
        "    status_pr: 2026-11-22\n",
        "  - id: ret-efter-psykiatri\n    beskrivelse: Ret til en mentor ved udskrivning efter "
        "indlæggelse på et psykiatrisk sygehus.\n    lov: lab\n    paragraf: § 167, stk. 2\n"
        "    status_pr: 2026-11-31\n",
        1,
    )
    messages = register_errors(tmp_path, text)
    duplicate = text.index("  - id: hvem-kan-vaere-mentor", text.index("  - id: hvem-kan-vaere-mentor") + 1)
    assert (
        f"data/regler.yml, linje {text[:duplicate].count(chr(10)) + 1}: reglen 'hvem-kan-vaere-mentor' står "
        f"to gange (første gang i linje {line_of(text, '  - id: hvem-kan-vaere-mentor')})"
    ) in " ".join(messages)
    assert any(
        f"linje {line_of(text, '    lov: lov-1705')}: reglen 'kommunen-i-stedet-for-jobcenteret' henviser "
        "til loven 'lov-1705', som ikke står under 'love'. Mente du 'lov-1750'?" in message
        for message in messages
    ), messages
    assert any(
        "reglen 'ud-over-det-saedvanlige' skal gennemgås senest 2026-11-01, men det er før" in message for message in messages
    ), messages
    assert any(
        "'status_pr' i reglen 'ret-efter-psykiatri' er ikke en rigtig dato: '2026-11-31'" in message for message in messages
    ), messages
    assert len(messages) == 4, messages


# --- Small pure functions ---------------------------------------------------------------


def test_today_comes_from_the_variable_or_the_clock(monkeypatch):
    monkeypatch.setenv(TODAY_VARIABLE, "2027-01-05")
    assert today() == datetime.date(2027, 1, 5)
    monkeypatch.setenv(TODAY_VARIABLE, "5.1.2027")
    with pytest.raises(DataError, match=re.escape("MENTORGUIDEN_I_DAG=5.1.2027: datoen kan ikke læses")):
        today()
    monkeypatch.delenv(TODAY_VARIABLE)
    assert today() == datetime.date.today()


def test_a_rule_is_overdue_from_the_day_after_its_review_date():
    rule = load_register(ROOT).rules["mentorstoette-varighed"]
    assert not rule.overdue(rule.review_by)
    assert rule.overdue(rule.review_by + datetime.timedelta(days=1))


def test_notices_group_rules_by_review_date_and_show_only_those_past_it():
    register = load_register(ROOT)
    rules = [
        register.rules["mentorstoette-varighed"],
        register.rules["kompensation-loenomkostninger"],
        register.rules["tidligere-numre"],
    ]
    before = notice_groups(rules, datetime.date(2026, 12, 1))
    assert [(group.review_by.isoformat(), group.shown) for group in before] == [("2026-12-31", False), ("2027-11-30", False)]
    assert [law.id for law in before[0].laws] == ["lab", "bek-2006"]
    after = notice_groups(rules, datetime.date(2027, 1, 1))
    assert [(group.review_by.isoformat(), group.shown) for group in after] == [("2026-12-31", True), ("2027-11-30", False)]


def test_the_notice_goes_after_the_articles_heading():
    html = '<h1>Site</h1><article class="md-content__inner"><a>x</a><h1 id="t">Title</h1><p>Text</p></article>'
    assert insert_at_top_of_article(html, "NOTICE") == html.replace("</h1><p>", "</h1>\nNOTICE\n<p>")
    assert insert_at_top_of_article("<article><p>x</p></article>", "N") == "<article>\nN\n<p>x</p></article>"
    assert insert_at_top_of_article("<p>no article</p>", "N") == "<p>no article</p>"
    assert cited_rule_ids('<a data-mg-regel="a-b">x</a> <a data-mg-regel="c">y</a> data-mg-regel="a-b"') == ["a-b", "c"]


def test_markers_in_fenced_code_are_not_citations():
    text = "a <!-- regel: x -->\n```\n<!-- regel: y -->\n```\n~~~~md\n<!-- regel: z -->\n~~~~\n<!-- regel: w -->\n"
    assert [(line, value) for line, name, value in markers_in(text)] == [(1, "x"), (8, "w")]


# --- Open questions -----------------------------------------------------------------------


def test_open_questions_are_listed_with_count_id_file_and_question():
    questions = load_questions(ROOT)
    assert {question.id for question in questions} >= {"ordlyd-paragraf-170", "bek-2006-gaeldende-udgave"}
    lines = list_open_questions(ROOT)
    assert lines[0].startswith(f"{len(questions)} åbne spørgsmål til redaktørerne i {QUESTIONS_FILE}")
    for question in questions:
        assert any(
            line.startswith(f"- {question.id} ({QUESTIONS_FILE}, linje {question.line}; om {question.page}): ")
            and question.question in line
            for line in lines
        ), lines


def test_an_open_question_without_a_page_fails_its_schema(tmp_path):
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    shutil.copy(ROOT / QUESTIONS_SCHEMA, tmp_path / QUESTIONS_SCHEMA)
    (tmp_path / QUESTIONS_FILE).write_text(
        "spoergsmaal:\n  - id: x\n    spoergsmaal: Hvad nu?\n    oprettet: 2026-12-01\n", encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        load_questions(tmp_path)
    assert caught.value.messages == [
        "data/aabne-spoergsmaal.yml, linje 2: nøglen 'spoergsmaal[x].side' mangler. Tilføj den. "
        "Den side eller datafil, spørgsmålet handler om, fx docs/viden/regler.md eller data/regler.yml."
    ]


# --- Paragraph numbers only in the register ----------------------------------------------

PARAGRAPH = re.compile(r"§\s*\d|§§")
ALLOWED = {RULES_FILE, QUESTIONS_FILE}


def paragraph_number_lines(root: Path) -> list[str]:
    found = []
    for folder in ("docs", "includes", "data", "overrides"):
        for path in sorted((root / folder).rglob("*")):
            shown = path.relative_to(root).as_posix()
            if not path.is_file() or shown in ALLOWED or shown.startswith("data/schemas/"):
                continue
            if path.suffix not in (".md", ".yml", ".yaml", ".html", ".txt", ".js", ".css", ".json", ".xml"):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if PARAGRAPH.search(line):
                    found.append(f"{shown}:{number}: {line.strip()[:100]}")
    return found


def test_the_paragraph_check_finds_a_number(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.md").write_text("Ingen her.\nJf. LAB § 167.\n", encoding="utf-8")
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    (tmp_path / RULES_FILE).write_text("paragraf: § 167\n", encoding="utf-8")
    (tmp_path / "data" / "schemas" / "x.json").write_text('"§§ 1"', encoding="utf-8")
    assert paragraph_number_lines(tmp_path) == ["docs/x.md:2: Jf. LAB § 167."]


def test_paragraph_numbers_appear_only_in_the_rule_register():
    found = paragraph_number_lines(ROOT)
    assert not found, "Paragrafnumre må kun stå i data/regler.yml; brug <!-- regel: id --> i stedet:\n" + "\n".join(found)


# --- A build with a rule past its review date ----------------------------------------------


@pytest.fixture(scope="module")
def overdue_project(tmp_path_factory) -> Path:
    """The project with one rule due on OVERDUE_DATE, cited by a checklist and by a page in both languages."""
    project = copy_project(tmp_path_factory.mktemp("overdue") / "project")
    shutil.copytree(ROOT / ".vscode", project / ".vscode")
    rules = project / RULES_FILE
    rules.write_text(
        rules.read_text(encoding="utf-8").rstrip("\n") + "\n" + OVERDUE_RULE_ENTRY.format(date=OVERDUE_DATE), encoding="utf-8"
    )
    add_top_level_key(project / "data" / "tjeklister" / f"{CHECKLIST}.yml", f"regler: [{OVERDUE_RULE}]")
    for suffix in (".md", ".en.md"):
        add_marker_after_h1(project / "docs" / f"{MARKED_PAGE}{suffix}", OVERDUE_RULE)
    return project


@pytest.fixture(scope="module")
def overdue_site(overdue_project: Path) -> Path:
    return in_process_build(overdue_project, overdue_project.parent / "site", BUILD_DAY)


def expected_pages(project: Path) -> set[str]:
    pages = {f"tjeklister/{CHECKLIST}", "tjeklister/alle", MARKED_PAGE} | pages_embedding(project, CHECKLIST)
    return pages | {f"en/{page}" for page in pages if not page.startswith("en/")}


def test_the_notice_shows_on_exactly_the_pages_that_use_the_overdue_rule(overdue_project, overdue_site):
    shown = pages_with(overdue_site, lambda found: any(is_shown for _, is_shown in found))
    expected = expected_pages(overdue_project)
    assert "konsulenter/bevilling" in expected  # embeds the checklist
    assert shown == expected
    for page in shown:
        assert [date for date, is_shown in notices(overdue_site / page / "index.html") if is_shown] == [OVERDUE_DATE]


def test_other_pages_that_cite_rules_carry_the_notice_hidden_with_its_date(overdue_site):
    for page in ("viden/regler", "mentoraftale", "en/mentoraftale"):
        assert ("2026-12-31", False) in notices(overdue_site / page / "index.html"), page
    assert notices(overdue_site / "kontakt" / "index.html") == []
    assert notices(overdue_site / "en" / "kontakt" / "index.html") == []


def test_the_notice_says_what_since_when_and_where_to_read_the_law_in_both_languages(overdue_project, overdue_site):
    law = load_register(overdue_project).rules[OVERDUE_RULE].law
    for page, title, date in (
        (MARKED_PAGE, "Reglerne er ændret eller ved at blive gennemgået", "15. december 2026"),
        (f"en/{MARKED_PAGE}", "The rules have changed or are being reviewed", "15 December 2026"),
    ):
        html = (overdue_site / page / "index.html").read_text(encoding="utf-8")
        notice = html[html.index('mg-rules-notice" role="note" data-mg-review-date="2026-12-15">') :]
        notice = notice[: notice.index("</div>")]
        assert title in notice and date in notice, page
        assert f'<a href="{law.url}" hreflang="da">' in notice
        # At the top of the article: right after the page's heading.
        article = html[html.index("<article") :]
        assert article.index("</h1>") < article.index("mg-rules-notice") < article.index("<p>", article.index("</h1>") + 300)


def test_citations_in_pages_and_checklists_link_the_law_with_the_status_date(overdue_project, overdue_site):
    rule = load_register(overdue_project).rules[OVERDUE_RULE]
    danish = (overdue_site / MARKED_PAGE / "index.html").read_text(encoding="utf-8")
    assert (
        f'<a class="mg-rule" href="{rule.href}" data-mg-regel="{OVERDUE_RULE}">LAB § 168</a> (status pr. 22. november 2026)'
    ) in danish
    english = (overdue_site / "en" / "tjeklister" / CHECKLIST / "index.html").read_text(encoding="utf-8")
    assert (
        f'<p class="mg-checklist__rules"><strong>Rules:</strong> <a class="mg-rule" href="{rule.href}" '
        f'data-mg-regel="{OVERDUE_RULE}" lang="da" hreflang="da">LAB § 168</a> (status as of 22 November 2026)</p>'
    ) in english


def test_make_checks_rule_step_fails_naming_the_rule_its_line_and_every_page(overdue_project, monkeypatch):
    monkeypatch.setenv(TODAY_VARIABLE, BUILD_DAY)
    problems = check_rules(overdue_project)
    line = load_register(overdue_project).rules[OVERDUE_RULE].line
    assert len(problems) == 1, problems
    assert problems[0].startswith(
        f"data/regler.yml, linje {line}: reglen '{OVERDUE_RULE}' (LAB § 168) skulle være gennemgået senest 15. december 2026."
    )
    for page in (f"docs/{MARKED_PAGE}.md", f"docs/{MARKED_PAGE}.en.md", f"data/tjeklister/{CHECKLIST}.yml"):
        assert page in problems[0], page
    monkeypatch.setenv(TODAY_VARIABLE, OVERDUE_DATE)
    assert check_rules(overdue_project) == []


def test_the_pages_make_regler_lists_are_the_pages_the_build_marks(overdue_project, overdue_site):
    listed = pages_by_rule(overdue_project, load_register(overdue_project))[OVERDUE_RULE]
    sources = {page.split(" ")[0] for page in listed}
    shown = pages_with(overdue_site, lambda found: any(is_shown for _, is_shown in found))
    from_sources = set()
    for source in sources:
        if source.startswith("data/tjeklister/"):
            from_sources |= {f"tjeklister/{CHECKLIST}", "tjeklister/alle"}
        else:
            stem = source.removeprefix("docs/").removesuffix(".md")
            from_sources.add(stem.removesuffix(".en") if not stem.endswith(".en") else "en/" + stem.removesuffix(".en"))
    assert {page.removeprefix("en/") for page in shown} == {page.removeprefix("en/") for page in from_sources}


# --- Unknown rule ids stop the build ---------------------------------------------------------


def test_an_unknown_rule_in_a_page_or_an_included_text_stops_the_build_naming_file_line_and_nearest_id(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "om-siden.md"
    add_marker_after_h1(page, "hvem-kan-vaer-mentor")
    include = project / "includes" / "digital-post.da.md"
    include.write_text(include.read_text(encoding="utf-8") + "\nSe <!-- regel: skriftlig-aftal -->.\n", encoding="utf-8")
    message = build_error(project)
    page_line = line_of(page.read_text(encoding="utf-8"), "<!-- regel: hvem-kan-vaer-mentor -->")
    include_line = line_of(include.read_text(encoding="utf-8"), "<!-- regel: skriftlig-aftal -->")
    assert (
        f"docs/om-siden.md, linje {page_line}: ukendt regel 'hvem-kan-vaer-mentor' i "
        "<!-- regel: hvem-kan-vaer-mentor -->. Mente du 'hvem-kan-vaere-mentor'?"
    ) in message
    assert (f"includes/digital-post.da.md, linje {include_line}: ukendt regel 'skriftlig-aftal'") in message
    assert "Mente du 'skriftlig-aftale'?" in message


def test_an_unknown_rule_in_a_checklist_or_the_agreement_stops_the_build_naming_file_line_and_nearest_id(tmp_path):
    project = copy_project(tmp_path / "project")
    checklist = project / "data" / "tjeklister" / f"{CHECKLIST}.yml"
    add_top_level_key(checklist, "regler:\n  - skriftlig-aftale\n  - ud-over-det-saedvanligt")
    message = build_error(project)
    line = line_of(checklist.read_text(encoding="utf-8"), "  - ud-over-det-saedvanligt")
    assert (
        f"data/tjeklister/{CHECKLIST}.yml, linje {line} (tjekliste '{CHECKLIST}'): ukendt regel "
        "'ud-over-det-saedvanligt'. Mente du 'ud-over-det-saedvanlige'?"
    ) in message

    project = copy_project(tmp_path / "second")
    agreement = project / "data" / "blanketter" / "mentoraftale.yml"
    text = agreement.read_text(encoding="utf-8").replace(
        "        regel: skriftlig-aftale\n", "        regel: skriftelig-aftale\n", 1
    )
    agreement.write_text(text, encoding="utf-8")
    message = build_error(project)
    assert (
        f"data/blanketter/mentoraftale.yml, linje {line_of(text, 'regel: skriftelig-aftale')}: "
        "'sektioner[mentor].felter[mentor-navn].regel': ukendt regel 'skriftelig-aftale'. "
        "Mente du 'skriftlig-aftale'?"
    ) in message


def test_a_broken_register_fails_mkdocs_build_in_danish_without_a_traceback(tmp_path):
    project = copy_project(tmp_path / "project")
    rules = project / RULES_FILE
    rules.write_text(rules.read_text(encoding="utf-8").replace("    lov: bek-2006\n", "", 1), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site", MENTORGUIDEN_SKIP_PDF="1")
    assert result.returncode != 0
    assert "nøglen 'regler[kompensation-loenomkostninger].lov' mangler" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site" / "index.html").exists()
