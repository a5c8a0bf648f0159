"""The contract with MkDocs Material and mkdocs-static-i18n: what an upgrade must not change unnoticed.

Fast: no build. Every failure names what changed upstream, which of our files
depends on it and what to re-check. Three parts:

1. **Theme files we copy or replace** (``overrides/``): the installed upstream
   file still has the sha256 recorded in ``tests/upgrade_contract/upstream.yml``
   when ours was made, our copies differ from it only by the stored diff
   (``tests/upgrade_contract/*.diff``), and the blocks ``overrides/main.html``
   overrides still exist in Material's ``base.html``.
2. **mkdocs-static-i18n attributes and behaviour** the code uses
   (``I18N_CONTRACT`` below, the one list of them): checked on the plugin after
   ``load_config`` of the real mkdocs.yml and its ``on_config``, or, for what
   the plugin only sets during a build, in its source.
3. **Material's search worker protocol** that
   ``overrides/assets/javascripts/workers/mentorguiden-search.js`` wraps: the
   message type numbers, the result's ``terms``, lunr's stop word filters and
   the worker's file name, read from the installed minified worker and
   compared with the values parsed out of the wrapper (and out of the Python
   code that writes ``__config``), so a change on either side fails.

After an upgrade, or after a deliberate change to a copied template:

    .venv/bin/python tests/unit/test_upgrade_contract.py --record

rewrites the hashes, versions and diffs in tests/upgrade_contract/ (keeping
each entry's ``changes`` text; a new entry gets ``changes: TODO``, which fails
until someone describes it). Review ``git diff tests/upgrade_contract`` before
committing it.

Where the code lives moves (mentorguiden/ is being split into packages), so
the Python constants are found by their definition anywhere under
mentorguiden/ rather than imported from a fixed module.
"""

from __future__ import annotations

import ast
import difflib
import hashlib
import importlib.metadata
import importlib.util
import inspect
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "tests" / "upgrade_contract"
UPSTREAM_RECORD = CONTRACT / "upstream.yml"
OVERRIDES = ROOT / "overrides"
WRAPPER = OVERRIDES / "assets" / "javascripts" / "workers" / "mentorguiden-search.js"
RECORD_COMMAND = ".venv/bin/python tests/unit/test_upgrade_contract.py --record"

DISTRIBUTIONS = {"material": "mkdocs-material", "mkdocs_static_i18n": "mkdocs-static-i18n", "mkdocs": "mkdocs"}


# --- Where things are -----------------------------------------------------------------------


def package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.origin, f"{package} is not installed"
    return Path(spec.origin).parent


def upstream_path(record_path: str) -> Path:
    """``material/templates/partials/search.html`` → the installed file."""
    package, _, rest = record_path.partition("/")
    return package_dir(package) / rest


def version(package: str) -> str:
    return importlib.metadata.version(DISTRIBUTIONS[package])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def upstream_theme_dirs() -> list[tuple[str, Path]]:
    """Where a file in overrides/ would come from without ours, in the order the build looks.

    mkdocs-static-i18n puts its own sitemap.xml first unless overrides/ has one.
    """
    return [
        ("mkdocs_static_i18n/custom_i18n_sitemap", package_dir("mkdocs_static_i18n") / "custom_i18n_sitemap"),
        ("material/templates", package_dir("material") / "templates"),
        ("mkdocs/templates", package_dir("mkdocs") / "templates"),
    ]


def shadowed_upstream_files() -> dict[str, str]:
    """overrides/<path> → the upstream file it shadows (``material/templates/<path>``)."""
    found = {}
    for path in sorted(OVERRIDES.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(OVERRIDES).as_posix()
        for name, folder in upstream_theme_dirs():
            if (folder / relative).is_file():
                found[f"overrides/{relative}"] = f"{name}/{relative}"
                break
    return found


@cache
def python_sources() -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in sorted((ROOT / "mentorguiden").rglob("*.py"))}


def code_files() -> dict[Path, str]:
    """Every file of ours that can touch MkDocs, Material or i18n: Python, templates, our JS."""
    paths = [
        *(ROOT / "mentorguiden").rglob("*.py"),
        *(ROOT / "hooks").rglob("*.py"),
        *OVERRIDES.rglob("*.html"),
        *OVERRIDES.rglob("*.xml"),
        WRAPPER,
    ]
    return {path: path.read_text(encoding="utf-8") for path in sorted(set(paths))}


