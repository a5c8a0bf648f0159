"""The menu on every page (mentorguiden/mkdocs_glue/menu.py renders the entries that do not hold the page once per build).

Every page of a language shows the same menu, every link in it leads to a
built page as seen from that page, and the entry marked active is the page
itself: an entry rendered for one page and reused on another would break one
of these.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.builds import SUB_PATH
from helpers.html import parse_page, resolve_internal

LANGUAGE_ROOTS = {"da": "", "en": "en/"}


def pages_of(site: Path, language: str) -> list[Path]:
    pages = sorted(site.rglob("index.html"))
    if language == "da":
        return [page for page in pages if not page.relative_to(site).as_posix().startswith("en/")]
    return [page for page in pages if page.relative_to(site).as_posix().startswith("en/")]


def menu_links(site: Path, page: Path) -> tuple[list[Path], list[Path]]:
    """Every page the menu links to, and the one it marks active (the table of contents left out)."""
    document = parse_page(page).document
    menu = document.find(lambda node: node.tag == "nav" and "md-nav--primary" in node.classes)
    assert menu is not None, page
    targets, active = [], []
    for link in menu.by_tag("a"):
        if "md-nav__link" not in link.classes or "md-logo" in link.classes:
            continue
        target, _ = resolve_internal(site, page, link.attrs["href"], SUB_PATH)
        targets.append(target)
        if "md-nav__link--active" in link.classes:
            active.append(target)
    return targets, active


@pytest.mark.parametrize("language", LANGUAGE_ROOTS)
def test_every_page_has_the_same_menu_with_links_that_work_from_it_and_itself_active(site, language):
    pages = pages_of(site, language)
    assert len(pages) > 20
    menus = {}
    for page in pages:
        targets, active = menu_links(site, page)
        assert all(target.is_file() for target in targets), page
        assert active == [page], page
        menus[page] = targets
    first = menus[pages[0]]
    assert len(set(first)) > 20
    assert all(set(targets) == set(first) for targets in menus.values())
