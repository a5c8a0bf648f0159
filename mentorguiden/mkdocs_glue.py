"""The one module that knows MkDocs and mkdocs-static-i18n internals.

mkdocs-static-i18n 1.3.1 builds the whole site once per language, running
every hook each time. A generated page must therefore be added once per
language build, at that language's own path (``kontakt/`` for Danish,
``en/kontakt/`` for English), and carry the attributes the plugin gives its
own files, so that the language switcher and the sitemap find its
translations. The plugin crashes on in-memory files it sees in its own
``on_files`` (``abs_src_path`` is None), so hooks that add generated pages run
after it: decorate their ``on_files`` with ``event_priority(AFTER_I18N)``.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from .errors import DataError
from .pages import GeneratedPage, PageLink

AFTER_I18N = -110
"""Event priority for hooks that must see the files after mkdocs-static-i18n (-100)."""


@dataclass(frozen=True)
class Languages:
    current: str
    default: str
    built: tuple[str, ...]

    def path_prefix(self, language: str) -> str:
        """``""`` for the default language, ``"en/"`` for English."""
        return "" if language == self.default else f"{language}/"


def site_languages(config: MkDocsConfig) -> Languages:
    """The languages being built and the one being built right now."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        language = config.theme["language"]
        return Languages(current=language, default=language, built=(language,))
    languages = plugin.config.languages
    default = next(lang.locale for lang in languages if lang.default)
    return Languages(
        current=plugin.current_language or default,
        default=default,
        built=tuple(lang.locale for lang in languages if lang.build),
    )


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def build_error(error: DataError) -> PluginError:
    """Turn an editor's mistake into a failed build: MkDocs prints the message, no traceback."""
    return PluginError(f"Bygningen stoppede. Ret dette, og byg igen:\n{error}")


def add_generated_page(files: Files, config: MkDocsConfig, page: GeneratedPage) -> File:
    """Add the current language's version of ``page`` to ``files`` and link its translations."""
    languages = site_languages(config)
    missing = [lang for lang in languages.built if lang not in page.markdown_by_language]
    if missing:
        raise PluginError(f"{page.src_uri}: ingen tekst på sproget {', '.join(missing)}.")
    existing = files.get_file_from_path(page.src_uri)
    if existing is not None and existing.generated_by is None:
        raise PluginError(
            f"docs/{existing.src_uri} findes, men den side laves automatisk ud fra "
            f"{page.source_file}. Slet docs/{existing.src_uri}, og ret i {page.source_file} i stedet."
        )

    versions = {
        language: _language_file(config, page, language, languages)
        for language in languages.built
    }
    for file in versions.values():
        file.alternates = versions
    current = versions[languages.current]
    files.append(current)
    _add_to_sitemap(config, languages.current, current)
    return current


def _language_file(config: MkDocsConfig, page: GeneratedPage, language: str, languages: Languages) -> File:
    # Only the language being built is rendered here; the others are its
    # translations' addresses (their own build renders them), so a generator
    # may make its texts lazily, on first use.
    content = page.markdown_by_language[language] if language == languages.current else ""
    file = File.generated(config, page.src_uri, content=content)
    file.dest_uri = languages.path_prefix(language) + file.dest_uri
    # The attributes mkdocs-static-i18n sets on the files it manages.
    file.locale = language
    file.locale_alternate_of = language
    file.localization = language
    file.norm_src_uri = page.src_uri
    file.source_file = page.source_file
    return file


def _add_to_sitemap(config: MkDocsConfig, language: str, file: File) -> None:
    plugin = config.plugins.get("i18n")
    if plugin is not None and language in plugin.i18n_files_per_language:
        plugin.i18n_files_per_language[language].append(file)


def point_edit_link_to_source(page: Page, config: MkDocsConfig) -> None:
    """Generated pages have no Markdown file: "edit this page" opens their data file instead.

    ``edit_uri`` points at ``docs/`` in the repository; the data file is
    reached relative to it.
    """
    source_file = getattr(page.file, "source_file", None)
    if source_file and config.edit_uri:
        page.edit_url = urljoin(config.edit_uri, posixpath.join("..", source_file))


def point_language_switcher_at(config: MkDocsConfig, translations: dict[str, File]) -> None:
    """Link each language in the switcher to ``translations``, or else to that language's front page.

    Links are relative to the site root, so they survive a sub-path. The
    switcher's entries are what templates read as ``config.extra.alternate``:
    mkdocs-static-i18n sometimes assigns them as an attribute of
    ``config.extra`` rather than as its dict item, and Jinja prefers the
    attribute, so that is the list to update when it exists.
    """
    languages = site_languages(config)
    entries = getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])
    for entry in entries:
        translation = translations.get(entry["lang"])
        entry["link"] = translation.url if translation else languages.path_prefix(entry["lang"]) or "./"


def page_source_name(page: Page) -> str:
    """How an editor finds the page's source: ``docs/om-siden.md``, or the data file it comes from."""
    source_file = getattr(page.file, "source_file", None)
    if source_file:
        return f"{page.file.src_uri} (laves ud fra {source_file})"
    return f"docs/{page.file.src_uri}"