def definition(name: str):
    """The value of the module-level constant ``name`` defined somewhere under mentorguiden/ (and where)."""
    pattern = re.compile(rf"^{re.escape(name)}(?:\s*:\s*[\w\[\], |]+)?\s*=\s*(.+)$", re.M)
    for path, text in python_sources().items():
        match = pattern.search(text)
        if match:
            node = ast.parse(match.group(1).strip(), mode="eval").body
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "compile":  # re.compile(r"...")
                flags = 0
                for flag in node.args[1:]:  # re.S, re.I, ...
                    flags |= getattr(re, getattr(flag, "attr", ""), 0)
                return re.compile(ast.literal_eval(node.args[0]), flags), path.relative_to(ROOT).as_posix()
            try:
                return ast.literal_eval(node), path.relative_to(ROOT).as_posix()
            except ValueError:
                continue  # an alias of a constant defined elsewhere (mkdocs_glue re-exports priorities)
    raise AssertionError(f"no module under mentorguiden/ defines {name}; the contract test needs it")


def uses(token: str) -> list[str]:
    """``file:line`` of every line of our code containing ``token``."""
    return [
        f"{path.relative_to(ROOT).as_posix()}:{number}"
        for path, text in code_files().items()
        for number, line in enumerate(text.splitlines(), start=1)
        if token in line
    ]


# --- 1. Theme files we copy or replace ---------------------------------------------------------


def load_record() -> dict:
    if not UPSTREAM_RECORD.exists():  # test_every_upstream_file_we_shadow_is_recorded says what to do
        return {"files": [], "blocks": []}
    return yaml.safe_load(UPSTREAM_RECORD.read_text(encoding="utf-8"))


def file_records() -> list[dict]:
    return load_record()["files"]


def block_records() -> list[dict]:
    return load_record()["blocks"]


def unified_diff(upstream: str, ours: str, record: dict) -> str:
    return "".join(
        difflib.unified_diff(
            upstream.splitlines(keepends=True), ours.splitlines(keepends=True), fromfile=record["upstream"], tofile=record["file"]
        )
    )


def current_diff(record: dict) -> str:
    upstream = upstream_path(record["upstream"]).read_text(encoding="utf-8")
    ours = (ROOT / record["file"]).read_text(encoding="utf-8")
    return unified_diff(upstream, ours, record)


def diff_path(record: dict) -> Path:
    return CONTRACT / (Path(record["file"]).name + ".diff")


def upgrade_advice(record: dict) -> str:
    package = record["upstream"].split("/")[0]
    if record["kind"] == "copy":
        todo = (
            f"Copy the new upstream file over {record['file']}, apply our changes again ({record['changes']}), "
            "build, and re-check with the browser tests (axe) and vnu"
        )
    else:
        todo = (
            f"{record['file']} replaces it with our own template ({record['changes']}): read the upstream diff "
            "for new markup, features or fixes ours should take over"
        )
    return (
        f"{record['upstream']} changed: recorded from {DISTRIBUTIONS[package]} {record['version']}, installed is "
        f"{version(package)}. {todo}; then run `{RECORD_COMMAND}` and commit tests/upgrade_contract/."
    )


def test_every_upstream_file_we_shadow_is_recorded():
    recorded = {record["file"]: record["upstream"] for record in file_records()}
    shadowed = shadowed_upstream_files()
    unrecorded = {ours: theirs for ours, theirs in shadowed.items() if ours not in recorded}
    stale = sorted(set(recorded) - set(shadowed))
    assert not unrecorded, (
        "These files in overrides/ take the place of an upstream theme file, but tests/upgrade_contract/upstream.yml "
        f"does not record it, so an upgrade would change it unnoticed: {unrecorded}. Run `{RECORD_COMMAND}` and "
        "describe under changes: what ours does differently."
    )
    assert not stale, (
        f"tests/upgrade_contract/upstream.yml records {stale}, but no installed upstream file has that path any more "
        "(the upstream file was removed or renamed, or ours was). Find where upstream moved it; our file may now be "
        "dead or may shadow nothing."
    )
    assert all(recorded[ours] == theirs for ours, theirs in shadowed.items()), (
        f"An override now shadows a different upstream file than recorded: {shadowed} vs {recorded}."
    )


def test_each_record_says_what_we_changed():
    undescribed = [
        record["file"]
        for record in [*file_records(), *block_records()]
        if not str(record.get("changes", "")).strip() or "TODO" in str(record["changes"])
    ]
    assert not undescribed, f"tests/upgrade_contract/upstream.yml: describe under changes: what ours changes: {undescribed}"


