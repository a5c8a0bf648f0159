"""How much time Mentorguiden's hooks add to a build. Prints figures; asserts nothing.

Runs 5 strict builds of the site (both languages) and 5 builds of the same
configuration with every hook removed but hooks/site_setup.py (which loads
the data and gives the theme the profile and its texts), each into a fresh
temporary folder, and prints both medians and their ratio. Without the
hooks there is no contact page, so it is left out of that variant's
navigation.

    make bench        (or: .venv/bin/python benchmarks/build.py [--runs N])
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys

from mkdocs.config import load_config
from timing import CONFIG_FILE, ROOT, quiet, timed_build


def timed_build_of_variant(with_hooks: bool) -> float:
    if with_hooks:
        return timed_build()
    nav = [item for item in load_config(str(CONFIG_FILE)).nav if "kontakt.md" not in item.values()]

    # hooks/site_setup.py stays: the theme itself needs the profile (footer,
    # colours, logo) and the interface texts it gives the templates.
    return timed_build(hooks=["hooks/site_setup.py"], nav=nav)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    quiet()
    os.chdir(ROOT)

    timed_build_of_variant(with_hooks=True)  # warm-up: imports and theme loading
    with_hooks = [timed_build_of_variant(with_hooks=True) for _ in range(runs)]
    without_hooks = [timed_build_of_variant(with_hooks=False) for _ in range(runs)]

    median_with = statistics.median(with_hooks)
    median_without = statistics.median(without_hooks)
    print(f"Builds per variant:            {runs}")
    print(f"Median, site with hooks:       {median_with:.3f} s")
    print(f"Median, same without hooks:    {median_without:.3f} s")
    print(f"Ratio (with / without):        {median_with / median_without:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
