"""Text from the profile is text, in every template – ours and the theme's.

Two halves:

1. **What a value may contain**, decided field by field
   (``profile_text_problems``). A name (``kommune``, ``kontaktenhed``, the
   address, the mentor contact's name and title) may contain anything a
   name can – ``&``, quotes, even ``<`` – and is always shown as text.
   Addresses on the web, e-mail addresses and the logo's path are refused,
   with a Danish message naming the file, the line and the key, when they
   hold characters such a value never has (quotes, ``<``, spaces …): they
   go into ``href`` and ``mailto:`` attributes, and a character that can
   end an attribute has no business there. No value may hold an invisible
   control character (not allowed in HTML). Fields whose form the schema
   fixes (phone, postcode, times, colour, weekdays) are refused by the
   schema already.

2. **How a value reaches a template that does not escape**. Our own
   templates escape (``| e``, or the autoescaping environment in
   ``mentorguiden/templates.py``). Material's Jinja environment does not:
   ``config.site_name`` goes raw into the header, the drawer, ``<title>``
   and the logo's ``aria-label``. ``theme_text`` gives it as
   ``markupsafe.Markup`` – escaped once, and not escaped again by a
   template that does say ``| e``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from markupsafe import Markup, escape

from mentorguiden.core.datafile import SourceMap, format_key_path

KeyPath = tuple[str | int, ...]

TEXT = "tekst"
"""Shown as text wherever it appears; any character but control characters."""
WEB_ADDRESS = "webadresse"
"""An http(s) address that goes into ``href``: only the characters an address has."""
EMAIL = "e-mail"
"""An e-mail address that goes into ``mailto:``: only the characters an address has."""
FILE_PATH = "sti"
"""A path to a file in the repository."""
FIXED_FORM = "fast form"
"""A pattern or a list of choices in the schema decides the form (phone, colour, …)."""

PROFILE_FIELD_KINDS: dict[tuple[str, ...], str] = {
    ("digital_post",): WEB_ADDRESS,
    ("tilgaengelighedserklaering",): WEB_ADDRESS,
    ("side_url",): WEB_ADDRESS,
    ("rediger_url",): WEB_ADDRESS,
    ("ansoegning", "url"): WEB_ADDRESS,
    ("email",): EMAIL,
    ("lokale_regler", "mentorkontakt", "email"): EMAIL,
    ("logo",): FILE_PATH,
}
"""Profile keys that are not plain text (list items as ``"*"``). Every other string is TEXT."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NOT_IN_WEB_ADDRESS = re.compile(r"""[\s"'<>\\^`{|}]""")
_WEB_ADDRESS_START = re.compile(r"^https?://[^/?#\s]+")
_NOT_IN_EMAIL = re.compile(r"""[\s"'<>()\[\]\\,;:`]""")
_NOT_IN_FILE_PATH = re.compile(r"""["'<>`&]""")

_CHARACTER_NAMES = {" ": "et mellemrum", "\t": "et tabulatortegn", "\n": "et linjeskift", "\r": "et linjeskift"}


def theme_text(text: str) -> Markup:
    """``text`` escaped once, for a template of the theme (which does not autoescape).

    ``Markup`` is a ``str``: the theme prints it as it is, and a template
    that escapes (``| e``) leaves it alone, so it is never escaped twice.
    """
    return escape(text)


_MARKDOWN_SYNTAX = {"\\": "&#92;", "`": "&#96;", "*": "&#42;", "_": "&#95;", "[": "&#91;", "]": "&#93;"}
_MARKDOWN_SYNTAX_PATTERN = re.compile(r"[\\`*_\[\]]")


def markdown_inert(escaped_html: str) -> str:
    """Already HTML-escaped text with Markdown's inline syntax as character references.

    A profile value put into a page with ``<!-- profil: kommune -->`` is
    read by Markdown: ``[klik](javascript:…)`` would become a link and
    ``*fed*`` emphasis. As character references they are shown as the
    characters themselves, in text and in attribute values alike.
    """
    return _MARKDOWN_SYNTAX_PATTERN.sub(lambda match: _MARKDOWN_SYNTAX[match.group()], escaped_html)


def field_kind(path: KeyPath, schema: dict[str, Any] | None = None) -> str:
    """The kind of the profile value at ``path`` (list indexes as ints or ``"*"``).

    With the field's ``schema``, a field the schema gives a pattern or a list
    of choices, and that is not listed in ``PROFILE_FIELD_KINDS``, is
    FIXED_FORM: the schema refuses markup there.
    """
    key = tuple("*" if isinstance(part, int) else part for part in path)
    if key in PROFILE_FIELD_KINDS:
        return PROFILE_FIELD_KINDS[key]
    if schema and ("pattern" in schema or "enum" in schema):
        return FIXED_FORM
    return TEXT


def string_values(data: Any, path: KeyPath = ()) -> Iterator[tuple[KeyPath, str]]:
    """Every string in ``data`` with its key path."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from string_values(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from string_values(value, path + (index,))


def profile_text_problems(data: Any, source_map: SourceMap, shown: str) -> list[str]:
    """Danish messages for profile values that cannot be shown safely, each with file, line and key."""
    problems = []
    for path, value in string_values(data):
        line = source_map.line_of(path)
        where = f"{shown}, linje {line}" if line else shown
        problem = value_problem(field_kind(path), value)
        if problem:
            problems.append(f"{where}: '{format_key_path(path, data)}' {problem}")
    return problems


def value_problem(kind: str, value: str) -> str | None:
    """What is wrong with ``value`` for a field of ``kind`` (a Danish sentence after the key), or None."""
    control = _CONTROL.search(value)
    if control:
        return (
            f"indeholder et usynligt styretegn (U+{ord(control.group()):04X}), som ikke må stå på en "
            "webside. Slet værdien, og skriv den igen."
        )
    if kind == WEB_ADDRESS:
        bad = _NOT_IN_WEB_ADDRESS.search(value)
        if bad:
            return (
                f"er en webadresse, men '{value}' indeholder {_character(bad.group())}, som ikke kan stå "
                "i en webadresse. Kopiér adressen fra browserens adresselinje (der står fx %20 for et "
                'mellemrum og %22 for ").'
            )
        if not _WEB_ADDRESS_START.match(value):
            return f"skal være en webadresse, der begynder med https://, men er '{value}'."
    elif kind == EMAIL:
        bad = _NOT_IN_EMAIL.search(value)
        if bad:
            return (
                f"skal være en almindelig e-mailadresse som navn@kommune.dk, men '{value}' indeholder {_character(bad.group())}."
            )
    elif kind == FILE_PATH:
        bad = _NOT_IN_FILE_PATH.search(value)
        if bad:
            return (
                f"er stien til en fil, men '{value}' indeholder {_character(bad.group())}. Giv filen et "
                "navn med bogstaver, tal, - og _ (fx data/logoer/kommune.svg), og ret stien."
            )
    return None


def _character(character: str) -> str:
    return _CHARACTER_NAMES.get(character, f"tegnet {character}")
