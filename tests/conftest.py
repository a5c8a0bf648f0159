"""Shared fixtures: the real site built once, project copies for bad-input builds, a browser.

Like mkdocs-static-i18n's own tests, these build real sites with the real
``mkdocs`` command and assert on what comes out under ``/`` and ``/en/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from mentorguiden.browser import QUIET_CHROMIUM_FLAGS, QuietHandler, local_server
from mentorguiden.browser import chromium_path as agreement_chromium_path
from mentorguiden.core.errors import DataError

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "hooks", "overrides", "includes")

# The site is tested as it is published: under a sub-path, as on GitHub Pages.
PUBLISHED_URL = "https://mentorguiden.example/mentorguiden/"
SUB_PATH = "/mentorguiden/"


@dataclass(frozen=True)
class BuildResult:
    returncode: int
    output: str
    site: Path


def mkdocs_build(project: Path, site: Path, **environment: str) -> BuildResult:
    """Run ``mkdocs build --strict`` as a user would, in a separate process.

    Settings the publishing workflow passes (``MENTORGUIDEN_*``) are taken
    only from ``environment``, never from the shell running the tests.
    """
    inherited = {name: value for name, value in os.environ.items() if not name.startswith("MENTORGUIDEN_")}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict",
         "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site)],
        cwd=project,
        env={**inherited, "NO_MKDOCS_2_WARNING": "1", **environment},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return BuildResult(result.returncode, result.stdout + result.stderr, site)


def copy_project(destination: Path) -> Path:
    """A copy of everything a build reads, to break on purpose."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part)
        else:
            shutil.copy2(source, destination / part)
    return destination


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, both languages, built once with --strict, as it is published."""
    result = mkdocs_build(ROOT, tmp_path_factory.mktemp("site") / "site", MENTORGUIDEN_SITE_URL=PUBLISHED_URL)
    assert result.returncode == 0, f"Strict build of the real site failed:\n{result.output}"
    return result.site


SECOND_PROFILE = "data/profiler/proevested.yml"
"""The second shipped example profile; the default is data/profil.yml."""


@pytest.fixture(scope="session")
def second_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built with the second example profile (as ``make build PROFILE=...`` does)."""
    result = mkdocs_build(ROOT, tmp_path_factory.mktemp("second-site") / "site",
                          MENTORGUIDEN_SITE_URL=PUBLISHED_URL, MENTORGUIDEN_PROFILE=SECOND_PROFILE)
    assert result.returncode == 0, f"Strict build with {SECOND_PROFILE} failed:\n{result.output}"
    return result.site


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def site_pages(site: Path) -> list[Path]:
    """Every HTML page of the built site (both languages), 404 page excluded."""
    return sorted(path for path in site.rglob("index.html"))


def page_url_path(site: Path, page: Path) -> str:
    """``kontakt/`` for site/kontakt/index.html, ``""`` for the front page."""
    relative = page.parent.relative_to(site).as_posix()
    return "" if relative == "." else relative + "/"


# --- The browser (one Playwright per test session, shared by every browser test module) ---

# The agreement PDF's flags minus its network block: the tests must see any
# request to another host in order to fail on it.
CHROMIUM_FLAGS = QUIET_CHROMIUM_FLAGS


def chromium_path() -> str:
    try:
        return agreement_chromium_path()
    except DataError as error:
        pytest.fail(f"{error} Run the tests with `make test`, which installs it.")


class _SubPathHandler(QuietHandler):
    """Serve the site folder at SUB_PATH and nothing else."""

    def translate_path(self, path: str) -> str:
        request_path = urlsplit(path).path
        if not request_path.startswith(SUB_PATH):
            return str(Path(self.directory) / "__outside_sub_path__")
        return super().translate_path("/" + request_path[len(SUB_PATH):])


def serve_site(site: Path):
    """Serve a built site at http://127.0.0.1:<port>/mentorguiden/; yields that address."""
    return local_server(site, _SubPathHandler, SUB_PATH)


@pytest.fixture(scope="session")
def base_url(site: Path):
    with serve_site(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
