"""The contact page (mentorguiden/contact.py): profile → Markdown, without a build."""

from __future__ import annotations

from dataclasses import replace

import jinja2
import pytest
from helpers.builds import ROOT
from helpers.html import front_matter

from mentorguiden.core.templates import template_environment
from mentorguiden.profile.contact import contact_markdown, contact_page
from mentorguiden.profile.model import load_profile


@pytest.fixture
def environment():
    return template_environment(ROOT)


def test_contact_page_has_its_own_text_per_language(environment):
    profile = load_profile(ROOT)
    danish = contact_markdown(profile, "da", environment)
    english = contact_markdown(profile, "en", environment)
    assert front_matter(danish)["title"] == "Kontakt"
    assert front_matter(english)["title"] == "Contact"
    assert profile.municipality in front_matter(danish)["description"]
    assert "{!digital-post.da.md!}" in danish and "{!digital-post.en.md!}" in english
    for markdown in (danish, english):
        assert profile.phone_href in markdown and f"mailto:{profile.email}" in markdown


def test_contact_page_escapes_text_from_the_profile(environment):
    profile = replace(load_profile(ROOT), municipality='<script>alert("x")</script> & {!hemmelig.md!}')
    markdown = contact_markdown(profile, "da", environment)
    assert "<script>" not in markdown
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#123;!hemmelig.md!&#125;" in markdown
    assert "{!hemmelig.md!}" not in markdown
    assert "<script>" not in front_matter(markdown)["description"]


def test_contact_page_comes_in_every_language_asked_for():
    page = contact_page(load_profile(ROOT), ("da", "en"), template_environment(ROOT))
    assert page.src_uri == "kontakt.md"
    assert list(page.markdown_by_language) == ["da", "en"]
    assert page.source_file == "data/profil.yml"


def test_unsupported_language_is_an_error(environment):
    """A language the templates have no texts for fails loudly instead of rendering a page with holes."""
    with pytest.raises((LookupError, jinja2.UndefinedError)):
        contact_markdown(load_profile(ROOT), "de", environment)
