"""The profile's values and local rules as text in the guidance pages.

A page says ``<!-- profil: bevillingsperiode -->`` where the municipality's
own rule belongs; the build replaces the marker with the sentence for the
profile being built, in the page's language. Each key is one macro in
``overrides/generated/profile-texts.html``, which picks the sentence (both
variants of each rule); the sentences in both languages are entries of
``mentorguiden/core/ui_strings.py``, so every page reads the same text from
one place. An unknown key is a ``DataError`` listing the known ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jinja2
from jinja2.runtime import Macro
from markupsafe import Markup

from mentorguiden.core.errors import DataError
from mentorguiden.core.messages import did_you_mean
from mentorguiden.core.ui_strings import ui
from mentorguiden.profile.model import WEEKDAYS, Profile, phone_href

PROFILE_TEXTS_TEMPLATE = "profile-texts.html"
MARKER_NAME = "profil"


WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The interface texts of the profile's weekdays (``WEEKDAYS``, in Danish), in the same order."""


def _day_name(day: str, language: str) -> str:
    return ui(WEEKDAY_KEYS[WEEKDAYS.index(day)], language)


def format_days(days: tuple[str, ...], language: str) -> str:
    """``Mandag–onsdag``, ``Mandag og onsdag``, ``Friday``: consecutive days as a range."""
    indices = [WEEKDAYS.index(day) for day in days]
    runs: list[list[int]] = []
    for index in indices:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts = []
    for run in runs:
        first, last = _day_name(WEEKDAYS[run[0]], language), _day_name(WEEKDAYS[run[-1]], language)
        if len(run) >= 3:
            parts.append(f"{first}–{last}")
        else:
            parts.extend(_day_name(WEEKDAYS[i], language) for i in run)
    joined = join_words(parts, language)
    return joined[0].upper() + joined[1:]


def join_words(parts: list[str], language: str) -> str:
    """``a``, ``a og b``, ``a, b og c`` (``and`` in English)."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {ui('and', language)} " + parts[-1]


def payment_documents(profile: Profile, language: str) -> str:
    """What a payment claim includes, as one phrase: ``mentorens timeseddel og …``."""
    return join_words([ui(f"payment_document_{document}", language) for document in profile.payment.documentation], language)


def format_time(time: str, language: str) -> str:
    """``09:00`` → ``9.00`` in Danish, ``9:00`` in English."""
    hours, minutes = time.split(":")
    return ui("clock_time", language, hours=int(hours), minutes=minutes)


def opening_hours_lines(profile: Profile, language: str) -> list[tuple[str, str]]:
    prefix = ui("at_time", language)
    return [
        (
            format_days(period.days, language),
            f"{prefix}{format_time(period.opens, language)}–{format_time(period.closes, language)}",
        )
        for period in profile.opening_hours
    ]


def template_context(profile: Profile, language: str) -> dict[str, Any]:
    """What ``profile-texts.html`` needs; templates that import it ``with context`` need it too."""
    return {
        "profile": profile,
        "lang": language,
        "hours": opening_hours_lines(profile, language),
        "payment_documents": payment_documents(profile, language),
        "phone_href": phone_href,
    }


def profile_texts(profile: Profile, environment: jinja2.Environment) -> Callable[[str, str], str]:
    """``text(key, language)`` → the text for ``<!-- profil: key -->``; ``DataError`` for an unknown key."""
    modules: dict[str, object] = {}

    def text(key: str, language: str) -> str:
        if language not in modules:
            modules[language] = environment.get_template(PROFILE_TEXTS_TEMPLATE).make_module(template_context(profile, language))
        module = modules[language]
        known = sorted(name.replace("_", "-") for name in dir(module) if isinstance(getattr(module, name), Macro))
        macro = getattr(module, key.replace("-", "_"), None) if key else None
        if not isinstance(macro, Macro) or "_" in key:
            hint = did_you_mean(key, known, f"Kendte nøgler er: {', '.join(known)}.")
            raise DataError(f"ukendt nøgle '{key}' i <!-- {MARKER_NAME}: {key} -->. {hint}")
        return str(macro()).strip()

    return text


def profile_plain_texts(profile: Profile, environment: jinja2.Environment) -> Callable[[str, str], str]:
    """``text(key, language)`` as plain text, for a form's field that starts with it (no markup, one line)."""
    html = profile_texts(profile, environment)
    return lambda key, language: Markup(html(key, language)).striptags()
