"""'Rediger denne side': every page of the real built site (conftest.site) links to the file an editor changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import page_url_path, site_pages
from helpers.builds import ROOT
from helpers.html import parse_file

# Pages made from a data file, by their address without the language prefix.
GENERATED_SOURCES = {
    "kontakt/": "data/profil.yml",
    "mentoraftale/": "data/blanketter/mentoraftale.yml",
    "kompensationsaftale/": "data/blanketter/kompensationsaftale.yml",
    "timeseddel/": "data/blanketter/timeseddel.yml",
    # The set page prints every form; its link opens the citizen's agreement, the first of them.
    "blanketter/": "data/blanketter/mentoraftale.yml",
    "viden/ordliste/": "data/ordliste.yml",
    "tjeklister/": "data/tjeklister/README.md",
    "tjeklister/alle/": "data/tjeklister/README.md",
    "virksomheder/trin-for-trin/": "data/trin.yml",
    "virksomheder/kan-vi-faa-en-mentor/": "data/afklaring.yml",
    "konsulenter/mentorstoette-ja-eller-nej/": "data/afklaring.yml",
}


def edit_links(page: Path) -> list[str]:
    document = parse_file(page)
    return [node.attrs["href"] for node in document.by_tag("a") if node.attrs.get("rel") == "edit"]


def edit_base(site: Path) -> str:
    """The repository's edit address, e.g. https://github.com/<owner>/<repo>/edit/main/."""
    front_page_link = edit_links(site / "index.html")[0]
    assert front_page_link.endswith("/docs/index.md"), front_page_link
    return front_page_link.removesuffix("docs/index.md")


def expected_source(address: str) -> str | None:
    """The Markdown file behind a page address (``en/viden/effekt/`` → ``docs/viden/effekt.en.md``), if any."""
    english = address.startswith("en/")
    path = address.removeprefix("en/").rstrip("/") or "index"
    suffix = ".en.md" if english else ".md"
    for candidate in (f"docs/{path}{suffix}", f"docs/{path}/index{suffix}"):
        if (ROOT / candidate).is_file():
            return candidate
    return None


def test_every_page_links_to_the_file_an_editor_changes(site):
    base = edit_base(site)
    problems = []
    checked = 0
    for page in site_pages(site):
        address = page_url_path(site, page)
        links = edit_links(page)
        if len(links) != 2 or len(set(links)) != 1:
            problems.append(f"/{address}: expected the pencil link and the text link to the same file, got {links}")
            continue
        assert links[0].startswith(base), f"/{address}: {links[0]} is not in {base}"
        target = links[0][len(base) :]
        if not (ROOT / target).is_file():
            problems.append(f"/{address}: the edit link opens {target}, which does not exist")
        markdown = expected_source(address)
        plain = address.removeprefix("en/")
        if markdown:
            if target != markdown:
                problems.append(f"/{address}: edit link opens {target}, expected {markdown}")
        elif plain in GENERATED_SOURCES:
            if target != GENERATED_SOURCES[plain]:
                problems.append(f"/{address}: edit link opens {target}, expected {GENERATED_SOURCES[plain]}")
        elif plain.startswith("tjeklister/"):
            expected = f"data/tjeklister/{plain.split('/')[1]}.yml"
            if target != expected:
                problems.append(f"/{address}: edit link opens {target}, expected {expected}")
        else:
            problems.append(f"/{address}: neither a page in docs/ nor a known generated page ({target})")
        checked += 1
    assert not problems, "\n".join(problems)
    assert checked >= 2 * 25


@pytest.mark.parametrize(
    "address, label",
    [
        ("", "Rediger denne side"),
        ("en/", "Edit this page"),
        ("om-siden/", "Rediger denne side"),
        ("en/om-siden/", "Edit this page"),
    ],
)
def test_edit_link_text_follows_the_language(site, address, label):
    document = parse_file(site / address / "index.html")
    texts = [node.text() for node in document.by_tag("a") if node.attrs.get("rel") == "edit"]
    assert texts == [label, label], "the pencil at the top and the text link at the end"
