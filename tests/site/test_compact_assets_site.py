"""The built site sends our own stylesheets and scripts compacted (conftest.site, hooks/compact_assets.py).

The browser tests run the site with these compacted files, so they show the
pages still work; this shows every one of our files is compacted, the
theme's own are untouched, and every page still links them.
"""

from __future__ import annotations

from pathlib import Path

from mentorguiden.assets.compact import compact, own_assets

OVERRIDES_ASSETS = Path(__file__).resolve().parents[2] / "overrides" / "assets"


def test_every_own_stylesheet_and_script_is_compacted_in_the_site(site: Path) -> None:
    ours = list(own_assets(OVERRIDES_ASSETS))
    assert len(ours) >= 10
    for relative in ours:
        source = (OVERRIDES_ASSETS / relative).read_text(encoding="utf-8")
        served = (site / "assets" / relative).read_text(encoding="utf-8")
        assert served == compact(source, relative.suffix), relative
        assert "/*" in source and "/*" not in served, relative


def test_the_decision_aid_page_loads_its_compacted_script(site: Path) -> None:
    for prefix in ("", "en/"):
        page = (site / prefix / "konsulenter" / "mentorstoette-ja-eller-nej" / "index.html").read_text(encoding="utf-8")
        assert "assets/javascripts/decision-aid.js" in page and "assets/stylesheets/decision-aid.css" in page
