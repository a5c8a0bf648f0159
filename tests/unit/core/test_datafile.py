"""YAML read for editors: mkdocs.yml's syntax errors and keys written twice, in Danish with the line (core/datafile.py)."""

from __future__ import annotations

from helpers.builds import ROOT

from mentorguiden.core.datafile import yaml_structure_problems

CONFIG = """site_name: Mentorguiden
markdown_extensions:
  - toc:
      slugify: !!python/name:mentorguiden.core.slugs.slugify
  - markdown_include.include:
      base_path: !relative $config_dir/includes
nav:
  - Forside: index.md
"""


def test_the_shipped_mkdocs_yml_and_its_tags_are_read_without_problems():
    assert yaml_structure_problems(CONFIG, "mkdocs.yml") == []
    assert yaml_structure_problems((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), "mkdocs.yml") == []


def test_a_tab_is_named_with_its_line():
    (message,) = yaml_structure_problems(CONFIG.replace("  - Forside", "\t- Forside"), "mkdocs.yml")
    assert message.startswith("mkdocs.yml, linje 8: filen kan ikke læses som YAML – linjen indeholder et tabulatortegn")


def test_a_key_written_twice_is_named_with_both_lines():
    assert yaml_structure_problems(CONFIG + "site_name: Igen\n", "mkdocs.yml") == [
        "mkdocs.yml, linje 9: nøglen 'site_name' står to gange (første gang i linje 1). Slet den ene."
    ]
