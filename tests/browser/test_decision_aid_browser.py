"""The interactive checks in headless Chromium: every path clicked through, keyboard, back and change, axe, no JS, print.

The paths come from the data file (``mentorguiden.decision_aid.model.paths``),
so a new question or result is walked without changing this file. One page
walks every path of a check in one language, pressing "Start forfra" /
"Start again" between paths instead of loading the page again.
"""

from __future__ import annotations

import io

import pytest
from helpers.browser import axe_violations_on_both_screens, click, foreign_requests, page_visits
from helpers.builds import ROOT
from pypdf import PdfReader

from mentorguiden.core.ui_strings import ui
from mentorguiden.decision_aid.model import AidPath, DecisionAid, load_decision_aids, paths
from mentorguiden.profile.model import LOGO_SITE_PATH
from mentorguiden.rules import load_register

pytestmark = pytest.mark.browser

AIDS = {aid.id: aid for aid in load_decision_aids(ROOT, load_register(ROOT))}
COMPANY = AIDS["kan-vi-faa-en-mentor"]
CONSULTANT = AIDS["mentorstoette-ja-eller-nej"]
LANGUAGES = {"da": "", "en": "en/"}
SHOWN_HEADING = ".mg-decision__step:not([hidden]) .mg-decision__heading"
CHROME_TEXT = {
    "da": ["Til virksomheder", "Rediger denne side", "Senest opdateret", "Kilder", "Tjek dine svar", "Start forfra"],
    "en": ["For companies", "Edit this page", "Last updated", "Sources", "Check your answers", "Start again"],
}


def url(base_url: str, aid: DecisionAid, lang: str) -> str:
    return f"{base_url}{LANGUAGES[lang]}{aid.page_uri.removesuffix('.md')}/"


def shown_heading(page) -> str:
    return page.locator(SHOWN_HEADING).inner_text().strip()


def focused_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


# The inner text of every element each selector matches, and the focused
# element's id: what a step's checks read, in one round trip.
_TEXTS_AND_FOCUS = """selectors => ({
  texts: Object.fromEntries(Object.entries(selectors).map(
    ([name, selector]) => [name, [...document.querySelectorAll(selector)].map(element => element.innerText)])),
  focused: document.activeElement && document.activeElement.id,
})"""


def texts_and_focus(page, **selectors: str) -> tuple[dict[str, list[str]], str]:
    """For each name, the inner texts of what its selector matches (``all_inner_texts``), and ``focused_id(page)``."""
    state = page.evaluate(_TEXTS_AND_FOCUS, selectors)
    return state["texts"], state["focused"]


def only(texts: list[str]) -> str:
    """The one text, stripped, as ``shown_heading`` and a locator's ``inner_text`` insist on exactly one element."""
    assert len(texts) == 1, f"{len(texts)} elements instead of one: {texts}"
    return texts[0]


def shown_heading_and_focus(page) -> tuple[str, str]:
    """``(shown_heading(page), focused_id(page))`` in one ``page.evaluate``: the walk reads both after every step."""
    texts, focused = texts_and_focus(page, heading=SHOWN_HEADING)
    return only(texts["heading"]).strip(), focused


def option_text(aid: DecisionAid, question_id: str, option: int, lang: str) -> str:
    return aid.question(question_id).options[option].text[lang]


def result_title(aid: DecisionAid, result_id: str, lang: str) -> str:
    return next(result for result in aid.results if result.id == result_id).title[lang]


def choose(page, question_id: str, option: int, lang: str) -> None:
    """Click the answer's label and "Fortsæt" / "Continue", as a reader does."""
    section = page.locator(f"#spoergsmaal-{question_id}")
    click(section.locator(f"label[for='spoergsmaal-{question_id}-svar-{option + 1}']"))
    click(section.get_by_role("button", name=ui("decision_continue", lang)))


def walk(page, aid: DecisionAid, path: AidPath, lang: str, *, just_loaded: bool = False) -> None:
    """Answer every question of ``path``, checking that each new question is shown with the focus on its heading.

    On a page just loaded the focus stays where the browser put it (the page itself), as on any other page.
    """
    for number, step in enumerate(path.steps):
        expected = "" if just_loaded and number == 0 else f"spoergsmaal-{step.question}-titel"
        assert shown_heading_and_focus(page) == (aid.question(step.question).text[lang], expected)
        choose(page, step.question, step.option, lang)


def check_summary_and_result(page, aid: DecisionAid, path: AidPath, lang: str) -> None:
    texts, focused = texts_and_focus(
        page, heading=SHOWN_HEADING, questions="[data-mg-answers] dt", answers="[data-mg-answers] .mg-decision__answer"
    )
    assert only(texts["heading"]).strip() == ui("decision_check_answers", lang)
    assert focused == "tjek-svar-titel"
    assert texts["questions"] == [aid.question(step.question).text[lang] for step in path.steps]
    assert texts["answers"] == [option_text(aid, step.question, step.option, lang) for step in path.steps]
    click(page.get_by_role("button", name=ui("decision_see_result", lang)))
    title = result_title(aid, path.result, lang)
    texts, focused = texts_and_focus(page, heading=SHOWN_HEADING, live="[aria-live=polite][data-mg-live]")
    assert only(texts["heading"]).strip() == title
    assert focused == f"resultat-{path.result}-titel"
    assert title in only(texts["live"])