@pytest.mark.parametrize("record", file_records(), ids=lambda record: record["file"])
def test_the_upstream_file_is_the_one_we_copied_or_replaced(record):
    installed = upstream_path(record["upstream"])
    assert installed.is_file(), f"{record['upstream']} is gone from the installed package. {upgrade_advice(record)}"
    assert sha256(installed) == record["sha256"], upgrade_advice(record)


@pytest.mark.parametrize(
    "record", [record for record in file_records() if record["kind"] == "copy"], ids=lambda record: record["file"]
)
def test_our_copy_differs_from_upstream_only_by_the_recorded_changes(record):
    assert sha256(upstream_path(record["upstream"])) == record["sha256"], (
        f"Upstream changed first (see test_the_upstream_file_is_the_one_we_copied_or_replaced). {upgrade_advice(record)}"
    )
    stored = diff_path(record).read_text(encoding="utf-8")
    assert current_diff(record) == stored, (
        f"{record['file']} differs from {record['upstream']} by more or less than the recorded changes "
        f"({record['changes']}; {diff_path(record).relative_to(ROOT)}). If that is intended, update changes: in "
        f"tests/upgrade_contract/upstream.yml and run `{RECORD_COMMAND}`; keep copies as close to upstream as possible."
    )


_BLOCK = re.compile(r"{%-?\s*block\s+(\w+)\s*-?%}")


def template_blocks(text: str) -> dict[str, str]:
    """Each block's body (nested blocks included), by name."""
    blocks = {}
    for match in _BLOCK.finditer(text):
        depth = 1
        for tag in re.finditer(r"{%-?\s*(block\s+\w+|endblock(?:\s+\w+)?)\s*-?%}", text[match.end() :]):
            depth += 1 if tag.group(1).startswith("block") else -1
            if depth == 0:
                blocks[match.group(1)] = text[match.end() : match.end() + tag.start()]
                break
        else:
            raise AssertionError(f"block {match.group(1)} has no endblock")
    return blocks


def test_every_block_main_html_overrides_is_recorded_and_exists_in_base_html():
    ours = template_blocks((OVERRIDES / "main.html").read_text(encoding="utf-8"))
    recorded = {record["block"]: record for record in block_records()}
    assert set(ours) == set(recorded), (
        f"overrides/main.html overrides the blocks {sorted(ours)}, but tests/upgrade_contract/upstream.yml records "
        f"{sorted(recorded)}. Run `{RECORD_COMMAND}` and describe the new block under changes:."
    )
    for name, record in recorded.items():
        base = template_blocks(upstream_path(record["upstream"]).read_text(encoding="utf-8"))
        assert name in base, (
            f"Material {version('material')} has no block {name!r} in {record['upstream']} any more, so "
            f"overrides/main.html's {{% block {name} %}} ({record['changes']}) silently does nothing. Find where the "
            f"markup went and override that instead; then run `{RECORD_COMMAND}`."
        )
        calls_super = "super()" in ours[name]
        assert calls_super == (record["kind"] == "extended"), (
            f"overrides/main.html's block {name} {'now calls' if calls_super else 'no longer calls'} super(); set its "
            f"kind in tests/upgrade_contract/upstream.yml (extended/replaced) and run `{RECORD_COMMAND}`."
        )


@pytest.mark.parametrize(
    "record", [record for record in block_records() if record["kind"] == "replaced"], ids=lambda record: record["block"]
)
def test_the_upstream_block_we_replace_is_unchanged(record):
    base = template_blocks(upstream_path(record["upstream"]).read_text(encoding="utf-8"))
    body = base.get(record["block"], "")
    assert hashlib.sha256(body.encode("utf-8")).hexdigest() == record["sha256"], (
        f"{record['upstream']}'s block {record['block']} changed: recorded from mkdocs-material {record['version']}, "
        f"installed is {version('material')}. overrides/main.html replaces the whole block without super() "
        f"({record['changes']}): compare the new block with ours and take over what we should have (new meta tags, "
        f"fixes); then run `{RECORD_COMMAND}`."
    )


# --- 2. mkdocs-static-i18n (and the search plugin) ------------------------------------------------


@dataclass(frozen=True)
class Use:
    """One thing of mkdocs-static-i18n's (or Material's search plugin's) that our code relies on."""

    what: str
    token: str
    """What our code contains where it relies on it (found by `uses`)."""
    why: str
    check: Callable[[dict], str | None]
    """None when the installed plugin still behaves so; else the reason it does not."""


