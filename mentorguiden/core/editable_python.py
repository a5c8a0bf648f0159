"""The one Python file editors edit by hand (the interface-text table), read before anything imports it.

Editors reword texts in ``mentorguiden/core/ui_strings.py`` (CONTRIBUTING.md
says how). A quotation mark or comma too many there is a ``SyntaxError``
the moment any module imports the table, and Python would show a
traceback; an entry copied and not renamed silently replaces the first
one. ``mentorguiden/__init__.py`` therefore parses the file first: either
mistake stops ``make build``, ``make check``, ``make serve`` and the tests
with a Danish message naming the file and the line, and no traceback.
This module imports nothing that imports the table, so it works while the table is broken.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from mentorguiden.core.errors import BUILD_STOPPED
from mentorguiden.core.messages import duplicates

EDITABLE_FILE = Path(__file__).with_name("ui_strings.py")
SHOWN_NAME = "mentorguiden/core/ui_strings.py"


def table_file_problem(path: Path = EDITABLE_FILE, shown_name: str = SHOWN_NAME) -> str | None:
    """A Danish message if ``path`` is not valid Python or writes a name twice, naming the line; else ``None``."""
    source = path.read_bytes()
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as error:
        line = error.lineno or 0
        text = source.decode("utf-8", errors="replace").splitlines()[line - 1].strip() if line else ""
        return (
            f"{shown_name}, linje {line}: Python kan ikke læse tabellen med sidens tekster (Pythons besked: {error.msg}).\n"
            f"    {text}\n"
            'Tjek anførselstegn, kommaer og klammer på den linje og linjen før: hver tekst står mellem to " '
            'og slutter med et komma, og hver tekst har både "da" og "en". Sammenlign med teksterne lige over.'
        )
    return _twice_problem(tree, shown_name)


def _twice_problem(tree: ast.Module, shown_name: str) -> str | None:
    """A Danish message for a text name, or a language in one text, written twice (Python keeps only the last)."""
    for dictionary in ast.walk(tree):
        if not isinstance(dictionary, ast.Dict):
            continue
        names = [
            (key.value, key.lineno) for key in dictionary.keys if isinstance(key, ast.Constant) and isinstance(key.value, str)
        ]
        for (name, line), (_, first_line) in duplicates(names, key=lambda name_and_line: name_and_line[0]):
            return (
                f"{shown_name}, linje {line}: '{name}' står to gange (også linje {first_line}), "
                "og kun den sidste ville blive brugt. Har du kopieret en tekst, så giv kopien sit eget navn, "
                "eller slet den ene."
            )
    return None


def stop_if_broken() -> None:
    """Print the message and exit with status 1 if the table is broken (called when the package is imported)."""
    problem = table_file_problem()
    if problem:
        sys.stderr.write(f"{BUILD_STOPPED}\n{problem}\n")
        raise SystemExit(1)
