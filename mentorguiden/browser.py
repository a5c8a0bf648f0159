"""Debian's Chromium, started quietly, and a throwaway local web server.

Used by the agreement PDF (printed from the built page), the tests and the
benchmarks (which import nothing from tests/), and a driver for the site's
search box. Chromium is driven by Playwright through ``executable_path``; it
never downloads a browser.
"""

from __future__ import annotations

import functools
import gzip
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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

    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def local_server(site_dir: Path, handler_class: type[SimpleHTTPRequestHandler] = QuietHandler, path: str = "/") -> Iterator[str]:
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


class SubPathHandler(QuietHandler):
    """Serves the site folder below ``sub_path`` only, as a host that publishes it under a sub-path."""

    sub_path = "/"

    def translate_path(self, path: str) -> str:
        request_path = urlsplit(path).path
        if not request_path.startswith(self.sub_path):
            return str(Path(self.directory) / "__outside_sub_path__")
        return super().translate_path("/" + request_path[len(self.sub_path) :])


class CompressingSubPathHandler(SubPathHandler):
    """``SubPathHandler`` that gzips text files for a client that accepts it, as a web host does (benchmarks)."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.is_file() and path.suffix in self.COMPRESSED) or not urlsplit(self.path).path.endswith(
            ("/", *self.COMPRESSED)
        ):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve_under_sub_path(site_dir: Path, sub_path: str, *, compress: bool = False) -> AbstractContextManager[str]:
    """Serve a built site at ``http://127.0.0.1:<port><sub_path>`` (e.g. ``/mentorguiden/``); yields that address.

    ``compress``: gzip text files, as the published site's host does.
    """
    base = CompressingSubPathHandler if compress else SubPathHandler
    handler = type("Handler", (base,), {"sub_path": sub_path})
    return local_server(site_dir, handler, sub_path)


# --- The site's search box, typed into as a visitor does (benchmarks/search.py) -------------

SEARCH_INPUT = "input.md-search__input"
SEARCH_RESULT_LINKS = ".md-search-result__item > a"
_SETTLED_MS = 200
"""Quiet time after the last render, typing key by key: an answer to an earlier key may still come."""
SETTLED_ONE_SEARCH_MS = 80
"""The same for one search: its one answer has been rendered once the list has changed after the key."""
_TIMEOUT_MS = 10_000
_WATCH = """() => {
  if (window.__searchWatch) return;
  const watch = window.__searchWatch = {key: 0, change: 0};
  document.querySelector('%s').addEventListener('keydown', () => { watch.key = performance.now(); });
  new MutationObserver(() => { watch.change = performance.now(); })
    .observe(document.querySelector('.md-search-result'), {childList: true, subtree: true, characterData: true});
}""".replace("%s", SEARCH_INPUT)


_SEARCH_READY = "() => !window.mentorguidenSearch || window.mentorguidenSearch.ready"
"""Search loads on first use (overrides/assets/javascripts/search-on-demand.js); ready: the worker has its index."""


def open_search(page: Any, *, wait_for_index: bool = True) -> None:
    """Click the search box of a Playwright page (it opens the search dialog and starts search) and watch the results.

    ``wait_for_index``: return once the worker has loaded the index, so a
    query typed next is answered from it; without, the first query's time
    includes loading the index.
    """
    page.locator(SEARCH_INPUT).click()
    page.evaluate(_WATCH)
    if wait_for_index:
        page.wait_for_function(_SEARCH_READY, timeout=_TIMEOUT_MS)


def search(page: Any, query: str, *, key_by_key: bool = True) -> tuple[list[str], float]:
    """Type ``query`` into the cleared search box; the result links, and ms from the last key to rendered.

    ``key_by_key``: as a visitor types, one search per key. Otherwise the
    whole query is put in the box and one key (End) asks Material for one
    search: the same results, for tests that only read them.
    The results count as rendered when the list has not changed for a while.
    """
    box = page.locator(SEARCH_INPUT)
    # No wait after clearing: the list only counts as settled once it has been
    # quiet for a while after the last key, and clearing comes before the first.
    box.fill("")
    if key_by_key:
        box.type(query)
        wait_until_settled(page, _SETTLED_MS)
    else:
        box.fill(query)
        box.press("End")
        wait_until_settled(page, SETTLED_ONE_SEARCH_MS)
    links: list[str] = page.eval_on_selector_all(SEARCH_RESULT_LINKS, "links => links.map(link => link.href)")
    elapsed: float = page.evaluate("() => Math.max(0, window.__searchWatch.change - window.__searchWatch.key)")
    return links, elapsed


def wait_until_settled(page: Any, settled_ms: int) -> None:
    """Until the result list has changed since the last key and then been quiet for a while.

    Material renders the list anew for every answer from its worker, so the
    list changes after the last key once the answer to the whole query is in.
    """
    page.wait_for_function(
        """settled => {
          const watch = window.__searchWatch;
          return watch.change > watch.key && performance.now() - watch.change > settled;
        }""",
        arg=settled_ms,
        timeout=_TIMEOUT_MS,
        polling=50,
    )
