"""Generated pages in the menu (mentorguiden.mkdocs_glue.add_pages_to_nav_section), without a build."""

from __future__ import annotations

from types import SimpleNamespace

from mentorguiden.mkdocs_glue import add_pages_to_nav_section


def test_nav_entry_becomes_a_section_once():
    config = SimpleNamespace(nav=[{"Forside": "index.md"}, {"Tjeklister": "tjeklister/index.md"}])
    pages = ["tjeklister/a.md", "tjeklister/alle.md"]
    assert add_pages_to_nav_section(config, "tjeklister/index.md", pages)
    assert add_pages_to_nav_section(config, "tjeklister/index.md", pages)
    assert config.nav[1] == {"Tjeklister": ["tjeklister/index.md", "tjeklister/a.md", "tjeklister/alle.md"]}


def test_nav_section_written_by_hand_keeps_its_titles():
    config = SimpleNamespace(nav=[{"Tjeklister": [{"Oversigt": "tjeklister/index.md"}, "tjeklister/a.md"]}])
    assert add_pages_to_nav_section(config, "tjeklister/index.md", ["tjeklister/a.md", "tjeklister/b.md"])
    assert config.nav[0] == {"Tjeklister": [{"Oversigt": "tjeklister/index.md"}, "tjeklister/a.md", "tjeklister/b.md"]}
    assert not add_pages_to_nav_section(SimpleNamespace(nav=[{"Forside": "index.md"}]), "tjeklister/index.md", [])
