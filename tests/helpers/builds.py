"""Building the site in tests: in-process builds of project copies, and the shared full builds.

Most builds run in this process, as mkdocs-static-i18n's own tests do:
``mkdocs.config.load_config`` and ``mkdocs.commands.build.build``, with the
startup and shutdown events ``mkdocs build`` sends. MkDocs' log (the Danish
messages of a failed build included) is captured into ``BuildResult.output``
in the form ``mkdocs build`` prints it (``ERROR    -  ...``). A build that
does not inspect the agreement PDF skips printing it (MENTORGUIDEN_SKIP_PDF).

The full sites every site test reads (``site``, ``second_site``) print the
PDF with Chromium, so they are built by ``mkdocs build`` in a separate
process (Playwright's sync API cannot start inside a test that already has a
browser open); each is built once per test run, even with pytest-xdist, and
started in the background as soon as the tests are collected.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import shutil
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mentorguiden.core.templates import share_compiled_templates

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "hooks", "overrides", "includes")

# The site is tested as it is published: under a sub-path, as on GitHub Pages.
PUBLISHED_URL = "https://mentorguiden.example/mentorguiden/"
SUB_PATH = "/mentorguiden/"
SECOND_PROFILE = "data/profiler/proevested.yml"
"""The second shipped example profile; the default is data/profil.yml."""

SKIP_PDF = {"MENTORGUIDEN_SKIP_PDF": "1"}
BUILD_TIMEOUT = 600


@dataclass(frozen=True)
class BuildResult:
    returncode: int
    output: str
    site: Path


# --- Project copies ------------------------------------------------------------------


def copy_project(destination: Path) -> Path:
    """A copy of everything a build reads, to break on purpose.

    The copy shares the project's compiled templates (.cache/jinja/, mentorguiden/core/templates.py),
    so its build does not compile them again; a template the test edits is compiled for the copy.
    """
    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part)
        else:
            shutil.copy2(source, destination / part)
    share_compiled_templates(destination, ROOT)
    return destination


def copy_files(destination: Path, *relative_paths: Path | str) -> Path:
    """Only these files of the project (e.g. a data file and its schema), at the same paths under ``destination``."""
    for relative in relative_paths:
        (destination / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / relative, destination / relative)
    return destination


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in ``path``; fails if ``old`` is not there (so the test breaks what it means to)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append_to(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    """The 1-based number of the first line of ``path`` that starts with ``text`` (after indentation)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip().startswith(text):
            return number
    raise AssertionError(f"{text!r} not in {path}")


# --- Builds ------------------------------------------------------------------------------


@contextlib.contextmanager
def _build_environment(project: Path, environment: dict[str, str]) -> Iterator[None]:
    """Settings the publishing workflow passes (``MENTORGUIDEN_*``) come only from ``environment``."""
    saved = dict(os.environ)
    previous_directory = Path.cwd()
    for name in [name for name in os.environ if name.startswith("MENTORGUIDEN_")]:
        del os.environ[name]
    os.environ.update({"NO_MKDOCS_2_WARNING": "1", **environment})
    os.chdir(project)
    try:
        yield
    finally:
        os.chdir(previous_directory)
        os.environ.clear()
        os.environ.update(saved)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname:<8}-  {record.getMessage()}")


def _reset_module_state() -> None:
    """Forget what an earlier in-process build left in module-level state (the marker registry)."""
    try:
        markers = importlib.import_module("mentorguiden.core.markers")
    except ImportError:  # the module moved, and with it the registry
        return
    registry = getattr(markers, "registry", None)
    handlers = getattr(registry, "_handlers", None)
    if isinstance(handlers, dict):
        handlers.clear()


def build_site(project: Path, site: Path, *, pdf: bool = False, **environment: str) -> BuildResult:
    """``mkdocs build --strict`` of ``project`` into ``site``, in this process.

    Without ``pdf=True`` the agreement PDF is not printed (its page and Word
    file are still written and checked). An unexpected exception is not
    raised: its traceback is in the output, as ``mkdocs build`` would print it.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    if pdf:
        return mkdocs_build_process(project, site, **environment)
    environment = {**SKIP_PDF, **environment}
    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    returncode = 0
    _reset_module_state()
    try:
        with _build_environment(project, environment):
            try:
                config = load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True)
                config.plugins.on_startup(command="build", dirty=False)
                try:
                    build(config)
                finally:
                    config.plugins.on_shutdown()
            except Abort as abort:
                handler.lines.append(f"Aborted: {abort}")
                returncode = 1
            except SystemExit as exit_:
                returncode = exit_.code if isinstance(exit_.code, int) else 1
            except Exception:  # what `mkdocs build` would show as a traceback
                handler.lines.append(traceback.format_exc())
                returncode = 1
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        _reset_module_state()
    return BuildResult(returncode, "\n".join(handler.lines), site)


def mkdocs_build_process(project: Path, site: Path, **environment: str) -> BuildResult:
    """Run ``mkdocs build --strict`` as a user would, in a separate process (prints the PDF unless told not to)."""
    inherited = {name: value for name, value in os.environ.items() if not name.startswith("MENTORGUIDEN_")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(project / "mkdocs.yml"),
            "--site-dir",
            str(site),
        ],
        cwd=project,
        env={**inherited, "NO_MKDOCS_2_WARNING": "1", **environment},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    return BuildResult(result.returncode, result.stdout + result.stderr, site)


def build_fails(project: Path, *, pdf: bool = False, **environment: str) -> str:
    """Build ``project``; it must fail with MkDocs' own message and no traceback. Returns the output."""
    result = build_site(project, project / "site", pdf=pdf, **environment)
    assert result.returncode != 0, f"The build should have failed:\n{result.output}"
    assert "Traceback" not in result.output, result.output
    return result.output


