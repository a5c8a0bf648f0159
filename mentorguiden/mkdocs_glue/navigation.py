"""Pages, links, the menu and tables of contents, as MkDocs sees them.

Pages are named by their path under docs/ without language suffix
(``virksomheder/kompensation.md``); links between two pages of the same
language build are relative, so they are the same in every language and
under any sub-path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from mentorguiden.core.errors import DataError
from mentorguiden.core.pages import PageLink
from mentorguiden.mkdocs_glue.generated import is_generated
from mentorguiden.mkdocs_glue.i18n import file_language, normalised_src_uri, site_languages

LinkResolver = Callable[[str], PageLink]
PageLinks = Callable[[str], LinkResolver]


def toc_anchor_ids(page: Page) -> set[str]:
    """Every heading id in the page's table of contents."""
    ids: set[str] = set()
    pending = list(page.toc or [])
    while pending:
        item = pending.pop()
        ids.add(item.id)
        pending.extend(item.children)
    return ids


def add_toc_entry(page: Page, title: str, anchor_id: str) -> None:
    """Add a level-2 heading rendered by a template (not in the Markdown) to the page's table of contents.

    With a level-1 page title Material lists the title's children, so the
    entry goes there.
    """
    entry = AnchorLink(title, anchor_id, 2)
    items = page.toc.items
    if len(items) == 1 and items[0].level == 1:
        items[0].children.append(entry)
    else:
        items.append(entry)


def relative_url(page: Page, target_url: str) -> str:
    """A link from ``page`` to the site-relative ``target_url`` (e.g. ``en/viden/ordliste/``)."""
    return get_relative_url(target_url, page.url)


def documentation_pages(files: Files) -> dict[str, File]:
    """The current language's Markdown pages by their path under docs/ without language suffix."""
    return {normalised_src_uri(file): file for file in files.documentation_pages()}


def page_src_uri(page: Page) -> str:
    """The page's path under docs/ without language suffix, e.g. ``virksomheder/kompensation.md``."""
    return normalised_src_uri(page.file)


def relative_page_url(config: MkDocsConfig, from_src_uri: str, to_src_uri: str) -> str:
    """The link from one page to another, both given as paths under docs/.

    Both pages are in the same language, so the language prefix (``en/``)
    cancels out and the link is the same in every language build.
    """

    def url(src_uri: str) -> str:
        return File(src_uri, src_dir=None, dest_dir="", use_directory_urls=config.use_directory_urls).url

    return get_relative_url(url(to_src_uri), url(from_src_uri)) or "./"


def page_title(file: File) -> str | None:
    """The ``title`` in a Markdown page's front matter, read before MkDocs reads the page."""
    _, meta = get_data(file.content_string)
    title = meta.get("title")
    return str(title) if title else None


def add_pages_to_nav_section(config: MkDocsConfig, index_src_uri: str, src_uris: list[str]) -> bool:
    """Put ``src_uris`` in the nav after the top-level entry ``Title: <index_src_uri>``.

    A plain entry becomes a section (index first); a section that already
    holds the index gets the pages appended.

    Pages listed without a title take their own (translated) title. Runs on
    every language build of the same config, so it is idempotent. Returns
    False when the nav has no entry for ``index_src_uri``.
    """
    nav: list[Any] = config.nav or []
    for position, entry in enumerate(nav):
        if not isinstance(entry, dict) or len(entry) != 1:
            continue
        ((title, value),) = entry.items()
        if value == index_src_uri:
            nav[position] = {title: [index_src_uri, *src_uris]}
            return True
        if isinstance(value, list) and _nav_contains(value, index_src_uri):
            value.extend(uri for uri in src_uris if not _nav_contains(value, uri))
            return True
    return False


def _nav_contains(entries: list[Any], src_uri: str) -> bool:
    """Whether a nav list holds ``src_uri``, written bare or as ``Title: src_uri``."""
    return any(entry == src_uri or (isinstance(entry, dict) and src_uri in entry.values()) for entry in entries)


def guidance_page_links(config: MkDocsConfig, files: Files) -> PageLinks:
    """``links(from_src_uri)(to_src_uri)`` → a ``PageLink`` between two pages of this language build.

    Pages are given by their path under docs/ without language suffix; the
    title is the target page's own, in the language being built. An unknown
    target is a ``DataError``.
    """
    pages = documentation_pages(files)
    titles: dict[str, str] = {}

    def links_from(from_src_uri: str) -> LinkResolver:
        made: dict[str, PageLink] = {}

        def link(to_src_uri: str) -> PageLink:
            if to_src_uri not in pages:
                raise DataError(f"linket til '{to_src_uri}' peger på en side, der ikke findes.")
            if to_src_uri not in titles:
                titles[to_src_uri] = page_title(pages[to_src_uri]) or to_src_uri
            if to_src_uri not in made:
                made[to_src_uri] = PageLink(relative_page_url(config, from_src_uri, to_src_uri), titles[to_src_uri])
            return made[to_src_uri]

        return link

    return links_from


def is_untranslated_fallback(page: Page, config: MkDocsConfig) -> bool:
    """True for a page in a non-default language build that shows the default language's Markdown page."""
    languages = site_languages(config)
    locale = file_language(page.file)
    return (
        not is_generated(page) and languages.current != languages.default and locale is not None and locale != languages.current
    )
