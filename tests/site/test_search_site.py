"""The search index per language in the real built site (conftest.site); the search box itself: tests/browser/test_search_box.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mentorguiden.search.index import RELATED_FIELD
from mentorguiden.search.page_config import search_config

GENERATED_PAGES = (
    "kontakt/",
    "tjeklister/",
    "tjeklister/bevilling/",
    "mentoraftale/",
    "viden/ordliste/",
    "virksomheder/trin-for-trin/",
)


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
        if (
            not worker_url.endswith("/mentorguiden-search.js")
            and worker_url != "assets/javascripts/workers/mentorguiden-search.js"
        ):
            problems.append(f"{relative}: search worker {config['search']}")
        if not (workers / query).is_file():
            problems.append(f"{relative}: Material's worker {query} is not in the built site")
        base = (html_file.parent / config["base"]).resolve()
        expected = site / "en" if relative == "en" or relative.startswith("en/") else site
        if base != expected.resolve():
            problems.append(f"{relative}: base {config['base']} is not {expected.relative_to(site.parent)}")
    assert (workers / "mentorguiden-search.js").is_file()
    assert not problems, "\n".join(problems)
