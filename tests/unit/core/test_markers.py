"""The marker syntax <!-- name: value --> and its registry, without a build."""

from __future__ import annotations

import pytest

from mentorguiden.core.errors import DataError
from mentorguiden.core.markers import MARKER, MarkerContext, MarkerRegistry
from mentorguiden.core.pages import PageLink


def links_to(href_prefix: str = "../"):
    return lambda src_uri: PageLink(href_prefix + src_uri.removesuffix(".md") + "/", f"Titel på {src_uri}")


def context(**overrides) -> MarkerContext:
    values = {"page_name": "docs/virksomheder/mentoraftalen.md", "language": "da", "links": links_to()}
    return MarkerContext(**{**values, **overrides})


def test_marker_regex_reads_name_and_value():
    match = MARKER.search("før\n<!--   tjekliste:   for-praktikstart  -->\nefter")
    assert (match.group("name"), match.group("value")) == ("tjekliste", "for-praktikstart")
    assert MARKER.search("<!-- bare en kommentar -->") is None
    assert MARKER.search("<!-- Husk at opdatere: dato -->") is None


def test_registry_expands_markers_and_leaves_other_text_alone():
    registry = MarkerRegistry()
    registry.register("kommune", lambda value, ctx: f"[{value}/{ctx.language}]")
    text = "A <!-- kommune: navn --> B <!-- en kommentar --> C"
    assert registry.expand(text, context(language="en")) == "A [navn/en] B <!-- en kommentar --> C"


def test_markers_in_fenced_code_are_shown_not_expanded():
    registry = MarkerRegistry()
    registry.register("kommune", lambda value, ctx: "X")
    text = "```\n<!-- kommune: a -->\n```\n\n<!-- kommune: b -->\n~~~~\n<!-- ukendt: c -->\n~~~~\n"
    assert registry.expand(text, context()) == "```\n<!-- kommune: a -->\n```\n\nX\n~~~~\n<!-- ukendt: c -->\n~~~~\n"


def test_unknown_marker_name_names_the_page_and_line():
    registry = MarkerRegistry()
    registry.register("tjekliste", lambda value, ctx: "")
    with pytest.raises(DataError) as caught:
        registry.expand("Tekst\n\n<!-- tjeklste: for-praktikstart -->\n", context())
    assert caught.value.messages == [
        "docs/virksomheder/mentoraftalen.md, linje 3: ukendt markør 'tjeklste' i <!-- tjeklste: … -->. "
        "Mente du 'tjekliste'? En almindelig kommentar må ikke have kolon efter det første ord."
    ]
