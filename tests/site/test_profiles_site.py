"""One profile file rebrands the whole site: both shipped profiles, built for real.

The session fixtures ``site`` (data/profil.yml) and ``second_site``
(data/profiler/proevested.yml) are complete strict builds. For each, the
municipality's name and contact details must reach every place a visitor or a
printout sees – front page, contact page, a checklist, the agreement as HTML,
Word and PDF, the footer – its local rules must show in the pages, and
nothing of the other profile may be left anywhere in the built site.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers.builds import ROOT, SECOND_PROFILE
from helpers.html import visible_text

from mentorguiden.forms.docx import docx_text
from mentorguiden.forms.pdf import pdf_pages_text
from mentorguiden.profile.model import LOGO_SITE_PATH, PROFILE_FILE, Profile, load_profile

PROFILES = {"default": PROFILE_FILE, "second": SECOND_PROFILE}
SITE_FIXTURES = {"default": "site", "second": "second_site"}
OTHER = {"default": "second", "second": "default"}

CHECKLIST_PAGE = "tjeklister/for-praktikstart/index.html"
TEXT_SUFFIXES = {".html", ".xml", ".json", ".js", ".css", ".txt", ".svg"}


def profile_for(name: str) -> Profile:
    return load_profile(ROOT, PROFILES[name])


@pytest.fixture(params=list(PROFILES))
def built(request) -> tuple[str, Profile, Path]:
    """(profile name, its Profile, the site built with it); conftest starts both builds when this is collected."""
    name = request.param
    return name, profile_for(name), request.getfixturevalue(SITE_FIXTURES[name])


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def footer(html: str) -> str:
    match = re.search(r'<div class="md-copyright mg-footer">(.*?)</div>', html, re.S)
    assert match, "the page has no Mentorguiden footer"
    return visible_text(match.group(1))


def assert_names_municipality(text: str, profile: Profile, where: str) -> None:
    for value in (profile.municipality, profile.phone, profile.email):
        assert value in text, f"{where}: '{value}' from {profile.source_file} is missing"


def agreement_downloads(site: Path, prefix: str = "") -> tuple[str, str]:
    folder = site / f"{prefix}mentoraftale"
    docx = next(folder.glob("*.docx"))
    pdf = next(folder.glob("*.pdf"))
    return docx_text(docx.read_bytes()), "\n".join(pdf_pages_text(pdf.read_bytes()))


# --- The municipality everywhere --------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_name_and_contact_on_every_kind_of_page(built, prefix):
    _, profile, site = built
    for path in ("index.html", "kontakt/index.html", CHECKLIST_PAGE, "mentoraftale/index.html"):
        html = read(site, prefix + path)
        assert_names_municipality(visible_text(html), profile, prefix + path)
        assert_names_municipality(footer(html), profile, f"footer of {prefix}{path}")


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_agreement_word_and_pdf_name_the_municipality(built, prefix):
    _, profile, site = built
    docx, pdf = agreement_downloads(site, prefix)
    assert_names_municipality(docx, profile, f"{prefix}mentoraftale (DOCX)")
    assert profile.contact_unit in docx
    # The PDF is cached by content in .cache/mentoraftale/: a stale PDF of the
    # other profile would fail here.
    assert_names_municipality(pdf, profile, f"{prefix}mentoraftale (PDF)")
    assert f"{profile.municipality} · {profile.contact_unit} · {profile.phone}" in pdf, "print footer"


def test_print_header_on_a_checklist_names_the_municipality(built):
    _, profile, site = built
    header = re.search(r'<div class="mg-print-header"[^>]*>(.*?)</div>', read(site, CHECKLIST_PAGE), re.S)
    assert header, "the checklist has no print header"
    text = visible_text(header.group(1))
    assert_names_municipality(text, profile, "print header")
    assert profile.contact_unit in text


def test_site_name_meta_tags_logo_and_colour(built):
    _, profile, site = built
    html = read(site, "index.html")
    assert f"<title>Mentorguiden – {profile.municipality}</title>" in html
    assert f'<meta name="author" content="{profile.municipality}">' in html
    assert f'<meta property="og:site_name" content="Mentorguiden – {profile.municipality}">' in html
    assert f'aria-label="Mentorguiden – {profile.municipality}"' in html  # header logo link
    assert f'<img src="{LOGO_SITE_PATH}" alt="">' in html
    assert (site / LOGO_SITE_PATH).read_bytes() == (ROOT / profile.logo).read_bytes()
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    assert f"--md-primary-fg-color: {profile.accent_colour};" in style
    assert f"--md-typeset-a-color: {profile.accent_colour};" in style
    assert profile.print_footer_css in style


def test_edit_links_use_the_profiles_repository(built):
    _, profile, site = built
    page = read(site, "virksomheder/kompensation/index.html")
    assert f'href="{profile.edit_uri}virksomheder/kompensation.md"' in page
    contact = read(site, "kontakt/index.html")
    edit_base = profile.edit_uri.removesuffix("docs/")
    assert f'href="{edit_base}{profile.source_file}"' in contact


def test_contact_page_shows_opening_hours_digital_post_and_mentor_contact(built):
    name, profile, site = built
    danish = visible_text(read(site, "kontakt/index.html"))
    english = visible_text(read(site, "en/kontakt/index.html"))
    expected = {
        "default": (
            ["Mandag–onsdag kl. 9.00–15.00", "Torsdag kl. 9.00–17.00", "Fredag kl. 9.00–13.00"],
            ["Monday–Wednesday 9:00–15:00", "Thursday 9:00–17:00", "Friday 9:00–13:00"],
        ),
        "second": (
            ["Mandag–torsdag kl. 8.30–14.30", "Fredag kl. 8.30–12.00"],
            ["Monday–Thursday 8:30–14:30", "Friday 8:30–12:00"],
        ),
    }[name]
    for line in expected[0]:
        assert line in danish
    for line in expected[1]:
        assert line in english
    contact_html = read(site, "kontakt/index.html")
    assert f'href="{profile.digital_post_url}"' in contact_html
    mentor = profile.local_rules.mentor_contact
    if mentor:
        assert f"kontakt {mentor.name}, {mentor.title}: telefon {mentor.phone}" in danish
    else:
        assert f"kontakt {profile.contact_unit}: telefon {profile.phone}" in danish


def test_contact_page_shows_the_profiles_own_way_to_apply(built):
    name, profile, site = built
    link = f'<a href="{profile.application.url}"'
    expected = {
        "default": (
            f"I søger om en mentor med {link}>formularen på kommunens hjemmeside</a>.",
            f'You apply for a mentor with {link} hreflang="da">the form on the municipality\'s website</a> (in Danish).',
        ),
        "second": (
            f"I søger om en mentor i Virksomhedsportalen Prøvested: {link}>gå til Virksomhedsportalen Prøvested</a>.",
            f'You apply for a mentor in Virksomhedsportalen Prøvested: {link} hreflang="da">go to Virksomhedsportalen '
            "Prøvested</a> (in Danish).",
        ),
    }[name]
    for prefix, sentence in zip(("", "en/"), expected, strict=True):
        html = " ".join(read(site, f"{prefix}kontakt/index.html").replace("&#39;", "'").split())
        assert sentence in html


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_local_rules_show_the_profiles_values(built, prefix):
    _, profile, site = built
    rules = profile.local_rules
    months = rules.months_per_grant
    danish = prefix == ""
    grant = visible_text(read(site, prefix + "konsulenter/bevilling/index.html"))
    unit = "måneder" if danish else "months"
    assert (f"op til {months} {unit} ad gangen" if danish else f"up to {months} {unit} at a time") in grant
    assert (f"Før de {months} {unit} er gået" if danish else f"Before the {months} {unit} are up") in grant
    fixed = visible_text(read(site, prefix + "konsulenter/faste-aftaler/index.html"))
    if danish:
        sentence = "laver faste mentoraftaler" if rules.fixed_agreements else "laver ikke faste mentoraftaler"
    else:
        sentence = "makes fixed mentor agreements" if rules.fixed_agreements else "does not make fixed mentor agreements"
    assert f"{profile.municipality} {sentence}" in fixed
    for page in ("virksomheder/kompensation/", "viden/spoergsmaal-og-svar/", "viden/regler/", "konsulenter/opfoelgning/"):
        text = visible_text(read(site, prefix + page + "index.html"))
        # The glossary may wrap "mentorstøtte" in a tooltip, so the sentence is checked in two halves.
        if danish:
            assert f"{profile.municipality} bevilger" in text and f"i op til {months} {unit} ad gangen" in text, page
        else:
            assert f"{profile.municipality} grants" in text and f"for up to {months} {unit} at a time" in text, page


def test_no_marker_is_left_unexpanded(built):
    _, _, site = built
    leftovers = [
        str(page.relative_to(site)) for page in site.rglob("*.html") if "<!-- profil:" in page.read_text(encoding="utf-8")
    ]
    assert not leftovers


def test_nothing_of_the_other_profile_is_in_the_built_site(built):
    name, _, site = built
    other = profile_for(OTHER[name])
    values = [
        other.municipality,
        other.contact_unit,
        other.phone,
        other.email,
        other.address.street,
        other.site_url,
        other.edit_url,
    ]
    found = []
    for path in site.rglob("*"):
        if path.suffix in TEXT_SUFFIXES:
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [f"{path.relative_to(site)}: {value}" for value in values if value in text]
    for prefix in ("", "en/"):
        for output, text in zip(("docx", "pdf"), agreement_downloads(site, prefix), strict=True):
            found += [f"{prefix}mentoraftale ({output}): {value}" for value in values if value in text]
    assert not found, "\n".join(found)


def test_site_url_set_in_the_environment_wins_over_the_profile(built):
    _, profile, site = built
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', read(site, "kontakt/index.html")).group(1)
    assert canonical == "https://mentorguiden.example/mentorguiden/kontakt/"
    assert urlsplit(profile.site_url).netloc not in read(site, "sitemap.xml")
