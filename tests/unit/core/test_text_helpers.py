"""Small shared functions: heading anchors (slugs) and the front matter of generated pages."""

from __future__ import annotations

import pytest
from helpers.html import front_matter

from mentorguiden.core.pages import page_markdown
from mentorguiden.core.slugs import slugify


def test_page_markdown_escapes_front_matter():
    markdown = page_markdown(title="A & B", description='Say "hi"', body="\nBody\n")
    assert front_matter(markdown) == {"title": "A &amp; B", "description": "Say &#34;hi&#34;"}
    assert markdown.endswith("\n\nBody\n")


@pytest.mark.parametrize(
    "heading,slug",
    [
        ("Tilgængelighed", "tilgaengelighed"),
        ("Skriv ikke CPR-nummer med almindelig e-mail", "skriv-ikke-cpr-nummer-med-almindelig-e-mail"),
        ("Før praktikken: Åbent møde", "foer-praktikken-aabent-moede"),
        ("Café & 6 måneder", "cafe-6-maaneder"),
    ],
)
def test_danish_heading_anchors(heading, slug):
    assert slugify(heading) == slug
