"""Search that understands Danish, without a build: stems, compounds, synonyms, the index per language, the page config."""

from __future__ import annotations

import pytest
from helpers.builds import ROOT

from mentorguiden.core.errors import DataError
from mentorguiden.search.index import (
    RELATED_FIELD,
    RELATED_TITLE_FIELD,
    LanguageIndex,
    LanguageSettings,
    Vocabulary,
    build_language_index,
    entries_for_language,
    fold,
    load_search_settings,
    split_compound,
    stem,
)
from mentorguiden.search.page_config import SearchConfigError, rewrite_search_config, search_config


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


@pytest.mark.parametrize(
    "bad, key",
    [
        ("synonymer:\n  da:\n    - [praktik]\nordled: {}\n", "synonymer"),
        ("synonymer:\n  da:\n    - [praktik, '']\nordled: {}\n", "synonymer"),
        ("synonymer: {}\nordled:\n  da: [Løn]\n", "ordled"),
        ("synonymer: {}\nordled:\n  fr: [travail]\n", "fr"),
    ],
)
def test_bad_search_settings_name_the_key(tmp_path, bad, key):
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    (tmp_path / "data" / "soegning.yml").write_text(bad, encoding="utf-8")
    schema = ROOT / "data" / "schemas" / "soegning.schema.json"
    (tmp_path / "data" / "schemas" / "soegning.schema.json").write_text(schema.read_text(encoding="utf-8"))
    with pytest.raises(DataError) as caught:
        load_search_settings(tmp_path)
    assert "data/soegning.yml" in str(caught.value) and key in str(caught.value)


def test_page_config_points_at_the_wrapper_and_the_language_root():
    html = (
        '<script id="__config" type="application/json">{"base": "../..", '
        '"search": "../../assets/javascripts/workers/search.a7633da7.min.js"}</script>'
    )
    config = search_config(rewrite_search_config(html, "../"))
    assert config["base"] == "../"
    assert config["search"] == "../../assets/javascripts/workers/mentorguiden-search.js?worker=search.a7633da7.min.js"
    with pytest.raises(SearchConfigError):
        rewrite_search_config(html.replace("search.a7633da7.min.js", "other.js"))
