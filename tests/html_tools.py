"""Read what matters for the tests out of built HTML, with the standard library only."""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

URL_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src",
                  "iframe": "src", "form": "action"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class ParsedPage:
    html_lang: str | None = None
    ids: set[str] = field(default_factory=set)
    urls: list[Element] = field(default_factory=list)
    anchors: list[Element] = field(default_factory=list)
    text: str = ""


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self._open_anchors: list[Element] = []
        self._text: list[str] = []
        self._skip = 0
        self._tooltip_depth = 0

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.page.html_lang = attributes.get("lang")
        if "id" in attributes:
            self.page.ids.add(attributes["id"])
        if tag == "a" and "name" in attributes:
            self.page.ids.add(attributes["name"])
        if tag in URL_ATTRIBUTES and URL_ATTRIBUTES[tag] in attributes:
            self.page.urls.append(Element(tag, attributes))
        if tag == "a":
            element = Element(tag, attributes)
            self.page.anchors.append(element)
            self._open_anchors.append(element)
        if tag in ("script", "style"):
            self._skip += 1
        # A glossary definition (hooks/glossary.py) is not part of the text it explains.
        if tag == "span" and (self._tooltip_depth or "mg-term__tip" in attributes.get("class", "").split()):
            self._tooltip_depth += 1

    def handle_endtag(self, tag):
        if tag == "a" and self._open_anchors:
            self._open_anchors.pop()
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag == "span" and self._tooltip_depth:
            self._tooltip_depth -= 1

    def handle_data(self, data):
        if self._skip or self._tooltip_depth:
            return
        self._text.append(data)
        for anchor in self._open_anchors:
            anchor.text += data

    def close(self):
        super().close()
        # Text pieces are joined with spaces; none belongs before punctuation
        # ("om <a>mentorstøtte</a>." reads "om mentorstøtte.").
        self.page.text = re.sub(r" ([.,;:!?)])", r"\1", " ".join(" ".join(self._text).split()))
        for anchor in self.page.anchors:
            anchor.text = " ".join(anchor.text.split())


def parse_page(path: Path) -> ParsedPage:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


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
    path = site / unquote(target.path[len(sub_path):])
    if target.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path, unquote(target.fragment)
