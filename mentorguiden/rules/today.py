""" "Today" for a build and for ``make check``: the one place it is read.

``MENTORGUIDEN_I_DAG=2027-01-05`` makes a build or a check act as if it were
that day (the tests use it to see the review notices); without it, the real
date.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Mapping

from mentorguiden.core.errors import DataError

TODAY_VARIABLE = "MENTORGUIDEN_I_DAG"


def today(environ: Mapping[str, str] | None = None) -> datetime.date:
    """The day a build or check acts on: ``MENTORGUIDEN_I_DAG`` in ``environ`` (default: the process's), else today."""
    value = (os.environ if environ is None else environ).get(TODAY_VARIABLE, "").strip()
    if not value:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise DataError(
            f"{TODAY_VARIABLE}={value}: datoen kan ikke læses. Skriv den som ÅÅÅÅ-MM-DD, fx 2027-01-05, "
            "eller fjern variablen, så dagens dato bruges."
        ) from None
