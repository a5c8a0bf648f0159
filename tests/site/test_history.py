"""Dates from git history: "Senest opdateret" and the translation notices, in a real git repository.

One temporary repository with two commits at fixed dates is built once for
the module: the first commit holds the project (10 January 2026); the second
(5 March 2026) changes the Danish page viden/effekt.md, so its English page
is older, and deletes viden/regler.en.md, so that page falls back to Danish.
A shallow clone of it must build too, without dates. Builds skip the
agreement PDF (MENTORGUIDEN_SKIP_PDF), which has nothing to do with dates, and run
in this process. With pytest-xdist the module runs on one worker
(``xdist_group``), so the repository is built once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.browser import axe_violations_on_both_screens, open_page, serve_site
from helpers.builds import ROOT, build_site, copy_project
from helpers.html import Node, article, front_matter, parse_file

from mentorguiden.core.dates import format_date

pytestmark = pytest.mark.xdist_group("history")

FIRST = "2026-01-10T09:00:00+00:00"
SECOND = "2026-03-05T09:00:00+00:00"


def git(repo: Path, *arguments: str, when: str = FIRST) -> str:
    environment = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@mentorguiden.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@mentorguiden.invalid",
    }
    return subprocess.run(["git", *arguments], cwd=repo, env=environment, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def repository(tmp_path_factory) -> Path:
    repo = copy_project(tmp_path_factory.mktemp("history") / "repo")
    git(repo, "init", "--quiet", "--initial-branch=main")
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "Første udgave")
    effekt = repo / "docs" / "viden" / "effekt.md"
    effekt.write_text(effekt.read_text(encoding="utf-8") + "\nEt nyt afsnit om effekten.\n", encoding="utf-8")
    (repo / "docs" / "viden" / "regler.en.md").unlink()
    git(repo, "add", "--all", when=SECOND)
    git(repo, "commit", "--quiet", "-m", "Ny tekst om effekt", when=SECOND)
    return repo


@pytest.fixture(scope="module")
def history_site(repository: Path) -> Path:
    result = build_site(repository, repository.parent / "site")
    assert result.returncode == 0, result.output
    return result.site


def page(site: Path, address: str) -> Node:
    return parse_file(site / address / "index.html")


def updated(site: Path, address: str) -> str | None:
    found = page(site, address).by_class("mg-page-updated")
    times = found[0].by_tag("time") if found else []
    return f"{times[0].attrs['datetime']} {times[0].text()}" if times else None


def notice(site: Path, address: str) -> str | None:
    found = page(site, address).by_class("mg-translation-notice")
    return found[0].text() if found else None


@pytest.mark.parametrize(
    "address, expected",
    [
        ("viden/effekt/", "2026-03-05 5. marts 2026"),
        ("en/viden/effekt/", "2026-01-10 10 January 2026"),
        ("", "2026-01-10 10. januar 2026"),
        ("kontakt/", "2026-01-10 10. januar 2026"),  # from data/profil.yml
        ("en/tjeklister/bevilling/", "2026-01-10 10 January 2026"),
        ("en/viden/regler/", "2026-01-10 10 January 2026"),  # the Danish file it shows
    ],
)
def test_last_updated_is_the_date_of_the_last_commit_of_the_source(history_site, address, expected):
    assert updated(history_site, address) == expected


def test_last_updated_is_not_the_review_date(history_site):
    document = page(history_site, "viden/effekt/")
    assert document.by_class("mg-page-updated")[0].text().startswith("Senest opdateret 5. marts 2026")
    assert document.by_class("mg-sources__reviewed")[0].text().startswith("Senest gennemgået")


def test_english_page_older_than_its_danish_page_says_so(history_site):
    text = notice(history_site, "en/viden/effekt/")
    assert text is not None
    assert "The Danish version of this page has changed since this translation was made" in text
    assert "(Danish: 5 March 2026, English: 10 January 2026)" in text
    link = page(history_site, "en/viden/effekt/").by_class("mg-translation-notice")[0].by_tag("a")[0]
    assert link.attrs["href"] == "../../../viden/effekt/"


def test_missing_english_page_is_shown_in_danish_with_a_notice(history_site):
    assert notice(history_site, "en/viden/regler/") == (
        "Not translated yet This page has not been translated into English yet; it is shown in Danish."
    )
    document = page(history_site, "en/viden/regler/")
    assert document.by_tag("html")[0].attrs["lang"] == "en"
    untranslated = document.by_class("mg-untranslated")
    assert untranslated and untranslated[0].attrs["lang"] == "da"
    assert untranslated[0].by_tag("h1")[0].text().startswith("Regler")
    # The Danish text is the page's whole content, and the edit link opens the Danish file.
    assert article(document).by_tag("h1")[0] is untranslated[0].by_tag("h1")[0]
    # The frame around the Danish text stays English.
    reviewed = front_matter((ROOT / "docs" / "viden" / "regler.md").read_text(encoding="utf-8"))["senest_gennemgaaet"]
    assert document.by_class("mg-sources__reviewed")[0].text() == f"Last reviewed {format_date(str(reviewed), 'en').text}"
    assert document.find(lambda node: node.attrs.get("id") == "sources") is not None
    edit = [node.attrs["href"] for node in document.by_tag("a") if node.attrs.get("rel") == "edit"]
    assert edit and all(href.endswith("/docs/viden/regler.md") for href in edit)


@pytest.mark.parametrize("address", ["viden/effekt/", "viden/regler/", "en/", "en/virksomheder/kompensation/", "en/kontakt/"])
def test_no_notice_where_nothing_is_wrong(history_site, address):
    assert notice(history_site, address) is None


def test_translation_report_lists_missing_and_outdated_pages(repository):
    result = subprocess.run(
        [sys.executable, "-m", "mentorguiden.tools.translation_report", "--projekt", str(repository)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "docs/viden/regler.en.md: mangler. Engelske læsere ser den danske side docs/viden/regler.md. "
        "Opret docs/viden/regler.en.md med den engelske tekst.",
        "docs/viden/effekt.en.md: kan være forældet. docs/viden/effekt.md er ændret 5. marts 2026, "
        "den engelske side sidst 10. januar 2026. Ret den engelske tekst, så den passer igen.",
        "I alt: 1 mangler, 1 kan være forældede.",
    ]
    strict = subprocess.run(
        [sys.executable, "-m", "mentorguiden.tools.translation_report", "--projekt", str(repository), "--fejl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert strict.returncode == 1


def test_shallow_clone_builds_without_dates(repository, tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", "--depth", "1", repository.as_uri(), str(clone)], check=True, capture_output=True)
    assert (clone / ".git" / "shallow").is_file()
    result = build_site(clone, tmp_path / "site")
    assert result.returncode == 0, result.output
    assert "Traceback" not in result.output
    assert updated(result.site, "viden/effekt/") is None
    assert notice(result.site, "en/viden/effekt/") is None  # no history, so no "out of date"
    assert notice(result.site, "en/viden/regler/").startswith("Not translated yet")


def test_skipping_the_pdf_still_writes_and_checks_the_word_file(history_site):
    # MENTORGUIDEN_SKIP_PDF is what `make check` sets; published builds print the PDF (tests/site/test_agreement_site.py).
    downloads = {path.suffix for path in (history_site / "mentoraftale").iterdir() if path.is_file()}
    assert ".docx" in downloads and ".pdf" not in downloads


@pytest.fixture(scope="module")
def history_base_url(history_site: Path):
    with serve_site(history_site) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("address", ["en/viden/regler/", "en/viden/effekt/"])
def test_translation_notices_pass_axe(browser, history_base_url, history_site, address):
    """No real page carries a notice, so axe sees the notices here: a missing and an outdated translation."""
    assert notice(history_site, address), "the page should carry a translation notice"
    with open_page(browser, history_base_url + address, wait_until="load") as (page, watched):
        assert page.locator(".mg-translation-notice").is_visible()
        assert not watched.failures, watched.failures
        violations = axe_violations_on_both_screens(page)
    assert not violations, "\n".join(violations)
