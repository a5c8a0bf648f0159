"""A broken profile stops the build with a Danish message naming the file and the key.

Each case breaks one thing in a copy of the project's data/profil.yml (or in
the second profile, chosen with MENTORGUIDEN_PROFILE) and runs the real
``mkdocs build``: the exit status must be non-zero, the output must name the
file and the key and say what is wrong, and there must be no traceback.
The pure checks (contrast, formatting) are tested directly below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, SECOND_PROFILE, mkdocs_build
from mentorguiden.core.errors import DataError
from mentorguiden.profile.model import (
    contrast_with_white,
    css_string,
    load_profile,
    profile_from_data,
)
from mentorguiden.profile.texts import format_days, format_time

PROFILE = "data/profil.yml"


def break_profile(project: Path, old: str, new: str, profile: str = PROFILE) -> None:
    path = project / profile
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {profile}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build_fails(project: Path, **environment: str) -> str:
    result = mkdocs_build(project, project / "site", **environment)
    assert result.returncode != 0, f"The build should have failed:\n{result.output}"
    assert "Traceback" not in result.output, result.output
    assert "Bygningen stoppede" in result.output
    assert not (project / "site" / "index.html").exists(), "a broken profile must not build pages"
    return result.output


def test_missing_required_key(project):
    break_profile(project, "accentfarve: \"#1b4f72\"\n", "")
    output = build_fails(project)
    assert f"{PROFILE}: nøglen 'accentfarve' mangler. Tilføj den." in output


def test_missing_local_rule(project):
    break_profile(project, "  faste_aftaler: true\n", "")
    output = build_fails(project)
    assert "nøglen 'lokale_regler.faste_aftaler' mangler" in output


def test_bad_phone(project):
    break_profile(project, 'telefon: "12 34 56 78"', 'telefon: "12 34"')
    output = build_fails(project)
    assert "'telefon' har ikke den rigtige form: '12 34'" in output and "8 cifre" in output


def test_bad_email(project):
    break_profile(project, "email: virksomhed@", "email: virksomhed-at-")
    output = build_fails(project)
    assert "'email' har ikke den rigtige form" in output


@pytest.mark.parametrize("key,old,new", [
    ("side_url", "side_url: https://", "side_url: http://"),
    ("rediger_url", "rediger_url: https://github.com", "rediger_url: https://github com"),
    ("digital_post", "digital_post: https://", "digital_post: "),
])
def test_bad_url(project, key, old, new):
    break_profile(project, old, new)
    output = build_fails(project)
    assert f"'{key}' har ikke den rigtige form" in output and "https://" in output


def test_bad_colour_format(project):
    break_profile(project, 'accentfarve: "#1b4f72"', 'accentfarve: "blå"')
    output = build_fails(project)
    assert "'accentfarve' har ikke den rigtige form: 'blå'" in output and "hex-kode" in output


def test_low_contrast_colour_names_key_colour_and_ratio(project):
    break_profile(project, 'accentfarve: "#1b4f72"', 'accentfarve: "#7fb2e5"')
    output = build_fails(project)
    line = next(number for number, text in enumerate(
        (project / PROFILE).read_text(encoding="utf-8").splitlines(), start=1) if text.startswith("accentfarve"))
    assert f"{PROFILE}, linje {line}: farven '#7fb2e5' i 'accentfarve' er for lys" in output
    assert "kontrasten 2.23:1" in output and "mindst 4.5:1 (WCAG AA)" in output


def test_colour_just_below_the_limit_fails_and_just_above_passes():
    # #777777 is 4.48:1 against white, #767676 is 4.54:1.
    assert contrast_with_white("#777777") < 4.5 < contrast_with_white("#767676")
    assert contrast_with_white("#000000") == pytest.approx(21)
    assert contrast_with_white("#ffffff") == pytest.approx(1)


def test_closing_before_opening(project):
    break_profile(project, 'til: "15:00"', 'til: "08:00"')
    output = build_fails(project)
    assert "i 'aabningstider[1]' lukker I kl. 08:00, før I åbner kl. 09:00" in output


def test_unknown_weekday(project):
    break_profile(project, "dage: [mandag, tirsdag, onsdag]", "dage: [mandag, tirsdag, onsdg]")
    output = build_fails(project)
    assert "'aabningstider[1].dage[3]' skal være en af 'mandag'" in output and "'onsdg'" in output


def test_malformed_time(project):
    break_profile(project, 'fra: "09:00"', 'fra: "9"')
    output = build_fails(project)
    assert "'aabningstider[1].fra' har ikke den rigtige form: '9'" in output and "TT:MM" in output


def test_day_in_two_periods(project):
    break_profile(project, "dage: [torsdag]", "dage: [onsdag]")
    output = build_fails(project)
    assert "'onsdag' står i både 'aabningstider[1]' og 'aabningstider[2]'" in output


@pytest.mark.parametrize("months,message", [
    ("7", "'lokale_regler.maaneder_pr_bevilling' skal være højst 6, men er 7"),
    ("0", "'lokale_regler.maaneder_pr_bevilling' skal være mindst 1, men er 0"),
    ('"fire"', "'lokale_regler.maaneder_pr_bevilling' skal være et helt tal"),
])
def test_months_per_grant_out_of_range(project, months, message):
    break_profile(project, "maaneder_pr_bevilling: 6", f"maaneder_pr_bevilling: {months}")
    output = build_fails(project)
    assert message in output and "Loven tillader højst 6" in output


def test_logo_file_missing(project):
    (project / "data" / "logoer" / "eksempel-kommune.svg").unlink()
    output = build_fails(project)
    assert "logoet 'data/logoer/eksempel-kommune.svg' i 'logo' findes ikke" in output


def test_logo_not_named_svg(project):
    break_profile(project, "logo: data/logoer/eksempel-kommune.svg", "logo: data/logoer/eksempel-kommune.png")
    output = build_fails(project)
    assert "'logo' har ikke den rigtige form" in output and "SVG-fil" in output


def test_logo_that_is_not_an_svg(project):
    (project / "data" / "logoer" / "eksempel-kommune.svg").write_bytes(b"\x89PNG\r\n\x1a\n not an svg")
    output = build_fails(project)
    assert "i 'logo' er ikke en SVG-fil" in output


@pytest.mark.parametrize("danger,named", [
    ("<script>alert(1)</script>", "et <script>-element"),
    ('<rect onload="alert(1)" width="1" height="1"/>', "en hændelses-attribut (on…=)"),
    ('<image href="https://tracker.example/pixel.png"/>', "et link til en anden fil eller adresse"),
])
def test_logo_with_script_or_outside_reference_is_refused(project, danger, named):
    logo = project / "data" / "logoer" / "eksempel-kommune.svg"
    logo.write_text(logo.read_text(encoding="utf-8").replace("</svg>", danger + "</svg>"), encoding="utf-8")
    output = build_fails(project)
    assert f"logoet 'data/logoer/eksempel-kommune.svg' i 'logo' indeholder {named}" in output


def test_logo_outside_the_repository(project):
    break_profile(project, "logo: data/logoer/eksempel-kommune.svg", "logo: ../../uden-for.svg")
    output = build_fails(project)
    assert "ligger uden for det" in output


def test_second_profile_is_validated_too(project):
    break_profile(project, "accentfarve: \"#7a2e0e\"", "accentfarve: \"#ffcc00\"", SECOND_PROFILE)
    output = build_fails(project, MENTORGUIDEN_PROFILE=SECOND_PROFILE)
    assert f"{SECOND_PROFILE}, linje" in output and "farven '#ffcc00' i 'accentfarve' er for lys" in output


def test_profile_switch_to_a_missing_file(project):
    output = build_fails(project, MENTORGUIDEN_PROFILE="data/profiler/findes-ikke.yml")
    assert "data/profiler/findes-ikke.yml: filen findes ikke" in output


def test_unknown_profile_marker_key(project):
    page = project / "docs" / "om-siden.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<!-- profil: maaneder-pr-bevilin -->\n",
                    encoding="utf-8")
    result = mkdocs_build(project, project / "site")
    assert result.returncode != 0 and "Traceback" not in result.output
    assert "docs/om-siden.md, linje" in result.output
    assert "ukendt nøgle 'maaneder-pr-bevilin' i <!-- profil: maaneder-pr-bevilin -->" in result.output
    assert "Mente du 'maaneder-pr-bevilling'?" in result.output


# --- Pure functions ------------------------------------------------------------------


def test_both_shipped_profiles_load():
    first, second = load_profile(ROOT), load_profile(ROOT, SECOND_PROFILE)
    assert first.municipality != second.municipality
    assert first.accent_colour != second.accent_colour and first.logo != second.logo
    assert second.local_rules.months_per_grant < 6 and not second.local_rules.fixed_agreements


@pytest.mark.parametrize("edit_url", [
    "https://github.com/x/y/edit/main/", "https://github.com/x/y/edit/main",
    "https://github.com/x/y/edit/main/docs/", "https://github.com/x/y/edit/main/docs",
])
def test_edit_uri_is_always_the_repository_docs_folder(edit_url):
    data = {"kommune": "K", "kontaktenhed": "E", "telefon": "12345678", "email": "a@b.dk",
            "adresse": {"vej": "V", "postnummer": "1234", "by": "B"}, "tilgaengelighedserklaering": "https://a.b",
            "rediger_url": edit_url}
    assert profile_from_data(data).edit_uri == "https://github.com/x/y/edit/main/docs/"


def test_css_string_cannot_break_out_of_the_style_element():
    escaped = css_string('A "B" </style><script>x</script> \\ Kommune')
    assert escaped.startswith('"') and escaped.endswith('"')
    inner = escaped[1:-1]
    assert '"' not in inner and "<" not in inner and ">" not in inner and "\\\\" not in inner


@pytest.mark.parametrize("days,language,expected", [
    (("mandag", "tirsdag", "onsdag"), "da", "Mandag–onsdag"),
    (("mandag", "tirsdag"), "da", "Mandag og tirsdag"),
    (("mandag", "onsdag", "torsdag", "fredag"), "da", "Mandag og onsdag–fredag"),
    (("fredag",), "en", "Friday"),
    (("mandag", "tirsdag", "onsdag", "torsdag", "fredag"), "en", "Monday–Friday"),
])
def test_format_days(days, language, expected):
    assert format_days(days, language) == expected


def test_format_time():
    assert format_time("08:30", "da") == "8.30" and format_time("08:30", "en") == "8:30"


def test_load_profile_error_is_a_data_error(tmp_path):
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    (tmp_path / "data" / "schemas" / "profil.schema.json").write_text(
        (ROOT / "data" / "schemas" / "profil.schema.json").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "data" / "profil.yml").write_text("kommune: X\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_profile(tmp_path)
    assert any("nøglen 'kontaktenhed' mangler" in message for message in caught.value.messages)
