"""Material's search sections come out the same from the regex tokenizer as from html.parser, on every built page.

The build feeds Material's own section parser from ``core.html_tokens``
instead of ``html.parser`` (``mentorguiden.mkdocs_glue.material``, a quarter
of the search plugin's cost). The entries of the search index are made from
these sections, so they must be the same: section id, title and text, for
every page of the published site, whole pages included (menus, forms,
scripts and all).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from material.plugins.search import plugin as material_search

from mentorguiden.mkdocs_glue.material import TokenisedParser


def sections(parser: material_search.Parser, html: str) -> list[tuple[str, str | None, str, str, bool]]:
    """What the index takes from each section: its element, id, title and text, and whether it is left out."""
    parser.feed(html)
    parser.close()
    return [
        (section.el.tag, section.id, "".join(section.title).strip(), "".join(section.text).strip(), section.is_excluded())
        for section in parser.data
    ]


def built_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_has_the_same_sections_from_both_parsers(site):
    pages = built_pages(site)
    assert len(pages) > 60, "both languages' pages"
    differing = []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if sections(TokenisedParser(), html) != sections(material_search.Parser(), html):
            differing.append(page.relative_to(site).as_posix())
    assert not differing, f"the tokenised parser gives other search sections than Material's on {differing}"


@pytest.mark.parametrize(
    "html",
    [
        '<h1 id="a">Titel <a class="headerlink" href="#a">¶</a></h1><p>Tekst &amp; mere<br/>linje</p>',
        '<div data-search-exclude><h2 id="x">Skjult</h2><p>væk</p></div><h2 id="y">Synlig</h2><p>her</p>',
        "<p>før<script>var a = '<p>ikke tekst</p>';</script>efter</p><style>p { }</style>",
        "<ul><li>en</li><li>  </li></ul><pre><code>kode\n  med mellemrum</code></pre><!-- kommentar -->",
        '<div data-search-exclude><p>skjult</p></div><div><p>synlig</p></div><h2 id="z">Efter</h2><div>mere</div>',
        "<div><div data-search-exclude><p>skjult</p></div><p>synlig</p></div>"
        "<section data-search-exclude><p>skjult igen</p></section><p>sidst</p>",
        '<table class="linenotable"><td class="linenodiv"><pre>1\n2</pre></td><td><pre>kode</pre></td></table>',
        "<pre><code>a<span> </span>  \n<span>\t</span>b</code></pre><p> <em> </em> x</p>",
        '<P CLASS="Stor">Store bogstaver</P><img alt="billede" src="x.png"><h3 id=ukvoteret>Uden citationstegn</h3>',
    ],
)
def test_markup_of_every_kind_gives_the_same_sections(html):
    assert sections(TokenisedParser(), html) == sections(material_search.Parser(), html)
