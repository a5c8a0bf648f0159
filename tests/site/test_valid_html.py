"""Valid HTML: the W3C Nu Html Checker (vnu) finds no error on any page of either language.

vnu runs once, as one Java process, over every HTML file of the shared full
build (the ``site`` fixture). It needs Java (Debian's ``default-jre-headless``)
and the npm package ``vnu-jar`` in ``tools/vnu/``; ``make test`` installs
both. Without Java the test is skipped with that reason – but never in CI,
where it must run.

The unit tests below check the rewriting itself (mentorguiden/core/valid_html.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import ROOT

from mentorguiden.browser import QuietHandler, local_server
from mentorguiden.core.valid_html import NO_RESTORE_FORM, NO_RESTORE_FORM_ID, valid_html

VNU_JAR = Path(os.environ.get("VNU_JAR", ROOT / "tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"))
IN_CI = bool(os.environ.get("CI"))

needs_java = pytest.mark.skipif(
    shutil.which("java") is None and not IN_CI,
    reason="needs Java for the W3C Nu Html Checker (vnu): `make test` installs Debian's default-jre-headless "
    "and vnu-jar (or run `make vnu`)",
)


@needs_java
def test_every_page_of_both_languages_is_valid_html(site: Path) -> None:
    assert shutil.which("java"), "Java is missing: `make vnu` installs Debian's default-jre-headless."
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: run `make vnu` (npm ci in tools/vnu/)."
    pages = sorted(site.rglob("*.html"))
    relative = {page.relative_to(site).as_posix() for page in pages}
    assert {"index.html", "en/index.html", "404.html", "kontakt/index.html", "en/kontakt/index.html"} <= relative
    assert len(pages) > 50

    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    try:
        messages = json.loads(result.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"vnu did not report JSON (exit {result.returncode}):\n{result.stderr[-3000:]}")
    errors = [message for message in messages if message.get("type") != "info"]
    if errors:
        grouped: dict[str, list[str]] = defaultdict(list)
        for error in errors:
            page = Path(error.get("url", "").removeprefix("file:")).relative_to(site).as_posix()
            grouped[error.get("message", "?")].append(f"{page}:{error.get('lastLine', '?')}")
        report = "\n".join(
            f"{len(places)} × {message}\n    " + ", ".join(places[:8]) + (" …" if len(places) > 8 else "")
            for message, places in sorted(grouped.items(), key=lambda item: -len(item[1]))
        )
        pytest.fail(f"vnu found {len(errors)} errors on {len(pages)} pages:\n{report}")
    assert result.returncode == 0, result.stderr[-3000:]


# --- The rewriting, without a build ---------------------------------------------------------

MATERIAL_PAGE = """<!doctype html>
<html lang="da"><head><title>x <input type="checkbox" autocomplete="off"></title>
<script>var s = '<input type="checkbox" autocomplete="off">';</script></head>
  <body dir="ltr">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <!-- <label tabindex=""> -->
    <label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">
    <label class="md-nav__link" for="__nav_3" id="__nav_3_label" tabindex="0">
    <input type="text" class="md-search__input" autocomplete="off">
    <INPUT TYPE=checkbox id=x AUTOCOMPLETE=off />
  </body></html>"""


def test_checkbox_autocomplete_becomes_a_form_owner_that_is_first_in_body() -> None:
    page = valid_html(MATERIAL_PAGE)
    assert page.count(NO_RESTORE_FORM) == 1
    assert page.index(NO_RESTORE_FORM) == page.index('<body dir="ltr">') + len('<body dir="ltr">')
    assert (
        f'<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" form="{NO_RESTORE_FORM_ID}">'
    ) in page
    assert f'<INPUT TYPE=checkbox id=x form="{NO_RESTORE_FORM_ID}" />' in page
    # Text inputs may have autocomplete; scripts, titles and comments are not markup.
    assert '<input type="text" class="md-search__input" autocomplete="off">' in page
    assert '<title>x <input type="checkbox" autocomplete="off"></title>' in page
    assert 'var s = \'<input type="checkbox" autocomplete="off">\';' in page
    assert '<!-- <label tabindex=""> -->' in page


def test_empty_tabindex_is_dropped_and_a_real_one_kept() -> None:
    page = valid_html(MATERIAL_PAGE)
    assert '<label class="md-nav__link" for="__nav_2" id="__nav_2_label">' in page
    assert '<label class="md-nav__link" for="__nav_3" id="__nav_3_label" tabindex="0">' in page


def test_rewriting_is_idempotent_and_leaves_a_page_without_checkboxes_alone() -> None:
    once = valid_html(MATERIAL_PAGE)
    assert valid_html(once) == once
    plain = '<html><body><p>Tekst</p><input type="text" autocomplete="off"></body></html>'
    assert valid_html(plain) == plain


def test_a_checkbox_that_names_the_form_itself_gets_the_form() -> None:
    # Our checklist boxes (overrides/generated/checklist.html) name the form directly.
    page = valid_html(f'<body><ul><li><input type="checkbox" form="{NO_RESTORE_FORM_ID}"></li></ul></body>')
    assert page.startswith(f"<body>{NO_RESTORE_FORM}<ul>")


def test_the_checklist_template_names_the_same_form() -> None:
    template = (ROOT / "overrides/generated/checklist.html").read_text(encoding="utf-8")
    assert f'type="checkbox" class="mg-checklist__box" id="{{{{ box }}}}" form="{NO_RESTORE_FORM_ID}"' in template


# --- Behaviour kept: the browser does not restore a ticked box (Chromium; Firefox has the same rule) ---


class _NoStoreHandler(QuietHandler):
    """No back/forward cache: the browser must rebuild the page and decide what to restore."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def _ticked_after_back(browser, base_url: str, page_name: str) -> bool:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url + page_name)
        page.check("#boks")
        page.click("#videre")
        page.wait_for_url("**/other.html")
        page.go_back()
        page.wait_for_selector("#boks", state="attached")
        return page.is_checked("#boks")
    finally:
        context.close()


@pytest.mark.browser
def test_a_ticked_box_is_not_restored_after_back_navigation(browser, tmp_path: Path) -> None:
    box = '<input type="checkbox" id="boks"{}><label for="boks">Punkt</label><a href="other.html" id="videre">Videre</a>'
    page = '<!doctype html><html lang="da"><head><title>x</title></head><body>{}</body></html>'
    (tmp_path / "plain.html").write_text(page.format(box.format("")), encoding="utf-8")
    (tmp_path / "material.html").write_text(valid_html(page.format(box.format(' autocomplete="off"'))), encoding="utf-8")
    (tmp_path / "other.html").write_text(page.format("<p>Anden side</p>"), encoding="utf-8")
    assert f'form="{NO_RESTORE_FORM_ID}"' in (tmp_path / "material.html").read_text(encoding="utf-8")
    with local_server(tmp_path, _NoStoreHandler) as base_url:
        # The control: without autocomplete="off" anywhere the browser restores the tick ...
        assert _ticked_after_back(browser, base_url, "plain.html")
        # ... and with the rewritten markup (form owner with autocomplete="off") it does not.
        assert not _ticked_after_back(browser, base_url, "material.html")
