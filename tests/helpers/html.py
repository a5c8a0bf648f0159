"""Reading built HTML with the standard library only: one element tree, one way to get text.

``parse``/``parse_file`` give a small element tree (``Node``); ``Node.text``
is the only HTML-to-text function of the tests. ``parse_page`` reads what
most site tests need from one page (language, ids, URLs, links and text).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
URL_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src", "form": "action"}
TOOLTIP = "mg-term__tip"
"""A glossary definition (hooks/glossary.py): not part of the text it explains."""


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, predicate: Callable[[Node], bool]) -> list[Node]:
        return [node for node in self.iter() if predicate(node)]

    def find(self, predicate: Callable[[Node], bool]) -> Node | None:
        return next((node for node in self.iter() if predicate(node)), None)

    def by_class(self, name: str) -> list[Node]:
        return self.find_all(lambda node: name in node.classes)

    def by_tag(self, tag: str) -> list[Node]:
        return self.find_all(lambda node: node.tag == tag)

    def by_id(self, id_: str) -> Node | None:
        return self.find(lambda node: node.attrs.get("id") == id_)

    def text(self, skip: Callable[[Node], bool] = lambda node: False, *, tidy: bool = False) -> str:
        """The text inside, whitespace collapsed, leaving out scripts, styles and elements for which ``skip`` is true.

        With ``tidy``, no space is left before punctuation ("om <a>mentorstøtte</a>." reads "om mentorstøtte.").
        """
        parts: list[str] = []

        def walk(node: Node) -> None:
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                elif not skip(child) and child.tag not in ("script", "style"):
                    walk(child)

        walk(self)
        text = " ".join(" ".join(parts).split())
        return re.sub(r" ([.,;:!?)])", r"\1", text) if tidy else text


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {name: value or "" for name, value in attrs}, parent=self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, {name: value or "" for name, value in attrs}, parent=self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def parse_file(path: Path) -> Node:
    return parse(path.read_text(encoding="utf-8"))


def article(document: Node) -> Node:
    """The page's main content (Material's <article class="md-content__inner">)."""
    found = document.find(lambda node: node.tag == "article")
    assert found is not None, "no <article> in the page"
    return found


def not_tooltip(node: Node) -> bool:
    return TOOLTIP in node.classes


def visible_text(html: str) -> str:
    """Everything a reader sees in ``html`` (glossary definitions included), whitespace collapsed."""
    return parse(html).text()


# --- One page at a glance -------------------------------------------------------------


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class ParsedPage:
    html_lang: str | None
    ids: set[str]
    urls: list[Element]
    anchors: list[Element]
    text: str
    """The page's text without glossary definitions, tidied (``Node.text(tidy=True)``)."""
    document: Node


def parse_page(path: Path) -> ParsedPage:
    """What most site tests read from one built page; a file is parsed once per test process while it is unchanged.

    Treat the result as read-only: another test may get the same object.
    """
    stat = path.stat()
    return _parse_page(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=512)
def _parse_page(path: Path, _mtime_ns: int, _size: int) -> ParsedPage:
    document = parse_file(path)
    html = document.find(lambda node: node.tag == "html")
    ids = {node.attrs["id"] for node in document.iter() if "id" in node.attrs}
    ids |= {node.attrs["name"] for node in document.by_tag("a") if "name" in node.attrs}
    urls = [
        Element(node.tag, node.attrs)
        for node in document.iter()
        if node.tag in URL_ATTRIBUTES and URL_ATTRIBUTES[node.tag] in node.attrs
    ]
    anchors = [Element("a", node.attrs, node.text(not_tooltip)) for node in document.by_tag("a")]
    return ParsedPage(
        html.attrs.get("lang") if html else None, ids, urls, anchors, document.text(not_tooltip, tidy=True), document
    )


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc)


def resolve_internal(site: Path, page: Path, url: str, sub_path: str = "/") -> tuple[Path, str]:
    """The file a link from ``page`` points to, and its #fragment.

    The site is assumed to be published at ``sub_path`` (e.g. ``/mentorguiden/``).
    """
    base = sub_path + page.relative_to(site).as_posix()
    target = urlsplit(urljoin(base, url))
    if not target.path.startswith(sub_path):
        return site / "__outside_the_site__", ""
    path = site / unquote(target.path[len(sub_path) :])
    if target.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path, unquote(target.fragment)


def front_matter(markdown: str) -> dict:
    """The YAML front matter of a Markdown text (generated or from docs/)."""
    import yaml

    assert markdown.startswith("---\n"), "no front matter"
    return yaml.safe_load(markdown.split("---\n", 2)[1])
