"""The profile's texts for how to apply and how payment works, for both shipped profiles.

These are the sentences ``<!-- profil: ansoegning -->``, ``udbetaling``,
``klagevejledning`` and ``spoerg-kommunen`` put into a page: each way of
applying and paying gives its own sentence with the profile's own values.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from helpers.builds import ROOT, SECOND_PROFILE

from mentorguiden.core.templates import template_environment
from mentorguiden.profile.model import ApplicationRoute, PaymentTerms, Profile, load_profile
from mentorguiden.profile.texts import profile_texts


def texts_of(profile: Profile, key: str, language: str) -> str:
    html = profile_texts(profile, template_environment(ROOT))(key, language)
    return " ".join(re.sub(r"<[^>]+>", "", html).replace("&#39;", "'").split())


@pytest.mark.parametrize(
    ("application", "danish"),
    [
        (ApplicationRoute("telefon"), "I søger om en mentor ved at ringe til Jobcenter Eksempel på 12 34 56 78."),
        (
            ApplicationRoute("email"),
            "I søger om en mentor ved at skrive til Jobcenter Eksempel på virksomhed@eksempel-kommune.example.",
        ),
        (ApplicationRoute("formular", url="https://x.example/a"), "I søger om en mentor med formularen på kommunens hjemmeside."),
        (
            ApplicationRoute("selvbetjening", url="https://x.example/a", system_name="Jobportal"),
            "I søger om en mentor i Jobportal: gå til Jobportal.",
        ),
    ],
)
def test_each_way_of_applying_has_its_own_sentence(application, danish):
    profile = replace(load_profile(ROOT), application=application)
    assert danish in texts_of(profile, "ansoegning", "da")
    assert "apply for a mentor" in texts_of(profile, "ansoegning", "en")


def test_payment_terms_of_both_shipped_profiles():
    default, second = load_profile(ROOT), load_profile(ROOT, SECOND_PROFILE)
    assert texts_of(default, "udbetaling", "da") == (
        "I beder om kompensationen hver måned, og Eksempel Kommune udbetaler den til virksomhedens NemKonto. "
        "Vedlæg mentorens timeseddel og dokumentation for mentorens timelønsomkostning (fx en lønseddel). "
        "Eksempel Kommune udbetaler senest 30 dage efter at have fået det hele."
    )
    assert texts_of(second, "udbetaling", "en") == (
        "You send an electronic invoice every quarter to Prøvested Kommune, EAN number 5798000000001. "
        "Attach the mentor's timesheet, documentation of the mentor's hourly wage cost (for example a payslip) and "
        "the mentor's invoice (if the mentor is an external consultant). "
        "Prøvested Kommune pays at the latest 20 days after receiving everything."
    )


def test_payment_once_at_the_end_of_the_period():
    profile = replace(load_profile(ROOT), payment=PaymentTerms("efter-perioden", "nemkonto", ("timeseddel",), 14))
    assert "I beder om kompensationen én gang, når perioden er slut" in texts_of(profile, "udbetaling", "da")
    assert "Vedlæg mentorens timeseddel." in texts_of(profile, "udbetaling", "da")


def test_complaint_guidance_is_the_profiles_own_wording_escaped():
    profile = load_profile(ROOT, SECOND_PROFILE)
    assert texts_of(profile, "klagevejledning", "da").startswith("Du kan klage over afgørelsen om mentorstøtte.")
    odd = replace(profile, complaint_guidance=replace(profile.complaint_guidance, da="Klag <b>her</b> & nu"))
    assert "&lt;b&gt;" in profile_texts(odd, template_environment(ROOT))("klagevejledning", "da")


def test_ask_the_municipality_names_the_contact_unit_phone_and_email():
    profile = load_profile(ROOT)
    text = texts_of(profile, "spoerg-kommunen", "da")
    assert text == "Spørg Jobcenter Eksempel om det: ring på 12 34 56 78, eller skriv til virksomhed@eksempel-kommune.example."
