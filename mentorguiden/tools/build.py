"""``make build``: build both languages strictly, and replace site/ only if the build succeeds.

MkDocs writes straight into its output folder, so a failed build leaves a
half-built site behind. This builds into a temporary folder beside the
target and swaps it in at the end: site/ is either the new, complete site or
untouched. When it fails, MkDocs' log is boiled down to the messages that
matter, in Danish with file and line where they are about links (the same
messages ``make check`` gives).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from mentorguiden.content.git_dates import NO_DATES
from mentorguiden.core.datafile import config_file_problems
from mentorguiden.core.errors import BUILD_STOPPED
from mentorguiden.core.messages import where
from mentorguiden.tools.mkdocs_run import run_mkdocs_build

_MISSING_TARGET = re.compile(r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but the target.* is not found")
_MISSING_ANCHOR = re.compile(
    r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but (?:the doc '[^']+' does "
    r"not contain an anchor|there is no such anchor on this page)"
)
_OTHER_LINK = re.compile(r"Doc file '(?P<page>[^']+)' contains an? (?:absolute|unrecognized relative) link '(?P<link>[^']+)'")
_LOG_LINE = re.compile(r"^(?:ERROR|WARNING)\s+-\s+(?P<text>.*)$")
_NAV_TARGET_MISSING = re.compile(r"A reference to '(?P<page>[^']+)' is included in the 'nav' configuration, which is not found")
_NOT_IN_NAV = re.compile(r"The following pages exist in the docs directory, but are not included in the \"nav\" configuration")
_CONFIG_NOT_READ = "MkDocs encountered an error parsing the configuration file"
_LISTED_PAGE = re.compile(r"^\s+- (?P<page>\S+)$")


def _line_of(root: Path, page: str, text: str) -> str:
    """``docs/x.md, linje 12`` for the first line of the page that contains ``text``."""
    path = root / "docs" / page
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if text in line:
                return where(f"docs/{page}", number)
    except OSError:
        pass
    return f"docs/{page}"


def _nav_line(root: Path, page: str) -> str:
    """``mkdocs.yml, linje 40`` for the menu entry that names ``page``."""
    try:
        lines = (root / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    return where("mkdocs.yml", next((number for number, line in enumerate(lines, start=1) if page in line), None))


def _not_in_nav(page: str, listed: set[str]) -> str | None:
    """An English page whose Danish page is listed too needs no message of its own: the menu lists the Danish one."""
    danish = re.sub(r"\.en\.md$", ".md", page)
    if danish != page and danish in listed:
        return None
    return (
        f"docs/{page} findes, men står ikke i menuen (nav) i mkdocs.yml. Tilføj siden i nav, eller slet filen, "
        "hvis den ikke skal bruges."
    )


def explain_build_output(output: str, root: Path) -> list[str]:
    """MkDocs' warnings and errors, in Danish where they are about links, the menu and mkdocs.yml; each once."""
    if _CONFIG_NOT_READ in output and (problems := config_file_problems(root)):
        return problems
    messages: list[str] = []
    in_error = False
    unlisted: list[str] = []  # the pages MkDocs lists after its "not included in the nav" warnings
    listing = False
    for line in output.splitlines():
        log = _LOG_LINE.match(line)
        if listing and log is None and (listed := _LISTED_PAGE.match(line)):
            unlisted.append(listed["page"])
            continue
        listing = False
        if log is None:
            # The Danish message of a failed build continues on the following lines.
            if in_error and line.strip() and not line.startswith(("INFO", "DEBUG")):
                messages.append(line.strip())
            else:
                in_error = False
            continue
        text = log["text"].strip()
        in_error = text.startswith(BUILD_STOPPED) or line.startswith("ERROR")
        if match := _MISSING_TARGET.search(text):
            messages.append(
                f"{_line_of(root, match['page'], match['link'])}: linket '{match['link']}' peger på en "
                "side eller fil, der ikke findes. Ret stien (den er relativ til siden), eller opret siden."
            )
        elif match := _MISSING_ANCHOR.search(text):
            messages.append(
                f"{_line_of(root, match['page'], match['link'])}: linket '{match['link']}' peger på et "
                "afsnit, der ikke findes. Ret delen efter #, så den passer til overskriften."
            )
        elif match := _OTHER_LINK.search(text):
            messages.append(
                f"{_line_of(root, match['page'], match['link'])}: linket '{match['link']}' kan ikke "
                "følges. Link til en anden side med dens fil, fx ../viden/regler.md."
            )
        elif match := _NAV_TARGET_MISSING.search(text):
            messages.append(
                f"{_nav_line(root, match['page'])}: menuen (nav) nævner '{match['page']}', men den side findes ikke i "
                "docs/. Ret stien (den er relativ til docs/), eller opret siden."
            )
        elif _NOT_IN_NAV.search(text):
            listing = True
        elif text.startswith("Aborted with") or text.startswith(BUILD_STOPPED):
            continue
        else:
            messages.append(text)
    messages += [message for page in unlisted if (message := _not_in_nav(page, set(unlisted)))]
    return list(dict.fromkeys(messages))


def build_site(config_file: Path, site_dir: Path) -> int:
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    print("Bygger siden på begge sprog …", flush=True)
    with tempfile.TemporaryDirectory(prefix=".site-build-", dir=site_dir.parent) as scratch:
        staging = Path(scratch) / "site"
        result = run_mkdocs_build(config_file, staging)
        if not result.ok:
            output = result.output
            messages = explain_build_output(output, config_file.resolve().parent) or [output.strip()]
            print("\n".join(messages), file=sys.stderr)
            print(f"\nBygningen fejlede. {site_dir.name}/ er ikke ændret.", file=sys.stderr)
            return result.returncode
        previous = Path(scratch) / "previous"
        if site_dir.exists():
            site_dir.rename(previous)
        staging.rename(site_dir)
    for line in result.output.splitlines():
        if NO_DATES in line:
            print(line.split(" -  ", 1)[-1].strip())
    print(f"Siden er bygget i {site_dir} ({_count_pages(site_dir)}).")
    return 0


def _count_pages(site_dir: Path) -> str:
    pages = list(site_dir.rglob("index.html"))
    english = [page for page in pages if page.relative_to(site_dir).parts[0] == "en"]
    return f"{len(pages) - len(english)} sider på dansk, {len(english)} på engelsk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site-dir", type=Path, default=Path("site"))
    arguments = parser.parse_args(argv)
    return build_site(arguments.config_file, arguments.site_dir)


if __name__ == "__main__":
    sys.exit(main())
