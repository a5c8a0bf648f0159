"""When each file in the project was last changed, according to git.

"Senest opdateret" on every page and the translation status (is the English
page older than the Danish one?) both come from the commit history. Git is
asked once per build, in one ``git log`` pass over the whole history, and the
answer is kept for the rest of the build.

The site must still build where there is no history to ask: in a copy of the
project that is not a git repository, on a machine without git, or in a
shallow clone (GitHub Actions checks out one commit by default, so every file
would seem changed on the day of that commit). In all those cases the answer
is "unknown": no dates are shown, and nothing fails, but ``FileDates.reason``
says why, and the build log shows it (hooks/site_setup.py): as information
for the three expected cases, as a warning when git itself fails (for
example "dubious ownership" without ``safe.directory`` in CI), which a
strict build turns into an error.
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
    reason: str | None = None
    """Why the dates are unknown, in Danish, for the build log; None when they are known."""
    unexpected: bool = False
    """True when git failed in a way a correctly set-up checkout never does (not merely no history)."""

    def last_changed(self, path: str) -> dt.datetime | None:
        """The commit time of the last commit that changed ``path`` (e.g. ``docs/index.md``), if known."""
        return self.changed.get(path) if self.known else None


UNKNOWN = FileDates()


NO_DATES = "Ingen datoer fra git ('Senest opdateret', forældede oversættelser)"
"""How every log line about missing dates begins (``mentorguiden.tools.build`` shows it after a build)."""


class _GitFailed(Exception):
    def __init__(self, reason: str, unexpected: bool = True):
        super().__init__(reason)
        self.reason, self.unexpected = reason, unexpected


def _git(root: Path, *arguments: str) -> str:
    try:
        result = subprocess.run(
            ["git", "-c", "core.quotePath=false", *arguments],
            cwd=root,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )
    except FileNotFoundError:
        raise _GitFailed("git er ikke installeret", unexpected=False) from None
    except (OSError, subprocess.SubprocessError) as error:
        raise _GitFailed(f"git kunne ikke køre ({error})") from None
    if result.returncode == 0:
        return result.stdout
    message = " ".join(result.stderr.split()) or f"afsluttede med status {result.returncode}"
    if "not a git repository" in message:
        raise _GitFailed("mappen er ikke et git-repository", unexpected=False)
    if "dubious ownership" in message:
        raise _GitFailed(
            "git nægter at læse repositoryet, fordi det ejes af en anden bruger. Tilføj det med "
            f"'git config --global --add safe.directory {root}'. Git sagde: {message}"
        )
    raise _GitFailed(f"'git {arguments[0]}' fejlede: {message}")


def _unknown(reason: str, unexpected: bool) -> FileDates:
    return FileDates(known=False, reason=f"{NO_DATES}: {reason}.", unexpected=unexpected)


def file_dates(root: Path) -> FileDates:
    """Ask git once for the last commit time of every file under ``root``."""
    try:
        facts = _git(root, "rev-parse", "--is-shallow-repository", "--show-prefix")
        shallow, _, prefix = facts.partition("\n")
        if shallow.strip() != "false":
            return _unknown(
                "kopien er en 'shallow clone' uden historik (hent hele historikken, fx med fetch-depth: 0 i GitHub Actions)",
                unexpected=False,
            )
        log = _git(root, "log", f"--format={_COMMIT_LINE}%cI", "--name-only", "--no-renames", "--", ".")
    except _GitFailed as failure:
        return _unknown(failure.reason, failure.unexpected)
    return FileDates(parse_log(log, prefix.strip()), known=True)


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
            path = name[len(prefix) :]
            if path not in changed or when > changed[path]:
                changed[path] = when
    return changed
