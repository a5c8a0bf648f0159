"""Everything the site reads from or writes to mkdocs-static-i18n (1.3.1), and nothing else does.

The plugin builds the whole site once per language, running every hook each
time. It marks each of its files with its language and its translations
(``locale``, ``alternates``, ``norm_src_uri``, …: ``I18N_FILE_ATTRIBUTES``),
keeps the sitemap's files per language, collects every language's search
entries, and fills the language switcher (``config.extra.alternate``). The
contract test checks that these still exist after an upgrade.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from mentorguiden.core.languages import Languages

I18N_PLUGIN = "i18n"
I18N_FILE_ATTRIBUTES = ("locale", "alternates", "locale_alternate_of", "localization", "norm_src_uri")
"""The attributes the plugin gives the files it manages (``mkdocs_static_i18n.folder``)."""
I18N_PLUGIN_ATTRIBUTES = ("current_language", "building", "i18n_files_per_language", "search_entries")


def _plugin(config: MkDocsConfig) -> Any:
    return config.plugins.get(I18N_PLUGIN)


def site_languages(config: MkDocsConfig) -> Languages:
    """The languages being built and the one being built right now."""
    plugin = _plugin(config)
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


def is_inner_language_build(config: MkDocsConfig) -> bool:
    """True while mkdocs-static-i18n builds a further language inside the default language's build."""
    plugin = _plugin(config)
    return bool(plugin is not None and plugin.building)


def file_language(file: File) -> str | None:
    """The language of a file the plugin manages (an English page that falls back to Danish says ``da``)."""
    return getattr(file, "locale", None)


def translations_of(file: File) -> dict[str, File]:
    """The file's versions by language, as the plugin (or ``add_generated_page``) linked them."""
    return dict(getattr(file, "alternates", None) or {})


def normalised_src_uri(file: File) -> str:
    """The path under docs/ without language suffix, e.g. ``virksomheder/kompensation.md``."""
    return getattr(file, "norm_src_uri", None) or file.src_uri


def mark_as_language_file(file: File, language: str, src_uri: str, translations: dict[str, File]) -> None:
    """Give a generated file the attributes the plugin gives its own files."""
    file.locale = language  # type: ignore[attr-defined]
    file.locale_alternate_of = language  # type: ignore[attr-defined]
    file.localization = language  # type: ignore[attr-defined]
    file.norm_src_uri = src_uri  # type: ignore[attr-defined]
    file.alternates = translations  # type: ignore[attr-defined]


def add_to_sitemap(config: MkDocsConfig, language: str, file: File) -> None:
    """Make the plugin's sitemap (overrides/sitemap.xml) list a generated file."""
    plugin = _plugin(config)
    if plugin is not None and language in plugin.i18n_files_per_language:
        plugin.i18n_files_per_language[language].append(file)


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


def point_language_switcher_at_page(config: MkDocsConfig, page: Page) -> None:
    point_language_switcher_at(config, translations_of(page.file))


def page_language(page: Page, config: MkDocsConfig) -> str:
    return file_language(page.file) or site_languages(config).current


def translation_url(page: Page, language: str) -> str | None:
    """The link from ``page`` to its version in ``language``, if that exists."""
    alternate = translations_of(page.file).get(language)
    if alternate is None:
        return None
    return get_relative_url(alternate.url, page.url) or "./"


def collected_search_entries(config: MkDocsConfig) -> list[dict[str, Any]] | None:
    """Every language build's search entries, as the plugin collected them (None without the plugin)."""
    plugin = _plugin(config)
    entries = getattr(plugin, "search_entries", None)
    return list(entries) if entries else None
