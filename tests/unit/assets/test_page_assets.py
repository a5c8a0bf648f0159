"""The table of page-specific assets: a marker class in the content picks its feature's files, each once."""

from __future__ import annotations

from pathlib import Path

from mentorguiden.assets.page_assets import PAGE_ASSETS, PageAssets, assets_of_page


def test_no_marker_no_assets():
    assets = assets_of_page('<p class="mg-checklistish">text mg-checklist</p>')
    assert assets.stylesheets == () and assets.scripts == ()


def test_a_marker_among_other_classes_picks_its_files_once():
    table = (PageAssets("a", ("a.css", "shared.css"), ("a.js",)), PageAssets("b", ("shared.css",)))
    assets = assets_of_page('<div class="x a"></div><div class="b"></div><div class="a">', table)
    assert assets.stylesheets == ("a.css", "shared.css")
    assert assets.scripts == ("a.js",)


def test_every_file_in_the_table_exists():
    overrides = Path(__file__).resolve().parents[3] / "overrides"
    for entry in PAGE_ASSETS:
        for path in entry.stylesheets + entry.scripts:
            assert (overrides / path).is_file(), path
