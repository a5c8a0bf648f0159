"""The blank agreement as PDF: the built page, printed by Debian's Chromium.

One layout, not two: the PDF is the page at /mentoraftale/ printed with its
own print stylesheet, exactly as a consultant's browser prints it. Chromium
is driven by Playwright through ``executable_path`` (it never downloads a
browser). The page is served from a throwaway server on 127.0.0.1 – fonts do
not load from file:// – and Chromium is started so that it cannot reach
any other host.
"""

from __future__ import annotations

import functools
import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import DataError

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
# The print header names the address the page was opened at; on the PDF that
# must be the published address (or nothing), never the throwaway server.
# mentorguiden.js fills an empty address in again when printing, so the
# element stops being its target.
_SET_PAGE_ADDRESS = """address => document.querySelectorAll('[data-mg-page-address]').forEach(element => {
    element.textContent = address;
    element.removeAttribute('data-mg-page-address');
})"""


def chromium_path() -> str:
    """Debian's Chromium, or ``CHROMIUM_PATH``; a clear Danish error when it is missing."""
    path = os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM
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


def print_page_to_pdf(site_dir: Path, page_path: str, page_address: str = "") -> bytes:
    """Print ``site_dir/page_path`` (e.g. ``en/mentoraftale/``) to an A4 PDF as a browser would."""
    executable = chromium_path()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with local_server(site_dir) as base_url, sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        except PlaywrightError as error:
            raise DataError(
                f"Chromium ({executable}) kunne ikke starte, så mentoraftalen kan ikke laves som PDF. "
                "Installer Debians chromium igen med 'sudo apt-get install --reinstall chromium'. "
                f"Fejlen var: {str(error).splitlines()[0]}"
            ) from None
        try:
            context = browser.new_context(service_workers="block")
            page = context.new_page()
            page.goto(base_url + page_path, wait_until="load")
            page.evaluate("() => document.fonts.ready.then(() => true)")
            page.evaluate(_SET_PAGE_ADDRESS, page_address)
            return page.pdf(format="A4", prefer_css_page_size=True)
        finally:
            browser.close()


def pdf_pages_text(data: bytes) -> list[str]:
    """The text of each page of a PDF, extracted with pypdf."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
