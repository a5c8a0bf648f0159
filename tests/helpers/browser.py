"""Headless Chromium for the tests: serving a built site under the published sub-path, pages, axe-core.

Every page is opened in its own browser context through ``open_page``, a
context manager that closes the context whatever the test does.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, Locator, Page, Request, Response
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from mentorguiden.browser import QUIET_CHROMIUM_FLAGS, QuietHandler, local_server
from mentorguiden.browser import chromium_path as agreement_chromium_path
from mentorguiden.core.errors import DataError

from .builds import SUB_PATH

# The agreement PDF's flags minus its network block: the tests must see any
# request to another host in order to fail on it.
CHROMIUM_FLAGS = QUIET_CHROMIUM_FLAGS
AXE_SCRIPT = Path(axe_playwright_python.__file__).with_name("axe.min.js")
# WCAG 2.1 AA is the law (EN 301 549); 2.2 and best practice cost nothing extra here.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


def chromium_path() -> str:
    try:
        return agreement_chromium_path()
    except DataError as error:
        pytest.fail(f"{error} Run the tests with `make test`, which installs it.")


class _SubPathHandler(QuietHandler):
    """Serve the site folder at SUB_PATH and nothing else."""

    def translate_path(self, path: str) -> str:
        request_path = urlsplit(path).path
        if not request_path.startswith(SUB_PATH):
            return str(Path(self.directory) / "__outside_sub_path__")
        return super().translate_path("/" + request_path[len(SUB_PATH) :])


def serve_site(site: Path):
    """Serve a built site at http://127.0.0.1:<port>/mentorguiden/; yields that address."""
    return local_server(site, _SubPathHandler, SUB_PATH)


@dataclass
class Watched:
    """What the page asked for while it was open."""

    requests: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


class Visits:
    """One page in one browser context, led from address to address, with what each visit asked for.

    A new page costs Chromium a renderer process (about 1.2 s of CPU here); a
    navigation in the same page about 0.3 s. Tests that look at many pages
    therefore visit them one after another in the same page. Each visit
    starts on screen (not print) at the context's own width, with the
    pointer in the corner, no cookies, and watches anew.
    """

    def __init__(self, page: Page, viewport: dict) -> None:
        self.page = page
        self.viewport = viewport
        self.watched = Watched()
        # The requests of this visit: leaving a page aborts what it still
        # loads, and that failure belongs to the page left, which is done.
        self._requests: set[Request] = set()
        self._in_flight: set[Request] = set()
        page.context.add_init_script(_NOTE_SEARCH_START)
        page.on("request", self._on_request)
        page.on("requestfinished", self._on_finished)
        page.on("requestfailed", self._on_failed)
        page.on("response", self._on_response)

    def visit(self, url: str, wait_until: str = "ready") -> Watched:
        """Load ``url``; ``wait_until`` is Playwright's (``"load"``, ``"networkidle"``) or ``"ready"`` (the default).

        ``"ready"``: the page has loaded, Material's search has its index
        (the worker answered) if search has started (it loads on first use),
        and no request is still under way. That is
        what ``"networkidle"`` waits for too, without its 500 ms of silence.
        """
        self.page.context.clear_cookies()
        self.page.emulate_media(media="null")  # the screen, after a test that printed
        self.page.mouse.move(0, 0)  # not resting over whatever the last page had there
        if self.page.viewport_size != self.viewport:
            self.page.set_viewport_size(self.viewport)
        self.watched, self._requests = Watched(), set()
        self.page.goto(url, wait_until="load" if wait_until == "ready" else wait_until)
        if wait_until == "ready":
            self._wait_until_ready()
        return self.watched

    def _wait_until_ready(self) -> None:
        # A search that never gets ready (a failed worker) is the test's to report: it sees the failures.
        with contextlib.suppress(PlaywrightTimeoutError):
            self.page.wait_for_function(_SEARCH_IS_READY, timeout=READY_TIMEOUT_MS)
        waited = 0
        while self._in_flight & self._requests and waited < READY_TIMEOUT_MS:
            self.page.wait_for_timeout(10)
            waited += 10

    def _on_request(self, request: Request) -> None:
        self._requests.add(request)
        self._in_flight.add(request)
        self.watched.requests.append(request.url)

    def _on_finished(self, request: Request) -> None:
        self._in_flight.discard(request)

    def _on_failed(self, request: Request) -> None:
        self._in_flight.discard(request)
        if request in self._requests:
            self.watched.failures.append(f"{request.url} ({request.failure})")

    def _on_response(self, response: Response) -> None:
        if response.status >= 400 and response.request in self._requests:
            self.watched.failures.append(f"{response.url} (HTTP {response.status})")


