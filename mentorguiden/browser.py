"""Debian's Chromium, started quietly, and a throwaway local web server.

Used by the agreement PDF (printed from the built page), the tests and the
benchmarks. Chromium is driven by Playwright through ``executable_path``; it
never downloads a browser.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from mentorguiden.core.errors import DataError

CHROMIUM_PATH_VARIABLE = "CHROMIUM_PATH"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# Headless in a container, with none of Chromium's own calls home. The tests
# start their browser with these too.
QUIET_CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
]
CHROMIUM_FLAGS = [
    *QUIET_CHROMIUM_FLAGS,
    # Nothing but the throwaway server on 127.0.0.1: other host names do not
    # resolve, and everything else goes to a proxy that does not exist
    # (Chromium never sends loopback addresses through a proxy).
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--proxy-server=http://127.0.0.1:9",
]
def chromium_path(path: str | None = None) -> str:
    """``path`` (the site setup passes ``CHROMIUM_PATH``), else Debian's Chromium; a Danish error when missing.

    Without an argument it reads ``CHROMIUM_PATH`` itself, for the tests and benchmarks.
    """
    if path is None:
        path = os.environ.get(CHROMIUM_PATH_VARIABLE)
    path = path or DEFAULT_CHROMIUM
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        raise DataError(
            f"Mentoraftalen som PDF laves med browseren Chromium, men den findes ikke på {path}. "
            "Installer den med 'sudo apt-get install chromium' (Debian/Ubuntu) – 'make build' og "
            "'make serve' gør det selv. Ligger Chromium et andet sted, så sæt miljøvariablen "
            "CHROMIUM_PATH til stien."
        )
    return path


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves a folder and logs nothing."""

    def log_message(self, *args) -> None:
        pass


@contextmanager
def local_server(site_dir: Path, handler_class: type[SimpleHTTPRequestHandler] = QuietHandler,
                 path: str = "/") -> Iterator[str]:
    """Serve ``site_dir`` on 127.0.0.1 for as long as the block runs; yields its address plus ``path``.

    The tests use it too, with a handler that serves the site under a sub-path.
    """
    handler = functools.partial(handler_class, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{path}"
    finally:
        server.shutdown()
        server.server_close()