@cache
def loaded() -> dict:
    """The real mkdocs.yml, loaded, with every plugin's and hook's on_config run (no build)."""
    from mkdocs.config import load_config

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(ROOT / "mkdocs.yml"))
    i18n = config.plugins["i18n"]
    before = {"current_language": i18n.current_language}
    config = config.plugins.on_config(config)
    return {"config": config, "i18n": i18n, "search": config.plugins.get("material/search"), "before": before}


def material_search_source() -> str:
    return (package_dir("material") / "plugins" / "search" / "plugin.py").read_text(encoding="utf-8")


def i18n_source(module: str = "mkdocs_static_i18n") -> str:
    import mkdocs_static_i18n.plugin
    import mkdocs_static_i18n.reconfigure
    import mkdocs_static_i18n.suffix

    return inspect.getsource(
        {"plugin": mkdocs_static_i18n.plugin, "reconfigure": mkdocs_static_i18n.reconfigure, "suffix": mkdocs_static_i18n.suffix}[
            module
        ]
    )


def needs(condition: bool, reason: str) -> str | None:
    return None if condition else reason


def _check_languages(state: dict) -> str | None:
    languages = state["i18n"].config.languages
    ok = languages and all(
        isinstance(lang.locale, str) and isinstance(lang.default, bool) and isinstance(lang.build, bool) for lang in languages
    )
    return needs(
        bool(ok) and sum(lang.default for lang in languages) == 1,
        "plugin.config.languages no longer lists languages with .locale, .default (exactly one) and .build",
    )


def _check_file_attributes(state: dict) -> str | None:
    source = i18n_source("suffix")
    missing = [
        name
        for name in ("alternates", "locale", "locale_alternate_of", "localization", "norm_src_uri")
        if not re.search(rf"\bfile\.{name}\s*=", source)
    ]
    return needs(not missing, f"mkdocs_static_i18n/suffix.py no longer sets file.{', file.'.join(missing)} on its files")


def _check_extra_alternate(state: dict) -> str | None:
    entries = state["config"].extra.get("alternate")
    ok = isinstance(entries, list) and entries and all({"lang", "link"} <= set(entry) for entry in entries)
    source = i18n_source("reconfigure")
    return needs(
        bool(ok) and "config.extra.alternate = " in source and 'extra_alternate["link"]' in source,
        "config.extra['alternate'] after on_config is no longer a list of {lang, link}, or the plugin no "
        "longer reassigns config.extra.alternate as an attribute per page (the glue handles exactly both)",
    )


def _check_priorities(state: dict) -> str | None:
    after_i18n, where = definition("AFTER_I18N")
    i18n = state["i18n"]
    priorities = {
        event: getattr(getattr(i18n, event), "mkdocs_priority", 0) for event in ("on_config", "on_files", "on_post_build")
    }
    return needs(
        all(priority > after_i18n for priority in priorities.values()),
        f"i18n's event priorities are {priorities}; our hooks run after them with AFTER_I18N = {after_i18n} "
        f"({where}), which must stay lower",
    )


def _check_search_index(state: dict) -> str | None:
    search = state["search"]
    index = getattr(search, "search_index", None)
    ok = index is not None and isinstance(index.entries, list) and {"separator", "fields"} <= set(index.config)
    return needs(
        ok,
        "plugins['material/search'].search_index no longer has .entries (a list) and .config with "
        "'separator' and 'fields' after on_config",
    )


def _check_search_parser(state: dict) -> str | None:
    recorded, where = definition("MATERIAL_SEARCH_PLUGIN_SHA256")
    installed = sha256(package_dir("material") / "plugins" / "search" / "plugin.py")
    index = getattr(state["search"], "search_index", None)
    return needs(
        installed == recorded and type(index).__name__ == "_TokenisedSearchIndex",
        f"material/plugins/search/plugin.py has sha256 {installed}, recorded {recorded} ({where}), or the index is "
        f"not the tokenised one after on_config ({type(index).__name__}). The glue subclasses its SearchIndex "
        "(add_entry_from_context copied) and Parser (its handle_* methods called as html.parser would): compare "
        "them with the new plugin, run tests/site/test_search_parser.py, then record the new sha256",
    )


