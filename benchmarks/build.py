"""How much time Mentorguiden's hooks add to a plain Material + mkdocs-static-i18n build. Prints figures; asserts nothing.

"Ours" is a strict build of the site (both languages) as ``make serve`` and
the tests run it after the first build: the agreement PDF and the compiled
templates come from the cache. "Plain" builds the same Markdown with Material
and mkdocs-static-i18n only (and Material's search), in a copy of the project:

* no hooks and no ``custom_dir``: Material's own templates;
* the pages in docs/ with our markers (``<!-- name: value -->``) taken out;
* each generated page (contact page, checklists, agreement, glossary, …)
  written as the Markdown file our hooks make of it, in both languages, at
  the same place in the same menu;
* the same Markdown extensions, includes/ included.

So both builds turn the same pages into HTML in the same menu; the
difference is what our hooks do. Runs both alternately (5 times each), and
prints the medians and their ratio next to the goal (issue 17: at most 1.30).

    make bench        (or: .venv/bin/python benchmarks/build.py [--runs N])
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from timing import CONFIG_FILE, ROOT, quiet, timed_build

from mentorguiden.core.markers import MARKER
from mentorguiden.mkdocs_glue import Files, GeneratedFile, site_languages

GOAL = 1.30
"""Issue 17: our hooks add at most 30 % to the plain build."""


class GeneratedPages:
    """What our hooks made in one build: each generated page's Markdown per language, and the final menu."""

    def __init__(self) -> None:
        self.markdown: dict[str, str] = {}
        """Path under docs/ in the suffix structure (``kontakt.md``, ``kontakt.en.md``) → Markdown."""
        self.nav: Any = None

    def install(self, config: MkDocsConfig) -> None:
        """Run after every other ``on_files`` handler (the list is in priority order; this one comes last)."""
        config.plugins.events["files"].append(self.collect)

    def collect(self, files: Files, config: MkDocsConfig) -> Files:
        languages = site_languages(config)
        for file in files:
            if isinstance(file, GeneratedFile) and file.content_string:
                suffix = "" if languages.current == languages.default else f".{languages.current}"
                self.markdown[file.src_uri.removesuffix(".md") + suffix + ".md"] = file.content_string
        self.nav = copy.deepcopy(config.nav)
        return files


def plain_project(destination: Path, generated: GeneratedPages) -> Path:
    """A copy of the project's Markdown that Material and mkdocs-static-i18n build without any of our code."""
    shutil.copytree(ROOT / "docs", destination / "docs")
    shutil.copytree(ROOT / "includes", destination / "includes")
    shutil.copy2(CONFIG_FILE, destination / CONFIG_FILE.name)
    for page in (destination / "docs").rglob("*.md"):
        page.write_text(MARKER.sub("", page.read_text(encoding="utf-8")), encoding="utf-8")
    for src_uri, markdown in generated.markdown.items():
        target = destination / "docs" / src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")
    return destination / CONFIG_FILE.name


def plain_settings(generated: GeneratedPages) -> dict[str, Any]:
    """mkdocs.yml without our hooks and templates, with the menu our hooks made."""
    theme = load_config(str(CONFIG_FILE)).theme
    return {
        "hooks": [],
        "watch": [],
        "theme": {"name": "material", **{key: theme[key] for key in ("language", "font", "icon", "features")}},
        "nav": generated.nav,
        "strict": False,  # our markers made some of the anchors the pages link to
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    quiet()
    os.chdir(ROOT)
    generated = GeneratedPages()
    timed_build(prepare=generated.install)  # warm-up: imports, the theme, the PDF and templates in the cache

    with tempfile.TemporaryDirectory(prefix="mentorguiden-bench-") as scratch:
        plain = plain_project(Path(scratch) / "plain", generated)
        settings = plain_settings(generated)
        timed_build(plain, **settings)  # warm-up
        ours, theirs = [], []
        for _ in range(runs):
            ours.append(timed_build(CONFIG_FILE))
            theirs.append(timed_build(plain, **settings))

    median_ours, median_plain = statistics.median(ours), statistics.median(theirs)
    ratio = median_ours / median_plain
    pages = len(generated.markdown) + sum(1 for _ in (ROOT / "docs").rglob("*.md"))
    print(f"Strict builds of both languages, {runs} each, alternately ({pages} pages):")
    print(f"  Median, Mentorguiden (PDF from the cache):                {median_ours:.3f} s")
    print(f"  Median, same Markdown, plain Material + mkdocs-static-i18n: {median_plain:.3f} s")
    print(f"  Ratio (ours / plain): {ratio:.2f}   goal ≤ {GOAL:.2f}   {'met' if ratio <= GOAL else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
