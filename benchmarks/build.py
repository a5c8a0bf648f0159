"""How much time Mentorguiden's hooks add to a build. Prints figures; asserts nothing.

Runs 5 strict builds of the site (both languages) and 5 builds of the same
configuration with our hooks removed, each into a fresh temporary folder,
and prints both medians and their ratio. Without the hooks there is no
contact page, so it is left out of that variant's navigation, and the
footer gets the profile directly.

    make bench        (or: .venv/bin/python benchmarks/build.py [--runs N])
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from mentorguiden.profile import load_profile

ROOT = Path(__file__).resolve().parents[1]
CONFIG_FILE = ROOT / "mkdocs.yml"


def timed_build(with_hooks: bool) -> float:
    with tempfile.TemporaryDirectory() as site_dir:
        overrides: dict = {"site_dir": site_dir, "strict": True}
        if not with_hooks:
            config = load_config(str(CONFIG_FILE))
            overrides["hooks"] = []
            overrides["nav"] = [item for item in config.nav if "kontakt.md" not in item.values()]
        config = load_config(str(CONFIG_FILE), **overrides)
        if not with_hooks:
            config.extra["profile"] = load_profile(ROOT)
        start = time.perf_counter()
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    os.chdir(ROOT)

    timed_build(with_hooks=True)  # warm-up: imports and theme loading
    with_hooks = [timed_build(with_hooks=True) for _ in range(runs)]
    without_hooks = [timed_build(with_hooks=False) for _ in range(runs)]

    median_with = statistics.median(with_hooks)
    median_without = statistics.median(without_hooks)
    print(f"Builds per variant:            {runs}")
    print(f"Median, site with hooks:       {median_with:.3f} s")
    print(f"Median, same without hooks:    {median_without:.3f} s")
    print(f"Ratio (with / without):        {median_with / median_without:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