I18N_CONTRACT: tuple[Use, ...] = (
    # The glue that uses these is mentorguiden/mkdocs_glue.py today (it moves into the glue package);
    # `token` is what the code contains, so the test finds the uses wherever they live.
    Use(
        "plugins['i18n']",
        'I18N_PLUGIN = "i18n"',
        "the glue finds the plugin under this name",
        lambda state: needs(
            state["i18n"].__class__.__module__.startswith("mkdocs_static_i18n"),
            "config.plugins['i18n'] is not mkdocs-static-i18n's plugin",
        ),
    ),
    Use(
        "plugin.current_language",
        ".current_language",
        "site_languages: the language being built",
        lambda state: needs(
            state["before"]["current_language"] is None and state["i18n"].current_language == "da",
            "plugin.current_language is not None before on_config and the default locale after it",
        ),
    ),
    Use(
        "plugin.config.languages (.locale, .default, .build)",
        ".config.languages",
        "site_languages: default and built languages",
        _check_languages,
    ),
    Use(
        "plugin.building",
        ".building",
        "is_inner_language_build: skip work in the inner (English) build",
        lambda state: needs(
            state["i18n"].building is False
            and re.search(r"self\.building = True\n(?s:.*)build\(config", i18n_source("plugin")) is not None,
            "plugin.building is not False before a build, or on_post_build no longer sets it to True "
            "before building the other languages",
        ),
    ),
    Use(
        "plugin.search_entries",
        "search_entries",
        "all_search_entries: every language's entries",
        lambda state: needs(
            state["i18n"].search_entries == [] and "self.search_entries.extend(entries)" in i18n_source("reconfigure"),
            "plugin.search_entries is not a list the plugin extends with the search plugin's entries",
        ),
    ),
    Use(
        "plugin.i18n_files_per_language",
        "i18n_files_per_language",
        "the glue adds generated pages to the sitemap",
        lambda state: needs(
            state["i18n"].i18n_files_per_language == {}
            and "self.i18n_files_per_language[self.current_language] = " in i18n_source("plugin"),
            "plugin.i18n_files_per_language is not a dict the plugin fills per language in on_files",
        ),
    ),
    Use(
        "i18n_alternates (template context)",
        "i18n_alternates",
        "overrides/sitemap.xml lists pages and translations",
        lambda state: needs(
            'context["i18n_alternates"] = self.i18n_files_per_language' in i18n_source("plugin"),
            "on_template_context no longer gives templates i18n_alternates",
        ),
    ),
    Use(
        "File.alternates, .locale, .locale_alternate_of, .localization, .norm_src_uri",
        "norm_src_uri",
        "the glue copies them onto generated pages; language_links and the sitemap read .alternates",
        _check_file_attributes,
    ),
    Use("config.extra.alternate (attribute or dict item)", "alternate", "point_language_switcher_at", _check_extra_alternate),
    Use(
        "i18n's event priorities (-100)",
        "AFTER_I18N",
        "hooks that add pages or rewrite the index run after i18n",
        _check_priorities,
    ),
    Use(
        "plugins['material/search'].search_index (.entries, .config)",
        "search_index.",
        "all_search_entries and hooks/search_index.py's separator and field boosts",
        _check_search_index,
    ),
    Use(
        "material.plugins.search.plugin SearchIndex and Parser (subclassed)",
        "MATERIAL_SEARCH_PLUGIN_SHA256",
        "use_tokenised_search_parser: Material's section parser fed by a regex tokenizer",
        _check_search_parser,
    ),
    Use(
        "plugins['material/search'].search_index_prev (dirty builds)",
        "search_index_prev",
        "forget_previous_search_index: in make serve's dirty builds Material must not merge the previous index "
        "(mkdocs_glue.dirty completes it); if the attribute is renamed, entries pile up from build to build",
        lambda state: needs(
            "self.search_index_prev = self.search_index" in material_search_source()
            and "generate_search_index(self.search_index_prev)" in material_search_source(),
            "Material's search plugin no longer keeps the previous build's index in search_index_prev and "
            "merges it in generate_search_index",
        ),
    ),
    Use(
        "markdown_include.include.INC_SYNTAX",
        "INC_SYNTAX",
        "the missing-snippet check",
        lambda state: needs(
            bool(__import__("markdown_include.include", fromlist=["INC_SYNTAX"]).INC_SYNTAX.search("{!digital-post.da.md!}")),
            "markdown_include.include.INC_SYNTAX is gone or no longer matches {!file!}",
        ),
    ),
)


