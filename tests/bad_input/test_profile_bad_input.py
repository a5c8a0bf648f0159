"""A broken profile stops the build in on_config with a Danish message naming the file and the key.

Each row breaks one thing in a copy of the project's data/profil.yml (or of
the second profile, chosen with MENTORGUIDEN_PROFILE) and builds it in this
process: the build must fail, the output must name the file and the key and
say what is wrong, there must be no traceback and no page. The pure checks
are unit tests (tests/unit/profile/).
"""

from __future__ import annotations

import pytest
from helpers.builds import SECOND_PROFILE, Edit, apply_edits, build_fails, expected_lines

PROFILE = "data/profil.yml"
LOGO = "data/logoer/eksempel-kommune.svg"


def profile(old: str, new: str, file: str = PROFILE) -> Edit:
    return Edit(file, old, new)


def logo_with(danger: str) -> Edit:
    return Edit(LOGO, "</svg>", danger + "</svg>")


def delete_logo(project):
    (project / LOGO).unlink()


def logo_not_svg(project):
    (project / LOGO).write_bytes(b"\x89PNG\r\n\x1a\n not an svg")


# (edits, expected substrings, environment, {name: (file, start of the line)} for "{name}" in the expectations)
CASES = [
    pytest.param(
        [profile('accentfarve: "#1b4f72"\n', "")],
        [f"{PROFILE}: nøglen 'accentfarve' mangler. Tilføj den."],
        {},
        {},
        id="missing-required-key",
    ),
    pytest.param(
        [profile("  faste_aftaler: true\n", "")],
        ["nøglen 'lokale_regler.faste_aftaler' mangler"],
        {},
        {},
        id="missing-local-rule",
    ),
    pytest.param(
        [profile("email:", "emial:")], ["ukendt nøgle 'emial'", "Mente du 'email'?", "'email' mangler"], {}, {}, id="misspelt-key"
    ),
    pytest.param(
        [profile("kommune: Eksempel Kommune", "kommune: Eksempel: Kommune")],
        [f"{PROFILE}, linje {{kommune}}", "YAML"],
        {},
        {"kommune": (PROFILE, "kommune:")},
        id="malformed-yaml",
    ),
    pytest.param(
        [profile('telefon: "12 34 56 78"', 'telefon: "12 34"')],
        [f"{PROFILE}", "'telefon' har ikke den rigtige form: '12 34'", "8 cifre"],
        {},
        {},
        id="bad-phone",
    ),
    pytest.param(
        [profile("email: virksomhed@", "email: virksomhed-at-")], ["'email' har ikke den rigtige form"], {}, {}, id="bad-email"
    ),
    pytest.param(
        [profile("side_url: https://", "side_url: http://")],
        ["'side_url' har ikke den rigtige form", "https://"],
        {},
        {},
        id="bad-url-side_url",
    ),
    pytest.param(
        [profile("rediger_url: https://github.com", "rediger_url: https://github com")],
        ["'rediger_url' har ikke den rigtige form", "https://"],
        {},
        {},
        id="bad-url-rediger_url",
    ),
    pytest.param(
        [profile("digital_post: https://", "digital_post: ")],
        ["'digital_post' har ikke den rigtige form", "https://"],
        {},
        {},
        id="bad-url-digital_post",
    ),
    pytest.param(
        [profile('accentfarve: "#1b4f72"', 'accentfarve: "blå"')],
        ["'accentfarve' har ikke den rigtige form: 'blå'", "hex-kode"],
        {},
        {},
        id="bad-colour-format",
    ),
    pytest.param(
        [profile('accentfarve: "#1b4f72"', 'accentfarve: "#7fb2e5"')],
        [
            f"{PROFILE}, linje {{colour}}: farven '#7fb2e5' i 'accentfarve' er for lys",
            "kontrasten 2.23:1",
            "mindst 4.5:1 (WCAG AA)",
        ],
        {},
        {"colour": (PROFILE, "accentfarve")},
        id="low-contrast-colour",
    ),
    pytest.param(
        [profile('til: "15:00"', 'til: "08:00"')],
        ["i 'aabningstider[1]' lukker I kl. 08:00, før I åbner kl. 09:00"],
        {},
        {},
        id="closing-before-opening",
    ),
    pytest.param(
        [profile("dage: [mandag, tirsdag, onsdag]", "dage: [mandag, tirsdag, onsdg]")],
        ["'aabningstider[1].dage[3]' skal være en af 'mandag'", "'onsdg'"],
        {},
        {},
        id="unknown-weekday",
    ),
    pytest.param(
        [profile('fra: "09:00"', 'fra: "9"')],
        ["'aabningstider[1].fra' har ikke den rigtige form: '9'", "TT:MM"],
        {},
        {},
        id="malformed-time",
    ),
    pytest.param(
        [profile("dage: [torsdag]", "dage: [onsdag]")],
        ["'onsdag' står i både 'aabningstider[1]' og 'aabningstider[2]'"],
        {},
        {},
        id="day-in-two-periods",
    ),
    pytest.param(
        [profile("maaneder_pr_bevilling: 6", "maaneder_pr_bevilling: 7")],
        ["'lokale_regler.maaneder_pr_bevilling' skal være højst 6, men er 7", "Loven tillader i dag højst 6"],
        {},
        {},
        id="months-7",
    ),
    pytest.param(
        [profile("maaneder_pr_bevilling: 6", "maaneder_pr_bevilling: 0")],
        ["'lokale_regler.maaneder_pr_bevilling' skal være mindst 1, men er 0", "Loven tillader i dag højst 6"],
        {},
        {},
        id="months-0",
    ),
    pytest.param(
        [profile("maaneder_pr_bevilling: 6", 'maaneder_pr_bevilling: "fire"')],
        ["'lokale_regler.maaneder_pr_bevilling' skal være et helt tal", "Loven tillader i dag højst 6"],
        {},
        {},
        id="months-not-a-number",
    ),
    pytest.param([delete_logo], [f"logoet '{LOGO}' i 'logo' findes ikke"], {}, {}, id="logo-missing"),
    pytest.param(
        [profile(f"logo: {LOGO}", "logo: data/logoer/eksempel-kommune.png")],
        ["'logo' har ikke den rigtige form", "SVG-fil"],
        {},
        {},
        id="logo-not-named-svg",
    ),
    pytest.param([logo_not_svg], ["i 'logo' er ikke en SVG-fil"], {}, {}, id="logo-not-an-svg"),
    pytest.param(
        [logo_with("<script>alert(1)</script>")],
        [f"logoet '{LOGO}' i 'logo' indeholder et <script>-element"],
        {},
        {},
        id="logo-script",
    ),
    pytest.param(
        [logo_with('<rect onload="alert(1)" width="1" height="1"/>')],
        [f"logoet '{LOGO}' i 'logo' indeholder en hændelses-attribut (on…=)"],
        {},
        {},
        id="logo-event",
    ),
    pytest.param(
        [logo_with('<image href="https://tracker.example/pixel.png"/>')],
        [f"logoet '{LOGO}' i 'logo' indeholder et link til en anden fil eller adresse"],
        {},
        {},
        id="logo-outside-reference",
    ),
    pytest.param(
        [profile(f"logo: {LOGO}", "logo: ../../uden-for.svg")], ["ligger uden for det"], {}, {}, id="logo-outside-the-repository"
    ),
    pytest.param(
        [profile('accentfarve: "#7a2e0e"', 'accentfarve: "#ffcc00"', SECOND_PROFILE)],
        [f"{SECOND_PROFILE}, linje", "farven '#ffcc00' i 'accentfarve' er for lys"],
        {"MENTORGUIDEN_PROFILE": SECOND_PROFILE},
        {},
        id="second-profile-validated",
    ),
    pytest.param(
        [profile("udbetaling:", "gammel_udbetaling:")],
        [f"{PROFILE}: nøglen 'udbetaling' mangler. Tilføj den.", "ukendt nøgle 'gammel_udbetaling'"],
        {},
        {},
        id="profile-without-payment-terms",
    ),
    pytest.param(
        [profile("klagevejledning:", "klagevejledningen:")],
        [f"{PROFILE}: nøglen 'klagevejledning' mangler. Tilføj den."],
        {},
        {},
        id="profile-without-complaint-guidance",
    ),
    pytest.param(
        [profile("  url: https://www.eksempel-kommune.example/virksomhed/mentor-ansoegning\n", "")],
        [f"{PROFILE}, linje {{maade}}: 'ansoegning.url' mangler. Når 'maade' er 'formular'"],
        {},
        {"maade": (PROFILE, "maade: formular")},
        id="application-form-without-address",
    ),
    pytest.param(
        [profile("  maade: formular", "  maade: telefon")],
        [f"{PROFILE}, linje {{url}}: 'ansoegning.url' bruges kun, når 'maade' er 'formular' eller 'selvbetjening'"],
        {},
        {"url": (PROFILE, "url: https://www.eksempel-kommune.example/virksomhed")},
        id="application-by-phone-with-an-address",
    ),
    pytest.param(
        [profile('  ean: "5798000000001"\n', "", SECOND_PROFILE)],
        [f"{SECOND_PROFILE}, linje", "'udbetaling.ean' mangler. Ved e-faktura"],
        {"MENTORGUIDEN_PROFILE": SECOND_PROFILE},
        {},
        id="e-invoice-without-ean",
    ),
    pytest.param(
        [profile("  hyppighed: maanedlig", "  hyppighed: ugentlig")],
        ["'udbetaling.hyppighed'", "maanedlig", "kvartalsvis"],
        {},
        {},
        id="unknown-payment-frequency",
    ),
    pytest.param(
        [],
        ["data/profiler/findes-ikke.yml: filen findes ikke"],
        {"MENTORGUIDEN_PROFILE": "data/profiler/findes-ikke.yml"},
        {},
        id="profile-switch-to-a-missing-file",
    ),
]


@pytest.mark.parametrize("edits, expected, environment, lines", CASES)
def test_broken_profile_stops_the_build(project, edits, expected, environment, lines):
    apply_edits(project, *edits)
    output = build_fails(project, **environment)
    assert "Bygningen stoppede" in output
    assert not (project / "site" / "index.html").exists(), "a broken profile must not build pages"
    for message in expected_lines(project, tuple(expected), lines):
        assert message in output
