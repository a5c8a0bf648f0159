"""`make serve` rebuilds only what a saved file changes, and nothing goes stale (mentorguiden/mkdocs_glue/dirty.py).

One real ``mkdocs serve --dirty`` (as ``make serve`` runs it, without the
PDFs) on a copy of the project, for the whole module. Each test saves a file
as an editor would and waits until the served page has the change; then it
looks at the site folder the server builds into: a page the save does not
touch is not written again, a title in the menu reaches every page, and the
search index still holds every page of both languages. Nothing here is timed
(benchmarks/serve.py measures the seconds).
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.builds import copy_project

pytestmark = pytest.mark.xdist_group("serve_dirty")

PATIENCE = 120.0
"""Seconds a test waits for the server (not a goal: the machine may be busy)."""


@dataclass(frozen=True)
class Server:
    project: Path
    base_url: str
    site_folder: Callable[[], Path]
    log: Path

    def page(self, path: str) -> str:
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=10) as response:
                return str(response.read().decode("utf-8"))
        except OSError:
            return ""

    def wait_for(self, path: str, text: str) -> str:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            served = self.page(path)
            if text in served:
                return served
            time.sleep(0.1)
        pytest.fail(f"{path} viste ikke {text!r} inden for {PATIENCE:.0f} s")

    def wait_for_log(self, text: str, times: int) -> None:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            if self.log.read_text(encoding="utf-8").count(text) >= times:
                return
            time.sleep(0.1)
        pytest.fail(f"mkdocs serve skrev ikke {text!r} {times} gange inden for {PATIENCE:.0f} s")

    def edit(self, relative: str, change: Callable[[str], str]) -> None:
        file = self.project / relative
        text = file.read_text(encoding="utf-8")
        changed = change(text)
        assert changed != text, f"the edit changed nothing in {relative}"
        file.write_text(changed, encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("serve")
    project = copy_project(folder / "project")
    temporary = folder / "tmp"  # where mkdocs serve makes its site folder
    temporary.mkdir()
    port = _free_port()
    environment = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "MENTORGUIDEN_PDF_I_BAGGRUNDEN": "1",
        "MENTORGUIDEN_SKIP_PDF": "1",
        "TMPDIR": str(temporary),
    }
    log_file = folder / "serve.log"
    log = log_file.open("w", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}", "--livereload"],
        cwd=project,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def site_folder() -> Path:
        (found,) = temporary.glob("mkdocs_*")
        return found

    served = Server(project, f"http://127.0.0.1:{port}/", site_folder, log_file)
    try:
        served.wait_for("", "<html")
        yield served
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
        log.close()


def _add_paragraph(word: str) -> Callable[[str], str]:
    return lambda text: text + f"\n\n{word}\n"


def _mtimes(site: Path, *pages: str) -> dict[str, int]:
    return {page: (site / page / "index.html").stat().st_mtime_ns for page in pages}


def test_a_saved_page_is_served_and_pages_it_does_not_touch_are_not_written_again(server: Server):
    untouched = ("virksomheder/forsikring", "en/virksomheder/kompensation", "tjeklister/bevilling", "kontakt")
    before = _mtimes(server.site_folder(), *untouched)
    server.edit("docs/virksomheder/kompensation.md", _add_paragraph("Gemtsideord"))
    server.wait_for("virksomheder/kompensation/", "Gemtsideord")
    assert _mtimes(server.site_folder(), *untouched) == before


def test_a_saved_checklist_shows_on_its_page_and_on_the_guidance_page_that_embeds_it(server: Server):
    untouched = ("virksomheder/forsikring", "en/tjeklister/bevilling")
    before = _mtimes(server.site_folder(), *untouched)
    server.edit(
        "data/tjeklister/bevilling.yml",
        lambda text: text.replace("da: Borgeren har brug for", "da: Borgeren Tjeklisteord har brug for", 1),
    )
    server.wait_for("tjeklister/bevilling/", "Tjeklisteord")
    # docs/konsulenter/bevilling.md has <!-- tjekliste: bevilling -->; its own file did not change.
    assert "Tjeklisteord" in server.page("konsulenter/bevilling/")
    assert _mtimes(server.site_folder(), *untouched) == before


def test_a_saved_form_shows_on_its_page_and_its_word_document_follows(server: Server):
    docx = server.site_folder() / "mentoraftale" / "mentoraftale.docx"
    docx_before = docx.stat().st_mtime_ns
    english_docx = server.site_folder() / "en" / "mentoraftale" / "mentor-agreement.docx"
    english_before = english_docx.stat().st_mtime_ns
    server.edit(
        "data/blanketter/mentoraftale.yml", lambda text: re.sub(r"(titel:\n  da: )(.*)", r"\1\2 Blanketord", text, count=1)
    )
    server.wait_for("mentoraftale/", "Blanketord")
    assert docx.stat().st_mtime_ns > docx_before
    assert english_docx.stat().st_mtime_ns == english_before  # the English form did not change


def test_a_new_title_in_the_menu_reaches_every_page(server: Server):
    server.edit("data/tjeklister/opfoelgning.yml", lambda text: re.sub(r"(titel:\n  da: )(.*)", r"\1Menutitelord", text, count=1))
    server.wait_for("tjeklister/opfoelgning/", "Menutitelord")
    for page in ("", "virksomheder/forsikring/", "viden/ordliste/", "mentoraftale/"):
        menu = server.page(page).split('class="md-nav', 1)[1]
        assert "Menutitelord" in menu, page


def test_a_page_that_warns_is_checked_again_until_it_is_fixed(server: Server):
    """A strict build stops after it has written the pages; the next build must not take the page as done."""
    stopped = "Aborted with"
    server.edit("docs/virksomheder/persondata.md", _add_paragraph("[et link](findes-ikke.md)"))
    server.wait_for_log(stopped, 1)
    server.edit("docs/virksomheder/forsikring.md", _add_paragraph("Efteradvarselord"))
    server.wait_for_log(stopped, 2)  # persondata.md is rendered again, and warns again
    server.edit("docs/virksomheder/persondata.md", lambda text: text.replace("[et link](findes-ikke.md)", "Rettetord"))
    server.wait_for("virksomheder/forsikring/", "Efteradvarselord")
    assert "Rettetord" in server.page("virksomheder/persondata/")


def _index_pages(site: Path, prefix: str) -> dict[str, str]:
    index = json.loads((site / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    for doc in index["docs"]:
        page = doc["location"].split("#", 1)[0]
        texts[page] = texts.get(page, "") + " " + doc.get("title", "") + " " + doc.get("text", "")
    return texts


def test_the_search_index_still_holds_every_page_of_both_languages(server: Server):
    server.edit("docs/virksomheder/forsikring.en.md", _add_paragraph("Englishword"))
    server.wait_for("en/virksomheder/forsikring/", "Englishword")
    site = server.site_folder()
    for prefix in ("", "en/"):
        pages = {path.parent.relative_to(site / prefix).as_posix() for path in (site / prefix).rglob("index.html")}
        pages = {"" if page == "." else page + "/" for page in pages if page != "en" and not page.startswith("en/")}
        indexed = _index_pages(site, prefix)
        assert pages <= {page.removeprefix(prefix) for page in indexed}, prefix
    danish = _index_pages(site, "")
    assert "Gemtsideord" in danish["virksomheder/kompensation/"]
    assert "Tjeklisteord" in danish["tjeklister/bevilling/"]
    assert "Englishword" in _index_pages(site, "en/")["virksomheder/forsikring/"]
