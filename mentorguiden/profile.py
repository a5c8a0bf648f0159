"""The municipality profile: the one file a municipality edits to publish Mentorguiden.

``data/profil.yml`` (keys in Danish, for editors) becomes a ``Profile``
(attributes in English, for code and templates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .datafile import load_data_file

PROFILE_FILE = "data/profil.yml"
PROFILE_SCHEMA = "data/schemas/profil.schema.json"


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    city: str

    @property
    def postal_line(self) -> str:
        return f"{self.postcode} {self.city}"


@dataclass(frozen=True)
class Profile:
    municipality: str
    contact_unit: str
    phone: str
    email: str
    address: Address
    accessibility_statement_url: str
    source_file: str = PROFILE_FILE

    @property
    def phone_href(self) -> str:
        """A ``tel:`` link in international form, e.g. ``tel:+4512345678``."""
        digits = re.sub(r"\D", "", self.phone)
        national = digits[2:] if len(digits) == 10 and digits.startswith("45") else digits
        return f"tel:+45{national}"


def load_profile(root: Path, relative_path: str = PROFILE_FILE) -> Profile:
    """Read and validate the profile; raise ``DataError`` with Danish messages."""
    data = load_data_file(root / relative_path, root / PROFILE_SCHEMA, root=root)
    return profile_from_data(data, source_file=relative_path)


def profile_from_data(data: dict, source_file: str = PROFILE_FILE) -> Profile:
    """Build the model from already validated data."""
    address = data["adresse"]
    return Profile(
        municipality=data["kommune"],
        contact_unit=data["kontaktenhed"],
        phone=data["telefon"],
        email=data["email"],
        address=Address(street=address["vej"], postcode=address["postnummer"], city=address["by"]),
        accessibility_statement_url=data["tilgaengelighedserklaering"],
        source_file=source_file,
    )
