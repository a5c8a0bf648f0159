"""A small element tree of built HTML, with the standard library only, for content tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list["Node | str"] = field(default_factory=list)
    parent: "Node | None" = None

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self) -> Iterator["Node"]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, predicate: Callable[["Node"], bool]) -> list["Node"]:
        return [node for node in self.iter() if predicate(node)]

    def find(self, predicate: Callable[["Node"], bool]) -> "Node | None":
        return next((node for node in self.iter() if predicate(node)), None)

    def by_class(self, name: str) -> list["Node"]:
        return self.find_all(lambda node: name in node.classes)

    def by_tag(self, tag: str) -> list["Node"]:
        return self.find_all(lambda node: node.tag == tag)

    def text(self, skip: Callable[["Node"], bool] = lambda node: False) -> str:
        """The text inside, whitespace collapsed, leaving out elements for which ``skip`` is true."""
        parts: list[str] = []

        def walk(node: Node) -> None:
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                elif not skip(child) and child.tag not in ("script", "style"):
                    walk(child)

        walk(self)
        return " ".join(" ".join(parts).split())


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