@pytest.mark.parametrize("use", I18N_CONTRACT, ids=lambda use: use.what)
def test_the_installed_plugins_still_provide_what_the_code_uses(use):
    reason = use.check(loaded())
    assert reason is None, (
        f"{reason}. Installed: mkdocs-static-i18n {version('mkdocs_static_i18n')}, mkdocs-material "
        f"{version('material')}. Our code relies on it for: {use.why}; used at {', '.join(uses(use.token)) or '?'}. "
        "Re-check those places against the plugin's new code, fix the glue, and adjust this entry."
    )


@pytest.mark.parametrize("use", I18N_CONTRACT, ids=lambda use: use.what)
def test_every_contract_entry_is_still_used(use):
    assert uses(use.token), (
        f"No code uses {use.token!r} any more ({use.what}): remove the entry from I18N_CONTRACT in "
        "tests/test_upgrade_contract.py, or fix its token if the code now says it differently."
    )


def test_the_contract_lists_every_i18n_attribute_the_code_uses():
    """Names the plugin sets on its files and on itself, and template variables it adds, found in our code."""
    from mkdocs.plugins import BasePlugin
    from mkdocs.structure.files import File

    source = i18n_source("suffix") + i18n_source("plugin") + i18n_source("reconfigure")
    plain_file = File("a.md", src_dir="/d", dest_dir="/s", use_directory_urls=True)
    attributes = {name for name in re.findall(r"\bfile\.(\w+)\s*=", source) if not hasattr(plain_file, name)}
    attributes |= {name for name in re.findall(r"\bself\.(\w+)\s*=", source) if not hasattr(BasePlugin, name)}
    template_variables = set(re.findall(r'context\["(\w+)"\]\s*=', source))
    covered = " ".join(use.what + " " + use.token for use in I18N_CONTRACT)
    unlisted = {}
    for name in sorted(attributes | template_variables):
        attribute = re.compile(rf"(?<=[\w)\]])\.{name}\b|[\"']{name}[\"']")
        variable = re.compile(rf"\b{name}\b")
        places = [
            f"{path.relative_to(ROOT).as_posix()}:{number}"
            for path, text in code_files().items()
            for number, line in enumerate(text.splitlines(), start=1)
            if (name in attributes and attribute.search(line))
            or (name in template_variables and path.suffix in {".html", ".xml"} and variable.search(line))
        ]
        if places and not re.search(rf"\b{name}\b", covered):
            unlisted[name] = places
    assert not unlisted, (
        f"Our code uses mkdocs-static-i18n's {sorted(unlisted)} ({unlisted}), which I18N_CONTRACT in "
        "tests/test_upgrade_contract.py does not list: add an entry that checks the installed plugin still provides it."
    )


# --- 3. Material's search worker protocol -------------------------------------------------------------


def material_worker() -> Path:
    base = (package_dir("material") / "templates" / "base.html").read_text(encoding="utf-8")
    match = re.search(r'"search":\s*"(assets/javascripts/workers/[^"]+)"', base)
    assert match, (
        'material/templates/base.html no longer writes "search": "assets/javascripts/workers/…" '
        "into __config; mentorguiden/search_page.py rewrites exactly that value to our wrapper worker"
    )
    return package_dir("material") / "templates" / match.group(1)


@cache
def worker_source() -> str:
    return material_worker().read_text(encoding="utf-8")


def wrapper_source() -> str:
    return WRAPPER.read_text(encoding="utf-8")


def wrapper_constant(name: str) -> int:
    match = re.search(rf"\bvar {name} = (\d+);", wrapper_source())
    assert match, f"{WRAPPER.relative_to(ROOT)} no longer defines var {name} = <number>; this test reads it"
    return int(match.group(1))


def worker_protocol() -> dict[str, int]:
    """The message type numbers Material's worker switches on and answers with."""
    source = worker_source()
    found = {}
    setup = re.search(r"switch\((\w+)\.type\)\{case (\d+):return yield \w+\(\1\.data\.config\)", source)
    query = re.search(r"case (\d+):let (\w+)=\w+\.data;try\{return\{type:(\d+),data:\w+\.search\(\2\)\}", source)
    if setup:
        found["SETUP"] = int(setup.group(2))
    if query:
        found["QUERY"], found["RESULT"] = int(query.group(1)), int(query.group(3))
    return found


def worker_problem(what: str) -> str:
    return (
        f"Material's search worker {material_worker().relative_to(package_dir('material'))} "
        f"(mkdocs-material {version('material')}) {what}. {WRAPPER.relative_to(ROOT)} depends on it: re-read the "
        "worker's message handler (function with switch(<msg>.type)), adapt the wrapper, and check search in "
        "the browser tests (tests/test_search.py, tests/test_browser.py)."
    )