READY_TIMEOUT_MS = 10_000
# Material writes "Start søgning" / "Initializing search" into the search's
# result line and replaces it once its worker has loaded the index and
# answered the empty query. The text as served is noted before any script
# of the page runs; no note means JavaScript is off, and nothing will load.
_NOTE_SEARCH_START = """document.addEventListener('DOMContentLoaded', () => {
  const meta = document.querySelector('.md-search-result__meta');
  window.__mentorguidenSearchStart = meta ? meta.textContent : null;
});"""
_SEARCH_IS_READY = """() => {
  if (!('__mentorguidenSearchStart' in window)) return true;
  // Search loads on first use (search-on-demand.js): before that there is nothing to wait for.
  if (window.mentorguidenSearch && !window.mentorguidenSearch.started) return true;
  const meta = document.querySelector('.md-search-result__meta');
  return !meta || meta.textContent !== window.__mentorguidenSearchStart;
}"""


@contextlib.contextmanager
def page_visits(
    browser: Browser,
    viewport: dict | None = None,
    *,
    init_script: str | None = None,
    with_axe: bool = False,
    clock: datetime.datetime | None = None,
    **context_options,
) -> Iterator[Visits]:
    """A fresh context with one page, closed whatever the test does (see ``Visits``).

    ``clock``: the page's clock stands still at that moment (Playwright's clock API).

    ``with_axe``: axe-core is defined in the page before the page's own
    scripts run (it only defines ``window.axe``), which spares
    ``axe_violations`` injecting it afterwards.
    """
    context = browser.new_context(viewport=viewport or DESKTOP, **context_options)
    try:
        if with_axe:
            context.add_init_script(path=str(AXE_SCRIPT))
        if init_script:
            context.add_init_script(init_script)
        page = context.new_page()
        if clock is not None:
            page.clock.set_fixed_time(clock)
        yield Visits(page, viewport or DESKTOP)
    finally:
        context.close()


@contextlib.contextmanager
def open_page(
    browser: Browser,
    url: str | None = None,
    viewport: dict | None = None,
    *,
    wait_until: str = "ready",
    **options,
) -> Iterator[tuple[Page, Watched]]:
    """A page in a fresh context, watching every request and failure; ``url`` is loaded if given.

    ``wait_until="ready"`` (the default, ``Visits.visit``) also waits for what
    Material fetches after the load event (the search worker and index); a
    test that neither counts requests nor searches can pass ``"load"`` and
    save the wait.
    ``options`` are ``page_visits``'s.
    """
    with page_visits(browser, viewport, **options) as visits:
        watched = visits.visit(url, wait_until) if url is not None else visits.watched
        yield visits.page, watched


# What Playwright's click makes sure of before it clicks, worked out in one round
# trip: the element is visible, enabled and not covered at the point clicked
# (the centre of its first box, scrolled into view as Playwright does).
_CLICK_POINT = """element => {
  const box = () => element.getClientRects()[0];
  let rect = box();
  if (!rect || rect.width === 0 || rect.height === 0 || getComputedStyle(element).visibility !== 'visible') return 'is not visible';
  if (element.matches(':disabled') || element.closest('[aria-disabled=true]')) return 'is disabled';
  if (rect.top < 0 || rect.left < 0 || rect.bottom > innerHeight || rect.right > innerWidth) {
    element.scrollIntoView({block: 'end', inline: 'end', behavior: 'instant'});
    rect = box();
  }
  const x = rect.left + rect.width / 2, y = rect.top + rect.height / 2;
  const hit = document.elementFromPoint(x, y);
  if (!hit || !element.contains(hit)) return `is covered by ${hit ? hit.outerHTML.slice(0, 120) : 'nothing (outside the window)'}`;
  return [x, y];
}"""


def click(locator: Locator) -> None:
    """Click ``locator`` with the mouse, as ``locator.click()`` does, without waiting for it to stand still.

    Playwright's click waits for the element to keep its box for two
    animation frames (about 35 ms) before every click; on the decision aids'
    pages nothing moves, and a walk clicks some 400 times. The other checks
    of its click are made here too (``_CLICK_POINT``), and the click is the
    same mouse move, press and release at the same point.
    """
    point = locator.evaluate(_CLICK_POINT)
    if isinstance(point, str):
        raise AssertionError(f"{locator} {point}")
    locator.page.mouse.click(*point)


_AXE_RUN = """tags => typeof window.axe === 'undefined' ? null
  : axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}).then(result => result.violations)"""


def axe_violations(page: Page) -> list[str]:
    """axe-core's violations on the page as it is now, one line each."""
    # Only the violations are worked out in full and sent back (resultTypes): the
    # passes of every rule on every node would double the time and add nothing.
    # axe is injected only where the page does not have it yet (page_visits(with_axe=True) defines it).
    violations = page.evaluate(_AXE_RUN, AXE_TAGS)
    if violations is None:
        page.add_script_tag(path=str(AXE_SCRIPT))
        violations = page.evaluate(_AXE_RUN, AXE_TAGS)
        assert violations is not None, "axe-core did not load into the page"
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in violations
    ]


def axe_violations_on_both_screens(page: Page) -> list[str]:
    """axe on the loaded page at desktop width, then at phone width: one load serves both screens.

    Material's layout follows the width through CSS media queries and
    ``matchMedia`` listeners, so resizing gives the layout a load on a phone
    would (tests/browser/test_pages_browser.py checks that on two pages).
    The page is left at phone width.
    """
    _resize(page, DESKTOP)
    desktop = axe_violations(page)
    _resize(page, PHONE)
    phone = axe_violations(page)
    return [f"desktop: {violation}" for violation in desktop] + [f"phone: {violation}" for violation in phone]


# Transitions the new width starts (Material's drawer, navigation and header)
# jump to their end: axe must see the layout, not a frame of its animation.
_FINISH_TRANSITIONS = """() => {
  const finish = () => {
    document.documentElement.getBoundingClientRect();  // style and layout now, so the transitions exist
    for (const animation of document.getAnimations()) {
      if (animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity) animation.finish();
    }
  };
  const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
  // The width's media query listeners run before the next frame; what they change starts its own transitions.
  return frame().then(finish).then(frame).then(finish).then(frame);
}"""


def _resize(page: Page, viewport: dict) -> None:
    if page.viewport_size == viewport:
        return
    page.set_viewport_size(viewport)
    page.evaluate(_FINISH_TRANSITIONS)


def problems_of_the_loaded_page(page: Page, watched: Watched, base_url: str) -> list[str]:
    """What every page of the site must pass, checked on the page just loaded (with ``wait_until="load"``).

    axe at desktop and phone width (``axe_violations_on_both_screens``),
    then, once the network is quiet (Material fetches its search worker and
    index after "load", while axe runs): no request to another host, none
    failed, no cookie, and at least the page's own stylesheet and scripts.
    """
    violations = axe_violations_on_both_screens(page)
    page.wait_for_load_state("networkidle")
    problems = []
    if foreign := foreign_requests(watched.requests, base_url):
        problems.append(f"requests to other hosts: {foreign}")
    if watched.failures:
        problems.append(f"failed requests: {watched.failures}")
    if (cookies := page.context.cookies()) or (cookies := page.evaluate("document.cookie")):
        problems.append(f"cookies: {cookies}")
    if len(watched.requests) <= 1:
        problems.append("the page should at least load its stylesheet and scripts")
    return problems + violations


def foreign_requests(requests: list[str], base_url: str) -> list[str]:
    own_origin = urlsplit(base_url).netloc
    return [url for url in requests if urlsplit(url).netloc not in (own_origin, "")]
