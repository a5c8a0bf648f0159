"""Assertions on the real site, built once in both languages (conftest.site): pages, languages, links, hosts, footer, sitemap."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import page_url_path, site_pages
from helpers.builds import PUBLISHED_URL, ROOT, SUB_PATH
from helpers.html import is_external, parse_page, resolve_internal

PROFILE = yaml.safe_load((ROOT / "data" / "profil.yml").read_text(encoding="utf-8"))
NOT_FILES = ("mailto:", "tel:")


def is_english(site: Path, page: Path) -> bool:
    return page.relative_to(site).parts[0] == "en"


def test_site_has_pages_in_both_languages(site):
    pages = site_pages(site)
    danish = {page_url_path(site, p) for p in pages if not is_english(site, p)}
    english = {page_url_path(site, p).removeprefix("en/") for p in pages if is_english(site, p)}
    assert {"", "kontakt/", "om-siden/"} <= danish
    assert danish == english


def test_every_page_declares_its_language(site):
    for page in site_pages(site):
        expected = "en" if is_english(site, page) else "da"
        assert parse_page(page).html_lang == expected, page.relative_to(site)
    assert parse_page(site / "404.html").html_lang == "da"


def test_contact_page_exists_in_both_languages_with_its_own_text(site):
    danish = parse_page(site / "kontakt" / "index.html")
    english = parse_page(site / "en" / "kontakt" / "index.html")
    assert danish.html_lang == "da" and english.html_lang == "en"
    assert "Ring eller skriv" in danish.text and "Call or write" not in danish.text
    assert "Call or write" in english.text and "Ring eller skriv" not in english.text
    for page in (danish, english):
        for value in (
            PROFILE["kommune"],
            PROFILE["kontaktenhed"],
            PROFILE["telefon"],
            PROFILE["email"],
            PROFILE["adresse"]["vej"],
            PROFILE["adresse"]["by"],
        ):
            assert value in page.text
    assert danish.text != english.text


def test_contact_page_links_phone_and_email(site):
    page = parse_page(site / "kontakt" / "index.html")
    hrefs = {anchor.attrs["href"] for anchor in page.anchors}
    digits = "".join(ch for ch in PROFILE["telefon"] if ch.isdigit())
    assert f"tel:+45{digits[-8:]}" in hrefs
    assert f"mailto:{PROFILE['email']}" in hrefs


def test_every_internal_link_and_anchor_resolves(site):
    broken = []
    pages = site_pages(site) + [site / "404.html"]
    for page in pages:
        parsed = parse_page(page)
        for element in parsed.urls:
            url = element.attrs.get("href") or element.attrs.get("src") or element.attrs.get("action")
            if is_external(url) or url.startswith(NOT_FILES):
                continue
            target, fragment = resolve_internal(site, page, url, SUB_PATH)
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {url} -> {target.relative_to(site)} missing")
            elif fragment and target.suffix == ".html" and fragment not in parse_page(target).ids:
                broken.append(f"{page.relative_to(site)}: {url} -> no id '{fragment}'")
    assert not broken, "\n".join(broken)


def test_no_page_loads_anything_from_another_host(site):
    for page in site_pages(site) + [site / "404.html"]:
        for element in parse_page(page).urls:
            if element.tag in ("script", "img", "source", "iframe") or (
                element.tag == "link" and element.attrs.get("rel") not in ("alternate", "canonical")
            ):
                url = element.attrs.get("src") or element.attrs.get("href")
                assert not is_external(url), f"{page.relative_to(site)} loads {url}"
        html = page.read_text(encoding="utf-8")
        for host in ("fonts.googleapis.com", "fonts.gstatic.com", "api.github.com", "unpkg.com"):
            assert host not in html, f"{page.relative_to(site)} mentions {host}"


def test_footer_shows_contact_unit_and_accessibility_statement(site):
    for page in site_pages(site) + [site / "404.html"]:
        parsed = parse_page(page)
        label = "Accessibility statement" if is_english(site, page) else "Tilgængelighedserklæring"
        statement_links = [a for a in parsed.anchors if a.text == label]
        assert statement_links, f"{page.relative_to(site)} has no '{label}' link"
        assert statement_links[0].attrs["href"] == PROFILE["tilgaengelighedserklaering"]
        assert PROFILE["kontaktenhed"] in parsed.text


def test_language_switcher_points_to_the_same_page_in_the_other_language(site):
    for page in site_pages(site):
        path = page_url_path(site, page).removeprefix("en/")
        links = {
            a.attrs["hreflang"]: a.attrs["href"]
            for a in parse_page(page).anchors
            if "md-select__link" in a.attrs.get("class", "")
        }
        assert set(links) == {"da", "en"}, page.relative_to(site)
        assert resolve_internal(site, page, links["da"], SUB_PATH)[0] == site / path / "index.html"
        assert resolve_internal(site, page, links["en"], SUB_PATH)[0] == site / "en" / path / "index.html"


def test_navigation_labels_are_translated(site):
    english = parse_page(site / "en" / "index.html").text
    danish = parse_page(site / "index.html").text
    for label in ("Home", "Contact", "About this site"):
        assert label in english
    assert "Om siden" in danish and "About this site" not in danish
    assert "Om siden" not in english


def test_sitemap_lists_every_page_with_its_translation(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for path in ("", "kontakt/", "om-siden/"):
        assert f"<loc>{PUBLISHED_URL}{path}</loc>" in sitemap
        assert f"<loc>{PUBLISHED_URL}en/{path}</loc>" in sitemap
        assert f'hreflang="en" href="{PUBLISHED_URL}en/{path}"' in sitemap
    assert "None" not in sitemap