@pytest.mark.parametrize("name", ["SETUP", "QUERY", "RESULT"])
def test_the_message_type_numbers_match_materials_worker(name):
    protocol = worker_protocol()
    assert name in protocol, worker_problem(
        f"no longer has a recognisable {name} message (regex over the minified source found none)"
    )
    assert protocol[name] == wrapper_constant(name), worker_problem(
        f"uses {protocol[name]} for the {name} message, the wrapper {wrapper_constant(name)}"
    )


def test_the_worker_listens_and_answers_through_the_globals_the_wrapper_replaces():
    source, wrapper = worker_source(), wrapper_source()
    assert re.search(r'(?<![\w.])addEventListener\("message",', source) and "onmessage" not in source, worker_problem(
        'no longer registers its handler with the global addEventListener("message", …), which the wrapper '
        "replaces (self.addEventListener = …) to rewrite queries"
    )
    assert re.search(r"(?<![\w.])postMessage\(", source), worker_problem(
        "no longer answers with the global postMessage(…), which the wrapper replaces to drop 'missing' notes"
    )
    assert "self.addEventListener = function" in wrapper and "self.postMessage = function" in wrapper
    assert re.search(r"importScripts\(worker\);\s*\}\)\(\);\s*$", wrapper), (
        "the wrapper must load Material's worker last, after replacing addEventListener and postMessage"
    )


def test_the_setup_message_carries_the_index_config_with_its_languages():
    source = worker_source()
    loader = re.search(
        r"function (\w+)\((\w+)\)\{return \w+\(this,null,function\*\(\)\{.{0,400}?for\(let \w+ of \2\.lang\)", source
    )
    assert loader and re.search(rf"return yield {loader.group(1)}\(\w+\.data\.config\)", source), worker_problem(
        "no longer reads the languages from the setup message's data.config.lang"
    )
    assert "message.data.config.lang" in wrapper_source()


def test_a_result_item_still_marks_missing_words_in_terms():
    source = worker_source()
    assert re.search(r"terms:\w+\}", source) and re.search(r"\[\w+\.term\]=!1", source), worker_problem(
        "no longer puts result words in item.terms with false for a word it did not find"
    )
    assert "item.terms[term]" in wrapper_source() and re.search(r"items:\[\.\.\.\w+\.values\(\)\]", source), worker_problem(
        "no longer returns result groups as data.items (a list of lists of items)"
    )


def test_lunr_and_its_stop_word_filters_are_where_the_wrapper_looks():
    source = worker_source()
    assert "self.lunr=" in source and "t.Token=function" in source, worker_problem(
        "no longer sets self.lunr (with lunr.Token), which the wrapper uses to test stop words"
    )
    assert re.search(r"\bt\.stopWordFilter=t\.generateStopWordFilter\(", source), worker_problem(
        "no longer bundles lunr's English lunr.stopWordFilter"
    )
    wrapper = wrapper_source()
    assert 'language === "en" ? lunr : lunr[language]' in wrapper and "namespace.stopWordFilter" in wrapper
    lunr_folder = material_worker().parent.parent / "lunr" / "min"
    for language in loaded()["search"].config.lang:
        if language == "en":
            continue
        stemmer = lunr_folder / f"lunr.{language}.min.js"
        assert stemmer.is_file() and f".{language}.stopWordFilter=" in stemmer.read_text(encoding="utf-8"), worker_problem(
            f"ships no {stemmer.name} defining lunr.{language}.stopWordFilter"
        )


def test_the_index_pipeline_uses_only_steps_the_worker_knows():
    pipeline, where = definition("PIPELINE")
    match = re.search(r"\w+\(\[((?:\"\w+\",?)+)\],\w+\.pipeline\)", worker_source())
    assert match, worker_problem("no longer filters its pipeline steps by the index config's pipeline list")
    known = re.findall(r'"(\w+)"', match.group(1))
    assert set(pipeline) <= set(known), worker_problem(f"knows the pipeline steps {known}; {where} writes PIPELINE = {pipeline}")


