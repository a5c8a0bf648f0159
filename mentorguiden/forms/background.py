"""Print the forms' PDFs in the background while ``make serve`` shows the new pages.

Printing starts Chromium, which takes a second or two, and ``make serve``
rebuilds on every save. With ``MENTORGUIDEN_PDF_I_BAGGRUNDEN=1`` (set by
``make serve``) a build whose forms changed does not wait for the printer:
each form keeps its newest earlier PDF, a snapshot of the built site is
printed in a thread, checked like any PDF, put in the cache and written over
the earlier one in the site. A mistake found in the new PDF is logged as an
error in the terminal. ``make build`` and the tests never set the variable:
they print and check every PDF before the build ends.

A job started by one rebuild may still run when the next rebuild starts,
and that rebuild must not print the same pages again. The running threads
are the record of that (each is named after what it prints), so no state
outlives a build here; builds start jobs one after another, from serve's
one builder.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from mentorguiden.core.errors import DataError

log = logging.getLogger("mkdocs.mentorguiden.forms")


def newest_cached(cache: Path, language: str, form_id: str) -> Path | None:
    """The most recently printed PDF of a form in a language, whatever it was printed from."""
    printed = sorted(cache.glob(f"{language}-{form_id}-*.pdf"), key=lambda path: path.stat().st_mtime, reverse=True)
    return printed[0] if printed else None


START_AFTER_AT_MOST = 10.0
"""Seconds a job waits for its build to finish (``start_after``) before it prints anyway (a build that failed)."""


def print_in_background(
    job_key: str,
    site_dir: Path,
    job: Callable[[Path], list[tuple[Path, bytes]]],
    start_after: threading.Event | None = None,
) -> threading.Thread | None:
    """Run ``job`` on a snapshot of ``site_dir`` in a thread, then write what it returns (path in the site, bytes).

    ``job_key`` names what is printed (the cache files); a job with the same
    key still running is not started again. With ``start_after`` the thread
    starts Chromium only once that is set (the build has finished, so the
    printer does not slow down the rest of the build), or after
    ``START_AFTER_AT_MOST``. Returns the thread, or None.
    """
    name = f"pdf {job_key}"
    if any(thread.name == name and thread.is_alive() for thread in threading.enumerate()):
        return None
    snapshot = Path(tempfile.mkdtemp(prefix="mentorguiden-pdf-"))
    shutil.copytree(site_dir, snapshot / "site")

    def run() -> None:
        if start_after is not None:
            start_after.wait(timeout=START_AFTER_AT_MOST)
        try:
            for destination, data in job(snapshot / "site"):
                if destination.parent.is_dir():  # the site of a rebuild still being served
                    destination.write_bytes(data)
            log.info("Blanketternes PDF'er er udskrevet igen.")
        except DataError as error:
            log.error(str(error))
        finally:
            shutil.rmtree(snapshot, ignore_errors=True)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread
