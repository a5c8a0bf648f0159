"""The blank forms as PDF: the built pages, printed by Debian's Chromium.

One layout, not two: each PDF is the form's page (e.g. /mentoraftale/) printed with its
own print stylesheet, exactly as a consultant's browser prints it. Chromium
is driven by Playwright through ``executable_path`` (it never downloads a
browser). The page is served from a throwaway server on 127.0.0.1 – fonts do
not load from file:// – and Chromium is started so that it cannot reach
any other host. A language's forms are printed with one Chromium launch.
"""

from __future__ import annotations

import io
from pathlib import Path

from mentorguiden.browser import CHROMIUM_FLAGS, local_server
from mentorguiden.core.errors import DataError

# The print header names the address the page was opened at; on the PDF that
# must be the published address (or nothing), never the throwaway server.
# mentorguiden.js fills an empty address in again when printing, so the
# element stops being its target.
_SET_PAGE_ADDRESS = """address => document.querySelectorAll('[data-mg-page-address]').forEach(element => {
    element.textContent = address;
    element.removeAttribute('data-mg-page-address');
})"""


def print_pages_to_pdf(site_dir: Path, pages: list[tuple[str, str]], executable: str) -> list[bytes]:
    """Print each ``(page path, published address)`` of ``site_dir`` (e.g. ``en/mentoraftale/``) to an A4 PDF.

    One Chromium (at ``executable``) prints them all, in order.
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with local_server(site_dir) as base_url, sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        except PlaywrightError as error:
            raise DataError(
                f"Chromium ({executable}) kunne ikke starte, så blanketterne kan ikke laves som PDF. "
                "Installer Debians chromium igen med 'sudo apt-get install --reinstall chromium'. "
                f"Fejlen var: {str(error).splitlines()[0]}"
            ) from None
        try:
            context = browser.new_context(service_workers="block")
            page = context.new_page()
            printed = []
            for page_path, page_address in pages:
                page.goto(base_url + page_path, wait_until="load")
                page.evaluate("() => document.fonts.ready.then(() => true)")
                page.evaluate(_SET_PAGE_ADDRESS, page_address)
                printed.append(page.pdf(format="A4", prefer_css_page_size=True))
            return printed
        finally:
            browser.close()


def print_page_to_pdf(site_dir: Path, page_path: str, page_address: str, executable: str) -> bytes:
    """Print one page (see ``print_pages_to_pdf``)."""
    return print_pages_to_pdf(site_dir, [(page_path, page_address)], executable)[0]


def pdf_pages_text(data: bytes) -> list[str]:
    """The text of each page of a PDF, extracted with pypdf."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
