"""When each file in the project was last changed, according to git.

"Senest opdateret" on every page and the translation status (is the English
page older than the Danish one?) both come from the commit history. Git is
asked once per build, in one ``git log`` pass over the whole history, and the
answer is kept for the rest of the build.

The site must still build where there is no history to ask: in a copy of the
project that is not a git repository, on a machine without git, or in a
shallow clone (GitHub Actions checks out one commit by default, so every file
would seem changed on the day of that commit). In all those cases the answer
is "unknown": no dates are shown, and nothing fails.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

_COMMIT_LINE = "\x1ecommit "


@dataclass(frozen=True)
class FileDates:
    """The last commit time of every file git knows, by path relative to the project root."""

    changed: dict[str, dt.datetime] = field(default_factory=dict)
    known: bool = False
    """False when there is no usable history (no git, no repository, or a shallow clone)."""

    def last_changed(self, path: str) -> dt.datetime | None:
        """The commit time of the last commit that changed ``path`` (e.g. ``docs/index.md``), if known."""
        return self.changed.get(path) if self.known else None


UNKNOWN = FileDates()


def _git(root: Path, *arguments: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-c", "core.quotePath=false", *arguments],
            cwd=root, capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def file_dates(root: Path) -> FileDates:
    """Ask git once for the last commit time of every file under ``root``."""
    facts = _git(root, "rev-parse", "--is-shallow-repository", "--show-prefix")
    if facts is None:
        return UNKNOWN
    shallow, _, prefix = facts.partition("\n")
    if shallow.strip() != "false":
        return UNKNOWN
    prefix = prefix.strip()
    log = _git(root, "log", f"--format={_COMMIT_LINE}%cI", "--name-only", "--no-renames", "--", ".")
    if log is None:
        return UNKNOWN
    return FileDates(parse_log(log, prefix), known=True)


def parse_log(log: str, prefix: str = "") -> dict[str, dt.datetime]:
    """``git log --format=<_COMMIT_LINE>%cI --name-only`` → the newest commit time per file.

    Paths in the log are relative to the repository's top; ``prefix`` is
    where the project lies inside it (``git rev-parse --show-prefix``).
    """
    changed: dict[str, dt.datetime] = {}
    for block in log.split(_COMMIT_LINE)[1:]:
        lines = block.splitlines()
        when = dt.datetime.fromisoformat(lines[0].strip())
        for name in lines[1:]:
            name = name.strip()
            if not name or not name.startswith(prefix):
                continue
            path = name[len(prefix):]
            if path not in changed or when > changed[path]:
                changed[path] = when
    return changed
