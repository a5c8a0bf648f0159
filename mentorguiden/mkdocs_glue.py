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

from .errors import DataError
from .pages import GeneratedPage

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
    file = File.generated(config, page.src_uri, content=page.markdown_by_language[language])
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