def test_the_worker_file_name_matches_what_the_wrapper_and_search_page_accept():
    name = material_worker().name
    assert material_worker().is_file(), worker_problem("is named in base.html but not installed")
    wrapper_pattern = re.search(r"if \(!/(.+?)/\.test\(worker\)\)", wrapper_source())
    assert wrapper_pattern, "the wrapper no longer checks the worker name with a regex literal; this test reads it"
    assert re.search(wrapper_pattern.group(1), name), worker_problem(
        f"is now called {name}, which the wrapper's check /{wrapper_pattern.group(1)}/ refuses"
    )
    pattern, where = definition("MATERIAL_WORKER")
    assert pattern.match(name), worker_problem(f"is now called {name}, which MATERIAL_WORKER in {where} refuses")
    wrapper_name, where = definition("WRAPPER_WORKER")
    assert wrapper_name == WRAPPER.name, f"{where} points pages at {wrapper_name}, the wrapper is {WRAPPER.name}"
    theme_relative = material_worker().relative_to(package_dir("material") / "templates").parent
    assert WRAPPER.parent.relative_to(OVERRIDES) == theme_relative, (
        f"The wrapper must sit in Material's worker folder ({theme_relative}) so that the worker's relative "
        "'../lunr' paths still resolve from it"
    )


def test_the_config_script_has_the_keys_search_page_reads_and_writes():
    base = (package_dir("material") / "templates" / "base.html").read_text(encoding="utf-8")
    script, where = definition("_CONFIG_SCRIPT")
    opening = re.search(r'<script id="__config" type="application/json">', base)
    assert opening and script.search(base[opening.start() :] + "</script>"), (
        f'material/templates/base.html no longer writes <script id="__config" type="application/json">, '
        f"which {where} finds with _CONFIG_SCRIPT"
    )
    block = base[opening.end() : base.index("</script>", opening.end())]
    material_keys = set(re.findall(r'^\s*"(\w+)":', block, re.M))
    ours = set(re.findall(r'config(?:\[|\.get\()"(\w+)"', python_sources()[ROOT / where]))
    assert ours and ours <= material_keys, (
        f"{where} reads or writes the __config keys {sorted(ours)}; Material {version('material')}'s base.html "
        f"writes {sorted(material_keys)}. Find where Material now keeps the missing ones and adapt {where}."
    )


# --- Recording -----------------------------------------------------------------------------------------


def record() -> None:
    """Rewrite tests/upgrade_contract/ from the installed packages and our files, keeping each `changes` text."""
    old = load_record()
    old_files = {entry["file"]: entry for entry in old["files"]}
    old_blocks = {entry["block"]: entry for entry in old["blocks"]}
    files = []
    for ours, theirs in shadowed_upstream_files().items():
        previous = old_files.get(ours, {})
        entry = {
            "file": ours,
            "upstream": theirs,
            "kind": previous.get("kind", "copy"),
            "version": version(theirs.split("/")[0]),
            "sha256": sha256(upstream_path(theirs)),
            "changes": previous.get("changes", "TODO: what ours changes, and why"),
        }
        files.append(entry)
        if entry["kind"] == "copy":
            diff_path(entry).write_text(current_diff(entry), encoding="utf-8")
    base_path = "material/templates/base.html"
    base = template_blocks(upstream_path(base_path).read_text(encoding="utf-8"))
    blocks = []
    for name, body in template_blocks((OVERRIDES / "main.html").read_text(encoding="utf-8")).items():
        previous = old_blocks.get(name, {})
        entry = {
            "block": name,
            "file": "overrides/main.html",
            "upstream": base_path,
            "kind": "extended" if "super()" in body else "replaced",
            "changes": previous.get("changes", "TODO: what ours changes, and why"),
        }
        if entry["kind"] == "replaced":
            entry["version"] = version("material")
            entry["sha256"] = hashlib.sha256(base.get(name, "").encode("utf-8")).hexdigest()
        blocks.append(entry)
    header = (
        "# Upstream theme files that files in overrides/ copy or replace, as installed when ours was made.\n"
        "# Checked by tests/test_upgrade_contract.py; rewritten (keeping `changes`) by\n"
        f"#   {RECORD_COMMAND}\n"
        "# kind: copy = upstream's file plus the changes in <name>.diff; replacement = our own template\n"
        "# under upstream's name; extended = a block that calls super(); replaced = a block without super().\n"
    )
    CONTRACT.mkdir(exist_ok=True)
    UPSTREAM_RECORD.write_text(
        header + yaml.safe_dump({"files": files, "blocks": blocks}, allow_unicode=True, sort_keys=False, width=110),
        encoding="utf-8",
    )


if __name__ == "__main__":
    if sys.argv[1:] != ["--record"]:
        sys.exit(f"usage: {RECORD_COMMAND}")
    record()
    print(f"Rewrote {UPSTREAM_RECORD.relative_to(ROOT)}; review `git diff tests/upgrade_contract` before committing.")
