"""``make skrifttyper``: new IBM Plex Sans subsets holding every character the site uses.

Builds the site (without the agreement PDF) with the default profile and with
each profile in data/profiler/, collects the characters of every page
(mentorguiden/fonts/characters.py) and writes the subsets of the full fonts
in tools/fonts/ to overrides/assets/fonts/ (mentorguiden/fonts/subset.py).
tests/site/test_fonts_site.py fails, naming the character and the page, when
a page uses a character the subsets lack.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from mentorguiden.fonts.characters import needed_characters
from mentorguiden.fonts.subset import write_subsets
from mentorguiden.profile.model import PROFILE_ENVIRONMENT_VARIABLE
from mentorguiden.site import SKIP_PDF_VARIABLE
from mentorguiden.tools.mkdocs_run import run_mkdocs_build

PROFILES_FOLDER = Path("data/profiler")


def build_sites(root: Path, folder: Path) -> list[Path]:
    """The site built once per profile into ``folder``; exits with MkDocs' output if a build fails."""
    profiles: list[str | None] = [None] + [p.relative_to(root).as_posix() for p in sorted((root / PROFILES_FOLDER).glob("*.yml"))]
    sites = []
    for number, profile in enumerate(profiles):
        environment = {SKIP_PDF_VARIABLE: "1"} | ({PROFILE_ENVIRONMENT_VARIABLE: profile} if profile else {})
        run = run_mkdocs_build(root / "mkdocs.yml", folder / f"site-{number}", environment)
        if not run.ok:
            with_profile = f" med profilen {profile}" if profile else ""
            sys.exit(f"Siden kunne ikke bygges{with_profile}, så skrifttyperne er ikke lavet:\n{run.output}")
        sites.append(run.site)
    return sites


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lav udsnit af IBM Plex Sans med de tegn, siden bruger.")
    parser.add_argument("--projekt", type=Path, default=Path("."), help="projektets mappe (standard: denne mappe)")
    root = parser.parse_args(argv).projekt.resolve()
    with tempfile.TemporaryDirectory(prefix="mentorguiden-skrifttyper-") as folder:
        characters = needed_characters(build_sites(root, Path(folder)))
    print(f"Siden bruger {len(characters)} forskellige tegn.")
    for result in write_subsets(root, characters):
        print(f"  {result.name}: {result.full_bytes:,} → {result.subset_bytes:,} bytes ({result.characters} tegn)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