@pytest.fixture(scope="module")
def aid_visits(browser):
    """One page for the path tests, led from check to check (helpers.browser.Visits)."""
    with page_visits(browser, with_axe=True) as visits:
        yield visits


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("aid_id", sorted(AIDS))
def test_every_path_reaches_its_result_and_nothing_is_stored_or_sent(aid_visits, base_url, aid_id, lang):
    aid = AIDS[aid_id]
    watched = aid_visits.visit(url(base_url, aid, lang))
    page = aid_visits.page
    loaded = len(watched.requests)
    all_paths = paths(aid)
    assert len(all_paths) >= len(aid.results)
    for number, path in enumerate(all_paths):
        walk(page, aid, path, lang, just_loaded=number == 0)
        check_summary_and_result(page, aid, path, lang)
        if number < len(all_paths) - 1:
            click(page.get_by_role("button", name=ui("decision_start_again", lang)))
            texts, _ = texts_and_focus(page, heading=SHOWN_HEADING, checked=f"#spoergsmaal-{aid.start.id} input:checked")
            assert only(texts["heading"]).strip() == aid.start.text[lang]
            assert texts["checked"] == []
    # Chromium asks for the site's own favicon (the logo) again when the address changes (one hash per step); nothing else.
    assert [request for request in watched.requests[loaded:] if not request.endswith("/" + LOGO_SITE_PATH)] == []
    assert not foreign_requests(watched.requests, base_url) and not watched.failures
    assert page.context.cookies() == [] and page.evaluate("document.cookie") == ""
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0


def test_one_path_by_keyboard_alone(visits, base_url):
    """Tab to the first answer, arrow keys to choose, Tab and Enter to go on: the longest consultant path in Danish."""
    aid, lang = CONSULTANT, "da"
    path = max(paths(aid), key=lambda path: len(path.steps))
    visits.visit(url(base_url, aid, lang), wait_until="load")
    page = visits.page

    def tab_to(selector: str, limit: int = 120) -> None:
        for _ in range(limit):
            if page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector):
                return
            page.keyboard.press("Tab")
        raise AssertionError(f"Tab never reached {selector}")

    for step in path.steps:
        tab_to(f"#spoergsmaal-{step.question} input[type=radio]")
        if step.option == 0:
            page.keyboard.press("Space")
        for _ in range(step.option):
            page.keyboard.press("ArrowDown")
        tab_to(f"#spoergsmaal-{step.question} button[type=submit]")
        page.keyboard.press("Enter")
    assert focused_id(page) == "tjek-svar-titel"
    tab_to("[data-mg-show-result]")
    page.keyboard.press("Enter")
    assert focused_id(page) == f"resultat-{path.result}-titel"
    assert shown_heading(page) == result_title(aid, path.result, lang)


def test_the_back_link_and_change_answer_lead_to_the_right_question_with_the_earlier_answers_kept(visits, base_url):
    aid, lang = COMPANY, "da"
    path = max(paths(aid), key=lambda path: len(path.steps))
    first, second, third = path.steps[:3]
    visits.visit(url(base_url, aid, lang), wait_until="load")
    page = visits.page
    for step in (first, second, third):
        choose(page, step.question, step.option, lang)
    back = page.get_by_role("link", name=ui("decision_back", lang))
    back.click()
    assert shown_heading(page) == aid.question(third.question).text[lang]
    assert page.locator(f"#spoergsmaal-{third.question}-svar-{third.option + 1}").is_checked()
    back.click()
    assert shown_heading(page) == aid.question(second.question).text[lang]
    assert focused_id(page) == f"spoergsmaal-{second.question}-titel"
    assert page.locator(f"#spoergsmaal-{second.question}-svar-{second.option + 1}").is_checked()
    choose(page, second.question, second.option, lang)
    assert page.locator(f"#spoergsmaal-{third.question}-svar-{third.option + 1}").is_checked(), "answer kept"
    for step in path.steps[2:]:
        choose(page, step.question, step.option, lang)
    assert shown_heading(page) == ui("decision_check_answers", lang)
    # Change the second answer to one that leads straight to a result.
    page.locator(f"[data-mg-change='{second.question}']").click()
    assert shown_heading(page) == aid.question(second.question).text[lang]
    assert page.locator(f"#spoergsmaal-{second.question}-svar-{second.option + 1}").is_checked()
    shortcut = next(number for number, option in enumerate(aid.question(second.question).options) if aid.is_result(option.next))
    choose(page, second.question, shortcut, lang)
    answers = page.locator("[data-mg-answers] .mg-decision__answer").all_inner_texts()
    assert answers == [
        option_text(aid, first.question, first.option, lang),
        option_text(aid, second.question, shortcut, lang),
    ]


