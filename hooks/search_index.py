"""Search that understands Danish: one index per language, and a worker that stems the query.

Material's search keeps one index for both languages (mkdocs-static-i18n
merges them) and has no Danish stemmer. This hook:

* reads and checks ``data/soegning.yml`` once per build (synonyms, word parts);
* once every language is built, writes each language's own index, with stemmer,
  compound parts, synonyms and spellings without æ/ø/å
  (``mentorguiden/search_index.py``): Danish to ``search/search_index.json``
  (replacing the merged index), English to ``en/search/search_index.json``;
* points every page at its language's index and at the wrapper worker in
  ``overrides/assets/javascripts/workers/`` (``mentorguiden/search_page.py``).

The outer (Danish) build's ``on_post_build`` runs after mkdocs-static-i18n's,
which runs the English build and writes the merged index; the indexes written
here replace it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from mentorguiden.errors import DataError
from mentorguiden.mkdocs_glue import (AFTER_I18N, all_search_entries, build_error, is_inner_language_build,
                                      page_language, project_root, relative_url, site_languages)
from mentorguiden.search_index import (build_language_index, entries_for_language, load_search_settings,
                                       summaries_for_language)
from mentorguiden.search_page import SearchConfigError, rewrite_search_config

SETTINGS_KEY = "search_settings"
SUMMARIES_KEY = "search_page_summaries"
"""``config.extra`` key: every built page's menu title (if not its heading) and description, by URL
(``en/...`` for English), kept across the language builds of one build."""


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # mkdocs-static-i18n runs on_config again for each further language.
    if SETTINGS_KEY not in config.extra:
        config.extra[SUMMARIES_KEY] = {}
        try:
            config.extra[SETTINGS_KEY] = load_search_settings(project_root(config))
        except DataError as error:
            raise build_error(error) from None
    return config


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    menu_title = str(page.title or "")
    if menu_title == str(page.meta.get("title") or ""):
        menu_title = ""
    config.extra[SUMMARIES_KEY][page.url] = (menu_title, str(page.meta.get("description") or ""))
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    languages = site_languages(config)
    language = page_language(page, config)
    root = None
    if language != languages.default:
        root = relative_url(page, languages.path_prefix(language)).rstrip("/") + "/"
    try:
        return rewrite_search_config(output, root)
    except SearchConfigError as error:
        raise PluginError(f"Søgningen på {page.file.src_uri} kunne ikke sættes op: {error}.") from None


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name != "404.html":
        return output
    try:
        return rewrite_search_config(output)
    except SearchConfigError as error:
        raise PluginError(f"Søgningen på 404-siden kunne ikke sættes op: {error}.") from None


@event_priority(AFTER_I18N)
def on_post_build(config: MkDocsConfig) -> None:
    if is_inner_language_build(config):
        return  # the outer (Danish) build writes every language's index once all are built
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    if plugin is None or getattr(plugin, "search_index", None) is None:
        raise PluginError("Søgningen kunne ikke bygges: søge-pluginnet mangler i mkdocs.yml.")
    languages = site_languages(config)
    entries = all_search_entries(config)
    for language in languages.built:
        language_entries = entries_for_language(entries, language, languages.default, languages.built)
        summaries = summaries_for_language(config.extra[SUMMARIES_KEY], language, languages.default, languages.built)
        try:
            index = build_language_index(language_entries, language,
                                         config.extra[SETTINGS_KEY].for_language(language),
                                         _plugin_index_config(plugin), summaries)
        except DataError as error:
            raise build_error(error) from None
        target = Path(config.site_dir) / languages.path_prefix(language) / "search" / "search_index.json"
        _write_atomically(target, json.dumps(index, ensure_ascii=False, separators=(",", ":")))


def _plugin_index_config(plugin) -> dict:
    """The search plugin's separator and field boosts, as it writes them into its own index."""
    settings = plugin.search_index.config
    return {key: settings[key] for key in ("separator", "fields") if key in settings}


def _write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".search_index.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise PluginError(f"Søgeindekset {target} kunne ikke skrives: {error}") from None
