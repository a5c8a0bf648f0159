"""Check markdown-include statements before markdown-include runs.

markdown-include only warns about a missing file, or (with ``throwException``)
crashes with a traceback. Editors get a message naming the page and the
snippet instead. Snippets live in ``includes/``, outside ``docs/``.
"""

from __future__ import annotations

import re
from pathlib import Path

from mentorguiden.core.errors import DataError

INCLUDE_SYNTAX = re.compile(r"{!\s*(.+?)\s*!((\blines\b)=([0-9 -]+))?\}")
"""``{!name!}``. The build passes markdown-include's own pattern (``mentorguiden.mkdocs_glue.include_syntax``);
this copy lets the check run without it."""


def include_problems(
    markdown: str, includes_dir: Path, page_name: str, _seen: tuple[Path, ...] = (), syntax: re.Pattern[str] = INCLUDE_SYNTAX
) -> list[str]:
    """Danish messages for every include in ``markdown`` that cannot be resolved."""
    problems: list[str] = []
    for match in syntax.finditer(markdown):
        name = match.group(1)
        target = (includes_dir / name).resolve()
        shown = f"includes/{name}"
        if not target.is_relative_to(includes_dir.resolve()):
            problems.append(f"{page_name}: indsætter '{name}', men tekststykker skal ligge i mappen includes/.")
        elif not target.is_file():
            problems.append(
                f"{page_name}: indsætter {shown} med {{!{name}!}}, men filen findes ikke. "
                "Ret navnet, eller opret filen i mappen includes/."
            )
        elif target in _seen:
            problems.append(f"{page_name}: {shown} indsætter sig selv (direkte eller gennem en anden fil).")
        else:
            problems += include_problems(target.read_text(encoding="utf-8"), includes_dir, shown, _seen + (target,), syntax)
    return problems


def check_includes(markdown: str, includes_dir: Path, page_name: str, syntax: re.Pattern[str] = INCLUDE_SYNTAX) -> None:
    problems = include_problems(markdown, includes_dir, page_name, syntax=syntax)
    if problems:
        raise DataError(problems)
