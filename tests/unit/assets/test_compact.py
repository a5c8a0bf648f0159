"""Our stylesheets and scripts lose their comments, and nothing else (mentorguiden/assets/compact.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorguiden.assets.compact import compact, compact_assets, own_assets

SCRIPT = """
// Why this function exists.
const url = "https://example.org/*not-a-comment*/"; /* a comment */
function slashes(text) {
    return /\\/\\//.test(text) ? '//' : text;  // a trailing comment
}
"""
STYLESHEET = """
/* Why the rule exists. */
.mg-box {
    content: "/* kept */";
    margin: 0 auto;
}
@media print {
    .mg-box { display: none; }
}
"""


def test_a_script_loses_its_comments_but_keeps_strings_and_regular_expressions() -> None:
    compacted = compact(SCRIPT, ".js")
    assert "Why this function" not in compacted and "a comment" not in compacted and "trailing" not in compacted
    assert '"https://example.org/*not-a-comment*/"' in compacted
    assert "/\\/\\//.test(text)" in compacted and "'//'" in compacted
    assert len(compacted) < len(SCRIPT) * 0.6


def test_a_stylesheet_loses_its_comments_but_keeps_its_rules() -> None:
    compacted = compact(STYLESHEET, ".css")
    assert "Why the rule" not in compacted
    assert 'content:"/* kept */"' in compacted
    assert ".mg-box{display:none}" in compacted and "@media print" in compacted


def test_only_stylesheets_and_scripts_can_be_compacted() -> None:
    with pytest.raises(ValueError, match=r"\.svg"):
        compact("<svg/>", ".svg")


def test_the_site_copies_are_replaced_and_minified_files_and_other_files_left_alone(tmp_path: Path) -> None:
    source, site = tmp_path / "overrides-assets", tmp_path / "site-assets"
    for folder in (source, site):
        (folder / "javascripts" / "workers").mkdir(parents=True)
        (folder / "javascripts" / "workers" / "worker.js").write_text(SCRIPT, encoding="utf-8")
        (folder / "javascripts" / "bundle.min.js").write_text(SCRIPT, encoding="utf-8")
        (folder / "logo.svg").write_text("<svg/>", encoding="utf-8")
    (source / "only-in-source.css").write_text(STYLESHEET, encoding="utf-8")

    assert [path.as_posix() for path in own_assets(source)] == ["javascripts/workers/worker.js", "only-in-source.css"]
    written = compact_assets(source, site)

    assert [path.as_posix() for path in written] == ["javascripts/workers/worker.js"]
    assert (site / "javascripts" / "workers" / "worker.js").read_text(encoding="utf-8") == compact(SCRIPT, ".js")
    assert (site / "javascripts" / "bundle.min.js").read_text(encoding="utf-8") == SCRIPT
    assert not (site / "only-in-source.css").exists()
    compact_assets(source, site)
    assert (site / "javascripts" / "workers" / "worker.js").read_text(encoding="utf-8") == compact(SCRIPT, ".js")
