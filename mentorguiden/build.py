"""``make build``: build both languages strictly, and replace site/ only if the build succeeds.

MkDocs writes straight into its output folder, so a failed build leaves a
half-built site behind. This builds into a temporary folder beside the
target and swaps it in at the end: site/ is either the new, complete site or
untouched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def build_site(config_file: Path, site_dir: Path) -> int:
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryDirectory(prefix=".site-build-", dir=site_dir.parent) as scratch:
        staging = Path(scratch) / "site"
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict",
             "--config-file", str(config_file), "--site-dir", str(staging)],
            env=environment,
            check=False,
        )
        if result.returncode != 0:
            print(f"\nBygningen fejlede. {site_dir.name}/ er ikke ændret.", file=sys.stderr)
            return result.returncode
        previous = Path(scratch) / "previous"
        if site_dir.exists():
            site_dir.rename(previous)
        staging.rename(site_dir)
    print(f"Siden er bygget i {site_dir} ({_count_pages(site_dir)}).")
    return 0


def _count_pages(site_dir: Path) -> str:
    pages = list(site_dir.rglob("index.html"))
    english = [page for page in pages if page.relative_to(site_dir).parts[0] == "en"]
    return f"{len(pages) - len(english)} sider på dansk, {len(english)} på engelsk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site-dir", type=Path, default=Path("site"))
    arguments = parser.parse_args(argv)
    return build_site(arguments.config_file, arguments.site_dir)


if __name__ == "__main__":
    sys.exit(main())
