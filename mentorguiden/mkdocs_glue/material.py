"""Everything the site reads from Material (9.8.1) and MkDocs' own search and theme internals.

The search plugin's index settings and entries, and the theme's static
templates (404.html). Markup that Material renders is rewritten in
``mentorguiden.search.page_config`` (the ``__config`` script), which needs no import.

Material's search plugin splits every page into sections with a subclass of
``html.parser.HTMLParser``, which was the costliest handler of a build after
the forms (benchmarks/PROFILE.md). ``use_tokenised_search_parser`` gives it
an index whose parser follows Material's handlers step for step (so the same
sections, titles and texts) with cheaper bookkeeping, fed by the regex
tokenizer of ``mentorguiden.core.html_tokens``; ``tests/site/test_search_parser.py`` checks
that both give the same sections on every built page, and the upgrade contract
(``MATERIAL_SEARCH_PLUGIN_SHA256``) that Material's plugin is the one this was
written against.
"""

from __future__ import annotations

import html
from typing import Any

from material.plugins.search import plugin as material_search
from mkdocs.config.defaults import MkDocsConfig

from mentorguiden.core.html_tokens import ATTRIBUTE, split_markup
from mentorguiden.mkdocs_glue.i18n import collected_search_entries
from mentorguiden.mkdocs_glue.project import build_error, stops_on_data_error

SEARCH_PLUGINS = ("material/search", "search")
NOT_FOUND_TEMPLATE = "404.html"
MATERIAL_SEARCH_PLUGIN_SHA256 = "cc8a3ac0a8862662d11e87fefcdaa4a42d9ebd70a7943fa921c1c80e2661730b"
"""``material/plugins/search/plugin.py`` of Material 9.8.1, whose ``SearchIndex`` and ``Parser`` the fast
index reuses (tests/unit/test_upgrade_contract.py)."""


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


def _attributes(source: str) -> list[tuple[str, str | None]]:
    """A start tag's attributes as ``html.parser`` gives them: names in lower case, values unquoted and unescaped."""
    attributes = []
    for match in ATTRIBUTE.finditer(source):
        raw = match.group(3)
        if raw is not None and raw[:1] in "\"'":
            raw = raw[1:-1]
        attributes.append((match.group(2).lower(), None if raw is None else html.unescape(raw)))
    return attributes


_HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
_ALWAYS_SKIPPED = ("script", "style", "object")


def _attributes_read(tag: str, source: str) -> list[tuple[str, str | None]]:
    """``_attributes`` when Material's parser reads one of the tag's attributes, else none.

    It reads only a heading's ``id``, a link's ``class`` (``headerlink``), and on
    any element ``data-search-exclude`` or ``class="linenodiv"``
    (``Parser.handle_starttag`` and ``handle_data``); most tags have none of these.
    """
    if not source:
        return []
    if tag in _HEADINGS or tag == "a" or "linenodiv" in source or "&" in source or "data-search-exclude" in source.lower():
        return _attributes(source)
    return []