def build_succeeds(project: Path, **environment: str) -> Path:
    result = build_site(project, project / "site", **environment)
    assert result.returncode == 0, f"The build should have worked:\n{result.output}"
    return result.site


# --- The shared full builds: once per test run, even across pytest-xdist workers ---------

SHARED_BUILDS: dict[str, dict[str, str]] = {
    "site": {"MENTORGUIDEN_SITE_URL": PUBLISHED_URL},
    "second_site": {"MENTORGUIDEN_SITE_URL": PUBLISHED_URL, "MENTORGUIDEN_PROFILE": SECOND_PROFILE},
}


def shared_folder(base_temp: Path) -> Path:
    """The temporary folder all workers of this test run share (pytest-xdist gives each worker a sub-folder)."""
    return base_temp.parent if os.environ.get("PYTEST_XDIST_WORKER") else base_temp


class SharedBuilds:
    """The full strict builds (with the PDF), one after the other in one background process.

    Whichever worker asks first starts them; the others wait for the status
    file each build writes. They run one after the other because they share
    the PDF cache in .cache/mentoraftale/.
    """

    def __init__(self, base_temp: Path):
        self.folder = shared_folder(base_temp)
        self.processes: list[subprocess.Popen] = []

    def site(self, name: str) -> Path:
        return self.folder / name / "site"

    def _status(self, name: str) -> Path:
        return self.folder / f"{name}.status"

    def _log(self, name: str) -> Path:
        return self.folder / f"{name}.log"

    def start(self, names: list[str]) -> None:
        """Start building ``names`` unless another worker already has."""
        names = [name for name in names if self._claim(name)]
        if not names:
            return
        inherited = {name: value for name, value in os.environ.items() if not name.startswith("MENTORGUIDEN_")}
        commands = []
        for name in names:
            self.site(name).parent.mkdir(parents=True, exist_ok=True)
            assignments = " ".join(f"{key}='{value}'" for key, value in SHARED_BUILDS[name].items())
            status = self._status(name)
            commands.append(
                f'env {assignments} "{sys.executable}" -m mkdocs build --strict --config-file "{ROOT / "mkdocs.yml"}" '
                f'--site-dir "{self.site(name)}" > "{self._log(name)}" 2>&1; echo $? > "{status}.tmp"; '
                f'mv "{status}.tmp" "{status}"'
            )
        self.processes.append(
            subprocess.Popen(
                ["/bin/sh", "-c", "; ".join(commands)],
                cwd=ROOT,
                env={**inherited, "NO_MKDOCS_2_WARNING": "1"},
                stdin=subprocess.DEVNULL,
            )
        )

    def _claim(self, name: str) -> bool:
        try:
            os.close(os.open(self.folder / f"{name}.started", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return False
        return True

    def wait(self, name: str) -> Path:
        """The built site; fails the test with MkDocs' output if the build failed."""
        self.start([name])  # only if nobody started the builds (a test asking for a fixture by name)
        status = self._status(name)
        deadline = time.monotonic() + BUILD_TIMEOUT
        while not status.exists():
            if time.monotonic() > deadline:
                raise AssertionError(f"The shared build '{name}' took more than {BUILD_TIMEOUT} s")
            time.sleep(0.2)
        if status.read_text().strip() != "0":
            raise AssertionError(f"Strict build '{name}' failed:\n{self._log(name).read_text(encoding='utf-8')}")
        return self.site(name)

    def finish(self) -> None:
        """Let a build another worker may still wait for run to its end."""
        for process in self.processes:
            process.wait(timeout=BUILD_TIMEOUT)


# --- Breaking a project copy, as a table row --------------------------------------------


@dataclass(frozen=True)
class Edit:
    """One change to a file of a project copy: replace ``old`` by ``new`` (``old=None``: append ``new``)."""

    path: str
    old: str | None
    new: str

    def __call__(self, project: Path) -> None:
        if self.old is None:
            append_to(project / self.path, self.new)
        else:
            replace_in(project / self.path, self.old, self.new)


def apply_edits(project: Path, *edits) -> None:
    """Apply ``Edit``s (or any callables taking the project folder) in order."""
    for edit in edits:
        edit(project)


def expected_lines(project: Path, messages: tuple[str, ...], lines: dict[str, tuple[str, str]]) -> list[str]:
    """``messages`` with ``{name}`` replaced by the line number ``lines[name] = (file, start of line)`` in the copy."""
    numbers = {name: line_of(project / path, start) for name, (path, start) in lines.items()}
    return [message.format(**numbers) for message in messages]
