"""How much build time the agreement's Word and PDF downloads add. Prints figures; asserts nothing.

Times strict builds of the whole site (both languages) in three variants,
each into a fresh temporary folder:

  without     the agreement page is built, but no DOCX or PDF is made
  cold        DOCX and PDF made, the PDF printed by Chromium (as in `make build`
              on a fresh checkout, or after the page or a stylesheet changed)
  warm        DOCX and PDF made, the PDF taken from the cache (as in
              `mkdocs serve` after a change elsewhere)

and prints the medians and their ratios to the build without downloads.

    .venv/bin/python benchmarks/agreement.py [--runs N]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
from pathlib import Path

from timing import ROOT, default_options, quiet, timed_build


def without_downloads() -> float:
    return timed_build(options=dataclasses.replace(default_options(), agreement_downloads=False))


def cold_cache() -> float:
    with tempfile.TemporaryDirectory() as cache:
        return timed_build(options=dataclasses.replace(default_options(), print_pdf=True, pdf_cache=Path(cache)))


def warm_cache(cache: Path) -> float:
    return timed_build(options=dataclasses.replace(default_options(), print_pdf=True, pdf_cache=cache))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs

    quiet()
    os.chdir(ROOT)

    with tempfile.TemporaryDirectory() as warm:
        warm_cache(Path(warm))  # warm-up: imports, theme loading, and fills the cache
        medians = {
            "without": statistics.median(without_downloads() for _ in range(runs)),
            "cold": statistics.median(cold_cache() for _ in range(runs)),
            "warm": statistics.median(warm_cache(Path(warm)) for _ in range(runs)),
        }

    base = medians["without"]
    print(f"Builds per variant:                         {runs}")
    print(f"Median, without DOCX and PDF:               {base:.3f} s")
    print(f"Median, with DOCX and PDF (PDF printed):     {medians['cold']:.3f} s")
    print(f"Median, with DOCX and PDF (PDF from cache):  {medians['warm']:.3f} s")
    print(f"Ratio, printed / without:                   {medians['cold'] / base:.2f}")
    print(f"Ratio, cached / without:                    {medians['warm'] / base:.2f}")
    print(f"Added per build: {medians['cold'] - base:.2f} s printed, {medians['warm'] - base:.2f} s cached")
    return 0


if __name__ == "__main__":
    sys.exit(main())
