"""Search that understands Danish: the build-time expansions, the index per language, and the real search box.

The browser tests type the queries in tests/search_cases.yml into the search
box of the built site (served under /mentorguiden/) in Chromium, on a Danish
and on an English page, and read the results from the page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import mkdocs_build
from mentorguiden.core.errors import DataError
from mentorguiden.search.index import (RELATED_FIELD, RELATED_TITLE_FIELD, LanguageIndex, LanguageSettings, Vocabulary,
                                       build_language_index, entries_for_language, fold, load_search_settings,
                                       split_compound, stem)
from mentorguiden.search.page_config import SearchConfigError, rewrite_search_config, search_config
from search_ui import load_cases, open_search, result_pages, search

ROOT = Path(__file__).resolve().parents[1]
GENERATED_PAGES = ("kontakt/", "tjeklister/", "tjeklister/bevilling/", "mentoraftale/", "viden/ordliste/")


def entry(location: str, title: str, text: str) -> dict:
    return {"location": location, "title": title, "text": f"<p>{text}</p>"}


DANISH_ENTRIES = [
    entry("kompensation/", "Kompensation", "Virksomheden kan få mentortilskud og lønkompensation i seks måneder."),
    entry("praktik/", "Praktik", "Borgeren er i praktik i virksomheden, og en virksomhedsmentor hjælper."),
    entry("ordliste/", "Ordliste", "Virksomhedspraktik er en periode på en arbejdsplads. Mentoraftalen skrives under."),
    entry("aftale/", "Aftale", "En aftale om tilskud. Aftalen laves af en virksomhed og en mentor. Betalingen kommer bagefter."),
]
DANISH_SETTINGS = LanguageSettings(
    synonyms=(("tilskud", "kompensation"), ("mentee", "praktikant", "borger")),
    words=frozenset({"løn"}),
)


@pytest.fixture(scope="module")
def danish_index() -> LanguageIndex:
    return LanguageIndex.for_entries("da", DANISH_ENTRIES, DANISH_SETTINGS)


# --- Build-time expansions (no build) ---

def test_inflected_forms_share_a_stem():
    assert stem("mentorerne", "da") == stem("mentorer", "da") == stem("mentor", "da")
    assert stem("mentors", "en") == stem("mentor", "en")


def test_compounds_split_into_the_sites_own_words(danish_index):
    vocabulary = danish_index.vocabulary
    assert split_compound("virksomhedsmentor", vocabulary) == ("virksomhed", "mentor")
    assert split_compound("mentortilskud", vocabulary) == ("mentor", "tilskud")
    assert split_compound("mentoraftalen", vocabulary) == ("mentor", "aftalen")
    # "løn" is too short to count unless the word list in data/ names it.
    assert split_compound("lønkompensation", vocabulary) == ("løn", "kompensation")
    without_word_list = Vocabulary.build("da", vocabulary.words - {"løn"}, listed=())
    assert split_compound("lønkompensation", without_word_list) == ()


def test_word_endings_that_are_also_words_do_not_split_a_word(danish_index):
    assert split_compound("betalingen", danish_index.vocabulary) == ()


def test_a_part_finds_the_compound_and_the_compound_finds_its_parts(danish_index):
    related = danish_index.related_words("Vi søger mentortilskud til en virksomhedsmentor.")
    assert {"tilskud", "mentor", "virksomhed"} <= set(related)
    said_apart = danish_index.related_words("Borgeren er i praktik i virksomheden.")
    assert "virksomhedspraktik" in said_apart
    far_apart = danish_index.related_words("Praktik er godt. " + "ord " * 10 + "Virksomheden er stor.")
    assert "virksomhedspraktik" not in far_apart


def test_synonyms_and_spellings_without_danish_letters(danish_index):
    related = danish_index.related_words("Borgeren får tilskud i seks måneder.")
    assert {"kompensation", "mentee", "praktikant", "maaneder", "faar"} <= set(related)
    assert fold("støtte") == "stoette" and fold("læring") == "laering"


def test_words_the_text_already_has_are_not_repeated(danish_index):
    related = danish_index.related_words("Mentor og mentortilskud.")
    assert "mentor" not in related


def test_index_per_language_has_its_own_config_and_fields():
    index = build_language_index(DANISH_ENTRIES, "da", DANISH_SETTINGS, {"separator": "[\\s\\-]+", "fields": {}})
    assert index["config"]["lang"] == ["da"]
    assert "stemmer" in index["config"]["pipeline"]
    assert RELATED_FIELD in index["config"]["fields"]
    by_location = {doc["location"]: doc for doc in index["docs"]}
    compensation = by_location["kompensation/"]
    assert "tilskud" in compensation[RELATED_TITLE_FIELD].split()  # the title says "Kompensation"
    assert "maaneder" in compensation[RELATED_FIELD].split()


def test_entries_are_split_by_language():
    entries = [entry("", "Forside", "a"), entry("kontakt/", "Kontakt", "b"), entry("en/kontakt/", "Contact", "c")]
    danish = entries_for_language(entries, "da", "da", ["da", "en"])
    english = entries_for_language(entries, "en", "da", ["da", "en"])
    assert [e["location"] for e in danish] == ["", "kontakt/"]
    assert [e["location"] for e in english] == ["kontakt/"]


def test_a_synonym_group_that_matches_nothing_is_an_error():
    settings = LanguageSettings(synonyms=(("kompensaton", "refusjon"),))
    with pytest.raises(DataError) as caught:
        build_language_index(DANISH_ENTRIES, "da", settings, {})
    message = str(caught.value)
    assert "data/soegning.yml" in message and "kompensaton" in message and "dansk" in message


def test_the_shipped_search_settings_load():
    settings = load_search_settings(ROOT)
    assert settings.for_language("da").synonyms
    assert settings.for_language("en").synonyms


@pytest.mark.parametrize("bad, key", [
    ("synonymer:\n  da:\n    - [praktik]\nordled: {}\n", "synonymer"),
    ("synonymer:\n  da:\n    - [praktik, '']\nordled: {}\n", "synonymer"),
    ("synonymer: {}\nordled:\n  da: [Løn]\n", "ordled"),
    ("synonymer: {}\nordled:\n  fr: [travail]\n", "fr"),
])
def test_bad_search_settings_name_the_key(tmp_path, bad, key):
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    (tmp_path / "data" / "soegning.yml").write_text(bad, encoding="utf-8")
    schema = ROOT / "data" / "schemas" / "soegning.schema.json"
    (tmp_path / "data" / "schemas" / "soegning.schema.json").write_text(schema.read_text(encoding="utf-8"))
    with pytest.raises(DataError) as caught:
        load_search_settings(tmp_path)
    assert "data/soegning.yml" in str(caught.value) and key in str(caught.value)


def test_page_config_points_at_the_wrapper_and_the_language_root():
    html = ('<script id="__config" type="application/json">{"base": "../..", '
            '"search": "../../assets/javascripts/workers/search.a7633da7.min.js"}</script>')
    config = search_config(rewrite_search_config(html, "../"))
    assert config["base"] == "../"
    assert config["search"] == "../../assets/javascripts/workers/mentorguiden-search.js?worker=search.a7633da7.min.js"
    with pytest.raises(SearchConfigError):
        rewrite_search_config(html.replace("search.a7633da7.min.js", "other.js"))


# --- The built site ---

def load_index(site: Path, language_root: str) -> dict:
    return json.loads((site / language_root / "search" / "search_index.json").read_text(encoding="utf-8"))


def page_language_of(site: Path, language_root: str, location: str) -> str:
    html = (site / language_root / location.split("#")[0] / "index.html").read_text(encoding="utf-8")
    return re.search(r'<html lang="([a-z]+)"', html).group(1)


@pytest.mark.parametrize("language, root", [("da", ""), ("en", "en/")])
def test_each_language_has_its_own_index(site, language, root):
    index = load_index(site, root)
    assert index["config"]["lang"] == [language]
    assert {"stemmer", "trimmer"} <= set(index["config"]["pipeline"])
    locations = [doc["location"] for doc in index["docs"]]
    assert not [loc for loc in locations if loc.startswith("en/")], "locations are relative to the language root"
    wrong_language = {loc for loc in locations if page_language_of(site, root, loc) != language}
    assert not wrong_language, f"pages in another language in the {language} index: {sorted(wrong_language)}"
    pages = {loc for loc in locations if "#" not in loc}
    assert set(GENERATED_PAGES) <= pages, f"generated pages missing from the {language} index"
    assert sum(RELATED_FIELD in doc for doc in index["docs"]) > len(index["docs"]) / 2


def test_english_and_danish_indexes_differ(site):
    danish = {doc["location"]: doc["title"] for doc in load_index(site, "")["docs"]}
    english = {doc["location"]: doc["title"] for doc in load_index(site, "en/")["docs"]}
    assert danish["virksomheder/kompensation/"] != english["virksomheder/kompensation/"]


def test_every_page_searches_its_own_language_with_a_worker_that_exists(site):
    workers = site / "assets" / "javascripts" / "workers"
    problems = []
    for html_file in sorted(site.rglob("index.html")):
        relative = html_file.parent.relative_to(site).as_posix()
        config = search_config(html_file.read_text(encoding="utf-8"))
        worker_url, _, query = config["search"].partition("?worker=")
        if not worker_url.endswith("/mentorguiden-search.js") and worker_url != "assets/javascripts/workers/mentorguiden-search.js":
            problems.append(f"{relative}: search worker {config['search']}")
        if not (workers / query).is_file():
            problems.append(f"{relative}: Material's worker {query} is not in the built site")
        base = (html_file.parent / config["base"]).resolve()
        expected = site / "en" if relative == "en" or relative.startswith("en/") else site
        if base != expected.resolve():
            problems.append(f"{relative}: base {config['base']} is not {expected.relative_to(site.parent)}")
    assert (workers / "mentorguiden-search.js").is_file()
    assert not problems, "\n".join(problems)


def test_a_synonym_group_with_a_typo_fails_the_build_in_danish(project, tmp_path):
    settings = project / "data" / "soegning.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        "    - [praktik, virksomhedspraktik]", "    - [praktk, virksomhedspraktk]"), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "data/soegning.yml" in result.output and "praktk" in result.output
    assert "Traceback" not in result.output


# --- The real search box in Chromium ---

LANGUAGE_ROOTS = {"da": "", "en": "en/"}


@pytest.fixture(scope="module", params=["da", "en"])
def search_page(request, browser, base_url):
    language = request.param
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url + LANGUAGE_ROOTS[language] + "virksomheder/", wait_until="networkidle")
    open_search(page)
    yield language, page, base_url + LANGUAGE_ROOTS[language]
    context.close()


@pytest.mark.browser
def test_each_query_finds_its_page_in_the_top_three(search_page):
    language, page, root = search_page
    cases = load_cases()[language]
    assert len(cases) >= (30 if language == "da" else 10)
    misses = []
    for case in cases:
        links, _ = search(page, case["query"])
        top = result_pages(links, root)[:3]
        if case["page"] not in top:
            misses.append(f"{case['query']!r}: expected {case['page']}, got {top}")
    assert not misses, f"{len(misses)} of {len(cases)} {language} queries missed:\n" + "\n".join(misses)


@pytest.mark.browser
def test_results_are_only_in_the_pages_language(search_page, base_url):
    """The other language's queries too: Danish words appear on English pages and the reverse."""
    language, page, root = search_page
    english_root = base_url + "en/"
    other = "en" if language == "da" else "da"
    wrong, found = [], 0
    for case in load_cases()[other][:15] + load_cases()[language][:5]:
        links, _ = search(page, case["query"])
        found += len(links)
        for link in links:
            if link.startswith(english_root) != (language == "en"):
                wrong.append(f"{case['query']!r}: {link}")
    assert found, "no results at all: the check would pass for nothing"
    assert not wrong, f"results in the wrong language on a {language} page:\n" + "\n".join(wrong[:20])


@pytest.mark.browser
def test_no_missing_word_note_for_a_word_found_in_another_form(search_page):
    """Material notes "Mangler: laver" when no indexed word starts with the typed word; indexed words are stemmed."""
    language, page, _ = search_page
    query = {"da": "hvad laver mentoren", "en": "mentors agreements"}[language]
    links, _ = search(page, query)
    assert links, f"{query!r} found nothing"
    notes = page.eval_on_selector_all(".md-search-result__terms", "notes => notes.map(note => note.textContent)")
    assert not notes, f"{query!r}: found pages still say these words are missing: {notes[:3]}"
