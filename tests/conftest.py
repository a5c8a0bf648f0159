"""Shared fixtures: the real site built once per run, project copies to break, a browser.

The helpers live in tests/helpers/ (builds, html, browser, search_ui); the
names other test files have always imported from here (``ROOT``,
``site_pages``, ``page_url_path``, ``copy_project``, ``mkdocs_build``,
``serve_site``, ...) are re-exported.

- ``site``: the real site, both languages, strict, with the agreement PDF,
  as it is published under a sub-path. ``second_site``: the same with the
  second example profile. Each is built once per test run (also with
  pytest-xdist), in the background from the moment the tests are collected.
- ``project``: a fresh copy of the project to break; build it in-process
  with ``helpers.builds.build_site`` / ``build_fails`` (no PDF unless asked).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.browser import CHROMIUM_FLAGS, chromium_path, page_visits, serve_site
from helpers.builds import (  # noqa: F401 (re-exported)
    PROJECT_PARTS,
    PUBLISHED_URL,
    ROOT,
    SECOND_PROFILE,
    SUB_PATH,
    BuildResult,
    SharedBuilds,
    build_fails,
    build_site,
    copy_project,
    mkdocs_build_process,
)
from helpers.edited_copy import build_edited_copy
from playwright.sync_api import sync_playwright

# The checklist unit tests' module fixtures (environment, shipped).
pytest_plugins = ["helpers.checklists"]

# Fixtures that need each shared build (directly or through another fixture;
# "built" in tests/site/test_profiles_site.py asks for both by name).
SHARED_BUILD_USERS = {
    "site": {"site", "base_url", "built"},
    "second_site": {"second_site", "second_base_url", "built"},
}


def mkdocs_build(project: Path, site: Path, **environment: str) -> BuildResult:
    """``mkdocs build --strict`` of ``project`` (kept for test files written before tests/helpers/).

    Prints the agreement PDF like a published build unless
    ``MENTORGUIDEN_SKIP_PDF="1"`` is passed; prefer ``build_site``, which runs
    in-process and skips the PDF unless asked.
    """
    if environment.get("MENTORGUIDEN_SKIP_PDF") == "1":
        return build_site(project, site, **environment)
    return mkdocs_build_process(project, site, **environment)


def site_pages(site: Path) -> list[Path]:
    """Every HTML page of the built site (both languages), 404 page excluded."""
    return sorted(path for path in site.rglob("index.html"))


def page_url_path(site: Path, page: Path) -> str:
    """``kontakt/`` for site/kontakt/index.html, ``""`` for the front page."""
    relative = page.parent.relative_to(site).as_posix()
    return "" if relative == "." else relative + "/"


# --- The shared builds ---------------------------------------------------------------


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Start the full builds the selected tests need, in the background, while the other tests run."""
    if config.option.collectonly:
        return
    needed = [
        name
        for name, users in SHARED_BUILD_USERS.items()
        if any(users & set(getattr(item, "fixturenames", ())) for item in items)
    ]
    builds = SharedBuilds(config._tmp_path_factory.getbasetemp())  # type: ignore[attr-defined]
    builds.start(needed)
    config.stash[_BUILDS] = builds


_BUILDS = pytest.StashKey[SharedBuilds]()


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Fail a grouped test when ``xdist_group`` has no effect, so its module's copy is not quietly built on every worker.

    With ``--dist loadgroup`` pytest-xdist marks a grouped test by adding
    ``@group`` to its node id; pytest 9.2 drops that (pytest-dev/pytest-xdist#1386).
    """
    if getattr(item.config.option, "loadgroup", False) and item.get_closest_marker("xdist_group") and "@" not in item.nodeid:
        pytest.fail(
            "xdist_group has no effect: this pytest and pytest-xdist do not work together "
            "(pytest-dev/pytest-xdist#1386). Install the versions in constraints.txt (make test does).",
            pytrace=False,
        )


def pytest_sessionfinish(session: pytest.Session) -> None:
    builds = session.config.stash.get(_BUILDS, None)
    if builds is not None:
        builds.finish()


def _shared(request: pytest.FixtureRequest) -> SharedBuilds:
    builds = request.config.stash.get(_BUILDS, None)
    if builds is None:
        builds = request.config.stash[_BUILDS] = SharedBuilds(request.config._tmp_path_factory.getbasetemp())  # type: ignore[attr-defined]
    return builds


@pytest.fixture(scope="session")
def site(request: pytest.FixtureRequest) -> Path:
    """The real site, both languages, built once with --strict, as it is published."""
    return _shared(request).wait("site")


@pytest.fixture(scope="session")
def second_site(request: pytest.FixtureRequest) -> Path:
    """The real site built with the second example profile (as ``make build PROFILE=...`` does)."""
    return _shared(request).wait("second_site")


@pytest.fixture(scope="session")
def edited_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with an editor's everyday changes, built in-process (tests/helpers/edited_copy.py).

    Mark tests using it ``pytest.mark.xdist_group("edited_copy")`` so that one worker builds it.
    """
    return build_edited_copy(tmp_path_factory.mktemp("edited"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project, to break on purpose."""
    return copy_project(tmp_path / "project")


# --- The browser (one Playwright per worker, shared by every browser test) ---


@pytest.fixture(scope="session")
def base_url(site: Path):
    with serve_site(site) as url:
        yield url


@pytest.fixture(scope="session")
def second_base_url(second_site: Path):
    with serve_site(second_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def visits(browser):
    """One page per test module, led from address to address by the tests that only read pages (helpers.browser.Visits)."""
    with page_visits(browser) as visits:
        yield visits