def test_the_browser_back_button_goes_one_step_back_and_forward_again(visits, base_url):
    aid, lang = CONSULTANT, "en"
    path = max(paths(aid), key=lambda path: len(path.steps))
    first, second = path.steps[:2]
    visits.visit(url(base_url, aid, lang), wait_until="load")
    page = visits.page
    choose(page, first.question, first.option, lang)
    choose(page, second.question, second.option, lang)
    # Playwright learns of the new address from an event that may come after the click returns.
    page.wait_for_url(lambda address: address.endswith(f"#spoergsmaal-{path.steps[2].question}"))
    page.go_back()
    assert shown_heading(page) == aid.question(second.question).text[lang]
    assert page.locator(f"#spoergsmaal-{second.question}-svar-{second.option + 1}").is_checked()
    page.go_back()
    assert shown_heading(page) == aid.question(first.question).text[lang]
    assert page.locator(f"#spoergsmaal-{first.question}-svar-{first.option + 1}").is_checked()
    page.go_forward()
    assert shown_heading(page) == aid.question(second.question).text[lang]
    assert focused_id(page) == f"spoergsmaal-{second.question}-titel"


def test_no_answer_chosen_says_so_and_stays_on_the_question(visits, base_url):
    aid, lang = COMPANY, "en"
    visits.visit(url(base_url, aid, lang), wait_until="load")
    page = visits.page
    page.get_by_role("button", name=ui("decision_continue", lang)).click()
    assert shown_heading(page) == aid.start.text[lang]
    assert page.locator(f"#spoergsmaal-{aid.start.id}-fejl").is_visible()
    assert focused_id(page) == f"spoergsmaal-{aid.start.id}-svar-1"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("aid_id", sorted(AIDS))
def test_axe_finds_nothing_on_the_first_and_a_middle_question_the_summary_and_a_result(aid_visits, base_url, aid_id, lang):
    aid = AIDS[aid_id]
    path = max(paths(aid), key=lambda path: len(path.steps))
    aid_visits.visit(url(base_url, aid, lang), wait_until="load")
    page = aid_visits.page
    violations = {"first question": axe_violations_on_both_screens(page)}
    middle = len(path.steps) // 2
    for step in path.steps[:middle]:
        choose(page, step.question, step.option, lang)
    violations["middle question"] = axe_violations_on_both_screens(page)
    for step in path.steps[middle:]:
        choose(page, step.question, step.option, lang)
    violations["summary"] = axe_violations_on_both_screens(page)
    page.get_by_role("button", name=ui("decision_see_result", lang)).click()
    violations["result"] = axe_violations_on_both_screens(page)
    assert {state: found for state, found in violations.items() if found} == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_every_question_and_result_is_shown_and_no_form(browser, base_url, lang):
    with page_visits(browser, java_script_enabled=False) as visits:
        for aid in AIDS.values():
            visits.visit(url(base_url, aid, lang), wait_until="load")
            page = visits.page
            for question in aid.questions:
                section = page.locator(f"#spoergsmaal-{question.id}")
                assert section.locator(".mg-decision__heading").is_visible()
                assert section.locator(".mg-decision__options").is_visible()
                assert not section.locator("form").is_visible()
                for option in question.options:
                    assert option.meaning[lang] in section.locator(".mg-decision__options").inner_text()
            for result in aid.results:
                assert page.locator(f"#resultat-{result.id}").is_visible()
            assert not page.locator("[data-mg-summary]").is_visible()


def printed_result_of_the_longest_path(visits, base_url, aid: DecisionAid, lang: str) -> tuple[AidPath, int, str]:
    """Walk the check's longest path, show the result and print it: the path, the number of A4 sheets and their text."""
    path = max(paths(aid), key=lambda path: len(path.steps))
    visits.visit(url(base_url, aid, lang), wait_until="load")
    page = visits.page
    for step in path.steps:
        choose(page, step.question, step.option, lang)
    page.get_by_role("button", name=ui("decision_see_result", lang)).click()
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    text = " ".join(" ".join(sheet.extract_text().split()) for sheet in reader.pages)
    for chrome in CHROME_TEXT[lang]:
        assert chrome not in text, chrome
    return path, len(reader.pages), text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_consultant_s_assessment_prints_on_one_a4_sheet_without_site_chrome(visits, base_url, lang):
    aid = CONSULTANT
    path, sheets, text = printed_result_of_the_longest_path(visits, base_url, aid, lang)
    assert sheets == 1, text
    assert ui("decision_note_title", lang, title=aid.title[lang]) in text
    for step in path.steps:
        assert " ".join(aid.question(step.question).text[lang].split()[:5]) in text
    assert result_title(aid, path.result, lang) in text
    assert ui("decision_note_remarks", lang) in text
    assert ui("decision_note_reminder", lang) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_company_s_result_prints_on_one_a4_sheet_without_site_chrome(visits, base_url, lang):
    path, sheets, text = printed_result_of_the_longest_path(visits, base_url, COMPANY, lang)
    assert sheets == 1, text
    result = next(result for result in COMPANY.results if result.id == path.result)
    assert result.title[lang] in text and " ".join(result.next_step[lang].split()[:6]) in text
