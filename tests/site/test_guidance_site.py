"""Issue 15's guidance pages for companies in the real built sites (conftest.site, conftest.second_site).

The pages answer what an HR manager could not find out before: a change of
mentor, insurance, personal data, own staff, hours and payment, and training
costs for an internal mentor. Where no source settles a question, the page
sends the reader to the municipality with the profile's own contact details
(the marker <!-- profil: spoerg-kommunen -->); it never guesses. How to apply
and how payment works also come from the profile, so each shipped profile
shows its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers.builds import ROOT, SECOND_PROFILE
from helpers.html import Node, article, parse_file

GUIDANCE = (
    "virksomheder/naar-noget-aendrer-sig/",
    "virksomheder/forsikring/",
    "virksomheder/persondata/",
    "virksomheder/egne-medarbejdere/",
    "virksomheder/timer-og-udbetaling/",
)
"""The new pages; the training section is in virksomheder/uddannelse-og-netvaerk/."""
ASKS_THE_MUNICIPALITY = (*GUIDANCE, "virksomheder/uddannelse-og-netvaerk/")
ASK_TEXT = {"da": "Spørg {unit} om det", "en": "Ask {unit} about it"}
LANGUAGE_ROOTS = {"da": "", "en": "en/"}


def profile(path: str) -> dict:
    return yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))


def page_text(site: Path, address: str) -> str:
    return article(parse_file(site / address / "index.html")).text(tidy=True)


def page_title(site: Path, address: str) -> str:
    heading = article(parse_file(site / address / "index.html")).by_tag("h1")[0]
    return heading.text(tidy=True).rstrip("¶").strip()


def menu_group_links(page: Path, group: str) -> list[str] | None:
    """The links in the menu group labelled ``group`` on ``page``; None if the menu has no such group."""
    menu = parse_file(page).find(lambda node: "md-nav--primary" in node.classes)
    assert menu is not None, f"{page} has no menu"

    def is_group(node: Node) -> bool:
        return node.tag == "li" and node.find(lambda label: label.tag == "label" and group in label.text()) is not None

    section = menu.find(is_group)
    return None if section is None else [node.attrs.get("href", "") for node in section.by_tag("a")]


@pytest.mark.parametrize("address", GUIDANCE)
def test_each_guidance_page_is_in_both_languages_under_for_companies(site, address):
    danish, english = page_title(site, address), page_title(site, "en/" + address)
    assert danish and english and danish != english, "the English page is missing or shows the Danish text"
    slug = address.rstrip("/").rsplit("/", 1)[-1] + "/"
    for root, group in (("", "Til virksomheder"), ("en/", "For companies")):
        links = menu_group_links(site / root / address / "index.html", group)
        assert links is not None, f"no '{group}' group in the menu of /{root}{address}"
        assert any(link in ("", ".", "./") or link.endswith(slug) for link in links), (
            f"/{root}{address} is not under '{group}' in the menu"
        )


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("address", ASKS_THE_MUNICIPALITY)
def test_open_questions_send_the_reader_to_the_municipality_with_the_profiles_contact(site, address, language):
    shipped = profile("data/profil.yml")
    text = page_text(site, LANGUAGE_ROOTS[language] + address)
    assert ASK_TEXT[language].format(unit=shipped["kontaktenhed"]) in text
    assert shipped["telefon"] in text


@pytest.mark.parametrize(("fixture", "profile_path"), [("site", "data/profil.yml"), ("second_site", SECOND_PROFILE)])
def test_each_profile_shows_its_own_application_route_and_payment_terms(request, fixture, profile_path):
    built = request.getfixturevalue(fixture)
    shipped = profile(profile_path)
    overview = page_text(built, "virksomheder/")
    hours = page_text(built, "virksomheder/timer-og-udbetaling/")
    assert "I søger om en mentor" in overview
    assert shipped["kontaktenhed"] in overview
    assert f"senest {shipped['udbetaling']['betalingsfrist_dage']} dage" in hours
    assert "timeseddel" in hours
