"""Everything the site reads from Material (9.8.1) and MkDocs' own search and theme internals.

The search plugin's index settings and entries, and the theme's static
templates (404.html). Markup that Material renders is rewritten in
``mentorguiden.search.page_config`` (the ``__config`` script), which needs no import.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from mentorguiden.mkdocs_glue.i18n import collected_search_entries
from mentorguiden.mkdocs_glue.project import build_error, stops_on_data_error

SEARCH_PLUGINS = ("material/search", "search")
NOT_FOUND_TEMPLATE = "404.html"


def _search_plugin(config: MkDocsConfig) -> Any:
    for name in SEARCH_PLUGINS:
        plugin = config.plugins.get(name)
        if plugin is not None:
            return plugin
    return None


def search_index_settings(config: MkDocsConfig) -> dict[str, Any]:
    """The search plugin's separator and field boosts, as it writes them into its own index."""
    plugin = _search_plugin(config)
    if plugin is None or getattr(plugin, "search_index", None) is None:
        raise build_error("Søgningen kunne ikke bygges: søge-pluginnet mangler i mkdocs.yml.")
    settings = plugin.search_index.config
    return {key: settings[key] for key in ("separator", "fields") if key in settings}


def all_search_entries(config: MkDocsConfig) -> list[dict[str, Any]]:
    """Every language's search entries (``location`` with its language prefix), once all are built.

    mkdocs-static-i18n collects each language build's entries; its merged
    index drops English entries that read exactly like a Danish one, so its
    own collection is used, with repeated locations dropped.
    """
    entries = collected_search_entries(config)
    if entries is None:
        entries = list(_search_plugin(config).search_index.entries)
    seen: set[str] = set()
    unique = []
    for entry in entries:
        if entry["location"] not in seen:
            seen.add(entry["location"])
            unique.append(entry)
    return unique


def forget_previous_search_index(config: MkDocsConfig) -> None:
    """Make Material's search plugin index only this build's pages (``mkdocs_glue.dirty`` completes it).

    In a dirty build Material keeps the previous build's index
    (``search_index_prev``) and merges it as if one page had been rebuilt.
    """
    plugin = _search_plugin(config)
    if plugin is not None and hasattr(plugin, "search_index_prev"):
        plugin.search_index_prev = None


def render_not_found_page(config: MkDocsConfig, render: bool) -> None:
    """Whether this language build writes 404.html (MkDocs writes it to the top of the site every time)."""
    if render:
        config.theme.static_templates.add(NOT_FOUND_TEMPLATE)
    else:
        config.theme.static_templates.discard(NOT_FOUND_TEMPLATE)


def add_template_global(env: Any, name: str, value: Any) -> None:
    """Make ``value`` available to every theme template (Material's partials included) as ``name``.

    A function's ``DataError`` (an interface text with a placeholder nobody
    fills) stops the build with its message instead of a traceback.
    """
    env.globals[name] = stops_on_data_error(value) if callable(value) else value