def is_generated(page: Page) -> bool:
    """True for pages made from a data file (contact page, checklists, …), not from docs/."""
    return bool(getattr(page.file, "source_file", None))


def page_language(page: Page, config: MkDocsConfig) -> str:
    return getattr(page.file, "locale", None) or site_languages(config).current


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
    from mkdocs.structure.toc import AnchorLink

    entry = AnchorLink(title, anchor_id, 2)
    items = page.toc.items
    if len(items) == 1 and items[0].level == 1:
        items[0].children.append(entry)
    else:
        items.append(entry)


def relative_url(page: Page, target_url: str) -> str:
    """A link from ``page`` to the site-relative ``target_url`` (e.g. ``en/viden/ordliste/``)."""
    from mkdocs.utils import get_relative_url

    return get_relative_url(target_url, page.url)


def documentation_pages(files: Files) -> dict[str, File]:
    """The current language's Markdown pages by their path under docs/ without language suffix."""
    return {getattr(file, "norm_src_uri", file.src_uri): file for file in files.documentation_pages()}


def page_src_uri(page: Page) -> str:
    """The page's path under docs/ without language suffix, e.g. ``virksomheder/kompensation.md``."""
    return getattr(page.file, "norm_src_uri", page.file.src_uri)


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
    for position, entry in enumerate(config.nav or []):
        if not isinstance(entry, dict) or len(entry) != 1:
            continue
        (title, value), = entry.items()
        if value == index_src_uri:
            config.nav[position] = {title: [index_src_uri, *src_uris]}
            return True
        if isinstance(value, list) and _nav_contains(value, index_src_uri):
            value.extend(uri for uri in src_uris if not _nav_contains(value, uri))
            return True
    return False


def _nav_contains(entries: list, src_uri: str) -> bool:
    """Whether a nav list holds ``src_uri``, written bare or as ``Title: src_uri``."""
    return any(entry == src_uri or (isinstance(entry, dict) and src_uri in entry.values()) for entry in entries)


def guidance_page_links(config: MkDocsConfig, files: Files):
    """``links(from_src_uri)(to_src_uri)`` → a ``PageLink`` between two pages of this language build.

    Pages are given by their path under docs/ without language suffix; the
    title is the target page's own, in the language being built. An unknown
    target is a ``DataError``.
    """
    pages = documentation_pages(files)
    titles: dict[str, str] = {}

    def links_from(from_src_uri: str):
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


# --- Git history, per build ------------------------------------------------------

_FILE_DATES = "mentorguiden_file_dates"


def file_dates(config: MkDocsConfig):
    """Git's last commit time per project file, asked once per build (mentorguiden.git_dates)."""
    from .git_dates import file_dates as ask_git

    # mkdocs-static-i18n builds each language with the same config; `mkdocs
    # serve` loads a new config for every rebuild, so edits show up.
    if _FILE_DATES not in config.extra:
        config.extra[_FILE_DATES] = ask_git(project_root(config))
    return config.extra[_FILE_DATES]


def page_source_path(page: Page, config: MkDocsConfig) -> str:
    """The file an editor changes to change ``page``, relative to the project root.

    ``docs/viden/effekt.en.md`` for a Markdown page (the Danish file for an
    English page that falls back to Danish), the data file for a generated page.
    """
    source_file = getattr(page.file, "source_file", None)
    if source_file:
        return source_file
    docs = Path(config.docs_dir).resolve().relative_to(project_root(config)).as_posix()
    return posixpath.join(docs, page.file.src_uri)


def is_untranslated_fallback(page: Page, config: MkDocsConfig) -> bool:
    """True for a page in a non-default language build that shows the default language's Markdown page."""
    languages = site_languages(config)
    locale = getattr(page.file, "locale", None)
    return (not is_generated(page) and languages.current != languages.default
            and locale is not None and locale != languages.current)


def translation_url(page: Page, language: str) -> str | None:
    """The link from ``page`` to its version in ``language``, if that exists."""
    alternate = getattr(page.file, "alternates", {}).get(language)
    if alternate is None:
        return None
    return get_relative_url(alternate.url, page.url) or "./"


def is_inner_language_build(config: MkDocsConfig) -> bool:
    """True while mkdocs-static-i18n builds a further language inside the default language's build."""
    plugin = config.plugins.get("i18n")
    return bool(plugin is not None and plugin.building)


def all_search_entries(config: MkDocsConfig) -> list[dict]:
    """Every language's search entries (``location`` with its language prefix), once all are built.

    mkdocs-static-i18n collects each language build's entries; its merged
    index drops English entries that read exactly like a Danish one, so its
    own collection is used, with repeated locations dropped.
    """
    plugin = config.plugins.get("i18n")
    search = config.plugins.get("material/search") or config.plugins.get("search")
    entries = list(getattr(plugin, "search_entries", None) or search.search_index.entries)
    seen: set[str] = set()
    unique = []
    for entry in entries:
        if entry["location"] not in seen:
            seen.add(entry["location"])
            unique.append(entry)
    return unique