class TokenisedParser(material_search.Parser):  # type: ignore[misc]
    """Material's section parser (9.8.1), fed by ``core.html_tokens``, with the same sections as a result.

    Material's handlers are kept step for step, with two kinds of bookkeeping
    made cheap: Material's ``Element`` compares by tag only, so "is one of the
    skipped elements open" (``skip.intersection(context)``) and "is the
    section's heading open" (``section.el in context``) depend only on how
    many elements of each tag are open (``_open``) and on the set of skipped
    tags (``_skipped_tags``, what ``skip`` holds); ``_skipped_open`` counts
    the open elements with a skipped tag.
    """

    def __init__(self) -> None:
        super().__init__()
        self._skipped_tags: set[str] = set(_ALWAYS_SKIPPED)
        self._open: dict[str, int] = {}
        self._skipped_open = 0

    def feed(self, data: str) -> None:
        start, end, text = self.handle_starttag, self.handle_endtag, self.handle_data
        for piece in split_markup(data):
            if isinstance(piece, str):
                text(html.unescape(piece))
            elif tag := piece.group("start"):
                tag = tag.lower()
                start(tag, _attributes_read(tag, piece.group("attributes")))
                if piece.group("close"):
                    end(tag)
            elif closed := piece.group("end"):
                end(closed.lower())
            elif raw := piece.group("raw"):
                # A script or style: Material skips its content and looks at none of its attributes.
                start(raw.lower(), [])
                end(raw.lower())

    def close(self) -> None:
        """Everything was handled in ``feed``."""

    def _skipping(self) -> bool:
        return self._skipped_open > 0

    def _in_title(self) -> bool:
        return bool(self._open.get(self.section.el.tag))

    def _new_preface(self, depth: int = 0) -> None:
        self.section = material_search.Section(material_search.Element("hx"), depth)
        self.data.append(self.section)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        element = material_search.Element(tag, attributes)
        if tag in material_search.void:
            return
        self.context.append(element)
        self._open[tag] = self._open.get(tag, 0) + 1
        if tag in self._skipped_tags:
            self._skipped_open += 1
        if tag in _HEADINGS and "id" in attributes:
            depth = len(self.context)
            if tag != "h1" and not self.data:
                self._new_preface(depth)
            self.section = material_search.Section(element, depth)
            if self.data:
                self.section.id = attributes["id"]
            self.data.append(self.section)
        if not self.section:
            self._new_preface()
        if "data-search-exclude" in attributes or attributes.get("class") == "linenodiv":
            if tag not in self._skipped_tags:
                self._skipped_tags.add(tag)
                self._skipped_open += self._open[tag]
            return
        if tag in self.keep and not self._skipping():
            (self.section.title if self._in_title() else self.section.text).append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if not self.context or self.context[-1].tag != tag:
            return
        if self.section.depth > len(self.context):
            for section in reversed(self.data):
                if section.depth <= len(self.context):
                    self.section.depth = float("inf")
                    self.section = section
                    break
        self.context.pop()
        self._open[tag] -= 1
        if tag in self._skipped_tags:
            self._skipped_open -= 1
            if tag not in _ALWAYS_SKIPPED:
                self._skipped_tags.remove(tag)
                self._skipped_open -= self._open[tag]
            return
        if tag in self.keep and not self._skipping():
            data = self.section.title if self._in_title() else self.section.text
            index = data.index(f"<{tag}>")
            for i in range(index + 1, len(data)):
                if not data[i].isspace():
                    index = len(data)
                    break
            if len(data) > index:
                del data[index:]
            else:
                data.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._skipping():
            return
        in_pre = bool(self._open.get("pre"))
        if not in_pre:
            data = " " if data.isspace() else data.replace("\n", " ")
        if not self.section:
            self._new_preface()
        section = self.section
        if self._in_title():
            if not any(el.tag == "a" and el.attrs.get("class") == "headerlink" for el in self.context):
                section.title.append(html.escape(data, quote=False))
        elif data.isspace():
            if not section.text or not section.text[-1].isspace() or in_pre:
                section.text.append(data)
        else:
            section.text.append(html.escape(data, quote=False))


class _TokenisedSearchIndex(material_search.SearchIndex):  # type: ignore[misc]
    """Material's search index with ``TokenisedParser``; ``add_entry_from_context`` as in Material 9.8.1."""

    def add_entry_from_context(self, page: Any) -> None:
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return
        parser = TokenisedParser()
        parser.feed(page.content)
        parser.close()
        for section in parser.data:
            if not section.is_excluded():
                self.create_entry_for_section(section, page.toc, page.url, page)


def use_tokenised_search_parser(config: MkDocsConfig) -> None:
    """After Material's search ``on_config`` (which makes a new index in every language build): the fast index."""
    plugin: Any = config.plugins.get("material/search")
    index: Any = getattr(plugin, "search_index", None)
    if type(index) is material_search.SearchIndex and not index.entries:
        plugin.search_index = _TokenisedSearchIndex(**index.config)


def uses_tokenised_search_parser(config: MkDocsConfig) -> bool:
    """Whether this build's search index is ``_TokenisedSearchIndex`` (for the tests)."""
    return isinstance(getattr(config.plugins.get("material/search"), "search_index", None), _TokenisedSearchIndex)
