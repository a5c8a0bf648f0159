"""Whether build time grows in step with the content: 10× the pages and 10× the checklists. Prints figures; asserts nothing.

Copies the project twice into a temporary folder: once as it is ("today"),
once with every page of docs/ and every checklist of data/tjeklister/ there
ten times ("10×"). The nine extra copies of the pages sit under
``docs/kopi-<n>/`` with links that still lead where the originals' do, each
copy a section of its own in the menu, so the menu grows ten times too; the
extra checklists get ids of their own and join the "Tjeklister" section.
Builds both copies strictly in both languages (alternately, 3 times each, no
git history in either) and prints the time per built page of each and their
ratio next to the goal (issue 17: the 10× site within 20 % of today's time
per page).

    make bench        (or: .venv/bin/python benchmarks/scaling.py [--runs N] [--times N])
"""

from __future__ import annotations

import argparse
import posixpath
import re
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from timing import copy_options, copy_project, quiet, timed_build

GOAL = 1.20
"""Issue 17: the time per page of the 10× site at most 20 % above today's."""

_LINK = re.compile(r"\]\((?P<target>[^)\s#]+\.md)(?P<anchor>#[^)\s]*)?\)")
_ID = re.compile(r"^id: *(?P<id>\S+) *$", re.MULTILINE)


def copy_pages(docs: Path, copies: int) -> list[str]:
    """Copies 2…``copies`` of every page under ``kopi-<n>/``; return the folders."""
    pages = {path.relative_to(docs).as_posix(): path.read_text(encoding="utf-8") for path in docs.rglob("*.md")}
    folders = []
    for number in range(2, copies + 1):
        folder = f"kopi-{number}"
        folders.append(folder)
        for src_uri, text in pages.items():
            target = docs / folder / src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_relinked(text, src_uri, folder, pages), encoding="utf-8")
    return folders


def _relinked(text: str, src_uri: str, folder: str, pages: dict[str, str]) -> str:
    """Links to a page that is copied stay inside the copy; links to generated pages lead back to them."""

    def relink(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), match.group("target")))
        if target in pages:
            return match.group(0)
        moved = posixpath.relpath(target, posixpath.dirname(posixpath.join(folder, src_uri)))
        return f"]({moved}{match.group('anchor') or ''})"

    return _LINK.sub(relink, text)


def copied_nav(nav: list[Any], folders: list[str], docs: Path) -> list[Any]:
    """The menu, then each copy of its pages in docs/ as a section of its own."""

    def copy(entries: list[Any], folder: str) -> list[Any]:
        copied: list[Any] = []
        for entry in entries:
            if isinstance(entry, str):
                if (docs / entry).is_file():
                    copied.append(f"{folder}/{entry}")
                continue
            ((title, value),) = entry.items()
            if isinstance(value, list):
                inner = copy(value, folder)
                if inner:
                    copied.append({title: inner})
            elif (docs / value).is_file():
                copied.append({title: f"{folder}/{value}"})
        return copied

    return nav + [{f"Kopi {folder.removeprefix('kopi-')}": copy(nav, folder)} for folder in folders]


def copy_checklists(folder: Path, copies: int) -> None:
    for path in sorted(folder.glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        match = _ID.search(text)
        if match is None:
            continue
        for number in range(2, copies + 1):
            new_id = f"{match.group('id')}-kopi-{number}"
            (folder / f"{new_id}.yml").write_text(_ID.sub(f"id: {new_id}", text, count=1), encoding="utf-8")


def multiply(project: Path, times: int) -> dict[str, Any]:
    """Make ``project`` hold its pages and checklists ``times`` times; return the build's overrides (the menu)."""
    docs = project / "docs"
    folders = copy_pages(docs, times)
    copy_checklists(project / "data" / "tjeklister", times)
    nav = load_config(str(project / "mkdocs.yml")).nav
    return {"nav": copied_nav(nav, folders, docs)}


class PageCount:
    """How many pages a build converts (each language's pages, generated ones included)."""

    def __init__(self) -> None:
        self.pages = 0

    def install(self, config: MkDocsConfig) -> None:
        config.plugins.events["page_markdown"].append(self.count)

    def count(self, markdown: str, **_: Any) -> str:
        self.pages += 1
        return markdown


def per_page(project: Path, overrides: dict[str, Any]) -> tuple[float, int]:
    counter = PageCount()
    seconds = timed_build(project / "mkdocs.yml", prepare=counter.install, options=copy_options(), **overrides)
    return seconds / counter.pages, counter.pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--times", type=int, default=10, help="how many times the pages and checklists are there")
    arguments = parser.parse_args()

    quiet()
    with tempfile.TemporaryDirectory(prefix="mentorguiden-bench-") as scratch:
        today = copy_project(Path(scratch) / "today")
        larger = copy_project(Path(scratch) / "larger")
        overrides = multiply(larger, arguments.times)
        for project, settings in ((today, {}), (larger, overrides)):
            per_page(project, settings)  # warm-up: imports, the theme, each copy's compiled templates
        today_runs, larger_runs = [], []
        for _ in range(arguments.runs):
            today_runs.append(per_page(today, {}))
            larger_runs.append(per_page(larger, overrides))

    today_time = statistics.median(seconds for seconds, _ in today_runs)
    larger_time = statistics.median(seconds for seconds, _ in larger_runs)
    ratio = larger_time / today_time
    today_pages, larger_pages = today_runs[0][1], larger_runs[0][1]
    # What each page beyond today's costs: the fixed cost of a build (data, the agreement) left out.
    extra = (larger_time * larger_pages - today_time * today_pages) / (larger_pages - today_pages)
    label = f"{arguments.times}×"
    print(f"Strict builds of both languages, {arguments.runs} each, alternately (copies without git history):")
    print(f"  Today's site ({today_pages} pages):     {today_time * 1000:6.1f} ms per page")
    print(f"  {label} pages and checklists ({larger_pages} pages): {larger_time * 1000:6.1f} ms per page")
    print(f"  Each page beyond today's:   {extra * 1000:6.1f} ms")
    print(f"  Ratio ({label} / today): {ratio:.2f}   goal ≤ {GOAL:.2f}   {'met' if ratio <= GOAL else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
