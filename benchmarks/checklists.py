"""What many checklists cost a build. Prints figures; asserts nothing.

Copies the site to a temporary folder twice: once as it is, once with 100
extra checklists of 40 items each in data/tjeklister/ (each item with help
text and a link, so every part of the template runs). Builds each copy
strictly in both languages a few times and prints the medians and their
ratio. Each extra checklist adds two pages per language (its own and its
part of the print-all page) plus an index entry.

    .venv/bin/python benchmarks/checklists.py [--runs N] [--checklists N] [--items N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from timing import copy_project, quiet, timed_build


def checklist_yaml(number: int, items: int) -> str:
    lines = [
        "# yaml-language-server: $schema=../schemas/tjekliste.schema.json",
        f"id: maaling-{number}",
        "maalgruppe: begge",
        "senest_gennemgaaet: 2026-11-22",
        f"titel: {{da: Måleliste {number}, en: Benchmark list {number}}}",
        "formaal: {da: Bruges til at måle bygningstiden., en: Used to measure build time.}",
        "intro: {da: En kort indledning på dansk., en: A short introduction in English.}",
        "punkter:",
    ]
    for item in range(1, items + 1):
        lines += [
            f"  - id: punkt-{item}",
            f"    tekst: {{da: Punkt {item} på liste {number} skal tjekkes., en: Item {item} on list {number} must be checked.}}",
            "    hjaelp: {da: En kort forklaring., en: A short explanation.}",
            "    link: virksomheder/kompensation.md",
        ]
    lines += [
        "kilder:",
        "  - titel: Lov om en aktiv beskæftigelsesindsats, kapitel 26",
        "    udgiver: Beskæftigelsesministeriet",
        "    dato: 2024-03-15",
    ]
    return "\n".join(lines) + "\n"


def add_checklists(project: Path, count: int, items: int) -> None:
    folder = project / "data" / "tjeklister"
    for number in range(1, count + 1):
        (folder / f"maaling-{number}.yml").write_text(checklist_yaml(number, items), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--checklists", type=int, default=100)
    parser.add_argument("--items", type=int, default=40)
    arguments = parser.parse_args()

    quiet()

    with tempfile.TemporaryDirectory(prefix="mentorguiden-bench-") as scratch:
        plain = copy_project(Path(scratch) / "plain")
        many = copy_project(Path(scratch) / "many")
        add_checklists(many, arguments.checklists, arguments.items)
        shipped = len(list((plain / "data" / "tjeklister").glob("*.yml")))

        timed_build(plain / "mkdocs.yml")  # warm-up: imports and theme loading
        without = [timed_build(plain / "mkdocs.yml") for _ in range(arguments.runs)]
        with_many = [timed_build(many / "mkdocs.yml") for _ in range(arguments.runs)]

    median_without = statistics.median(without)
    median_with = statistics.median(with_many)
    extra = f"+{arguments.checklists} × {arguments.items} items"
    print(f"Builds per variant:                       {arguments.runs}")
    print(f"Median, site ({shipped} checklists):               {median_without:.3f} s")
    print(f"Median, same site {extra}:   {median_with:.3f} s")
    print(f"Ratio (with / without):                   {median_with / median_without:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
